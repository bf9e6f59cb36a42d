package validate

import (
	"math"
	"slices"
	"testing"

	"github.com/shopspring/decimal"
)

// Base "votes" is the sum of the recount's votes of the lists, against
// all's among them: a percentage published of it is checked against that
// sum, and a sum that cannot be made (a negative figure, past int64, 0)
// leaves the percentages not evaluated, never compared with a 0.
func TestPublishedBaseVotes(t *testing.T) {
	pct := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	for _, tc := range []struct {
		name         string
		lists        []RecountList
		percent      string // list a's published share
		finding      bool   // a PublishedPercent finding
		notEvaluated bool   // PublishedPercent not evaluated
	}{
		{"of the sum", []RecountList{{ID: "a", Votes: 30}, {ID: "b", Votes: 60}, {ID: "against_all", Votes: 10}}, "30.00", false, false},
		{"not of the valid", []RecountList{{ID: "a", Votes: 30}, {ID: "b", Votes: 60}, {ID: "against_all", Votes: 10}}, "33.33", true, false},
		{"negative", []RecountList{{ID: "a", Votes: 30}, {ID: "b", Votes: -1}}, "30.00", false, true},
		{"overflow", []RecountList{{ID: "a", Votes: 30}, {ID: "b", Votes: math.MaxInt64}}, "0.00", false, true},
		{"zero", []RecountList{{ID: "a", Votes: 0}, {ID: "b", Votes: 0}}, "0.00", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := Recount{Participants: 120, Voters: 200, Valid: 90, Lists: tc.lists}
			s := Summary{Base: BaseVotes, Lists: []PublishedList{{ID: "a", Percent: pct(tc.percent)}}}
			rep := CheckPublished(s, rc, PublishedRules{Decimals: 2})
			got := slices.ContainsFunc(rep.Findings, func(f Finding) bool { return f.Code == PublishedPercent })
			ne := slices.ContainsFunc(rep.NotEvaluated, func(n NotEvaluated) bool { return n.Code == PublishedPercent })
			if got != tc.finding || ne != tc.notEvaluated {
				t.Errorf("finding %v, not evaluated %v; want %v, %v\n%+v", got, ne, tc.finding, tc.notEvaluated, rep)
			}
		})
	}
}
