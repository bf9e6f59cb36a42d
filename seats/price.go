package seats

import (
	"math/big"
	"strconv"

	"github.com/shailoo/shailoo/internal/exact"
)

// Quotient is a list's quotient for one seat under a divisor method: its
// votes over the divisor of the seats it held before that seat.
type Quotient struct {
	ID   string `json:"id"`
	Seat int    `json:"seat"` // the list's seat it is the quotient of, from 1
	// Value is exact, as the transcript writes it ("87235/6",
	// "v/sqrt(n)" under Huntington-Hill, "inf" for an infinite first
	// seat); Decimal is it to 2 places, "" under Huntington-Hill and for
	// "inf".
	Value   string `json:"value"`
	Decimal string `json:"decimal,omitempty"`
	// Held is the seats the list holds from another tier (Entry.Held):
	// the quotient's divisor is then that of its seat Held+Seat, not of
	// Seat (under d'Hondt, Held+Seat).
	Held int `json:"held,omitempty"`
	// Votes and Divisor are what Value is the quotient of, as a reader
	// checks it: the list's votes over the divisor of the seats it held
	// before ("8736" over "105" for 416/5); Divisor is exact, a decimal
	// where it ends ("1.4", modified Sainte-Laguë's first), "sqrt(12)"
	// under Huntington-Hill, "0" for an infinite first seat.
	// DecimalRounded says that Decimal is Value rounded, not equal to it
	// (2105/17 is 123.82 rounded).
	Votes          int64  `json:"votes"`
	Divisor        string `json:"divisor"`
	DecimalRounded bool   `json:"decimal_rounded,omitempty"`
}

// Price is the price of a seat of a divisor apportionment: the quotient
// of the last seat given (Last) and of the first not given (Next, the
// highest quotient of a list below the cap); each names every list tied
// there, in entry order. Between them lies every divisor that gives the
// same seats.
type Price struct {
	Method Method     `json:"method"`
	Last   []Quotient `json:"last"`
	Next   []Quotient `json:"next,omitempty"`
}

// PriceOf returns the price of a seat of the apportionment of entries
// under o in which list i holds held[i] seats (Result.Seats, in the order
// of entries). ok is false for a largest-remainder method, when no seat
// was given or held does not match entries.
func PriceOf(entries []Entry, held []int, o Options) (Price, bool) {
	m := o.Method
	if m.LargestRemainder() || m.Validate() != nil || len(held) != len(entries) {
		return Price{}, false
	}
	cmp := quotCmp(m)
	p := Price{Method: m}
	var last, next quot
	for i, e := range entries {
		if e.Votes < 0 || held[i] < 0 {
			return Price{}, false
		}
		v := uint64(e.Votes)
		if e.Held < 0 {
			return Price{}, false
		}
		if s := held[i]; s > 0 {
			q := divisorOf(m, v, e.Held+s-1)
			c := -1 // the lowest so far
			if len(p.Last) > 0 {
				c = cmp(q, last)
			}
			if c < 0 {
				p.Last, last = p.Last[:0], q
			}
			if c <= 0 {
				p.Last = append(p.Last, quotient(m, e.ID, s, e.Held, q))
			}
		}
		if n := limitOf(e, o); n >= 0 && held[i] >= n || e.Votes == 0 {
			continue
		}
		q := divisorOf(m, v, e.Held+held[i])
		c := 1 // the highest so far
		if len(p.Next) > 0 {
			c = cmp(q, next)
		}
		if c > 0 {
			p.Next, next = p.Next[:0], q
		}
		if c >= 0 {
			p.Next = append(p.Next, quotient(m, e.ID, held[i]+1, e.Held, q))
		}
	}
	return p, len(p.Last) > 0
}

func quotient(m Method, id string, seat, held int, q quot) Quotient {
	out := Quotient{ID: id, Seat: seat, Held: held, Value: quotString(m, q), Votes: int64(q.v), Divisor: divisorString(m, q)}
	if q.num != 0 && m != HuntingtonHill {
		n := new(big.Int).Mul(new(big.Int).SetUint64(q.v), new(big.Int).SetUint64(q.den))
		r := new(big.Rat).SetFrac(n, new(big.Int).SetUint64(q.num))
		out.Decimal = exact.Decimal(r, 2)
		out.DecimalRounded = !endsWithin(r, 2)
	}
	return out
}

// divisorString writes the divisor of q exactly: num/den, a decimal where
// it ends within 6 places ("1.4"), else the fraction; "sqrt(n)" under
// Huntington-Hill.
func divisorString(m Method, q quot) string {
	if m == HuntingtonHill && q.num != 0 {
		return "sqrt(" + strconv.FormatUint(q.num, 10) + ")"
	}
	r := new(big.Rat).SetFrac(new(big.Int).SetUint64(q.num), new(big.Int).SetUint64(q.den))
	for places := 0; places <= 6; places++ {
		if endsWithin(r, places) {
			return exact.Decimal(r, places)
		}
	}
	return exact.Format(r)
}

// endsWithin says whether r written as a decimal ends within places
// digits after the point (r times 10^places is whole), that is whether
// exact.Decimal(r, places) is r itself. It reads no decimal back, so the
// page's module links no big.Rat.SetString (some 10 KB).
func endsWithin(r *big.Rat, places int) bool {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	return new(big.Rat).Mul(r, new(big.Rat).SetInt(p)).IsInt()
}
