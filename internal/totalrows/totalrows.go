// Package totalrows finds the rows of a protocols file that are totals of
// other rows: a grand total (anywhere in the file, often the first or last
// row) and subtotals after their rows, at any number of levels (each
// district's after its precincts, each region's after its districts).
// Commissions' exports often carry them, and a count that takes such a
// row for a precinct counts its rows' votes twice or more.
//
// A row is a subtotal when each of its figures (lines and votes: a
// district where only two parties got votes has no third vote to go by)
// is the sum of the same figure over
// the rows since the file's start, its first
// row, or an earlier total (two rows or more, or one row of another
// precinct: a district of one precinct); at least three of its
// figures are not 0, which by chance does not happen in real protocols.
// At the end, a row that the sum of all the other rows is k times over
// (k from 2 to maxTimes) is a grand total: k = 2 when every other total
// was found, more when the file holds totals not found (a subtotal placed
// before its rows is not looked for itself), so that such a file is never
// counted silently. Rows are compared within a ballot and count (manual,
// machine). A total found is not summed further.
//
// Example: the rows (valid, A, B) 10,6,4; 20,12,8; 30,18,12, in that
// order: the third is the subtotal of the first two.
package totalrows

import (
	"slices"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// Total is a row found to be a total. Times is 0 for the total of Rows
// rows, lines First to Last (the other rows of that range); k >= 3 when
// the sum of the Rows other rows of the file, lines First to Last, is k
// times the row (the file holds totals at k-1 levels).
type Total struct {
	Line        int
	Precinct    string
	First, Last int
	Rows        int
	Times       int
}

const (
	keep     = 3 // the largest rows kept per ballot and count, candidates for the grand total
	maxTimes = 8 // the most levels of totals a grand total is looked for under
)

// Finder looks for totals among the rows of one file, given in file
// order. The zero Finder is ready.
type Finder struct {
	groups [4]*group // list and okrug ballot, manual and machine count
	found  []Total
}

// group is the rows of one ballot and count so far.
type group struct {
	all      [2][]int64 // the sum of each figure compared over the rows not found totals: lines, votes
	key      int64      // the sum of all's figures (wrapping: a key, not a figure)
	rows     int        // rows summed in all
	snaps    []snap     // where a block of rows may start: the start, after the first row, after each total
	byKey    map[int64][]int32
	start    int    // line of the group's first row
	second   int    // line of its second row
	last     int    // line of the last row summed
	before   int    // line of the row summed before the last
	lastID   string // precinct of the last row summed
	big      []row  // the largest rows: candidates for the grand total
	floor    int64  // a row no larger is no candidate
	dead     bool   // a figure too large to sum: nothing is looked for
	negative bool   // a figure below 0 was summed: keys are not in order
}

// snap is all at a place where a block of rows may start.
type snap struct {
	sum   [2][]int64
	rows  int   // rows summed before it
	key   int64 // the group's key there
	first int   // line of the first row summed after it; 0: none yet
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

// Add gives the finder the next row of the file, at line. A row that
// cannot be a total (its precinct is one the definition lists) is only
// summed.
func (f *Finder) Add(line int, d *dense.Protocol, mayBeTotal bool) {
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
		g = &group{byKey: map[int64][]int32{}}
		g.snap() // the start
		f.groups[i] = g
	}
	if g.dead {
		return
	}
	secs := [2][]dense.Entry{d.Lines, d.Votes}
	sum, hi, lo := g.add(secs, 1)
	if hi >= bigFigure || lo <= -bigFigure {
		g.dead = true
		return
	}
	g.negative = g.negative || lo < 0
	// A total's figures add up to a block's, which is at least the block
	// since the last place a block may start when no figure is negative:
	// most rows are smaller, and are not looked up.
	if mayBeTotal && g.rows >= 2 && (g.negative || sum >= g.key-sum-g.snaps[len(g.snaps)-1].key) {
		g.add(secs, -1)
		if s := g.blockOf(secs, sum, d.Precinct); s != nil {
			f.found = append(f.found, Total{Line: line, Precinct: d.Precinct, First: s.first, Last: g.last, Rows: g.rows - s.rows})
			g.snap()
			return
		}
		g.add(secs, 1)
	}
	for j := len(g.snaps) - 1; j >= 0 && g.snaps[j].first == 0; j-- {
		g.snaps[j].first = line
	}
	switch g.rows {
	case 0:
		g.start = line
	case 1:
		g.second = line
	}
	g.rows++
	g.before, g.last, g.lastID = g.last, line, d.Precinct
	if g.rows == 1 {
		g.snap() // after the first row: a grand total there does not hide the blocks after it
	}
	if mayBeTotal && hi > g.floor {
		g.consider(line, d.Precinct, hi, secs)
	}
}

// add adds the row's figures, times sign (1 or -1), to g's sums, and
// returns their sum, largest and smallest.
func (g *group) add(secs [2][]dense.Entry, sign int64) (sum, hi, lo int64) {
	for s, es := range secs {
		all := g.all[s]
		for _, e := range es {
			if int(e.Pos) >= len(all) {
				all = append(all, make([]int64, int(e.Pos)+1-len(all))...)
				g.all[s] = all
			}
			all[e.Pos] += sign * e.V
			sum += e.V
			hi, lo = max(hi, e.V), min(lo, e.V)
		}
	}
	g.key += sign * sum
	return sum, hi, lo
}

// snap marks the place after the rows summed so far as one where a block
// may start.
func (g *group) snap() {
	s := snap{rows: g.rows, key: g.key}
	for i := range g.all {
		s.sum[i] = slices.Clone(g.all[i])
	}
	g.byKey[g.key] = append(g.byKey[g.key], int32(len(g.snaps)))
	g.snaps = append(g.snaps, s)
}

// blockOf returns the place whose block of rows, up to now, the row of
// precinct id totals: the latest with the sum of the row's figures and
// each figure equal, two rows or more before, or one row of another
// precinct (a district of one precinct: without its subtotal found, no
// later block would start in the right place).
func (g *group) blockOf(secs [2][]dense.Entry, sum int64, id string) *snap {
	at := g.byKey[g.key-sum]
	for j := len(at) - 1; j >= 0; j-- {
		s := &g.snaps[at[j]]
		n := g.rows - s.rows
		if (n >= 2 || (n == 1 && id != g.lastID)) && matches(secs, func(sec, pos int) (int64, bool) {
			var before int64
			if pos < len(s.sum[sec]) {
				before = s.sum[sec][pos]
			}
			return g.all[sec][pos] - before, true
		}, len(g.all[0]), len(g.all[1])) {
			return s
		}
	}
	return nil
}

// matches says whether each figure of the row equals sum(s, pos), every
// figure the row lacks has a sum of 0, and three of its figures are not 0.
// n0 and n1 are the number of positions of each section; past them a sum
// is 0. A sum that is not ok (a sum k times over that k does not divide)
// equals no figure.
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
// then, per ballot and count, a row that the sum of every row not found a
// subtotal is k times over (2 <= k <= maxTimes).
func (f *Finder) Totals() []Total {
	if f == nil {
		return nil
	}
	out := append([]Total(nil), f.found...)
	for _, g := range f.groups {
		if g == nil || g.dead || g.rows < 3 {
			continue
		}
	rows:
		for _, r := range g.big {
			for k := int64(2); k <= maxTimes; k++ {
				part := func(s, pos int) (int64, bool) { return g.all[s][pos] / k, g.all[s][pos]%k == 0 }
				if !matches(r.e, part, len(g.all[0]), len(g.all[1])) {
					continue
				}
				first, last := g.start, g.last
				if r.line == first {
					first = g.second
				}
				if r.line == last {
					last = g.before
				}
				t := Total{Line: r.line, Precinct: r.precinct, First: first, Last: last, Rows: g.rows - 1}
				if k > 2 {
					t.Times = int(k)
				}
				out = append(out, t)
				break rows
			}
		}
	}
	return out
}
