package report

import (
	"testing"

	"github.com/shailoo/shailoo/seats"
)

// A quotient's decimal after its votes over its divisor: "= 83.2" where
// it is the quotient (8,736 / 105, a tester's Knesset 2020 cut), "≈" where
// it is rounded; in Russian with a decimal comma.
func TestDecimalOf(t *testing.T) {
	for _, c := range []struct {
		q    seats.Quotient
		l    Lang
		want string
	}{
		{seats.Quotient{Value: "416/5", Decimal: "83.20", Votes: 8736, Divisor: "105"}, English, "= 83.2"},
		{seats.Quotient{Value: "84", Decimal: "84.00", Votes: 8736, Divisor: "104"}, English, "= 84"},
		{seats.Quotient{Value: "2105/17", Decimal: "123.82", Votes: 4210, Divisor: "34", DecimalRounded: true}, English, "≈ 123.82"},
		{seats.Quotient{Value: "416/5", Decimal: "83.20", Votes: 8736, Divisor: "105"}, Russian, "= 83,2"},
	} {
		if got := c.l.decimalOf(c.q); got != c.want {
			t.Errorf("%s %+v: %q, want %q", c.l, c.q, got, c.want)
		}
	}
}
