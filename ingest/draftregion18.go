package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// regionHeader says whether h (a header, lower case) names a region by
// regionH: its words that are phrases ("belongs to", "gehört zu") as
// whole words, and those of parentH only as the whole header but for the
// words of a name or a code, since a party may be named so ("Together!
// For the future that belongs to you", Montenegro's list in 2023).
func regionHeader(h string) bool {
	for _, w := range regionH {
		switch {
		case slices.Contains(parentH, w):
			if wholeHeader(h, w) {
				return true
			}
		case strings.Contains(w, " "):
			if wordsIn(h, []string{w}) {
				return true
			}
		case strings.Contains(h, w):
			return true
		}
	}
	return false
}

// wholeHeader says whether the words of h, but for those of a name or a
// code (nameWords), are the words of phrase.
func wholeHeader(h, phrase string) bool {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	left := slices.DeleteFunc(strings.FieldsFunc(h, notWord), func(w string) bool { return slices.Contains(nameWords, w) })
	return slices.Equal(left, strings.FieldsFunc(phrase, notWord))
}

// figureCells says whether column c holds figures, not the names or
// codes of areas: each cell filled is a whole number of four digits or
// more, written with no leading zero (a code's), and no two alike (the
// rows of a region share its name). (Montenegro's 2023 list "Together!
// ...", 70292 votes, is no region.)
func figureCells(rows [][]string, c int) bool {
	seen := map[string]bool{}
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, c))
		if v == "" {
			continue
		}
		if len(v) < 4 || v[0] == '0' || strings.ContainsFunc(v, func(r rune) bool { return r < '0' || r > '9' }) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return len(seen) > 0
}

// textNamesRows returns the first column not used of text, filled on
// every row, that names each row once and is named like no choice nor
// contest; or -1. (Of one row too: a country's totals.)
func textNamesRows(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) int {
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && len(values[i]) == len(rows) && !choiceHeader(norm(i)) && !contestHeader(norm(i)) && !allNotGiven(rows, i) &&
			!slices.ContainsFunc(rows, func(rec []string) bool { return digitCode(cellAt(rec, i)) || isNumber(cellAt(rec, i)) }) {
			return i
		}
	}
	return -1
}

// edHeader says whether h (lower case) names an electoral district by
// its short label, "ed" and a year, a number or a name's word (Alberta's
// "ed_2019", "ED_NUM", "ed name"): no whole word of a line.
func edHeader(h string) bool {
	w := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) == 0 || len(w) > 2 || w[0] != "ed" {
		return false
	}
	return len(w) == 1 || slices.Contains(nameWords, w[1]) || w[1] == "num" || w[1] == "number" ||
		!strings.ContainsFunc(w[1], func(r rune) bool { return r < '0' || r > '9' })
}
