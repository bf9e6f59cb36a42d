package forensics_test

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/forensics"
)

// invalidData is Data of one choice whose precincts have the given
// invalid and ballots figures (voters: the ballots, at least 1).
func invalidData(figs [][2]int64) *forensics.Data {
	d := &forensics.Data{Choices: []string{"a"}}
	for i, f := range figs {
		d.Precincts = append(d.Precincts, forensics.Precinct{ID: fmt.Sprintf("p%03d", i), Voters: max(f[1], 1), Ballots: f[1], Invalid: f[0], Votes: []int64{f[1] - max(f[0], 0)}})
	}
	return d
}

func analyzeInvalid(t *testing.T, d *forensics.Data, p forensics.Params) forensics.Invalid {
	t.Helper()
	p.Draws = 1
	r, err := forensics.Analyze(d, p)
	if err != nil {
		t.Fatal(err)
	}
	return r.Invalid
}

func listedIDs(v forensics.Invalid) []string {
	var out []string
	for _, p := range v.Listed {
		out = append(out, p.Precinct)
	}
	return out
}

// TestInvalidBoundaries: the threshold is "more than", exact: 20 precincts
// at 1% (median, quartiles 1%, so 3 × median 3% and the fence 1% are
// below the floor of 5%), then one at exactly 5% (not listed), one at
// 5/99.9...: 51 of 1000 (listed), one above it but of 99 ballots (too
// small: counted, not listed), one of 100 ballots at 6% (listed).
func TestInvalidBoundaries(t *testing.T) {
	figs := make([][2]int64, 20)
	for i := range figs {
		figs[i] = [2]int64{10, 1000}
	}
	figs = append(figs, [2]int64{50, 1000}, [2]int64{51, 1000}, [2]int64{50, 99}, [2]int64{6, 100})
	v := analyzeInvalid(t, invalidData(figs), forensics.Params{})
	if got, want := listedIDs(v), []string{"p023", "p021"}; !slices.Equal(got, want) {
		t.Errorf("listed %v, want %v", got, want)
	}
	if v.Rule.By != "floor" || v.Rule.ThresholdExact != "1/20" || v.Rule.Small != 1 {
		t.Errorf("rule %+v: want the floor 1/20, one precinct below min ballots", v.Rule)
	}
	// The floor at 5.1%: 51 of 1000 is then at the threshold, not over it.
	v = analyzeInvalid(t, invalidData(figs), forensics.Params{InvalidFloor: "5.1"})
	if got, want := listedIDs(v), []string{"p023"}; !slices.Equal(got, want) {
		t.Errorf("floor 5.1: listed %v, want %v", got, want)
	}
	// Min ballots 99 lets the small precinct in.
	v = analyzeInvalid(t, invalidData(figs), forensics.Params{InvalidMinBallots: 99})
	if got, want := listedIDs(v), []string{"p022", "p023", "p021"}; !slices.Equal(got, want) {
		t.Errorf("min 99: listed %v, want %v", got, want)
	}
	// k sets it: median 1%, k 7 gives 7%: only... none above 7% but the
	// small one (50/99 = 50.5%), which k 7 with min 99 lists.
	v = analyzeInvalid(t, invalidData(figs), forensics.Params{InvalidK: "7", InvalidMinBallots: 99})
	if got := listedIDs(v); v.Rule.By != "k_median" || v.Rule.ThresholdExact != "7/100" || !slices.Equal(got, []string{"p022"}) {
		t.Errorf("k 7: by %s %s, listed %v: want k_median 7/100, p022", v.Rule.By, v.Rule.ThresholdExact, got)
	}
}

