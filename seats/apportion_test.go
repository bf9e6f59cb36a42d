package seats

import (
	"encoding/json"
	"errors"
	"maps"
	"math"
	"math/big"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/internal/exact"
)

func entries(votes ...int64) []Entry {
	es := make([]Entry, len(votes))
	for i, v := range votes {
		es[i] = Entry{ID: string(rune('a' + i)), Votes: v, Registration: i + 1, BallotNo: len(votes) - i}
	}
	return es
}

func seatCounts(r Result) []int {
	out := make([]int, len(r.Seats))
	for i, s := range r.Seats {
		out[i] = s.Seats
	}
	return out
}

func stepKinds(r Result) []string {
	var out []string
	for _, s := range r.Steps {
		out = append(out, s.Kind)
	}
	return out
}

func TestMethodsDisagree(t *testing.T) {
	raw, err := os.ReadFile("testdata/methods_disagree.json")
	require.NoError(t, err)
	var file struct {
		Cases []struct {
			Name     string           `json:"name"`
			Seats    int              `json:"seats"`
			Entries  []Entry          `json:"entries"`
			Expected map[Method][]int `json:"expected"`
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &file))
	require.NotEmpty(t, file.Cases)
	for _, c := range file.Cases {
		require.Len(t, c.Expected, len(Methods()), c.Name)
		for _, m := range Methods() {
			t.Run(c.Name+"/"+string(m), func(t *testing.T) {
				res, err := Apportion(c.Entries, Options{Seats: c.Seats, Method: m, Tie: Lots})
				require.NoError(t, err)
				assert.Equal(t, c.Expected[m], seatCounts(res))
				assert.Equal(t, c.Seats, res.Total)
			})
		}
	}
}

