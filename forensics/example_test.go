package forensics_test

import (
	"fmt"

	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
)

// A fair synthetic election of 2,000 precincts, then the same with
// turnout moved to the nearest whole percent in 5% of them: the excess of
// precincts at integer percentages, against 1,000 draws of the null from
// seed 1.
func ExampleAnalyze() {
	c := synth.DefaultConfig(11, 2000)
	c.TurnoutCounts, c.Preferences = true, false
	e, _ := synth.Generate(c)
	d, _ := forensics.FromElection(e)
	r, _ := forensics.Analyze(d, forensics.Params{Seed: 1})
	t := r.Integer.Turnout
	fmt.Printf("fair: %d at integer turnout, %.1f expected, p = %.3f\n", t.Observed, t.Expected, t.P)

	rounded, _ := faults.RoundTurnout(e, 1, 50)
	d, _ = forensics.FromElection(e)
	r, _ = forensics.Analyze(d, forensics.Params{Seed: 1})
	t = r.Integer.Turnout
	fmt.Printf("%d rounded: %d at integer turnout, %.1f expected, p = %.3f\n", len(rounded), t.Observed, t.Expected, t.P)

	for _, ch := range svg.Charts(r, "en")[:2] {
		fmt.Println(ch.Name+":", ch.Title)
	}
	// Output:
	// fair: 160 at integer turnout, 164.4 expected, p = 0.676
	// 102 rounded: 252 at integer turnout, 164.4 expected, p = 0.001
	// comet: Turnout × share of Party 1: voters per 1% × 1% cell
	// integer: Precincts at integer percentages: observed and expected by chance
}
