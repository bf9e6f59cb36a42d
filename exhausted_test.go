package shailoo_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// countExhausted counts examples/scotland2016 with Glasgow's "Ind" at
// 60,000 regional votes (testdata/exhausted, SYNTHETIC-EDITED), the
// definition and rule set changed by edit.
func countExhausted(t *testing.T, edit func(*election.Election, *shailoo.Rules)) (*shailoo.Result, error) {
	t.Helper()
	const dir = "examples/scotland2016/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"election.json"), "election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"rules.json"), "rules.json")
	require.NoError(t, err)
	edit(e, &r)
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{dir + "constituencies.csv", dir + "constituencies.mapping.json"}, {"testdata/exhausted/SYNTHETIC-EDITED-regions-ind60000.csv", dir + "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		files = append(files, shailoo.CSVInput{Name: f[0], R: mustOpen(t, f[0]), Mapping: m})
	}
	return shailoo.CountCSV(e, r, files, shailoo.Options{})
}

// indOfOne gives "Ind" its one candidate, on Glasgow's regional list.
func indOfOne(e *election.Election) {
	p, _ := e.Party("ind")
	p.Candidates = []election.Candidate{{ID: "ind-glasgow", Name: "Ind", Position: 1, Region: "Glasgow"}}
}

func glasgowOf(t *testing.T, res *shailoo.Result) shailoo.Constituency {
	t.Helper()
	i := slices.IndexFunc(res.Constituencies, func(k shailoo.Constituency) bool { return k.Region == "Glasgow" })
	require.GreaterOrEqual(t, i, 0)
	return res.Constituencies[i]
}

func exhaustIn(k shailoo.Constituency, id string) shailoo.ConstituencyList {
	for _, l := range k.Lists {
		if l.ID == id {
			return l
		}
	}
	return shailoo.ConstituencyList{}
}

func exhaustKind(res *shailoo.Result, kind string) bool {
	return slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == kind })
}

func TestExhaustedNotSaid(t *testing.T) {
	// Without a roster the count cannot know: Ind takes its 3 seats, as before.
	res, err := countExhausted(t, func(*election.Election, *shailoo.Rules) {})
	require.NoError(t, err)
	assert.Equal(t, 3, exhaustIn(glasgowOf(t, res), "ind").Seats)
	assert.False(t, exhaustKind(res, shailoo.UnevaluatedListExhausted))

	// With its one candidate and list.exhausted left out: never seated in silence.
	res, err = countExhausted(t, func(e *election.Election, _ *shailoo.Rules) { indOfOne(e) })
	require.NoError(t, err)
	ind := exhaustIn(glasgowOf(t, res), "ind")
	assert.Equal(t, shailoo.ConstituencyList{ID: "ind", Votes: 60000, Seats: 3, Exhausted: true, Vacant: 2}, ind)
	i := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedListExhausted })
	require.GreaterOrEqual(t, i, 0, "%+v", res.ProvisionalReasons)
	u := res.ProvisionalReasons[i]
	assert.Equal(t, []string{"ind (Glasgow): 3 > 1"}, u.Scope)
	assert.Equal(t, []string{"list@Glasgow"}, u.Affects)
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.HasPrefix(n, "Ind: seats won in Glasgow: 3; its candidates there: 1;")
	}), "%q", res.Notes)
	// The vacant seats are not filled.
	assert.Equal(t, 19, res.Seats.List)
	assert.Equal(t, 2, exhaustList(res, "ind").Vacant)
}

func exhaustList(res *shailoo.Result, id string) shailoo.List {
	for _, l := range res.Lists {
		if l.ID == id {
			return l
		}
	}
	return shailoo.List{}
}

func TestExhaustedVacant(t *testing.T) {
	res, err := countExhausted(t, func(e *election.Election, r *shailoo.Rules) {
		indOfOne(e)
		r.List.Exhausted = shailoo.ExhaustedVacant
	})
	require.NoError(t, err)
	assert.Equal(t, 2, exhaustIn(glasgowOf(t, res), "ind").Vacant)
	assert.False(t, exhaustKind(res, shailoo.UnevaluatedListExhausted))
	assert.Equal(t, 19, res.Seats.List)
}

