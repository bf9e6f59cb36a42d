// Package totalrows finds the rows of a protocols file that are totals of
// other rows: a grand total (anywhere in the file, often the first or last
// row), subtotals after their rows and subtotals before their rows, at
// any number of levels (each district's after its precincts, each
// region's after its districts; or each region's row, then each of its
// districts' rows, each before its precincts). Commissions' exports often
// carry them, and a count that takes such a row for a precinct counts its
// rows' votes twice or more.
//
// A row is a subtotal when each of its figures (lines and votes: a
// district where only two parties got votes has no third vote to go by)
// is the sum of the same figure over a block of rows, and at least three
// of its figures are not 0, which by chance does not happen in real
// protocols. After its rows, the block is the rows since the file's
// start, its first row, or an earlier total found after its rows (two
// rows or more, or one row of another precinct: a district of one
// precinct). Before its rows, the block is the rows after it up to the
// next row that is no longer its part (two rows or more), the totals
// found inside it left out: the last block that matched before the sum of
// the rows after it passed its figures, or the file's end.
//
// A row is followed as a total before its rows only while it may still be
// one, so that few are followed at once and a row costs little more than
// a comparison with the row before it: its block's first row is no
// larger in any figure, and, while no figure is below 0, the sum of the
// rows after it never decreases, so that it is over for good once that
// sum, less the rows after it that may be totals inside it (each no
// larger in any figure), passes its own. A figure below 0 ends the search for totals before
// their rows in its ballot and count (the sums are no longer in order):
// the blocks already matched are reported, and the other checks go on.
//
// At the end, a row that the sum of every row not found a total is k
// times over (k from 2 to maxTimes) is a grand total: k = 2 when every
// other total was found, more when the file holds totals not found, so
// that such a file is never counted silently. Rows are compared within a
// ballot and count (manual, machine). A total found is not summed
// further.
//
// A row whose name says it is a total ("Total", "Итого": AddNamed) is
// checked with one figure not 0 enough: a county's total of a race of two
// candidates has two figures, and its name says what it is. Such a row
// that totals no rows is said too (Counted): it is counted as a precinct.
//
// Example: the rows (valid, A, B) 10,6,4; 20,12,8; 30,18,12, in that
// order: the third is the subtotal of the first two. In the order 30,18,12;
// 10,6,4; 20,12,8 the first is the subtotal of the two after it.
package totalrows

