package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
)

// On a list ballot of several votes (Hamburg's five, Liechtenstein's as
// many as seats) a list's votes are votes: a threshold over the ballots
// (valid, participants) or the voters would let a list with a fifth of the
// share pass, so such a base is refused naming the field; base votes, or a
// threshold of 0%, stands.
func TestListBallotOfSeveralVotesThresholdBase(t *testing.T) {
	for _, tc := range []struct {
		threshold, regional, want string
	}{
		{`{"percent": "5", "base": "valid", "comparison": "at_least"}`, "", "threshold.base"},
		{`{"percent": "5", "base": "participants", "comparison": "at_least"}`, "", "threshold.base"},
		{`{"percent": "5", "base": "votes", "comparison": "at_least"}`, "", ""},
		{`{"percent": "0", "base": "valid", "comparison": "at_least"}`, "", ""},
		{`{"percent": "5", "base": "votes", "comparison": "at_least"}`, `, "regional_threshold": {"percent": "1", "base": "valid", "comparison": "at_least", "in_at_least": 1}`, "regional_threshold.base"},
	} {
		_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "hh", "version": "1", "seats": {"list": 10},
 "list": {"method": "sainte_lague", "tie": "lots", "preference_tie": "list_position", "missing_preferences": "list_position"}, "threshold": `+tc.threshold+tc.regional+`,
 "protocol": {"lines": ["voters", "valid", "invalid"], "ballots": {"list": {"against_all": false, "votes_per_ballot": 5}}}}`), "rules.json")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s%s: %v", tc.threshold, tc.regional, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "votes_per_ballot")):
			t.Errorf("%s%s: error %v; want one naming %s and votes_per_ballot", tc.threshold, tc.regional, err, tc.want)
		}
	}
}
