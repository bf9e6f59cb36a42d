package exact

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

func TestOverflow(t *testing.T) {
	cases := []struct {
		name string
		f    func() (int64, error)
		want int64
		err  bool
	}{
		{"add", func() (int64, error) { return Add(2, 3) }, 5, false},
		{"add max", func() (int64, error) { return Add(math.MaxInt64, 1) }, 0, true},
		{"add min", func() (int64, error) { return Add(math.MinInt64, -1) }, 0, true},
		{"sub", func() (int64, error) { return Sub(2, 3) }, -1, false},
		{"sub min", func() (int64, error) { return Sub(0, math.MinInt64) }, 0, true},
		{"sub max", func() (int64, error) { return Sub(-2, math.MaxInt64) }, 0, true},
		{"sub min from -1", func() (int64, error) { return Sub(-1, math.MinInt64) }, math.MaxInt64, false},
		{"sum", func() (int64, error) { return Sum(1, 2, 3) }, 6, false},
		{"sum overflow", func() (int64, error) { return Sum(math.MaxInt64, 1, -5) }, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.f()
			if c.err != errors.Is(err, ErrOverflow) {
				t.Fatalf("err = %v, want overflow %v", err, c.err)
			}
			if !c.err && got != c.want {
				t.Fatalf("got %d, want %d", got, c.want)
			}
		})
	}
}

// Add and Sub agree with math/big exactly when the result fits, and report
// an overflow exactly when it does not.
func TestAgreesWithBig(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 2000
	p := gopter.NewProperties(params)
	fits := func(b *big.Int) bool { return b.IsInt64() }
	p.Property("Add", prop.ForAll(func(a, b int64) bool {
		s, err := Add(a, b)
		want := new(big.Int).Add(big.NewInt(a), big.NewInt(b))
		return fits(want) == (err == nil) && (err != nil || s == want.Int64())
	}, gen.Int64(), gen.Int64()))
	p.Property("Sub", prop.ForAll(func(a, b int64) bool {
		d, err := Sub(a, b)
		want := new(big.Int).Sub(big.NewInt(a), big.NewInt(b))
		return fits(want) == (err == nil) && (err != nil || d == want.Int64())
	}, gen.Int64(), gen.Int64()))
	p.TestingRun(t)
}

func TestFormat(t *testing.T) {
	if got := Format(big.NewRat(813687, 54)); got != "271229/18" {
		t.Fatal(got)
	}
	if got := Format(big.NewRat(10, 2)); got != "5" {
		t.Fatal(got)
	}
	if got := Decimal(big.NewRat(813687, 54), 2); got != "15068.28" {
		t.Fatal(got)
	}
}
