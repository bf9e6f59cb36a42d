package seats

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
)

const propSeed = 1234

func newProps(t *testing.T) *gopter.Properties {
	params := gopter.DefaultTestParametersWithSeed(propSeed)
	params.MinSuccessfulTests = 300
	params.MaxSize = 9 // lists per apportionment
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("gopter seed %d", propSeed)
		}
	})
	return gopter.NewProperties(params)
}

// Generators shared by the properties: votes small enough to tie often,
// or large; a house; a method.
var (
	genVotes  = gen.SliceOf(gen.Int64Range(0, 40))
	genBig    = gen.Bool()
	genHouse  = gen.IntRange(0, 40)
	genMethod = gen.IntRange(0, len(Methods())-1)
)

func scaled(vs []int64, large bool) []Entry {
	es := entries(vs...)
	if large {
		for i := range es {
			es[i].Votes = es[i].Votes*1_000_003_001 + int64(i) // large and mostly distinct
		}
	}
	return es
}

func byID(r Result) map[string]int {
	m := make(map[string]int, len(r.Seats))
	for _, s := range r.Seats {
		m[s.ID] = s.Seats
	}
	return m
}

func TestPropHouseFilled(t *testing.T) {
	p := newProps(t)
	p.Property("seats add up to the house, or Unfilled > 0 with a Reason", prop.ForAll(
		func(vs []int64, large bool, house, mi, capv int) string {
			es := scaled(vs, large)
			o := Options{Seats: house, Method: Methods()[mi], Cap: capv % (house + 1), Tie: RegistrationOrder}
			res, err := Apportion(es, o)
			if err != nil {
				return err.Error()
			}
			if res.Total+res.Unfilled != house {
				return fmt.Sprintf("total %d + unfilled %d != %d", res.Total, res.Unfilled, house)
			}
			if res.Unfilled > 0 {
				if res.Reason == "" {
					return "unfilled without a reason"
				}
				for i, e := range es {
					if e.Votes > 0 && (o.Cap == 0 || res.Seats[i].Seats < o.Cap) {
						return fmt.Sprintf("seats unfilled while %s (votes %d) is under the cap", e.ID, e.Votes)
					}
				}
			}
			for i, e := range es {
				if e.Votes == 0 && res.Seats[i].Seats != 0 {
					return "a list without votes got a seat"
				}
			}
			return ""
		}, genVotes, genBig, genHouse, genMethod, gen.IntRange(0, 40)))
	p.TestingRun(t)
}

func TestPropCapNeverExceeded(t *testing.T) {
	p := newProps(t)
	p.Property("no list over the cap", prop.ForAll(
		func(vs []int64, large bool, house, mi, capv int) string {
			o := Options{Seats: house, Method: Methods()[mi], Cap: 1 + capv%(house+1), Tie: RegistrationOrder}
			res, err := Apportion(scaled(vs, large), o)
			if err != nil {
				return err.Error()
			}
			for _, s := range res.Seats {
				if s.Seats > o.Cap {
					return fmt.Sprintf("%s has %d > cap %d", s.ID, s.Seats, o.Cap)
				}
			}
			return ""
		}, genVotes, genBig, genHouse, genMethod, gen.IntRange(0, 40)))
	p.TestingRun(t)
}

// Part of issue 12's attack suite: the tied set is computed after the cap
// excludes the lists already at their cap, so no lot is asked for where the
// cap leaves one outcome, and no list at its cap is ever offered a seat.
func TestPropCapNeverTied(t *testing.T) {
	p := newProps(t)
	p.Property("no list at its cap is in a tied set", prop.ForAll(
		func(vs []int64, house, mi, capv int) string {
			// Small caps and round votes, so that a list at its cap often
			// meets a tie.
			o := Options{Seats: house, Method: Methods()[mi], Cap: 1 + capv%(house/3+1), Tie: Lots}
			for i := range vs {
				vs[i] = vs[i] / 10 * 10
			}
			res, err := Apportion(scaled(vs, false), o)
			var te *TieError
			if err != nil && !errors.As(err, &te) {
				return err.Error()
			}
			held := byID(res)
			for _, t := range res.Ties {
				for _, id := range t.Tied {
					if held[id] >= o.Cap {
						return fmt.Sprintf("%s holds %d (cap %d) and is tied for a further seat: %v", id, held[id], o.Cap, t)
					}
				}
			}
			return ""
		}, genVotes, genHouse, genMethod, gen.IntRange(0, 40)))
	p.TestingRun(t)
}