func TestApportion(t *testing.T) {
	wiki := entries(47000, 16000, 15800, 12000, 6100, 3100)
	tests := []struct {
		name     string
		entries  []Entry
		o        Options
		want     []int
		unfilled int
		reason   bool
		kinds    []string // step kinds that must occur
		tie      *Tie
		err      error
	}{
		{name: "hare_vs_dhondt_hare", entries: wiki, o: Options{Seats: 10, Method: Hare, Tie: Lots}, want: []int{5, 2, 1, 1, 1, 0}},
		{name: "hare_vs_dhondt_dhondt", entries: wiki, o: Options{Seats: 10, Method: DHondt, Tie: Lots}, want: []int{5, 2, 2, 1, 0, 0}},
		{name: "cap_60_percent", entries: entries(600000, 250000, 150000), o: Options{Seats: 54, Method: Hare, Cap: 27, Tie: Lots},
			want: []int{27, 17, 10}, kinds: []string{"cap", "round"}},
		{name: "no_cap_60_percent", entries: entries(600000, 250000, 150000), o: Options{Seats: 54, Method: Hare, Tie: Lots},
			want: []int{32, 14, 8}},
		{name: "cap_dhondt", entries: entries(600000, 250000, 150000), o: Options{Seats: 54, Method: DHondt, Cap: 27, Tie: Lots},
			want: []int{27, 17, 10}, kinds: []string{"cap"}},
		{name: "cap_leaves_seats_unfilled", entries: entries(600, 0), o: Options{Seats: 54, Method: Hare, Cap: 27, Tie: Lots},
			want: []int{27, 0}, unfilled: 27, reason: true, kinds: []string{"cap", "unfilled"}},
		{name: "cap_two_lists_each_capped", entries: entries(500, 480, 20), o: Options{Seats: 10, Method: DHondt, Cap: 4, Tie: Lots},
			want: []int{4, 4, 2}},
		{name: "no_votes", entries: entries(0, 0), o: Options{Seats: 5, Method: SainteLague, Tie: Lots},
			want: []int{0, 0}, unfilled: 5, reason: true},
		{name: "no_entries", entries: nil, o: Options{Seats: 3, Method: Hare, Tie: Lots}, want: []int{}, unfilled: 3, reason: true},
		{name: "zero_seats", entries: entries(5, 3), o: Options{Seats: 0, Method: Droop, Tie: Lots}, want: []int{0, 0}},
		{name: "zero_votes_list_gets_nothing", entries: entries(10, 0, 0), o: Options{Seats: 3, Method: Adams, Tie: Lots}, want: []int{3, 0, 0}},
		{name: "imperiali_raised", entries: entries(60, 40), o: Options{Seats: 3, Method: Imperiali, Tie: Lots},
			want: []int{2, 1}, kinds: []string{"quota_raised"}},
		{name: "droop_fewer_votes_than_seats", entries: entries(3, 1), o: Options{Seats: 10, Method: Droop, Tie: Lots}, want: []int{6, 4}},
		{name: "droop_fewer_votes_than_seats_tied", entries: entries(3, 1), o: Options{Seats: 7, Method: Droop, Tie: Lots},
			want: []int{4, 2}, tie: &Tie{Context: "largest_remainder", Tied: []string{"a", "b"}, Seats: 1, Value: "0"}, err: ErrLotsRequired},
		{name: "hare_tie_lots_required", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: Lots},
			want: []int{1, 1, 1}, tie: &Tie{Context: "largest_remainder", Tied: []string{"a", "b", "c"}, Seats: 1, Value: "1/3"}, err: ErrLotsRequired},
		{name: "hare_tie_settled_by_lots", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"b", "c", "a"}},
			want: []int{1, 2, 1}, kinds: []string{"tie", "lot"}},
		{name: "hare_tie_two_seats", entries: entries(10, 10, 10), o: Options{Seats: 5, Method: Hare, Tie: Lots, Lots: []string{"b", "c", "a"}},
			want: []int{1, 2, 2}},
		{name: "hare_tie_registration_order", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: RegistrationOrder},
			want: []int{2, 1, 1}, kinds: []string{"tie", "tie_break"}},
		{name: "hare_tie_ballot_order", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: BallotOrder},
			want: []int{1, 1, 2}, kinds: []string{"tie", "tie_break"}},
		{name: "equal_claims_all_win_no_tie", entries: entries(10, 10, 5), o: Options{Seats: 2, Method: DHondt, Tie: Lots},
			want: []int{1, 1, 0}},
		{name: "equal_claims_three_way_cut", entries: entries(10, 10, 5), o: Options{Seats: 4, Method: DHondt, Tie: Lots},
			want: []int{1, 1, 0}, tie: &Tie{Context: "highest_quotient", Tied: []string{"a", "b", "c"}, Seats: 2, Value: "5"}, err: ErrLotsRequired},
		{name: "modified_sainte_lague_tie", entries: entries(100000, 80000, 30000, 20000), o: Options{Seats: 8, Method: ModifiedSainteLague, Tie: Lots},
			want: []int{3, 3, 1, 0}, tie: &Tie{Context: "highest_quotient", Tied: []string{"a", "d"}, Seats: 1, Value: "100000/7"}, err: ErrLotsRequired},
		{name: "adams_more_lists_than_seats", entries: entries(10, 20, 30), o: Options{Seats: 2, Method: Adams, Tie: Lots},
			want: []int{0, 0, 0}, reason: true, tie: &Tie{Context: "highest_quotient", Tied: []string{"a", "b", "c"}, Seats: 2, Value: "inf"}, err: ErrLotsRequired},
		{name: "huntington_hill_more_lists_than_seats_registration", entries: entries(10, 20, 30), o: Options{Seats: 2, Method: HuntingtonHill, Tie: RegistrationOrder},
			want: []int{1, 1, 0}, reason: true},
		{name: "huntington_hill_equal_square_roots", entries: entries(2, 1), o: Options{Seats: 3, Method: HuntingtonHill, Tie: Lots},
			// a first seat each (infinite quotients), then 2/sqrt(2) against 1/sqrt(2)
			want: []int{2, 1}},
		{name: "huge_votes_no_overflow", entries: entries(math.MaxInt64/2, math.MaxInt64/3, math.MaxInt64/7), o: Options{Seats: 100, Method: HuntingtonHill, Tie: Lots},
			want: []int{51, 34, 15}},
		{name: "huge_votes_hare", entries: entries(math.MaxInt64/2, math.MaxInt64/3, math.MaxInt64/7), o: Options{Seats: 100, Method: Hare, Tie: Lots},
			want: []int{51, 34, 15}},

		{name: "overflow_total", entries: entries(math.MaxInt64, 1), o: Options{Seats: 1, Method: Hare, Tie: Lots}, err: exact.ErrOverflow},
		{name: "overflow_is_invalid", entries: entries(math.MaxInt64, 1), o: Options{Seats: 1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "negative_votes", entries: entries(5, -1), o: Options{Seats: 1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "negative_seats", entries: entries(5), o: Options{Seats: -1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "too_many_seats", entries: entries(5), o: Options{Seats: MaxSeats + 1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "negative_cap", entries: entries(5), o: Options{Seats: 1, Cap: -1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "duplicate_id", entries: []Entry{{ID: "a", Votes: 1}, {ID: "a", Votes: 2}}, o: Options{Seats: 1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "empty_id", entries: []Entry{{ID: "", Votes: 1}}, o: Options{Seats: 1, Method: Hare, Tie: Lots}, err: ErrInvalid},
		{name: "unknown_method", entries: entries(5), o: Options{Seats: 1, Method: "borda", Tie: Lots}, err: ErrInvalid},
		{name: "zero_method", entries: entries(5), o: Options{Seats: 1, Tie: Lots}, err: ErrInvalid},
		{name: "unknown_tie_rule", entries: entries(5), o: Options{Seats: 1, Method: Hare, Tie: "coin"}, err: ErrInvalid},
		{name: "zero_tie_rule", entries: entries(5), o: Options{Seats: 1, Method: Hare}, err: ErrInvalid},
		{name: "list_position_not_for_apportion", entries: entries(5), o: Options{Seats: 1, Method: Hare, Tie: ListPosition}, err: ErrInvalid},
		{name: "registration_duplicate", entries: []Entry{{ID: "a", Votes: 1, Registration: 1}, {ID: "b", Votes: 1, Registration: 1}},
			o: Options{Seats: 1, Method: Hare, Tie: RegistrationOrder}, err: ErrInvalid},
		{name: "registration_missing", entries: []Entry{{ID: "a", Votes: 1}}, o: Options{Seats: 1, Method: Hare, Tie: RegistrationOrder}, err: ErrInvalid},

		{name: "bad_lot_not_tied", entries: entries(10, 10, 10, 1), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"d"}}, err: ErrBadLot},
		{name: "bad_lot_unknown_id", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"a", "b", "z"}}, err: ErrBadLot},
		{name: "bad_lot_extra_id", entries: entries(10, 10, 10, 1), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"a", "b", "c", "d"}}, err: ErrBadLot},
		{name: "bad_lot_duplicate", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"a", "a", "b", "c"}}, err: ErrBadLot},
		{name: "bad_lot_no_tie", entries: entries(10, 5), o: Options{Seats: 3, Method: DHondt, Tie: Lots, Lots: []string{"a"}}, err: ErrBadLot},
		{name: "bad_lot_other_rule", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: RegistrationOrder, Lots: []string{"a", "b", "c"}}, err: ErrBadLot},
		// Lots that order some of the tied and not the others settle
		// nothing: an error naming the tie, never a silent wait.
		{name: "partial_lots_are_bad", entries: entries(10, 10, 10), o: Options{Seats: 4, Method: Hare, Tie: Lots, Lots: []string{"a", "b"}}, err: ErrBadLot},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Apportion(tc.entries, tc.o)
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
				assert.Contains(t, stepKinds(res), "lots_required")
			} else {
				assert.Nil(t, res.Tie)
			}
			if tc.want == nil {
				if tc.err != nil && tc.tie == nil {
					assert.Equal(t, Result{}, res, "an error other than a tie comes with a zero Result")
				}
				return
			}
			assert.Equal(t, tc.want, seatCounts(res))
			tieSeats := 0
			if res.Tie != nil {
				tieSeats = res.Tie.Seats
			}
			assert.Equal(t, tc.o.Seats, res.Total+res.Unfilled+tieSeats, "total + unfilled + tied seats = house")
			assert.Equal(t, tc.unfilled, res.Unfilled)
			assert.Equal(t, tc.reason, res.Reason != "", "reason %q", res.Reason)
			for _, k := range tc.kinds {
				assert.Contains(t, stepKinds(res), k)
			}
			for _, s := range res.Steps {
				assert.NotEmpty(t, s.Kind)
			}
		})
	}
}

