package forensics

import "math"

// The functions here use + − × ÷ and math.Sqrt, math.Floor and
// math.Ldexp only, each result rounded by an explicit float64 conversion
// where a sum takes a product (the Go specification lets a compiler fuse
// x*y+z otherwise), so that they give the same bits on every platform:
// math.Exp and math.Log have assembly versions on amd64 whose last bit
// may differ from the portable ones WebAssembly runs.

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2, high bits (trailing zeros: k*ln2Hi is exact)
	ln2Lo = 1.90821492927058770002e-10 // ln 2 - ln2Hi
	log2e = 1.44269504088896338700e+00
)

// exp returns e^x to within a few units in the last place.
func exp(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 709.78:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	k := math.Floor(float64(x*log2e) + 0.5)
	r := float64(x-float64(k*ln2Hi)) - float64(k*ln2Lo)
	// Taylor series of e^r, |r| <= 0.35: 14 terms are below 1e-17.
	p := 1.0
	for i := 14; i >= 1; i-- {
		p = 1 + float64(float64(r/float64(i))*p)
	}
	return math.Ldexp(p, int(k))
}

// gammaHalf returns Γ(a) for a a positive multiple of 1/2 (a2 = 2a).
func gammaHalf(a2 int) float64 {
	g, a := 1.0, 1.0 // Γ(1)
	if a2%2 == 1 {
		g, a = math.Sqrt(math.Pi), 0.5 // Γ(1/2)
	}
	for ; float64(2*a) < float64(a2); a++ {
		g = float64(g * a)
	}
	return g
}

// upperGamma returns Q(a, x) = Γ(a, x)/Γ(a), the regularized upper
// incomplete gamma function, for a = a2/2 (a2 >= 1) and x >= 0: the
// series below a+1, a continued fraction above (Numerical Recipes, 6.2).
func upperGamma(a2 int, x float64) float64 {
	if x <= 0 {
		return 1
	}
	a := float64(a2) / 2
	// x^a e^-x / Γ(a), with x^a = x^(a2/2) from whole powers and a root.
	pw := 1.0
	for i := 0; i < a2/2; i++ {
		pw = float64(pw * x)
	}
	if a2%2 == 1 {
		pw = float64(pw * math.Sqrt(x))
	}
	front := float64(float64(pw*exp(-x)) / gammaHalf(a2))
	if x < a+1 {
		ap, del, sum := a, 1/a, 1/a
		for range 1000 {
			ap++
			del = float64(del * float64(x/ap))
			sum += del
			if math.Abs(del) < float64(math.Abs(sum)*1e-17) {
				break
			}
		}
		p := float64(sum * front)
		return max(0, 1-p)
	}
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1; i < 1000; i++ {
		an := -float64(float64(i) * (float64(i) - a))
		b += 2
		d = float64(an*d) + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + float64(an/c)
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := float64(d * c)
		h = float64(h * del)
		if math.Abs(del-1) < 1e-16 {
			break
		}
	}
	return min(1, float64(h*front))
}

// chiSquareP returns the probability that a chi-square variable with df
// degrees of freedom is at least x.
func chiSquareP(x float64, df int) float64 { return upperGamma(df, x/2) }

// normalAbove returns the probability that a standard normal variable is
// at least z.
func normalAbove(z float64) float64 {
	q := float64(upperGamma(1, float64(z*z)/2) / 2)
	if z < 0 {
		return 1 - q
	}
	return q
}

// roundPercent returns round(k·b/100), halves up: the count of a base b
// nearest to k percent of it.
func roundPercent(k, b int64) int64 { return (k*b + 50) / 100 }

// atPercent reports whether a of b (0 <= a <= b, b > 0) is the count
// nearest to an integer percent of b, and which.
func atPercent(a, b int64) (k int64, ok bool) {
	k0 := 100 * a / b
	for k := k0; k <= k0+1 && k <= 100; k++ {
		if roundPercent(k, b) == a {
			return k, true
		}
	}
	if k0 > 0 && roundPercent(k0-1, b) == a {
		return k0 - 1, true
	}
	return 0, false
}

// hitProbability returns the probability that a draw from Binomial(b,
// a/b) lands on a count nearest to an integer percent of b, and adds the
// probability of landing on each k percent to perK (when not nil). The
// binomial probabilities are built by their ratio from the observed count
// (within one of the mode) outwards over ± 12 standard deviations (+ 12
// counts), where all but 1e-30 of the mass lies, and normalized there: no
// exp or log. buf is scratch space, returned for reuse.
func hitProbability(a, b int64, perK []float64, buf []float64) (float64, []float64) {
	if a <= 0 || a >= b {
		k, _ := atPercent(a, b) // 0% or 100%: always a hit
		if perK != nil {
			perK[k]++
		}
		return 1, buf
	}
	p := float64(a) / float64(b)
	odds := p / (1 - p)
	sd := math.Sqrt(float64(float64(b)*p) * (1 - p))
	w := int64(12*sd) + 12
	lo, hi := max(0, a-w), min(b, a+w)
	n := int(hi - lo + 1)
	if cap(buf) < n {
		buf = make([]float64, n)
	}
	ws := buf[:n]
	ws[a-lo] = 1
	wt := 1.0
	for j := a; j < hi; j++ {
		wt = float64(float64(wt*float64(b-j)) / float64(j+1))
		wt = float64(wt * odds)
		ws[j+1-lo] = wt
	}
	wt = 1
	for j := a; j > lo; j-- {
		wt = float64(float64(wt*float64(j)) / float64(b-j+1))
		wt = float64(wt / odds)
		ws[j-1-lo] = wt
	}
	var z float64
	for _, x := range ws {
		z += x
	}
	var q float64
	for k := max(0, 100*lo/b-1); k <= 100; k++ {
		c := roundPercent(k, b)
		if c < lo {
			continue
		}
		if c > hi {
			break
		}
		pk := float64(ws[c-lo] / z)
		q += pk
		if perK != nil {
			perK[k] += pk
		}
	}
	return min(1, q), buf
}
