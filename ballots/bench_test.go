package ballots

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// benchParties returns 21 parties of 50 candidates each, as in 2021.
func benchParties() []election.Party {
	parties := make([]election.Party, 21)
	for i := range parties {
		parties[i].ID = fmt.Sprintf("party-%02d", i+1)
		for j := range 50 {
			parties[i].Candidates = append(parties[i].Candidates,
				election.Candidate{ID: fmt.Sprintf("p%02d-c%03d", i+1, j+1), Position: j + 1})
		}
	}
	return parties
}

// benchBallots returns n list ballots: 9% invalid, 3% against all, a third
// with a preference vote. With clone, every string is its own copy, as when
// the ballots are read from a file.
func benchBallots(parties []election.Party, n int, clone bool) []election.Ballot {
	r := rand.New(rand.NewPCG(1, 2))
	cp := func(s string) string {
		if clone {
			return strings.Clone(s)
		}
		return s
	}
	bs := make([]election.Ballot, n)
	for i := range bs {
		b := election.Ballot{Kind: election.ListBallot}
		switch x := r.IntN(100); {
		case x < 9:
			b.Invalid = true
		case x < 12:
			b.Choice = election.AgainstAll
		default:
			p := &parties[r.IntN(len(parties))]
			b.Choice = p.ID
			if r.IntN(3) == 0 {
				b.Candidate = cp(p.Candidates[r.IntN(len(p.Candidates))].ID)
			}
		}
		b.Kind = election.BallotKind(cp(string(b.Kind)))
		b.Choice = cp(b.Choice)
		bs[i] = b
	}
	return bs
}

// BenchmarkCount counts the list ballots of benchBallots, 2,000 a precinct
// (a large precinct) and 2^20 in one slice, with a Counter and with the
// map-based reference (reference_test.go); "shared" ballots hold the
// strings of the election, "cloned" ones strings of their own.
func BenchmarkCount(b *testing.B) {
	parties := benchParties()
	c, err := NewListCounter(parties, true)
	if err != nil {
		b.Fatal(err)
	}
	choices := c.Choices()
	lists := map[string][]string{}
	for _, p := range parties {
		for _, k := range p.Candidates {
			lists[p.ID] = append(lists[p.ID], k.ID)
		}
	}
	for _, n := range []int{2_000, 1 << 20} {
		for _, clone := range []bool{false, true} {
			ballots := benchBallots(parties, n, clone)
			name := fmt.Sprintf("n=%d/shared", n)
			if clone {
				name = fmt.Sprintf("n=%d/cloned", n)
			}
			rate := func(b *testing.B) {
				b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "ballots/s")
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if _, err := c.Count("1", ballots); err != nil {
						b.Fatal(err)
					}
				}
				rate(b)
			})
			b.Run(name+"/reference", func(b *testing.B) {
				for b.Loop() {
					if _, at, _ := reference(election.ListBallot, choices, lists, "1", ballots); at >= 0 {
						b.Fatal(at)
					}
				}
				rate(b)
			})
		}
	}
}