func TestPropHareQuotaRule(t *testing.T) {
	p := newProps(t)
	p.Property("Hare gives each list floor or ceil of votes*seats/total", prop.ForAll(
		func(vs []int64, large bool, house int) string {
			es := scaled(vs, large)
			res, err := Apportion(es, Options{Seats: house, Method: Hare, Tie: RegistrationOrder})
			if err != nil {
				return err.Error()
			}
			var total int64
			for _, e := range es {
				total += e.Votes
			}
			if total == 0 {
				return ""
			}
			for i, e := range es {
				q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(e.Votes), big.NewInt(int64(house))), big.NewInt(total))
				lo := new(big.Int).Quo(q.Num(), q.Denom()).Int64()
				hi := lo
				if !q.IsInt() {
					hi++
				}
				if s := int64(res.Seats[i].Seats); s < lo || s > hi {
					return fmt.Sprintf("%s: %d seats, quota %s", e.ID, s, q.RatString())
				}
			}
			return ""
		}, genVotes, genBig, genHouse))
	p.TestingRun(t)
}

func TestPropDivisorHouseMonotone(t *testing.T) {
	p := newProps(t)
	divisors := []Method{DHondt, SainteLague, ModifiedSainteLague, HuntingtonHill, Adams}
	p.Property("one more seat never takes a seat from a list", prop.ForAll(
		func(vs []int64, large bool, mi int) string {
			es := scaled(vs, large)
			var prev []int
			for house := 0; house <= 30; house++ {
				res, err := Apportion(es, Options{Seats: house, Method: divisors[mi%len(divisors)], Tie: RegistrationOrder})
				if err != nil {
					return err.Error()
				}
				got := seatCounts(res)
				for i := range prev {
					if got[i] < prev[i] {
						return fmt.Sprintf("house %d: %s drops from %d to %d", house, es[i].ID, prev[i], got[i])
					}
				}
				prev = got
			}
			return ""
		}, genVotes, genBig, genMethod))
	p.TestingRun(t)
}

func TestPropAnonymity(t *testing.T) {
	p := newProps(t)
	p.Property("permuting the entries permutes the seats and the ties", prop.ForAll(
		func(vs []int64, large bool, house, mi, capv int, seed uint64) string {
			es := scaled(vs, large)
			o := Options{Seats: house, Method: Methods()[mi], Cap: capv % (house + 1), Tie: Lots}
			a, errA := Apportion(es, o)
			perm := slices.Clone(es)
			r := rand.New(rand.NewPCG(seed, 1))
			r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			b, errB := Apportion(perm, o)
			if errors.Is(errA, ErrLotsRequired) != errors.Is(errB, ErrLotsRequired) || (errA == nil) != (errB == nil) {
				return fmt.Sprintf("errors differ: %v / %v", errA, errB)
			}
			if fmt.Sprint(byID(a)) != fmt.Sprint(byID(b)) {
				return fmt.Sprintf("seats differ: %v / %v", byID(a), byID(b))
			}
			if fmt.Sprint(a.Tie) != fmt.Sprint(b.Tie) || a.Unfilled != b.Unfilled {
				return fmt.Sprintf("ties differ: %v / %v", a.Tie, b.Tie)
			}
			return ""
		}, genVotes, genBig, genHouse, genMethod, gen.IntRange(0, 40), gen.UInt64()))
	p.TestingRun(t)
}

