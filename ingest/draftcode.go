package ingest

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
)

// paddedCodes says whether every cell of a column (values) is a string of
// digits of one length, at least three, some with a leading zero
// (Venezuela's centre code "010101001"): a count is never written with
// leading zeros, a code is.
func paddedCodes(values map[string]int) bool {
	width, zero := 0, false
	for v := range values {
		if v == "" || strings.Trim(v, "0123456789") != "" {
			return false
		}
		if width == 0 {
			width = len(v)
		}
		if len(v) != width {
			return false
		}
		zero = zero || v[0] == '0'
	}
	return width >= 3 && zero
}

// columnRange returns the smallest and the largest whole number among a
// column's cells (values), and false when none is one.
func columnRange(values map[string]int) (lo, hi int64, ok bool) {
	for v := range values {
		n, err := parseInt([]byte(v))
		if err != nil {
			continue
		}
		if !ok || n < lo {
			lo = n
		}
		if !ok || n > hi {
			hi = n
		}
		ok = true
	}
	return lo, hi, ok
}

// codeScale returns the median of the largest figures of the columns
// cols (values): a choice's largest figure, as most columns of figures
// are choices.
func codeScale(values []map[string]int, cols []int) int64 {
	var his []int64
	for _, c := range cols {
		if _, hi, ok := columnRange(values[c]); ok {
			his = append(his, hi)
		}
	}
	if len(his) == 0 {
		return 0
	}
	slices.Sort(his)
	return his[len(his)/2]
}

// giantCodes says whether a column's smallest figure is a million or
// more and over a thousand times scale (the largest figure of most other
// columns): the Philippines' PSGC codes (1400000000) beside municipal
// votes, a code whatever its header says, never a choice's votes.
func giantCodes(values map[string]int, scale int64) bool {
	lo, _, ok := columnRange(values)
	return ok && scale > 0 && lo >= 1_000_000 && lo/1000 > scale
}

// votesNotCode says whether column i, whose figures giantCodes reads as
// codes, is a choice's votes all the same: in a file of one row (a
// region's or a nation's declaration: Ghana's 2020 Ashanti collation,
// NPP's 1,795,824 beside a small party's 712), where the smallest figure
// is the only one; or where the valid votes (line valid, mapped) are on
// every row this column and the other columns of figures not yet read
// (others) added up: the votes of a choice complete it, a code never.
func votesNotCode(m *Mapping, header []string, rows [][]string, others []int, i int) bool {
	if len(rows) == 1 {
		return true
	}
	v := columnOf(header, m.Lines[election.Valid].Header)
	if v < 0 || len(m.Lines[election.Valid].Columns) > 0 {
		return false
	}
	for _, rec := range rows {
		var sum int64
		for _, c := range append([]int{i}, others...) {
			n, err := parseInt(strings.TrimSpace(cellAt(rec, c)))
			if err != nil || n < 0 || sum > math.MaxInt64-n {
				return false
			}
			sum += n
		}
		if want, err := parseInt(strings.TrimSpace(cellAt(rec, v))); err != nil || want != sum {
			return false
		}
	}
	return true
}

// yesAnswers and noAnswers are a measure's answers as long files name
// them (lower case): "Approved" and "Rejected" on Washington's bond
// measures, Yes and No, For and Against. Beside a yes, a no is the
// other choice, never the rejected (invalid) ballots.
var (
	yesAnswers = []string{"yes", "approved", "approve", "for", "in favor", "in favour", "sí", "si", "oui", "ja", "да", "ооба"}
	noAnswers  = []string{"no", "rejected", "reject", "against", "non", "nein", "нет", "жок"}
)

// blankValues name, as a long file's choice cell (lower case), the blank
// ballots of an office (Massachusetts' "Blank"): ballots that mark no
// choice there, a part of the invalid line, never a candidate.
var blankValues = []string{"blank", "blanks", "blank ballots", "blank votes",
	// Honduras's CNE codes them "BLC" beside "NUL"; Russian "пустые
	// бюллетени", the empty ballots.
	"blc", "пустые бюллетени", "бюллетени пустые", "пустые"}

// nullValues name, as a long file's choice cell (lower case), the null
// votes (Honduras's "NUL"): the invalid line.
var nullValues = []string{"nul", "nulo", "nulos", "null", "nuls"}

// answerPair says whether a long file's choice cells (values) hold both a
// yes and a no answer: the choices of a measure.
func answerPair(cells []string) bool {
	yes, no := false, false
	for _, c := range cells {
		h := strings.ToLower(strings.TrimSpace(c))
		yes = yes || slices.Contains(yesAnswers, h)
		no = no || slices.Contains(noAnswers, h)
	}
	return yes && no
}

