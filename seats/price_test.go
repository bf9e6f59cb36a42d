package seats_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/seats"
)

// The price of a seat: the quotient of the last seat given and of the
// first not given, exact, every list tied there named.
func TestPriceOf(t *testing.T) {
	entries := []seats.Entry{{ID: "a", Votes: 100}, {ID: "b", Votes: 80}, {ID: "c", Votes: 30}}
	for _, c := range []struct {
		name       string
		o          seats.Options
		last, next []seats.Quotient
	}{
		// D'Hondt, 5 seats: 100, 80, 50, 40, 33.3 given; 30 and 26.7 not.
		{"dhondt", seats.Options{Seats: 5, Method: seats.DHondt, Tie: seats.Lots},
			[]seats.Quotient{{ID: "a", Seat: 3, Value: "100/3", Decimal: "33.33", Votes: 100, Divisor: "3", DecimalRounded: true}},
			[]seats.Quotient{{ID: "c", Seat: 1, Value: "30", Decimal: "30.00", Votes: 30, Divisor: "1"}}},
		// Sainte-Laguë, 4 seats: 100, 80, 100/3, 30 given; 80/3 not.
		{"sainte_lague", seats.Options{Seats: 4, Method: seats.SainteLague, Tie: seats.Lots},
			[]seats.Quotient{{ID: "c", Seat: 1, Value: "30", Decimal: "30.00", Votes: 30, Divisor: "1"}},
			[]seats.Quotient{{ID: "b", Seat: 2, Value: "80/3", Decimal: "26.67", Votes: 80, Divisor: "3", DecimalRounded: true}}},
		// A cap of 2: a and b hold it, and the next seat is c's though a's
		// quotient (100/3) is higher.
		{"cap", seats.Options{Seats: 4, Method: seats.DHondt, Cap: 2, Tie: seats.Lots},
			[]seats.Quotient{{ID: "b", Seat: 2, Value: "40", Decimal: "40.00", Votes: 80, Divisor: "2"}},
			[]seats.Quotient{{ID: "c", Seat: 1, Value: "30", Decimal: "30.00", Votes: 30, Divisor: "1"}}},
		// Modified Sainte-Laguë, 2 seats: 100/1.4, 80/1.4 given; 100/3 not:
		// the first divisor written as the decimal it is.
		{"modified_sainte_lague", seats.Options{Seats: 2, Method: seats.ModifiedSainteLague, Tie: seats.Lots},
			[]seats.Quotient{{ID: "b", Seat: 1, Value: "400/7", Decimal: "57.14", Votes: 80, Divisor: "1.4", DecimalRounded: true}},
			[]seats.Quotient{{ID: "a", Seat: 2, Value: "100/3", Decimal: "33.33", Votes: 100, Divisor: "3", DecimalRounded: true}}},
		// Huntington-Hill, 4 seats: the divisor a root, no decimal.
		{"huntington_hill", seats.Options{Seats: 4, Method: seats.HuntingtonHill, Tie: seats.Lots},
			[]seats.Quotient{{ID: "a", Seat: 2, Value: "100/sqrt(2)", Votes: 100, Divisor: "sqrt(2)"}},
			[]seats.Quotient{{ID: "b", Seat: 2, Value: "80/sqrt(2)", Votes: 80, Divisor: "sqrt(2)"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := seats.Apportion(entries, c.o)
			require.NoError(t, err)
			held := make([]int, len(entries))
			for i, s := range res.Seats {
				held[i] = s.Seats
			}
			p, ok := seats.PriceOf(entries, held, c.o)
			require.True(t, ok)
			require.Equal(t, c.o.Method, p.Method)
			require.Equal(t, c.last, p.Last)
			require.Equal(t, c.next, p.Next)
		})
	}
	// Tied at the last seat: both named.
	tied := []seats.Entry{{ID: "a", Votes: 60}, {ID: "b", Votes: 60}}
	p, ok := seats.PriceOf(tied, []int{1, 1}, seats.Options{Seats: 2, Method: seats.DHondt})
	require.True(t, ok)
	require.Len(t, p.Last, 2)
	require.Len(t, p.Next, 2)
	// A largest-remainder method has a quota, not a price.
	_, ok = seats.PriceOf(entries, []int{2, 2, 1}, seats.Options{Seats: 5, Method: seats.Hare})
	require.False(t, ok)
}
