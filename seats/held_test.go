package seats

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
)

// The regional list votes of the Scottish Parliament election of 2016
// (a public copy of the Guardian's results feed,
// guardian/interactive-scotland-election-map
// src/assets/data/scotland2.json@a09a921ed8e8cbb17595f51f311d69319753d4d7;
// preliminary) with the constituency seats each party won in the region,
// and the feed's top-up seats.
var scotland2016 = []struct {
	region string
	es     []Entry
	want   map[string]int
}{
	{"Glasgow", []Entry{
		{ID: "snp", Votes: 111101, Held: 9}, {ID: "lab", Votes: 59151}, {ID: "con", Votes: 29533},
		{ID: "green", Votes: 23398}, {ID: "lib-dem", Votes: 5850}, {ID: "ukip", Votes: 4889},
	}, map[string]int{"lab": 4, "con": 2, "green": 1}},
	{"Lothian", []Entry{
		{ID: "snp", Votes: 118546, Held: 6}, {ID: "lab", Votes: 67991, Held: 1}, {ID: "con", Votes: 74972, Held: 1},
		{ID: "green", Votes: 34551}, {ID: "lib-dem", Votes: 18479, Held: 1}, {ID: "ukip", Votes: 5802},
	}, map[string]int{"con": 3, "lab": 2, "green": 2}},
	{"Scotland Mid & Fife", []Entry{
		{ID: "snp", Votes: 120128, Held: 8}, {ID: "lab", Votes: 51373}, {ID: "con", Votes: 73293},
		{ID: "green", Votes: 17860}, {ID: "lib-dem", Votes: 20401, Held: 1}, {ID: "ukip", Votes: 5345},
	}, map[string]int{"con": 4, "lab": 2, "green": 1}},
}

func TestHeldScotland2016(t *testing.T) {
	for _, tc := range scotland2016 {
		t.Run(tc.region, func(t *testing.T) {
			res, err := Apportion(tc.es, Options{Seats: 7, Method: DHondt, Tie: Lots})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, s := range res.Seats {
				if s.Seats > 0 {
					got[s.ID] = s.Seats
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("seats %v, want %v", got, tc.want)
			}
		})
	}
}

func TestHeldSteps(t *testing.T) {
	es := scotland2016[0].es
	res, err := Apportion(es, Options{Seats: 7, Method: DHondt, Tie: Lots})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(res.Steps, func(s election.Step) bool { return s.Kind == "held" })
	if i < 0 || res.Steps[i].Subject != "snp" || res.Steps[i].Seats != 9 || res.Steps[i].Value != "111101/10" {
		t.Fatalf("held step: %+v", res.Steps)
	}
	held := make([]int, len(es))
	for i, s := range res.Seats {
		held[i] = s.Seats
	}
	p, ok := PriceOf(es, held, Options{Seats: 7, Method: DHondt, Tie: Lots})
	if !ok {
		t.Fatal("no price")
	}
	// The first not given: Lab's fifth, 59151/5 = 11830.2, above SNP's
	// first after the 9 it holds, 111101/10 = 11110.1.
	if len(p.Next) != 1 || p.Next[0].ID != "lab" || p.Next[0].Value != "59151/5" {
		t.Errorf("next: %+v", p.Next)
	}
	if len(p.Last) != 1 || p.Last[0].ID != "con" || p.Last[0].Value != "29533/2" {
		t.Errorf("last: %+v", p.Last)
	}
	// SNP's quotient as the price shows it carries what it holds.
	p2, _ := PriceOf([]Entry{{ID: "snp", Votes: 100, Held: 3}, {ID: "x", Votes: 10}}, []int{1, 0}, Options{Method: DHondt})
	if p2.Last[0].Held != 3 || p2.Last[0].Value != "25" || p2.Next[0].Value != "20" {
		t.Errorf("held price: %+v", p2)
	}
}

func TestHeldRefused(t *testing.T) {
	es := []Entry{{ID: "a", Votes: 10, Held: 1}, {ID: "b", Votes: 5}}
	for name, o := range map[string]Options{
		"largest remainder": {Seats: 2, Method: Hare, Tie: Lots},
		"cap":               {Seats: 2, Method: DHondt, Cap: 1, Tie: Lots},
	} {
		if _, err := Apportion(es, o); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", name, err)
		}
	}
	if _, err := Apportion([]Entry{{ID: "a", Votes: 1, Held: -1}}, Options{Seats: 1, Method: DHondt, Tie: Lots}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative held: %v", err)
	}
}

