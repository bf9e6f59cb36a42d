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

// A recount whose okrug or district awaits lots for a tie cannot say
// whether a published winner among the tied won: that is not evaluated,
// never S308 against the outcome "tie"; a winner not among the tied, or
// a list of winners without a deputy the recount elects, differs.
func TestPublishedWinnersOfATie(t *testing.T) {
	for _, tc := range []struct {
		name string
		ro   validate.RecountOkrug
		o    validate.PublishedOkrug
		s308 bool
	}{
		{"okrug, a tied winner", validate.RecountOkrug{ID: "o", Outcome: "tie", Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "o", Winner: "a"}, false},
		{"okrug, a winner not tied", validate.RecountOkrug{ID: "o", Outcome: "tie", Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "o", Winner: "c"}, true},
		{"district, the elected and a tied", validate.RecountOkrug{ID: "d", Outcome: "tie", Elected: []string{"x"}, Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "d", Winners: []string{"b", "x"}}, false},
		{"district, a tied winner", validate.RecountOkrug{ID: "d", Outcome: "tie", Elected: []string{"x"}, Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "d", Winner: "a"}, false},
		{"district, the elected left out", validate.RecountOkrug{ID: "d", Outcome: "tie", Elected: []string{"x"}, Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "d", Winners: []string{"a", "b"}}, true},
		{"district, one not tied", validate.RecountOkrug{ID: "d", Outcome: "tie", Elected: []string{"x"}, Tied: []string{"a", "b"}}, validate.PublishedOkrug{ID: "d", Winners: []string{"x", "c"}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := validate.Recount{Okrugs: []validate.RecountOkrug{tc.ro}}
			rep := validate.CheckPublished(validate.Summary{Okrugs: []validate.PublishedOkrug{tc.o}}, rc, validate.PublishedRules{})
			n, ne := 0, false
			for _, f := range rep.Findings {
				if f.Code == validate.PublishedWinner {
					n++
				}
			}
			for _, x := range rep.NotEvaluated {
				ne = ne || x.Code == validate.PublishedWinner
			}
			if tc.s308 && n != 1 || !tc.s308 && (n != 0 || !ne) {
				t.Errorf("%d S308, not evaluated %v; want S308 %v", n, ne, tc.s308)
			}
		})
	}
}
