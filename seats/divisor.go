package seats

import (
	"math/big"
	"math/bits"
	"slices"

	"github.com/shailoo/shailoo/internal/order"
)

// divisorCut finds the seats of a divisor method directly, with the same
// outcome as greedy (the seats, the tie at the cut, the tied value) but in
// O(lists · log lists) work and memory whatever the house: it jumps to a
// divisor, counts each list's quotients at or above it exactly, and hands
// out (or takes back) the few seats that count misses one at a time.
//
// A divisor method gives the house seats to the house highest quotients
// votes/D(s) (D(s) the divisor of a list's (s+1)-th seat). Every count
// "quotients at or above λ" is such a set of highest quotients, so starting
// from the counts at λ = total/(scale·house), which miss the house by at
// most about one seat per list, adding the highest next quotients (or taking
// back the lowest last ones) reaches the greedy's seats. The cut is then
// settled exactly as greedy settles it; order is filled only when order is
// true (the seats in the order greedy gives them, for the per-seat steps).
func divisorCut(m Method, votes []uint64, house int, wantOrder bool, tieLess func(i, j int) bool) cut[quot] {
	n := len(votes)
	c := cut[quot]{got: make([]int, n)}
	if house == 0 {
		if wantOrder {
			c.order = []int{}
		}
		return c
	}
	var total uint64
	for _, v := range votes {
		total += v // cannot overflow: the caller's votes sum to an int64
	}
	if total == 0 {
		c.short = house
		if wantOrder {
			c.order = []int{}
		}
		return c
	}
	cmp := quotCmp(m)
	claim := func(i, s int) quot { return divisorOf(m, votes[i], s) }
	for i, v := range votes {
		c.got[i] = countAt(m, v, total, house)
	}
	given := 0
	for _, g := range c.got {
		given += g // at most house + lists
	}

	// Hand out or take back the seats the jump missed, highest next
	// quotient first or lowest last quotient first. tieLess only keeps the
	// heap's order total; the cut below decides equal quotients.
	type item struct {
		k quot
		i int
	}
	higher := func(a, b item) bool {
		if d := cmp(a.k, b.k); d != 0 {
			return d > 0
		}
		return tieLess(a.i, b.i)
	}
	var h []item
	if given < house {
		for i, v := range votes {
			if v > 0 {
				h = append(h, item{claim(i, c.got[i]), i})
			}
		}
		hp := heap[item]{h, higher}
		hp.init()
		for ; given < house; given++ {
			it := hp.pop()
			c.got[it.i]++
			hp.push(item{claim(it.i, c.got[it.i]), it.i})
		}
	} else if given > house {
		for i, g := range c.got {
			if g > 0 {
				h = append(h, item{claim(i, g-1), i})
			}
		}
		hp := heap[item]{h, func(a, b item) bool { return higher(b, a) }}
		hp.init()
		for ; given > house; given-- {
			it := hp.pop()
			c.got[it.i]--
			if c.got[it.i] > 0 {
				hp.push(item{claim(it.i, c.got[it.i]-1), it.i})
			}
		}
	}

	// The cut, as greedy settles it: x is the lowest quotient seated; the
	// cut is tied when a list without a seat at x has x as its next
	// quotient, and then every list with a quotient x is tied for the seats
	// given at x.
	x, first := quot{}, true
	for i, g := range c.got {
		if g > 0 {
			if k := claim(i, g-1); first || cmp(k, x) < 0 {
				x, first = k, false
			}
		}
	}
	var at, waiting []int
	for i, g := range c.got {
		if g > 0 && cmp(claim(i, g-1), x) == 0 {
			at = append(at, i)
			continue
		}
		if votes[i] > 0 && cmp(claim(i, g), x) == 0 {
			waiting = append(waiting, i)
		}
	}
	if len(waiting) > 0 {
		for _, i := range at {
			c.got[i]--
		}
		c.tied = append(at, waiting...)
		slices.Sort(c.tied)
		c.tieSeats = len(at)
		// greedy's tied value is the quotient of the last list seated at x:
		// the seats at x go in tieLess order.
		byTie := slices.Clone(c.tied)
		slices.SortFunc(byTie, func(a, b int) int {
			if tieLess(a, b) {
				return -1
			}
			if tieLess(b, a) {
				return 1
			}
			return 0
		})
		last := byTie[c.tieSeats-1]
		c.value = claim(last, c.got[last])
	}
	if wantOrder {
		c.order = seatOrder(m, votes, c.got, tieLess)
	}
	return c
}

