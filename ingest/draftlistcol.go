package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// listW name a party list, and listNumberW a number or a code beside it:
// a header of a list's word alone, or with the word of its number
// ("list_no", "Lista nr", "список"), names the list of each row, a
// choice, never a precinct (Hong Kong's LegCo results by list and
// constituency). A list's word among others is something else: the
// voters' list, Mexico's "lista nominal".
var (
	listW       = []string{"list", "lists", "lista", "listas", "liste", "listen", "lijst", "список", "списка", "листа"}
	listNumberW = []string{"no", "nr", "num", "number", "numero", "número", "nummer", "id", "code", "cod", "#", "№"}
)

// listHeader says whether a header (lower case) is a list's word, alone
// or with a word of its number (listW, listNumberW).
func listHeader(h string) bool {
	list := false
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '#' && r != '№' }) {
		switch {
		case !list && slices.Contains(listW, w):
			list = true
		case slices.Contains(listNumberW, w):
		default:
			return false
		}
	}
	return list
}

// listArea returns, in a long file of lists' votes (a column of lists,
// listHeader, and a column of figures named as votes), the column of
// the area whose lists they are, and the lists' column; or -1, -1. The
// area is filled on every row, of two values or more and fewer than
// half the rows, and with the list it names each row once while the list
// alone names rows again: the lists are numbered anew in each area (Hong
// Kong's geographical constituencies, "gc", each with its own list 1).
// An area named so (areaHeader, numbersAreas) is taken before text that
// is not.
func listArea(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) (area, list int) {
	list = -1
	for i := range header {
		if !used[i] && nonEmpty[i] == len(rows) && listHeader(norm(i)) {
			list = i
			break
		}
	}
	votes := -1
	for i := range header {
		if !used[i] && i != list && numeric[i] && namedVotes(norm(i)) {
			votes = i
			break
		}
	}
	if list < 0 || votes < 0 || distinct(rows, list) == len(rows) {
		return -1, -1
	}
	area = -1
	for i := range header {
		if used[i] || i == list || i == votes || nonEmpty[i] != len(rows) || namedVotes(norm(i)) || anyWords(norm(i), seatWords) {
			continue
		}
		if n := len(values[i]); n < 2 || 2*n > len(rows) || numeric[i] && !numbersAreas(norm(i)) && !areaHeader(norm(i)) {
			continue
		}
		if distinct(rows, i, list) != len(rows) {
			continue
		}
		if area < 0 || areaHeader(norm(i)) && !areaHeader(norm(area)) {
			area = i
		}
	}
	if area < 0 {
		return -1, -1
	}
	return area, list
}

// otherArea returns a value of column a other than v, the first.
func otherArea(rows [][]string, a int, v string) string {
	for _, rec := range rows {
		if w := cellAt(rec, a); w != v {
			return w
		}
	}
	return v
}

// seatsNote says why a column of seats is no choice's votes, and what it
// is good for.
const seatsNote = "it counts seats won, not a choice's votes: a published result, which shailoo verify --published checks against the seats the count gives (S307) when it is put in a published summary"
