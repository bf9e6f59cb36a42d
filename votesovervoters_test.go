package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// emeryMapping is the draft's mapping of the real cut
// us-ut-20160628-primary-emery-head.csv (Utah's primary of 28 June 2016,
// Emery County, OpenElections' long file): the U.S. House contest, its
// precincts' "Registered Voters" rows the line voters; no valid ballots,
// no ballots found.
const emeryMapping = `{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "district", "ballot": "okrug",
 "rows": {"where": [{"column": "office", "values": ["U.S. House", "Registered Voters"]}]},
 "choice_column": {"columns": ["candidate", "office"]}, "votes_column": "votes",
 "choice_values": {"Chia-Chi Teng": "chia-chi-teng", "Jason Chaffetz": "jason-chaffetz"},
 "line_values": {"Registered Voters": "voters"}}`

// The county's "Canvas" pseudo-precinct has 0 voters on the list and 6
// votes (1 + 5): more than its voters can cast, one vote a ballot. With
// neither the valid ballots (P103) nor the ballots found (P111) given,
// P112 bounds the votes by the voters: one warning, at Canvas, and the
// nine precincts whose votes are within their voters pass. Without the
// voters' rows P112 is not evaluated, and says why.
func TestVotesOverVotersEmery(t *testing.T) {
	const file = "us-ut-20160628-primary-emery-head.csv"
	res := countWithRules(t, file, emeryMapping, fptpRules(t))
	var got []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.VotesOverVoters {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Place.Precinct != "Canvas" || got[0].Got != "6" || got[0].Want != "<= 0" || got[0].Gap != 6 || got[0].Severity != validate.Warning {
		t.Fatalf("P112 findings %+v, want one warning at Canvas, 6 > 0", got)
	}
	if msg := got[0].Sentence("en"); !strings.Contains(msg, "more than 0 voters on the list") {
		t.Errorf("P112 sentence %q", msg)
	}
	if slices.ContainsFunc(res.Findings.NotEvaluated, func(n validate.NotEvaluated) bool { return n.Code == validate.VotesOverVoters }) {
		t.Errorf("P112 not evaluated though every protocol gives its voters: %+v", res.Findings.NotEvaluated)
	}

	noVoters := strings.Replace(strings.Replace(emeryMapping, `, "Registered Voters"]`, `]`, 1), `,
 "line_values": {"Registered Voters": "voters"}`, ``, 1)
	res = countWithRules(t, file, noVoters, fptpRules(t))
	i := slices.IndexFunc(res.Findings.NotEvaluated, func(n validate.NotEvaluated) bool { return n.Code == validate.VotesOverVoters })
	if i < 0 || !strings.HasSuffix(res.Findings.NotEvaluated[i].Reason, "and voters") {
		t.Errorf("without the voters: not evaluated %+v, want P112's reason naming voters", res.Findings.NotEvaluated)
	}
}
