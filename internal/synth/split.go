package synth

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
)

// NewRand returns the generator synth uses everywhere: PCG seeded with
// (seed, stream). Independent parts of a dataset take different streams so
// that changing one part leaves the others byte-identical.
func NewRand(seed, stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, stream))
}

// between returns a uniform integer in [lo, hi].
func between(r *rand.Rand, lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	return lo + r.Int64N(hi-lo+1)
}

// Split divides total into len(weights) parts proportional to weights by
// largest remainders: each part gets the integer part of total*w/W (W the
// sum of the weights, computed exactly in 128 bits), and the units left go
// one each to the largest remainders, ties to the lower index. The parts
// sum to total exactly. Weights must be non-negative and, when total > 0,
// not all zero.
func Split(total int64, weights []int64) ([]int64, error) {
	out := make([]int64, len(weights))
	var s splitter
	return out, s.split(out, total, weights)
}

// SplitCapped is Split with an upper bound per part: a part whose share
// would exceed its cap gets the cap and the rest is split again among the
// others. It fails with ErrInfeasible when the caps of the parts with a
// positive weight add up to less than total.
func SplitCapped(total int64, weights, caps []int64) ([]int64, error) {
	if len(caps) != len(weights) {
		return nil, fmt.Errorf("%w: %d weights, %d caps", ErrInfeasible, len(weights), len(caps))
	}
	out := make([]int64, len(weights))
	var s splitter
	return out, s.splitCapped(out, total, weights, caps)
}

// splitter holds the scratch space of Split so that hot loops allocate
// nothing.
type splitter struct {
	rem []uint64
	idx []int
	w   []int64
	tmp []int64
}

func (s *splitter) split(dst []int64, total int64, w []int64) error {
	if total < 0 {
		clear(dst)
		return fmt.Errorf("%w: negative total %d", ErrInfeasible, total)
	}
	var sum uint64
	for _, x := range w {
		if x < 0 {
			clear(dst)
			return fmt.Errorf("%w: negative weight %d", ErrInfeasible, x)
		}
		// sum <= 2^63 and x < 2^63: the sum cannot wrap
		if sum += uint64(x); sum > 1<<63 {
			clear(dst)
			return fmt.Errorf("%w: weights overflow", ErrInfeasible)
		}
	}
	if total == 0 {
		clear(dst)
		return nil
	}
	if sum == 0 {
		clear(dst)
		return fmt.Errorf("%w: %d to split and no positive weight", ErrInfeasible, total)
	}
	s.rem = slices.Grow(s.rem[:0], len(w))[:len(w)]
	var given uint64
	for i, x := range w {
		hi, lo := bits.Mul64(uint64(total), uint64(x))
		// the product fits in 64 bits, as it mostly does; one division
		// (js/wasm has no instruction that gives both)
		q := lo / sum
		r := lo - q*sum
		if hi != 0 {
			q, r = bits.Div64(hi, lo, sum) // hi < sum because x <= sum; slow where it is not an instruction (js/wasm)
		}
		dst[i] = int64(q)
		given += q
		s.rem[i] = r
	}
	left := uint64(total) - given // fewer than the parts with a remainder
	if left == 0 {
		return nil
	}
	// The left largest remainders get one more each, the earlier part
	// first among equal ones: remainders in descending order, then parts
	// in ascending order.
	before := func(a, b int) bool { return s.rem[a] > s.rem[b] || s.rem[a] == s.rem[b] && a < b }
	if left <= 16 {
		// One pass, keeping the best left parts so far in order.
		top, rem := s.idx[:0], s.rem
		for i, r := range rem {
			if r == 0 || len(top) == int(left) && r <= rem[top[left-1]] { // i comes after the parts in top
				continue
			}
			if len(top) < int(left) {
				top = append(top, i)
			} else {
				top[left-1] = i
			}
			for k := len(top) - 1; k > 0 && before(top[k], top[k-1]); k-- {
				top[k], top[k-1] = top[k-1], top[k]
			}
		}
		s.idx = top
	} else {
		s.idx = s.idx[:0]
		for i := range w {
			s.idx = append(s.idx, i)
		}
		selectBest(s.idx, s.rem, int(left))
		s.idx = s.idx[:left]
	}
	for _, i := range s.idx {
		dst[i]++
	}
	return nil
}

