package seats

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

func rule(r Rounding, tie TieRule) ListRule {
	return ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: r, Tie: tie}
}

func missingRule(tie, missing TieRule) ListRule {
	r := rule(RoundHalfUp, tie)
	r.Missing = missing
	return r
}

func TestWomenRequired(t *testing.T) {
	tests := []struct {
		seats            int
		halfUp, up, down int
	}{
		{0, 0, 0, 0}, {1, 0, 1, 0}, {2, 1, 1, 0}, {3, 1, 1, 0}, {5, 2, 2, 1}, {6, 2, 2, 1},
		{7, 2, 3, 2}, {9, 3, 3, 2}, {10, 3, 3, 3}, {12, 4, 4, 3}, {15, 5, 5, 4}, {54, 16, 17, 16},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.halfUp, WomenRequired(tc.seats, rule(RoundHalfUp, ListPosition)), "half_up %d", tc.seats)
		assert.Equal(t, tc.up, WomenRequired(tc.seats, rule(RoundUp, ListPosition)), "up %d", tc.seats)
		assert.Equal(t, tc.down, WomenRequired(tc.seats, rule(RoundDown, ListPosition)), "down %d", tc.seats)
	}
	// CEC reading, 2021: 5/15, 4/12, 3/9, 3/7, 2/6, 2/5.
	for seats, want := range map[int]int{15: 5, 12: 4, 9: 3, 7: 3, 6: 2, 5: 2} {
		assert.Equal(t, want, WomenRequired(seats, rule(RoundUp, ListPosition)), "CEC %d", seats)
	}
	// A fractional quota is exact: 33.5% of 2 seats = 0.67 -> 1 half up.
	assert.Equal(t, 1, WomenRequired(2, ListRule{WomenQuota: decimal.RequireFromString("33.5"), Rounding: RoundHalfUp, Tie: ListPosition}))
	// 25% of 2 = 0.5 exactly: half up gives 1.
	assert.Equal(t, 1, WomenRequired(2, ListRule{WomenQuota: decimal.NewFromInt(25), Rounding: RoundHalfUp, Tie: ListPosition}))
	assert.Equal(t, 3, WomenRequired(3, ListRule{WomenQuota: decimal.NewFromInt(100), Rounding: RoundUp, Tie: ListPosition}))
	assert.Equal(t, 0, WomenRequired(3, ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: "sideways", Tie: ListPosition}))
}

func cand(id string, pos int, sex election.Sex, prefs int64) ListCandidate {
	return ListCandidate{ID: id, Position: pos, Sex: sex, Preferences: prefs}
}

const (
	f = election.Female
	m = election.Male
)

