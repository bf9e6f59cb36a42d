package seats

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/threshold"
)

// Majority decides a single-mandate okrug under r.Majority: the leading
// candidate is elected only when their votes pass the rule on base (the
// okrug's participants, valid ballots or voters, as the rule names it);
// then the okrug is decided as Plurality decides it (ties, "against all").
// Short of it, no seat is filled: the outcome is "runoff", and Runoff
// names the two candidates of the second round, the leader first (two
// tied for first go to it together, by ID, and neither leads); a tie for
// a place in it is settled by r.Tie (under Lots, by lots, or it awaits
// them: a *TieError). A base of 0 with votes cast cannot be judged: the
// outcome is OutcomeMajorityNotEvaluated.
//
// Under r.Majority.Or the leader short of the share is elected all the
// same with the second way's share and lead over the runner-up (the
// second candidate's votes, 0 when there is none); the step "majority"
// says which way they passed, or why neither.
//
// Example: 420, 380 and 200 votes, a base of 1,000 participants, more than
// 50% needed: 420 is short of 501, and the first two go to a second round.
func Majority(okrug string, cands []OkrugCandidate, againstAll, base int64, r OkrugRule, lots []string) (OkrugResult, error) {
	if err := r.Validate(); err != nil {
		return OkrugResult{}, err
	}
	if r.Majority == nil || r.seats() > 1 || r.SexBalance != nil {
		return OkrugResult{}, invalid("Majority decides a single-mandate okrug under a majority rule")
	}
	var top, second int64
	for _, c := range cands {
		if c.Votes > top {
			top, second = c.Votes, top
		} else if c.Votes > second {
			second = c.Votes
		}
	}
	v, err := r.Majority.Rule().Check("the leading candidate", okrug, top, base)
	if err != nil {
		return OkrugResult{}, err
	}
	rule := election.Step{Kind: "majority", Subject: okrug, Value: strconv.FormatInt(v.Needed, 10), Detail: "majority rule: " + v.Reason}
	if o := r.Majority.Or; o != nil && v.Status == threshold.Failed && base > 0 {
		// The second way, judged only when the first is missed: a
		// leader who passed the first needs no lead. (Of a base of 0 no
		// share is taken: missed under 0%, the first way leaves no votes.)
		ok, why := o.check(r.Majority.Base, top, second, base)
		v.Reason += "; or " + why
		rule.Detail = "majority rule: " + v.Reason
		if ok {
			v.Status = threshold.Passed
		}
	}
	pr := r
	pr.Majority = nil
	if v.Status == threshold.Passed || top == 0 {
		// Elected, a tie for first or no votes: as under plurality, the
		// rule's verdict recorded when it decided.
		res, err := Plurality(okrug, cands, againstAll, pr, lots)
		if res.Outcome == OutcomeElected || res.Outcome == OutcomeTie {
			res.Steps = append(res.Steps, rule)
		}
		return res, err
	}
	if r.AgainstAll.repeats() && againstAll >= top {
		// "Against all" ahead, or level with a leader the tie rule would
		// elect: a repeat election as under plurality; a leader short of
		// the majority is not elected, whatever against_all_tie says.
		if res, err := Plurality(okrug, cands, againstAll, pr, lots); err != nil || res.Outcome != OutcomeElected {
			return res, err
		}
	}
	if v.Status == threshold.NotEvaluated {
		return NotDecided(okrug, cands, againstAll, election.Step{
			Kind: "not_evaluated", Subject: okrug, Detail: "the majority rule cannot be applied: " + v.Reason + "; the okrug is not decided"}), nil
	}

	return runoff(okrug, cands, againstAll, r, lots, top, rule, "no candidate passed the majority rule ("+v.Reason+")")
}

// Runoff is the result of a single-mandate okrug whose leader is not
// elected for a reason the caller judged (why, and its step), such as a
// spread rule missed (OkrugRule.Spread): no seat is filled, and the two
// leading candidates go to a second round as under Majority (a tie for a
// place in it settled by r.Tie, or awaiting lots: a *TieError).
func Runoff(okrug string, cands []OkrugCandidate, againstAll int64, r OkrugRule, lots []string, rule election.Step, why string) (OkrugResult, error) {
	if err := r.Validate(); err != nil {
		return OkrugResult{}, err
	}
	if r.seats() > 1 || r.SexBalance != nil {
		return OkrugResult{}, invalid("Runoff decides a single-mandate okrug")
	}
	var top int64
	for _, c := range cands {
		top = max(top, c.Votes)
	}
	return runoff(okrug, cands, againstAll, r, lots, top, rule, why)
}

