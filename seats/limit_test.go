package seats

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func ptr(n int) *int { return &n }

// TestLimitScotland2016Ind plants an individual regional candidate (a
// list of one) at 60,000 votes in Glasgow's regional votes of 2016
// (SYNTHETIC-EDITED: the feed gives Ind 271): uncapped, it takes 3 of the
// 7 seats; exhausted after its one candidate, its second and third seats
// pass to the next quotients (Scotland Act 1998, s. 8).
func TestLimitScotland2016Ind(t *testing.T) {
	es := append(slices.Clone(scotland2016[0].es), Entry{ID: "ind", Votes: 60000})
	o := Options{Seats: 7, Method: DHondt, Tie: Lots}
	res, err := Apportion(es, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := seatMap(res); got != "map[con:1 green:1 ind:3 lab:2]" {
		t.Fatalf("no limit: %s", got)
	}
	es[len(es)-1].Limit = ptr(1)
	res, err = Apportion(es, o)
	if err != nil {
		t.Fatal(err)
	}
	if got := seatMap(res); got != "map[con:1 green:1 ind:1 lab:4]" {
		t.Errorf("limit 1: %s", got)
	}
	i := slices.IndexFunc(res.Steps, func(s election.Step) bool { return s.Kind == "limit" })
	if i < 0 || res.Steps[i].Subject != "ind" || res.Steps[i].Seats != 1 {
		t.Errorf("no limit step: %+v", res.Steps)
	}
	held := make([]int, len(es))
	for i, s := range res.Seats {
		held[i] = s.Seats
	}
	p, ok := PriceOf(es, held, o)
	if !ok || slices.ContainsFunc(p.Next, func(q Quotient) bool { return q.ID == "ind" }) {
		t.Errorf("an exhausted list is no next quotient: %+v", p)
	}
}

func seatMap(res Result) string {
	got := map[string]int{}
	for _, s := range res.Seats {
		if s.Seats > 0 {
			got[s.ID] = s.Seats
		}
	}
	return fmt.Sprint(got)
}

// limitOracle gives the seats one at a time to the highest quotient of a
// list with candidates left, d'Hondt, with seats held; ties to the lower
// index (the tests use no tied quotients).
func limitOracle(es []Entry, seats int) []int {
	got := make([]int, len(es))
	for range seats {
		best := -1
		for i, e := range es {
			if e.Votes == 0 || e.Limit != nil && got[i] >= *e.Limit {
				continue
			}
			if best < 0 || big.NewRat(e.Votes, int64(e.Held+got[i]+1)).Cmp(big.NewRat(es[best].Votes, int64(es[best].Held+got[best]+1))) > 0 {
				best = i
			}
		}
		if best < 0 {
			break
		}
		got[best]++
	}
	return got
}

// TestLimitNextQuotient checks that under a divisor method the list that
// keeps its limit and the others shared again give the seats of the
// seat-by-seat rule that skips an exhausted list's quotients.
func TestLimitNextQuotient(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for n := range 400 {
		es := make([]Entry, 2+r.IntN(5))
		for i := range es {
			es[i] = Entry{ID: fmt.Sprintf("l%d", i), Votes: int64(1 + r.IntN(100000))}
			if r.IntN(3) == 0 {
				es[i].Held = r.IntN(4)
			}
			if r.IntN(2) == 0 {
				es[i].Limit = ptr(r.IntN(4))
			}
		}
		house := 1 + r.IntN(12)
		res, err := Apportion(es, Options{Seats: house, Method: DHondt, Tie: Lots})
		if errors.Is(err, ErrLotsRequired) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		want := limitOracle(es, house)
		var got []int
		for _, s := range res.Seats {
			got = append(got, s.Seats)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("case %d %+v, %d seats: %v, want %v", n, es, house, got, want)
		}
		if res.Total+res.Unfilled != house {
			t.Fatalf("case %d: total %d + unfilled %d != %d", n, res.Total, res.Unfilled, house)
		}
	}
}

func TestLimitEdges(t *testing.T) {
	// Every list exhausted: the rest unfilled, and said.
	res, err := Apportion([]Entry{{ID: "a", Votes: 10, Limit: ptr(1)}, {ID: "b", Votes: 5, Limit: ptr(0)}}, Options{Seats: 3, Method: Hare, Tie: Lots})
	if err != nil || res.Seats[0].Seats != 1 || res.Seats[1].Seats != 0 || res.Unfilled != 2 ||
		res.Reason != "2 seat(s) unfilled: every list with votes has seated all its candidates" {
		t.Fatalf("%v %+v", err, res)
	}
	// A list with its candidates seated takes no part in a tie for a
	// further seat: no lots asked for.
	res, err = Apportion([]Entry{{ID: "a", Votes: 300, Limit: ptr(1)}, {ID: "b", Votes: 150}, {ID: "c", Votes: 150}}, Options{Seats: 3, Method: DHondt, Tie: Lots})
	if err != nil || seatMap(res) != "map[a:1 b:1 c:1]" {
		t.Fatalf("%v %s", err, seatMap(res))
	}
	// The smaller of the cap and the limit holds: a its 1 candidate, b the cap.
	res, err = Apportion([]Entry{{ID: "a", Votes: 900, Limit: ptr(1)}, {ID: "b", Votes: 100}}, Options{Seats: 4, Method: DHondt, Cap: 2, Tie: Lots})
	if err != nil || seatMap(res) != "map[a:1 b:2]" || res.Unfilled != 1 {
		t.Fatalf("%v %s", err, seatMap(res))
	}
	if _, err := Apportion([]Entry{{ID: "a", Votes: 1, Limit: ptr(-1)}}, Options{Seats: 1, Method: DHondt, Tie: Lots}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative limit: %v", err)
	}
}