func TestFillList(t *testing.T) {
	tests := []struct {
		name     string
		cands    []ListCandidate
		seats    int
		rule     ListRule
		lots     []string
		want     []string // elected IDs in order seated
		reasons  []string // Reason of each, when given
		unfilled int
		reason   bool
		tie      *Tie
		ties     []Tie // when not nil, every tie reported
		// notEvaluated: the list's preference votes are not evaluated
		notEvaluated bool
		err          error
	}{
		{name: "quota_then_preference", seats: 3, rule: rule(RoundHalfUp, ListPosition),
			cands: []ListCandidate{cand("m1", 1, m, 100), cand("m2", 2, m, 90), cand("w3", 3, f, 10), cand("m4", 4, m, 80)},
			want:  []string{"w3", "m1", "m2"}, reasons: []string{ReasonWomenQuota, ReasonPreference, ReasonPreference}},
		{name: "women_win_on_preference_too", seats: 3, rule: rule(RoundHalfUp, ListPosition),
			cands: []ListCandidate{cand("w1", 1, f, 100), cand("w2", 2, f, 90), cand("m3", 3, m, 10)},
			want:  []string{"w1", "w2", "m3"}, reasons: []string{ReasonWomenQuota, ReasonPreference, ReasonPreference}},
		{name: "women_short", seats: 7, rule: rule(RoundUp, ListPosition),
			cands: []ListCandidate{cand("m1", 1, m, 5), cand("w2", 2, f, 1), cand("m3", 3, m, 4), cand("m4", 4, m, 3),
				cand("m5", 5, m, 2), cand("m6", 6, m, 1), cand("m7", 7, m, 0), cand("m8", 8, m, 0)},
			want: []string{"w2", "m1", "m3", "m4", "m5", "m6", "m7"}, reason: true},
		{name: "fewer_candidates_than_seats", seats: 5, rule: rule(RoundHalfUp, ListPosition),
			cands: []ListCandidate{cand("w1", 1, f, 1), cand("m2", 2, m, 2)},
			want:  []string{"w1", "m2"}, unfilled: 3, reason: true},
		// Part of issue 12's attack suite: a tie at 0 preference votes is a
		// tie like any other: under Lots it asks for lots, not list order.
		{name: "no_preferences_lots_required", seats: 3, rule: rule(RoundUp, Lots),
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("w2", 2, f, 0), cand("m3", 3, m, 0), cand("w4", 4, f, 0)},
			want:  nil, tie: &Tie{Context: ReasonWomenQuota, Tied: []string{"w2", "w4"}, Seats: 1, Value: "0"}, err: ErrLotsRequired},
		{name: "no_preferences_settled_by_lots", seats: 3, rule: rule(RoundUp, Lots), lots: []string{"w4", "m3", "w2", "m1"},
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("w2", 2, f, 0), cand("m3", 3, m, 0), cand("w4", 4, f, 0)},
			want:  []string{"w4", "m3", "w2"},
			ties: []Tie{
				{Context: ReasonWomenQuota, Tied: []string{"w2", "w4"}, Seats: 1, Value: "0", SettledBy: "lots", Order: []string{"w4", "w2"}, Winners: []string{"w4"}},
				{Context: ReasonPreference, Tied: []string{"m1", "m3", "w2"}, Seats: 2, Value: "0", SettledBy: "lots", Order: []string{"m3", "w2", "m1"}, Winners: []string{"m3", "w2"}}}},
		{name: "no_preferences_list_position", seats: 3, rule: rule(RoundUp, ListPosition),
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("w2", 2, f, 0), cand("m3", 3, m, 0), cand("w4", 4, f, 0)},
			want:  []string{"w2", "m1", "m3"},
			ties: []Tie{
				{Context: ReasonWomenQuota, Tied: []string{"w2", "w4"}, Seats: 1, Value: "0", SettledBy: "list_position", Order: []string{"w2", "w4"}, Winners: []string{"w2"}},
				{Context: ReasonPreference, Tied: []string{"m1", "m3", "w4"}, Seats: 2, Value: "0", SettledBy: "list_position", Order: []string{"m1", "m3", "w4"}, Winners: []string{"m1", "m3"}}}},
		// Missing preference data is not zero votes: the whole list is
		// tied at "not_evaluated" and the rule for missing data decides.
		{name: "missing_preferences_by_rule", seats: 2, rule: missingRule(ListPosition, ListPosition),
			cands: []ListCandidate{cand("m1", 1, m, 50), cand("m2", 2, m, 90), {ID: "m3", Position: 3, Sex: m, NoPreferences: true}},
			want:  []string{"m1", "m2"}, notEvaluated: true, reason: true,
			ties: []Tie{{Context: ReasonPreference, Tied: []string{"m1", "m2", "m3"}, Seats: 2, Value: "not_evaluated", SettledBy: "list_position",
				Order: []string{"m1", "m2", "m3"}, Winners: []string{"m1", "m2"}}}},
		{name: "missing_preferences_lots_required", seats: 1, rule: missingRule(ListPosition, Lots),
			cands: []ListCandidate{{ID: "m1", Position: 1, Sex: m, NoPreferences: true}, {ID: "m2", Position: 2, Sex: m, NoPreferences: true}},
			want:  nil, notEvaluated: true, tie: &Tie{Context: ReasonPreference, Tied: []string{"m1", "m2"}, Seats: 1, Value: "not_evaluated"}, err: ErrLotsRequired},
		{name: "missing_preferences_no_rule", seats: 1, rule: rule(RoundUp, ListPosition),
			cands: []ListCandidate{{ID: "m1", Position: 1, Sex: m, NoPreferences: true}}, err: ErrInvalid},
		{name: "missing_preferences_all_seated", seats: 2, rule: missingRule(ListPosition, Lots),
			cands: []ListCandidate{{ID: "m1", Position: 1, Sex: m, NoPreferences: true}, {ID: "m2", Position: 2, Sex: m, NoPreferences: true}},
			want:  []string{"m1", "m2"}, notEvaluated: true, reason: true},
		{name: "preference_tie_by_position", seats: 2, rule: rule(RoundDown, ListPosition),
			cands: []ListCandidate{cand("m3", 3, m, 50), cand("m1", 1, m, 60), cand("m2", 2, m, 50)},
			want:  []string{"m1", "m2"}},
		{name: "preference_tie_lots_required", seats: 2, rule: rule(RoundDown, Lots),
			cands: []ListCandidate{cand("m3", 3, m, 50), cand("m1", 1, m, 60), cand("m2", 2, m, 50)},
			want:  []string{"m1"}, tie: &Tie{Context: ReasonPreference, Tied: []string{"m2", "m3"}, Seats: 1, Value: "50"}, err: ErrLotsRequired},
		{name: "preference_tie_settled_by_lots", seats: 2, rule: rule(RoundDown, Lots), lots: []string{"m3", "m2"},
			cands: []ListCandidate{cand("m3", 3, m, 50), cand("m1", 1, m, 60), cand("m2", 2, m, 50)},
			want:  []string{"m1", "m3"}},
		{name: "women_quota_tie_lots_required", seats: 3, rule: rule(RoundHalfUp, Lots),
			cands: []ListCandidate{cand("m1", 1, m, 90), cand("w2", 2, f, 7), cand("w3", 3, f, 7), cand("m4", 4, m, 80)},
			want:  nil, tie: &Tie{Context: ReasonWomenQuota, Tied: []string{"w2", "w3"}, Seats: 1, Value: "7"}, err: ErrLotsRequired},
		{name: "women_quota_tie_moot", seats: 2, rule: rule(RoundHalfUp, Lots),
			cands: []ListCandidate{cand("w2", 2, f, 5), cand("w1", 1, f, 5), cand("m3", 3, m, 4)},
			want:  []string{"w1", "w2"}, reasons: []string{ReasonWomenQuota, ReasonPreference}},
		{name: "women_quota_tie_by_position", seats: 3, rule: rule(RoundHalfUp, ListPosition),
			cands: []ListCandidate{cand("m1", 1, m, 90), cand("w3", 3, f, 7), cand("w2", 2, f, 7), cand("m4", 4, m, 80)},
			want:  []string{"w2", "m1", "m4"}},
		{name: "bad_lot", seats: 2, rule: rule(RoundDown, Lots), lots: []string{"m1"},
			cands: []ListCandidate{cand("m3", 3, m, 50), cand("m1", 1, m, 60), cand("m2", 2, m, 50)}, err: ErrBadLot},
		{name: "lots_under_list_position", seats: 1, rule: rule(RoundDown, ListPosition), lots: []string{"m1"},
			cands: []ListCandidate{cand("m1", 1, m, 60)}, err: ErrBadLot},
		{name: "zero_seats", seats: 0, rule: rule(RoundUp, ListPosition), cands: []ListCandidate{cand("w1", 1, f, 3)}, want: nil},

		{name: "unknown_sex", seats: 1, rule: rule(RoundUp, ListPosition), cands: []ListCandidate{{ID: "x", Position: 1}}, err: ErrInvalid},
		{name: "duplicate_position", seats: 1, rule: rule(RoundUp, ListPosition),
			cands: []ListCandidate{cand("a", 1, m, 1), cand("b", 1, f, 1)}, err: ErrInvalid},
		{name: "duplicate_id", seats: 1, rule: rule(RoundUp, ListPosition),
			cands: []ListCandidate{cand("a", 1, m, 1), cand("a", 2, f, 1)}, err: ErrInvalid},
		{name: "negative_preferences", seats: 1, rule: rule(RoundUp, ListPosition), cands: []ListCandidate{cand("a", 1, m, -1)}, err: ErrInvalid},
		{name: "negative_seats", seats: -1, rule: rule(RoundUp, ListPosition), err: ErrInvalid},
		{name: "zero_rule", seats: 1, rule: ListRule{}, err: ErrInvalid},
		{name: "registration_rule_not_for_lists", seats: 1, rule: rule(RoundUp, RegistrationOrder), err: ErrInvalid},
		{name: "quota_over_100", seats: 1, rule: ListRule{WomenQuota: decimal.NewFromInt(101), Rounding: RoundUp, Tie: ListPosition}, err: ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FillList("p", tc.cands, tc.seats, tc.rule, tc.lots)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
			} else {
				require.NoError(t, err)
			}
			if tc.tie != nil {
				var te *TieError
				require.ErrorAs(t, err, &te)
				assert.Equal(t, *tc.tie, te.Tie)
				require.NotNil(t, res.Tie)
				assert.Equal(t, *tc.tie, *res.Tie)
				assert.GreaterOrEqual(t, res.Pending, res.Tie.Seats)
			} else {
				assert.Nil(t, res.Tie)
				assert.Zero(t, res.Pending)
			}
			if tc.err != nil && tc.tie == nil {
				assert.Equal(t, ListResult{}, res)
				return
			}
			var got, reasons []string
			for _, e := range res.Elected {
				got = append(got, e.ID)
				reasons = append(reasons, e.Reason)
			}
			assert.Equal(t, tc.want, got)
			if tc.reasons != nil {
				assert.Equal(t, tc.reasons, reasons)
			}
			assert.Equal(t, tc.unfilled, res.Unfilled)
			assert.Equal(t, tc.seats, len(res.Elected)+res.Unfilled+res.Pending)
			assert.Equal(t, tc.reason, res.Reason != "", "reason %q", res.Reason)
			assert.Equal(t, tc.notEvaluated, res.NotEvaluated)
			if tc.ties != nil {
				assert.Equal(t, tc.ties, res.Ties)
			}
		})
	}
}

