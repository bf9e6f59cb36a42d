// Package exact holds the small exact-arithmetic helpers the counting
// packages share: overflow-checked int64 sums, and the
// canonical text form of a fraction used in transcripts.
//
//	s, err := exact.Add(math.MaxInt64, 1) // err is ErrOverflow
//	exact.Format(big.NewRat(813687, 54))  // "271229/18" (lowest terms)
package exact

import (
	"errors"
	"math/big"
)

// ErrOverflow is returned when a sum leaves the int64 range.
var ErrOverflow = errors.New("exact: int64 overflow")

// Add returns a+b, or ErrOverflow.
func Add(a, b int64) (int64, error) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, ErrOverflow
	}
	return s, nil
}

// Sub returns a-b, or ErrOverflow.
func Sub(a, b int64) (int64, error) {
	d := a - b
	if (b > 0 && d > a) || (b < 0 && d < a) {
		return 0, ErrOverflow
	}
	return d, nil
}

// Sum returns the sum of xs, or ErrOverflow.
func Sum(xs ...int64) (int64, error) {
	var s int64
	var err error
	for _, x := range xs {
		if s, err = Add(s, x); err != nil {
			return 0, err
		}
	}
	return s, nil
}

// Format writes r as "n" when it is an integer and "n/d" otherwise, in
// lowest terms: the canonical form of an exact number in a transcript. A
// nil r is "<nil>", as math/big writes a nil *big.Int.
func Format(r *big.Rat) string {
	if r == nil {
		return "<nil>"
	}
	if r.IsInt() {
		return r.Num().String()
	}
	return r.String()
}

// Decimal writes r rounded half away from zero to places decimals, for
// people (never for a decision): Decimal(big.NewRat(813687, 54), 2) is
// "15068.28". A nil r is "<nil>".
func Decimal(r *big.Rat, places int) string {
	if r == nil {
		return "<nil>"
	}
	return r.FloatString(places)
}
