package shailoo

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// An okrug rests on a choice named two ways (X237) where the choice won,
// leads, or the outcome is no plain election; not where another choice
// was elected, whose lead two people splitting the choice's votes only
// widen. A finding not listed may be of any okrug decided.
func TestTwoNamesProvisional(t *testing.T) {
	okrug := func(id string, out seats.Outcome, winner string) Okrug {
		return Okrug{OkrugResult: seats.OkrugResult{Okrug: id, Outcome: out, Winner: winner, Leader: winner}}
	}
	two := func(okrug, id string) validate.Finding {
		return validate.ChoiceNamedTwoWays(okrug, id, "A", "a.csv", "B", "b.csv")
	}
	for _, c := range []struct {
		name     string
		okrugs   []Okrug
		found    []validate.Finding
		unlisted bool
		affects  string // "" for no reason
	}{
		{"winner", []Okrug{okrug("A", seats.OutcomeElected, "pq")}, []validate.Finding{two("A", "pq")}, false, "okrug/A"},
		{"loser", []Okrug{okrug("A", seats.OutcomeElected, "pq")}, []validate.Finding{two("A", "qs")}, false, ""},
		{"run-off", []Okrug{okrug("A", seats.OutcomeRunoff, "pq")}, []validate.Finding{two("A", "qs")}, false, "okrug/A"},
		{"not decided", []Okrug{okrug("A", seats.OutcomeNotEvaluated, "")}, []validate.Finding{two("A", "qs")}, false, ""},
		{"other okrug", []Okrug{okrug("A", seats.OutcomeElected, "pq"), okrug("B", seats.OutcomeElected, "pq")}, []validate.Finding{two("B", "pq")}, false, "okrug/B"},
		{"unlisted", []Okrug{okrug("A", seats.OutcomeElected, "pq"), okrug("B", seats.OutcomeElected, "pq")}, nil, true, "okrug/A, okrug/B"},
	} {
		res := &Result{Okrugs: c.okrugs, Findings: validate.Report{Findings: c.found}}
		if c.unlisted {
			res.Findings.Unlisted = []validate.Unlisted{{Code: validate.ChoiceTwoNames, Count: 2}}
		}
		k := &counter{res: res}
		k.twoNamesProvisional()
		var got string
		for _, u := range res.ProvisionalReasons {
			if u.Kind == UnevaluatedChoiceTwoNames {
				got = strings.Join(u.Affects, ", ")
			}
		}
		if got != c.affects {
			t.Errorf("%s: affects %q, want %q", c.name, got, c.affects)
		}
	}
}