// The 2021 dispute on one list: the same candidates under both readings,
// and the one candidate who changes.
func TestFillListRoundingDiffers(t *testing.T) {
	cands := []ListCandidate{
		cand("m1", 1, m, 900), cand("w2", 2, f, 250), cand("m3", 3, m, 700), cand("m4", 4, m, 600),
		cand("w5", 5, f, 400), cand("m6", 6, m, 500), cand("m7", 7, m, 300), cand("w8", 8, f, 100),
	}
	half, err := FillList("alliance", cands, 7, rule(RoundHalfUp, ListPosition), nil)
	require.NoError(t, err)
	up, err := FillList("alliance", cands, 7, rule(RoundUp, ListPosition), nil)
	require.NoError(t, err)
	assert.Equal(t, 2, half.WomenRequired)
	assert.Equal(t, 3, up.WomenRequired)
	in := func(r ListResult, id string) bool {
		for _, e := range r.Elected {
			if e.ID == id {
				return true
			}
		}
		return false
	}
	assert.True(t, in(half, "m7"))
	assert.False(t, in(half, "w8"))
	assert.False(t, in(up, "m7"))
	assert.True(t, in(up, "w8"))
}

func closedRule(quota int64, r Rounding) ListRule {
	return ListRule{Lists: ClosedList, WomenQuota: decimal.NewFromInt(quota), Rounding: r}
}

