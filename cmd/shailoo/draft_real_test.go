package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// countResult is what the tests of a drafted mapping read of a count's
// JSON.
type countResult struct {
	Totals struct {
		Precincts, Voters, Participants, Valid, Invalid int64
	} `json:"totals"`
	Lists []struct {
		Name  string `json:"name"`
		Votes int64  `json:"votes"`
	} `json:"lists"`
}

// draftAndCount drafts the mapping of file, then counts file with it
// (under rules, if given) and returns the draft and the count's result.
func draftAndCount(t *testing.T, file, rules string) (string, countResult) {
	t.Helper()
	draft, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d\n%s", code, errs)
	}
	args := []string{"count", "--protocols", file, "--mapping", writeTemp(t, "drafted.json", draft), "--format", "json"}
	if rules != "" {
		args = append(args, "--rules", writeTemp(t, "rules.json", rules))
	}
	out, errs, code := cli(t, args...)
	if code == exitUsage {
		t.Fatalf("count: exit %d\n%s\n%s", code, out, errs)
	}
	var res countResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return draft, res
}

// readRecords reads a file of the PKW or the Bundeswahlleiter as
// encoding/csv does (";", rows of any length).
func readRecords(t *testing.T, file string) [][]string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.FieldsPerRecord = ';', -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// kerg.csv of 2025 (5 title lines, a header of 3 rows, "Wählende" for
// those who voted) drafted and counted: "Wählende" are those who took
// part, no party, and each total and each party's votes are the sums of
// the file's Zweitstimmen (Vorläufig) cells, taken here by encoding/csv.
func TestDraftThenCountKerg2025(t *testing.T) {
	file := repo + "testdata/ingest/real/de-btw25-kerg.csv"
	_, res := draftAndCount(t, file, deRules)
	recs := readRecords(t, file)
	top, mid, low := recs[5], recs[6], recs[7]
	sums := map[string]int64{} // a group of the top row -> its Zweitstimmen, Vorläufig
	for _, rec := range recs[8:] {
		for c := 4; c+2 < len(rec); c += 4 {
			if mid[c+2] != "Zweitstimmen" || low[c+2] != "Vorläufig" {
				t.Fatalf("column %d: %q %q", c+3, mid[c+2], low[c+2])
			}
			if rec[c+2] == "" {
				continue
			}
			n, err := strconv.ParseInt(rec[c+2], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			sums[top[c]] += n
		}
	}
	tot := res.Totals
	if tot.Precincts != int64(len(recs)-8) || tot.Voters != sums["Wahlberechtigte"] || tot.Participants != sums["Wählende"] ||
		tot.Valid != sums["Gültige Stimmen"] || tot.Invalid != sums["Ungültige Stimmen"] {
		t.Errorf("totals %+v, want %d precincts and the sums %v", tot, len(recs)-8, sums)
	}
	lines := "Wahlberechtigte Wählende Ungültige Stimmen Gültige Stimmen"
	parties := 0
	for g, n := range sums {
		if n > 0 && !strings.Contains(lines, g) {
			parties++
		}
	}
	if len(res.Lists) != parties {
		t.Errorf("%d lists counted, want the %d parties that got Zweitstimmen", len(res.Lists), parties)
	}
	for _, l := range res.Lists {
		if want, ok := sums[l.Name]; !ok || strings.Contains(lines, l.Name) || l.Votes != want {
			t.Errorf("%s: %d votes counted, the file gives %d", l.Name, l.Votes, want)
		}
	}
}

// The PKW's presidential election of 2020 (round 2, by gmina, CRLF)
// drafted and counted: a row per municipality by its "Kod TERYT", the
// two candidates alone, the invalid ballots the invalid papers and the
// invalid votes summed; each total is the file's cells summed here, and
// those who took part are the papers taken from the boxes.
func TestDraftThenCountPolishPresident(t *testing.T) {
	file := repo + "testdata/ingest/real/pl-prez2020-t2-gminy.csv"
	draft, res := draftAndCount(t, file, "")
	if !strings.Contains(draft, `"precinct": "Kod TERYT"`) {
		t.Errorf("the precinct is not Kod TERYT:\n%s", draft)
	}
	recs := readRecords(t, file)
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	sum := func(h string) int64 {
		i, ok := col[h]
		if !ok {
			t.Fatalf("no column %q", h)
		}
		var s int64
		for _, rec := range recs[1:] {
			n, err := strconv.ParseInt(rec[i], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			s += n
		}
		return s
	}
	invalid := sum("Liczba kart nieważnych") + sum("Liczba głosów nieważnych")
	tot := res.Totals
	if tot.Precincts != int64(len(recs)-1) || tot.Voters != sum("Liczba wyborców uprawnionych do głosowania") ||
		tot.Invalid != invalid || tot.Valid != sum("Liczba głosów ważnych oddanych łącznie na wszystkich kandydatów") ||
		tot.Participants != sum("Liczba kart wyjętych z urny") {
		t.Errorf("totals %+v; want %d precincts, invalid %d, and the file's sums", tot, len(recs)-1, invalid)
	}
	want := map[string]int64{"Andrzej Sebastian DUDA": sum("Andrzej Sebastian DUDA"), "Rafał Kazimierz TRZASKOWSKI": sum("Rafał Kazimierz TRZASKOWSKI")}
	if len(res.Lists) != len(want) {
		t.Errorf("lists %+v, want the two candidates", res.Lists)
	}
	for _, l := range res.Lists {
		if l.Votes != want[l.Name] {
			t.Errorf("%s: %d votes counted, the file gives %d", l.Name, l.Votes, want[l.Name])
		}
	}
}
