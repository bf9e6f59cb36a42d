package shailoo_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// TestCountCSVEachRow: Options.EachRow is given every row CountCSV
// counts, once, and no other, with the index of its precinct in the
// definition (its first, for an ID defined twice; -1 for none): the list
// ballot's voters and valid votes of
// the rows it is given sum to the Result's totals, and their lines are
// those of the file less the rows skipped (a cell that is not a number,
// with SkipBadRows) and left out (a mapping's row filter), for precincts
// defined (one twice), learnt from the files, and with TotalsOnly. The Result is the
// same without it. Where CountCSV reads the files whole (no precincts
// defined and SkipBadRows) it is given no row; an error it returns ends
// the count.
func TestCountCSVEachRow(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("testdata/ingest/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	mapping := func(name string) ingest.Mapping {
		m, err := ingest.ReadMapping(strings.NewReader(read(name)), name)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	def, err := ingest.ReadElection(strings.NewReader(read("small-election.json")), "small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	def.Protocols = nil
	noPrecincts := *def
	noPrecincts.Precincts = nil
	// Precinct 2001 defined twice, first elsewhere: its rows are given
	// with the index of its first definition.
	twice := *def
	twice.Precincts = append([]election.Precinct{{ID: "2001", Region: "north", Okrug: "1"}}, def.Precincts...)
	// 12 protocols, then a row with a cell that is not a number (line 14).
	small := read("small-protocols.csv")
	bad := small + strings.Replace(strings.SplitN(small, "\n", 3)[1], ",1563,", ",many,", 1) + "\n"
	files := []struct {
		name, csv, mapping string
		lines              []int // the lines of the rows counted
	}{
		{"small.csv", bad, "small-mapping.json", []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}},
		// The rows of another contest are left out by the row filter.
		{"multi.csv", read("multi-contest-protocols.csv"), "multi-contest-mapping.json", nil},
	}
	for i, l := range strings.Split(strings.TrimSpace(files[1].csv), "\n")[1:] {
		if strings.Contains(l, "Parliament") {
			files[1].lines = append(files[1].lines, i+2)
		}
	}
	if len(files[1].lines) != 12 {
		t.Fatalf("multi-contest-protocols.csv: %d rows of the parliament, want 12", len(files[1].lines))
	}
	for _, c := range []struct {
		name  string
		e     *election.Election
		o     shailoo.Options
		given bool
	}{
		{"defined", def, shailoo.Options{SkipBadRows: true}, true},
		{"totals-only", def, shailoo.Options{SkipBadRows: true, TotalsOnly: true}, true},
		{"defined twice", &twice, shailoo.Options{SkipBadRows: true}, true},
		{"learnt", &noPrecincts, shailoo.Options{}, true},
		{"learnt/totals-only", &noPrecincts, shailoo.Options{SkipBadRows: true, TotalsOnly: true}, true},
		{"whole", &noPrecincts, shailoo.Options{SkipBadRows: true}, false},
	} {
		for k, f := range files {
			if c.name == "learnt" && k == 0 {
				continue // the bad row is an error without SkipBadRows
			}
			in := func() []shailoo.CSVInput {
				return []shailoo.CSVInput{{Name: f.name, R: strings.NewReader(f.csv), Mapping: mapping(f.mapping)}}
			}
			res, err := shailoo.CountCSV(c.e, shailoo.KG2021(), in(), c.o)
			if err != nil {
				t.Fatalf("%s, %s: %v", c.name, f.name, err)
			}
			var lines []int
			var voters, valid int64
			o := c.o
			o.EachRow = func(file int, row *ingest.Row) error {
				if file != 0 {
					t.Errorf("%s, %s: a row of file %d", c.name, f.name, file)
				}
				lines = append(lines, row.Line)
				if want := slices.IndexFunc(c.e.Precincts, func(p election.Precinct) bool { return p.ID == row.Precinct.ID }); row.Index != want {
					t.Errorf("%s, %s: line %d: precinct %s at index %d, want %d", c.name, f.name, row.Line, row.Precinct.ID, row.Index, want)
				}
				if row.Ballot != election.ListBallot {
					return nil
				}
				l := mapping(f.mapping).Layout()
				for _, i := range row.PresentLines {
					switch l.Lines[i] {
					case election.Voters:
						voters += row.Lines[i].N
					case election.Valid:
						valid += row.Lines[i].N
					}
				}
				return nil
			}
			hooked, err := shailoo.CountCSV(c.e, shailoo.KG2021(), in(), o)
			if err != nil {
				t.Fatalf("%s, %s, with EachRow: %v", c.name, f.name, err)
			}
			if a, b := jsonOf(t, res), jsonOf(t, hooked); a != b {
				t.Errorf("%s, %s: the Result differs with EachRow:\n%s\n%s", c.name, f.name, a, b)
			}
			if !c.given {
				if lines != nil {
					t.Errorf("%s, %s: EachRow given rows %v, want none (the files read whole)", c.name, f.name, lines)
				}
				continue
			}
			if !slices.Equal(lines, f.lines) {
				t.Errorf("%s, %s: EachRow given the rows of lines %v, want %v", c.name, f.name, lines, f.lines)
			}
			if c.e != &twice && (voters != res.Totals.Voters || valid != res.Totals.Valid) { // with an ID defined twice, the totals are not evaluated
				t.Errorf("%s, %s: the rows given sum to %d voters and %d valid votes; the count %d and %d", c.name, f.name,
					voters, valid, res.Totals.Voters, res.Totals.Valid)
			}
		}
	}

	stop := errors.New("stop")
	o := shailoo.Options{EachRow: func(int, *ingest.Row) error { return stop }}
	_, err = shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "small.csv", R: strings.NewReader(small), Mapping: mapping("small-mapping.json")}}, o)
	if !errors.Is(err, stop) {
		t.Errorf("EachRow's error: got %v", err)
	}
}
