package seats

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

var divisorMethods = []Method{DHondt, SainteLague, ModifiedSainteLague, HuntingtonHill, Adams}

// greedyCut is the test oracle: the one-seat-at-a-time engine divisor
// methods used before divisorCut, kept because it is simple enough to
// trust by reading.
func greedyCut(m Method, votes []uint64, house int) cut[quot] {
	next := func(j, k int) (quot, bool) { return divisorOf(m, votes[j], k), votes[j] > 0 }
	return greedy(len(votes), house, next, quotCmp(m), func(x, y int) bool { return x < y })
}

// checkCut compares divisorCut with the oracle: the seats, the seat order,
// the tied set, its seats and its value must be the same.
func checkCut(m Method, votes []uint64, house int) string {
	want := greedyCut(m, votes, house)
	got := divisorCut(m, votes, house, true, func(x, y int) bool { return x < y })
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("%s %v house %d:\n got %+v\nwant %+v", m, votes, house, got, want)
	}
	return ""
}

// Part of issue 12's standing attack suite (resources): the direct divisor
// search gives exactly what handing out the seats one by one gives.
func TestPropDivisorCutMatchesGreedy(t *testing.T) {
	p := newProps(t)
	p.Property("divisorCut = greedy (seats, order, tie, value)", prop.ForAll(
		func(vs []int64, scale int64, house, mi int) string {
			votes := make([]uint64, len(vs))
			for i, v := range vs {
				votes[i] = uint64(v * scale)
			}
			return checkCut(divisorMethods[mi], votes, house)
		}, gen.SliceOf(gen.Int64Range(0, 60)), gen.OneConstOf(int64(1), int64(7), int64(1_000_003), int64(1)<<40),
		gen.IntRange(0, 300), gen.IntRange(0, len(divisorMethods)-1)))
	p.TestingRun(t)
}

// Large and uneven votes, houses past PerSeatSteps.
func TestPropDivisorCutLarge(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(propSeed)
	params.MinSuccessfulTests = 60
	params.MaxSize = 12
	p := gopter.NewProperties(params)
	p.Property("divisorCut = greedy on large votes and houses", prop.ForAll(
		func(vs []int64, house, mi int) string {
			votes := make([]uint64, len(vs))
			for i, v := range vs {
				votes[i] = uint64(v)
			}
			return checkCut(divisorMethods[mi], votes, house)
		}, gen.SliceOf(gen.Int64Range(0, 1<<52)), gen.IntRange(0, 5000), gen.IntRange(0, len(divisorMethods)-1)))
	p.TestingRun(t)
}

// Hand-picked cuts: exact ties at the cut under every method, more lists
// than seats, a list with all the votes, the largest votes and houses the
// 128-bit counts must hold.
func TestDivisorCutCases(t *testing.T) {
	max := uint64(1)<<63 - 1
	cases := []struct {
		name  string
		votes []uint64
		house int
	}{
		{"abcd", []uint64{100000, 80000, 30000, 20000}, 8},
		{"equal", []uint64{5, 5, 5}, 2},
		{"equal many seats", []uint64{7, 7, 7, 7}, 1001},
		{"more lists than seats", []uint64{1, 2, 3, 4, 5, 6}, 3},
		{"zeros", []uint64{0, 9, 0, 3}, 10},
		{"all zero", []uint64{0, 0}, 5},
		{"no house", []uint64{3, 4}, 0},
		{"one list", []uint64{42}, 17},
		{"huntington-hill unequal roots", []uint64{6, 36}, 10},
		{"huge votes", []uint64{max - 3, 1, 2}, 40},
		{"huge total", []uint64{max / 2, max / 2}, 31},
		{"huge house", []uint64{max / 3, max / 5, 12345}, MaxSeats},
	}
	for _, c := range cases {
		for _, m := range divisorMethods {
			if c.house > 100_000 {
				// The oracle is too slow here: check the seats add up and the
				// counts are those of the house, settled at a tie or not.
				got := divisorCut(m, c.votes, c.house, false, func(x, y int) bool { return x < y })
				sum := got.tieSeats
				for _, g := range got.got {
					sum += g
				}
				if sum != c.house {
					t.Errorf("%s %s: %d seats for %d", c.name, m, sum, c.house)
				}
				continue
			}
			if msg := checkCut(m, c.votes, c.house); msg != "" {
				t.Errorf("%s: %s", c.name, msg)
			}
		}
	}
}

