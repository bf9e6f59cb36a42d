package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// deMapping maps the Bundeswahlleiter's kerg.csv by column number: the
// Wahlkreis number, the Zweitstimmen (Endgültig) of the lines and of the
// first 43 parties.
func deMapping(t *testing.T, extra string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"delimiter": ";", "skip_rows": 2, "precinct": 1, "ballot": "list",` + extra + `
  "lines": {"voters": 6, "invalid": 14, "valid": 18}, "votes": {`)
	for i := range 43 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"p` + strconv.Itoa(i+1) + `": ` + strconv.Itoa(22+4*i))
	}
	b.WriteString("}}\n")
	return writeTemp(t, "de.json", b.String())
}

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const deRules = `{
  "format": 1, "id": "de-approx", "version": "0",
  "name": "598 seats by Sainte-Lague over the Zweitstimmen, 5% of valid votes (an approximation for testing)",
  "seats": {"list": 598},
  "threshold": {"percent": "5", "base": "valid", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "sainte_lague"},
  "protocol": {"ballots": {"list": {"against_all": false}}}
}
`

// The Bundeswahlleiter's file ends the block of a Land with a row of ";"
// alone: a count reads past it, without --skip-bad-rows, and says so in
// every format (on stderr beside JSON findings).
func TestCountBlankRowsBundeswahlleiter(t *testing.T) {
	file := repo + "testdata/ingest/real/de-btw17-kerg.csv"
	m, rules := deMapping(t, ""), writeTemp(t, "rules.json", deRules)
	const note = "de-btw17-kerg.csv: 1 rows of empty cells skipped (lines 16): rows of delimiters alone, neither protocols nor errors."
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m)
	if code == exitUsage || strings.Contains(out+errs, "too short") || strings.Contains(out, "I601") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, note) {
		t.Errorf("the count does not say the blank row\n%s", out)
	}
	out, _, _ = cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m, "--lang", "ky")
	if !strings.Contains(out, "бош уячалардан гана турган саптар өткөрүлүп жиберилди: 1 (саптар 16)") {
		t.Errorf("the Kyrgyz count does not say the blank row\n%s", out)
	}
	// Findings in JSON: the notes of the rows go to stderr.
	out, errs, _ = cli(t, "check", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json")
	if strings.Contains(out+errs, "too short") || !strings.Contains(errs, note) {
		t.Errorf("check does not read past the blank row, or does not say so\n%s\n%s", out, errs)
	}
}

// The Bundeswahlleiter's file leaves a party's cell empty where it did
// not stand (the CSU's outside Bavaria). Read as given, each is votes
// missing (X229) and the result provisional; the mapping's empty_votes
// says they are parties not on that Wahlkreis's ballot: 0 votes, said in
// a note, and Schleswig-Holstein's 11 Wahlkreise (its Land total left out
// by a row filter) add up to the Land's published figures.
func TestCountEmptyVotesBundeswahlleiter(t *testing.T) {
	file := repo + "testdata/ingest/real/de-btw17-kerg.csv"
	rules := writeTemp(t, "rules.json", deRules)
	out, _, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", deMapping(t, ""))
	if code != exitFindings || !strings.Contains(out, "PROVISIONAL") || !strings.Contains(out, "X229") {
		t.Errorf("exit %d: empty cells read as given are votes missing\n%s", code, out)
	}
	m := deMapping(t, `"empty_votes": "not_on_ballot", "rows": {"where": [{"column": 3, "except": ["99"]}]},`)
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m)
	if code != exitOK || strings.Contains(out, "X229") || strings.Contains(out, "PROVISIONAL") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		// The Land's Zweitstimmen (row 15 of the file): CDU, SPD.
		"p1     583,135", "p2     399,505",
		`de-btw17-kerg.csv: its mapping says that an empty votes cell, in a row that gives other choices' votes, is a choice not on that row's ballot ("empty_votes": "not_on_ballot"): 341 such cells read as 0 votes, not as votes missing.`,
		"de-btw17-kerg.csv: 1 rows of empty cells skipped (lines 16)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the count lacks %q\n%s", want, out)
		}
	}
}