// The same tie settled by lots and left open: the lot order, not the input
// order, decides; a tied ID missing from the lots leaves it open.
// Part of issue 12's attack suite: with a cap, the tied set leaves out the
// lists at their cap. D'Hondt 300/150/150 for 3 seats, cap 1: a's second
// seat ties with b and c at 150, but a holds the cap, so 1/1/1 is the only
// outcome: no tie, no lot asked for, for every method and tie rule.
func TestCapLeavesNoTie(t *testing.T) {
	for _, m := range Methods() {
		for _, tie := range []TieRule{Lots, RegistrationOrder} {
			es := []Entry{{ID: "a", Votes: 300, Registration: 1}, {ID: "b", Votes: 150, Registration: 2}, {ID: "c", Votes: 150, Registration: 3}}
			res, err := Apportion(es, Options{Seats: 3, Method: m, Cap: 1, Tie: tie})
			require.NoError(t, err, "%s %s", m, tie)
			assert.Equal(t, []int{1, 1, 1}, seatCounts(res), "%s %s", m, tie)
			assert.Nil(t, res.Tie, "%s %s", m, tie)
			assert.Empty(t, res.Ties, "%s %s", m, tie)
		}
	}
	// A real tie among the lists under the cap is still reported, and the
	// list at its cap is not in it.
	es := entries(300, 150, 150, 150)
	res, err := Apportion(es, Options{Seats: 3, Method: DHondt, Cap: 1, Tie: Lots})
	require.ErrorIs(t, err, ErrLotsRequired)
	require.NotNil(t, res.Tie)
	assert.Equal(t, []string{"b", "c", "d"}, res.Tie.Tied)
	assert.Equal(t, 2, res.Tie.Seats)
}

