package threshold

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
)

// genRule makes a rule with a percent of up to 4 decimals between 0 and
// 100 (whole percents and round bases often, to hit exact boundaries).
func genRule() gopter.Gen {
	return gopter.CombineGens(
		gen.OneGenOf(gen.Int64Range(0, 100).Map(func(p int64) int64 { return p * 10_000 }), gen.Int64Range(0, 1_000_000)),
		gen.Bool(),
		gen.OneConstOf(Participants, Found, Valid, Voters),
	).Map(func(v []any) Rule {
		r := Rule{Percent: decimal.New(v[0].(int64), -4), Base: v[2].(Base), Comparison: MoreThan}
		if v[1].(bool) {
			r.Comparison = AtLeast
		}
		return r
	})
}

// genBase makes a base, round (a multiple of 100, 10,000 or 10^6) half of
// the time, so that the line is often a whole number.
func genBase() gopter.Gen {
	return gen.OneGenOf(
		gen.Int64Range(1, 10_000_000_000),
		gen.Int64Range(1, 100_000).Map(func(b int64) int64 { return b * 100 }),
		gen.Int64Range(1, 1_000).Map(func(b int64) int64 { return b * 1_000_000 }),
	)
}

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 500
	properties := gopter.NewProperties(params)

	properties.Property("more votes never turn a pass into a fail", prop.ForAll(
		func(r Rule, base, v1, extra int64) bool {
			a, err1 := r.Check("c", "nation", v1, base)
			b, err2 := r.Check("c", "nation", v1+extra, base)
			if err1 != nil || err2 != nil {
				return false
			}
			return a.Status != Passed || b.Status == Passed
		},
		genRule(), genBase(), gen.Int64Range(0, 10_000_000_000), gen.Int64Range(0, 10_000_000_000),
	))

	properties.Property("the boundary is exact: Needed passes, Needed-1 fails, as cross-multiplication says", prop.ForAll(
		func(r Rule, base int64) bool {
			v, err := r.Check("c", "nation", 0, base)
			if err != nil {
				return false
			}
			at, err := r.Check("c", "nation", v.Needed, base)
			if err != nil || at.Status != Passed || at.Margin != 0 || !passes(r, v.Needed, base) {
				return false
			}
			if v.Needed == 0 {
				return r.Comparison == AtLeast && r.Percent.IsZero()
			}
			below, err := r.Check("c", "nation", v.Needed-1, base)
			return err == nil && below.Status == Failed && below.Margin == -1 && !passes(r, v.Needed-1, base)
		},
		genRule(), genBase(),
	))

	properties.Property("the status agrees with cross-multiplication and with the sign of the margin", prop.ForAll(
		func(r Rule, base, votes int64) bool {
			v, err := r.Check("c", "nation", votes, base)
			if err != nil {
				return false
			}
			return (v.Status == Passed) == passes(r, votes, base) &&
				(v.Status == Passed) == (v.Margin >= 0) &&
				v.Margin == votes-v.Needed &&
				(v.Status == Passed || v.Status == Failed)
		},
		genRule(), genBase(), gen.Int64Range(0, 10_000_000_000),
	))

	properties.Property("a base of 0 is never a pass, but under a threshold of 0%, which needs no base", prop.ForAll(
		func(r Rule, votes int64) bool {
			v, err := r.Check("c", "nation", votes, 0)
			if r.Percent.IsZero() {
				// 0% of anything is 0: at least 0 votes always passes, more than 0 from 1 vote on.
				want := Passed
				if r.Comparison == MoreThan && votes == 0 {
					want = Failed
				}
				return err == nil && v.Status == want && v.Reason != ""
			}
			return err == nil && v.Status == NotEvaluated && v.Reason != ""
		},
		genRule(), gen.Int64Range(0, 10_000_000_000),
	))

	properties.Property("a region not evaluated never lets a list pass", prop.ForAll(
		func(r Rule, bases []int64, votes []int64, missing int) bool {
			n := min(len(bases), len(votes))
			if n == 0 {
				return true
			}
			regions := make([]RegionCount, n)
			for i := range n {
				regions[i] = RegionCount{Region: string(rune('a' + i)), Reported: true, Base: bases[i],
					Votes: map[string]int64{"x": votes[i] % (bases[i] + 1)}}
			}
			all, err := Regional(r, []string{"x"}, regions)
			if err != nil {
				return false
			}
			regions[missing%n].Reported = false
			some, err := Regional(r, []string{"x"}, regions)
			if err != nil {
				return false
			}
			switch all[0].Status {
			case Passed:
				return some[0].Status == NotEvaluated && len(some[0].NotEvaluated) == 1
			case Failed:
				// Still failed, unless the only failure was in the region
				// dropped: then not evaluated.
				others := false
				for i, v := range all[0].Regions {
					others = others || (i != missing%n && v.Status == Failed)
				}
				if others {
					return some[0].Status == Failed
				}
				return some[0].Status == NotEvaluated
			}
			return false
		},
		genRule(), gen.SliceOfN(9, genBase()), gen.SliceOfN(9, gen.Int64Range(0, 10_000_000_000)), gen.IntRange(0, 8),
	))

	properties.TestingRun(t)
}
