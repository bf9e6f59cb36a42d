package seats

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
)

// districtCase is a generated district: candidates with small vote counts
// (ties are common), sexes, seats and a sex-balance limit.
type districtCase struct {
	cands []OkrugCandidate
	seats int
	k     int // 0: no cap (max_one_sex)
	res   int // seats reserved for women (0: none)
}

func (c districtCase) String() string {
	return fmt.Sprintf("seats %d, k %d, reserved %d, %+v", c.seats, c.k, c.res, c.cands)
}

func genDistrict() gopter.Gen {
	return gopter.CombineGens(gen.SliceOfN(12, gen.Int64Range(0, 12)), gen.SliceOfN(12, gen.Bool()), gen.IntRange(2, 5), gen.IntRange(0, 12), gen.IntRange(0, 3)).
		Map(func(v []any) districtCase {
			votes, female, n, m, kk := v[0].([]int64), v[1].([]bool), v[2].(int), v[3].(int), v[4].(int)
			c := districtCase{seats: n}
			for i := range m {
				sex := election.Male
				if female[i] {
					sex = election.Female
				}
				c.cands = append(c.cands, OkrugCandidate{ID: fmt.Sprintf("c%02d", i), Registration: i + 1, Votes: votes[i], Sex: sex})
			}
			if kk > 0 {
				lo := (n + 1) / 2
				c.k = lo + kk%(n-lo) // lo..n-1
			}
			return c
		})
}

func (c districtCase) rule() OkrugRule {
	r := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: RegistrationOrder, Seats: c.seats}
	if c.k > 0 || c.res > 0 {
		r.SexBalance = &SexBalance{MaxOneSex: c.k}
	}
	if c.res > 0 {
		r.SexBalance.Reserved = map[election.Sex]int{election.Female: c.res}
	}
	return r
}

// checkDistrict is what every result of District must satisfy: seats
// filled or reported, at most k of one sex, nobody skipped for a
// candidate of the same sex with fewer votes.
func checkDistrict(c districtCase, r OkrugResult) error {
	if len(r.Elected)+r.Unfilled != c.seats {
		return fmt.Errorf("%d elected + %d unfilled != %d seats", len(r.Elected), r.Unfilled, c.seats)
	}
	switch r.Outcome {
	case OutcomeElected, OutcomeNoVotes, OutcomeUndecidable, OutcomeTie:
	default:
		return fmt.Errorf("outcome %q", r.Outcome)
	}
	if r.Outcome == OutcomeElected && r.Unfilled > 0 && !slices.ContainsFunc(r.Steps, func(s election.Step) bool { return s.Kind == "unfilled" }) {
		return fmt.Errorf("%d seats unfilled without a step that says so", r.Unfilled)
	}
	if r.Outcome == OutcomeUndecidable && (len(r.Elected) > 0 || c.k == 0 && c.res == 0) {
		return fmt.Errorf("undecidable with %d seated, k %d, reserved %d", len(r.Elected), c.k, c.res)
	}
	held := map[election.Sex]int{}
	seated := map[string]bool{}
	for _, d := range r.Elected {
		held[d.Sex]++
		seated[d.ID] = true
		if d.Votes == 0 {
			return fmt.Errorf("%s seated without a vote", d.ID)
		}
	}
	if c.k > 0 && (held[election.Male] > c.k || held[election.Female] > c.k) {
		return fmt.Errorf("more than %d of one sex: %v", c.k, held)
	}
	if r.Outcome != OutcomeElected {
		return nil
	}
	if held[election.Female] < c.res {
		return fmt.Errorf("%d women seated, %d seats reserved for them", held[election.Female], c.res)
	}
	for _, d := range r.Elected {
		for _, x := range c.cands {
			if !seated[x.ID] && x.Sex == d.Sex && x.Votes > d.Votes {
				return fmt.Errorf("%s (%s, %d) skipped for %s (%d) of the same sex", x.ID, x.Sex, x.Votes, d.ID, d.Votes)
			}
			if !seated[x.ID] && c.k == 0 && c.res == 0 && x.Votes > d.Votes {
				return fmt.Errorf("%s (%d) not seated over %s (%d) without a rule", x.ID, x.Votes, d.ID, d.Votes)
			}
		}
	}
	return nil
}

// genReserved is a district with seats reserved for women: 1..seats of
// them, and now and then a cap (max_one_sex) that is consistent with them.
func genReserved() gopter.Gen {
	return gopter.CombineGens(genDistrict(), gen.IntRange(1, 5), gen.Bool()).
		Map(func(v []any) districtCase {
			c, r, capped := v[0].(districtCase), v[1].(int), v[2].(bool)
			c.res = 1 + (r-1)%c.seats
			if !capped || c.k < c.res {
				c.k = 0
			}
			return c
		})
}