// Every tie met is reported with how it was settled.
func TestTiesReported(t *testing.T) {
	es := []Entry{{ID: "a", Votes: 500, Registration: 2}, {ID: "b", Votes: 500, Registration: 1}}
	res, err := Apportion(es, Options{Seats: 1, Method: DHondt, Tie: RegistrationOrder})
	require.NoError(t, err)
	assert.Equal(t, []Tie{{Context: "highest_quotient", Tied: []string{"a", "b"}, Seats: 1, Value: "500", SettledBy: "registration_order",
		Order: []string{"b", "a"}, Winners: []string{"b"}}}, res.Ties)
	res, err = Apportion(es, Options{Seats: 1, Method: DHondt, Tie: Lots, Lots: []string{"a", "b"}})
	require.NoError(t, err)
	assert.Equal(t, []Tie{{Context: "highest_quotient", Tied: []string{"a", "b"}, Seats: 1, Value: "500", SettledBy: "lots",
		Order: []string{"a", "b"}, Winners: []string{"a"}}}, res.Ties)
	res, err = Apportion(es, Options{Seats: 1, Method: DHondt, Tie: Lots})
	require.ErrorIs(t, err, ErrLotsRequired)
	assert.Equal(t, []Tie{{Context: "highest_quotient", Tied: []string{"a", "b"}, Seats: 1, Value: "500"}}, res.Ties)
}

func TestTieSettledByLots(t *testing.T) {
	es := entries(100000, 80000, 30000, 20000)
	o := Options{Seats: 8, Method: ModifiedSainteLague, Tie: Lots}
	for _, tc := range []struct {
		lots []string
		want []int
	}{
		{[]string{"a", "d"}, []int{4, 3, 1, 0}},
		{[]string{"d", "a"}, []int{3, 3, 1, 1}},
	} {
		o.Lots = tc.lots
		res, err := Apportion(es, o)
		require.NoError(t, err)
		assert.Equal(t, tc.want, seatCounts(res))
		assert.Contains(t, stepKinds(res), "lot")
		rev := slices.Clone(es)
		slices.Reverse(rev)
		res2, err := Apportion(rev, o)
		require.NoError(t, err)
		got := seatCounts(res2)
		slices.Reverse(got)
		assert.Equal(t, tc.want, got, "input order decides nothing")
	}
}

