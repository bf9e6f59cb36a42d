package ingest

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// votemanager's export before the count: every figure cell empty, the
// report counters 1 and 0 on each row. The draft says the file has no
// results yet and maps no counter as a choice.
func TestDraftMappingVotemanagerBeforeCount(t *testing.T) {
	_, err := draftReal(t, "de-badsalzdetfurth-2026-kreistagswahl-wahlbezirk-empty.csv")
	if !errors.Is(err, ErrNoFigures) {
		t.Fatalf("err = %v, want ErrNoFigures", err)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || pe.Header != "A1" {
		t.Errorf("err = %#v, want line 1, column A1", err)
	}
}

// The report counters of a votemanager file with results are no choices
// either (on the 2021 file they are 1 on every row).
func TestDraftMappingVotemanagerCounters(t *testing.T) {
	for _, name := range []string{"de-nordstemmen-2021-gemeindewahl-wahlbezirk.csv", "de-nds-kreiswahl2021-nordstemmen.csv", "de-nds-stichwahl2021-nordstemmen.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		for id, c := range d.Mapping.Votes {
			if reportCounter(c.Header) || c.Header == "ags" {
				t.Errorf("%s: votes.%s is the report counter %q", name, id, c.Header)
			}
		}
		if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
			return strings.Contains(g, "\"anz-schnellmeldungen\" is not mapped: it counts the reports")
		}) {
			t.Errorf("%s: no guess says anz-schnellmeldungen is a report counter:\n%s", name, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
}

// Nordstemmen's lists are D1, D2, D3, D5, D6 and D7: the gap at D4 does
// not stop the lists' sums being mapped, and the votes the draft reads
// are the valid votes D, 18,310, not the 20,906 of the lists' parts
// taken for choices.
func TestDraftMappingVotemanagerGap(t *testing.T) {
	name := "de-nordstemmen-2021-gemeindewahl-wahlbezirk.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for id, c := range d.Mapping.Votes {
		ids = append(ids, id+"="+c.Header)
	}
	slices.Sort(ids)
	want := []string{"d1=D1_summe_liste_kandidaten", "d2=D2_summe_liste_kandidaten", "d3=D3_summe_liste_kandidaten", "d5=D5_summe_liste_kandidaten", "d6=D6_summe_liste_kandidaten", "d7=D7_summe_liste_kandidaten"}
	if !slices.Equal(ids, want) {
		t.Errorf("votes = %v, want %v", ids, want)
	}
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, "no column D4 nor D4_summe_liste_kandidaten") }) {
		t.Errorf("no guess says D4 is missing:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if sum != 18310 {
		t.Errorf("the votes read sum to %d, want 18310 (column D)", sum)
	}
}

// Tyrol's voters are "Wahlberechtigte gesamt", the whole, not
// "Wahlberechtigte männlich", the first of its parts in the header: the
// turnout read is 50,558 + ... of 86,576 + ..., not of the men alone.
func TestDraftMappingWholeNotSexPart(t *testing.T) {
	name := "at-tirol-ltw2018-gemeinden.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Mapping.Lines["voters"].Header; got != "Wahlberechtigte gesamt" {
		t.Errorf("lines.voters = %q, want \"Wahlberechtigte gesamt\"", got)
	}
	_, _, lines := countReal(t, name, d)
	if lines["voters"] < lines["found_stationary"] {
		t.Errorf("voters %d < ballots found %d: a part taken for the whole", lines["voters"], lines["found_stationary"])
	}
}

// Tyrol's lists are named in the cells of their "Name/" columns, the
// same on every row: the choices' IDs are those names.
func TestDraftMappingNamesInCells(t *testing.T) {
	d, err := draftReal(t, "at-tirol-ltw2018-gemeinden.csv")
	if err != nil {
		t.Fatal(err)
	}
	for id, h := range map[string]string{"vp-tirol": "Stimmen/Wählergruppe1", "spo": "Stimmen/Wählergruppe2", "fpo": "Stimmen/Wählergruppe4", "impuls": "Stimmen/Wählergruppe8"} {
		if got := d.Mapping.Votes[id].Header; got != h {
			t.Errorf("votes.%s = %q, want %q", id, got, h)
		}
	}
	if len(d.Mapping.Votes) != 8 {
		t.Errorf("%d choices, want 8", len(d.Mapping.Votes))
	}
}

