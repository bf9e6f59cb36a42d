package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// forestMapping maps Pennsylvania's 2022 Forest County file (OpenElections'
// long layout: statewide offices with an empty district beside U.S. House
// 15 and State House 65), each office and district an okrug, a precinct by
// office and precinct.
const forestMapping = `{"layout": "long", "precinct": {"columns": ["office", "precinct"]}, "region": "county",
 "okrug": {"columns": ["office", "district"]%s}, "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Christina DiGiulio/Michael Bagdes-Canning": "digiulio", "Daniel Wassmer": "wassmer", "Douglas V. Mastriano/Carrie Lewis Delrosso": "mastriano",
  "Erik Gerhardt": "gerhardt", "Glenn 'GT' Thompson": "thompson", "Joe Soloski/Nicole Shultz": "soloski", "John Fetterman": "fetterman",
  "Josh Shapiro/Austin Davis": "shapiro", "Kathy L. Rapp": "rapp", "Matt Hackenburg/Tim McMaster": "hackenburg", "Mehmet Oz": "oz",
  "Mike Molesevich": "molesevich", "Richard L. Weiss": "weiss", "Write Ins": "write-ins"}}`

// An okrug of several columns whose later cell is empty on a statewide
// office's rows: without "join" the error names the empty column, the
// okrug the cells given would name and both fixes (join, or a row filter
// that would drop the office's rows); with it, the okrug is named by the
// cells given ("U.S. Senate", beside "U.S. House / 15").
func TestOkrugJoinLeavesOutEmpty(t *testing.T) {
	data := readReal(t, "us-pa-2022-forest-precinct.csv")
	m, err := ReadMapping(strings.NewReader(strings.Replace(forestMapping, "%s", "", 1)), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(bytes.NewReader(data), "forest.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Field != "okrug.columns[1]" || pe.Column != 4 ||
		!strings.Contains(err.Error(), `is empty beside "U.S. Senate"`) || !strings.Contains(err.Error(), `"okrug": {"columns": ["office", "district"], "join": true}`) {
		t.Errorf("without join: %v", err)
	}

	m, err = ReadMapping(strings.NewReader(strings.Replace(forestMapping, "%s", `, "join": true`, 1)), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(bytes.NewReader(data), "forest.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	okrugs := map[string]int{}
	for _, p := range tab.Precincts {
		okrugs[p.Okrug]++
	}
	if len(okrugs) != 4 || okrugs["U.S. Senate"] != 9 || okrugs["Governor"] != 9 || okrugs["U.S. House / 15"] != 9 || okrugs["State House / 65"] != 9 {
		t.Errorf("okrugs %v, want 9 precincts in each of U.S. Senate, Governor, U.S. House / 15, State House / 65", okrugs)
	}

	// join is the okrug's (of several columns) and a long choice's alone.
	for _, in := range []string{
		`{"precinct": {"columns": ["a"], "join": true}, "lines": {"valid": "v"}}`,
		`{"precinct": "p", "okrug": {"columns": ["o"], "join": true}, "lines": {"valid": "v"}}`,
	} {
		if _, err := ReadMapping(strings.NewReader(in), "m.json"); !errors.Is(err, ErrMapping) {
			t.Errorf("%s: %v, want a mapping error", in, err)
		}
	}
}

// Two rows of one precinct in two okrugs of several columns: the error is
// the okrug's (its cells joined, under "okrug"), not its first column's,
// and its advice names the okrug's first column with the precinct's.
func TestOkrugKeyConflictNamesOkrug(t *testing.T) {
	data := readReal(t, "us-pa-2022-forest-precinct.csv")
	m, err := ReadMapping(strings.NewReader(strings.Replace(strings.Replace(forestMapping, "%s", `, "join": true`, 1), `{"columns": ["office", "precinct"]}`, `"precinct"`, 1)), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(bytes.NewReader(data), "forest.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Field != "okrug" ||
		!strings.Contains(err.Error(), `okrug ("office" / "district") "Governor", but line 2 gives "U.S. Senate"`) ||
		!strings.Contains(err.Error(), `"precinct": {"columns": ["office", "precinct"]}`) {
		t.Errorf("%v (field %q), want a conflict of the okrug", err, pe.Field)
	}
}
