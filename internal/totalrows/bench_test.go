package totalrows

import (
	"math/rand/v2"
	"testing"

	"github.com/shailoo/shailoo/internal/dense"
)

// BenchmarkFinder feeds the finder precinct rows shaped as the 2011 Duma
// file's (18 lines and 7 votes, no total), the cost a count pays per row.
func BenchmarkFinder(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	rows := make([]*dense.Protocol, 4096)
	for i := range rows {
		voters := int64(200 + r.IntN(2800))
		figs := make([]int64, 25)
		for j := range 18 {
			figs[j] = int64(r.IntN(int(voters)))
		}
		for j := 18; j < 25; j++ {
			figs[j] = int64(r.IntN(int(voters) / 3))
		}
		figs[0] = voters
		rows[i] = rowOf("p", 18, figs...)
	}
	b.ReportAllocs()
	for b.Loop() {
		var f Finder
		for i, d := range rows {
			f.Add(i+2, d, true)
		}
		if f.Totals() != nil {
			b.Fatal("a total in rows without one")
		}
	}
}
