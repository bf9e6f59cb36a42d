package ingest

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// stableInts sorts as slices.SortStableFunc does, equal elements kept in
// their order, on slices with many ties and none.
func TestStableIntsIsSortStableFunc(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 19))
	for n := range 60 {
		for _, keys := range []int{1, 3, n + 1} {
			s := make([]int, n)
			for i := range s {
				s[i] = r.IntN(keys)*100 + i // the key, then the place it had
			}
			byKey := func(a, b int) int { return a/100 - b/100 }
			want := slices.Clone(s)
			slices.SortStableFunc(want, byKey)
			stableInts(s, byKey)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d keys=%d: got %v, want %v", n, keys, s, want)
			}
		}
	}
}
