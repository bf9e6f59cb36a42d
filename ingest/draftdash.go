package ingest

import "strings"

// Some commissions' files write a dash, or a run of them, in the cell of
// a candidate who did not stand where the row's votes were cast:
// votemanager's export of the Bundestag election of 2025 in Krefeld gives
// "---" under D12 (Volt's Erststimmen) on the rows of the Wahlkreis where
// Volt had no candidate, a figure on the others'. Such a column is a
// choice's votes all the same. The draft proposes to read each dash as
// an empty cell, a figure not given ("not_given"), and the empty votes
// cells of a row that gives other votes as a choice not on its ballot
// ("empty_votes": "not_on_ballot"): 0 votes, said in the count's notes.

// dashText says whether v is a dash or a run of up to four ("-", "---").
func dashText(v string) bool {
	return v != "" && len(v) <= 4 && strings.Trim(v, "-") == ""
}

// dashColumns returns the columns of whole numbers but for cells that are
// dashes (dashText) and nothing else; not a column headed as codes or
// numbers of areas.
func dashColumns(m []marked, values []map[string]int, header []string) []int {
	return figuresBut(m, values, header, dashText)
}

// dashVotes says whether the mapping m maps a choice's votes to one of
// cols (by header or by number).
func dashVotes(m Mapping, header []string, cols []int) bool {
	for _, c := range m.Votes {
		for _, i := range cols {
			if c.Index == i+1 || c.Header != "" && c.Header == trimHeader(cellAt(header, i)) {
				return true
			}
		}
	}
	return false
}
