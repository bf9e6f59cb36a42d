package validate_test

import (
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// A published list of winners of a district the recount could not decide
// (missing data: an outcome "not_evaluated...") is not evaluated, as a
// published winner is: never S308, which would say the published deputies
// are wrong on the strength of figures nobody has.
func TestPublishedWinnersNotEvaluated(t *testing.T) {
	rc := validate.Recount{Okrugs: []validate.RecountOkrug{{ID: "d", Outcome: "not_evaluated_sex_not_given"}}}
	for _, o := range []validate.PublishedOkrug{
		{ID: "d", Winner: "a"},
		{ID: "d", Winners: []string{"a", "b"}},
	} {
		rep := validate.CheckPublished(validate.Summary{Okrugs: []validate.PublishedOkrug{o}}, rc, validate.PublishedRules{})
		for _, f := range rep.Findings {
			if f.Code == validate.PublishedWinner || f.Code == validate.PublishedOutcome {
				t.Errorf("%+v: finding %s (%s), want the okrug not evaluated", o, f.Code, f.Sentence("en"))
			}
		}
		ne := false
		for _, n := range rep.NotEvaluated {
			ne = ne || n.Code == validate.PublishedOutcome
		}
		if !ne {
			t.Errorf("%+v: not said not evaluated: %+v", o, rep.NotEvaluated)
		}
	}
}
