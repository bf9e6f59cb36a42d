package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// othersWords name, by whole words, a column of the votes of several
// choices: the others (Catalan "Altres"), or the candidatures' in all
// ("VOTS_CANDIDATURES").
var othersWords = []string{"altres", "otros", "others", "other", "autres", "andere", "sonstige", "altri", "overige", "inne", "ostatní", "прочие", "інші",
	"candidatures", "candidaturas", "candidaturi", "total", "totals", "gesamt", "summe", "totale", "totaal"}

// draftChoiceTotals leaves out of the choices each one whose column is
// on every row the sum of two or more other choices' columns: a total,
// not a choice (Terrassa's VOTS_CANDIDATURES, the candidatures' votes,
// and its Altres, the sum of FO, PCTC and RECORTES CERO). The draft's
// test of a column that sums the run of columns beside it misses a sum
// of columns apart. Any set of choices is looked for under a header of
// othersWords; under another, only the sum of all the other choices (on
// forty rows of small figures, a candidate's votes may be the sum of
// three others' by chance). It looks at ten rows or more. A part is a
// choice with a figure not 0 on some row.
func draftChoiceTotals(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) {
	if m.long() || len(rows) < 10 || len(m.Votes) < 3 {
		return
	}
	cols := map[string][]int64{} // each choice's figures, row by row
	for id, c := range m.Votes {
		i := columnOf(header, c.Header)
		if i < 0 || len(c.Columns) > 0 {
			continue
		}
		v, ok := figuresOf(rows, i)
		if ok {
			cols[id] = v
		}
	}
	// (The choices and which of them othersWords name, once: a file of
	// 500 choices read each header's words for each choice.)
	ids := sortedKeys(cols)
	others := map[string]bool{}
	for _, id := range ids {
		others[id] = anyWords(lowerHeader(m.Votes[id].Header), othersWords)
	}
	var totals []string
	parts := map[string][]string{}
	for _, id := range ids {
		var cands []string
		for _, o := range ids {
			if o != id && someNotZero(cols[o]) && !exceeds(cols[o], cols[id]) {
				cands = append(cands, o)
			}
		}
		if !someNotZero(cols[id]) || len(cands) < 2 || len(cands) > 40 {
			continue
		}
		if others[id] {
			if p := subsetSum(cols, cands, cols[id]); len(p) >= 2 {
				totals, parts[id] = append(totals, id), p
			}
			continue
		}
		var all []string
		for _, o := range ids {
			if o != id && someNotZero(cols[o]) && !others[o] {
				all = append(all, o)
			}
		}
		if !slices.ContainsFunc(all, func(o string) bool { return !slices.Contains(cands, o) }) && len(all) >= 2 && len(subsetSum(cols, all, cols[id])) == len(all) {
			p := all
			totals, parts[id] = append(totals, id), p
		}
	}
	// Each total said by the choices' columns, not by another total's,
	// where they add up to it, in the order of the header.
	for _, id := range totals {
		var cands []string
		for _, o := range parts[id] {
			if !slices.Contains(totals, o) {
				cands = append(cands, o)
			}
		}
		for _, o := range ids {
			if o != id && !slices.Contains(totals, o) && !slices.Contains(cands, o) && someNotZero(cols[o]) && !exceeds(cols[o], cols[id]) {
				cands = append(cands, o)
			}
		}
		if p := subsetSum(cols, cands, cols[id]); len(p) >= 2 {
			parts[id] = p
		}
		slices.SortFunc(parts[id], func(a, b string) int {
			return columnOf(header, m.Votes[a].Header) - columnOf(header, m.Votes[b].Header)
		})
	}
	for _, id := range totals {
		c := m.Votes[id]
		i := columnOf(header, c.Header)
		var names []string
		for _, p := range parts[id] {
			names = append(names, fmt.Sprintf("%d %q", columnOf(header, m.Votes[p].Header)+1, m.Votes[p].Header))
		}
		said := fmt.Sprintf("column %d %q is not mapped: on every row it is the sum of columns %s, a total, not a choice; map it under lines if it is a protocol line (valid, say)", i+1, c.Header, strings.Join(names, ", "))
		prefix := fmt.Sprintf("votes.%s: column %d ", id, i+1)
		if k := slices.IndexFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) }); k >= 0 {
			m.Guesses[k] = said
		} else {
			guess("%s", said)
		}
	}
	for _, id := range totals {
		delete(m.Votes, id)
	}
}

// figuresOf returns the figures of column c, row by row (an empty cell
// is 0), and false if a cell is no whole number.
func figuresOf(rows [][]string, c int) ([]int64, bool) {
	v := make([]int64, len(rows))
	for r, rec := range rows {
		s := cellAt(rec, c)
		if s == "" {
			continue
		}
		n, err := parseInt([]byte(s))
		if err != nil || n < 0 {
			return nil, false
		}
		v[r] = n
	}
	return v, true
}

func someNotZero(v []int64) bool { return slices.ContainsFunc(v, func(n int64) bool { return n != 0 }) }

// exceeds says whether a is above b on some row.
func exceeds(a, b []int64) bool {
	for r := range a {
		if a[r] > b[r] {
			return true
		}
	}
	return false
}

// subsetSum returns the first set of cands (in their order) whose
// figures add up to want on every row, or nil; it gives up after a
// bounded search, the draft being no solver.
func subsetSum(cols map[string][]int64, cands []string, want []int64) []string {
	budget := 200000
	sum := make([]int64, len(want))
	// rest[k] is the sum of cands[k:], row by row: a branch that cannot
	// reach want is cut.
	rest := make([][]int64, len(cands)+1)
	rest[len(cands)] = make([]int64, len(want))
	for k := len(cands) - 1; k >= 0; k-- {
		rest[k] = make([]int64, len(want))
		for r := range want {
			rest[k][r] = rest[k+1][r] + cols[cands[k]][r]
		}
	}
	var chosen []string
	var walk func(k int) bool
	walk = func(k int) bool {
		if budget--; budget < 0 {
			return false
		}
		if slices.Equal(sum, want) {
			return true
		}
		if k == len(cands) {
			return false
		}
		for r := range want {
			if sum[r]+rest[k][r] < want[r] {
				return false
			}
		}
		v := cols[cands[k]]
		fits := true
		for r := range want {
			if sum[r]+v[r] > want[r] {
				fits = false
				break
			}
		}
		if fits {
			for r := range want {
				sum[r] += v[r]
			}
			chosen = append(chosen, cands[k])
			if walk(k + 1) {
				return true
			}
			chosen = chosen[:len(chosen)-1]
			for r := range want {
				sum[r] -= v[r]
			}
		}
		return walk(k + 1)
	}
	if walk(0) {
		return chosen
	}
	return nil
}
