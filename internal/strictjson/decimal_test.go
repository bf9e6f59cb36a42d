package strictjson

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// byNewFromString is checkDecimal as it was written with the decimal
// package itself: the reference that checkDecimal must agree with.
func byNewFromString(s string) error {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return ErrType
	}
	if e := d.Exponent(); e < -40 || int64(d.NumDigits())+int64(e) > 41 {
		return ErrOutOfRange
	}
	return nil
}

// sameAsNewFromString fails t when checkDecimal(s) and byNewFromString(s)
// differ: both accept, or both refuse with the same sentinel.
func sameAsNewFromString(t *testing.T, s string) {
	t.Helper()
	want := byNewFromString(s)
	got := checkDecimal(s)
	switch {
	case want == nil && got == nil:
	case want == nil || got == nil || !errors.Is(got, want):
		t.Errorf("checkDecimal(%q) = %v, decimal.NewFromString says %v", s, got, want)
	}
}

// TestCheckDecimalAsNewFromString: checkDecimal reads decimals without
// the decimal package (so that the page's mapping draft links neither it
// nor math/big), and must accept exactly what decimal.NewFromString
// accepts, with the same range: every string of up to 5 characters of an
// alphabet of the number's parts, then long coefficients and exponents at
// each bound.
func TestCheckDecimalAsNewFromString(t *testing.T) {
	alphabet := []string{"0", "7", ".", "e", "E", "+", "-", "\u2212", "x"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		sameAsNewFromString(t, s)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			walk(s+a, n-1)
		}
	}
	walk("", 5)

	var cases []string
	for _, n := range []int{17, 18, 19, 20, 40, 41, 42, 60} {
		for _, d := range []string{"1", "9", "0"} {
			digits := strings.Repeat(d, n)
			cases = append(cases, digits, "-"+digits, "+"+digits, "0000"+digits, digits+".", "."+digits,
				digits[:n/2]+"."+digits[n/2:], "-."+digits, ".-"+digits, "1"+digits+"e-40", digits+"e-41", "\u2212"+digits)
		}
	}
	for _, e := range []string{"40", "41", "-40", "-41", "39", "+40", "0040", "10000", "10001", "-10000", "-10001",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "", "-", "+", "1.5", "1_0", " 1"} {
		for _, m := range []string{"1", "0", "1.5", "0.000", "12345", "-0.1", ".5", "5."} {
			cases = append(cases, m+"e"+e, m+"E"+e)
		}
	}
	cases = append(cases, "1e1e1", "1..2", "1.2.3", "1.2e3.4", "-.", "+.", ".", "e5", "1 ", " 1", "١", "1,5", "0x10", "--1", "+-1", "5.-", "5.+1")
	for _, s := range cases {
		sameAsNewFromString(t, s)
	}
}

// FuzzCheckDecimal: any string, as TestCheckDecimalAsNewFromString.
func FuzzCheckDecimal(f *testing.F) {
	for _, s := range []string{"5.5", "-1e-40", "0.000000000000000000001", "\u22123", "1e10001", ".-5"} {
		f.Add(s)
	}
	f.Fuzz(sameAsNewFromString)
}

// TestIsDecimal: the walker tells decimal.Decimal by its name.
func TestIsDecimal(t *testing.T) {
	if !isDecimal(reflect.TypeFor[decimal.Decimal]()) {
		t.Error("decimal.Decimal not told")
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[decimal.NullDecimal](), reflect.TypeFor[inner](), reflect.TypeFor[string]()} {
		if isDecimal(typ) {
			t.Errorf("%v told as decimal.Decimal", typ)
		}
	}
}
