package shailoo

import (
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
