package forensics

import (
	"math"
	"math/rand/v2"
	"sort"
	"sync"
)

// Integer is the integer-percentage analysis: how many precincts report a
// turnout, or a share of the studied choice, that is the count nearest to
// an integer percent of their base, against a Monte Carlo null.
//
// The null redraws each precinct's count as Binomial(base, observed
// count / base), at its own size: turnout from its voters, the share from
// its ballots, independently. Whether a redraw lands on an integer percent
// is all the test needs, so the chance that it does is computed exactly
// from the binomial probabilities, and each draw of the null flips, for
// each precinct, a coin with that chance (the same distribution as
// redrawing the count itself, at a fraction of the cost).
type Integer struct {
	Turnout IntegerTest `json:"turnout"`
	Share   IntegerTest `json:"share"`
	// Either counts the precincts at an integer percent in turnout or in
	// the share (or both).
	Either IntegerTest `json:"either"`
	Notes  []string    `json:"notes"`
}

// IntegerTest is one count of precincts at integer percentages and its
// null.
type IntegerTest struct {
	// Precincts is the number of precincts tested (base at least
	// Params.MinBase).
	Precincts int `json:"precincts"`
	Observed  int `json:"observed"`
	// Expected is the mean of the null (the sum of the precincts'
	// chances), Excess = Observed − Expected, SD the null's standard
	// deviation over the draws.
	Expected float64 `json:"expected"`
	Excess   float64 `json:"excess"`
	SD       float64 `json:"sd"`
	// NullMin and NullMax are the least and most of the draws.
	NullMin int `json:"null_min"`
	NullMax int `json:"null_max"`
	// P is the Monte Carlo p-value, one-sided (more than chance): (1 +
	// draws at least Observed) / (1 + Draws). Rejected is P < Alpha.
	P        float64 `json:"p"`
	Rejected bool    `json:"rejected"`
	// ByPercent[k] is the number of precincts at k percent and its
	// expectation (turnout and share only).
	ByPercent []PercentCount `json:"by_percent,omitempty"`
	// Top are the integers with the largest excess, most first (at most
	// 10, excess above 0).
	Top []PercentCount `json:"top,omitempty"`
	// Null is the histogram of the draws: Null[i] draws had NullFrom+i
	// precincts at integer percentages (for the chart).
	NullFrom int   `json:"null_from"`
	Null     []int `json:"null"`
}

// PercentCount is the number of precincts at one integer percent.
type PercentCount struct {
	Percent  int     `json:"percent"`
	Observed int     `json:"observed"`
	Expected float64 `json:"expected"`
}

// Excess is Observed − Expected.
func (c PercentCount) Excess() float64 { return float64(c.Observed) - c.Expected }

// chunk is the number of precincts whose chances one task computes; the
// sums of the tasks are added in task order, so the bits of the result do
// not depend on the number of workers.
const chunk = 4096

