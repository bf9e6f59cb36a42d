package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Rows that "choice_rows": "sum" sums must be parts told apart by a
// column (a vote mode); two that differ in the figure alone are summed
// but counted (Counts.SummedAlike, finding I610): Indiana's Ohio County
// file of 2016 gives the county's President totals under the name of its
// last precinct, RAN11, and a sum doubled Trump's votes without a word.
// Rows told apart by their mode, and Fanø's rows of a list and of its
// candidates, are not.
func TestSummedRowsAlike(t *testing.T) {
	const in = "Ohio,RAN10,President,Donald Trump,40\n" +
		"Ohio,RAN11,President,Donald Trump,45\n" +
		"Ohio,RAN11,President,Hillary Clinton,13\n" +
		"Ohio,RAN11,President,Donald Trump,2118\n" +
		"Ohio,RAN11,President,Hillary Clinton,686\n"
	mapping := func(t *testing.T, sum string) Mapping {
		m, err := ReadMapping(strings.NewReader(`{"layout": "long", "no_header": true, "precinct": {"column": 2}, "ballot": "list",
			"choice_column": {"column": 4}, "votes_column": {"column": 5}, "choice_values": {"Donald Trump": "trump", "Hillary Clinton": "clinton"}`+sum+`}`), "in.json")
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tab, err := ReadCSV(strings.NewReader(in), "in.csv", mapping(t, `, "choice_rows": "sum"`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c := tab.Counts; c.SummedAlike != [2]int{2, 4} || c.SummedAlikeN != 2 {
		t.Errorf("summed alike: lines %v, %d rows; want [2 4], 2", c.SummedAlike, c.SummedAlikeN)
	}
	var counts Counts
	if _, err := Scan(strings.NewReader(in), "in.csv", mapping(t, `, "choice_rows": "sum"`), Options{Counts: &counts}, func(int, *election.Protocol, election.Precinct) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if counts.SummedAlike != [2]int{2, 4} || counts.SummedAlikeN != 2 {
		t.Errorf("scan: summed alike: lines %v, %d rows; want [2 4], 2", counts.SummedAlike, counts.SummedAlikeN)
	}

	// Told apart by a mode column: parts, nothing to say.
	modes := "P1,Election Day,A,10\nP1,Absentee,A,3\nP1,Early,A,4\n"
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "no_header": true, "precinct": {"column": 1}, "ballot": "list",
		"choice_column": {"column": 3}, "votes_column": {"column": 4}, "choice_values": {"A": "a"}, "choice_rows": "sum"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	if tab, err := ReadCSV(strings.NewReader(modes), "m.csv", m, Options{}); err != nil || tab.SummedAlikeN != 0 || tab.Protocols[0].Votes["a"] != 17 {
		t.Errorf("modes: %v, %d alike", err, tab.SummedAlikeN)
	}
	tab, err = ReadCSV(strings.NewReader(string(readReal(t, "dk-kv2021-fanoe.csv"))), "dk.csv", dkRowsMapping(t, ChoiceRowsSum), Options{})
	if err != nil || tab.SummedAlikeN != 0 {
		t.Errorf("Fanø: %v, %d alike", err, tab.SummedAlikeN)
	}

	// Without choice_rows the second row is an error whose advice to sum
	// is for rows a column tells apart, and says what to do with a total.
	_, err = ReadCSV(strings.NewReader(in), "in.csv", mapping(t, ""), Options{})
	var pe *ParseError
	if !errors.Is(err, ErrDuplicateRow) || !errors.As(err, &pe) || pe.Line != 4 {
		t.Fatalf("no choice_rows: %v; want ErrDuplicateRow on line 4", err)
	}
	for _, w := range []string{"if a column tells the two rows apart", "a vote mode", "differ in the figure alone", "rows.where", "count its votes twice"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("no choice_rows: %q lacks %q", err, w)
		}
	}
}
