package shailoo

import (
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/validate"
)

// TestRowIndexByKind: the rows of one file of list-ballot manual counts
// keep one line per precinct (no file index, no other kind's); a second
// file's row, and a duplicate, are still placed at theirs.
func TestRowIndexByKind(t *testing.T) {
	ps := []election.Precinct{{ID: "p1"}, {ID: "p2"}, {ID: "p3"}}
	table := dense.NewPrecincts(ps)
	x := newRowIndex(len(ps))
	for i := range ps {
		x.note(&ingest.Row{Line: 2 + i, Index: i, Ballot: election.ListBallot}, 0, nil)
	}
	if len(x.line[0]) != 3 || x.line[1] != nil || x.line[2] != nil || x.line[3] != nil || x.file[0] != nil {
		t.Fatalf("one file of list protocols: lines by kind %d %d %d %d, files %v", len(x.line[0]), len(x.line[1]), len(x.line[2]), len(x.line[3]), x.file)
	}
	x.note(&ingest.Row{Line: 7, Index: 1, Ballot: election.OkrugBallot}, 1, nil) // p2's okrug protocol, second file
	x.note(&ingest.Row{Line: 9, Index: 2, Ballot: election.ListBallot}, 1, nil)  // p3's again, second file
	files := []CSVInput{{Name: "a.csv"}, {Name: "b.csv"}}
	fs := []validate.Finding{
		{Code: validate.MissingVotes, Place: validate.Place{Precinct: "p1", Ballot: election.ListBallot}},
		{Code: validate.MissingVotes, Place: validate.Place{Precinct: "p2", Ballot: election.OkrugBallot}},
		{Code: validate.DuplicateProtocol, Place: validate.Place{Precinct: "p3", Ballot: election.ListBallot}},
		{Code: validate.ListOkrugIssued, Place: validate.Place{Precinct: "p3", Ballot: election.ListBallot}},
		{Code: validate.MissingVotes, Place: validate.Place{Precinct: "p1", Ballot: election.OkrugBallot}},
	}
	if !x.locate(fs, table, files) {
		t.Fatal("nothing placed")
	}
	want := []struct {
		file string
		row  int
	}{{"a.csv", 2}, {"b.csv", 7}, {"b.csv", 9}, {"a.csv", 4}, {"", 0}}
	for i, w := range want {
		if p := fs[i].Place; p.File != w.file || p.Row != w.row {
			t.Errorf("finding %d (%s of %s): at %q row %d, want %q row %d", i, fs[i].Code, p.Precinct, p.File, p.Row, w.file, w.row)
		}
	}
}
