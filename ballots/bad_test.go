package ballots

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

// TestBadBallots: every bad ballot, in the order of cast (Protocols names
// the first of the first protocol that has one: here the ballot at 3, not
// the one at 1), each ballot of a protocol refused as a whole among them;
// without them, Protocols counts the rest.
func TestBadBallots(t *testing.T) {
	e := &election.Election{
		Parties:   []election.Party{{ID: "p", Candidates: []election.Candidate{{ID: "p-1"}}}, {ID: "q"}},
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "a"}, {ID: "b"}}}},
		Precincts: []election.Precinct{{ID: "A", Okrug: "1"}, {ID: "B", Okrug: "1"}, {ID: "X"}},
	}
	list := func(p, choice, cand string) Cast {
		return Cast{Precinct: p, Ballot: election.Ballot{Kind: election.ListBallot, Choice: choice, Candidate: cand}}
	}
	okrug := func(p, choice string) Cast {
		return Cast{Precinct: p, Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: choice}}
	}
	cast := []Cast{
		list("B", "p", "p-1"),
		list("A", "r", ""), // 1: unknown choice
		list("A", "q", ""),
		list("B", "p", "q"), // 3: a preference vote for no candidate
		okrug("A", "a"),
		okrug("X", "a"),    // 5: no okrug
		list("Z", "p", ""), // 6, 7: no such precinct
		list("Z", "q", ""),
		{Precinct: "A", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: "b"}, Count: math.MaxInt64}, // 8: with 4, past the largest int64
		{Precinct: "A", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: "b"}, Count: 1},
		okrug("X", "b"), // 10: no okrug
	}
	_, err := Protocols(e, cast, nil)
	var be *BallotError
	require.True(t, errors.As(err, &be))
	assert.Equal(t, 3, be.Index, "the first of the first protocol")

	bad, err := BadBallots(e, cast, Options{})
	require.NoError(t, err)
	var at []int
	var problems []Problem
	for _, b := range bad {
		at, problems = append(at, b.Index), append(problems, b.Problem)
	}
	assert.Equal(t, []int{1, 3, 5, 6, 7, 8, 10}, at)
	assert.Equal(t, []Problem{UnknownChoice, BadPreference, WrongKind, UnknownPrecinct, UnknownPrecinct, TooMany, WrongKind}, problems)

	var kept []Cast
	for i := range cast {
		if len(at) > 0 && at[0] == i {
			at = at[1:]
			continue
		}
		kept = append(kept, cast[i])
	}
	ps, err := Protocols(e, kept, nil)
	require.NoError(t, err)
	assert.Len(t, ps, 3)
	none, err := BadBallots(e, kept, Options{})
	require.NoError(t, err)
	assert.Empty(t, none)

	_, err = BadBallots(nil, cast, Options{})
	assert.ErrorIs(t, err, ErrBadChoices)
}
