// Package order sorts slices of any element type through one sort of
// indices, for the page's WebAssembly module: slices.SortFunc and
// slices.SortStableFunc compile their whole sort (pdqsort, or insertion
// sort and symMerge) once per element type, some 20 KB of code each
// before compression, while the indices are []int, whose sort the module
// has anyway. Use it where a sort is not on the count's hot path (a sort
// of findings, of a reconciliation's keys, of the seats a divisor method
// gives), not in a loop over rows.
package order

import "slices"

// Stable sorts s by cmp, keeping equal elements in the order they had:
// the result of slices.SortStableFunc(s, cmp), which, as every stable
// sort's, is the one order of s by cmp that keeps equal elements' order.
// cmp must be a strict weak order, as for slices.SortStableFunc.
func Stable[E any](s []E, cmp func(a, b E) int) {
	if len(s) < 2 {
		return
	}
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	// Equal elements in index order: the order the sort returns is then
	// total, and so the same whatever the sort's algorithm.
	slices.SortFunc(idx, func(i, j int) int {
		if c := cmp(s[i], s[j]); c != 0 {
			return c
		}
		return i - j
	})
	sorted := make([]E, len(s))
	for k, i := range idx {
		sorted[k] = s[i]
	}
	copy(s, sorted)
}
