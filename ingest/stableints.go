package ingest

// stableInts sorts s by cmp, keeping equal elements in the order they
// had: the result of slices.SortStableFunc(s, cmp), by insertion, for
// the few columns it sorts (a header's). slices.SortStableFunc compiles
// a whole stable sort for int into the page's modules, some 14 KB of
// code before compression, which these two sorts alone asked for.
func stableInts(s []int, cmp func(a, b int) int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && cmp(s[j], s[j-1]) < 0; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