func TestPropScaleInvariance(t *testing.T) {
	p := newProps(t)
	p.Property("multiplying every vote by k changes nothing (Droop excepted: its quota is rounded)", prop.ForAll(
		func(vs []int64, house, mi, capv int, k int64) string {
			m := Methods()[mi]
			if m == Droop {
				return ""
			}
			es := entries(vs...)
			o := Options{Seats: house, Method: m, Cap: capv % (house + 1), Tie: Lots}
			a, errA := Apportion(es, o)
			for i := range es {
				es[i].Votes *= k
			}
			b, errB := Apportion(es, o)
			if (errA == nil) != (errB == nil) {
				return fmt.Sprintf("errors differ: %v / %v", errA, errB)
			}
			if fmt.Sprint(seatCounts(a)) != fmt.Sprint(seatCounts(b)) {
				return fmt.Sprintf("seats differ: %v / %v", seatCounts(a), seatCounts(b))
			}
			if (a.Tie == nil) != (b.Tie == nil) || (a.Tie != nil && (fmt.Sprint(a.Tie.Tied) != fmt.Sprint(b.Tie.Tied) || a.Tie.Seats != b.Tie.Seats)) {
				return fmt.Sprintf("ties differ: %v / %v", a.Tie, b.Tie)
			}
			return ""
		}, genVotes, genHouse, genMethod, gen.IntRange(0, 40), gen.Int64Range(1, 1_000_000)))
	p.TestingRun(t)
}

// reference apportions without a cap by listing every claim as a big.Rat
// and sorting them: independent of the greedy engine and of the 128-bit
// comparisons. It returns the seats of the top claims, and the tied set and
// its seats when the cut is tied.
func reference(es []Entry, house int, m Method) (seats []int, tied []string, tieSeats int) {
	type claim struct {
		inf bool
		r   *big.Rat
		i   int
	}
	var total int64
	for _, e := range es {
		total += e.Votes
	}
	seats = make([]int, len(es))
	if total == 0 || house == 0 {
		return seats, nil, 0
	}
	var claims []claim
	left := house
	if m.LargestRemainder() {
		for {
			var q *big.Rat
			switch m {
			case Hare:
				q = big.NewRat(total, int64(house))
			case HagenbachBischoff:
				q = big.NewRat(total, int64(house)+1)
			case Imperiali:
				q = big.NewRat(total, int64(house)+2)
			case Droop:
				q = big.NewRat(total/int64(house+1)+1, 1)
			}
			sum := 0
			for i, e := range es {
				c := new(big.Rat).Quo(big.NewRat(e.Votes, 1), q)
				fl := new(big.Int).Quo(c.Num(), c.Denom())
				seats[i] = int(fl.Int64())
				sum += seats[i]
				if e.Votes > 0 {
					rem := new(big.Rat).Sub(c, new(big.Rat).SetInt(fl))
					for j := 0; j <= house; j++ {
						claims = append(claims, claim{r: new(big.Rat).Sub(rem, big.NewRat(int64(j), 1)), i: i})
					}
				}
			}
			if sum <= house {
				left = house - sum
				break
			}
			claims = nil
			m = map[Method]Method{Imperiali: HagenbachBischoff, HagenbachBischoff: Hare}[m]
		}
	} else {
		for i, e := range es {
			if e.Votes == 0 {
				continue
			}
			for s := 0; s <= house; s++ {
				var d *big.Rat
				switch m {
				case DHondt:
					d = big.NewRat(int64(s)+1, 1)
				case SainteLague:
					d = big.NewRat(2*int64(s)+1, 1)
				case ModifiedSainteLague:
					d = big.NewRat(2*int64(s)+1, 1)
					if s == 0 {
						d = big.NewRat(7, 5)
					}
				case Adams:
					d = big.NewRat(int64(s), 1)
				case HuntingtonHill:
					d = big.NewRat(int64(s)*int64(s+1), 1) // compared squared
				}
				if d.Sign() == 0 {
					claims = append(claims, claim{inf: true, i: i})
					continue
				}
				v := big.NewRat(e.Votes, 1)
				if m == HuntingtonHill {
					v.Mul(v, v)
				}
				claims = append(claims, claim{r: v.Quo(v, d), i: i})
			}
		}
	}
	cmp := func(a, b claim) int {
		switch {
		case a.inf && b.inf:
			return 0
		case a.inf:
			return -1
		case b.inf:
			return 1
		}
		return b.r.Cmp(a.r) // descending
	}
	slices.SortStableFunc(claims, cmp)
	if left == 0 {
		return seats, nil, 0
	}
	x := claims[left-1]
	if cmp(x, claims[left]) != 0 {
		for _, c := range claims[:left] {
			seats[c.i]++
		}
		return seats, nil, 0
	}
	for _, c := range claims {
		if cmp(c, x) == 0 {
			tied = append(tied, es[c.i].ID)
		}
	}
	for _, c := range claims[:left] {
		if cmp(c, x) == 0 {
			tieSeats++
		} else {
			seats[c.i]++
		}
	}
	slices.Sort(tied)
	return seats, tied, tieSeats
}

