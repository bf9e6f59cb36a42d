package forensics

import (
	"cmp"
	"fmt"
	"math/big"
	"math/bits"
	"sort"
	"strconv"
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

// Invalid is the share of invalid (rejected) ballots in the invalid +
// valid ballots of each precinct, the election's share, their
// distribution, and the precincts far above the rest.
//
// The base is invalid + valid, not the ballots found in the boxes: those
// two are the ballots the commission judged, valid or not, which is the
// judgement the share is about; they are the Ballots of every analysis
// here (the comet's turnout too), and many files give no ballots found; a
// protocol whose ballots found differ from them is P102's finding, not a
// share to read here. The words say so ("share of invalid + valid"), so
// that no reader takes it for a share of the ballots found.
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

// InvalidRuleText is the rule in words, with the names of its
// parameters in InvalidRule's JSON.
const InvalidRuleText = "listed: a precinct of at least min_ballots ballots (invalid + valid) whose share of invalid ballots is more than the largest of k × the precincts' median share (k_median), floor_percent and Q3 + fence_iqr·(Q3 − Q1) of the precincts' shares (fence)"

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

// q is a non-negative fraction n/d (d > 0) of the fingerprint: a share
// (n ≤ d ≤ MaxFigure), K or the floor (three decimals at most), or a
// product of those, so that n and d fit in 64 bits and n·d' in 128.
type q struct{ n, d uint64 }

// cmpQ compares x and y exactly (128-bit products).
func cmpQ(x, y q) int {
	hl, ll := bits.Mul64(x.n, y.d)
	hr, lr := bits.Mul64(y.n, x.d)
	switch {
	case hl != hr:
		return cmp.Compare(hl, hr)
	default:
		return cmp.Compare(ll, lr)
	}
}

func (x q) percent() float64 { return float64(float64(x.n)*100) / float64(x.d) }

func (x q) text() string {
	g := gcd(x.n, x.d)
	return strconv.FormatUint(x.n/g, 10) + "/" + strconv.FormatUint(x.d/g, 10)
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// decimal reads a non-negative decimal text of at most three digits
// before the point and three after it ("3", "2.5") exactly.
func decimal(name, s string) (q, error) {
	whole, part, dot := strings.Cut(s, ".")
	digits := func(t string) bool { return strings.Trim(t, "0123456789") == "" }
	if whole == "" || len(whole) > 3 || len(part) > 3 || dot && part == "" || !digits(whole) || !digits(part) {
		return q{}, fmt.Errorf("%w: %s %q: want a decimal number of at most three digits before and after the point, such as 3 or 2.5", ErrParams, name, s)
	}
	n, _ := strconv.ParseUint(whole+part, 10, 64)
	d := uint64(1)
	for range part {
		d *= 10
	}
	return q{n, d}, nil
}

// invalidParams reads and checks the fingerprint's parameters: K and
// the floor as a fraction of one.
func invalidParams(p Params) (k, floor q, err error) {
	if k, err = decimal("--invalid-k", p.InvalidK); err != nil {
		return k, floor, err
	}
	if floor, err = decimal("--invalid-floor", p.InvalidFloor); err != nil {
		return k, floor, err
	}
	floor.d *= 100
	switch {
	case k.n < k.d:
		return k, floor, fmt.Errorf("%w: --invalid-k %s: want at least 1", ErrParams, p.InvalidK)
	case floor.n > floor.d:
		return k, floor, fmt.Errorf("%w: --invalid-floor %s: want 0..100 (percent)", ErrParams, p.InvalidFloor)
	case p.InvalidMinBallots < 1:
		return k, floor, fmt.Errorf("%w: --invalid-min-ballots %d: want at least 1", ErrParams, p.InvalidMinBallots)
	}
	return k, floor, nil
}

// fenceOf is Q3 + 3·(Q3 − Q1) = (4·a3·b1 − 3·a1·b3) / (b1·b3), exactly;
// ok is false when its numerator passes 64 bits, which only a fence
// above 100% can (then no share is over it).
func fenceOf(q1, q3 frac) (f q, ok bool) {
	hi, lo := bits.Mul64(uint64(q3.a)*uint64(q1.b), InvalidFenceIQR+1)
	sh, sl := bits.Mul64(uint64(q1.a)*uint64(q3.b), InvalidFenceIQR)
	lo, borrow := bits.Sub64(lo, sl, 0)
	hi, _ = bits.Sub64(hi, sh, borrow)
	return q{lo, uint64(q1.b) * uint64(q3.b)}, hi == 0
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
	r := InvalidRule{K: p.InvalidK, Floor: p.InvalidFloor, FenceIQR: InvalidFenceIQR, MinBallots: p.InvalidMinBallots}
	r.Text = InvalidRuleText
	out.Notes = []string{
		"measures: the share of invalid (rejected) ballots in the invalid + valid ballots of each precinct (not the ballots found in the boxes), against the precincts' median and spread and the election's share; " + r.Text,
		"cannot tell: why a precinct rejected many ballots; a confusing ballot, a commission that applied the rules strictly, voters who spoilt their ballots on purpose or a misplaced figure would all raise it",
	}
	if out.Precincts == 0 {
		// No share: nothing to list, no threshold.
		r.By = ""
		out.Rule = r
		return out
	}
	sort.Slice(fs, func(i, j int) bool { return cmpFrac(fs[i], fs[j]) < 0 })
	rank := func(q, of int) frac { // nearest rank ceil(q/of · n)
		i := (q*len(fs) + of - 1) / of
		return fs[max(0, i-1)]
	}
	q1, med, q3 := rank(1, 4), rank(1, 2), rank(3, 4)
	out.Q1, out.Median, out.Q3 = q1.percent(), med.percent(), q3.percent()
	out.Share = frac{out.Invalid, out.Ballots}.percent()
	kMedian := q{k.n * uint64(med.a), k.d * uint64(med.b)}
	fence, fenceOK := fenceOf(q1, q3)
	t, by := kMedian, "k_median"
	if cmpQ(floor, t) > 0 {
		t, by = floor, "floor"
	}
	if !fenceOK || cmpQ(fence, t) > 0 {
		t, by = fence, "fence"
	}
	r.KMedian, r.Threshold, r.ThresholdExact, r.By = kMedian.percent(), t.percent(), t.text(), by
	r.Fence = fence.percent()
	if !fenceOK {
		// Above 100%, past 64 bits: its value, and exactly as a fraction
		// (math/big), "num/den" as ever.
		r.Fence = float64(float64(InvalidFenceIQR+1)*q3.percent()) - float64(float64(InvalidFenceIQR)*q1.percent())
		r.Threshold = r.Fence
		exact := new(big.Rat).Mul(big.NewRat(InvalidFenceIQR+1, 1), big.NewRat(q3.a, q3.b))
		exact.Sub(exact, new(big.Rat).Mul(big.NewRat(InvalidFenceIQR, 1), big.NewRat(q1.a, q1.b)))
		r.ThresholdExact = exact.String()
	}
	for i := range d.Precincts {
		x := &d.Precincts[i]
		if x.Invalid < 0 || x.Ballots == 0 {
			continue
		}
		if x.Ballots < p.InvalidMinBallots {
			r.Small++
			continue
		}
		if fenceOK && cmpQ(q{uint64(x.Invalid), uint64(x.Ballots)}, t) > 0 {
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
