package shailoo

import (
	"math"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// majorityBound returns the least correction of a single-mandate okrug's
// figures, in total, that could change outcome out, decided under the
// majority rule m over base (the okrug's MajorityBase): votes are the
// candidates' votes (against all and blank votes left out), any order.
// ok is false where no bound is computed (an outcome other than elected
// or a run-off, a tie at a place that decides it, a base of 0).
//
// A correction of d moves the figures by d in total, one vote (or one
// ballot of a line) at a time, on either side of a failed relation: the
// votes, or the line the base is (valid ballots, participants). Each
// condition of the rule is linear in the figures, so the most d moves it
// is d times the most one unit moves it (k, below): the bound of each
// condition is exact for that condition, and the bound of the outcome
// takes the least of those that could change it. The outcome changes
// where:
//
//   - elected: the winner's lead over the runner-up closes (a tie is a
//     change), or every way to win the rule names is missed;
//   - run-off: the leader passes a way to win, or the runner-up's lead
//     over the third closes (another pair goes to the second round).
//
// Of a condition 100·v − p·B compared with 0 (v votes, p percent, B the
// base): under a base of lines one unit takes v down by one (100) or B
// up by one (p); under a base of votes, v down by one takes B down too
// (100 − p), another choice's votes up by one take B up (p). Of a lead
// 100·(v − r) − L·B the units are 100 (v, r) and L (B) on lines, 100 − L,
// 100 + L and L on votes.
func majorityBound(m seats.MajorityRule, out seats.Outcome, votes []int64, base int64) (int64, bool) {
	if base <= 0 || len(votes) == 0 {
		return 0, false
	}
	v := slices.Clone(votes)
	slices.Sort(v)
	slices.Reverse(v)
	top := v[0]
	var second, third int64
	if len(v) > 1 {
		second = v[1]
	}
	if len(v) > 2 {
		third = v[2]
	}
	lines := m.Base != threshold.Votes
	unit := func(p decimal.Decimal) *big.Rat { // the most one unit moves a share's slack
		q := p.Rat()
		if lines {
			return maxRat(big.NewRat(100, 1), q)
		}
		return maxRat(new(big.Rat).Sub(big.NewRat(100, 1), q), q)
	}
	leadUnit := func(l decimal.Decimal) *big.Rat {
		q := l.Rat()
		if lines {
			return maxRat(big.NewRat(100, 1), q)
		}
		return new(big.Rat).Add(big.NewRat(100, 1), q)
	}
	slack := func(votes int64, p decimal.Decimal) *big.Rat { // 100·votes − p·base
		s := new(big.Rat).SetInt64(votes)
		s.Mul(s, big.NewRat(100, 1))
		return s.Sub(s, new(big.Rat).Mul(p.Rat(), new(big.Rat).SetInt64(base)))
	}
	switch out {
	case seats.OutcomeElected:
		if top <= second {
			return 0, false
		}
		stays := toFail(slack(top, m.Percent), unit(m.Percent), m.Comparison)
		if o := m.Or; o != nil {
			stays = max(stays, min(toFail(slack(top, o.Percent), unit(o.Percent), o.Comparison),
				toFail(slack(top-second, o.Lead), leadUnit(o.Lead), o.LeadComparison)))
		}
		return min(top-second, stays), true
	case seats.OutcomeRunoff:
		if top <= second || second <= third || second == 0 {
			return 0, false
		}
		pass := toPass(slack(top, m.Percent), unit(m.Percent), m.Comparison)
		if o := m.Or; o != nil {
			pass = min(pass, max(toPass(slack(top, o.Percent), unit(o.Percent), o.Comparison),
				toPass(slack(top-second, o.Lead), leadUnit(o.Lead), o.LeadComparison)))
		}
		if len(v) > 2 {
			pass = min(pass, second-third)
		}
		return pass, true
	}
	return 0, false
}

// toFail returns the least d at which a condition s − k·d, compared with
// 0 under c, fails: 0 where it fails already.
func toFail(s, k *big.Rat, c threshold.Comparison) int64 {
	if s.Sign() < 0 || s.Sign() == 0 && c == threshold.MoreThan {
		return 0
	}
	q := new(big.Rat).Quo(s, k)
	n := new(big.Int).Quo(q.Num(), q.Denom()) // floor: q >= 0
	if c != threshold.MoreThan || !q.IsInt() {
		n.Add(n, big.NewInt(1)) // at least: fails past s/k; more than: at s/k
	}
	return clampInt(n)
}

// toPass returns the least d at which a condition s + k·d, compared with
// 0 under c, holds: 0 where it holds already.
func toPass(s, k *big.Rat, c threshold.Comparison) int64 {
	if s.Sign() > 0 || s.Sign() == 0 && c != threshold.MoreThan {
		return 0
	}
	q := new(big.Rat).Quo(new(big.Rat).Neg(s), k) // >= 0
	n := new(big.Int).Quo(q.Num(), q.Denom())
	if c == threshold.MoreThan || !q.IsInt() {
		n.Add(n, big.NewInt(1)) // more than: past −s/k; at least: at −s/k
	}
	return clampInt(n)
}

func maxRat(a, b *big.Rat) *big.Rat {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

func clampInt(n *big.Int) int64 {
	if !n.IsInt64() {
		return math.MaxInt64
	}
	return n.Int64()
}

// majorityBounds says, of okrug o decided under a majority rule, the
// least correction that could change its outcome (majorityBound): ok
// false where the rule's conditions are not the whole decision (a spread
// or sex-balance rule, several seats, "against all" that can win or
// repeat the election, votes missing, a tie settled). An aggregate
// (several people's votes) is weighed as one candidate of all its votes,
// the most any one of them could have: an outcome it would decide is not
// evaluated, and has no bound.
func (c *counter) majorityBounds(o *Okrug) (int64, bool) {
	r := c.r.Okrug.ForOkrug(o.Okrug)
	if r.Majority == nil || r.Spread != nil || r.SexBalance != nil || c.r.Okrug.SeatsOf(o.Okrug) != 1 ||
		len(o.VotesMissing) > 0 || o.Unfilled != 0 && o.Outcome == seats.OutcomeElected ||
		okrugTiedIn(c.res.Ties, o.Okrug) ||
		r.AgainstAll != seats.AgainstAllIgnored && c.res.AgainstAll(election.OkrugBallot) {
		return 0, false
	}
	var votes []int64
	for id, n := range o.CandidateVotes {
		if id == election.AgainstAll || c.annulled(id) || slices.Contains(o.Blank, id) {
			continue
		}
		votes = append(votes, n)
	}
	return majorityBound(*r.Majority, o.Outcome, votes, o.MajorityBase)
}