// TestInvalidFence: a spread-out distribution sets the threshold by its
// fence Q3 + 3·(Q3 − Q1), above 3 × the median and the floor.
func TestInvalidFence(t *testing.T) {
	var figs [][2]int64
	for i := range 8 { // shares 0%, 1%, ..., 7%, four precincts each
		for range 4 {
			figs = append(figs, [2]int64{int64(i), 100})
		}
	}
	figs = append(figs, [2]int64{19, 100}, [2]int64{20, 100})
	// 34 shares: Q1 at rank 9 (2%), median rank 17 (4%), Q3 rank 26 (6%):
	// fence 6 + 3·4 = 18%, 3 × median 12%, floor 5%.
	v := analyzeInvalid(t, invalidData(figs), forensics.Params{})
	if v.Rule.By != "fence" || v.Rule.ThresholdExact != "9/50" || !slices.Equal(listedIDs(v), []string{"p033", "p032"}) {
		t.Errorf("by %s %s, listed %v: want the fence 9/50, p033 and p032", v.Rule.By, v.Rule.ThresholdExact, listedIDs(v))
	}
}

// TestInvalidNotEvaluated: a precinct without its invalid ballots (-1)
// and one of no ballots are counted as not evaluated, never as 0%.
func TestInvalidNotEvaluated(t *testing.T) {
	v := analyzeInvalid(t, invalidData([][2]int64{{-1, 500}, {0, 0}, {3, 300}}), forensics.Params{})
	want := []forensics.Skip{{Reason: forensics.NotEvalNoInvalid, Count: 1}, {Reason: forensics.NotEvalNoBallots, Count: 1}}
	if v.Precincts != 1 || !slices.Equal(v.NotEvaluated, want) || v.Invalid != 3 || v.Ballots != 300 {
		t.Errorf("%d precincts, %d of %d, not evaluated %+v: want 1, 3 of 300, %+v", v.Precincts, v.Invalid, v.Ballots, v.NotEvaluated, want)
	}
	v = analyzeInvalid(t, invalidData([][2]int64{{-1, 500}}), forensics.Params{})
	if v.Precincts != 0 || len(v.Listed) != 0 || v.Rule.By != "" {
		t.Errorf("no share: %+v", v)
	}
}

func TestInvalidParams(t *testing.T) {
	d := invalidData([][2]int64{{1, 100}})
	for name, p := range map[string]forensics.Params{
		"k below 1":      {InvalidK: "0.5"},
		"k a fraction":   {InvalidK: "1/2"},
		"k not a number": {InvalidK: "three"},
		"floor over 100": {InvalidFloor: "100.5"},
		"floor negative": {InvalidFloor: "-1"},
		"floor exponent": {InvalidFloor: "1e1"},
		"floor hex":      {InvalidFloor: "0x1p2"},
		"k no digits":    {InvalidK: ".5"},
		"k point":        {InvalidK: "3."},
		"min ballots":    {InvalidMinBallots: -1},
	} {
		p.Draws = 1
		if _, err := forensics.Analyze(d, p); !errors.Is(err, forensics.ErrParams) {
			t.Errorf("%s: %v, want ErrParams", name, err)
		}
	}
	if _, err := forensics.Analyze(d, forensics.Params{Draws: 1, InvalidK: "1", InvalidFloor: "100", InvalidMinBallots: 1}); err != nil {
		t.Errorf("k 1, floor 100, min 1: %v", err)
	}
	d.Precincts[0].Invalid = 101
	if _, err := forensics.Analyze(d, forensics.Params{Draws: 1}); !errors.Is(err, forensics.ErrData) {
		t.Errorf("invalid above ballots: %v, want ErrData", err)
	}
}