// constantWithin says whether column c holds one cell on all the rows of
// each key (the columns key together), some key having two rows or more:
// a figure of the protocol repeated on its rows, no choice's votes.
func constantWithin(rows [][]string, key []int, c int) bool {
	first := map[string]string{}
	twice := false
	for _, rec := range rows {
		var k strings.Builder
		for _, i := range key {
			if i >= 0 {
				k.WriteString(cellAt(rec, i))
				k.WriteByte(0)
			}
		}
		v := cellAt(rec, c)
		if f, ok := first[k.String()]; ok {
			if f != v {
				return false
			}
			twice = true
			continue
		}
		first[k.String()] = v
	}
	return twice
}

// factWords name, by whole words, a column of numbers that describe a
// candidate or a row (Nepal's "Age", "Rank", "SerialNo"): no choice's
// votes and no long file's figure. (Mexico's "ord", a row's ordinal.)
var factWords = []string{"age", "rank", "serial", "serial no", "edad", "ord"}

// thousandsColumns returns the columns whose cells are whole numbers,
// some written with commas between groups of thousands (see
// commaGroups).
func thousandsColumns(m []marked) []int {
	var cols []int
	for i, k := range m {
		if !k.text && k.marks == 0 && k.floats == 0 && k.grouped > 0 {
			cols = append(cols, i)
		}
	}
	return cols
}

// decimalComma says whether a cell of rows is a number with a decimal
// comma ("0,5", "12,25"): digits, a comma and digits that are no group
// of thousands. Such a file's "1,234" may be a decimal too.
func decimalComma(rows [][]string) bool {
	for _, rec := range rows {
		for _, c := range rec {
			c = strings.TrimSpace(c)
			w, f, ok := strings.Cut(strings.TrimPrefix(c, "-"), ",")
			if ok && w != "" && f != "" && strings.Trim(w+f, "0123456789") == "" && commaGroups(c) == 0 {
				return true
			}
		}
	}
	return false
}

// firstNameW name, by whole words, a column of candidates' first names
// (Zambia's "firstname" beside "lastname"): a part of a choice's name,
// never an area's.
var firstNameW = []string{"firstname", "first name", "given name", "forename", "vorname", "prénom", "prenom"}

// allNotGiven says whether every cell of column c says a figure is not
// given ("NA"): a column of nothing.
func allNotGiven(rows [][]string, c int) bool {
	return !slices.ContainsFunc(rows, func(rec []string) bool { return !notGivenText(cellAt(rec, c)) })
}

// constituencyW name, by whole words, a column of constituencies, each
// electing its own member.
var constituencyW = []string{"constituency", "constituencies"}

// yearW head a column of years.
var yearW = []string{"year", "año", "ano", "jahr", "anno", "année", "election year", "yil", "yıl", "jaar", "rok", "vuosi", "år"}

// yearWordsW name, by whole words in a longer header, a column of years
// or of elections ("year_data", Spanish "anio" written without the
// tilde, "eleccion"): over years, each another election.
var yearWordsW = []string{"year", "años", "anio", "jahr", "election", "elections", "eleccion", "elección", "elecciones", "wahljahr"}

// yearHeader says whether a header (lower case) names years (yearW, or
// yearWordsW as a word of it), or names nothing the draft knows, so that
// its values alone may say so (yearByValues): no area, precinct, code,
// choice, votes or total, whose numbers may be 1948 by chance.
func yearHeader(h string) (named, unknown bool) {
	h = strings.TrimSpace(h)
	if slices.Contains(yearW, h) || anyWords(h, yearWordsW) {
		return true, false
	}
	known := anyWords(h, precinctW) || has(h, precinctH) || anyWords(h, idH) || has(h, okrugH) || anyWords(h, okrugW) ||
		has(h, regionH) || oneWordOf(h, regionAlone) || areaNumbers(h) || choiceHeader(h) || namedVotes(h) || has(h, totalH)
	return false, !known
}

// yearRun says whether the years of a column are three or more that
// follow each other (2001, 2002, 2003): the numbers of things in a row,
// precincts or lists, more than the years of elections.
func yearRun(years map[string]int) bool {
	if len(years) < 3 {
		return false
	}
	lo, hi := 1<<31, 0
	for v := range years {
		y, _ := strconv.Atoi(v)
		lo, hi = min(lo, y), max(hi, y)
	}
	return hi-lo == len(years)-1 // (distinct years: a run when no gap)
}

