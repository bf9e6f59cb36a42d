package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// Issue 14, obstacle 1: precinct numbers repeat across regions, and some
// rows have none. The precinct is the region and its number; a row
// without a number is named by its line, and said to be.
const keyMapping = `{
  "precinct": {"columns": ["region", "uik"]},
  "region": "region",
  "ballot": "list",
  "lines": {"valid": "valid"},
  "votes": {"a": "a"}
}`

const keyFile = "region,uik,valid,a\nNorth,1,10,10\nSouth,1,20,20\nSouth,,5,5\nNorth,2,7,7\n"

func TestPrecinctFromSeveralColumns(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(keyMapping), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(keyFile), "f.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range tab.Precincts {
		ids = append(ids, p.ID+"@"+p.Region)
	}
	if got, want := strings.Join(ids, "|"), "North / 1@North|South / 1@South|South / line 4@South|North / 2@North"; got != want {
		t.Errorf("precincts %s, want %s", got, want)
	}
	if fmt.Sprint(tab.LineIDs) != "[4]" {
		t.Errorf("LineIDs = %v, want [4]", tab.LineIDs)
	}

	// The same rows, parsed in parallel with a caller's precinct lookup.
	seen := map[string]int{}
	var got []string
	_, err = ScanRows(strings.NewReader(keyFile), "f.csv", m, Options{Concurrent: true, CheckConflicts: true, chunkBytes: 16,
		Precinct: func(cell []byte) (string, int) {
			if _, ok := seen[string(cell)]; !ok {
				seen[string(cell)] = len(seen)
			}
			return string(cell), seen[string(cell)]
		}},
		func(row *Row) error {
			got = append(got, fmt.Sprintf("%s:%d:%v", row.Precinct.ID, row.Index, row.LineID))
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(got, "|"), "North / 1:0:false|South / 1:1:false|South / line 4:2:true|North / 2:3:false"; g != w {
		t.Errorf("ScanRows: %s, want %s", g, w)
	}

	// Two rows of one precinct are still the same precinct, and a
	// conflict names the row's line.
	_, err = ReadCSV(strings.NewReader("region,uik,valid,a\nNorth,1,10,10\nNorth,1,10,10\n"), "f.csv", m, Options{})
	if err != nil {
		t.Fatalf("two protocols of one precinct: %v", err)
	}
}

func TestPrecinctColumnsMappingErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns outside the precinct": strings.Replace(keyMapping, `"region": "region"`, `"region": {"columns": ["region"]}`, 1),
		"a column twice in the key":    strings.Replace(keyMapping, `["region", "uik"]`, `["uik", "uik"]`, 1),
		"header and columns":           strings.Replace(keyMapping, `{"columns"`, `{"header": "x", "columns"`, 1),
	} {
		_, err := ReadMapping(strings.NewReader(in), "m.json")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Line == 0 {
			t.Errorf("%s: err = %v, want a placed mapping error", name, err)
		}
	}
}

// A precinct number that starts again in each okrug, taken for the
// precinct alone, places one precinct in two okrugs: the error says to
// name the precinct by both columns, in the wide and the long layout.
func TestConflictSuggestsBothColumns(t *testing.T) {
	const hint = `"precinct": {"columns": ["district", "precinct"]}`
	wide := Mapping{Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		Votes: map[string]Column{"a": {Header: "a"}}}
	_, err := ReadCSV(strings.NewReader("district,precinct,a\n1,1,5\n2,1,6\n"), "w.csv", wide, Options{})
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), hint) {
		t.Errorf("wide: %v", err)
	}
	long := Mapping{Shape: "long", Precinct: Column{Header: "precinct"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate"}, VotesColumn: &Column{Header: "votes"}, ChoiceValues: map[string]string{"a": "a"}}
	_, err = ReadCSV(strings.NewReader("district,precinct,candidate,votes\n1,1,a,5\n2,1,a,6\n"), "l.csv", long, Options{})
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), hint) {
		t.Errorf("long: %v", err)
	}
}

// A file of one district names it nowhere in its rows (India's Form 20):
// okrug_id names it for every row, in place of an okrug column, never
// beside one; region_id alike.
func TestOkrugIDNamesEveryRow(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "booth"}, OkrugID: "Kairana", RegionID: "UP", Ballot: "okrug",
		Votes: map[string]Column{"a": {Header: "a"}, "b": {Header: "b"}}}
	tab, err := ReadCSV(strings.NewReader("booth,a,b\n1,5,3\n2,4,6\n"), "f20.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Precincts) != 2 || tab.Precincts[1].Okrug != "Kairana" || tab.Precincts[1].Region != "UP" {
		t.Errorf("precincts %+v", tab.Precincts)
	}
	m.Okrug = &Column{Header: "a"}
	if err := m.Validate(); !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "okrug_id") {
		t.Errorf("okrug_id beside an okrug column: %v", err)
	}
	m.Okrug, m.OkrugID = nil, " Kairana"
	if err := m.Validate(); !errors.Is(err, ErrMapping) {
		t.Errorf("okrug_id with a space: %v", err)
	}
	m.OkrugID, m.RegionID = "Kairana", ""
	if _, _, err := Define(m, "m.json"); err != nil {
		t.Errorf("a definition of a one-district file: %v", err)
	}
}