// selectBest reorders idx so that its first k entries are the k best
// parts: the larger remainder first, then the lower index. That is a total
// order, so the k best are the same whatever the pivots (quickselect:
// about two passes over idx, where sorting it would take log n).
func selectBest(idx []int, rem []uint64, k int) {
	better := func(a, b int) bool { return rem[a] > rem[b] || rem[a] == rem[b] && a < b }
	lo, hi := 0, len(idx)
	for hi-lo > 1 {
		// The median of the first, middle and last as the pivot, at hi-1.
		m := lo + (hi-lo)/2
		if better(idx[m], idx[lo]) {
			idx[m], idx[lo] = idx[lo], idx[m]
		}
		if better(idx[hi-1], idx[lo]) {
			idx[hi-1], idx[lo] = idx[lo], idx[hi-1]
		}
		if better(idx[m], idx[hi-1]) {
			idx[m], idx[hi-1] = idx[hi-1], idx[m]
		}
		p, at := idx[hi-1], lo
		for i := lo; i < hi-1; i++ {
			if better(idx[i], p) {
				idx[i], idx[at] = idx[at], idx[i]
				at++
			}
		}
		idx[at], idx[hi-1] = idx[hi-1], idx[at] // the pivot is the (at+1)-th best
		switch {
		case at == k-1 || at == k:
			return
		case at > k:
			hi = at
		default:
			lo = at + 1
		}
	}
}

func (s *splitter) splitCapped(dst []int64, total int64, w, caps []int64) error {
	n := len(w)
	s.w = slices.Grow(s.w[:0], n)[:n]
	s.tmp = slices.Grow(s.tmp[:0], n)[:n]
	clear(dst)
	for i := range w {
		if caps[i] < 0 {
			return fmt.Errorf("%w: negative cap %d", ErrInfeasible, caps[i])
		}
		s.w[i] = w[i]
		if caps[i] == 0 {
			s.w[i] = 0
		}
	}
	left := total
	for {
		if err := s.split(s.tmp, left, s.w); err != nil {
			return err
		}
		over := false
		for i, x := range s.tmp {
			if s.w[i] > 0 && x > caps[i] {
				dst[i] = caps[i]
				left -= caps[i]
				s.w[i] = 0
				over = true
			}
		}
		if !over {
			for i, x := range s.tmp {
				if s.w[i] > 0 {
					dst[i] = x
				}
			}
			return nil
		}
	}
}

// Fill returns a len(rows) x len(cols) table of non-negative integers whose
// row i sums to rows[i] and whose column j sums to cols[j], both exactly.
// Rows are filled in order, each split over the columns in proportion to
// what is left of each column times a random factor within noise percent
// (0..99) of 1, so each row looks like a random draw without replacement
// from the column totals and the last row takes what is left. The sums of
// rows and of cols must be equal and at most 2^53.
func Fill(r *rand.Rand, rows, cols []int64, noise int) ([][]int64, error) {
	if noise < 0 || noise > 99 {
		return nil, fmt.Errorf("%w: noise %d outside 0..99", ErrInfeasible, noise)
	}
	var rs, cs int64
	for _, x := range rows {
		if x < 0 {
			return nil, fmt.Errorf("%w: negative row %d", ErrInfeasible, x)
		}
		rs += x
		if rs > 1<<53 {
			return nil, fmt.Errorf("%w: rows sum above 2^53", ErrInfeasible)
		}
	}
	for _, x := range cols {
		if x < 0 {
			return nil, fmt.Errorf("%w: negative column %d", ErrInfeasible, x)
		}
		cs += x
		if cs > 1<<53 {
			return nil, fmt.Errorf("%w: columns sum above 2^53", ErrInfeasible)
		}
	}
	if rs != cs {
		return nil, fmt.Errorf("%w: rows sum to %d, columns to %d", ErrInfeasible, rs, cs)
	}
	m := len(cols)
	back := make([]int64, len(rows)*m)
	out := make([][]int64, len(rows))
	rem := slices.Clone(cols)
	w := make([]int64, m)
	var s splitter
	for i, row := range rows {
		out[i] = back[i*m : (i+1)*m : (i+1)*m]
		for j := range w {
			w[j] = rem[j] * between(r, int64(100-noise), int64(100+noise))
		}
		if err := s.splitCapped(out[i], row, w, rem); err != nil {
			return nil, err
		}
		for j, x := range out[i] {
			rem[j] -= x
		}
	}
	return out, nil
}