// yearColumn returns a column not used, headed as a year (yearW: "year",
// "año", "jahr", Turkish "yıl"; a header with a word of yearWordsW,
// "year_data"; or a header that names nothing else, by its values), of 2
// to 10 years (1800 to 2199; by its values alone, no run of years that
// follow each other), each on two rows or more, whose rows of one year
// name areas that another year's rows name too, and the latest year; or
// -1.
func yearColumn(header []string, rows [][]string, used, numeric []bool, values []map[string]int, norm func(int) string) (int, string) {
	for i := range header {
		if used[i] || !numeric[i] {
			continue
		}
		named, unknown := yearHeader(norm(i))
		if !named && (!unknown || yearRun(values[i])) {
			continue
		}
		if n := len(values[i]); n < 2 || n > 10 {
			continue
		}
		latest, ok := "", true
		for v, k := range values[i] {
			y, err := strconv.Atoi(v)
			ok = ok && err == nil && len(v) == 4 && y >= 1800 && y < 2200 && k >= 2
			if v > latest {
				latest = v
			}
		}
		if !ok {
			continue
		}
		// By its values alone, the places of the latest year are those
		// of another: most of its rows' texts together come again.
		if !named && !yearsRepeat(rows, i, latest, numeric) {
			continue
		}
		// An area named in two years: some text cell of the latest
		// year's rows comes in another year's rows too.
		seen := map[string]bool{}
		for _, rec := range rows {
			if cellAt(rec, i) == latest {
				for c, v := range rec {
					if c != i && !numeric[c] && strings.TrimSpace(v) != "" {
						seen[fmt.Sprint(c, "\x00", strings.TrimSpace(v))] = true
					}
				}
			}
		}
		for _, rec := range rows {
			if cellAt(rec, i) == latest {
				continue
			}
			for c, v := range rec {
				if c != i && c < len(numeric) && !numeric[c] && seen[fmt.Sprint(c, "\x00", strings.TrimSpace(v))] {
					return i, latest
				}
			}
		}
	}
	return -1, ""
}

// yearsRepeat says whether most rows of year latest in column y (half
// of them or more) give texts (the cells of the columns not numeric, but
// y's) that a row of another year gives too: the same places, and the
// same choices, in each election.
func yearsRepeat(rows [][]string, y int, latest string, numeric []bool) bool {
	key := func(rec []string) string {
		var b strings.Builder
		for c, v := range rec {
			if c != y && c < len(numeric) && !numeric[c] {
				b.WriteString(strings.TrimSpace(v))
				b.WriteByte(0)
			}
		}
		return b.String()
	}
	other := map[string]bool{}
	for _, rec := range rows {
		if cellAt(rec, y) != latest {
			other[key(rec)] = true
		}
	}
	n, again := 0, 0
	for _, rec := range rows {
		if cellAt(rec, y) == latest {
			n++
			if other[key(rec)] {
				again++
			}
		}
	}
	return n > 0 && 2*again >= n
}

// codeWord says whether a header (lower case) has a word that is "cod"
// and an abbreviation of what it codes, five to seven letters (Spain's
// "Codmun", "Codcir"; Venezuela's "Codcv"): a code, never a choice.
func codeWord(h string) bool {
	for _, w := range strings.FieldsFunc(h, notWordRune) {
		if n := utf8.RuneCountInString(w); strings.HasPrefix(w, "cod") && n >= 5 && n <= 7 {
			return true
		}
	}
	return false
}

// prefixTotals returns the cells of column c (an ID of each row) that
// begin the cells of two other rows or more and are no number, when a
// column of figures (the first not used) on each such row is the sum of
// those rows' (all of them in rows), and that column; or nil, -1. IDs
// that are numbers are left alone: 1 begins 10 and 11 by chance.
func prefixTotals(rows [][]string, c int, numeric, used []bool) ([]string, int) {
	fig := -1
	for i := range numeric {
		if i != c && numeric[i] && !used[i] {
			fig = i
			break
		}
	}
	if fig < 0 || len(rows) < 3 {
		return nil, -1
	}
	ids := make([]string, 0, len(rows))
	at := map[string]int{}
	for k, rec := range rows {
		id := cellAt(rec, c)
		if id == "" || isInt(id) {
			return nil, -1
		}
		if _, dup := at[id]; dup {
			return nil, -1
		}
		at[id] = k
		ids = append(ids, id)
	}
	var parents []string
	for _, p := range ids {
		var sum int64
		n := 0
		for _, q := range ids {
			if q != p && strings.HasPrefix(q, p) && !slices.ContainsFunc(ids, func(r string) bool {
				return r != p && r != q && strings.HasPrefix(q, r) && strings.HasPrefix(r, p)
			}) {
				v, err := parseInt([]byte(cellAt(rows[at[q]], fig)))
				if err != nil {
					return nil, -1
				}
				sum += v
				n++
			}
		}
		if n < 2 {
			continue
		}
		if v, err := parseInt([]byte(cellAt(rows[at[p]], fig))); err != nil || v != sum {
			return nil, -1
		}
		parents = append(parents, p)
	}
	return parents, fig
}

// unusedBut is the columns of cols not used, but i.
func unusedBut(cols []int, used []bool, i int) []int {
	var out []int
	for _, c := range cols {
		if c != i && !used[c] {
			out = append(out, c)
		}
	}
	return out
}
