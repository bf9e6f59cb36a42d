package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Rows of one choice that "choice_rows": "sum" sums and that differ in
// numbers alone (the votes, a share, a row's number) are kept
// (Counts.SummedNumbers, finding I610): Delhi's 2015 file gives NERELA's
// two "Independent" candidates a row each, 218 and 191 votes. Rows told
// apart by a text cell (a vote mode) are parts, not kept; both count
// among the figures summed (Counts.SummedFigures).
func TestSummedRowsNumbers(t *testing.T) {
	const in = `"","Number","Party","Votes15","Constituency","Share15"
"1",1,"Aam Aadmi Party",96143,"NERELA",0.599709324084932
"7",1,"Independent",218,"NERELA",0.00135981436662591
"8",1,"Independent",191,"NERELA",0.00119139699094289
`
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "Constituency", "okrug": "Constituency", "ballot": "okrug",
		"choice_column": "Party", "votes_column": "Votes15", "choice_values": {"Aam Aadmi Party": "aap", "Independent": "ind"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(in), "in.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := tab.Counts
	if len(c.SummedNumbers) != 1 || c.SummedFigures != 1 || c.SummedAlikeN != 0 {
		t.Fatalf("summed numbers %+v, figures %d, alike %d; want one, 1, 0", c.SummedNumbers, c.SummedFigures, c.SummedAlikeN)
	}
	n := c.SummedNumbers[0]
	if n.Lines != [2]int{3, 4} || n.ChoiceID != "ind" || n.Choice != "Independent" || n.Ballot != election.OkrugBallot || strings.Join(n.Columns, "; ") != "1; 6 Share15" {
		t.Errorf("summed numbers %+v", n)
	}
	var counts Counts
	if _, err := Scan(strings.NewReader(in), "in.csv", m, Options{Counts: &counts}, func(int, *election.Protocol, election.Precinct) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if len(counts.SummedNumbers) != 1 || counts.SummedFigures != 1 {
		t.Errorf("scan: summed numbers %+v, figures %d", counts.SummedNumbers, counts.SummedFigures)
	}

	modes := "P1,Election Day,A,10,0.5\nP1,Absentee,A,3,0.2\nP1,Early,A,4,0.3\n"
	m, err = ReadMapping(strings.NewReader(`{"layout": "long", "no_header": true, "precinct": {"column": 1}, "ballot": "okrug", "okrug_id": "1",
		"choice_column": {"column": 3}, "votes_column": {"column": 4}, "choice_values": {"A": "a"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	if tab, err := ReadCSV(strings.NewReader(modes), "m.csv", m, Options{}); err != nil || len(tab.SummedNumbers) != 0 || tab.SummedFigures != 1 {
		t.Errorf("modes: %v, %+v, %d figures summed", err, tab.SummedNumbers, tab.SummedFigures)
	}
}

func TestNumericCell(t *testing.T) {
	for cell, want := range map[string]bool{"1": true, `"7"`: true, "0.0013": true, "1,234": true, "-3": true, "45%": true, "": true,
		"NA": false, "Independent": false, "12a": false, "-": false, "Election Day": false} {
		if got := numericCell([]byte(cell)); got != want {
			t.Errorf("numericCell(%q) = %v, want %v", cell, got, want)
		}
	}
}
