package seats

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

// kg2025 is the district rule of the 2025 Kyrgyz law: three seats, at
// most two of one sex.
var kg2025 = OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 2}}

func elected(r OkrugResult) []string {
	var out []string
	for _, d := range r.Elected {
		out = append(out, d.ID)
	}
	return out
}

func TestDistrict(t *testing.T) {
	m, f := election.Male, election.Female
	// District 22 of 30 November 2025 (CEC): Bekeshev 13,278 M, Ibragimov
	// 5,983 M, Kozhokulova 902 F seated by the rule; the men between them
	// are synthetic.
	d22 := []OkrugCandidate{
		{ID: "bekeshev", Registration: 1, Votes: 13278, Sex: m},
		{ID: "ibragimov", Registration: 2, Votes: 5983, Sex: m},
		{ID: "m3", Registration: 3, Votes: 4100, Sex: m},
		{ID: "m4", Registration: 4, Votes: 1200, Sex: m},
		{ID: "kozhokulova", Registration: 5, Votes: 902, Sex: f},
		{ID: "f2", Registration: 6, Votes: 300, Sex: f},
	}
	// District 23: a woman first, two men: no correction needed.
	d23 := []OkrugCandidate{
		{ID: "surabaldieva", Registration: 1, Votes: 8254, Sex: f},
		{ID: "mamataliev", Registration: 2, Votes: 5738, Sex: m},
		{ID: "kadyraliev", Registration: 3, Votes: 5533, Sex: m},
		{ID: "m4", Registration: 4, Votes: 5000, Sex: m},
	}
	tests := []struct {
		name    string
		cands   []OkrugCandidate
		against int64
		rule    OkrugRule
		lots    []string
		outcome Outcome
		elected []string
		reasons []string
		skipped []string
		ties    int
		err     error
	}{
		{name: "district_22_rule_bites", cands: d22, rule: kg2025, outcome: OutcomeElected,
			elected: []string{"bekeshev", "ibragimov", "kozhokulova"}, reasons: []string{"votes", "votes", "sex_balance"}, skipped: []string{"m3", "m4"}},
		{name: "district_23_no_correction", cands: d23, rule: kg2025, outcome: OutcomeElected,
			elected: []string{"surabaldieva", "mamataliev", "kadyraliev"}, reasons: []string{"votes", "votes", "votes"}},
		{name: "no_rule_top_three", cands: d22, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 3}, outcome: OutcomeElected,
			elected: []string{"bekeshev", "ibragimov", "m3"}, reasons: []string{"votes", "votes", "votes"}},
		{name: "men_only_cannot_decide", cands: d22[:4], rule: kg2025, outcome: OutcomeUndecidable, skipped: []string{"m3", "m4"}},
		{name: "two_with_votes", cands: []OkrugCandidate{{ID: "a", Registration: 1, Votes: 5, Sex: m}, {ID: "b", Registration: 2, Votes: 4, Sex: f}, {ID: "c", Registration: 3, Sex: f}},
			rule: kg2025, outcome: OutcomeElected, elected: []string{"a", "b"}, reasons: []string{"votes", "votes"}},
		{name: "no_votes", cands: []OkrugCandidate{{ID: "a", Registration: 1, Sex: m}}, rule: kg2025, outcome: OutcomeNoVotes},
		{name: "tie_at_last_seat_awaits_lots", cands: []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: f}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 7, Sex: f}},
			rule: kg2025, outcome: OutcomeTie, elected: []string{"a", "b"}, reasons: []string{"votes", "votes"}, ties: 1, err: ErrLotsRequired},
		{name: "tie_at_last_seat_lots", cands: []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: f}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 7, Sex: f}},
			rule: kg2025, lots: []string{"d", "c"}, outcome: OutcomeElected, elected: []string{"a", "b", "d"}, reasons: []string{"votes", "votes", "tie"}, ties: 1},
		// Two men tied for the last seat after two men: the rule skips both,
		// no tie (neither could take it).
		{name: "tie_across_rule_moot", cands: []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 7, Sex: m}, {ID: "e", Votes: 1, Sex: f}},
			rule: kg2025, outcome: OutcomeElected, elected: []string{"a", "b", "e"}, reasons: []string{"votes", "votes", "sex_balance"}, skipped: []string{"c", "d"}},
		// Three men tied for the first seats: the rule admits two of them.
		{name: "tie_across_rule", cands: []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 9, Sex: m}, {ID: "c", Votes: 9, Sex: m}, {ID: "e", Votes: 1, Sex: f}},
			rule: kg2025, lots: []string{"c", "a", "b"}, outcome: OutcomeElected, elected: []string{"c", "a", "e"}, reasons: []string{"tie", "tie", "sex_balance"}, skipped: []string{"b"}, ties: 1},
		{name: "against_all_ahead_of_last_seat", cands: d22, against: 1000,
			rule:    OkrugRule{AgainstAll: RepeatIfAheadOfLastSeat, AgainstAllTie: AgainstAllTieCandidate, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 2}},
			outcome: OutcomeRepeat, skipped: []string{"m3", "m4"}},
		{name: "against_all_behind_leader", cands: d22, against: 1000,
			rule:    OkrugRule{AgainstAll: RepeatIfAheadOfLeader, AgainstAllTie: AgainstAllTieCandidate, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 2}},
			outcome: OutcomeElected, elected: []string{"bekeshev", "ibragimov", "kozhokulova"}, reasons: []string{"votes", "votes", "sex_balance"}, skipped: []string{"m3", "m4"}},
		{name: "against_all_equal_last_seat", cands: d22, against: 902,
			rule:    OkrugRule{AgainstAll: RepeatIfAheadOfLastSeat, AgainstAllTie: AgainstAllTieCandidate, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 2}},
			outcome: OutcomeElected, elected: []string{"bekeshev", "ibragimov", "kozhokulova"}, reasons: []string{"votes", "votes", "sex_balance"}, skipped: []string{"m3", "m4"}, ties: 1},
		{name: "sex_missing", cands: []OkrugCandidate{{ID: "a", Votes: 1}}, rule: kg2025, err: ErrInvalid},
		{name: "repeat_if_ahead_ambiguous", cands: d22, rule: OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieCandidate, Tie: Lots, Seats: 3}, err: ErrInvalid},
		{name: "rule_cannot_be_met", cands: d22, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 1}}, err: ErrInvalid},
		{name: "rule_limits_nothing", cands: d22, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 3}}, err: ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := District("d", tc.cands, tc.against, tc.rule, tc.lots)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				if tc.err != ErrLotsRequired {
					return
				}
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.outcome, res.Outcome)
			assert.Equal(t, tc.elected, elected(res))
			var reasons, skipped []string
			for _, d := range res.Elected {
				reasons = append(reasons, d.Reason)
			}
			for _, s := range res.Steps {
				if s.Kind == "sex_balance_skip" {
					skipped = append(skipped, s.Subject)
				}
			}
			assert.Equal(t, tc.reasons, reasons)
			assert.Equal(t, tc.skipped, skipped)
			assert.Len(t, res.Ties, tc.ties)
			assert.Equal(t, 3-len(res.Elected), res.Unfilled)
		})
	}
}