// plMapping maps the PKW's results by gmina: its 12 lists by header.
const plMapping = `{"delimiter": ";", "precinct": "TERYT Gminy", "region": "Nr okręgu", "ballot": "list", %s
  "lines": {"voters": "Liczba wyborców uprawnionych do głosowania", "invalid": "Liczba głosów nieważnych",
    "valid": "Liczba głosów ważnych oddanych łącznie na wszystkie listy kandydatów"},
  "votes": {
    "ko": "KOALICYJNY KOMITET WYBORCZY KOALICJA OBYWATELSKA PO .N IPL ZIELONI",
    "td": "KOALICYJNY KOMITET WYBORCZY TRZECIA DROGA POLSKA 2050 SZYMONA HOŁOWNI - POLSKIE STRONNICTWO LUDOWE",
    "bs": "KOMITET WYBORCZY BEZPARTYJNI SAMORZĄDOWCY",
    "konf": "KOMITET WYBORCZY KONFEDERACJA WOLNOŚĆ I NIEPODLEGŁOŚĆ",
    "lewica": "KOMITET WYBORCZY NOWA LEWICA",
    "pjj": "KOMITET WYBORCZY POLSKA JEST JEDNA",
    "pis": "KOMITET WYBORCZY PRAWO I SPRAWIEDLIWOŚĆ",
    "rdip": "KOMITET WYBORCZY WYBORCÓW RUCHU DOBROBYTU I POKOJU",
    "nk": "KOMITET WYBORCZY NORMALNY KRAJ",
    "antypartia": "KOMITET WYBORCZY ANTYPARTIA",
    "rnp": "KOMITET WYBORCZY RUCH NAPRAWY POLSKI",
    "mn": "KOMITET WYBORCZY WYBORCÓW MNIEJSZOŚĆ NIEMIECKA"
  }}
`

// The PKW's file: the 5 lists that did not stand in a row's district
// are no votes missing once the mapping says so; the row of Polish
// voters in Iraq, which gives no figure at all, still is.
func TestCountEmptyVotesPKW(t *testing.T) {
	file := repo + "testdata/ingest/real/pl-sejm2023-gminy.csv"
	rules := writeTemp(t, "rules.json", strings.Replace(deRules, `"list": 598`, `"list": 460`, 1))
	x229 := regexp.MustCompile(`(?m)^  X229 .*row (\d+),`)
	rowsOf := func(out string) map[string]int {
		rows := map[string]int{}
		for _, m := range x229.FindAllStringSubmatch(out, -1) {
			rows[m[1]]++
		}
		return rows
	}
	given := writeTemp(t, "pl.json", strings.Replace(plMapping, "%s", "", 1))
	out, _, _ := cli(t, "count", "--all-findings", "--rules", rules, "--protocols", file, "--mapping", given)
	if rows := rowsOf(out); len(rows) != 5 || rows["3"] != 12 || rows["4"] != 5 {
		t.Errorf("X229 by row %v, want 12 on row 3 and 5 on each other row\n%s", rows, out)
	}
	declared := writeTemp(t, "pl.json", strings.Replace(plMapping, "%s", `"empty_votes": "not_on_ballot",`, 1))
	out, _, _ = cli(t, "count", "--all-findings", "--rules", rules, "--protocols", file, "--mapping", declared)
	if rows := rowsOf(out); len(rows) != 1 || rows["3"] != 12 || !strings.Contains(out, "PROVISIONAL") {
		t.Errorf("X229 by row %v, want 12 on row 3 alone (the result still provisional)\n%s", rows, out)
	}
	if !strings.Contains(out, `("empty_votes": "not_on_ballot"): 20 such cells read as 0 votes`) {
		t.Errorf("the count does not say what the mapping declared\n%s", out)
	}
}
