package ingest

import (
	"cmp"
	"errors"
	"io"
	"slices"

	"github.com/shailoo/shailoo/election"
)

// errOrderRead stops BallotOrder's reading at the file's first data row.
var errOrderRead = errors.New("ingest: ballot order read")

// BallotOrder returns the choices m maps in a file of a row per protocol
// (Choices: "against all" left out) in the order of their columns in the
// file r, the ballot's order as a commission's table prints it: the
// order a report lists the parties in when no definition gives one (a
// definition Define infers lists them by ID, which a mapping drafted or
// written by hand need not follow: Russia's CEC tables of 2016 give
// Rodina first, United Russia fourth). A choice summed from several
// columns is at its first. It reads the header and the first data row
// alone.
//
// It returns nil when the file gives no such order: a long file (its
// choices are cells' text) or a transposed one (a choice per row), a
// mapping of no choice, or a file it cannot read that far (the count
// that reads it says why). The order is for presentation alone: no count
// depends on it.
func BallotOrder(r io.Reader, file string, m Mapping) []string {
	if r == nil || m.long() || m.transposed() || len(m.Votes) == 0 {
		return nil
	}
	s, err := newScanner(file, m, Options{}, tokenize)
	if err != nil {
		return nil
	}
	type column struct {
		id  string
		idx int
	}
	var cols []column
	_, _, err = s.run(r, func(*Row) error {
		at := map[string]int{}
		for _, f := range s.fields {
			if f.kind != fVote || f.total || f.key == "" || f.key == election.AgainstAll {
				continue
			}
			if i, ok := at[f.key]; !ok || f.idx < i {
				at[f.key] = f.idx
			}
		}
		for id, idx := range at {
			cols = append(cols, column{id, idx})
		}
		return errOrderRead
	})
	if !errors.Is(err, errOrderRead) {
		return nil
	}
	slices.SortFunc(cols, func(a, b column) int { return cmp.Or(cmp.Compare(a.idx, b.idx), cmp.Compare(a.id, b.id)) })
	ids := make([]string, len(cols))
	for i, c := range cols {
		ids[i] = c.id
	}
	return ids
}
