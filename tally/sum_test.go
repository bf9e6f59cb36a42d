package tally

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// listP and okrugP make a protocol with valid = sum of votes and 1 invalid.
func listP(precinct string, votes map[string]int64) election.Protocol {
	return proto(precinct, election.ListBallot, votes)
}

func okrugP(precinct string, votes map[string]int64) election.Protocol {
	return proto(precinct, election.OkrugBallot, votes)
}

func proto(precinct string, kind election.BallotKind, votes map[string]int64) election.Protocol {
	var valid int64
	for _, v := range votes {
		valid += v
	}
	return election.Protocol{Precinct: precinct, Ballot: kind,
		Lines: map[election.Line]int64{election.Invalid: 1, election.Valid: valid}, Votes: votes}
}

// smallElection has two regions, three okrugs, a precinct abroad, a
// precinct with no region, a protocol of an undefined precinct and a
// machine protocol.
func smallElection() *election.Election {
	return &election.Election{
		ID:      "small",
		Regions: []election.Region{{ID: "r1"}, {ID: "r2"}},
		Okrugs:  []election.Okrug{{ID: "o1", Region: "r1"}, {ID: "o2", Region: "r1"}, {ID: "o3", Region: "r2"}},
		Precincts: []election.Precinct{
			{ID: "p1", Region: "r1", Okrug: "o1"},
			{ID: "p2", Region: "r1", Okrug: "o2"},
			{ID: "p3", Region: "r2", Okrug: "o3"},
			{ID: "p4", Region: "r2"}, // no okrug: its list protocol in r2 alone
			{ID: "x1", Abroad: true},
		},
		Protocols: []election.Protocol{
			listP("p1", map[string]int64{"a": 10, "b": 5}),
			okrugP("p1", map[string]int64{"c1": 8, election.AgainstAll: 6}),
			listP("p2", map[string]int64{"a": 1, "b": 20}),
			okrugP("p2", map[string]int64{"c2": 21}),
			listP("p3", map[string]int64{"a": 3, "b": 3}),
			okrugP("p3", map[string]int64{"c3": 6}),
			listP("p4", map[string]int64{"a": 100}),
			listP("x1", map[string]int64{"a": 2, "b": 9}),
			listP("nowhere", map[string]int64{"b": 1000}),
			func() election.Protocol {
				p := listP("p1", map[string]int64{"a": 99999})
				p.Machine = true
				return p
			}(),
		},
	}
}

func totals(protocols int, invalid, valid int64, votes map[string]int64) Totals {
	return Totals{Lines: map[election.Line]int64{election.Invalid: invalid, election.Valid: valid},
		Votes: votes, Preferences: map[string]int64{}, Protocols: protocols}
}

func TestSum(t *testing.T) {
	res, err := Sum(smallElection())
	require.NoError(t, err)
	l := res.List
	assert.Equal(t, totals(6, 6, 1153, map[string]int64{"a": 116, "b": 1037}), l.Nation)
	assert.Equal(t, totals(1, 1, 11, map[string]int64{"a": 2, "b": 9}), l.Abroad)
	assert.Equal(t, totals(1, 1, 1000, map[string]int64{"b": 1000}), l.Unplaced)
	assert.Equal(t, map[string]*Totals{
		"r1": ptr(totals(2, 2, 36, map[string]int64{"a": 11, "b": 25})),
		"r2": ptr(totals(2, 2, 106, map[string]int64{"a": 103, "b": 3})),
	}, l.Regions)
	assert.Equal(t, map[string]*Totals{
		"o1": ptr(totals(1, 1, 15, map[string]int64{"a": 10, "b": 5})),
		"o2": ptr(totals(1, 1, 21, map[string]int64{"a": 1, "b": 20})),
		"o3": ptr(totals(1, 1, 6, map[string]int64{"a": 3, "b": 3})),
	}, l.Okrugs)

	o := res.Okrug
	assert.Equal(t, totals(3, 3, 41, map[string]int64{"c1": 8, "c2": 21, "c3": 6, election.AgainstAll: 6}), o.Nation)
	assert.Equal(t, NewTotals(), o.Abroad)
	assert.Equal(t, NewTotals(), o.Unplaced)
	assert.Equal(t, ptr(totals(1, 1, 21, map[string]int64{"c2": 21})), o.Okrugs["o2"])
	assert.Equal(t, int64(35), o.Regions["r1"].Lines[election.Valid])
}

func ptr[T any](v T) *T { return &v }

func TestSumWhere(t *testing.T) {
	e := smallElection()
	t.Run("nil keeps machine counts too", func(t *testing.T) {
		res, err := SumWhere(e, nil)
		require.NoError(t, err)
		assert.Equal(t, int64(116+99999), res.List.Nation.Votes["a"])
		assert.Equal(t, 7, res.List.Nation.Protocols)
	})
	t.Run("machine only", func(t *testing.T) {
		res, err := SumWhere(e, func(p *election.Protocol) bool { return p.Machine })
		require.NoError(t, err)
		assert.Equal(t, int64(99999), res.List.Nation.Votes["a"])
		assert.Equal(t, int64(99999), res.List.Okrugs["o1"].Votes["a"])
		assert.Equal(t, 0, res.Okrug.Nation.Protocols)
		assert.Equal(t, NewTotals(), *res.List.Regions["r2"], "a region without protocols is present and empty")
	})
}

