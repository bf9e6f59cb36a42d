package shailoo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// twoNamesProvisional records the okrugs whose outcome rests on a choice
// the mappings of their rows name two ways (findings
// validate.ChoiceTwoNames, X237): two people under one ID, their votes
// summed as one candidate's, or one person written two ways. Which is
// right is the mappings' author's to say, and the seat rests on it: the
// winner's votes and name where the choice won or leads, the pair of a
// run-off, a tie or "against all" ahead where the outcome is no plain
// election. An okrug elected whose winner is another choice does not
// rest on it: two people splitting the choice's votes each have fewer.
// A finding not listed (beyond validate.MaxListed) may be of any okrug
// decided.
func (c *counter) twoNamesProvisional() {
	var scope, affects []string
	anywhere := false
	for _, u := range c.res.Findings.Unlisted {
		if u.Code == validate.ChoiceTwoNames && u.Count > 0 {
			anywhere = true
		}
	}
	rests := func(okrug, choice string) bool {
		for _, o := range c.res.Okrugs {
			if o.Okrug != okrug || strings.HasPrefix(string(o.Outcome), "not_evaluated") || o.Outcome == seats.OutcomeAnnulled {
				continue
			}
			if o.Outcome != seats.OutcomeElected || o.Winner == choice || o.Leader == choice {
				return true
			}
			for _, d := range o.Elected {
				if d.ID == choice {
					return true
				}
			}
		}
		return false
	}
	for _, f := range c.res.Findings.Findings {
		if f.Code != validate.ChoiceTwoNames {
			continue
		}
		scope = append(scope, f.Place.Okrug+"/"+f.Place.Candidate)
		if ctx := "okrug/" + f.Place.Okrug; rests(f.Place.Okrug, f.Place.Candidate) && !slices.Contains(affects, ctx) {
			affects = append(affects, ctx)
		}
	}
	if anywhere {
		for _, d := range c.decided() {
			if strings.HasPrefix(d, "okrug/") && !slices.Contains(affects, d) {
				affects = append(affects, d)
			}
		}
	}
	if len(affects) == 0 {
		return
	}
	c.provisional(Unevaluated{Kind: UnevaluatedChoiceTwoNames, Scope: scope, Count: len(scope), Affects: affects,
		Reason: fmt.Sprintf("%d choices of okrugs are named two ways by the mappings of their rows (findings %s: %s): two people under one ID, their votes summed as one candidate's, or one person written two ways; which is right is not known, and the seats of %s rest on it",
			len(scope), validate.ChoiceTwoNames, strings.Join(scope, ", "), strings.Join(affects, ", "))})
}
