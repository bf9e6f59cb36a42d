package tally

import (
	"errors"
	"maps"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

func clone(t Totals) Totals {
	return Totals{Lines: maps.Clone(t.Lines), Votes: maps.Clone(t.Votes),
		Preferences: maps.Clone(t.Preferences), Protocols: t.Protocols}
}

// filled returns t with its nil maps made empty, as Add and Merge leave them.
func filled(t Totals) Totals {
	if t.Lines == nil {
		t.Lines = map[election.Line]int64{}
	}
	if t.Votes == nil {
		t.Votes = map[string]int64{}
	}
	if t.Preferences == nil {
		t.Preferences = map[string]int64{}
	}
	return t
}

func TestTotalsAdd(t *testing.T) {
	tests := []struct {
		name  string
		start Totals
		add   []election.Protocol
		want  Totals
	}{
		{
			name: "zero value takes a protocol",
			add: []election.Protocol{{Precinct: "1", Ballot: election.ListBallot,
				Lines: map[election.Line]int64{election.Valid: 10, election.Invalid: 1},
				Votes: map[string]int64{"a": 7, "b": 3, election.AgainstAll: 0}}},
			want: Totals{Lines: map[election.Line]int64{election.Valid: 10, election.Invalid: 1},
				Votes: map[string]int64{"a": 7, "b": 3, election.AgainstAll: 0}, Protocols: 1},
		},
		{
			name:  "empty protocol counts as a protocol",
			start: NewTotals(),
			add:   []election.Protocol{{Precinct: "1"}},
			want:  Totals{Lines: map[election.Line]int64{}, Votes: map[string]int64{}, Preferences: map[string]int64{}, Protocols: 1},
		},
		{
			name: "keys union, zero figures kept",
			add: []election.Protocol{
				{Lines: map[election.Line]int64{election.Valid: 5}, Votes: map[string]int64{"a": 5},
					Preferences: map[string]int64{"c1": 2}},
				{Lines: map[election.Line]int64{election.Voters: 9, election.Valid: 4},
					Votes: map[string]int64{"a": 1, "b": 3, "z": 0}, Preferences: map[string]int64{"c1": 1, "c2": 0}},
			},
			want: Totals{Lines: map[election.Line]int64{election.Valid: 9, election.Voters: 9},
				Votes: map[string]int64{"a": 6, "b": 3, "z": 0}, Preferences: map[string]int64{"c1": 3, "c2": 0}, Protocols: 2},
		},
		{
			name: "negative figures are summed as given",
			add: []election.Protocol{
				{Votes: map[string]int64{"a": -5}}, {Votes: map[string]int64{"a": 3}},
			},
			want: Totals{Votes: map[string]int64{"a": -2}, Protocols: 2},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.start
			for i := range tc.add {
				require.NoError(t, got.Add(&tc.add[i]))
			}
			assert.Equal(t, filled(tc.want), got)
		})
	}
}

func TestTotalsAddNil(t *testing.T) {
	var tot Totals
	assert.ErrorIs(t, tot.Add(nil), ErrNilProtocol)
	assert.Equal(t, Totals{}, tot)
}

func TestTotalsAddOverflow(t *testing.T) {
	base := Totals{
		Lines:       map[election.Line]int64{election.Valid: math.MaxInt64, election.Invalid: math.MinInt64},
		Votes:       map[string]int64{"a": 1, "b": math.MaxInt64, "c": math.MaxInt64},
		Preferences: map[string]int64{"p": math.MaxInt64},
		Protocols:   3,
	}
	tests := []struct {
		name  string
		p     election.Protocol
		field string
		key   string
	}{
		{"line", election.Protocol{Lines: map[election.Line]int64{election.Valid: 1}}, "lines", "valid"},
		{"negative line", election.Protocol{Lines: map[election.Line]int64{election.Invalid: -1}}, "lines", "invalid"},
		{"vote", election.Protocol{Votes: map[string]int64{"a": 1, "b": 1}}, "votes", "b"},
		{"smallest key named", election.Protocol{Votes: map[string]int64{"c": 1, "b": 2, "a": 3}}, "votes", "b"},
		{"lines before votes", election.Protocol{Lines: map[election.Line]int64{election.Valid: 1},
			Votes: map[string]int64{"b": 1}}, "lines", "valid"},
		{"preference", election.Protocol{Votes: map[string]int64{"a": 1}, Preferences: map[string]int64{"p": 1}}, "preferences", "p"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tot := clone(base)
			tc.p.Precinct, tc.p.Ballot = "1001", election.ListBallot
			err := tot.Add(&tc.p)
			require.ErrorIs(t, err, exact.ErrOverflow)
			var oe *OverflowError
			require.ErrorAs(t, err, &oe)
			assert.Equal(t, OverflowError{Precinct: "1001", Ballot: election.ListBallot, Field: tc.field, Key: tc.key}, *oe)
			assert.Equal(t, base, tot, "Add is all or nothing")
		})
	}
}

func TestTotalsMerge(t *testing.T) {
	a := Totals{Lines: map[election.Line]int64{election.Valid: 3}, Votes: map[string]int64{"a": 3}, Protocols: 1}
	b := Totals{Lines: map[election.Line]int64{election.Valid: 4, election.Invalid: 1},
		Votes: map[string]int64{"a": 1, "b": 3}, Preferences: map[string]int64{"c": 1}, Protocols: 2}
	want := Totals{Lines: map[election.Line]int64{election.Valid: 7, election.Invalid: 1},
		Votes: map[string]int64{"a": 4, "b": 3}, Preferences: map[string]int64{"c": 1}, Protocols: 3}

	tests := []struct {
		name        string
		into, other Totals
		want        Totals
	}{
		{"two sums", clone(a), b, want},
		{"into zero value", Totals{}, b, b},
		{"zero value in", clone(a), Totals{}, a},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.into.Merge(&tc.other))
			assert.Equal(t, filled(tc.want), tc.into)
		})
	}
	t.Run("nil", func(t *testing.T) {
		x := clone(a)
		require.NoError(t, x.Merge(nil))
		assert.Equal(t, a, x)
	})
	t.Run("itself", func(t *testing.T) {
		x := clone(a)
		require.NoError(t, x.Merge(&x))
		assert.Equal(t, filled(Totals{Lines: map[election.Line]int64{election.Valid: 6}, Votes: map[string]int64{"a": 6}, Protocols: 2}), x)
	})
	t.Run("overflow", func(t *testing.T) {
		x := Totals{Votes: map[string]int64{"a": math.MaxInt64}, Protocols: 1}
		before := clone(x)
		err := x.Merge(&Totals{Votes: map[string]int64{"a": 1}, Protocols: 1})
		var oe *OverflowError
		require.ErrorAs(t, err, &oe)
		assert.True(t, errors.Is(err, exact.ErrOverflow))
		assert.Equal(t, OverflowError{Field: "votes", Key: "a"}, *oe)
		assert.Equal(t, before, x)
	})
	t.Run("protocol count overflow", func(t *testing.T) {
		x := Totals{Protocols: math.MaxInt}
		err := x.Merge(&Totals{Protocols: 1})
		var oe *OverflowError
		require.ErrorAs(t, err, &oe)
		assert.Equal(t, "protocols", oe.Field)
	})
}
