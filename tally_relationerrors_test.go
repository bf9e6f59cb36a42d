package shailoo_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
)

// TestTallyRelationErrors: a Tally says what CountWith says of the
// protocols counted that fail control relations (Result.RelationErrors,
// the banner above the seats), for the definition's protocols and after
// each Replace and Withdraw: the same protocols, the same count. A live
// protocol that fails one is refused, so it never adds to it.
func TestTallyRelationErrors(t *testing.T) {
	def, ps := kg2021Def(t)
	// One vote more than the valid ballots on the list protocols of two
	// precincts (P103), and a duplicate of the first.
	var bad []int
	for i, p := range ps {
		if p.Ballot == election.ListBallot && !p.Machine && len(p.Votes) > 0 && len(bad) < 2 {
			bad = append(bad, i)
		}
	}
	if len(bad) < 2 {
		t.Fatal("no two list protocols in the dataset")
	}
	plus := func(p election.Protocol) election.Protocol {
		p.Votes = maps.Clone(p.Votes)
		p.Votes[slices.Sorted(maps.Keys(p.Votes))[0]]++
		return p
	}
	good0, good1 := ps[bad[0]], ps[bad[1]]
	live := slices.Clone(ps)
	live[bad[0]], live[bad[1]] = plus(good0), plus(good1)
	live = append(live, live[bad[0]])

	count := func(protocols []election.Protocol) *shailoo.Result {
		t.Helper()
		full := *def
		full.Protocols = protocols
		res, err := shailoo.CountWith(&full, shailoo.KG2021(), shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	full := *def
	full.Protocols = live
	tl, err := shailoo.NewTally(&full, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	same := func(step string, want *shailoo.Result, n int) {
		t.Helper()
		got, err := tl.Result()
		if err != nil {
			t.Fatal(err)
		}
		g, w := fmt.Sprint(got.RelationErrors), fmt.Sprint(want.RelationErrors)
		if n == 0 && want.RelationErrors != nil || n > 0 && (want.RelationErrors == nil || want.RelationErrors.Protocols != n) {
			t.Fatalf("%s: CountWith's RelationErrors %s, want %d protocols", step, w, n)
		}
		if g != w {
			t.Errorf("%s: Tally's RelationErrors %s, CountWith's %s", step, g, w)
		}
	}
	// The definition's protocols, the duplicate counted beside the first.
	same("NewTally", count(live), 3)

	// A protocol that fails a relation is refused: the count stays.
	other := slices.IndexFunc(live, func(p election.Protocol) bool {
		return p.Ballot == election.ListBallot && !p.Machine && len(p.Votes) > 0 && p.Precinct != good0.Precinct && p.Precinct != good1.Precinct
	})
	var rej *shailoo.RejectedError
	if err := tl.Replace(plus(live[other])); !errors.As(err, &rej) {
		t.Fatalf("Replace with a protocol failing P103: %v, want a RejectedError", err)
	}
	same("refused Replace", count(live), 3)

	// Replace takes both protocols of the first precinct back.
	if err := tl.Replace(good0); err != nil {
		t.Fatal(err)
	}
	now := slices.Clone(live[:len(live)-1])
	now[bad[0]] = good0
	same("Replace", count(now), 1)

	// Withdraw takes the second back.
	if err := tl.Withdraw(good1.Precinct, good1.Ballot, good1.Machine); err != nil {
		t.Fatal(err)
	}
	now = slices.Delete(now, bad[1], bad[1]+1)
	same("Withdraw", count(now), 0)
}
