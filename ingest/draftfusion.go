package ingest

import (
	"slices"
	"strings"
)

// fusionColumns finds the candidate column of a long file whose party
// column was taken for the choice, where a candidate stands on the lines
// of several parties (fusion voting: New York's Romney on the Republican
// and Conservative lines, Obama on the Democratic and Working Families
// ones): the candidate column repeats in a precinct, and with the party
// names each row once. The candidate is then the choice, and the party
// rows are parts of the candidate's votes, summed; counted by party, a
// candidate's votes split and the wrong one may lead. It returns the
// candidate column, or -1. key holds the precinct's columns and the
// count's.
func fusionColumns(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, key []int, party int) int {
	if party < 0 || !anyWords(norm(party), partyWords) {
		return -1
	}
	for i := range header {
		if i == party || used[i] || numeric[i] || nonEmpty[i] != len(rows) || !anyWords(norm(i), []string{"candidate", "candidate name", "candidato", "kandidat"}) {
			continue
		}
		with := append(append([]int(nil), key...), i)
		if repeats(rows, with...) && !repeats(rows, append(with, party)...) && severalLines(rows, key, i, party) {
			return i
		}
	}
	return -1
}

// severalLines says whether some candidate of column cand is named on the
// rows of two parties (column party, both cells not empty) in one
// precinct: rows of one candidate with no party beside (write-ins) are
// no fusion.
func severalLines(rows [][]string, key []int, cand, party int) bool {
	first := map[string]string{}
	for _, rec := range rows {
		p := cellAt(rec, party)
		if p == "" {
			continue
		}
		var b strings.Builder
		for _, k := range append(append([]int(nil), key...), cand) {
			if k >= 0 {
				b.WriteString(cellAt(rec, k))
			}
			b.WriteByte(0)
		}
		k := b.String()
		if q, ok := first[k]; ok && q != p {
			return true
		}
		first[k] = p
	}
	return false
}

// oneSeatOffice says whether a contest's name is of an office one person
// holds (a President, a Governor, a Mayor), elected in one contest.
func oneSeatOffice(name string) bool {
	h := strings.ToLower(strings.TrimSpace(name))
	return anyWords(h, []string{"president", "governor", "mayor", "presidente", "gobernador", "alcalde", "gouverneur"}) &&
		!anyWords(h, []string{"district", "ward", "council", "board", "primary", "delegate", "delegates", "elector"})
}

// countOfVotes says whether a header (lower case) says it counts votes
// ("Number of Votes", "No. of votes"): a figure, not the number of a
// row, though it has "number" in it.
func countOfVotes(h string) bool {
	w := strings.FieldsFunc(h, notWordRune)
	return len(w) >= 3 && slices.Contains([]string{"number", "num", "no", "nr"}, w[0]) && w[1] == "of" && namedVotes(strings.Join(w[2:], " "))
}

// areaCellWords end the name of an area in a cell ("Four Oaks Ward").
var areaCellWords = []string{"ward", "precinct", "division"}

// areaCells says whether every cell of column c in rows (there are some)
// names an area by its last word (areaCellWords), and some repeat: a
// column under a header that names no area ("File", Sutton Coldfield's)
// that holds a long file's wards, each on the rows of its candidates.
func areaCells(rows [][]string, c int) bool {
	if len(rows) < 2 || !repeats(rows, c) {
		return false
	}
	for _, rec := range rows {
		w := strings.Fields(strings.ToLower(cellAt(rec, c)))
		if len(w) < 2 || !slices.Contains(areaCellWords, w[len(w)-1]) {
			return false
		}
	}
	return true
}
