package ingest

import "slices"

// pollsAcross returns the values of column poll that stand in more than
// one district of column okrug with a figure in column votes: polls
// numbered anew in each district (Nova Scotia's "001" in every riding).
// Rows whose figure is empty are left out: a precinct's rows of the
// districts it does not lie in (Mississippi's State House, each
// district's candidates on every precinct's rows, their votes empty)
// make no poll of two districts.
func pollsAcross(rows [][]string, poll, okrug, votes int) []string {
	given := slices.DeleteFunc(slices.Clone(rows), func(rec []string) bool { return cellAt(rec, votes) == "" })
	return namesAcross(given, poll, []int{okrug})
}
