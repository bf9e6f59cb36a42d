package seats

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
)

// fuzzVotes reads votes from data: 8 bytes each, little-endian, any sign;
// a short tail is one small vote count.
func fuzzVotes(data []byte) []int64 {
	var vs []int64
	for len(data) >= 8 && len(vs) < 32 {
		vs = append(vs, int64(binary.LittleEndian.Uint64(data)))
		data = data[8:]
	}
	if len(data) > 0 && len(vs) < 32 {
		vs = append(vs, int64(data[0]))
	}
	return vs
}

// FuzzApportion drives Apportion with arbitrary votes, house, method, cap
// and tie rule: it never panics, and it either fails with ErrInvalid or a
// *TieError, or the invariants hold.
func FuzzApportion(f *testing.F) {
	le := func(vs ...int64) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint64(b, uint64(v))
		}
		return b
	}
	f.Add(le(222005, 174470, 141009, 106955, 90223, 79025), uint16(54), uint8(0), uint8(27), uint8(0))
	f.Add(le(100000, 80000, 30000, 20000), uint16(8), uint8(6), uint8(0), uint8(0))
	f.Add(le(10, 10, 10), uint16(4), uint8(0), uint8(0), uint8(1))
	f.Add(le(math.MaxInt64, 1), uint16(3), uint8(7), uint8(0), uint8(0))
	f.Add(le(math.MaxInt64/2, math.MaxInt64/3, -1), uint16(100), uint8(7), uint8(0), uint8(0))
	f.Add(le(3, 1), uint16(7), uint8(1), uint8(0), uint8(2))
	f.Add([]byte{}, uint16(5), uint8(8), uint8(1), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, house uint16, mi, capv, ti uint8) {
		es := entries(fuzzVotes(data)...)
		o := Options{
			Seats:  int(house % 600),
			Method: Methods()[int(mi)%len(Methods())],
			Cap:    int(capv),
			Tie:    []TieRule{Lots, RegistrationOrder, BallotOrder}[int(ti)%3],
		}
		res, err := Apportion(es, o)
		if err != nil {
			var te *TieError
			switch {
			case errors.As(err, &te):
				if o.Tie != Lots || res.Tie == nil || len(te.Tie.Tied) < 2 || te.Tie.Seats < 1 || te.Tie.Seats >= len(te.Tie.Tied) {
					t.Fatalf("bad tie %+v / %+v under %s", te.Tie, res.Tie, o.Tie)
				}
			case errors.Is(err, ErrInvalid):
				var total int64
				bad := false
				for _, e := range es {
					if e.Votes < 0 || total > math.MaxInt64-e.Votes {
						bad = true
						break
					}
					total += e.Votes
				}
				if !bad {
					t.Fatalf("valid input rejected: %v", err)
				}
				return
			default:
				t.Fatalf("unexpected error %v", err)
			}
		}
		tieSeats := 0
		if res.Tie != nil {
			tieSeats = res.Tie.Seats
		}
		if res.Total+res.Unfilled+tieSeats != o.Seats {
			t.Fatalf("total %d + unfilled %d + tied %d != %d", res.Total, res.Unfilled, tieSeats, o.Seats)
		}
		if res.Unfilled > 0 && res.Reason == "" {
			t.Fatal("unfilled without a reason")
		}
		sum := 0
		for i, s := range res.Seats {
			sum += s.Seats
			if s.ID != es[i].ID {
				t.Fatal("seats not in input order")
			}
			if s.Seats < 0 || (o.Cap > 0 && s.Seats > o.Cap) || (es[i].Votes == 0 && s.Seats > 0) {
				t.Fatalf("%s: %d seats (votes %d, cap %d)", s.ID, s.Seats, es[i].Votes, o.Cap)
			}
		}
		if sum != res.Total {
			t.Fatalf("seats sum %d, total %d", sum, res.Total)
		}
	})
}

// FuzzFillList drives FillList with arbitrary candidates: it never panics,
// and the seats add up.
func FuzzFillList(f *testing.F) {
	f.Add([]byte{18, 5, 14, 12, 11, 7, 3, 2, 0}, uint8(7), uint8(0), false)
	f.Add([]byte{1, 1, 1, 0, 0}, uint8(3), uint8(1), true)
	f.Fuzz(func(t *testing.T, codes []byte, seats, ri uint8, lots bool) {
		cands := make([]ListCandidate, 0, len(codes))
		for i, c := range codes {
			sex := election.Male
			if c&1 == 1 {
				sex = election.Female
			}
			cands = append(cands, ListCandidate{ID: fmt.Sprint(i), Position: i + 1, Sex: sex, Preferences: int64(c >> 1)})
		}
		r := ListRule{WomenQuota: decimal.NewFromInt(30), Rounding: []Rounding{RoundHalfUp, RoundUp, RoundDown}[int(ri)%3], Tie: ListPosition}
		if lots {
			r.Tie = Lots
		}
		res, err := FillList("p", cands, int(seats), r, nil)
		if err != nil && !errors.Is(err, ErrLotsRequired) {
			t.Fatal(err)
		}
		if len(res.Elected)+res.Unfilled+res.Pending != int(seats) {
			t.Fatalf("elected %d + unfilled %d + pending %d != %d", len(res.Elected), res.Unfilled, res.Pending, seats)
		}
	})
}
