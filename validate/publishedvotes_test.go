package validate

import (
	"errors"
	"math"
	"slices"
	"strings"
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

// A recount's partial sum (protocols that do not give the figure) is a
// lower bound: a published figure below it disagrees, one at or above it
// is not evaluated, and no share is checked on it (nor on a sum of votes
// that holds it).
func TestPublishedPartialVotes(t *testing.T) {
	pct := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	votes := func(n int64) *int64 { return &n }
	for _, tc := range []struct {
		name      string
		published int64
		finding   bool
	}{
		{"above", 460, false},
		{"equal", 301, false},
		{"below", 300, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := Recount{Participants: 1000, Lists: []RecountList{{ID: "a", Votes: 301, VotesMissing: 1}, {ID: "b", Votes: 101}},
				Okrugs: []RecountOkrug{{ID: "1", Winner: "x", Votes: map[string]int64{"x": 301, "y": 101}, VotesMissing: map[string]int{"x": 1}}}}
			for _, base := range []string{BaseParticipants, BaseVotes} {
				s := Summary{Base: base, Lists: []PublishedList{{ID: "a", Votes: votes(tc.published), Percent: pct("46.00")}},
					Okrugs: []PublishedOkrug{{ID: "1", Winner: "x", Votes: map[string]int64{"x": tc.published}}}}
				rep := CheckPublished(s, rc, PublishedRules{Decimals: 2})
				for _, code := range []Code{PublishedVotes, PublishedOkrugVotes} {
					got := slices.ContainsFunc(rep.Findings, func(f Finding) bool { return f.Code == code })
					ne := slices.ContainsFunc(rep.NotEvaluated, func(n NotEvaluated) bool { return n.Code == code && strings.Contains(n.Reason, "partial sum") })
					if got != tc.finding || ne == tc.finding {
						t.Errorf("%s, base %s: finding %v, not evaluated %v; want finding %v\n%+v", code, base, got, ne, tc.finding, rep)
					}
				}
				if slices.ContainsFunc(rep.Findings, func(f Finding) bool { return f.Code == PublishedPercent }) {
					t.Errorf("base %s: a share checked on a partial sum\n%+v", base, rep)
				}
			}
		})
	}
}

// A published partial sum (the publication says protocols do not give
// it: Summary's votes_missing) is a lower bound too: a recount at or
// above it is not evaluated, one below it disagrees. Both partial, the
// figures cannot disagree.
func TestPublishedPartialOfPublication(t *testing.T) {
	votes := func(n int64) *int64 { return &n }
	for _, tc := range []struct {
		name           string
		recount        int64
		recountMissing int
		finding        bool
	}{
		{"whole above", 460, 0, false},
		{"whole equal", 301, 0, false},
		{"whole below", 300, 0, true},
		{"partial below", 250, 2, false},
		{"partial above", 400, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := Recount{Participants: 1000, Lists: []RecountList{{ID: "a", Votes: tc.recount, VotesMissing: tc.recountMissing}},
				Okrugs: []RecountOkrug{{ID: "1", Winner: "x", Votes: map[string]int64{"x": tc.recount}}}}
			if tc.recountMissing > 0 {
				rc.Okrugs[0].VotesMissing = map[string]int{"x": tc.recountMissing}
			}
			s := Summary{Lists: []PublishedList{{ID: "a", Votes: votes(301), VotesMissing: 1}},
				Okrugs: []PublishedOkrug{{ID: "1", Winner: "x", Votes: map[string]int64{"x": 301}, VotesMissing: map[string]int{"x": 1}}}}
			rep := CheckPublished(s, rc, PublishedRules{Decimals: 2})
			for _, code := range []Code{PublishedVotes, PublishedOkrugVotes} {
				got := slices.ContainsFunc(rep.Findings, func(f Finding) bool { return f.Code == code })
				ne := slices.ContainsFunc(rep.NotEvaluated, func(n NotEvaluated) bool { return n.Code == code && strings.Contains(n.Reason, "partial sum") })
				if got != tc.finding || ne == tc.finding {
					t.Errorf("%s: finding %v, not evaluated %v; want finding %v\n%+v", code, got, ne, tc.finding, rep)
				}
			}
		})
	}
}

// A summary's votes_missing below 0 is an error naming its field.
func TestSummaryVotesMissingNegative(t *testing.T) {
	for _, in := range []string{
		`{"lists": [{"id": "a", "votes": 3, "votes_missing": -1}]}`,
		`{"okrugs": [{"id": "1", "votes": {"x": 3}, "votes_missing": {"x": -1}}]}`,
	} {
		_, err := ReadSummary(strings.NewReader(in), "s.json")
		var se *SummaryError
		if !errors.As(err, &se) || !strings.Contains(se.Field, "votes_missing") || se.Line != 1 {
			t.Errorf("%s: got %v, want an error at votes_missing", in, err)
		}
	}
}