func TestPropMatchesReference(t *testing.T) {
	p := newProps(t)
	p.Property("seats match an exact reference; a tie is reported exactly when the cut is tied", prop.ForAll(
		func(vs []int64, large bool, house, mi int) string {
			es := scaled(vs, large)
			m := Methods()[mi]
			res, err := Apportion(es, Options{Seats: house, Method: m, Tie: Lots})
			want, tied, tieSeats := reference(es, house, m)
			if fmt.Sprint(seatCounts(res)) != fmt.Sprint(want) {
				return fmt.Sprintf("%s: seats %v, reference %v (err %v)", m, seatCounts(res), want, err)
			}
			if tied == nil {
				if err != nil || res.Tie != nil {
					return fmt.Sprintf("%s: tie %v reported, reference has none (err %v)", m, res.Tie, err)
				}
				return ""
			}
			var te *TieError
			if !errors.As(err, &te) || !errors.Is(err, ErrLotsRequired) || res.Tie == nil {
				return fmt.Sprintf("%s: reference tie %v for %d seats not reported (err %v)", m, tied, tieSeats, err)
			}
			if fmt.Sprint(te.Tie.Tied) != fmt.Sprint(tied) || te.Tie.Seats != tieSeats {
				return fmt.Sprintf("%s: tie %v/%d, reference %v/%d", m, te.Tie.Tied, te.Tie.Seats, tied, tieSeats)
			}
			return ""
		}, genVotes, genBig, genHouse, genMethod))
	p.TestingRun(t)
}

// The same tie, settled by lots drawn from any order of the tied set: the
// seats given are the reference's plus one each for the first k drawn.
func TestPropLotsSettle(t *testing.T) {
	p := newProps(t)
	p.Property("lots covering the tied set settle the tie", prop.ForAll(
		func(vs []int64, house, mi int, seed string) string {
			es := entries(vs...)
			m := Methods()[mi]
			want, tied, k := reference(es, house, m)
			if tied == nil {
				return ""
			}
			lots := DrawLots(seed, tied)
			res, err := Apportion(es, Options{Seats: house, Method: m, Tie: Lots, Lots: lots})
			if err != nil {
				return err.Error()
			}
			for _, id := range lots[:k] {
				want[slices.IndexFunc(es, func(e Entry) bool { return e.ID == id })]++
			}
			if fmt.Sprint(seatCounts(res)) != fmt.Sprint(want) || res.Total != house {
				return fmt.Sprintf("seats %v, want %v", seatCounts(res), want)
			}
			return ""
		}, genVotes, genHouse, genMethod, gen.AlphaString()))
	p.TestingRun(t)
}