func TestSumPlacement(t *testing.T) {
	p := listP("p", map[string]int64{"a": 1})
	tests := []struct {
		name                    string
		regions                 []election.Region
		okrugs                  []election.Okrug
		precincts               []election.Precinct
		region, okrug, unplaced bool
		abroad                  bool
	}{
		{"placed", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "r", Okrug: "o"}}, true, true, false, false},
		{"undefined precinct", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			nil, false, false, true, false},
		{"undefined region", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "q", Okrug: "o"}}, false, false, true, false},
		// The list ballot needs a region, not an okrug (a region's list
		// votes published apart from its okrugs' candidates).
		{"no okrug", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "r"}}, true, false, false, false},
		{"no okrug, undefined region", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "q"}}, false, false, true, false},
		{"no okrug, no region", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p"}}, false, false, true, false},
		{"undefined okrug", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "r", Okrug: "q"}}, false, false, true, false},
		{"no okrug, election without regions", nil, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p"}}, false, false, false, false},
		{"election without okrugs", []election.Region{{ID: "r"}}, nil,
			[]election.Precinct{{ID: "p", Region: "r"}}, true, false, false, false},
		{"election without regions", nil, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Okrug: "o"}}, false, true, false, false},
		{"abroad wins over a region", []election.Region{{ID: "r"}}, []election.Okrug{{ID: "o"}},
			[]election.Precinct{{ID: "p", Region: "r", Okrug: "o", Abroad: true}}, false, false, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := &election.Election{Regions: tc.regions, Okrugs: tc.okrugs, Precincts: tc.precincts,
				Protocols: []election.Protocol{p}}
			res, err := Sum(e)
			require.NoError(t, err)
			l := res.List
			assert.Equal(t, 1, l.Nation.Protocols)
			assert.Equal(t, tc.unplaced, l.Unplaced.Protocols == 1, "unplaced")
			assert.Equal(t, tc.abroad, l.Abroad.Protocols == 1, "abroad")
			if tc.regions != nil {
				assert.Equal(t, tc.region, l.Regions["r"].Protocols == 1, "region")
			}
			if tc.okrugs != nil {
				assert.Equal(t, tc.okrug, l.Okrugs["o"].Protocols == 1, "okrug")
			}
		})
	}
}

// TestSumOkrugBallotNeedsOkrug: the okrug ballot's protocol of a precinct
// that names no okrug is unplaced, where the list ballot's is placed in
// the precinct's region (TestSumPlacement, "no okrug").
func TestSumOkrugBallotNeedsOkrug(t *testing.T) {
	e := &election.Election{Regions: []election.Region{{ID: "r"}}, Okrugs: []election.Okrug{{ID: "o", Region: "r"}},
		Precincts: []election.Precinct{{ID: "p", Region: "r"}},
		Protocols: []election.Protocol{listP("p", map[string]int64{"a": 1}), okrugP("p", map[string]int64{"c": 2})}}
	res, err := Sum(e)
	require.NoError(t, err)
	assert.Equal(t, 1, res.List.Regions["r"].Protocols)
	assert.Equal(t, 0, res.List.Unplaced.Protocols)
	assert.Equal(t, 0, res.List.Okrugs["o"].Protocols)
	assert.Equal(t, 1, res.Okrug.Unplaced.Protocols)
	assert.Equal(t, 0, res.Okrug.Regions["r"].Protocols)
	assert.Equal(t, 0, res.Okrug.Okrugs["o"].Protocols)
}

