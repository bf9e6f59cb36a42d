package seats

import "slices"

// cut is the outcome of handing out seats one at a time to the highest
// claim: the seats given, and the tie at the cut if there is one.
type cut[K any] struct {
	got      []int // seats given per list (tied seats not included)
	order    []int // the list of each seat given, in the order given
	short    int   // seats left over because no list could take more
	tied     []int // lists tied at the cut, ascending index; nil if none
	tieSeats int   // seats the tied lists share
	value    K     // the tied claim
}

// greedy hands out seats one at a time, each to the list with the highest
// next claim. next(i, k) is the claim of list i to a (k+1)-th seat from this
// pass (claims strictly decrease in k); ok is false if list i takes no
// more. tieLess orders equal claims inside the heap only (by ID): it decides
// nothing, because equal claims at the cut are reported as a tie and undone.
//
// The cut is tied exactly when the claim x of the last seat given equals the
// claim of a list that got no seat at x: then every list whose last seat or
// next claim is x is in the tied set, and the seats given at x are taken
// back to be shared among them.
func greedy[K any](n, seats int, next func(i, k int) (K, bool), cmp func(a, b K) int, tieLess func(i, j int) bool) cut[K] {
	c := cut[K]{got: make([]int, n), order: make([]int, 0, min(seats, 1<<12))}
	type item struct {
		k K
		i int
	}
	before := func(a, b item) bool { // a pops before b
		if d := cmp(a.k, b.k); d != 0 {
			return d > 0
		}
		return tieLess(a.i, b.i)
	}
	h := make([]item, 0, n)
	push := func(it item) {
		h = append(h, it)
		for j := len(h) - 1; j > 0; {
			p := (j - 1) / 2
			if !before(h[j], h[p]) {
				break
			}
			h[j], h[p] = h[p], h[j]
			j = p
		}
	}
	pop := func() item {
		top := h[0]
		last := len(h) - 1
		h[0] = h[last]
		h = h[:last]
		for j := 0; ; {
			l, r, m := 2*j+1, 2*j+2, j
			if l < len(h) && before(h[l], h[m]) {
				m = l
			}
			if r < len(h) && before(h[r], h[m]) {
				m = r
			}
			if m == j {
				break
			}
			h[j], h[m] = h[m], h[j]
			j = m
		}
		return top
	}
	for i := range n {
		if k, ok := next(i, 0); ok {
			push(item{k, i})
		}
	}
	for len(c.order) < seats && len(h) > 0 {
		it := pop()
		c.got[it.i]++
		c.order = append(c.order, it.i)
		if k, ok := next(it.i, c.got[it.i]); ok {
			push(item{k, it.i})
		}
	}
	if len(c.order) < seats {
		c.short = seats - len(c.order)
		return c
	}
	if seats == 0 {
		return c
	}
	last := c.order[len(c.order)-1]
	x, _ := next(last, c.got[last]-1)
	var at, waiting []int
	for i := range n {
		if c.got[i] > 0 {
			if k, _ := next(i, c.got[i]-1); cmp(k, x) == 0 {
				at = append(at, i)
				continue
			}
		}
		if k, ok := next(i, c.got[i]); ok && cmp(k, x) == 0 {
			waiting = append(waiting, i)
		}
	}
	if len(waiting) == 0 {
		return c
	}
	for _, i := range at {
		c.got[i]--
	}
	c.order = c.order[:len(c.order)-len(at)]
	c.tied = append(at, waiting...)
	slices.Sort(c.tied)
	c.tieSeats = len(at)
	c.value = x
	return c
}
