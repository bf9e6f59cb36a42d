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

// The same okrug is also written two ways where a part of its name is
// left out: an okrug named by several columns joined
// ("okrug": {"columns": ["office", "district"], "join": true}) leaves out
// an empty cell, as a statewide office's rows have no district, and a
// district office's rows whose district cell is blank name an okrug of
// the office alone. Montour County's 2022 file with MAHONING II's U.S.
// House rows so blanked makes "U.S. House" (Meuser 392) beside
// "U.S. House / 9" (Meuser 1,609), a seat invented where Meuser has
// 2,001 in one. An okrug learnt whose name is the leading parts of
// another's (the other's name begins with it and " / "), the candidates
// of one all standing in the other, is said (finding X234) and makes
// the result provisional as X233 does: nothing is merged.

// okrugsPartLeftOut returns, for each okrug of okrugs whose name is the
// leading parts of another's (that name begins with it and " / "), the
// candidates of one all standing in the other, the indexes of it and of
// the other, in the order of the others.
func okrugsPartLeftOut(okrugs []election.Okrug) [][2]int {
	if len(okrugs) < 2 {
		return nil
	}
	var out [][2]int
	at := make(map[string]int, len(okrugs))
	for i := range okrugs {
		if _, ok := at[okrugs[i].ID]; !ok {
			at[okrugs[i].ID] = i
		}
	}
	for i := range okrugs {
		id := okrugs[i].ID
		for k := strings.Index(id, partSep); k >= 0; {
			if j, ok := at[id[:k]]; ok && j != i && candidatesWithin(okrugs[j].Candidates, okrugs[i].Candidates) {
				out = append(out, [2]int{j, i})
			}
			next := strings.Index(id[k+len(partSep):], partSep)
			if next < 0 {
				break
			}
			k += len(partSep) + next
		}
	}
	return out
}

// partSep parts the cells of a key of several columns joined.
const partSep = " / "

// twoWays adds the findings of the okrugs learnt written two ways: X233
// for names that differ in spaces, punctuation or case, each at the
// first row that names it, and X234 for a name that is the leading parts
// of another's, at its first row, with how many protocols name it.
func (l *okrugLearner) twoWays(fs []validate.Finding) []validate.Finding {
	for _, p := range okrugsTwoWays(l.okrugs) {
		a, b := l.first[p[0]], l.first[p[1]]
		fs = append(fs, validate.OkrugWrittenTwoWays(l.okrugs[p[1]].ID, l.fileName(b[0]), b[1], l.okrugs[p[0]].ID, l.fileName(a[0]), a[1]))
	}
	for _, p := range okrugsPartLeftOut(l.okrugs) {
		a, b := l.first[p[0]], l.first[p[1]]
		fs = append(fs, validate.OkrugNamedShort(l.okrugs[p[0]].ID, l.fileName(a[0]), a[1], l.nrow[p[0]], l.okrugs[p[1]].ID, l.fileName(b[0]), b[1]))
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
// are written two ways (findings X233 and X234): if each pair is one
// okrug, its seats and winner are not those counted. It returns, by okrug
// ID, the okrug each written the other way stands for (the first written
// so; for a name with a part left out, the first okrug whose name it
// begins), for the finding of a candidate in several okrugs (X230), which
// such okrugs do not make.
func (c *counter) twoWays() map[string]string {
	pairs := okrugsTwoWays(c.e.Okrugs)
	short := okrugsPartLeftOut(c.e.Okrugs)
	if len(pairs) == 0 && len(short) == 0 {
		return nil
	}
	one := make(map[string]string, 2*(len(pairs)+len(short)))
	var scope, affects []string
	both := func(a, b string) {
		scope = append(scope, a+" = "+b)
		for _, id := range []string{a, b} {
			if ctx := "okrug/" + id; !slices.Contains(affects, ctx) {
				affects = append(affects, ctx)
			}
		}
	}
	for _, p := range pairs {
		a, b := c.e.Okrugs[p[0]].ID, c.e.Okrugs[p[1]].ID
		one[b] = a
		both(a, b)
	}
	for _, p := range short {
		a, b := c.e.Okrugs[p[0]].ID, c.e.Okrugs[p[1]].ID
		if _, ok := one[a]; !ok {
			one[a] = b // (the okrug of all its parts stands for it)
		}
		both(a, b)
	}
	c.provisional(Unevaluated{Kind: UnevaluatedTwoWays, Scope: scope, Count: len(scope), Affects: affects,
		Reason: "okrugs one written two ways? " + strconv.Itoa(len(scope)) + " pair(s) (findings X233, X234; " + strings.Join(scope, ", ") + "), counted apart: these seats rest on it: " + strings.Join(affects, ", ")})
	return one
}
