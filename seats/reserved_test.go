package seats

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

// reservedRule is a district of n seats with seats reserved for a sex.
func reservedRule(n int, res map[election.Sex]int) OkrugRule {
	return OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: n, SexBalance: &SexBalance{Reserved: res}}
}

// TestDistrictReserved is the walk under seats reserved for a sex
// (okrug.sex_balance.reserved): a candidate is skipped when their seat
// would leave fewer seats open than the reserved seats of the other sex
// not yet filled.
func TestDistrictReserved(t *testing.T) {
	m, f := election.Male, election.Female
	oneF := map[election.Sex]int{f: 1}
	twoF := map[election.Sex]int{f: 2}
	// Kapisa 2018 (4 seats, 1 for a woman), its five best men and best
	// woman: Khalili (1,378) is seated over Hakimzadah (2,325), Mohammadi
	// (1,591) and Murad (1,434).
	kapisa := []OkrugCandidate{
		{ID: "nejrabi", Votes: 5849, Sex: m},
		{ID: "afzali", Votes: 5370, Sex: m},
		{ID: "safi", Votes: 5355, Sex: m},
		{ID: "hakimzadah", Votes: 2325, Sex: m},
		{ID: "mohammadi", Votes: 1591, Sex: m},
		{ID: "murad", Votes: 1434, Sex: m},
		{ID: "khalili", Votes: 1378, Sex: f},
		{ID: "sirat", Votes: 1085, Sex: f},
	}
	tests := []struct {
		name    string
		cands   []OkrugCandidate
		rule    OkrugRule
		lots    []string
		outcome Outcome
		elected []string
		reasons []string
		skipped []string
		ties    int
		err     error
	}{
		{name: "met_by_votes", rule: reservedRule(4, oneF), outcome: OutcomeElected,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: f}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 6, Sex: m}, {ID: "e", Votes: 5, Sex: f}},
			elected: []string{"a", "b", "c", "d"}, reasons: []string{"votes", "votes", "votes", "votes"}},
		{name: "woman_lifted_over_men_kapisa", cands: kapisa, rule: reservedRule(4, oneF), outcome: OutcomeElected,
			elected: []string{"nejrabi", "afzali", "safi", "khalili"}, reasons: []string{"votes", "votes", "votes", "sex_balance"},
			skipped: []string{"hakimzadah", "mohammadi", "murad"}},
		{name: "no_rule_kapisa", cands: kapisa, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4}, outcome: OutcomeElected,
			elected: []string{"nejrabi", "afzali", "safi", "hakimzadah"}, reasons: []string{"votes", "votes", "votes", "votes"}},
		// Women need not wait for the last seats: a woman first fills the
		// reserved seat, and the men then take the others by votes.
		{name: "reserved_met_first", rule: reservedRule(3, oneF), outcome: OutcomeElected,
			cands:   []OkrugCandidate{{ID: "w", Votes: 10, Sex: f}, {ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "w2", Votes: 1, Sex: f}},
			elected: []string{"w", "a", "b"}, reasons: []string{"votes", "votes", "votes"}},
		// Reserved seats cap nobody: four women may take four seats.
		{name: "women_uncapped", rule: reservedRule(4, oneF), outcome: OutcomeElected,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: f}, {ID: "b", Votes: 8, Sex: f}, {ID: "c", Votes: 7, Sex: f}, {ID: "d", Votes: 6, Sex: f}, {ID: "e", Votes: 5, Sex: m}},
			elected: []string{"a", "b", "c", "d"}, reasons: []string{"votes", "votes", "votes", "votes"}},
		// Parwan-like: 6 seats, 2 for women; one woman among the best six,
		// the second lifted over the sixth man.
		{name: "two_reserved", rule: reservedRule(6, twoF), outcome: OutcomeElected,
			cands: []OkrugCandidate{{ID: "m1", Votes: 90, Sex: m}, {ID: "w1", Votes: 80, Sex: f}, {ID: "m2", Votes: 70, Sex: m}, {ID: "m3", Votes: 60, Sex: m},
				{ID: "m4", Votes: 50, Sex: m}, {ID: "m5", Votes: 40, Sex: m}, {ID: "w2", Votes: 10, Sex: f}, {ID: "w3", Votes: 5, Sex: f}},
			elected: []string{"m1", "w1", "m2", "m3", "m4", "w2"}, reasons: []string{"votes", "votes", "votes", "votes", "votes", "sex_balance"}, skipped: []string{"m5"}},
		{name: "two_reserved_both_lifted", rule: reservedRule(6, twoF), outcome: OutcomeElected,
			cands: []OkrugCandidate{{ID: "m1", Votes: 90, Sex: m}, {ID: "m2", Votes: 80, Sex: m}, {ID: "m3", Votes: 70, Sex: m}, {ID: "m4", Votes: 60, Sex: m},
				{ID: "m5", Votes: 50, Sex: m}, {ID: "m6", Votes: 40, Sex: m}, {ID: "w2", Votes: 10, Sex: f}, {ID: "w3", Votes: 5, Sex: f}},
			elected: []string{"m1", "m2", "m3", "m4", "w2", "w3"}, reasons: []string{"votes", "votes", "votes", "votes", "sex_balance", "sex_balance"}, skipped: []string{"m5", "m6"}},
		{name: "not_enough_women", rule: reservedRule(6, twoF), outcome: OutcomeUndecidable,
			cands: []OkrugCandidate{{ID: "m1", Votes: 90, Sex: m}, {ID: "m2", Votes: 80, Sex: m}, {ID: "m3", Votes: 70, Sex: m}, {ID: "m4", Votes: 60, Sex: m},
				{ID: "m5", Votes: 50, Sex: m}, {ID: "m6", Votes: 40, Sex: m}, {ID: "w2", Votes: 10, Sex: f}, {ID: "w3", Sex: f}},
			skipped: []string{"m5", "m6"}},
		// No woman with votes, and too few men to fill the seats either:
		// the reserved seat still cannot be filled.
		{name: "no_woman_with_votes", rule: reservedRule(4, oneF), outcome: OutcomeUndecidable,
			cands: []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "w", Sex: f}}},
		// Two women tied for the reserved seat: the walk must choose.
		{name: "tie_at_reserved_seat_awaits_lots", rule: reservedRule(4, oneF), outcome: OutcomeTie, err: ErrLotsRequired, ties: 1,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 6, Sex: m}, {ID: "w1", Votes: 5, Sex: f}, {ID: "w2", Votes: 5, Sex: f}},
			elected: []string{"a", "b", "c"}, reasons: []string{"votes", "votes", "votes"}, skipped: []string{"d"}},
		{name: "tie_at_reserved_seat_lots", rule: reservedRule(4, oneF), lots: []string{"w2", "w1"}, outcome: OutcomeElected, ties: 1,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "c", Votes: 7, Sex: m}, {ID: "d", Votes: 6, Sex: m}, {ID: "w1", Votes: 5, Sex: f}, {ID: "w2", Votes: 5, Sex: f}},
			elected: []string{"a", "b", "c", "w2"}, reasons: []string{"votes", "votes", "votes", "sex_balance"}, skipped: []string{"d"}},
		// A man and a woman tied at the last seat, which is reserved: the
		// rule decides, no lots.
		{name: "tie_decided_by_rule", rule: reservedRule(4, oneF), outcome: OutcomeElected,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "c", Votes: 7, Sex: m}, {ID: "m", Votes: 5, Sex: m}, {ID: "w", Votes: 5, Sex: f}},
			elected: []string{"a", "b", "c", "w"}, reasons: []string{"votes", "votes", "votes", "sex_balance"}, skipped: []string{"m"}},
		// A man and a woman tied for the last two seats, one reserved: both seated, no lots.
		{name: "tie_both_seated", rule: reservedRule(4, oneF), outcome: OutcomeElected,
			cands:   []OkrugCandidate{{ID: "a", Votes: 9, Sex: m}, {ID: "b", Votes: 8, Sex: m}, {ID: "m", Votes: 5, Sex: m}, {ID: "w", Votes: 5, Sex: f}, {ID: "x", Votes: 4, Sex: m}},
			elected: []string{"a", "b", "m", "w"}, reasons: []string{"votes", "votes", "votes", "votes"}},
		{name: "with_max_one_sex", rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4, SexBalance: &SexBalance{MaxOneSex: 3, Reserved: oneF}},
			cands: kapisa, outcome: OutcomeElected,
			elected: []string{"nejrabi", "afzali", "safi", "khalili"}, reasons: []string{"votes", "votes", "votes", "sex_balance"}, skipped: []string{"hakimzadah", "mohammadi", "murad"}},
		{name: "by_okrug", rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4, SexBalance: &SexBalance{Reserved: oneF, ReservedByOkrug: map[string]map[election.Sex]int{"d": twoF}}},
			cands: kapisa, outcome: OutcomeElected,
			elected: []string{"nejrabi", "afzali", "khalili", "sirat"}, reasons: []string{"votes", "votes", "sex_balance", "sex_balance"}, skipped: []string{"safi", "hakimzadah", "mohammadi", "murad"}},
		{name: "by_okrug_none_here", rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4, SexBalance: &SexBalance{Reserved: oneF, ReservedByOkrug: map[string]map[election.Sex]int{"d": {f: 0}}}},
			cands: kapisa, outcome: OutcomeElected,
			elected: []string{"nejrabi", "afzali", "safi", "hakimzadah"}, reasons: []string{"votes", "votes", "votes", "votes"}},
		{name: "reserved_more_than_seats", cands: kapisa, rule: reservedRule(4, map[election.Sex]int{f: 3, m: 2}), err: ErrInvalid},
		{name: "reserved_past_max_one_sex", cands: kapisa, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4, SexBalance: &SexBalance{MaxOneSex: 2, Reserved: map[election.Sex]int{f: 3}}}, err: ErrInvalid},
		{name: "reserved_unknown_sex", cands: kapisa, rule: reservedRule(4, map[election.Sex]int{"X": 1}), err: ErrInvalid},
		{name: "reserved_negative", cands: kapisa, rule: reservedRule(4, map[election.Sex]int{f: -1}), err: ErrInvalid},
		{name: "empty_rule", cands: kapisa, rule: OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots, Seats: 4, SexBalance: &SexBalance{}}, err: ErrInvalid},
		{name: "sex_missing", cands: []OkrugCandidate{{ID: "a", Votes: 1}}, rule: reservedRule(4, oneF), err: ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := District("d", tc.cands, 0, tc.rule, tc.lots)
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
					assert.NotEmpty(t, s.Value, "the skipped candidate's votes")
				}
			}
			assert.Equal(t, tc.reasons, reasons)
			assert.Equal(t, tc.skipped, skipped)
			assert.Len(t, res.Ties, tc.ties)
			assert.Equal(t, tc.rule.Seats-len(res.Elected), res.Unfilled)
		})
	}
}