// TestInvalidListedProperty: on random precincts and parameters, the
// listed precincts are exactly those of at least MinBallots ballots
// whose share is more than the largest of k × the median share, the
// floor and Q3 + 3·(Q3 − Q1), recomputed here with math/big from the
// definition, largest share first.
func TestInvalidListedProperty(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(2017)
	params.MinSuccessfulTests = 300
	props := gopter.NewProperties(params)
	genFigs := gen.IntRange(1, 60).FlatMap(func(n any) gopter.Gen {
		return gopter.CombineGens(gen.SliceOfN(n.(int), gen.Int64Range(0, 400)), gen.SliceOfN(n.(int), gen.Weighted([]gen.WeightedGen{{Weight: 5, Gen: gen.Int64Range(0, 3)}, {Weight: 1, Gen: gen.Int64Range(0, 100)}})))
	}, nil)
	some := 0
	t.Cleanup(func() { t.Logf("%d of the cases list a precinct", some) })
	props.Property("listed = over the threshold", prop.ForAll(func(v []any, k, floor, minB int64) bool {
		bal, pct := v[0].([]int64), v[1].([]int64)
		var fs [][2]int64
		for i := range bal {
			fs = append(fs, [2]int64{bal[i] * pct[i] / 100, bal[i]})
		}
		p := forensics.Params{Draws: 1, InvalidK: fmt.Sprintf("%d.%d", k/10, k%10), InvalidFloor: fmt.Sprint(floor), InvalidMinBallots: minB}
		r, err := forensics.Analyze(invalidData(fs), p)
		if err != nil {
			t.Log(err)
			return false
		}
		var shares []*big.Rat
		for _, f := range fs {
			if f[1] > 0 {
				shares = append(shares, big.NewRat(f[0], f[1]))
			}
		}
		var want []string
		if len(shares) > 0 {
			sort.Slice(shares, func(i, j int) bool { return shares[i].Cmp(shares[j]) < 0 })
			at := func(num, den int) *big.Rat { // nearest rank ceil(n·num/den)
				i := (len(shares)*num + den - 1) / den
				return shares[max(i, 1)-1]
			}
			q1, med, q3 := at(1, 4), at(1, 2), at(3, 4)
			t1 := new(big.Rat).Mul(big.NewRat(k, 10), med)
			t2 := big.NewRat(floor, 100)
			t3 := new(big.Rat).Add(q3, new(big.Rat).Mul(big.NewRat(3, 1), new(big.Rat).Sub(q3, q1)))
			th := t1
			for _, x := range []*big.Rat{t2, t3} {
				if x.Cmp(th) > 0 {
					th = x
				}
			}
			if r.Invalid.Rule.ThresholdExact != th.RatString() && r.Invalid.Rule.ThresholdExact != th.String() {
				t.Logf("threshold %s, want %s", r.Invalid.Rule.ThresholdExact, th)
				return false
			}
			type lp struct {
				id string
				s  *big.Rat
			}
			var ls []lp
			for i, f := range fs {
				if f[1] >= minB && f[1] > 0 && big.NewRat(f[0], f[1]).Cmp(th) > 0 {
					ls = append(ls, lp{fmt.Sprintf("p%03d", i), big.NewRat(f[0], f[1])})
				}
			}
			sort.SliceStable(ls, func(i, j int) bool { return ls[i].s.Cmp(ls[j].s) > 0 })
			for _, x := range ls {
				want = append(want, x.id)
			}
		}
		if len(want) > 0 {
			some++
		}
		if got := listedIDs(r.Invalid); !slices.Equal(got, want) {
			t.Logf("listed %v, want %v", got, want)
			return false
		}
		return true
	}, genFigs, gen.Int64Range(10, 60), gen.Int64Range(0, 30), gen.Int64Range(1, 200)))
	props.TestingRun(t)
}

// TestInvalidFenceOverflow: a fence past 64 bits (precincts of 2^31
// ballots, MaxFigure, at 0% and at 100% invalid: Q1 0, Q3 1) is above
// 100%, lists none, and gives its threshold exactly as "num/den" as
// documented, 4·1 − 3·0 = 4/1, not an expression (rev24).
func TestInvalidFenceOverflow(t *testing.T) {
	const m = forensics.MaxFigure
	v := analyzeInvalid(t, invalidData([][2]int64{{0, m}, {0, m}, {m, m}, {m, m}}), forensics.Params{})
	if v.Rule.By != "fence" || v.Rule.ThresholdExact != "4/1" || len(v.Listed) != 0 || v.Rule.Threshold != 400 {
		t.Errorf("by %s, exact %q, threshold %v, listed %v: want the fence, 4/1, 400%%, none", v.Rule.By, v.Rule.ThresholdExact, v.Rule.Threshold, listedIDs(v))
	}
}
