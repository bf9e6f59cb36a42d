package forensics

import (
	"math"
	"testing"
)

// TestAtPercent checks the exact rule on both sides of the boundary: a of
// b is at k% when a is round(k·b/100), halves up.
func TestAtPercent(t *testing.T) {
	for _, c := range []struct {
		a, b, k int64
		ok      bool
	}{
		{700, 1000, 70, true},
		{701, 1000, 0, false},
		{699, 1000, 0, false},
		{0, 150, 0, true},
		{150, 150, 100, true},
		{1, 150, 0, false}, // 1% of 150 is 1.5, which rounds up to 2
		{2, 150, 1, true},  // round(1.5) = 2: 2 of 150 is nearest to 1%
		{3, 150, 2, true},  // round(3.0) = 3
		{4, 150, 0, false}, // 2.67%: round(4.5) = 5 is 3%
		{5, 150, 3, true},  // round(4.5) = 5, halves up
		{1085, 1550, 70, true},
		{1086, 1550, 0, false},
	} {
		k, ok := atPercent(c.a, c.b)
		if ok != c.ok || ok && k != c.k {
			t.Errorf("atPercent(%d, %d) = %d, %v; want %d, %v", c.a, c.b, k, ok, c.k, c.ok)
		}
	}
	// Every base from 100: exactly 101 counts are at an integer percent.
	for b := int64(100); b <= 3000; b += 7 {
		n := 0
		for a := int64(0); a <= b; a++ {
			if _, ok := atPercent(a, b); ok {
				n++
			}
		}
		if n != 101 {
			t.Fatalf("base %d: %d counts at integer percents, want 101", b, n)
		}
	}
}

func TestExp(t *testing.T) {
	for x := -740.0; x < 700; x += 0.37 {
		got, want := exp(x), math.Exp(x)
		if math.Abs(got-want) > 4e-16*want {
			t.Fatalf("exp(%v) = %v, want %v", x, got, want)
		}
	}
}

func TestPValues(t *testing.T) {
	for _, c := range []struct {
		got, want float64
	}{
		{chiSquareP(16.918977604620448, 9), 0.05},
		{chiSquareP(21.665994333461924, 9), 0.01},
		{chiSquareP(4.168159008146109, 9), 0.9},
		{chiSquareP(200, 9), 3.312992393909553e-38},
		{normalAbove(1.6448536269514722), 0.05},
		{normalAbove(-1.6448536269514722), 0.95},
		{normalAbove(0), 0.5},
		{normalAbove(8), 6.22096057427174e-16},
	} {
		if math.Abs(c.got-c.want) > 1e-4*c.want {
			t.Errorf("got %v, want %v", c.got, c.want)
		}
	}
}

// TestHitProbability compares the chance of landing on an integer
// percent with the binomial probabilities summed by brute force.
func TestHitProbability(t *testing.T) {
	for _, c := range [][2]int64{{350, 1000}, {990, 1000}, {5, 100}, {120, 150}, {777, 2999}, {1, 400}} {
		a, b := c[0], c[1]
		p := float64(a) / float64(b)
		var want float64
		for j := int64(0); j <= b; j++ {
			if _, ok := atPercent(j, b); ok {
				lg, _ := math.Lgamma(float64(b + 1))
				l1, _ := math.Lgamma(float64(j + 1))
				l2, _ := math.Lgamma(float64(b - j + 1))
				want += math.Exp(lg - l1 - l2 + float64(j)*math.Log(p) + float64(b-j)*math.Log1p(-p))
			}
		}
		perK := make([]float64, 101)
		got, _ := hitProbability(a, b, perK, nil)
		var sum float64
		for _, x := range perK {
			sum += x
		}
		if math.Abs(got-want) > 1e-9 || math.Abs(sum-got) > 1e-12 {
			t.Errorf("%d of %d: %v (per k %v), want %v", a, b, got, sum, want)
		}
	}
}