// TestDistrictReservedSteps: the transcript names who was skipped, with
// the votes and why, and whom the seat went to, over whom.
func TestDistrictReservedSteps(t *testing.T) {
	m, f := election.Male, election.Female
	res, err := District("G-02", []OkrugCandidate{
		{ID: "nejrabi", Votes: 5849, Sex: m}, {ID: "afzali", Votes: 5370, Sex: m}, {ID: "safi", Votes: 5355, Sex: m},
		{ID: "hakimzadah", Votes: 2325, Sex: m}, {ID: "khalili", Votes: 1378, Sex: f},
	}, 0, reservedRule(4, map[election.Sex]int{f: 1}), nil)
	require.NoError(t, err)
	var got []string
	for _, s := range res.Steps {
		if s.Kind == "sex_balance_skip" || s.Kind == "seat" && s.Subject == "khalili" || s.Kind == "district" {
			got = append(got, s.Detail)
		}
	}
	assert.Equal(t, []string{
		"4 seats, single non-transferable vote, at least 1 to women",
		"hakimzadah (M, 2325 votes) is skipped: a seat for them would leave 0 of the 4 seats open, fewer than the 1 reserved for women not yet filled (at least 1 to women)",
		"khalili (F) takes seat 4 of 4 with 1378 votes, by the sex-balance rule (at least 1 to women), over hakimzadah",
	}, got)
}
