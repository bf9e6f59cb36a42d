package shailoo

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// A results file typed by hand writes one okrug two ways now and then:
// Colorado's 2008 Dolores County file has "U. S. House" in precinct 1 and
// "U.S. House" in precinct 3. Learnt from the rows, that is two okrugs of
// one seat each, each with part of the district's votes (Salazar elected
// in one with 154, Wolf in the other with 149, where Salazar leads 293 to
// 185), and nothing else in the count looks wrong. Two okrugs learnt from
// the files whose names differ only in spaces, punctuation or case, the
// candidates of one all standing in the other, are said (finding X233)
// and the result is provisional (UnevaluatedTwoWays): they are most
// likely one, and then the seats and the winner are wrong. Which is right
// is the file's author's to say: nothing is merged.

// foldName is an okrug's name without spaces, punctuation or case, for
// okrugsTwoWays: in lower case, its letters and digits, a mark kept
// between two digits that something else parts ("1 / 2" is no "12",
// "4.6" no "46"). Spaces and punctuation are ASCII's; a character of
// another script is kept, lowered (strings.ToLower).
func foldName(s string) string {
	s = strings.ToLower(s)
	b := make([]byte, 0, len(s))
	gap, digit := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && !('a' <= c && c <= 'z') && !('0' <= c && c <= '9') {
			gap = len(b) > 0
			continue
		}
		d := '0' <= c && c <= '9'
		if gap && digit && d {
			b = append(b, '|')
		}
		b = append(b, c)
		gap, digit = false, d
	}
	return string(b)
}

// okrugsTwoWays returns, for each okrug of okrugs whose name an earlier
// one's folds to (foldName), the candidates of one all standing in the
// other (one at least), the indexes of the first such okrug and of it.
func okrugsTwoWays(okrugs []election.Okrug) [][2]int {
	if len(okrugs) < 2 {
		return nil
	}
	var out [][2]int
	first := make(map[string]int, len(okrugs))
	for i := range okrugs {
		k := foldName(okrugs[i].ID)
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		if candidatesWithin(okrugs[j].Candidates, okrugs[i].Candidates) {
			out = append(out, [2]int{j, i})
		}
	}
	return out
}

// candidatesWithin says whether the candidates of a all stand in b, or
// b's in a, and they share one at least.
func candidatesWithin(a, b []election.Candidate) bool {
	in := make(map[string]bool, len(a))
	for _, k := range a {
		in[k.ID] = true
	}
	both := 0
	for _, k := range b {
		if in[k.ID] {
			both++
		}
	}
	return both > 0 && (both == len(a) || both == len(b))
}

// twoWays adds the findings (X233) of the okrugs learnt written two ways,
// each at the first row that names it.
func (l *okrugLearner) twoWays(fs []validate.Finding) []validate.Finding {
	for _, p := range okrugsTwoWays(l.okrugs) {
		a, b := l.first[p[0]], l.first[p[1]]
		fs = append(fs, validate.OkrugWrittenTwoWays(l.okrugs[p[1]].ID, l.fileName(b[0]), b[1], l.okrugs[p[0]].ID, l.fileName(a[0]), a[1]))
	}
	return fs
}

// fileName is the name of file n (from 1) read, "" for none.
func (l *okrugLearner) fileName(n int) string {
	if n < 1 || n > len(l.files) {
		return ""
	}
	return l.files[n-1]
}

// twoWays makes the result provisional when okrugs learnt from the files
// are written two ways (finding X233): if each pair is one okrug, its
// seats and winner are not those counted. It returns, by okrug ID, the
// okrug each written the other way stands for (the first written so),
// for the finding of a candidate in several okrugs (X230), which such
// okrugs do not make.
func (c *counter) twoWays() map[string]string {
	pairs := okrugsTwoWays(c.e.Okrugs)
	if len(pairs) == 0 {
		return nil
	}
	one := make(map[string]string, 2*len(pairs))
	var scope, affects []string
	for _, p := range pairs {
		a, b := c.e.Okrugs[p[0]].ID, c.e.Okrugs[p[1]].ID
		one[b] = a
		scope = append(scope, a+" = "+b)
		for _, id := range []string{a, b} {
			if ctx := "okrug/" + id; !slices.Contains(affects, ctx) {
				affects = append(affects, ctx)
			}
		}
	}
	c.provisional(Unevaluated{Kind: UnevaluatedTwoWays, Scope: scope, Count: len(pairs), Affects: affects,
		Reason: "okrugs one written two ways? " + strconv.Itoa(len(pairs)) + " pair(s) (finding X233; " + strings.Join(scope, ", ") + "), counted apart: these seats rest on it: " + strings.Join(affects, ", ")})
	return one
}