// TestDistrictOneSeatIsPlurality: a district of one seat without a sex
// rule is decided exactly as Plurality decides an okrug.
func TestDistrictOneSeatIsPlurality(t *testing.T) {
	r := OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieCandidate, Tie: RegistrationOrder}
	cands := []OkrugCandidate{{ID: "x", Registration: 2, Votes: 500}, {ID: "y", Registration: 1, Votes: 500}}
	p, err := Plurality("o", cands, 10, r, nil)
	require.NoError(t, err)
	d, err := District("o", cands, 10, r, nil)
	require.NoError(t, err)
	assert.Equal(t, p, d)
}

// SeatsByOkrug gives a district its own seats, the others keeping Seats;
// a rule of one seat is refused as soon as one district has several, and
// a district's seats are 1..MaxDistrictSeats.
func TestSeatsByOkrug(t *testing.T) {
	r := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, SeatsByOkrug: map[string]int{"gorse-hill": 2}}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if a, b := r.SeatsOf("gorse-hill"), r.SeatsOf("bowdon"); a != 2 || b != 1 {
		t.Errorf("seats %d and %d, want 2 and 1", a, b)
	}
	for name, bad := range map[string]OkrugRule{
		"repeat_if_ahead": {AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieRepeat, Tie: Lots, SeatsByOkrug: map[string]int{"a": 2}},
		"zero":            {AgainstAll: AgainstAllIgnored, Tie: Lots, SeatsByOkrug: map[string]int{"a": 0}},
		"empty ID":        {AgainstAll: AgainstAllIgnored, Tie: Lots, SeatsByOkrug: map[string]int{" ": 2}},
		"sex balance":     {AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 3, SexBalance: &SexBalance{MaxOneSex: 2}, SeatsByOkrug: map[string]int{"a": 1}},
	} {
		if err := bad.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", name, err)
		}
	}
	// In a one-seat district the several-seat rule is repeat_if_ahead.
	r.AgainstAll, r.AgainstAllTie = RepeatIfAheadOfLastSeat, AgainstAllTieRepeat
	one := r
	one.Seats, one.SeatsByOkrug = r.SeatsOf("bowdon"), nil
	res, err := District("bowdon", []OkrugCandidate{{ID: "x", Registration: 1, Votes: 10}, {ID: "y", Registration: 2, Votes: 5}}, 11, one, nil)
	if err != nil || res.Outcome != OutcomeRepeat {
		t.Errorf("against all ahead in a one-seat district: %v, %v; want a repeat election", res.Outcome, err)
	}
}
