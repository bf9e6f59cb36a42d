package shailoo

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// relationGapCode says whether c is of the control relations whose failure bounds the
// doubt on a protocol's votes, each by the |gap| of its finding: P103
// (valid ballots = the sum of the votes; on a ballot of N votes, the
// votes <= N × valid), P111 (the votes <= N × (found − invalid),
// where valid is not given) and P113, its other half (the votes >=
// found − invalid there, one vote a ballot: a vote lost). The gap is the least change of the vote
// figures, summed, that makes the relation hold: if the other side of it
// is right, the votes are off by that much at least, and a correction of
// d votes moves the difference between any two choices by d at most.
// Relations of lines alone (P101, P102, P104) say nothing of the votes;
// P112 is a warning; a negative figure (P106) is not evaluated at all
// (negativeProvisional); preference votes (P107) decide no okrug.
func relationGapCode(c validate.Code) bool {
	return c == validate.ValidBalance || c == validate.VotesOverFound || c == validate.VotesUnderFound
}

// maxRelationGapNamed bounds the findings and okrugs a relation_gap
// reason names (Count says how many protocols).
const maxRelationGapNamed = 10

// relationGaps sets, for each okrug decided, the sum of the gaps of the
// error findings of relationGapCode on the manual-count protocols of its
// okrug ballot (Okrug.RelationGap), and whether figures corrected by that
// much could change its outcome (Okrug.RelationOverturn): they could
// where the sum is at least the margin (a tie is a change), or where no
// margin bounds the outcome (a spread or sex-balance rule, an outcome
// other than "elected", seats left unfilled, or findings of these codes
// counted but not listed, whose okrugs and gaps are not known). Under a
// majority rule the bound is the least correction that could change its
// outcome, elected or a run-off (majorityBounds, Okrug.RelationBound),
// in place of the margin. An
// okrug that could is recorded provisional (UnevaluatedRelationGap),
// naming the findings. One whose sum is less than its margin is
// RelationLeastBelowMargin, and not provisional: the gap is the least
// correction that makes a relation hold, not the only one (P111 says the
// votes are at most so many; taking the winner's down by more than the
// gap satisfies it too), so what is known is that the least correction
// would not change the outcome, and a larger one could. That is what the
// relation errors' banner says of every seat (Result.RelationErrors:
// computed from the figures as given); the okrug's row says it of its
// own, with the least correction and the margin.
//
// An okrug not decided (an outcome "not evaluated": the base of its
// majority rule not given, no protocol, negative votes; or annulled) is
// left alone: an outcome never decided is not one a correction changes.
//
// The list seats are not looked at: what votes move a seat of a list
// (a threshold, a quota, a remainder) is not one margin, and no bound
// is computed for them.
func (c *counter) relationGaps(rep validate.Report) {
	if len(c.res.Okrugs) == 0 {
		return
	}
	// The findings weighed: each with its okrug ("" where its precinct's
	// is not known: its protocol may be in any), a name and its |gap|.
	type fail struct {
		okrug, precinct, named string
		code                   validate.Code
		gap                    int64
		said                   bool // in an okrug that could change
	}
	var fails []fail
	var okrugOf map[string]string
	for _, f := range rep.Findings {
		if f.Severity != validate.Error || !relationGapCode(f.Code) ||
			f.Place.Ballot != election.OkrugBallot || f.Place.Machine {
			continue
		}
		g := f.Gap
		switch {
		case g == math.MinInt64:
			g = math.MaxInt64
		case g < 0:
			g = -g
		}
		id := f.Place.Okrug
		if id == "" {
			if okrugOf == nil {
				okrugOf = make(map[string]string, len(c.e.Precincts))
				for _, p := range c.e.Precincts {
					okrugOf[p.ID] = p.Okrug
				}
			}
			id = okrugOf[f.Place.Precinct]
		}
		fails = append(fails, fail{okrug: id, precinct: f.Place.Precinct, code: f.Code,
			named: fmt.Sprintf("%s %s (%d)", f.Code, f.Place.Precinct, g), gap: g})
	}
	unlisted := 0
	for _, u := range rep.Unlisted {
		if u.Severity == validate.Error && relationGapCode(u.Code) {
			unlisted += u.Count
		}
	}
	if len(fails) == 0 && unlisted == 0 {
		return
	}
	decided := c.decided()
	var affects, scope, why []string
	for i := range c.res.Okrugs {
		o := &c.res.Okrugs[i]
		ctx := "okrug/" + o.Okrug
		if !slices.Contains(decided, ctx) || !relationDecided(o.Outcome) || slices.Contains(affects, ctx) {
			continue
		}
		var gap int64
		found := false
		for _, f := range fails {
			if f.okrug == o.Okrug || f.okrug == "" {
				gap, found = addSaturated(gap, f.gap), true
			}
		}
		if !found && unlisted == 0 {
			continue
		}
		o.RelationGap = gap
		bounded, margin := c.marginBounds(o), o.Margin
		if !bounded {
			// Under a majority rule: the least correction that could
			// change the outcome (the distance to the majority line, to
			// the run-off line, or the lead).
			if margin, bounded = c.majorityBounds(o); bounded {
				o.RelationBound = margin
			}
		}
		if bounded && unlisted == 0 && gap < margin {
			o.RelationOverturn = RelationLeastBelowMargin
			continue
		}
		o.RelationOverturn = OverturnCould
		affects = append(affects, ctx)
		for j := range fails {
			if f := &fails[j]; f.okrug == o.Okrug || f.okrug == "" {
				f.said = true
				switch {
				case slices.Contains(scope, f.named):
				case len(scope) < maxRelationGapNamed:
					scope = append(scope, f.named)
				case len(scope) == maxRelationGapNamed:
					scope = append(scope, "…") // more than named: Count says how many
				}
			}
		}
		switch {
		case len(why) == maxRelationGapNamed:
			why = append(why, "…")
		case len(why) > maxRelationGapNamed:
		case bounded && unlisted > 0:
			why = append(why, fmt.Sprintf("okrug %s: gaps %d listed and those not listed, margin %d", o.Okrug, gap, margin))
		case bounded:
			why = append(why, fmt.Sprintf("okrug %s: gaps %d, margin %d", o.Okrug, gap, margin))
		default:
			why = append(why, fmt.Sprintf("okrug %s: gaps %d, no margin bounds its outcome (%s)", o.Okrug, gap, o.Outcome))
		}
	}
	if len(affects) == 0 {
		return
	}
	// n counts the protocols (an okrug's protocol of a precinct) that
	// fail, not their findings: one may fail P103 and P111 both. The
	// findings not listed are no protocols known, of any okrug: the
	// reason says how many, and the scope ends in "…" in every language.
	n := 0
	if unlisted > 0 && !slices.Contains(scope, "…") {
		scope = append(scope, "…")
	}
	var codes []string
	protocols := map[[2]string]bool{}
	for _, f := range fails {
		if !f.said {
			continue
		}
		if k := [2]string{f.okrug, f.precinct}; !protocols[k] {
			protocols[k] = true
			n++
		}
		if !slices.Contains(codes, string(f.code)) {
			codes = append(codes, string(f.code))
		}
	}
	if unlisted > 0 {
		for _, u := range rep.Unlisted {
			if u.Severity == validate.Error && relationGapCode(u.Code) && !slices.Contains(codes, string(u.Code)) {
				codes = append(codes, string(u.Code))
			}
		}
	}
	slices.Sort(codes)
	more := ""
	if unlisted > 0 {
		more = fmt.Sprintf("; %d findings of these codes are counted but not listed (beyond %d a code: --all-findings lists them), their okrugs and gaps not known", unlisted, validate.MaxListed)
	}
	c.provisional(Unevaluated{Kind: UnevaluatedRelationGap, Scope: scope, Count: n, Codes: codes, Affects: affects,
		Reason: fmt.Sprintf("%d counted protocols fail a control relation of their votes (findings %s%s): figures corrected by their gaps could change the outcome of %s (%s): the sum of an okrug's gaps is at least its margin, or no margin bounds it",
			n, strings.Join(codes, ", "), more, strings.Join(affects, ", "), strings.Join(why, "; "))})
}

// relationDecided says whether an okrug of outcome out was decided, so
// that figures corrected could change its outcome: not one "not
// evaluated" (seats.OutcomeNotEvaluated, and each "not_evaluated_..."
// outcome: the majority rule's base not given, a spread rule not judged,
// negative votes, no candidate, a candidate's sex not given, a choice
// summing several people's votes ahead), nor one annulled.
func relationDecided(out seats.Outcome) bool {
	return out != seats.OutcomeAnnulled && !strings.HasPrefix(string(out), string(seats.OutcomeNotEvaluated))
}

// marginBounds says whether o's Margin bounds the votes that change its
// outcome: an okrug or district elected by plurality (no majority, spread
// or sex-balance rule), every seat filled, its margin the last seated's
// votes less the best not seated's (a settled tie has margin 0).
func (c *counter) marginBounds(o *Okrug) bool {
	r := c.r.Okrug.ForOkrug(o.Okrug)
	return o.Outcome == seats.OutcomeElected && o.Unfilled == 0 && o.Margin >= 0 &&
		r.Majority == nil && r.Spread == nil && r.SexBalance == nil
}

// addSaturated adds two figures of 0 or more, saturating at MaxInt64.
func addSaturated(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}
