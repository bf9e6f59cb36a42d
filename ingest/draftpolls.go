package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

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

// candidatesValidVotes returns the column of figures headed as the valid
// votes ("ValidVotes", "Valid Votes") beside a column that names a
// candidate on every row, where no other column of figures is named as
// votes: each row's candidate and the valid votes cast for that
// candidate (Sierra Leone's NEC, a row per candidate), a long file's
// figure, no protocol's line; or -1.
func candidatesValidVotes(header []string, numeric, used []bool, nonEmpty []int, rows int, norm func(int) string) int {
	valid, cand := -1, false
	for i := range header {
		h := strings.ReplaceAll(norm(i), "_", " ")
		switch {
		case used[i]:
		case numeric[i] && (h == "valid votes" || h == "validvotes"):
			if valid >= 0 {
				return -1
			}
			valid = i
		case numeric[i] && namedVotes(h):
			return -1
		case !numeric[i] && nonEmpty[i] == rows && rows > 1 && candidateHeader(h):
			cand = true
		}
	}
	if !cand {
		return -1
	}
	return valid
}

// stagesApart says whether the rows of each kind of results of column
// kind (provisional, certified) are other rows than those of the other
// kinds: the columns of text left (not kind, not its twins, not used)
// name each row once. Sierra Leone's NEC gives the four leading
// candidates' certified results and the others' provisional ones, each
// once.
func stagesApart(header []string, rows [][]string, used, numeric []bool, kind int, twins []int) bool {
	var cols []int
	for i := range header {
		if !used[i] && !numeric[i] && i != kind && !slices.Contains(twins, i) {
			cols = append(cols, i)
		}
	}
	return len(cols) > 0 && len(rows) > 1 && distinct(rows, cols...) == len(rows)
}

// kindCounts writes each value of a column with its rows: "Certified
// Results" 4 rows, ...
func kindCounts(values map[string]int) string {
	var out []string
	for _, k := range sortedKeys(values) {
		out = append(out, fmt.Sprintf("%q %d rows", k, values[k]))
	}
	return strings.Join(out, ", ")
}

// surnamesInCapitals says whether every choice of votes (two or more,
// "against all" aside) is headed as a person named in the UK's manner:
// given names, then the surname in capitals ("Andrew Hartley DISMORE",
// "Zack POLANSKI"): candidates, not parties.
func surnamesInCapitals(votes map[string]Column) bool {
	n := 0
	for id, c := range votes {
		if id == election.AgainstAll {
			continue
		}
		w := strings.Fields(c.Header)
		if len(w) < 2 || !capitalsName(w[len(w)-1]) || strings.ContainsFunc(c.Header, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) {
			return false
		}
		for _, g := range w[:len(w)-1] {
			// (A given name: a capital, then small letters.)
			if r := []rune(g); !unicode.IsUpper(r[0]) || !strings.ContainsFunc(g, unicode.IsLower) {
				return false
			}
		}
		n++
	}
	return n >= 2
}

// capitalsName says whether a word is a name in capitals: two letters or
// more, none in lower case ("DISMORE", "O'BRIEN", "SMITH-JONES").
func capitalsName(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r != '\'' && r != '-' && r != '’':
			return false
		}
	}
	return letters >= 2
}

// partyBesideCandidates returns a column of text, not used, headed as a
// party's (partyWords), beside the choice's column of candidates; or -1.
func partyBesideCandidates(header []string, rows [][]string, used, numeric []bool, norm func(int) string, choice int) int {
	for i := range header {
		if i != choice && !used[i] && !numeric[i] && anyWords(norm(i), partyWords) {
			return i
		}
	}
	return -1
}

// choicesBeside says whether a column of text, not used and filled on
// nine rows in ten at least, is headed as the choices' (choiceHeader: "Party"): each row
// a choice's.
func choicesBeside(header []string, used, numeric []bool, nonEmpty []int, rows int, norm func(int) string) bool {
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i]*10 >= rows*9 && choiceHeader(norm(i)) {
			return true
		}
	}
	return false
}