// TestPropDistrictReserved: the walk fills the reserved seats whenever
// enough women have votes, never seats more than the seats, and decides
// nothing when too few do.
func TestPropDistrictReserved(t *testing.T) {
	p := newProps(t)
	p.Property("reserved seats filled when enough women have votes; never more than the seats", prop.ForAll(
		func(c districtCase) (bool, error) {
			res, err := District("d", c.cands, 0, c.rule(), nil)
			if err != nil {
				return false, err
			}
			if err := checkDistrict(c, res); err != nil {
				return false, err
			}
			if len(res.Elected) > c.seats {
				return false, fmt.Errorf("%d seated in %d seats", len(res.Elected), c.seats)
			}
			women, men := 0, 0
			for _, x := range c.cands {
				if x.Votes > 0 && x.Sex == election.Female {
					women++
				} else if x.Votes > 0 {
					men++
				}
			}
			held := 0
			for _, d := range res.Elected {
				if d.Sex == election.Female {
					held++
				}
			}
			switch {
			case women < c.res && res.Outcome != OutcomeUndecidable:
				return false, fmt.Errorf("%d women with votes for %d reserved seats, outcome %q", women, c.res, res.Outcome)
			case women >= c.res && c.k == 0 && res.Outcome != OutcomeElected:
				return false, fmt.Errorf("%d women with votes for %d reserved seats, outcome %q", women, c.res, res.Outcome)
			case res.Outcome == OutcomeElected && held < c.res:
				return false, fmt.Errorf("%d women seated, %d reserved", held, c.res)
			case res.Outcome == OutcomeElected && len(res.Elected) != min(c.seats, women+men) && c.k == 0:
				return false, fmt.Errorf("%d seated of %d seats with %d candidates with votes", len(res.Elected), c.seats, women+men)
			}
			return true, nil
		}, genReserved()))
	p.TestingRun(t)
}

func TestPropDistrict(t *testing.T) {
	p := newProps(t)
	p.Property("seats filled or reported, at most k of one sex, nobody skipped for one of the same sex with fewer votes", prop.ForAll(
		func(c districtCase) (bool, error) {
			r, err := District("d", c.cands, 0, c.rule(), nil)
			if err != nil {
				return false, err
			}
			if err := checkDistrict(c, r); err != nil {
				return false, err
			}
			return true, nil
		}, genDistrict()))
	p.Property("with at most N-1 of one sex, the rule changes at most the last seat", prop.ForAll(
		func(c districtCase) (bool, error) {
			c.k = c.seats - 1
			with, err := District("d", c.cands, 0, c.rule(), nil)
			if err != nil {
				return false, err
			}
			c.k = 0
			without, err := District("d", c.cands, 0, c.rule(), nil)
			if err != nil {
				return false, err
			}
			if with.Outcome != OutcomeElected || without.Outcome != OutcomeElected {
				return true, nil
			}
			a, b := elected(with), elected(without)
			if len(a) != len(b) && len(a) != len(b)-1 {
				return false, fmt.Errorf("with the rule %v, without %v", a, b)
			}
			n := min(len(a), len(b), c.seats-1)
			if !slices.Equal(a[:n], b[:n]) {
				return false, fmt.Errorf("the rule changed a seat before the last: with %v, without %v", a, b)
			}
			return true, nil
		}, genDistrict()))
	p.Property("under lots, a tie awaits lots or is settled by them, and the invariants hold", prop.ForAll(
		func(c districtCase) (bool, error) {
			r := c.rule()
			r.Tie = Lots
			res, err := District("d", c.cands, 0, r, nil)
			var te *TieError
			if err != nil && !errors.As(err, &te) {
				return false, err
			}
			if err != nil {
				if res.Outcome != OutcomeTie || len(res.Ties) == 0 || res.Ties[len(res.Ties)-1].SettledBy != "" {
					return false, fmt.Errorf("tie error with outcome %q, ties %+v", res.Outcome, res.Ties)
				}
				// settle by lots: every ID drawn in the order given
				lots := slices.Clone(te.Tie.Tied)
				res, err = District("d", c.cands, 0, r, lots)
				if err != nil && !errors.As(err, &te) {
					return false, err
				}
				if err != nil {
					return true, nil // a second tie further down: not this property's concern
				}
			}
			return checkDistrict(c, res) == nil, checkDistrict(c, res)
		}, genDistrict()))
	p.TestingRun(t)
}

// FuzzDistrict drives District with arbitrary votes, sexes, seats and
// limits: it never panics; it fails with ErrInvalid, or with a *TieError,
// or the invariants of checkDistrict hold.
func FuzzDistrict(f *testing.F) {
	f.Add([]byte{30, 20, 10, 5}, uint8(0b0111), uint8(3), uint8(2))
	f.Add([]byte{13, 6, 4, 1, 9}, uint8(0b00011), uint8(3), uint8(2))
	f.Add([]byte{7, 7, 7, 7}, uint8(0b0101), uint8(3), uint8(2))
	f.Add([]byte{}, uint8(0), uint8(1), uint8(0))
	f.Fuzz(func(t *testing.T, votes []byte, men uint8, seats uint8, k uint8) {
		if len(votes) > 16 {
			votes = votes[:16]
		}
		c := districtCase{seats: int(seats%8) + 1, k: int(k % 8)}
		for i, v := range votes {
			sex := election.Female
			if men&(1<<(i%8)) != 0 {
				sex = election.Male
			}
			c.cands = append(c.cands, OkrugCandidate{ID: fmt.Sprintf("c%02d", i), Registration: i + 1, Votes: int64(v), Sex: sex})
		}
		r := c.rule()
		res, err := District("d", c.cands, int64(k), r, nil)
		var te *TieError
		switch {
		case errors.Is(err, ErrInvalid):
			return
		case errors.As(err, &te):
			if res.Outcome != OutcomeTie {
				t.Fatalf("tie error with outcome %q", res.Outcome)
			}
			return
		case err != nil:
			t.Fatal(err)
		}
		if c.seats == 1 && c.k == 0 {
			// Plurality's result: one winner at most
			if res.Filled() > 1 || res.Seats != 0 {
				t.Fatalf("%v: a single-mandate okrug filled %d seats", c, res.Filled())
			}
			return
		}
		if err := checkDistrict(c, res); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
	})
}