import (
	"slices"
	"sort"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// Total is a row found to be a total. Times is 0 for the total of Rows
// rows, lines First to Last (the other rows of that range that are not
// totals); k >= 3 when the sum of every row not found a total, this one
// too, is k times the row: the sum of the Rows other rows, lines First to
// Last, is k-1 times it (the file holds totals at k-1 levels, this one's
// too). Ballot and Machine say whose sums the row is in when it is
// counted as a precinct: its ballot and count.
type Total struct {
	Line        int
	Precinct    string
	First, Last int
	Rows        int
	Times       int
	Ballot      election.BallotKind
	Machine     bool
	// Row is the row's figures, for a row Counted gives: the count
	// compares them with its region's and okrug's sums, which a file
	// sorted by candidate (a long file's rows of a county far apart) makes
	// no block of rows.
	Row *dense.Protocol
}

const (
	keep     = 3  // the largest rows kept per ballot and count, candidates for the grand total
	maxTimes = 8  // the most levels of totals a grand total is looked for under
	maxOpen  = 32 // the most rows followed at once as totals before their rows; past it, the earliest is let go
)

// Finder looks for totals among the rows of one file, given in file
// order. The zero Finder is ready.
type Finder struct {
	groups [4]*group // list and okrug ballot, manual and machine count
	found  []Total
	ended  bool // the rows followed as totals before their rows are settled
	bufs   [2]dense.Protocol
	turn   int     // the buffer of bufs Next gave last
	named  []Total // the rows AddNamed gave
}

// Next returns a Protocol to load the next row into and give to Add, so
// that the finder keeps that row's figures until the row after it without
// copying them (a row is copied once it is followed as a total before
// its rows, and when its buffer is given out again). The caller changes no Protocol Next gave
// but the last.
func (f *Finder) Next() *dense.Protocol {
	if f == nil {
		return new(dense.Protocol)
	}
	f.turn ^= 1
	b := &f.bufs[f.turn]
	for _, g := range f.groups {
		if g != nil && g.prev.from == b {
			g.prev.own()
		}
	}
	return b
}

// group is the rows of one ballot and count so far.
type group struct {
	ballot   election.BallotKind
	machine  bool
	all      [2][]int64 // the sum of each figure compared over the rows not found totals: lines, votes
	key      int64      // the sum of all's figures (wrapping: a key, not a figure)
	rows     int        // rows summed in all
	snaps    []snap     // where a block of rows may start: the start, after the first row, after each total after its rows
	byKey    map[int64][]int32
	start    int    // line of the group's first row summed
	last     int    // line of the last row summed
	lastID   string // precinct of the last row summed
	big      []row  // the largest rows: candidates for the grand total
	noNext   bool   // a row of big lacks its next
	floor    int64  // a row no larger is no candidate
	dead     bool   // a figure too large to sum: nothing is looked for
	negative bool   // a figure below 0 was summed: keys are not in order

	open    []*cand    // rows that may still be the total of the rows after them, oldest first
	prev    cand       // the last row summed, followed once the next row is no larger in any figure
	order   []figureAt // the figures below tries, those that most often tell rows apart first
	orderOf [2]int     // the number of figures of each section order is of
	spare   []*cand    // cands to reuse
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
	line       int
	prev, next int // lines of the rows summed before and after it; 0: none (yet)
	precinct   string
	size       int64 // its largest figure
	least      int   // the figures not 0 it needs to be a total
	e          [2][]dense.Entry
}

// cand is a row that may be the total of the rows after it.
type cand struct {
	line, prev, first int // its line, those of the rows summed before and after it
	precinct          string
	e                 [2][]dense.Entry
	sum               int64            // the sum of its figures
	key0              int64            // the group's key after it was summed
	rows              int              // the group's rows after it was summed
	pre               [2][]int64       // the group's sums after it was summed, once thin is false
	thin              bool             // pre not taken yet: the rows after it are the group's last two
	ok                bool             // it may be a total: no precinct the definition lists (least figures not 0: checked once followed)
	least             int              // the figures not 0 it needs to be a total: 3, or 1 for a row named a total
	tentLast          int              // the last line of the latest block it was found to total; 0: none
	tentRows          int              // the rows of that block
	state             int8             // pending (0), followed (1), spare (2)
	from              *dense.Protocol  // the buffer of Next that e is, for the row before: nil when e is c's
	kept              [2][]dense.Entry // its own storage for e, of the row before
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
	f.add(line, d, mayBeTotal, 3)
}

// AddNamed is Add for a row whose name says it is a total ("Total",
// "Итого"): a total with one figure not 0 (a total of a race of two
// candidates has two, of one one), and said by Counted when it totals no
// rows.
func (f *Finder) AddNamed(line int, d *dense.Protocol) {
	if f == nil || d == nil {
		return
	}
	f.named = append(f.named, Total{Line: line, Precinct: d.Precinct, Ballot: d.Ballot, Machine: d.Machine, Row: d.Clone()})
	f.add(line, d, true, 1)
}

func (f *Finder) add(line int, d *dense.Protocol, mayBeTotal bool, least int) {
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
		g = &group{byKey: map[int64][]int32{}, ballot: d.Ballot, machine: d.Machine}
		g.snap() // the start
		f.groups[i] = g
	}
	if g.dead {
		return
	}
	secs := [2][]dense.Entry{d.Lines, d.Votes}
	sum, hi, lo := g.addRow(secs)
	if hi >= bigFigure || lo <= -bigFigure {
		g.dead = true
		return
	}
	g.negative = g.negative || lo < 0
	// A total's figures add up to a block's, which is at least the block
	// since the last place a block may start when no figure is negative:
	// most rows are smaller, and are not looked up.
	// A row named a total may total the one row before it (a file of one
	// precinct and its total: blockOf takes one row of another precinct).
	if mayBeTotal && (g.rows >= 2 || g.rows == 1 && least < 3) && (g.negative || sum >= g.key-sum-g.snaps[len(g.snaps)-1].key) {
		g.add(secs, -1)
		if s := g.blockOf(secs, sum, d.Precinct, least); s != nil {
			f.found = append(f.found, Total{Line: line, Precinct: d.Precinct, First: s.first, Last: g.last, Rows: g.rows - s.rows, Ballot: g.ballot, Machine: g.machine})
			g.snap()
			return
		}
		g.add(secs, 1)
	}
	for j := len(g.snaps) - 1; j >= 0 && g.snaps[j].first == 0; j-- {
		g.snaps[j].first = line
	}
	if g.rows == 0 {
		g.start = line
	}
	g.rows++
	before := g.last
	g.last, g.lastID = line, d.Precinct
	if g.noNext {
		for j := range g.big {
			if g.big[j].next == 0 {
				g.big[j].next = line
			}
		}
		g.noNext = false
	}
	if g.rows == 1 {
		g.snap() // after the first row: a grand total there does not hide the blocks after it
	}
	if mayBeTotal && hi > g.floor {
		g.consider(line, before, d.Precinct, hi, secs, least)
	}
	from := d
	if d != &f.bufs[0] && d != &f.bufs[1] {
		from = nil
	}
	g.ahead(f, line, before, d.Precinct, &secs, sum, mayBeTotal, least, from)
}