// seatOrder lists the seats got in the order greedy gives them: highest
// quotient first, equal quotients in tieLess order.
func seatOrder(m Method, votes []uint64, got []int, tieLess func(i, j int) bool) []int {
	type seat struct {
		k quot
		i int
	}
	var all []seat
	for i, g := range got {
		for s := range g {
			all = append(all, seat{divisorOf(m, votes[i], s), i})
		}
	}
	cmp := quotCmp(m)
	// Seats that compare equal are the same party's (tieLess orders
	// distinct parties), so any sort gives this order; order.Stable, not
	// slices.SortFunc: one sort compiled into the page's .wasm rather than
	// one per element type (issue 16).
	order.Stable(all, func(a, b seat) int {
		if d := cmp(a.k, b.k); d != 0 {
			return -d
		}
		switch {
		case tieLess(a.i, b.i):
			return -1
		case tieLess(b.i, a.i):
			return 1
		}
		return 0
	})
	order := make([]int, len(all))
	for n, s := range all {
		order[n] = s.i
	}
	return order
}

// quotCmp is the exact comparison of the quotients of m.
func quotCmp(m Method) func(x, y quot) int {
	if m == HuntingtonHill {
		return cmpSqrtQuot
	}
	return cmpRatQuot
}

// countAt is the number of quotients of a list with v votes at or above
// the divisor λ = total/(scale·house): the s with D(s) <= w, w = v/λ =
// scale·v·house/total, counted exactly in integers. The scale puts λ near
// the cut: 2 for Sainte-Laguë (divisors 1, 3, 5, ...), 1 for the others.
func countAt(m Method, v, total uint64, house int) int {
	if v == 0 {
		return 0
	}
	scale := uint64(1)
	if m == SainteLague || m == ModifiedSainteLague {
		scale = 2
	}
	// w = n/total with n = nh:nl = scale·v·house < 2^89; v <= total, so
	// every quotient below is at most scale·house+1 and fits in 64 bits.
	nh, nl := bits.Mul64(v, scale*uint64(house))
	floorW, _ := bits.Div64(nh, nl, total)
	switch m {
	case DHondt: // D(s) = s+1: floor(w)
		return int(floorW)
	case Adams: // D(s) = s, D(0) = 0: 1 + floor(w)
		return 1 + int(floorW)
	case SainteLague, ModifiedSainteLague: // D(s) = 2s+1: floor((w+1)/2)
		if m == ModifiedSainteLague {
			// D(0) = 1.4: none unless 5w >= 7, i.e. 5·n >= 7·total
			// (n < 2^89, so 5·n fits in 128 bits).
			ch, lo := bits.Mul64(nl, 5)
			th, tl := bits.Mul64(total, 7)
			if cmp128(nh*5+ch, lo, th, tl) < 0 {
				return 0
			}
		}
		lo, carry := bits.Add64(nl, total, 0)
		q, _ := bits.Div64(nh+carry, lo, 2*total)
		return int(q)
	default: // HuntingtonHill, D(s) = sqrt(s(s+1)), D(0) = 0
		// s(s+1) <= w^2 holds for every s < floor(w) and fails for every
		// s > floor(w); s = floor(w) = k is decided by k(k+1)·total^2 <= n^2.
		k := floorW
		if k == 0 {
			return 1
		}
		n := new(big.Int).Lsh(new(big.Int).SetUint64(nh), 64)
		n.Or(n, new(big.Int).SetUint64(nl))
		n.Mul(n, n)
		t := new(big.Int).SetUint64(total)
		t.Mul(t, t)
		t.Mul(t, new(big.Int).SetUint64(k*(k+1)))
		if t.Cmp(n) <= 0 {
			return int(k) + 1
		}
		return int(k)
	}
}

// heap is a binary heap whose top is the item before all others.
type heap[T any] struct {
	h      []T
	before func(a, b T) bool
}

func (p *heap[T]) init() {
	for j := len(p.h)/2 - 1; j >= 0; j-- {
		p.down(j)
	}
}

func (p *heap[T]) push(x T) {
	p.h = append(p.h, x)
	for j := len(p.h) - 1; j > 0; {
		q := (j - 1) / 2
		if !p.before(p.h[j], p.h[q]) {
			break
		}
		p.h[j], p.h[q] = p.h[q], p.h[j]
		j = q
	}
}

func (p *heap[T]) pop() T {
	top := p.h[0]
	last := len(p.h) - 1
	p.h[0] = p.h[last]
	p.h = p.h[:last]
	p.down(0)
	return top
}

func (p *heap[T]) down(j int) {
	for {
		l, r, m := 2*j+1, 2*j+2, j
		if l < len(p.h) && p.before(p.h[l], p.h[m]) {
			m = l
		}
		if r < len(p.h) && p.before(p.h[r], p.h[m]) {
			m = r
		}
		if m == j {
			return
		}
		p.h[j], p.h[m] = p.h[m], p.h[j]
		j = m
	}
}
