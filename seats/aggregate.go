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
// changes nothing: its votes are valid votes, counted as the protocol
// gives them. A nil isAggregate is no aggregate.
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
		return res, false
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