func TestSumErrors(t *testing.T) {
	t.Run("nil election", func(t *testing.T) {
		_, err := Sum(nil)
		assert.ErrorIs(t, err, ErrNilElection)
	})
	t.Run("unknown ballot kind", func(t *testing.T) {
		e := smallElection()
		e.Protocols[3].Ballot = "senate"
		res, err := Sum(e)
		assert.ErrorIs(t, err, ErrBallotKind)
		var pe *ProtocolError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 3, pe.Index)
		assert.Equal(t, "p2", pe.Precinct)
		assert.Equal(t, Result{}, res)
	})
	t.Run("duplicate precinct", func(t *testing.T) {
		e := smallElection()
		e.Precincts = append(e.Precincts, election.Precinct{ID: "p1", Region: "r2"})
		_, err := Sum(e)
		assert.ErrorIs(t, err, ErrDuplicatePrecinct)
	})
	t.Run("overflow names protocol, scope and field", func(t *testing.T) {
		e := smallElection()
		e.Protocols[2].Votes["b"] = math.MaxInt64 - 5 // with p1's 5: exactly MaxInt64
		e.Protocols[2].Lines[election.Valid] = 10
		_, err := Sum(e)
		require.ErrorIs(t, err, exact.ErrOverflow)
		var pe *ProtocolError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 4, pe.Index, "the protocol after the one that took b to the edge")
		assert.Equal(t, ScopeNation, pe.Scope)
		var oe *OverflowError
		require.ErrorAs(t, err, &oe)
		assert.Equal(t, OverflowError{Precinct: "p3", Ballot: election.ListBallot, Field: "votes", Key: "b"}, *oe)
	})
	t.Run("overflow in a region only", func(t *testing.T) {
		// Negative figures can overflow a part without overflowing the whole.
		e := &election.Election{
			Regions:   []election.Region{{ID: "r"}, {ID: "s"}},
			Precincts: []election.Precinct{{ID: "p", Region: "r"}, {ID: "q", Region: "s"}},
			Protocols: []election.Protocol{
				{Precinct: "p", Ballot: election.ListBallot, Votes: map[string]int64{"a": math.MaxInt64}},
				{Precinct: "q", Ballot: election.ListBallot, Votes: map[string]int64{"a": -10}},
				{Precinct: "p", Ballot: election.ListBallot, Votes: map[string]int64{"a": 5}},
			},
		}
		_, err := Sum(e)
		var pe *ProtocolError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 2, pe.Index)
		assert.Equal(t, "region:r", pe.Scope)
		assert.ErrorIs(t, err, exact.ErrOverflow)
	})
	t.Run("overflow after small protocols", func(t *testing.T) {
		// The first two are summed by leaf (tierSum.split); the third,
		// too large for that, sums every scope with its check.
		e := &election.Election{
			Regions:   []election.Region{{ID: "r"}, {ID: "s"}},
			Precincts: []election.Precinct{{ID: "p", Region: "r"}, {ID: "q", Region: "s"}},
			Protocols: []election.Protocol{
				{Precinct: "q", Ballot: election.ListBallot, Votes: map[string]int64{"a": -10}},
				{Precinct: "p", Ballot: election.ListBallot, Votes: map[string]int64{"a": 5}},
				{Precinct: "p", Ballot: election.ListBallot, Votes: map[string]int64{"a": math.MaxInt64 - 4}},
			},
		}
		_, err := Sum(e)
		var pe *ProtocolError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 2, pe.Index)
		assert.Equal(t, "region:r", pe.Scope, "the nation's sum, MaxInt64-9, holds")
		assert.ErrorIs(t, err, exact.ErrOverflow)
		e.Protocols[2].Votes["a"] = math.MaxInt64 - 5
		res, err := Sum(e)
		require.NoError(t, err)
		assert.Equal(t, int64(math.MaxInt64-10), res.List.Nation.Votes["a"])
		assert.Equal(t, int64(math.MaxInt64), res.List.Regions["r"].Votes["a"])
		assert.Equal(t, int64(-10), res.List.Regions["s"].Votes["a"])
	})
}

func TestResultJSON(t *testing.T) {
	res, err := Sum(&election.Election{Regions: []election.Region{{ID: "r"}}})
	require.NoError(t, err)
	b, err := json.Marshal(res.List)
	require.NoError(t, err)
	empty := `{"lines":{},"votes":{},"preferences":{},"protocols":0}`
	assert.JSONEq(t, `{"nation":`+empty+`,"abroad":`+empty+`,"regions":{"r":`+empty+`},"okrugs":{},"unplaced":`+empty+`}`, string(b))
	assert.Contains(t, string(b), `"nation":{"lines":{},"votes":{},"preferences":{},"protocols":0}`, "empty maps are {}, not null")
}

// A ProtocolError of an overflow names the protocol, the scope and the
// figure once: not the precinct again, nor a second "tally:"; with no
// index (-1, a live count's protocol) it says none.
func TestProtocolErrorMessage(t *testing.T) {
	oe := &OverflowError{Precinct: "1002", Ballot: election.ListBallot, Field: "lines", Key: "found_stationary"}
	for _, c := range []struct {
		index int
		want  string
	}{
		{4, `tally: protocol 4 (precinct "1002", ballot "list"), nation: lines["found_stationary"]: exact: int64 overflow`},
		{-1, `tally: precinct "1002" (list ballot), nation: lines["found_stationary"]: exact: int64 overflow`},
	} {
		err := &ProtocolError{Index: c.index, Precinct: "1002", Ballot: election.ListBallot, Scope: ScopeNation, Err: oe}
		assert.Equal(t, c.want, err.Error())
	}
	// An error of another protocol than the one named keeps its own words.
	other := &ProtocolError{Index: -1, Precinct: "1", Ballot: election.ListBallot, Scope: ScopeNation, Err: &OverflowError{Field: "votes", Key: "a"}}
	assert.Equal(t, `tally: precinct "1" (list ballot), nation: tally: merge: votes["a"]: exact: int64 overflow`, other.Error())
}