// addRow adds the row's figures to g's sums, and returns their sum,
// largest and smallest: add(secs, 1), in one loop per section without a
// multiplication per figure (every row of a file comes here).
func (g *group) addRow(secs [2][]dense.Entry) (sum, hi, lo int64) {
	for s, es := range secs {
		all := g.all[s]
		for _, e := range es {
			if int(e.Pos) >= len(all) {
				all = append(all, make([]int64, int(e.Pos)+1-len(all))...)
				g.all[s] = all
			}
			all[e.Pos] += e.V
			sum += e.V
			hi, lo = max(hi, e.V), min(lo, e.V)
		}
	}
	g.key += sum
	return sum, hi, lo
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
func (g *group) blockOf(secs [2][]dense.Entry, sum int64, id string, least int) *snap {
	at := g.byKey[g.key-sum]
	for j := len(at) - 1; j >= 0; j-- {
		s := &g.snaps[at[j]]
		n := g.rows - s.rows
		if (n >= 2 || (n == 1 && id != g.lastID)) && matches(secs, func(sec, pos int) (int64, bool) {
			return g.all[sec][pos] - at64(s.sum[sec], pos), true
		}, len(g.all[0]), len(g.all[1]), least) {
			return s
		}
	}
	return nil
}

// at64 is v[i], 0 past its end.
func at64(v []int64, i int) int64 {
	if i < len(v) {
		return v[i]
	}
	return 0
}

// matches says whether each figure of the row equals sum(s, pos), every
// figure the row lacks has a sum of 0 (but for a row named a total: least
// below 3), and least of its figures are not 0.
// n0 and n1 are the number of positions of each section; past them a sum
// is 0. A sum that is not ok (a sum k times over that k does not divide)
// equals no figure.
func matches(secs [2][]dense.Entry, sum func(s, pos int) (int64, bool), n0, n1, least int) bool {
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
	if nonzero < least {
		return false
	}
	if least < 3 {
		// A row named a total (AddNamed): its name says what it is, and a
		// figure it lacks is one the file does not give it (a long file
		// cut before its other choices' total rows), not a 0.
		return true
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

// consider keeps the row, larger than g.floor, among the keep largest;
// before is the line of the row summed before it.
func (g *group) consider(line, before int, precinct string, size int64, secs [2][]dense.Entry, least int) {
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
	r.line, r.prev, r.next, r.precinct, r.size, r.least = line, before, 0, precinct, size, least
	g.noNext = true
	for s := range secs {
		r.e[s] = append(r.e[s][:0], secs[s]...)
	}
	g.setFloor()
}

func (g *group) setFloor() {
	g.floor = 0
	if len(g.big) == keep {
		g.floor = g.big[0].size
		for i := range g.big {
			g.floor = min(g.floor, g.big[i].size)
		}
	}
}

// ahead follows the row summed before this one, at line (before: the
// line of the row summed before it), as a total of the rows after it, and
// settles the rows followed so far against this one. ok says whether this
// row may be a total, with least figures not 0.
func (g *group) ahead(f *Finder, line, before int, id string, secs *[2][]dense.Entry, sum int64, ok bool, least int, from *dense.Protocol) {
	if g.negative {
		g.settle(f, false)
		return
	}
	// The row before is followed when this row, the first of its block,
	// is no larger in any figure: a total's rows, and the totals inside
	// it, are each no larger than it.
	y := &g.prev
	admit := bit(y.ok)&bit(y.sum >= sum) != 0 && g.below(&y.e, secs) && nonzero(y.e) >= y.least
	if admit || len(g.open) > 0 {
		g.follow(f, admit, line, before, secs, sum, ok)
	}
	y.line, y.prev, y.precinct, y.sum, y.ok, y.key0, y.rows, y.least = line, before, id, sum, ok, g.key, g.rows, least
	if from != nil {
		y.e, y.from = *secs, from // the caller's, kept until Next gives from out again
		return
	}
	for s := range secs {
		y.kept[s] = append(y.kept[s][:0], secs[s]...)
	}
	y.e, y.from = y.kept, nil
}

// follow follows the row before (admit), and settles the rows followed so
// far against the row just summed (cur, at line; ok: it may be a total).
func (g *group) follow(f *Finder, admit bool, line, before int, cur *[2][]dense.Entry, sum int64, ok bool) {
	y := &g.prev
	ye, secs := y.e, *cur
	var fresh *cand
	if admit {
		fresh = g.newCand()
		if y.from != nil {
			for s := range y.e {
				fresh.e[s] = append(fresh.e[s][:0], y.e[s]...)
			}
		} else {
			fresh.e, y.kept = y.kept, fresh.e // ye stays as it is: fresh's now
			y.e = y.kept
		}
		fresh.line, fresh.prev, fresh.precinct, fresh.sum, fresh.key0, fresh.rows, fresh.least = y.line, y.prev, y.precinct, y.sum, y.key0, y.rows, y.least
		fresh.first, fresh.thin, fresh.state = line, true, 1
		if len(g.open) == maxOpen {
			g.free(g.open[0])
			g.open = append(g.open[:0], g.open[1:]...)
		}
		g.open = append(g.open, fresh)
	}
	for i := len(g.open) - 1; i >= 0; i-- {
		c := g.open[i]
		if c == fresh {
			continue // one row after it: no total yet, and no larger
		}
		raw := g.key - c.key0
		if raw > c.sum && !g.covered(i, c, raw, secs, sum, ok) {
			// Over: a total if the rows before this one matched it, or
			// the latest block that did.
			last, rows := 0, 0
			if n := g.rows - 1 - c.rows; n >= 2 && raw-sum == c.sum {
				if c.thin {
					g.takePre(c, ye, secs)
				}
				if g.blockMatches(c, secs) {
					last, rows = before, n
				}
			}
			if last == 0 && c.tentLast > 0 {
				last, rows = c.tentLast, c.tentRows
			}
			g.open = append(g.open[:i], g.open[i+1:]...)
			if last > 0 {
				g.confirm(f, c, i, last, rows)
			}
			g.free(c)
			continue
		}
		if c.thin {
			g.takePre(c, ye, secs)
		}
		if n := g.rows - c.rows; raw == c.sum && n >= 2 && g.blockMatches(c, [2][]dense.Entry{}) {
			c.tentLast, c.tentRows = line, n
		} else if raw-sum == c.sum && n-1 >= 2 && c.tentLast < before && g.blockMatches(c, secs) {
			// A total inside it, found just now, left its block matched
			// up to the row before.
			c.tentLast, c.tentRows = before, n-1
		}
	}
}

// own copies the figures c borrows from a buffer of Next into its own.
func (c *cand) own() {
	for s := range c.e {
		c.kept[s] = append(c.kept[s][:0], c.e[s]...)
	}
	c.e, c.from = c.kept, nil
}

// covered says whether c, over its figures' sum by raw less it, may yet
// be a total: when the rows after it that may be totals inside it (each no
// larger than it in any figure, and may be a total) make up the excess.
// cur is the row just summed, of figures' sum sum; ok: it may be a total.
func (g *group) covered(i int, c *cand, raw int64, cur [2][]dense.Entry, sum int64, ok bool) bool {
	over := raw - c.sum
	var all int64
	for _, d := range g.open[i+1:] {
		if d.sum <= c.sum {
			all += d.sum
		}
	}
	ok = ok && sum <= c.sum
	if ok {
		all += sum
	}
	if all < over {
		return false
	}
	for _, d := range g.open[i+1:] {
		if d.sum <= c.sum && holds(c.e, d.e) {
			over -= d.sum
		}
	}
	if ok && holds(c.e, cur) {
		over -= sum
	}
	return over <= 0
}

// holds says whether each of d's figures is at most c's.
func holds(c, d [2][]dense.Entry) bool {
	for s := range d {
		for k, e := range d[s] {
			if e.V > figure(c[s], k, e.Pos) {
				return false
			}
		}
	}
	return true
}

// below says whether each figure of d is at most y's, as holds, trying
// first the figures that most often told two rows of the file apart (the
// rows of a file differ most in a few figures: a larger row by the sum of
// its figures is smaller in one of those).
func (g *group) below(y, d *[2][]dense.Entry) bool {
	if g.orderOf != [2]int{len(d[0]), len(d[1])} {
		g.order, g.orderOf = g.order[:0], [2]int{len(d[0]), len(d[1])}
		for s := range d {
			for k := range d[s] {
				g.order = append(g.order, figureAt{s: int32(s), k: int32(k)})
			}
		}
	}
	for i := range g.order {
		o := &g.order[i]
		e := d[o.s][o.k]
		if e.V > figure(y[o.s], int(o.k), e.Pos) {
			if o.told++; o.told&255 == 0 {
				sort.SliceStable(g.order, func(i, j int) bool { return g.order[i].told > g.order[j].told })
			}
			return false
		}
	}
	return true
}

// figureAt is a figure of the rows of a file, by section and index, and
// how many times it told two rows apart.
type figureAt struct {
	s, k int32
	told uint32
}

// nonzero is the number of figures of e that are not 0.
func nonzero(e [2][]dense.Entry) int {
	n := 0
	for s := range e {
		for _, x := range e[s] {
			if x.V != 0 {
				n++
			}
		}
	}
	return n
}

func bit(b bool) int {
	if b {
		return 1
	}
	return 0
}

// figure is the figure at pos of es, where the rows of one file give it
// at index k; 0 when es lacks it.
func figure(es []dense.Entry, k int, pos int32) int64 {
	if k < len(es) && es[k].Pos == pos {
		return es[k].V
	}
	for _, e := range es {
		if e.Pos == pos {
			return e.V
		}
	}
	return 0
}

// takePre fills c.pre: the group's sums less the two rows after c, y and
// cur.
func (g *group) takePre(c *cand, y, cur [2][]dense.Entry) {
	for s := range g.all {
		c.pre[s] = append(c.pre[s][:0], g.all[s]...)
		for _, r := range [2][]dense.Entry{y[s], cur[s]} {
			for _, e := range r {
				c.pre[s][e.Pos] -= e.V
			}
		}
	}
	c.thin = false
}

// blockMatches says whether c's figures are the sums of the rows after
// it, less the last one, cur (none: no row left out).
func (g *group) blockMatches(c *cand, cur [2][]dense.Entry) bool {
	return matches(c.e, func(s, pos int) (int64, bool) {
		return g.all[s][pos] - at64(c.pre[s], pos) - figure(cur[s], pos, int32(pos)), true
	}, len(g.all[0]), len(g.all[1]), c.least)
}

// confirm records c, followed at g.open[i] until just now, as the total
// of rows rows, its block ending at line last, and takes it out of the
// sums: the rows followed inside its block are let go, the sums and
// places after it lose its figures, and what named its line names its
// block's first row (or the row before it) instead.
func (g *group) confirm(f *Finder, c *cand, i, last, rows int) {
	f.found = append(f.found, Total{Line: c.line, Precinct: c.precinct, First: c.first, Last: last, Rows: rows, Ballot: g.ballot, Machine: g.machine})
	less := func(sums *[2][]int64) {
		for s, es := range c.e {
			for _, e := range es {
				if int(e.Pos) < len(sums[s]) {
					sums[s][e.Pos] -= e.V
				}
			}
		}
	}
	j := i
	for _, d := range g.open[i:] {
		if d.line <= last {
			g.free(d)
			continue
		}
		d.key0 -= c.sum
		d.rows--
		if !d.thin {
			less(&d.pre)
		}
		g.open[j] = d
		j++
	}
	g.open = g.open[:j]
	// The rows followed before c: a block that held c as a row matched
	// no longer; one that ends where c's does may match now, its sums
	// there c's sums after it (c less, its rows more, by the same).
	end, endRows := c.key0, c.rows-1+rows
	for _, d := range g.open[:i] {
		if d.tentLast >= c.line {
			d.tentLast = 0
		}
		if d.first == c.line {
			d.first = c.first
		}
		if n := endRows - d.rows; d.tentLast < last && !d.thin && end-d.key0 == d.sum && n >= 2 && matches(d.e, func(s, pos int) (int64, bool) {
			return at64(c.pre[s], pos) - at64(d.pre[s], pos), true
		}, len(g.all[0]), len(g.all[1]), d.least) {
			d.tentLast, d.tentRows = last, n
		}
	}
	for k := range g.snaps {
		s := &g.snaps[k]
		if s.first == c.line {
			s.first = c.first
		}
		if s.rows < c.rows {
			continue
		}
		at := g.byKey[s.key]
		at = slices.DeleteFunc(at, func(x int32) bool { return x == int32(k) })
		if len(at) == 0 {
			delete(g.byKey, s.key)
		} else {
			g.byKey[s.key] = at
		}
		less(&s.sum)
		s.key -= c.sum
		s.rows--
		at = append(g.byKey[s.key], int32(k))
		slices.Sort(at)
		g.byKey[s.key] = at
	}
	less(&g.all)
	g.key -= c.sum
	g.rows--
	if g.start == c.line {
		g.start = c.first
	}
	g.big = slices.DeleteFunc(g.big, func(r row) bool { return r.line == c.line })
	for k := range g.big {
		r := &g.big[k]
		if r.next == c.line {
			r.next = c.first
		}
		if r.prev == c.line {
			r.prev = c.prev
		}
	}
	g.setFloor()
}

// settle ends the following of rows as totals before their rows: each is
// a total of the rows after it up to the end (atEnd) or of the latest
// block it was found to total.
func (g *group) settle(f *Finder, atEnd bool) {
	for i := len(g.open) - 1; i >= 0; i-- {
		c := g.open[i]
		g.open = g.open[:i]
		last, rows := 0, 0
		if n := g.rows - c.rows; atEnd && !c.thin && n >= 2 && g.key-c.key0 == c.sum && g.blockMatches(c, [2][]dense.Entry{}) {
			last, rows = g.last, n
		} else if c.tentLast > 0 {
			last, rows = c.tentLast, c.tentRows
		}
		if last > 0 {
			g.confirm(f, c, i, last, rows)
		}
		g.free(c)
	}
	g.prev.ok = false
}

func (g *group) newCand() *cand {
	if n := len(g.spare); n > 0 {
		c := g.spare[n-1]
		g.spare = g.spare[:n-1]
		c.state, c.thin, c.tentLast, c.tentRows = 0, false, 0, 0
		return c
	}
	return &cand{}
}

func (g *group) free(c *cand) {
	if c.state != 2 {
		c.state = 2
		g.spare = append(g.spare, c)
	}
}

// Totals returns the totals found: the subtotals in the order of their
// lines, then,
// per ballot and count, a row that the sum of every row not found a
// subtotal is k times over (2 <= k <= maxTimes). No row is to be added
// after it.
func (f *Finder) Totals() []Total {
	if f == nil {
		return nil
	}
	if !f.ended {
		f.ended = true
		for _, g := range f.groups {
			if g != nil && !g.dead {
				g.settle(f, true)
			}
		}
	}
	out := append([]Total(nil), f.found...)
	// sort.SliceStable rather than slices.SortStableFunc: one sort in the
	// page's .wasm rather than one per element type
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	for _, g := range f.groups {
		if g == nil || g.dead || g.rows < 3 {
			continue
		}
	rows:
		for _, r := range g.big {
			for k := int64(2); k <= maxTimes; k++ {
				part := func(s, pos int) (int64, bool) { return g.all[s][pos] / k, g.all[s][pos]%k == 0 }
				if !matches(r.e, part, len(g.all[0]), len(g.all[1]), r.least) {
					continue
				}
				first, last := g.start, g.last
				if r.line == first {
					first = r.next
				}
				if r.line == last {
					last = r.prev
				}
				t := Total{Line: r.line, Precinct: r.precinct, First: first, Last: last, Rows: g.rows - 1, Ballot: g.ballot, Machine: g.machine}
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

// Counted returns the rows AddNamed gave that are no total found (Totals):
// rows whose name says total, counted as precincts, each with its figures
// (Row). No row is to be added after it.
func (f *Finder) Counted() []Total {
	if f == nil || len(f.named) == 0 {
		return nil
	}
	found := map[int]bool{}
	for _, t := range f.Totals() {
		found[t.Line] = true
	}
	var out []Total
	for _, t := range f.named {
		if !found[t.Line] {
			out = append(out, t)
		}
	}
	return out
}