func integer(d *Data, c int, p Params) Integer {
	n := len(d.Precincts)
	// Thresholds of the coins, in units of 2^-32 (2^32: always).
	thrT := make([]uint64, n)
	thrS := make([]uint64, n)
	useT := make([]bool, n)
	useS := make([]bool, n)
	obsT := make([]int64, n) // the percent, or -1
	obsS := make([]int64, n)
	type part struct {
		perT, perS [101]float64
		sumT, sumS float64
	}
	parts := make([]part, (n+chunk-1)/chunk)
	var wg sync.WaitGroup
	next := make(chan int, len(parts))
	for i := range parts {
		next <- i
	}
	close(next)
	for range p.Workers {
		wg.Go(func() {
			var buf []float64
			for ci := range next {
				pt := &parts[ci]
				for i := ci * chunk; i < min(n, (ci+1)*chunk); i++ {
					x := &d.Precincts[i]
					obsT[i], obsS[i] = -1, -1
					if x.turnoutOK() && x.Voters >= p.MinBase {
						useT[i] = true
						if k, ok := atPercent(x.Ballots, x.Voters); ok {
							obsT[i] = k
						}
						var q float64
						q, buf = hitProbability(x.Ballots, x.Voters, pt.perT[:], buf)
						pt.sumT += q
						thrT[i] = threshold(q)
					}
					if x.shareOK(c) && x.Ballots >= p.MinBase {
						useS[i] = true
						if k, ok := atPercent(x.Votes[c], x.Ballots); ok {
							obsS[i] = k
						}
						var q float64
						q, buf = hitProbability(x.Votes[c], x.Ballots, pt.perS[:], buf)
						pt.sumS += q
						thrS[i] = threshold(q)
					}
				}
			}
		})
	}
	wg.Wait()
	var perT, perS [101]float64
	var expT, expS float64
	for i := range parts {
		for k := range 101 {
			perT[k] += parts[i].perT[k]
			perS[k] += parts[i].perS[k]
		}
		expT += parts[i].sumT
		expS += parts[i].sumS
	}

	var out Integer
	t, s, e := &out.Turnout, &out.Share, &out.Either
	var cntT, cntS [101]int
	var expE float64
	for i := range n {
		if useT[i] {
			t.Precincts++
		}
		if useS[i] {
			s.Precincts++
		}
		if useT[i] || useS[i] {
			e.Precincts++
			qt, qs := chance(useT[i], thrT[i]), chance(useS[i], thrS[i])
			expE += 1 - float64((1-qt)*(1-qs))
		}
		if obsT[i] >= 0 {
			t.Observed++
			cntT[obsT[i]]++
		}
		if obsS[i] >= 0 {
			s.Observed++
			cntS[obsS[i]]++
		}
		if obsT[i] >= 0 || obsS[i] >= 0 {
			e.Observed++
		}
	}
	t.Expected, s.Expected, e.Expected = expT, expS, expE
	for k := range 101 {
		t.ByPercent = append(t.ByPercent, PercentCount{k, cntT[k], perT[k]})
		s.ByPercent = append(s.ByPercent, PercentCount{k, cntS[k], perS[k]})
	}

	// The null: draw d uses PCG stream (Seed, d).
	drawsT := make([]int, p.Draws)
	drawsS := make([]int, p.Draws)
	drawsE := make([]int, p.Draws)
	// Only the precincts with a coin to flip (a chance strictly between
	// 0 and 1 in a test) draw; the others add a constant.
	var idx []int32
	var fixT, fixS, fixE int
	for i := range n {
		t1, s1 := useT[i] && thrT[i] > 0 && thrT[i] < 1<<32, useS[i] && thrS[i] > 0 && thrS[i] < 1<<32
		if t1 || s1 {
			idx = append(idx, int32(i))
			continue
		}
		at, as := useT[i] && thrT[i] == 1<<32, useS[i] && thrS[i] == 1<<32
		if at {
			fixT++
		}
		if as {
			fixS++
		}
		if at || as {
			fixE++
		}
	}
	// Thresholds of precincts not in a test are 0: never a hit.
	ts := make([]uint64, len(idx))
	ss := make([]uint64, len(idx))
	for j, i := range idx {
		ts[j], ss[j] = thrT[i], thrS[i]
	}
	nextDraw := make(chan int, p.Draws)
	for dr := range p.Draws {
		nextDraw <- dr
	}
	close(nextDraw)
	for range p.Workers {
		wg.Go(func() {
			pcg := rand.NewPCG(0, 0)
			for dr := range nextDraw {
				pcg.Seed(p.Seed, uint64(dr))
				var ht, hs, he int
				for j := range ts {
					u := pcg.Uint64()
					a := uint64(uint32(u)) < ts[j]
					b := u>>32 < ss[j]
					if a {
						ht++
					}
					if b {
						hs++
					}
					if a || b {
						he++
					}
				}
				drawsT[dr], drawsS[dr], drawsE[dr] = ht+fixT, hs+fixS, he+fixE
			}
		})
	}
	wg.Wait()
	for _, x := range []struct {
		t     *IntegerTest
		draws []int
	}{{t, drawsT}, {s, drawsS}, {e, drawsE}} {
		x.t.finish(x.draws, p)
	}
	t.Top = top(t.ByPercent)
	s.Top = top(s.ByPercent)
	out.Notes = []string{
		"measures: how many precincts report a turnout or a share that is the count nearest to an integer percent of their base, against the number chance would give at each precinct's own size",
		"cannot tell: why a precinct is at an integer percent; an excess can come from numbers written to a target, from rounding by a commission, or from a model of chance that does not fit (the null takes each precinct's own figure as its expectation)",
		"precincts with a base below min_base are left out: below 100 every count is nearest to some integer percent",
	}
	return out
}

// threshold returns q in units of 2^-32, 2^32 for certainty.
func threshold(q float64) uint64 {
	if q >= 1 {
		return 1 << 32
	}
	if q <= 0 {
		return 0
	}
	return uint64(float64(q * (1 << 32)))
}

func chance(use bool, thr uint64) float64 {
	if !use {
		return 0
	}
	return float64(thr) / (1 << 32)
}

// finish fills in the null's summary and the p-value from the draws.
func (t *IntegerTest) finish(draws []int, p Params) {
	t.Excess = float64(t.Observed) - t.Expected
	at := 0
	var sum, sq float64
	t.NullMin, t.NullMax = math.MaxInt, 0
	for _, x := range draws {
		if x >= t.Observed {
			at++
		}
		sum += float64(x)
		t.NullMin, t.NullMax = min(t.NullMin, x), max(t.NullMax, x)
	}
	mean := sum / float64(len(draws))
	for _, x := range draws {
		dx := float64(x) - mean
		sq += float64(dx * dx)
	}
	if len(draws) > 1 {
		t.SD = math.Sqrt(sq / float64(len(draws)-1))
	}
	t.P = float64(1+at) / float64(1+len(draws))
	t.Rejected = t.P < p.Alpha
	t.NullFrom = t.NullMin
	t.Null = make([]int, t.NullMax-t.NullMin+1)
	for _, x := range draws {
		t.Null[x-t.NullMin]++
	}
}

// top returns the integers with the largest excess above 0, at most 10,
// largest first (ties: the smaller percent first).
func top(by []PercentCount) []PercentCount {
	var out []PercentCount
	for _, c := range by {
		if c.Excess() > 0 {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Excess() > out[j].Excess() })
	return out[:min(10, len(out))]
}
