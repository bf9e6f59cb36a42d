package totalrows

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/internal/dense"
)

// addRow, which sums every row, is add(secs, 1): the same sums, key,
// largest and smallest figure, on rows of figures of either sign whose
// positions grow the sums.
func TestAddRowIsAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var a, b group
	for range 500 {
		var secs [2][]dense.Entry
		for s := range secs {
			for range r.IntN(6) {
				secs[s] = append(secs[s], dense.Entry{Pos: int32(r.IntN(40)), V: r.Int64N(2001) - 1000})
			}
		}
		s1, h1, l1 := a.addRow(secs)
		s2, h2, l2 := b.add(secs, 1)
		if s1 != s2 || h1 != h2 || l1 != l2 || a.key != b.key || !slices.Equal(a.all[0], b.all[0]) || !slices.Equal(a.all[1], b.all[1]) {
			t.Fatalf("addRow %d %d %d, add %d %d %d (keys %d %d)", s1, h1, l1, s2, h2, l2, a.key, b.key)
		}
	}
}
