package shailoo

import "github.com/shailoo/shailoo/words"

// rowsOnlyNote returns the note (words "note.okrugs_rows_only") of a
// count whose okrugs were learnt from its files' rows: each okrug is what
// the rows give, and whom it elects the leader among them. A county's or
// a town's file of a statewide or multi-county contest (Darien's rows of
// Connecticut's 4th congressional district, Albany County's of Wyoming's
// seat in the U.S. House) gives part of the district, and its "elected"
// is that of the rows: the note says so in every output. It is "" when
// the definition lists the okrugs (its author's) or when none was learnt.
func (c *counter) rowsOnlyNote() string {
	if !c.o.okrugsLearnt || len(c.e.Okrugs) == 0 {
		return ""
	}
	return words.Say("en", "note.okrugs_rows_only", nil)
}
