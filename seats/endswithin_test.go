package seats

import (
	"math/big"
	"testing"
)

// TestEndsWithin: endsWithin says what reading exact.Decimal back said.
func TestEndsWithin(t *testing.T) {
	for _, tc := range []struct {
		r      string
		places int
		want   bool
	}{
		{"7/5", 0, false}, {"7/5", 1, true}, {"7/5", 6, true},
		{"67991/4", 1, false}, {"67991/4", 2, true},
		{"1/3", 6, false}, {"5", 0, true}, {"1/1000000", 6, true}, {"1/10000000", 6, false},
	} {
		r, _ := new(big.Rat).SetString(tc.r)
		if got := endsWithin(r, tc.places); got != tc.want {
			t.Errorf("endsWithin(%s, %d) = %v, want %v", tc.r, tc.places, got, tc.want)
		}
	}
}
