// Package totalrows finds the rows of a protocols file that are totals of
// other rows: a grand total (anywhere in the file, often the first or
// last row) or a subtotal of the rows just above it (a district's, after
// its precincts). Commissions' exports often carry them, and a count that
// takes such a row for a precinct counts its rows' votes twice.
//
// A row is a total when each of its figures (lines and votes) is the sum
// of the same figure over the rows it totals, at least two of them, and
// at least three of its figures are not zero: by chance that does not
// happen in real protocols. Rows are compared within a ballot and count
// (manual, machine). A subtotal found is not summed further, so that a
// grand total after subtotals is still found. A subtotal placed before
// its rows is not looked for.
//
// Example: the rows (valid, A, B) 10,6,4; 20,12,8; 30,18,12, in that
// order: the third is the subtotal of the first two.
package totalrows

import (
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// Total is a row found to be the total of Rows other rows, lines First to
// Last.
type Total struct {
	Line        int
	Precinct    string
	First, Last int
	Rows        int
}

// keep is how many of the largest rows are kept, as candidates for the
// grand total, per ballot and count.
const keep = 3

// Finder looks for totals among the rows of one file, given in file
// order. The zero Finder is ready.
type Finder struct {
	groups [4]*group // list and okrug ballot, manual and machine count
	found  []Total
}

// group is the rows of one ballot and count so far.
type group struct {
	all    [2][]int64 // the sum of each figure over the rows not found totals: lines, votes
	mark   [2][]int64 // all where the current block starts
	rows   int        // rows summed in all
	block  int        // rows since the last subtotal (or the start)
	first  int        // line of the block's first row
	start  int        // line of the group's first row
	second int        // line of its second row
	last   int        // line of the last row summed
	before int        // line of the row summed before the last
	big    []row      // the largest rows: candidates for the grand total
	floor  int64      // a row no larger is no candidate
	dead   bool       // a figure too large to sum: nothing is looked for
}

// row is a copy of a candidate row.
type row struct {
	line     int
	precinct string
	size     int64 // its largest figure
	e        [2][]dense.Entry
}

// bigFigure bounds the figures summed: fewer than 2^31 rows of figures
// below it in magnitude cannot leave int64.
const bigFigure = 1 << 32

// Add gives the finder the next row of the file, at line.
func (f *Finder) Add(line int, d *dense.Protocol) {
	if f == nil || d == nil {
		return
	}
	i := 0
	switch d.Ballot {
	case election.ListBallot:
	case election.OkrugBallot:
		i = 1
	default:
		return
	}
	if d.Machine {
		i += 2
	}
	g := f.groups[i]
	if g == nil {
		g = &group{}
		f.groups[i] = g
	}
	if g.dead {
		return
	}
	secs := [2][]dense.Entry{d.Lines, d.Votes}
	if g.block >= 2 && g.mayBeBlockTotal(secs) && g.isBlockTotal(secs) {
		f.found = append(f.found, Total{Line: line, Precinct: d.Precinct, First: g.first, Last: g.last, Rows: g.block})
		for s := range g.mark {
			g.mark[s] = append(g.mark[s][:0], g.all[s]...)
		}
		g.block = 0
		return
	}
	var hi, lo int64
	for s, es := range secs {
		all := g.all[s]
		for _, e := range es {
			if int(e.Pos) >= len(all) {
				g.grow(s, e.Pos)
				all = g.all[s]
			}
			all[e.Pos] += e.V
			hi, lo = max(hi, e.V), min(lo, e.V)
		}
	}
	if hi >= bigFigure || lo <= -bigFigure {
		g.dead = true
		return
	}
	switch g.rows {
	case 0:
		g.start = line
	case 1:
		g.second = line
	}
	if g.block == 0 {
		g.first = line
	}
	g.rows++
	g.block++
	g.before, g.last = g.last, line
	if hi > g.floor {
		g.consider(line, d.Precinct, hi, secs)
	}
}

// grow makes g's sums of section s hold figure pos.
func (g *group) grow(s int, pos int32) {
	for int(pos) >= len(g.all[s]) {
		g.all[s] = append(g.all[s], 0)
		g.mark[s] = append(g.mark[s], 0)
	}
}

// mayBeBlockTotal compares the row's first figure with the block's sum of
// it: most rows differ there.
func (g *group) mayBeBlockTotal(secs [2][]dense.Entry) bool {
	for s, es := range secs {
		if len(es) > 0 {
			e := es[0]
			if int(e.Pos) >= len(g.all[s]) {
				return e.V == 0
			}
			return e.V == g.all[s][e.Pos]-g.mark[s][e.Pos]
		}
	}
	return false
}

// isBlockTotal says whether the row's figures are the sums of the block's.
func (g *group) isBlockTotal(secs [2][]dense.Entry) bool {
	return matches(secs, func(s int, pos int) (int64, bool) { return g.all[s][pos] - g.mark[s][pos], true }, len(g.all[0]), len(g.all[1]))
}

// matches says whether each figure of the row equals sum(s, pos), every
// figure the row lacks has a sum of 0, and three of its figures are not 0.
// n0 and n1 are the number of positions of each section; past them a sum
// is 0. A sum that is not ok (the half of an odd sum) equals no figure.
func matches(secs [2][]dense.Entry, sum func(s, pos int) (int64, bool), n0, n1 int) bool {
	nonzero := 0
	for s, es := range secs {
		n := [2]int{n0, n1}[s]
		for _, e := range es {
			want, ok := int64(0), true
			if int(e.Pos) < n {
				want, ok = sum(s, int(e.Pos))
			}
			if !ok || e.V != want {
				return false
			}
			if e.V != 0 {
				nonzero++
			}
		}
	}
	if nonzero < 3 {
		return false
	}
	// The sums the row does not give are 0: as many non-zero sums as
	// non-zero figures in the row.
	sums := 0
	for s, n := range [2]int{n0, n1} {
		for pos := range n {
			if v, ok := sum(s, pos); !ok || v != 0 {
				sums++
			}
		}
	}
	return sums == nonzero
}

// consider keeps the row, larger than g.floor, among the keep largest.
func (g *group) consider(line int, precinct string, size int64, secs [2][]dense.Entry) {
	at := len(g.big)
	if at == keep {
		at = 0
		for i := range g.big {
			if g.big[i].size < g.big[at].size {
				at = i
			}
		}
	} else {
		g.big = append(g.big, row{})
	}
	r := &g.big[at]
	r.line, r.precinct, r.size = line, precinct, size
	for s := range secs {
		r.e[s] = append(r.e[s][:0], secs[s]...)
	}
	if len(g.big) == keep {
		g.floor = g.big[0].size
		for i := range g.big {
			g.floor = min(g.floor, g.big[i].size)
		}
	}
}

// Totals returns the totals found: the subtotals as the rows were given,
// then, per ballot and count, a row that is the total of all the others
// (half the sum of every row not found a subtotal).
func (f *Finder) Totals() []Total {
	if f == nil {
		return nil
	}
	out := append([]Total(nil), f.found...)
	for _, g := range f.groups {
		if g == nil || g.dead || g.rows < 3 {
			continue
		}
		for _, r := range g.big {
			half := func(s, pos int) (int64, bool) { return g.all[s][pos] / 2, g.all[s][pos]%2 == 0 }
			if !matches(r.e, half, len(g.all[0]), len(g.all[1])) {
				continue
			}
			first, last := g.start, g.last
			if r.line == first {
				first = g.second
			}
			if r.line == last {
				last = g.before
			}
			out = append(out, Total{Line: r.line, Precinct: r.precinct, First: first, Last: last, Rows: g.rows - 1})
			break
		}
	}
	return out
}