// Balance returns a len(rowTargets) x len(cols) table whose column j sums
// to cols[j] exactly and whose row i comes close to rowTargets[i] (within a
// few units), shaped by tilt: positive weights, one per cell, that say how
// much a column favours a row. It scales tilt alternately to the column
// totals and the row targets (iterative proportional fitting in 64-bit
// fixed point, no floating point) and then splits each column over the rows
// by largest remainders. The row targets and the columns must have the same
// sum, at most 2^40.
func Balance(rowTargets, cols []int64, tilt [][]int64) ([][]int64, error) {
	const shift = 16
	var rsum, csum int64
	for _, x := range rowTargets {
		if x < 0 {
			return nil, fmt.Errorf("%w: negative row target %d", ErrInfeasible, x)
		}
		rsum += x
	}
	for _, x := range cols {
		if x < 0 {
			return nil, fmt.Errorf("%w: negative column %d", ErrInfeasible, x)
		}
		csum += x
	}
	if rsum != csum || csum > 1<<40 {
		return nil, fmt.Errorf("%w: row targets sum to %d, columns to %d (at most 2^40)", ErrInfeasible, rsum, csum)
	}
	nr, nc := len(rowTargets), len(cols)
	if len(tilt) != nr {
		return nil, fmt.Errorf("%w: %d tilt rows for %d rows", ErrInfeasible, len(tilt), nr)
	}
	w := make([][]uint64, nr)
	for i := range w {
		if len(tilt[i]) != nc {
			return nil, fmt.Errorf("%w: tilt row %d has %d cells for %d columns", ErrInfeasible, i, len(tilt[i]), nc)
		}
		w[i] = make([]uint64, nc)
		for j, t := range tilt[i] {
			if t <= 0 || t > 1<<20 {
				return nil, fmt.Errorf("%w: tilt %d outside 1..2^20", ErrInfeasible, t)
			}
			w[i][j] = uint64(t) * uint64(rowTargets[i]) // < 2^60
		}
	}
	scale := func(x, num, den uint64) uint64 {
		if den == 0 {
			return 0
		}
		hi, lo := bits.Mul64(x, num)
		q, _ := bits.Div64(hi, lo, den) // x <= den, so hi < den
		return q
	}
	for range 40 {
		for j := range nc {
			var s uint64
			for i := range nr {
				s += w[i][j]
			}
			for i := range nr {
				w[i][j] = scale(w[i][j], uint64(cols[j])<<shift, s)
			}
		}
		for i := range nr {
			var s uint64
			for j := range nc {
				s += w[i][j]
			}
			for j := range nc {
				w[i][j] = scale(w[i][j], uint64(rowTargets[i])<<shift, s)
			}
		}
	}
	out := make([][]int64, nr)
	for i := range out {
		out[i] = make([]int64, nc)
	}
	col := make([]int64, nr)
	part := make([]int64, nr)
	var s splitter
	for j := range nc {
		for i := range nr {
			col[i] = int64(w[i][j])
		}
		if err := s.split(part, cols[j], col); err != nil {
			return nil, err
		}
		for i := range nr {
			out[i][j] = part[i]
		}
	}
	return out, nil
}