// Apportion's steps for a house past PerSeatSteps: a summary per list and
// the cut in full, not a step per seat.
func TestDivisorSummarySteps(t *testing.T) {
	es := []Entry{{ID: "a", Votes: 300}, {ID: "b", Votes: 200}, {ID: "c", Votes: 100}}
	house := MaxSeats / 6 * 6 // 3:2:1 without a tie at the cut
	res, err := Apportion(es, Options{Seats: house, Method: DHondt, Tie: Lots})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, s := range res.Steps {
		kinds[s.Kind]++
	}
	if kinds["quotient_seat"] != 1 || kinds["quotient_seats"] != 3 || kinds["quotient_summary"] != 1 || len(res.Steps) > 10 {
		t.Errorf("steps %v", kinds)
	}
	if fmt.Sprint(res.Seats) != fmt.Sprint([]Seat{{"a", house / 2}, {"b", house / 3}, {"c", house / 6}}) {
		t.Errorf("seats %v", res.Seats)
	}
}

// The largest house under every divisor method stays fast and small: part
// of issue 12's standing attack suite (resources). A step per seat took
// more than a minute and gigabytes here.
func TestDivisorLargestHouse(t *testing.T) {
	es := []Entry{{ID: "a", Votes: 1_000_003}, {ID: "b", Votes: 777_777}, {ID: "c", Votes: 5}, {ID: "d", Votes: 0}}
	for _, m := range divisorMethods {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		res, err := Apportion(es, Options{Seats: MaxSeats, Method: m, Cap: MaxSeats / 2, Tie: Lots})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		if res.Total != MaxSeats || len(res.Steps) > 40 {
			t.Errorf("%s: total %d, %d steps", m, res.Total, len(res.Steps))
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
			t.Errorf("%s: %d bytes allocated", m, alloc)
		}
	}
}

// BenchmarkDivisorHouse apportions the largest house (MaxSeats) among a few
// lists under every divisor method, and a house of 2^16 both ways: directly
// (Apportion) and by the greedy oracle, one seat at a time.
func BenchmarkDivisorHouse(b *testing.B) {
	es := []Entry{{ID: "a", Votes: 4_000_037}, {ID: "b", Votes: 2_500_011}, {ID: "c", Votes: 1_200_007},
		{ID: "d", Votes: 700_001}, {ID: "e", Votes: 90_001}}
	votes := make([]uint64, len(es))
	for i, e := range es {
		votes[i] = uint64(e.Votes)
	}
	for _, m := range divisorMethods {
		for _, house := range []int{MaxSeats, 1 << 16} {
			b.Run(fmt.Sprintf("%s/direct/%d", m, house), func(b *testing.B) {
				b.ReportAllocs()
				for range b.N {
					if _, err := Apportion(es, Options{Seats: house, Method: m, Tie: Lots}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(fmt.Sprintf("%s/greedy/%d", m, 1<<16), func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				greedyCut(m, votes, 1<<16)
			}
		})
	}
}

// Droop with far fewer votes than seats leaves most seats to the remainder
// passes: past PerSeatSteps the whole passes are given at once. The seats
// and the tie at the cut must match the exact reference. Part of issue 12's
// standing attack suite (resources).
func TestPropDroopPasses(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(propSeed)
	params.MinSuccessfulTests = 25
	params.MaxSize = 6
	p := gopter.NewProperties(params)
	p.Property("Droop passes match the reference", prop.ForAll(
		func(vs []int64, house int) string {
			es := entries(vs...)
			res, err := Apportion(es, Options{Seats: house, Method: Droop, Tie: Lots})
			want, tied, tieSeats := reference(es, house, Droop)
			if fmt.Sprint(seatCounts(res)) != fmt.Sprint(want) {
				return fmt.Sprintf("seats %v, reference %v (err %v)", seatCounts(res), want, err)
			}
			if (res.Tie == nil) != (tied == nil) || res.Tie != nil && (fmt.Sprint(res.Tie.Tied) != fmt.Sprint(tied) || res.Tie.Seats != tieSeats) {
				return fmt.Sprintf("tie %v, reference %v/%d", res.Tie, tied, tieSeats)
			}
			if len(res.Steps) > PerSeatSteps+100 {
				return fmt.Sprintf("%d steps", len(res.Steps))
			}
			return ""
		}, gen.SliceOf(gen.Int64Range(0, 700)), gen.IntRange(PerSeatSteps+400, PerSeatSteps+900)))
	p.TestingRun(t)
}