// Steps are the transcript: the same input gives the same steps, and JSON
// has the documented field names.
func TestStepsDeterministicJSON(t *testing.T) {
	o := Options{Seats: 54, Method: Hare, Cap: 27, Tie: Lots}
	es := entries(600000, 250000, 150000)
	a, err := Apportion(es, o)
	require.NoError(t, err)
	b, err := Apportion(es, o)
	require.NoError(t, err)
	ja, err := json.Marshal(a)
	require.NoError(t, err)
	jb, err := json.Marshal(b)
	require.NoError(t, err)
	assert.Equal(t, string(ja), string(jb))
	var m map[string]any
	require.NoError(t, json.Unmarshal(ja, &m))
	for _, k := range []string{"method", "seats", "total", "unfilled", "steps"} {
		assert.Contains(t, m, k)
	}
	oj, err := json.Marshal(Options{Seats: 54, Method: Hare, Cap: 27, Tie: Lots, Lots: []string{"a"}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"seats":54,"method":"hare","cap":27,"tie":"lots","lots":["a"]}`, string(oj))
}

func TestTieErrorIs(t *testing.T) {
	var err error = &TieError{Tie: Tie{Context: "x", Tied: []string{"a", "b"}, Seats: 1, Value: "1"}}
	assert.ErrorIs(t, err, ErrLotsRequired)
	assert.NotErrorIs(t, err, ErrBadLot)
	assert.NotEmpty(t, err.Error())
}

func TestQuotComparisons(t *testing.T) {
	// The fast comparisons against big-number arithmetic.
	vals := []uint64{0, 1, 2, 3, 7, 1000, 1 << 31, 1<<62 + 12345, math.MaxInt64}
	nums := []uint64{0, 1, 2, 5, 6, 7, 12, 1 << 20, 1 << 25, (1 << 24) * (1<<24 + 1)}
	for _, v1 := range vals[1:] {
		for _, v2 := range vals[1:] {
			for _, n1 := range nums {
				for _, n2 := range nums {
					x, y := quot{v1, n1, 1}, quot{v2, n2, 1}
					assert.Equal(t, refCmp(x, y, false), cmpSqrtQuot(x, y), "sqrt %v %v", x, y)
					if n1 < 1<<26 && n2 < 1<<26 {
						x.den, y.den = 5, 1
						assert.Equal(t, refCmp(x, y, true), cmpRatQuot(x, y), "rat %v %v", x, y)
					}
				}
			}
		}
	}
}

// refCmp compares two quotients with math/big: v*den/num, or v/sqrt(num)
// through v^2/num.
func refCmp(x, y quot, rational bool) int {
	switch {
	case x.num == 0 && y.num == 0:
		return 0
	case x.num == 0:
		return 1
	case y.num == 0:
		return -1
	}
	val := func(q quot) *big.Rat {
		v := new(big.Int).SetUint64(q.v)
		if rational {
			return new(big.Rat).SetFrac(v.Mul(v, new(big.Int).SetUint64(q.den)), new(big.Int).SetUint64(q.num))
		}
		return new(big.Rat).SetFrac(v.Mul(v, v), new(big.Int).SetUint64(q.num))
	}
	return val(x).Cmp(val(y))
}

// A tie at the cut settled by the tied lists' votes, as laws that draw no
// lots write it: D'Hondt's second seat between a's 6/2 and b's 3/1 goes to
// a under most_votes and to b under fewest_votes; Hare's two remainder
// seats among a (5 votes), b and c (2 each) go to a and, by lot, one of b
// and c under most_votes (lots required until given), and to b and c
// under fewest_votes.
func TestTieByVotes(t *testing.T) {
	seatsOf := func(r Result) map[string]int {
		m := map[string]int{}
		for _, s := range r.Seats {
			m[s.ID] = s.Seats
		}
		return m
	}
	ab := []Entry{{ID: "a", Votes: 6}, {ID: "b", Votes: 3}}
	for rule, want := range map[TieRule]map[string]int{MostVotes: {"a": 2, "b": 0}, FewestVotes: {"a": 1, "b": 1}} {
		r, err := Apportion(ab, Options{Seats: 2, Method: DHondt, Tie: rule})
		if err != nil || !maps.Equal(seatsOf(r), want) || len(r.Ties) != 1 || r.Ties[0].SettledBy != string(rule) {
			t.Errorf("%s: %v %v, ties %+v; want %v settled by the rule", rule, err, seatsOf(r), r.Ties, want)
		}
	}
	abc := []Entry{{ID: "a", Votes: 5}, {ID: "b", Votes: 2}, {ID: "c", Votes: 2}}
	r, err := Apportion(abc, Options{Seats: 3, Method: Hare, Tie: FewestVotes})
	if err != nil || !maps.Equal(seatsOf(r), map[string]int{"a": 1, "b": 1, "c": 1}) {
		t.Errorf("fewest_votes: %v %v", err, seatsOf(r))
	}
	r, err = Apportion(abc, Options{Seats: 3, Method: Hare, Tie: MostVotes})
	var te *TieError
	if !errors.As(err, &te) || !slices.Equal(te.Tie.Tied, []string{"b", "c"}) || te.Tie.Seats != 1 || r.Tie == nil || !slices.Equal(r.Tie.Tied, []string{"b", "c"}) {
		t.Fatalf("most_votes, b and c of equal votes: %v, tie %+v; want lots for b and c, one seat", err, r.Tie)
	}
	r, err = Apportion(abc, Options{Seats: 3, Method: Hare, Tie: MostVotes, Lots: []string{"c", "b"}})
	if err != nil || !maps.Equal(seatsOf(r), map[string]int{"a": 2, "b": 0, "c": 1}) {
		t.Errorf("most_votes with lots c, b: %v %v; want a 2, c 1", err, seatsOf(r))
	}
	if _, err := Apportion(ab, Options{Seats: 2, Method: DHondt, Tie: RegistrationOrder, Lots: []string{"a"}}); !errors.Is(err, ErrBadLot) {
		t.Errorf("lots under registration_order: %v; want ErrBadLot", err)
	}
}