func TestExhaustedNext(t *testing.T) {
	res, err := countExhausted(t, func(e *election.Election, r *shailoo.Rules) {
		indOfOne(e)
		r.List.Exhausted = shailoo.ExhaustedNext
	})
	require.NoError(t, err)
	k := glasgowOf(t, res)
	got := map[string]int{}
	for _, l := range k.Lists {
		if l.Seats > 0 {
			got[l.ID] = l.Seats
		}
	}
	// Ind 60,000 / 1; then the next quotients: Lab 59,151/1, /2, /3,
	// /4 (14,787.75) above Con's 29,533/2 (14,766.5).
	assert.Equal(t, map[string]int{"ind": 1, "lab": 4, "con": 1, "green": 1}, got)
	assert.True(t, exhaustIn(k, "ind").Exhausted)
	assert.Zero(t, exhaustIn(k, "ind").Vacant)
	assert.False(t, exhaustKind(res, shailoo.UnevaluatedListExhausted))
	assert.Equal(t, 21, res.Seats.List)
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool { return strings.HasPrefix(n, "Ind: its candidates in Glasgow are used up") }), "%q", res.Notes)
}

// A list candidate elected in an okrug (the same ID) takes no list seat
// (Scotland Act 1998, s. 8): Lothian's Labour list of two, one of them
// Daniel Johnson, elected in Edinburgh Southern, has one candidate left
// for the 2 seats its votes would give it.
func TestExhaustedOkrugWinner(t *testing.T) {
	res, err := countExhausted(t, func(e *election.Election, r *shailoo.Rules) {
		p, _ := e.Party("lab")
		p.Candidates = []election.Candidate{{ID: "daniel-johnson", Name: "Daniel Johnson", Position: 1, Region: "Lothian"}, {ID: "lab-lothian-2", Name: "Lab 2", Position: 2, Region: "Lothian"}}
		r.List.Exhausted = shailoo.ExhaustedNext
	})
	require.NoError(t, err)
	i := slices.IndexFunc(res.Constituencies, func(k shailoo.Constituency) bool { return k.Region == "Lothian" })
	l := exhaustIn(res.Constituencies[i], "lab")
	assert.Equal(t, 1, l.Seats)
	assert.True(t, l.Exhausted)
	// Glasgow's Lab has no candidate of its region: none of its 2 seats.
	assert.Equal(t, 0, exhaustIn(glasgowOf(t, res), "lab").Seats)
}

func TestExhaustedBadRegion(t *testing.T) {
	_, err := countExhausted(t, func(e *election.Election, _ *shailoo.Rules) {
		indOfOne(e)
		p, _ := e.Party("ind")
		p.Candidates[0].Region = "Glasgoww"
	})
	require.True(t, errors.Is(err, ingest.ErrBadValue), "%v", err)
}

func TestExhaustedRuleRefused(t *testing.T) {
	_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "x", "version": "1", "seats": {"list": 2},
		"threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
		"list": {"lists": "closed", "method": "dhondt", "exhausted": "skip"}}`), "r.json")
	var re *shailoo.RulesError
	require.True(t, errors.As(err, &re), "%v", err)
	assert.Equal(t, "list.exhausted", re.Field)
}

// In the nation (a parallel count of the same files, Lab 4 of the 21
// list seats): under "next" a Labour list of one keeps one seat; left out, a
// list seated from its roster keeps the seats its votes give and leaves
// those it cannot fill unfilled, as before the rule (the notes say so).
func TestExhaustedNation(t *testing.T) {
	nation := func(r *shailoo.Rules) {
		r.List.Constituency, r.List.SeatsByRegion, r.List.Compensate = "", nil, ""
	}
	res, err := countExhausted(t, func(e *election.Election, r *shailoo.Rules) {
		labOfOne(e)
		nation(r)
		r.List.Exhausted = shailoo.ExhaustedNext
	})
	require.NoError(t, err)
	assert.Equal(t, 1, exhaustList(res, "lab").Seats)
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool { return strings.HasPrefix(n, "Lab: its candidates are used up") }), "%q", res.Notes)

	res, err = countExhausted(t, func(e *election.Election, r *shailoo.Rules) {
		labOfOne(e)
		nation(r)
	})
	require.NoError(t, err)
	lab := exhaustList(res, "lab")
	assert.Greater(t, lab.Seats, 1)
	assert.Len(t, lab.Deputies, 1)
	assert.False(t, exhaustKind(res, shailoo.UnevaluatedListExhausted))
}

func labOfOne(e *election.Election) {
	p, _ := e.Party("lab")
	p.Candidates = []election.Candidate{{ID: "lab-1", Name: "Lab 1", Position: 1, Sex: election.Male}}
}
