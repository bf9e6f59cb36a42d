package seats

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// OutcomeAggregateLeads is the outcome of an okrug where a choice that sums
// several people's votes (a "WRITE-IN" or "Scattering" row, "Others":
// election.Candidate.Aggregate) would take a seat, go to a second round or
// tie for a seat: its votes may be one person's (every write-in for one
// name) or many people's, so the figures cannot say who won, and no seat is
// filled.
const OutcomeAggregateLeads Outcome = "not_evaluated_aggregate_leads"

// Aggregates checks res, the decision of okrug res.Okrug over cands (the
// aggregates among them, by isAggregate, counted as any candidate), and
// returns it unchanged, false, when no aggregate takes a seat, goes to a
// second round or is among the tied of a tie (settled or not). Otherwise
// it returns the okrug not decided (OutcomeAggregateLeads), true: the
// standing of the votes (NotDecided) and a step naming the aggregate,
// its votes and the best candidate's. An aggregate behind the winner
// changes who is elected in nothing (its votes are valid votes, counted
// as the protocol gives them), but it is never the runner-up, and where
// it would be, the margin is not known exactly (aggregateBehind): res
// comes back so, false. A nil isAggregate is no aggregate.
func Aggregates(res OkrugResult, cands []OkrugCandidate, againstAll int64, isAggregate func(id string) bool) (OkrugResult, bool) {
	if isAggregate == nil { // no aggregate
		return res, false
	}
	agg := ""
	take := func(ids ...string) {
		for _, id := range ids {
			if agg == "" && isAggregate(id) {
				agg = id
			}
		}
	}
	take(res.Winner)
	for _, d := range res.Elected {
		take(d.ID)
	}
	take(res.Runoff...)
	if res.Tie != nil {
		take(res.Tie.Tied...)
	}
	for _, t := range res.Ties {
		take(t.Tied...)
	}
	if agg == "" {
		return aggregateBehind(res, cands, isAggregate), false
	}
	var aggVotes int64
	var best []string
	var bestVotes int64
	for _, c := range cands {
		switch {
		case c.ID == agg:
			aggVotes = c.Votes
		case isAggregate(c.ID):
		case best == nil || c.Votes > bestVotes:
			best, bestVotes = []string{c.ID}, c.Votes
		case c.Votes == bestVotes:
			best = append(best, c.ID)
		}
	}
	what := "leads"
	switch {
	case best == nil:
		what = "is the only choice"
	case aggVotes == bestVotes:
		what = "ties"
	case aggVotes < bestVotes:
		what = "takes a seat" // a district of several seats, or a second round
	}
	var detail string
	if best == nil {
		detail = fmt.Sprintf("okrug %s has no candidate but aggregates of several people's votes (%s, %d votes): those votes may be one person's or many people's, so who won cannot be known; the okrug is not decided and its seat is not filled",
			res.Okrug, agg, aggVotes)
	} else {
		detail = fmt.Sprintf("in okrug %s the aggregate %s (%d votes), the sum of several people's votes, %s against the best candidate, %s (%d votes): those votes may be one person's or many people's, so who won cannot be known; the okrug is not decided and its seat is not filled",
			res.Okrug, agg, aggVotes, what, strings.Join(best, ", "), bestVotes)
	}
	nd := NotDecided(res.Okrug, cands, againstAll, election.Step{Kind: "not_evaluated", Subject: agg, Value: strconv.FormatInt(aggVotes, 10), Detail: detail})
	nd.Outcome = OutcomeAggregateLeads
	if res.Seats > 0 {
		nd.Seats, nd.Unfilled = res.Seats, res.Seats
	}
	return nd, true
}

// aggregateBehind returns res, decided with no aggregate taking a seat,
// with a runner-up that is no aggregate. Where the runner-up was an
// aggregate and the margin was measured to it, its votes may be one
// person's or many people's: the person second may be one of its people
// or the best candidate behind the winner, so the margin is not known
// exactly. Margin is then the least it can be (the aggregate's votes all
// one person's), MarginAtMost the most (no person of it ahead of that
// candidate), and a step margin_not_evaluated says why. (The House of
// Commons Library's 2024 "All other candidates": in Bethnal Green and
// Stepney its 15,699 votes, an Independent's 14,207 among them, are
// behind Labour's 15,896; the margin to it, 197, was given as the margin,
// the publisher's being 1,689.)
func aggregateBehind(res OkrugResult, cands []OkrugCandidate, isAggregate func(id string) bool) OkrugResult {
	if res.RunnerUp == "" || !isAggregate(res.RunnerUp) {
		return res
	}
	last := res.LeaderVotes
	seated := map[string]bool{res.Winner: true, res.Leader: true}
	if res.Seats > 0 {
		if len(res.Elected) == 0 {
			return res
		}
		last = res.Elected[len(res.Elected)-1].Votes
		for _, d := range res.Elected {
			seated[d.ID] = true
		}
	}
	for _, id := range res.Runoff {
		seated[id] = true
	}
	agg, aggVotes := res.RunnerUp, res.RunnerUpVotes
	named, namedVotes := "", int64(0)
	for _, c := range cands {
		if !seated[c.ID] && !isAggregate(c.ID) && (named == "" || c.Votes > namedVotes) {
			named, namedVotes = c.ID, c.Votes
		}
	}
	res.RunnerUp, res.RunnerUpVotes = named, namedVotes
	if res.Outcome != OutcomeElected || last-res.Margin != aggVotes || namedVotes == aggVotes {
		// The margin was measured to another figure ("against all"
		// ahead), or the candidate has as many votes: it stands.
		return res
	}
	// 0 <= namedVotes < aggVotes <= last: no overflow, and the most is
	// more than the least.
	res.MarginAtMost = last - namedVotes
	behind := "no candidate is behind the winner"
	if named != "" {
		behind = fmt.Sprintf("the best candidate behind the winner, %s, has %d votes", named, namedVotes)
	}
	res.Steps = append(res.Steps, election.Step{Kind: "margin_not_evaluated", Subject: res.Okrug, Value: strconv.FormatInt(res.Margin, 10),
		Detail: fmt.Sprintf("in okrug %s the aggregate %s (%d votes), the sum of several people's votes, is behind the winner but ahead of every candidate: %s; one of its people may be second, or none: the margin is not known exactly, at least %d (its votes all one person's) and at most %d",
			res.Okrug, agg, aggVotes, behind, res.Margin, res.MarginAtMost)})
	return res
}