// Italy's Chamber abroad, long: the draft mapped the invalid ballots to
// the sum of the null, blank and contested ones, which a long file's
// mapping refuses, and gave no draft. It leaves the line out and says
// why; the draft reads its file.
func TestDraftMappingLongLineNoSum(t *testing.T) {
	name := "it-camera-estero-2022.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Mapping.Lines["invalid"]; ok {
		t.Errorf("lines.invalid = %v, want it left out", d.Mapping.Lines["invalid"])
	}
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "lines.invalid is not mapped: the file gives it in parts")
	}) {
		t.Errorf("no guess says why invalid is left out:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 5 || votes["movimento-5-stelle"] == 0 {
		t.Errorf("%d protocols, votes %v", len(tab.Protocols), votes)
	}
}

// Terrassa's Congress 2023 by secció, in Catalan: the precinct is the
// district and its secció (never a column of figures, NUM_ELECTORS);
// NUM_ELECTORS and NUM_VOTANTS are the voters and those who voted;
// VOTS_NULS alone the invalid ballots (the blank votes are valid ones in
// Spain); Secció, VOTS_CANDIDATURES (the candidatures' votes) and Altres
// (FO + PCTC + RECORTES CERO) no choices.
func TestDraftMappingCatalanSeccions(t *testing.T) {
	name := "es-terrassa-generals2023-seccions.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	var key []string
	for _, c := range m.Precinct.Columns {
		key = append(key, c.Header)
	}
	if !slices.Equal(key, []string{"CDIS", "Secció"}) {
		t.Errorf("precinct = %v, want CDIS and Secció", key)
	}
	for l, h := range map[string]string{"voters": "NUM_ELECTORS", "found_stationary": "NUM_VOTANTS", "invalid": "VOTS_NULS"} {
		if got := m.Lines[election.Line(l)]; got.Header != h || len(got.Columns) > 0 {
			t.Errorf("lines.%s = %+v, want %q", l, got, h)
		}
	}
	for _, id := range []string{"seccio", "vots-candidatures", "altres"} {
		if c, ok := m.Votes[id]; ok {
			t.Errorf("votes.%s = %q, want no choice", id, c.Header)
		}
	}
	if len(m.Votes) != 12 {
		t.Errorf("%d choices, want 12", len(m.Votes))
	}
	tab, votes, lines := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	var want int64
	for _, rec := range readRealRows(t, name) {
		n, _ := parseInt([]byte(rec[11])) // VOTS_CANDIDATURES
		want += n
	}
	if len(tab.Protocols) != 37 || sum != want || lines["voters"] < lines["found_stationary"] {
		t.Errorf("%d protocols, votes %d (want %d, VOTS_CANDIDATURES), lines %v", len(tab.Protocols), sum, want, lines)
	}
}

// readRealRows returns the data rows of a ';'-separated real file.
func readRealRows(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		rows = append(rows, strings.Split(strings.TrimRight(line, "\r"), ";"))
	}
	return rows
}

// A total of choices is found under its header's words alone: under
// another, a candidate's votes that are by chance the sum of three small
// others' on every row stay a choice.
func TestDraftChoiceTotalsNamed(t *testing.T) {
	header := []string{"A", "B", "C", "D", "E"}
	var rows [][]string
	for r := range 12 {
		b, c, e := r%3, r%2, 5+r
		rows = append(rows, []string{fmt.Sprint(b + c), fmt.Sprint(b), fmt.Sprint(c), fmt.Sprint(r), fmt.Sprint(e)})
	}
	m := Mapping{Votes: map[string]Column{}}
	for _, h := range header {
		m.Votes[strings.ToLower(h)] = Column{Header: h}
	}
	draftChoiceTotals(&m, header, rows, func(string, ...any) {})
	if len(m.Votes) != 5 {
		t.Errorf("votes = %v: A = B + C by chance, under no header of a total", m.Votes)
	}
	header[0] = "Altres"
	m.Votes["a"] = Column{Header: "Altres"}
	draftChoiceTotals(&m, header, rows, func(string, ...any) {})
	if _, ok := m.Votes["a"]; ok || len(m.Votes) != 4 {
		t.Errorf("votes = %v: Altres = B + C is a total", m.Votes)
	}
}

// A mapping that takes a report counter for a choice is refused: a
// count of votemanager's file before the count gave every seat to
// "max-schnellmeldungen", 1 on each row.
func TestMappingRefusesReportCounter(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "gebiet-nr"}, Ballot: "list", Votes: map[string]Column{"max": {Header: "max-schnellmeldungen"}}}
	err := m.Validate()
	var pe *ParseError
	if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "votes.max" {
		t.Errorf("err = %v, want ErrMapping at votes.max", err)
	}
}
