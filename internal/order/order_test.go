package order

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

type item struct {
	key, seq int
}

// TestStableIsSortStableFunc: the same order as slices.SortStableFunc on
// random slices with many equal keys, short and long.
func TestStableIsSortStableFunc(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	for n := range 300 {
		for _, keys := range []int{1, 3, n + 1} {
			s := make([]item, n)
			for i := range s {
				s[i] = item{r.IntN(keys), i}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, byKey)
			Stable(s, byKey)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d keys=%d: got %v, want %v", n, keys, s, want)
			}
		}
	}
}

func TestStableEmpty(t *testing.T) {
	Stable([]int(nil), cmp.Compare[int])
	s := []int{1}
	Stable(s, cmp.Compare[int])
	if s[0] != 1 {
		t.Fatal(s)
	}
}
