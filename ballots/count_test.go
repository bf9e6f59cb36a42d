package ballots

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

func TestNewCounterErrors(t *testing.T) {
	for name, f := range map[string]func() (*Counter, error){
		"unknown kind": func() (*Counter, error) { return NewCounter("senate", []string{"a"}) },
		"empty choice": func() (*Counter, error) { return NewCounter(election.ListBallot, []string{"a", ""}) },
		"choice twice": func() (*Counter, error) { return NewCounter(election.ListBallot, []string{"a", "a"}) },
		"candidate twice": func() (*Counter, error) {
			return NewListCounter([]election.Party{{ID: "a", Candidates: []election.Candidate{{ID: "x"}}}, {ID: "b", Candidates: []election.Candidate{{ID: "x"}}}}, true)
		},
		"party against all": func() (*Counter, error) { return NewListCounter([]election.Party{{ID: election.AgainstAll}}, true) },
		"candidate without ID": func() (*Counter, error) {
			return NewListCounter([]election.Party{{ID: "a", Candidates: []election.Candidate{{}}}}, false)
		},
	} {
		_, err := f()
		assert.ErrorIs(t, err, ErrBadChoices, name)
	}
}

// TestTableFallback: keys that defeat the perfect tables (long, equal in
// every byte a fingerprint reads) are found through the map.
func TestTableFallback(t *testing.T) {
	var keys []string
	for _, c := range "abcdefgh" {
		keys = append(keys, strings.Repeat("x", 12)+string(c)+strings.Repeat("y", 12))
	}
	tb, err := newTable(keys, "choice")
	require.NoError(t, err)
	for i, k := range keys {
		assert.Equal(t, i, tb.find(k))
	}
	assert.Equal(t, -1, tb.find(strings.Repeat("x", 12)+"z"+strings.Repeat("y", 12)))
	assert.Equal(t, -1, tb.find(""))
}

func TestTableManyKeys(t *testing.T) {
	parties := benchParties()
	c, err := NewListCounter(parties, false)
	require.NoError(t, err)
	for i, k := range c.cands.keys {
		require.Equal(t, i, c.cands.find(k))
		require.Equal(t, -1, c.cands.find(k+"x"))
	}
	assert.Equal(t, -1, c.choices.find(election.AgainstAll))
}

func TestProtocols(t *testing.T) {
	e := &election.Election{
		Parties:   []election.Party{{ID: "p", Candidates: []election.Candidate{{ID: "p1"}}}, {ID: "q"}},
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "o1"}, {ID: "o2"}}}},
		Precincts: []election.Precinct{{ID: "1001", Okrug: "1"}, {ID: "1002", Okrug: "1"}, {ID: "9001", Abroad: true}},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(bool)}},
	}
	list := func(pr, choice, cand string) Cast {
		return Cast{Precinct: pr, Ballot: election.Ballot{Kind: election.ListBallot, Choice: choice, Candidate: cand}}
	}
	okrug := func(pr, choice string) Cast {
		return Cast{Precinct: pr, Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: choice}}
	}
	ps, err := Protocols(e, []Cast{list("1001", "p", "p1"), okrug("1001", "o2"), list("1002", "q", ""), list("1001", election.AgainstAll, ""), okrug("1001", "o2")}, nil)
	require.NoError(t, err)
	require.Len(t, ps, 3)
	assert.Equal(t, map[string]int64{"p": 1, "q": 0, election.AgainstAll: 1}, ps[0].Votes)
	assert.Equal(t, map[string]int64{"p1": 1}, ps[0].Preferences)
	assert.Equal(t, map[string]int64{"o1": 0, "o2": 2}, ps[1].Votes, "no against all on this okrug ballot")
	assert.Equal(t, "1002", ps[2].Precinct)

	for name, tc := range map[string]struct {
		cast    []Cast
		index   int
		problem Problem
	}{
		"unknown precinct":          {[]Cast{list("1001", "p", ""), list("7777", "p", "")}, 1, UnknownPrecinct},
		"okrug ballot abroad":       {[]Cast{okrug("9001", "o1")}, 0, WrongKind},
		"against all not offered":   {[]Cast{okrug("1001", "o1"), okrug("1001", election.AgainstAll)}, 1, UnknownChoice},
		"preference on closed list": {[]Cast{list("1002", "p", ""), list("1002", "q", "p1")}, 1, BadPreference},
	} {
		_, err := Protocols(e, tc.cast, nil)
		var be *BallotError
		if assert.True(t, errors.As(err, &be), name) {
			assert.Equal(t, tc.index, be.Index, name)
			assert.Equal(t, tc.problem, be.Problem, name)
		}
	}
}

// TestCountInParts: a slice large enough to be counted in parts gives the
// reference's protocol, and its first bad ballot, wherever it lies.
func TestCountInParts(t *testing.T) {
	parties := benchParties()
	c, err := NewListCounter(parties, true)
	require.NoError(t, err)
	lists := map[string][]string{}
	for _, p := range parties {
		for _, k := range p.Candidates {
			lists[p.ID] = append(lists[p.ID], k.ID)
		}
	}
	ballots := benchBallots(parties, 5*parallelMin, true)
	want, _, _ := reference(election.ListBallot, c.Choices(), lists, "1", ballots)
	got, err := c.Count("1", ballots)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	for _, at := range []int{len(ballots) - 1, 3 * parallelMin, 10} {
		bad := append([]election.Ballot(nil), ballots...)
		bad[len(bad)-1].Choice = "nobody"
		bad[at] = election.Ballot{Kind: election.OkrugBallot}
		_, err := c.Count("1", bad)
		var be *BallotError
		require.True(t, errors.As(err, &be))
		assert.Equal(t, at, be.Index)
	}
}

// TestProtocolsCount: a record of Count ballots counts as that many
// identical ballots (a condensed record), and counts whose sum passes
// int64 are refused, never wrapped.
func TestProtocolsCount(t *testing.T) {
	e := &election.Election{
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "a"}, {ID: "b"}}}},
		Precincts: []election.Precinct{{ID: "1001", Okrug: "1"}},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(bool)}},
	}
	okrug := func(choice string, invalid bool, n int64) Cast {
		return Cast{Precinct: "1001", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: choice, Invalid: invalid}, Count: n}
	}
	ps, err := Protocols(e, []Cast{okrug("a", false, 0), okrug("b", false, 2), okrug("a", false, 1), okrug("", true, 3)}, nil)
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, map[string]int64{"a": 2, "b": 2}, ps[0].Votes)
	assert.Equal(t, int64(7), ps[0].Lines[election.FoundStationary])
	assert.Equal(t, int64(3), ps[0].Lines[election.Invalid])
	assert.Equal(t, int64(4), ps[0].Lines[election.Valid])

	_, err = Protocols(e, []Cast{okrug("a", false, math.MaxInt64), okrug("b", false, 0), okrug("b", false, 1)}, nil)
	var be *BallotError
	require.True(t, errors.As(err, &be))
	assert.Equal(t, TooMany, be.Problem)
	assert.Equal(t, 1, be.Index)
}
