package shailoo

import (
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// noRowNote says, once for each long file whose mapping leaves
// empty_votes unset, how many of the findings of votes not given
// (validate.MissingVotes) are of a choice that no row of its protocol
// names (placed at the file with no row of their own, rowPlaces.locate):
// a long file leaves out the rows of a choice that did not stand there,
// which "empty_votes": "not_on_ballot" reads so (Hong Kong's LegCo lists
// of 2012, each standing in some constituencies alone: 28 X229 and 9 of
// 35 seats before, 35 of 35 with it). long names those files.
func noRowNotes(fs []validate.Finding, long map[string]bool) []string {
	if len(long) == 0 {
		return nil
	}
	type first struct {
		n                int
		choice, precinct string
	}
	by := map[string]*first{}
	var order []string
	for i := range fs {
		p := &fs[i].Place
		if fs[i].Code != validate.MissingVotes || p.Row != 0 || p.Choice == "" || !long[p.File] {
			continue
		}
		f, ok := by[p.File]
		if !ok {
			f = &first{choice: p.Choice, precinct: p.Precinct}
			by[p.File] = f
			order = append(order, p.File)
		}
		f.n++
	}
	var notes []string
	for _, file := range order {
		f := by[file]
		notes = append(notes, words.Say("en", "note.votes_no_row", words.Args{"file": file, "n": strconv.Itoa(f.n), "choice": f.choice, "precinct": f.precinct}))
	}
	return notes
}

// longNoEmptyVotes names the long files whose mapping leaves empty_votes
// unset: those noRowNotes looks at.
func longNoEmptyVotes(files []CSVInput) map[string]bool {
	var long map[string]bool
	for _, f := range files {
		if f.Mapping.Shape == "long" && f.Mapping.EmptyVotes == "" {
			if long == nil {
				long = map[string]bool{}
			}
			long[f.Name] = true
		}
	}
	return long
}

// emptyRowNotes says, once for each wide file, how many of its rows give
// none of the votes its mapping reads: as many findings of votes not
// given (validate.MissingVotes) placed at the row as the mapping has
// choices (wide gives each wide file's). Such a row is often no protocol
// at all (a poll combined with another, whose row gives its votes; a
// placeholder), which the mapping's row filter leaves out: the note says
// so, where the findings alone say only that each choice's votes are
// missing. A row of an okrug with fewer candidates than the file has
// choice columns is not told apart, and is not named.
func emptyRowNotes(fs []validate.Finding, wide map[string]int) []string {
	if len(wide) == 0 {
		return nil
	}
	type rowKey struct {
		file string
		row  int
	}
	missing := map[rowKey]int{}
	type first struct {
		n        int
		row      int
		precinct string
	}
	by := map[string]*first{}
	var order []string
	for i := range fs {
		p := &fs[i].Place
		n, ok := wide[p.File]
		if fs[i].Code != validate.MissingVotes || p.Row == 0 || !ok {
			continue
		}
		k := rowKey{p.File, p.Row}
		if missing[k]++; missing[k] != n {
			continue
		}
		f, ok := by[p.File]
		if !ok {
			f = &first{row: p.Row, precinct: p.Precinct}
			by[p.File] = f
			order = append(order, p.File)
		}
		if p.Row < f.row {
			f.row, f.precinct = p.Row, p.Precinct
		}
		f.n++
	}
	slices.Sort(order)
	var notes []string
	for _, file := range order {
		f := by[file]
		notes = append(notes, words.Say("en", "note.rows_no_votes", words.Args{"file": file, "n": strconv.Itoa(f.n), "row": strconv.Itoa(f.row), "precinct": f.precinct}))
	}
	return notes
}

// wideChoices gives the number of choices the mapping of each wide file
// reads (emptyRowNotes).
func wideChoices(files []CSVInput) map[string]int {
	var wide map[string]int
	for _, f := range files {
		if f.Mapping.Shape != "long" && len(f.Mapping.Votes) > 0 {
			if wide == nil {
				wide = map[string]int{}
			}
			wide[f.Name] = len(f.Mapping.Votes)
		}
	}
	return wide
}