func TestHeldTie(t *testing.T) {
	// a: 20/(1+1) = 10 against b's 10/1: tied for the one seat.
	es := []Entry{{ID: "a", Votes: 20, Held: 1}, {ID: "b", Votes: 10}}
	res, err := Apportion(es, Options{Seats: 1, Method: DHondt, Tie: Lots})
	var te *TieError
	if !errors.As(err, &te) || fmt.Sprint(te.Tie.Tied) != "[a b]" || te.Tie.Value != "10" || res.Tie == nil {
		t.Fatalf("err %v, res %+v", err, res)
	}
	res, err = Apportion(es, Options{Seats: 1, Method: DHondt, Tie: Lots, Lots: []string{"b", "a"}})
	if err != nil || res.Seats[1].Seats != 1 {
		t.Fatalf("with lots: %v %+v", err, res.Seats)
	}
}

// heldReference is the compensatory divisor apportionment done the slow
// way: each seat to the highest votes/D(held+won), compared as big.Rat
// (d'Hondt and Sainte-Laguë), equal quotients to the lower ballot number.
func heldReference(es []Entry, m Method, house int) []int {
	got := make([]int, len(es))
	for range house {
		best := -1
		var bq *big.Rat
		for i, e := range es {
			if e.Votes == 0 {
				continue
			}
			k := int64(e.Held + got[i])
			d := k + 1
			if m == SainteLague {
				d = 2*k + 1
			}
			q := big.NewRat(e.Votes, d)
			if best < 0 || q.Cmp(bq) > 0 || q.Cmp(bq) == 0 && e.BallotNo < es[best].BallotNo {
				best, bq = i, q
			}
		}
		if best < 0 {
			break
		}
		got[best]++
	}
	return got
}

func heldEntries(vs []int64, hs []int, large bool) []Entry {
	es := scaled(vs, large)
	for i := range es {
		if i < len(hs) {
			es[i].Held = hs[i]
		}
	}
	return es
}

func TestPropHeld(t *testing.T) {
	genHeld := gen.SliceOf(gen.IntRange(0, 6))
	methods := []Method{DHondt, SainteLague}
	p := newProps(t)
	p.Property("seats held: the reference's seats; the house filled; held none is plain d'Hondt", prop.ForAll(
		func(vs []int64, hs []int, large bool, house, mi int) string {
			m := methods[mi%2]
			es := heldEntries(vs, hs, large)
			o := Options{Seats: house, Method: m, Tie: BallotOrder}
			res, err := Apportion(es, o)
			if err != nil {
				return err.Error()
			}
			if want := heldReference(es, m, house); !slices.Equal(seatCounts(res), want) {
				return fmt.Sprintf("seats %v, reference %v", seatCounts(res), want)
			}
			if res.Total+res.Unfilled != house {
				return fmt.Sprintf("total %d + unfilled %d != %d", res.Total, res.Unfilled, house)
			}
			plain := slices.Clone(es)
			for i := range plain {
				plain[i].Held = 0
			}
			pr, err := Apportion(plain, o)
			if err != nil {
				return err.Error()
			}
			if want := heldReference(plain, m, house); !slices.Equal(seatCounts(pr), want) {
				return fmt.Sprintf("no seats held: %v, reference %v", seatCounts(pr), want)
			}
			return ""
		},
		genVotes, genHeld, genBig, genHouse, gen.IntRange(0, 1),
	))
	p.Property("a list that holds more seats never gets more list seats, other figures equal", prop.ForAll(
		func(vs []int64, hs []int, large bool, house, which int) string {
			es := heldEntries(vs, hs, large)
			if len(es) == 0 {
				return ""
			}
			i := which % len(es)
			o := Options{Seats: house, Method: DHondt, Tie: BallotOrder}
			a, err := Apportion(es, o)
			if err != nil {
				return err.Error()
			}
			more := slices.Clone(es)
			more[i].Held++
			b, err := Apportion(more, o)
			if err != nil {
				return err.Error()
			}
			if b.Seats[i].Seats > a.Seats[i].Seats {
				return fmt.Sprintf("%s holding %d gets %d, holding %d gets %d", es[i].ID, es[i].Held, a.Seats[i].Seats, more[i].Held, b.Seats[i].Seats)
			}
			return ""
		},
		genVotes, genHeld, genBig, genHouse, gen.IntRange(0, 100),
	))
	p.TestingRun(t)
}