// A closed list seats by list order: preference votes, given or missing,
// play no part, and nothing is ever tied. With a women's quota the quota
// seats go to the women placed highest, the others in list order among the
// rest. Part of issue 12's suite (decisions not made by the votes).
func TestFillListClosed(t *testing.T) {
	missing := func(c ListCandidate) ListCandidate { c.NoPreferences = true; return c }
	tests := []struct {
		name     string
		cands    []ListCandidate
		seats    int
		rule     ListRule
		want     []string // elected IDs, in list order
		reasons  []string
		unfilled int
		reason   bool
	}{
		{name: "list_order_not_preferences", seats: 2, rule: closedRule(0, ""),
			cands: []ListCandidate{cand("m3", 3, m, 900), cand("m1", 1, m, 0), cand("w2", 2, f, 5)},
			want:  []string{"m1", "w2"}, reasons: []string{ReasonListPosition, ReasonListPosition}},
		{name: "no_preference_votes_at_all", seats: 2, rule: closedRule(0, ""),
			cands: []ListCandidate{missing(cand("a", 1, m, 0)), missing(cand("b", 2, m, 0)), missing(cand("c", 3, m, 0))},
			want:  []string{"a", "b"}},
		{name: "quota_to_the_highest_placed_women", seats: 3, rule: closedRule(30, RoundHalfUp), // 0.9 -> 1 woman
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("m2", 2, m, 0), cand("m3", 3, m, 0), cand("w4", 4, f, 0), cand("w5", 5, f, 0)},
			want:  []string{"m1", "m2", "w4"}, reasons: []string{ReasonListPosition, ReasonListPosition, ReasonWomenQuota}},
		{name: "quota_met_in_list_order", seats: 3, rule: closedRule(30, RoundHalfUp),
			cands: []ListCandidate{cand("w1", 1, f, 0), cand("m2", 2, m, 0), cand("m3", 3, m, 0), cand("m4", 4, m, 0)},
			want:  []string{"w1", "m2", "m3"}, reasons: []string{ReasonWomenQuota, ReasonListPosition, ReasonListPosition}},
		{name: "women_short", seats: 3, rule: closedRule(100, RoundHalfUp),
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("w2", 2, f, 0), cand("m3", 3, m, 0)},
			want:  []string{"m1", "w2", "m3"}, reason: true},
		{name: "roster_too_short", seats: 4, rule: closedRule(0, ""),
			cands: []ListCandidate{cand("m1", 1, m, 0), cand("m2", 2, m, 0)},
			want:  []string{"m1", "m2"}, unfilled: 2, reason: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FillList("p", tc.cands, tc.seats, tc.rule, nil)
			require.NoError(t, err)
			var got, reasons []string
			for _, e := range res.Elected {
				got = append(got, e.ID)
				reasons = append(reasons, e.Reason)
			}
			assert.Equal(t, tc.want, got)
			if tc.reasons != nil {
				assert.Equal(t, tc.reasons, reasons)
			}
			assert.Equal(t, tc.unfilled, res.Unfilled)
			assert.Equal(t, tc.seats, len(res.Elected)+res.Unfilled)
			assert.Equal(t, tc.reason, res.Reason != "", "reason %q", res.Reason)
			assert.Empty(t, res.Ties)
			assert.Nil(t, res.Tie)
			assert.False(t, res.NotEvaluated)
			for _, s := range res.Steps {
				assert.NotContains(t, []string{"tie", "tie_break", "preferences_not_evaluated", "preference_seat"}, s.Kind)
			}
		})
	}
}

func TestListRuleClosedValidate(t *testing.T) {
	require.NoError(t, closedRule(0, "").Validate())
	require.NoError(t, closedRule(30, RoundUp).Validate())
	for name, r := range map[string]ListRule{
		"preference tie":      {Lists: ClosedList, Tie: ListPosition},
		"missing preferences": {Lists: ClosedList, Missing: Lots},
		"quota, no rounding":  closedRule(30, ""),
		"unknown rounding":    closedRule(0, "sideways"),
		"unknown kind":        {Lists: "ajar", Rounding: RoundUp, Tie: ListPosition},
	} {
		require.ErrorIs(t, r.Validate(), ErrInvalid, name)
	}
}