func TestPropFillList(t *testing.T) {
	p := newProps(t)
	roundings := []Rounding{RoundHalfUp, RoundUp, RoundDown}
	p.Property("women >= WomenRequired when enough stood; nobody seated over more preference votes but by the quota", prop.ForAll(
		func(codes []int64, seats, ri int, lots bool) string {
			cands := make([]ListCandidate, len(codes))
			for i, c := range codes {
				sex := election.Male
				if c%2 == 1 {
					sex = election.Female
				}
				cands[i] = ListCandidate{ID: fmt.Sprintf("c%d", i), Position: len(codes) - i, Sex: sex, Preferences: c / 2}
			}
			r := ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: roundings[ri%3], Tie: ListPosition}
			if lots {
				r.Tie = Lots
			}
			res, err := FillList("p", cands, seats, r, nil)
			if err != nil && !errors.Is(err, ErrLotsRequired) {
				return err.Error()
			}
			var women int
			for _, c := range cands {
				if c.Sex == election.Female {
					women++
				}
			}
			elected := map[string]bool{}
			var seatedWomen int
			for _, e := range res.Elected {
				elected[e.ID] = true
				if e.Sex == election.Female {
					seatedWomen++
				}
			}
			if len(res.Elected)+res.Unfilled+res.Pending != seats {
				return fmt.Sprintf("elected %d + unfilled %d + pending %d != %d", len(res.Elected), res.Unfilled, res.Pending, seats)
			}
			if (res.Tie == nil) != (res.Pending == 0) || (res.Tie != nil && res.Pending < res.Tie.Seats) {
				return fmt.Sprintf("tie %v with %d pending", res.Tie, res.Pending)
			}
			if res.Unfilled != max(0, seats-len(cands)) {
				return fmt.Sprintf("unfilled %d with %d candidates for %d seats", res.Unfilled, len(cands), seats)
			}
			if err != nil {
				return ""
			}
			if women >= res.WomenRequired && seatedWomen < res.WomenRequired {
				return fmt.Sprintf("%d women seated, %d required, %d stood", seatedWomen, res.WomenRequired, women)
			}
			if women < res.WomenRequired && (seatedWomen < women || res.Reason == "") {
				return "too few women stood, but not all were seated or no reason was given"
			}
			for _, e := range res.Elected {
				for _, c := range cands {
					if elected[c.ID] {
						continue
					}
					if c.Preferences > e.Preferences && (e.Reason == ReasonPreference || c.Sex == election.Female) {
						return fmt.Sprintf("%s (%d, %s) seated over %s (%d)", e.ID, e.Preferences, e.Reason, c.ID, c.Preferences)
					}
					if c.Preferences == e.Preferences && c.Position < e.Position && !lots && (e.Reason == ReasonPreference || c.Sex == election.Female) {
						return fmt.Sprintf("%s seated over %s, equal votes, higher on the list", e.ID, c.ID)
					}
				}
			}
			return ""
		}, gen.SliceOf(gen.Int64Range(0, 11)), gen.IntRange(0, 12), gen.IntRange(0, 2), gen.Bool()))
	p.TestingRun(t)
}

func TestPropPlurality(t *testing.T) {
	p := newProps(t)
	// Part of issue 12's attack suite: "against all" level with the leader
	// is a tie, reported under either meaning of against_all_tie.
	p.Property("repeat election exactly when against all > the leader (or = under against_all_tie repeat); = is a reported tie", prop.ForAll(
		func(vs []int64, against int64, repeatOnTie bool) string {
			cands := make([]OkrugCandidate, len(vs))
			var top int64
			for i, v := range vs {
				cands[i] = OkrugCandidate{ID: fmt.Sprintf("c%d", i), Registration: i + 1, Votes: v}
				top = max(top, v)
			}
			rule := OkrugRule{AgainstAll: RepeatIfAhead, AgainstAllTie: AgainstAllTieCandidate, Tie: RegistrationOrder}
			if repeatOnTie {
				rule.AgainstAllTie = AgainstAllTieRepeat
			}
			res, err := Plurality("1", cands, against, rule, nil)
			if err != nil {
				return err.Error()
			}
			level := against == top && top > 0
			if (res.Outcome == OutcomeRepeat) != (against > top || level && repeatOnTie) {
				return fmt.Sprintf("outcome %s with against all %d, leader %d", res.Outcome, against, top)
			}
			reported := slices.ContainsFunc(res.Ties, func(t Tie) bool { return t.Context == "against_all" && t.SettledBy == SettledByAgainstAllTie })
			if reported != level {
				return fmt.Sprintf("against all %d, leader %d: tie reported %v", against, top, reported)
			}
			if res.Outcome == OutcomeElected {
				if res.Winner == "" || res.LeaderVotes != top || res.Margin < 0 {
					return fmt.Sprintf("elected %q with %d (top %d), margin %d", res.Winner, res.LeaderVotes, top, res.Margin)
				}
			}
			if res.Outcome == OutcomeNoVotes && (top > 0 || against > top) {
				return "no_votes with votes"
			}
			return ""
		}, gen.SliceOf(gen.Int64Range(0, 20)), gen.Int64Range(0, 25), gen.Bool()))
	p.TestingRun(t)
}
