package validate_test

import (
	"testing"

	"github.com/shailoo/shailoo/election"

	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/validate"
)

// BenchmarkStreamAdd times the checks of each protocol on its own (a
// totals-only stream), the protocols already in dense form: the part of a
// count the compiled form runs.
func BenchmarkStreamAdd(b *testing.B) {
	e, err := synth.Generate(synth.DefaultConfig(1, 2435))
	if err != nil {
		b.Fatal(err)
	}
	keys := dense.NewKeys()
	table := dense.NewPrecincts(e.Precincts)
	ds := make([]dense.Protocol, len(e.Protocols))
	slots := make([]int32, len(e.Protocols))
	for i := range e.Protocols {
		keys.Load(&ds[i], &e.Protocols[i])
		slots[i] = table.Slot(e.Protocols[i].Precinct)
	}
	add := bridge.StreamAdd.(func(*validate.Stream, *dense.Protocol, int32))
	b.ReportAllocs()
	for b.Loop() {
		s, err := bridge.NewStream.(func(*election.Election, validate.Rules, *dense.Keys, *dense.Precincts, validate.StreamOptions) (*validate.Stream, error))(e, validate.Rules{}, keys, table, validate.StreamOptions{TotalsOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		for i := range ds {
			add(s, &ds[i], slots[i])
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(ds))/b.Elapsed().Seconds(), "protocols/s")
}
