package validate_test

import (
	"testing"

	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/validate"
)

// BenchmarkCheck checks the 2021 shape: 2,494 precincts, preference votes
// and machine counts.
func BenchmarkCheck(b *testing.B) {
	c := synth.DefaultConfig(1, 2435)
	c.MachineProtocols = true
	e, err := synth.Generate(c)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := validate.Check(e, validate.Rules{}); err != nil {
			b.Fatal(err)
		}
	}
}