// runoff is Majority's second round: rule is the step of the rule the
// leader (of top votes) missed, why says what they missed.
func runoff(okrug string, cands []OkrugCandidate, againstAll int64, r OkrugRule, lots []string, top int64, rule election.Step, why string) (OkrugResult, error) {
	ids, _, b, err := candidates("okrug", okrug, cands, againstAll, r, lots)
	if err != nil {
		return OkrugResult{}, err
	}
	order := byVotes(cands, ids)
	res := OkrugResult{Okrug: okrug, Outcome: OutcomeRunoff, AgainstAll: againstAll, LeaderVotes: top}
	if len(order) > 1 {
		// The votes of the second candidate, whoever of those tied with
		// them goes on, and the leader's margin over them.
		res.RunnerUpVotes = cands[order[1]].Votes
		res.Margin = top - res.RunnerUpVotes
	}
	for _, i := range order {
		res.Steps = append(res.Steps, election.Step{Kind: "candidate", Subject: ids[i], Value: strconv.FormatInt(cands[i].Votes, 10)})
	}
	res.Steps = append(res.Steps, election.Step{Kind: "against_all", Subject: election.AgainstAll, Value: strconv.FormatInt(againstAll, 10),
		Detail: fmt.Sprintf("against all: %d votes (rule %s)", againstAll, r.AgainstAll)}, rule)
	// The candidates at each of the first two levels of votes.
	var levels [][]string
	var values []int64
	for _, i := range order {
		switch {
		case cands[i].Votes == 0:
		case len(values) > 0 && cands[i].Votes == values[len(values)-1]:
			levels[len(levels)-1] = append(levels[len(levels)-1], ids[i])
		case len(values) < 2:
			levels, values = append(levels, []string{ids[i]}), append(values, cands[i].Votes)
		}
	}
	if len(levels) > 0 && len(levels[0]) == 1 { // no leader while two tie for first
		res.Leader = levels[0][0]
	}
	// The runoff's places: those of the first level, then of the second
	// while fewer than two are placed; a level that overfills them is a tie.
	for k, level := range levels {
		places := 2 - len(res.Runoff)
		if places <= 0 {
			break
		}
		if len(level) <= places {
			res.Runoff = append(res.Runoff, level...)
			continue
		}
		t := Tie{Context: TieRunoff, Tied: slices.Sorted(slices.Values(level)), Seats: places, Value: strconv.FormatInt(values[k], 10)}
		won, steps, err := b.settle(t)
		res.Steps = append(res.Steps, steps...)
		if err != nil {
			if _, ok := err.(*TieError); !ok {
				return OkrugResult{}, err
			}
			res.Tie, res.Ties = &t, b.ties
			res.Steps = append(res.Steps, election.Step{Kind: "runoff", Subject: okrug, Value: strings.Join(res.Runoff, " "),
				Detail: fmt.Sprintf("%s: the seat is not filled; who goes to the second round awaits lots among %s", why, strings.Join(t.Tied, ", "))})
			return res, err
		}
		res.Runoff = append(res.Runoff, won[:places]...)
	}
	if err := b.unoffered(nil); err != nil {
		return OkrugResult{}, err
	}
	res.Ties = b.ties
	if len(res.Runoff) > 1 {
		res.RunnerUp = res.Runoff[1]
	}
	res.Steps = append(res.Steps, election.Step{Kind: "runoff", Subject: okrug, Value: strings.Join(res.Runoff, " "),
		Detail: fmt.Sprintf("%s: the seat is not filled; to the second round: %s", why, strings.Join(res.Runoff, " and "))})
	return res, nil
}

// check judges the second way: the leader's top votes against Percent of
// base, and their lead over the runner-up's second votes against Lead
// points of base, exactly (cross-multiplied: 100*votes against
// percent*base). It says why, in words for the transcript.
func (o MajorityOr) check(b threshold.Base, top, second, base int64) (bool, string) {
	cmpWord := func(c threshold.Comparison) string {
		if c == threshold.MoreThan {
			return "more than"
		}
		return "at least"
	}
	passes := func(votes int64, p decimal.Decimal, c threshold.Comparison) bool {
		lhs := new(big.Rat).SetInt64(votes)
		lhs.Mul(lhs, big.NewRat(100, 1))
		rhs := new(big.Rat).Mul(p.Rat(), new(big.Rat).SetInt64(base))
		if c == threshold.MoreThan {
			return lhs.Cmp(rhs) > 0
		}
		return lhs.Cmp(rhs) >= 0
	}
	points := func(votes int64) string { // base > 0: the first way was judged
		r := new(big.Rat).SetFrac(big.NewInt(votes), big.NewInt(base))
		return exact.Decimal(r.Mul(r, big.NewRat(100, 1)), 2)
	}
	// needed is the fewest votes that pass p under c: said beside a
	// share rounded to two decimals, which may read as the bound itself
	// (16.86 points against a lead of 16.86 that 16.858 misses).
	needed := func(p decimal.Decimal, c threshold.Comparison) string {
		q := new(big.Rat).Mul(p.Rat(), new(big.Rat).SetInt64(base))
		q.Quo(q, big.NewRat(100, 1))
		n := new(big.Int).Quo(q.Num(), q.Denom()) // floor: q >= 0
		if c == threshold.MoreThan || new(big.Rat).SetInt(n).Cmp(q) < 0 {
			n.Add(n, big.NewInt(1))
		}
		return n.String()
	}
	rule := fmt.Sprintf("%s %s%% of %d %s with a lead of %s %s points over the runner-up", cmpWord(o.Comparison), o.Percent, base, b, cmpWord(o.LeadComparison), o.Lead)
	share, lead := passes(top, o.Percent, o.Comparison), passes(top-second, o.Lead, o.LeadComparison)
	got := fmt.Sprintf("%d votes (%s%%; %s needed), %d ahead of the runner-up's %d (%s points; a lead of %s needed)", top, points(top), needed(o.Percent, o.Comparison),
		top-second, second, points(top-second), needed(o.Lead, o.LeadComparison))
	switch {
	case share && lead:
		return true, fmt.Sprintf("%s: %s: passed, elected by the second way", rule, got)
	case share:
		return false, fmt.Sprintf("%s: %s: the lead is short", rule, got)
	case lead:
		return false, fmt.Sprintf("%s: %s: the share is short", rule, got)
	}
	return false, fmt.Sprintf("%s: %s: the share and the lead are short", rule, got)
}
