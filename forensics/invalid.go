package forensics

import (
	"cmp"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// Defaults of the invalid-ballots fingerprint (Params.InvalidK,
// InvalidFloor, InvalidMinBallots), and the fence's multiple of the
// interquartile range (Tukey's "far out").
const (
	DefaultInvalidK          = "3"
	DefaultInvalidFloor      = "5"
	DefaultInvalidMinBallots = 100
	InvalidFenceIQR          = 3
)

// Invalid is the share of invalid (rejected) ballots in the ballots found
// (invalid + valid) of each precinct, the election's share, their
// distribution, and the precincts far above the rest.
//
// A precinct is listed when it has at least Rule.MinBallots ballots and
// its share is more than the threshold, the largest of: K times the
// median of the precincts' shares, the floor (a share in percent), and
// the far-out fence of the distribution, Q3 + 3·(Q3 − Q1) of the
// precincts' shares (median and quartiles by nearest rank). The median,
// not the election-wide share, is the base of K: precincts far above the
// rest pull the election-wide share up (Changamwe's three centres of
// 20-26% raise its 24 centres' share from about 1% to 4.3%), the median
// hardly. Every comparison is exact (fractions of integers); the
// percents in the JSON are for reading.
type Invalid struct {
	// Precincts is the number of precincts evaluated: those with invalid
	// ballots given and at least one ballot.
	Precincts int `json:"precincts"`
	// NotEvaluated counts, by reason, the precincts (or the protocols
	// left out of every analysis) whose share is unknown: none of them is
	// taken as normal.
	NotEvaluated []Skip `json:"not_evaluated"`
	// Invalid and Ballots are the sums over the precincts evaluated;
	// Share is Invalid of Ballots in percent.
	Invalid int64   `json:"invalid"`
	Ballots int64   `json:"ballots"`
	Share   float64 `json:"share"`
	// Q1, Median and Q3 are the precincts' shares (nearest rank), in
	// percent.
	Q1     float64 `json:"q1"`
	Median float64 `json:"median"`
	Q3     float64 `json:"q3"`
	// Bins[k] counts the precincts whose share is at least k% and less
	// than k+1% (Bins[100]: exactly 100%).
	Bins []int       `json:"bins"`
	Rule InvalidRule `json:"rule"`
	// Listed are the precincts over the threshold, the largest share
	// first (then by precinct).
	Listed []InvalidPrecinct `json:"listed"`
	Notes  []string          `json:"notes"`
}

// InvalidRule is the rule that lists a precinct, with its parameters and
// the threshold they give on this election.
type InvalidRule struct {
	Text string `json:"text"`
	// K and Floor (percent) as given: decimal texts, read exactly.
	K          string `json:"k"`
	Floor      string `json:"floor_percent"`
	FenceIQR   int    `json:"fence_iqr"`
	MinBallots int64  `json:"min_ballots"`
	// KMedian is K × the precincts' median share, Fence Q3 + 3·(Q3 − Q1), in
	// percent; Threshold the largest of KMedian, Floor and Fence, in
	// percent, and exactly as a fraction of one ("num/den"); By names the
	// one that sets it ("k_median", "floor" or "fence", the first of
	// those equal).
	KMedian        float64 `json:"k_median"`
	Fence          float64 `json:"fence"`
	Threshold      float64 `json:"threshold"`
	ThresholdExact string  `json:"threshold_exact"`
	By             string  `json:"by"`
	// Small is the number of precincts evaluated with fewer than
	// MinBallots ballots: in the distribution, never listed.
	Small int `json:"below_min_ballots"`
}

// InvalidPrecinct is a listed precinct's figures.
type InvalidPrecinct struct {
	Precinct string  `json:"precinct"`
	Region   string  `json:"region,omitempty"`
	Okrug    string  `json:"okrug,omitempty"`
	Voters   int64   `json:"voters"`
	Invalid  int64   `json:"invalid"`
	Ballots  int64   `json:"ballots"`
	Share    float64 `json:"share"`
}

// Not-evaluated reasons of the invalid-ballots fingerprint besides the
// Skip reasons that left protocols out of every analysis.
const (
	NotEvalNoInvalid = "invalid_not_given" // Data built without the invalid ballots
	NotEvalNoBallots = "no_ballots"        // invalid + valid is 0: no share
)

// ratio reads a non-negative decimal text ("3", "2.5": digits, at most
// one point, at most 24 characters) exactly.
func ratio(name, s string) (*big.Rat, error) {
	bad := fmt.Errorf("%w: %s %q: want a decimal number such as 3 or 2.5", ErrParams, name, s)
	whole, part, _ := strings.Cut(s, ".")
	digits := func(t string) bool { return strings.Trim(t, "0123456789") == "" }
	if len(s) > 24 || whole == "" || !digits(whole) || !digits(part) || strings.HasSuffix(s, ".") {
		return nil, bad
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, bad
	}
	return r, nil
}

// invalidParams reads and checks the fingerprint's parameters.
func invalidParams(p Params) (k, floor *big.Rat, err error) {
	if k, err = ratio("invalid k", p.InvalidK); err != nil {
		return nil, nil, err
	}
	if floor, err = ratio("invalid floor", p.InvalidFloor); err != nil {
		return nil, nil, err
	}
	if k.Cmp(big.NewRat(1, 1)) < 0 {
		return nil, nil, fmt.Errorf("%w: invalid k %s: want at least 1", ErrParams, p.InvalidK)
	}
	if floor.Cmp(big.NewRat(100, 1)) > 0 {
		return nil, nil, fmt.Errorf("%w: invalid floor %s: want 0..100 (percent)", ErrParams, p.InvalidFloor)
	}
	if p.InvalidMinBallots < 1 {
		return nil, nil, fmt.Errorf("%w: invalid min ballots %d: want at least 1", ErrParams, p.InvalidMinBallots)
	}
	return k, floor, nil
}

// ratPercent is r in percent, for reading.
func ratPercent(r *big.Rat) float64 {
	f, _ := new(big.Rat).Mul(r, big.NewRat(100, 1)).Float64()
	return f
}

// over says whether a/b is more than t (a >= 0, b > 0, t >= 0), exactly:
// in 128 bits when t's terms fit in 64, with math/big otherwise.
func over(a, b int64, t *big.Rat) bool {
	if n, d := t.Num(), t.Denom(); n.IsUint64() && d.IsUint64() {
		hl, ll := bits.Mul64(uint64(a), d.Uint64())
		hr, lr := bits.Mul64(n.Uint64(), uint64(b))
		return hl > hr || hl == hr && ll > lr
	}
	l := new(big.Int).Mul(big.NewInt(a), t.Denom())
	r := new(big.Int).Mul(t.Num(), big.NewInt(b))
	return l.Cmp(r) > 0
}

func invalid(d *Data, p Params) Invalid {
	k, floor, _ := invalidParams(p) // checked by withDefaults
	out := Invalid{NotEvaluated: []Skip{}, Bins: make([]int, 101), Listed: []InvalidPrecinct{}}
	var noInv, noBallots int
	var fs []frac
	for i := range d.Precincts {
		x := &d.Precincts[i]
		switch {
		case x.Invalid < 0:
			noInv++
			continue
		case x.Ballots == 0:
			noBallots++
			continue
		}
		out.Precincts++
		out.Invalid += x.Invalid
		out.Ballots += x.Ballots
		out.Bins[bin(x.Invalid, x.Ballots)]++
		fs = append(fs, frac{x.Invalid, x.Ballots})
	}
	if noInv > 0 {
		out.NotEvaluated = append(out.NotEvaluated, Skip{Reason: NotEvalNoInvalid, Count: noInv})
	}
	if noBallots > 0 {
		out.NotEvaluated = append(out.NotEvaluated, Skip{Reason: NotEvalNoBallots, Count: noBallots})
	}
	// Protocols no analysis read for want of a line or of a figure in
	// range: their share is unknown too.
	for _, s := range d.Skipped {
		switch s.Reason {
		case SkipNoLines, SkipNoVoters, SkipNegative, SkipTooLarge:
			out.NotEvaluated = append(out.NotEvaluated, s)
		}
	}
	sort.Slice(out.NotEvaluated, func(i, j int) bool { return out.NotEvaluated[i].Reason < out.NotEvaluated[j].Reason })
	floorFrac := new(big.Rat).Quo(floor, big.NewRat(100, 1))
	r := InvalidRule{K: p.InvalidK, Floor: p.InvalidFloor, FenceIQR: InvalidFenceIQR, MinBallots: p.InvalidMinBallots}
	r.Text = fmt.Sprintf("listed: a precinct of at least %d ballots whose invalid ballots are more than the largest of %s × the precincts' median share, %s%% and Q3 + %d·(Q3 − Q1) of the precincts' shares, each a share of invalid + valid ballots",
		p.InvalidMinBallots, p.InvalidK, p.InvalidFloor, InvalidFenceIQR)
	out.Notes = []string{
		"measures: the share of invalid (rejected) ballots in the ballots found (invalid + valid) of each precinct, against the precincts' median and spread and the election's share; " + r.Text,
		"cannot tell: why a precinct rejected many ballots; a confusing ballot, a commission that applied the rules strictly, voters who spoilt their ballots on purpose or a misplaced figure would all raise it",
	}
	if out.Precincts == 0 {
		// No share: nothing to list, no threshold.
		r.By = ""
		out.Rule = r
		return out
	}
	slices.SortFunc(fs, cmpFrac)
	rank := func(q, of int) frac { // nearest rank ceil(q/of · n)
		i := (q*len(fs) + of - 1) / of
		return fs[max(0, i-1)]
	}
	q1, med, q3 := rank(1, 4), rank(1, 2), rank(3, 4)
	out.Q1, out.Median, out.Q3 = q1.percent(), med.percent(), q3.percent()
	out.Share = frac{out.Invalid, out.Ballots}.percent()
	kMedian := new(big.Rat).Mul(k, big.NewRat(med.a, med.b))
	q1r, q3r := big.NewRat(q1.a, q1.b), big.NewRat(q3.a, q3.b)
	fence := new(big.Rat).Sub(q3r, q1r)
	fence.Mul(fence, big.NewRat(InvalidFenceIQR, 1)).Add(fence, q3r)
	t, by := kMedian, "k_median"
	if floorFrac.Cmp(t) > 0 {
		t, by = floorFrac, "floor"
	}
	if fence.Cmp(t) > 0 {
		t, by = fence, "fence"
	}
	r.KMedian, r.Fence, r.Threshold, r.ThresholdExact, r.By = ratPercent(kMedian), ratPercent(fence), ratPercent(t), t.String(), by
	for i := range d.Precincts {
		x := &d.Precincts[i]
		if x.Invalid < 0 || x.Ballots == 0 {
			continue
		}
		if x.Ballots < p.InvalidMinBallots {
			r.Small++
			continue
		}
		if over(x.Invalid, x.Ballots, t) {
			out.Listed = append(out.Listed, InvalidPrecinct{Precinct: x.ID, Region: x.Region, Okrug: x.Okrug, Voters: x.Voters,
				Invalid: x.Invalid, Ballots: x.Ballots, Share: frac{x.Invalid, x.Ballots}.percent()})
		}
	}
	ls := out.Listed
	sort.Slice(ls, func(i, j int) bool {
		return cmp.Or(cmpFrac(frac{ls[j].Invalid, ls[j].Ballots}, frac{ls[i].Invalid, ls[i].Ballots}), strings.Compare(ls[i].Precinct, ls[j].Precinct)) < 0
	})
	out.Rule = r
	return out
}
