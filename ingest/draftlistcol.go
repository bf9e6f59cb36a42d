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
	list, votes := listAndVotes(header, rows, used, numeric, nonEmpty, norm)
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

// numberedAnew says whether the lists of column list are numbered from 1
// in each area of column area: each area's numbers are 1 to its count,
// and some areas have more lists than others (Hong Kong's geographical
// constituencies of 2008: 10 lists in Hong Kong Island, 13 in Kowloon
// West). Lists numbered by the country alike in each area would not run
// so, from 1 without a gap everywhere, except where every area has them
// all: the same numbers everywhere are not said to be numbered anew.
func numberedAnew(rows [][]string, area, list int) bool {
	nums := map[string]map[int64]bool{}
	for _, rec := range rows {
		n, err := parseInt(strings.TrimSpace(cellAt(rec, list)))
		if err != nil || n < 1 {
			return false
		}
		a := cellAt(rec, area)
		if nums[a] == nil {
			nums[a] = map[int64]bool{}
		}
		nums[a][n] = true
	}
	counts := map[int]bool{}
	for _, ns := range nums {
		for n := range ns {
			if n > int64(len(ns)) {
				return false
			}
		}
		counts[len(ns)] = true
	}
	return len(nums) >= 2 && len(counts) >= 2
}

// draftAreaLists names each list of a long file by its area and its
// number joined (numberedAnew): "hki / 3", the choice "hki-p3", list 3
// of each area a choice of its own. By the number alone, a count's table
// of the lists would add up the votes and seats of each area's list 3,
// different lists.
func draftAreaLists(m *Mapping, header []string, rows [][]string, area, list int, guess func(string, ...any)) {
	cv := map[string]string{}
	first := ""
	for _, rec := range rows {
		a, l := strings.TrimSpace(cellAt(rec, area)), cellAt(rec, list)
		id, ok := m.ChoiceValues[l]
		if !ok {
			return
		}
		k := a + " / " + strings.TrimSpace(l)
		cv[k] = slug(a) + "-" + id
		if first == "" {
			first = k
		}
	}
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "choice_values: ") && strings.Contains(g, " is the choice ")
	})
	m.ChoiceValues = cv
	m.ChoiceColumn = &Column{Columns: []Column{{Header: trimHeader(header[area])}, {Header: trimHeader(header[list])}}, Join: true}
	guess("choice_column: columns %d %q and %d %q joined (\"join\": true, \" / \" between the cells): the lists are numbered from 1 in each area, some areas with more lists than others, so a number names a different list in each; by the number alone a count's table of the lists would add up the votes and seats of each area's list of that number; each area's list is a choice of its own, %d in choice_values (%q is the choice %s, rename the IDs as you like)",
		area+1, trimHeader(header[area]), list+1, trimHeader(header[list]), len(cv), first, cv[first])
}

// listAndVotes returns the first column not used that is filled on every
// row and headed as a list (listHeader), and the first other column of
// numbers headed as votes (namedVotes): a long file's list and its
// figure, or -1 for either not found.
func listAndVotes(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string) (list, votes int) {
	list, votes = -1, -1
	for i := range header {
		if !used[i] && nonEmpty[i] == len(rows) && listHeader(norm(i)) {
			list = i
			break
		}
	}
	for i := range header {
		if !used[i] && i != list && numeric[i] && namedVotes(norm(i)) {
			votes = i
			break
		}
	}
	return list, votes
}
