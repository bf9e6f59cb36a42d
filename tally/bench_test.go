package tally

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
// the ballots are decoded from a file.
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

func BenchmarkFromBallots(b *testing.B) {
	parties := benchParties()
	ids := make([]string, len(parties))
	for i := range parties {
		ids[i] = parties[i].ID
	}
	for _, n := range []int{1_000, 1 << 20} {
		for _, clone := range []bool{false, true} {
			ballots := benchBallots(parties, n, clone)
			name := fmt.Sprintf("n=%d/shared", n)
			if clone {
				name = fmt.Sprintf("n=%d/cloned", n)
			}
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if _, err := FromBallots("1", election.ListBallot, ids, ballots); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "ballots/s")
			})
			b.Run(name+"/lists", func(b *testing.B) {
				c, err := NewListCounter(parties)
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					if _, err := c.Count("1", ballots); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "ballots/s")
			})
		}
	}
}
