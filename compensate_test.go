package shailoo_test

import (
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// countScotland counts examples/scotland2016 (its README gives the
// source: the Guardian's press feed of 2016, preliminary), the
// definition and rule set changed by edit and the constituency file by
// editCSV (nil: as it is).
func countScotland(t *testing.T, edit func(*election.Election, *shailoo.Rules), editCSV func(string) string) *shailoo.Result {
	t.Helper()
	const dir = "examples/scotland2016/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"election.json"), "election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"rules.json"), "rules.json")
	require.NoError(t, err)
	if edit != nil {
		edit(e, &r)
	}
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{"constituencies.csv", "constituencies.mapping.json"}, {"regions.csv", "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, dir+f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		var rd io.Reader = mustOpen(t, dir+f[0])
		if editCSV != nil && f[0] == "constituencies.csv" {
			b, err := os.ReadFile(dir + f[0])
			require.NoError(t, err)
			rd = strings.NewReader(editCSV(string(b)))
		}
		files = append(files, shailoo.CSVInput{Name: f[0], R: rd, Mapping: m})
	}
	res, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
	require.NoError(t, err)
	return res
}

// regionSeats is each constituency's list seats, the lists with none left out.
func regionSeats(res *shailoo.Result) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, k := range res.Constituencies {
		out[k.Region] = map[string]int{}
		for _, l := range k.Lists {
			if l.Seats > 0 {
				out[k.Region][l.ID] = l.Seats
			}
		}
	}
	return out
}

// The regional seats of 2016 as the feed publishes them: each region's 7
// by d'Hondt after the constituency seats won there (SNP: Glasgow 9 of 9,
// Lothian 6 of 9, Mid Scotland and Fife 8 of 9, given by the definition).
func TestCompensateScotland2016(t *testing.T) {
	res := countScotland(t, nil, nil)
	assert.Equal(t, map[string]map[string]int{
		"Glasgow":             {"lab": 4, "con": 2, "green": 1},
		"Lothian":             {"con": 3, "lab": 2, "green": 2},
		"Scotland Mid & Fife": {"con": 4, "lab": 2, "green": 1},
	}, regionSeats(res))
	glasgow, lothian, fife := res.Constituencies[0], res.Constituencies[1], res.Constituencies[2]
	assert.Equal(t, shailoo.CompensateOkrugSeats, glasgow.Compensate)
	assert.Equal(t, shailoo.ConstituencyList{ID: "snp", Votes: 111101, OkrugSeats: 9}, glasgow.Lists[0])
	assert.Equal(t, shailoo.ConstituencyList{ID: "lab", Votes: 67991, Seats: 2, OkrugSeats: 1}, lothian.Lists[1])
	assert.True(t, fife.OkrugSeatsGiven)
	assert.False(t, lothian.OkrugSeatsGiven)
	require.NotNil(t, lothian.Price)
	assert.Equal(t, []seats.Quotient{{ID: "lab", Seat: 3, Value: "67991/4", Decimal: "16997.75", Held: 1, Votes: 67991, Divisor: "4"}}, lothian.Price.Next)
	for _, l := range res.Lists {
		if l.ID == "snp" {
			assert.Zero(t, l.Seats)
		}
	}
	var held int
	for _, s := range res.Steps {
		if s.Kind == "held" && s.Subject == "snp" && s.Seats == 9 {
			held++
		}
	}
	assert.Equal(t, 1, held, "Glasgow's SNP holds 9: one held step")
}

// Without compensation (the tiers parallel), SNP takes list seats: the
// rule the tester could write before list.compensate.
func TestCompensateLeftOutIsParallel(t *testing.T) {
	res := countScotland(t, func(_ *election.Election, r *shailoo.Rules) { r.List.Compensate = "" }, nil)
	assert.Equal(t, 4, regionSeats(res)["Glasgow"]["snp"])
	assert.Empty(t, res.Constituencies[0].Compensate)
}

// With no okrug seats won by a list (every candidate independent,
// no_list, and the region's seats given as none, "okrug_seats": {}), the
// compensating allocation is plain d'Hondt.
func TestCompensateNoOkrugSeatsIsPlain(t *testing.T) {
	noLists := func(e *election.Election) {
		for i := range e.Okrugs {
			for j := range e.Okrugs[i].Candidates {
				e.Okrugs[i].Candidates[j].List, e.Okrugs[i].Candidates[j].NoList = "", true
			}
		}
		for i := range e.Regions {
			if e.Regions[i].OkrugSeats != nil {
				e.Regions[i].OkrugSeats = map[string]int{}
			}
		}
	}
	comp := countScotland(t, func(e *election.Election, _ *shailoo.Rules) { noLists(e) }, nil)
	plain := countScotland(t, func(e *election.Election, r *shailoo.Rules) { noLists(e); r.List.Compensate = "" }, nil)
	assert.Equal(t, regionSeats(plain), regionSeats(comp))
	assert.Contains(t, comp.Notes, words.Say("en", "note.compensate_no_lists", nil))
	assert.NotContains(t, plain.Notes, words.Say("en", "note.compensate_no_lists", nil))
	assert.Nil(t, reasonOf(comp, shailoo.UnevaluatedCompensationNoList), "independents, as the definition says")
}

// An okrug not decided (candidates tied for first, awaiting lots) leaves
// its region's list seats not evaluated, the okrug named; the other
// regions are apportioned. SYNTHETIC-EDITED: Glasgow Kelvin's SNP figure
// is set to the Green candidate's, 6916.
func TestCompensateOkrugTieLeavesRegionOpen(t *testing.T) {
	res := countScotland(t, nil, func(s string) string {
		return strings.Replace(s, "Sandra White,10964", "Sandra White,6916", 1)
	})
	glasgow := res.Constituencies[0]
	assert.Contains(t, glasgow.NotEvaluated, "Glasgow Kelvin (tie)")
	assert.Equal(t, []string{"Glasgow Kelvin (tie)"}, glasgow.OkrugsNotDecided)
	assert.Empty(t, res.Constituencies[1].NotEvaluated)
	assert.True(t, res.Provisional)
	var found bool
	for _, u := range res.ProvisionalReasons {
		assert.NotEqual(t, shailoo.UnevaluatedConstituency, u.Kind)
		if u.Kind == shailoo.UnevaluatedCompensationOpen {
			found = true
			assert.Equal(t, []string{"list@Glasgow"}, u.Affects)
			assert.Equal(t, []string{"Glasgow Kelvin (tie)"}, u.Scope)
		}
	}
	assert.True(t, found)
}

// An okrug decided on a partial count (a precinct of it without a
// protocol) makes its region's compensating list seats provisional,
// named; the other regions' are not said to rest on it.
func TestCompensateProvisionalOkrug(t *testing.T) {
	res := countScotland(t, func(e *election.Election, _ *shailoo.Rules) {
		e.Precincts = append(e.Precincts, election.Precinct{ID: "Kelvin 2", Region: "Glasgow", Okrug: "Glasgow Kelvin"})
	}, nil)
	var u *shailoo.Unevaluated
	for i := range res.ProvisionalReasons {
		if res.ProvisionalReasons[i].Kind == shailoo.UnevaluatedCompensation {
			u = &res.ProvisionalReasons[i]
		}
	}
	require.NotNil(t, u, "%+v", res.ProvisionalReasons)
	assert.Equal(t, []string{"Glasgow Kelvin"}, u.Scope)
	assert.Equal(t, []string{"list@Glasgow"}, u.Affects)
	assert.True(t, res.Provisional)
}

// A region that gives its okrug seats cannot also have okrugs.
func TestCompensateGivenSeatsWithOkrugs(t *testing.T) {
	const dir = "examples/scotland2016/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"election.json"), "election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"rules.json"), "rules.json")
	require.NoError(t, err)
	e.Regions[0].OkrugSeats = map[string]int{"snp": 9}
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{"constituencies.csv", "constituencies.mapping.json"}, {"regions.csv", "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, dir+f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		files = append(files, shailoo.CSVInput{Name: f[0], R: mustOpen(t, dir+f[0]), Mapping: m})
	}
	_, err = shailoo.CountCSV(e, r, files, shailoo.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "okrug_seats")
}

// list.compensate is refused where it cannot mean what it says.
func TestCompensateRefused(t *testing.T) {
	r, err := shailoo.ReadRules(mustOpen(t, "examples/scotland2016/rules.json"), "rules.json")
	require.NoError(t, err)
	require.NoError(t, r.Validate())
	for name, edit := range map[string]func(*shailoo.Rules){
		"unknown":           func(r *shailoo.Rules) { r.List.Compensate = "okrug" },
		"nation":            func(r *shailoo.Rules) { r.List.Constituency, r.List.SeatsByRegion = "", nil },
		"largest remainder": func(r *shailoo.Rules) { r.List.Method = seats.Hare },
		"no okrug seats":    func(r *shailoo.Rules) { r.Seats.OkrugEach = false },
	} {
		x := r
		edit(&x)
		err := x.Validate()
		var re *shailoo.RulesError
		if assert.True(t, errors.As(err, &re), "%s: %v", name, err) {
			assert.Equal(t, "list.compensate", re.Field, name)
		}
	}
}

// A candidate's list that names no party is an error naming the
// candidate and the value, not a seat counted against no list.
// SYNTHETIC-EDITED: every "list": "snp" of the definition made "SNP" (a
// party's name, not its ID), or a list given with no_list.
func TestCompensateListNotAParty(t *testing.T) {
	for name, edit := range map[string]func(*election.Candidate){
		"name not ID": func(c *election.Candidate) {
			if c.List == "snp" {
				c.List = "SNP"
			}
		},
		"list and no_list": func(c *election.Candidate) {
			if c.ID == "bill-kidd" {
				c.NoList = true
			}
		},
	} {
		e, r, files := scotlandInputs(t)
		for i := range e.Okrugs {
			for j := range e.Okrugs[i].Candidates {
				edit(&e.Okrugs[i].Candidates[j])
			}
		}
		_, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, ingest.ErrBadValue), "%s: %v", name, err)
		assert.Contains(t, err.Error(), "bill-kidd", name)
		if name == "name not ID" {
			assert.Contains(t, err.Error(), `"SNP"`)
		}
	}
	// Under a rule set that does not compensate no seat depends on it.
	e, r, files := scotlandInputs(t)
	e.Okrugs[0].Candidates[0].List = "SNP"
	r.List.Compensate = ""
	_, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
	require.NoError(t, err)
}

// scotlandInputs reads examples/scotland2016 (preliminary: a press feed)
// for CountCSV.
func scotlandInputs(t *testing.T) (*election.Election, shailoo.Rules, []shailoo.CSVInput) {
	t.Helper()
	const dir = "examples/scotland2016/"
	e, err := ingest.ReadElection(mustOpen(t, dir+"election.json"), "election.json")
	require.NoError(t, err)
	r, err := shailoo.ReadRules(mustOpen(t, dir+"rules.json"), "rules.json")
	require.NoError(t, err)
	var files []shailoo.CSVInput
	for _, f := range [][2]string{{"constituencies.csv", "constituencies.mapping.json"}, {"regions.csv", "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, dir+f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		files = append(files, shailoo.CSVInput{Name: f[0], R: mustOpen(t, dir+f[0]), Mapping: m})
	}
	return e, r, files
}

// A winner with no list whom the definition does not say carries none
// may be data missing: the seat is counted against no list, the winners
// are named, and the region's list seats are provisional. Marked
// no_list (an independent, Scotland Act 1998 s. 8), the seat counts
// against no list, named in a note, and nothing rests on it.
// SYNTHETIC-EDITED: the Glasgow candidates' lists deleted.
func TestCompensateWinnerWithoutList(t *testing.T) {
	glasgow := func(noList bool) func(*election.Election, *shailoo.Rules) {
		return func(e *election.Election, _ *shailoo.Rules) {
			for i := range e.Okrugs {
				if e.Okrugs[i].Region != "Glasgow" {
					continue
				}
				for j := range e.Okrugs[i].Candidates {
					e.Okrugs[i].Candidates[j].List, e.Okrugs[i].Candidates[j].NoList = "", noList
				}
			}
		}
	}
	res := countScotland(t, glasgow(false), nil)
	assert.Equal(t, 4, regionSeats(res)["Glasgow"]["snp"], "no okrug seat counted against SNP")
	u := reasonOf(res, shailoo.UnevaluatedCompensationNoList)
	require.NotNil(t, u, "%+v", res.ProvisionalReasons)
	assert.Equal(t, []string{"list@Glasgow"}, u.Affects)
	assert.Len(t, u.Scope, 9)
	assert.Contains(t, u.Scope, "sandra-white (Glasgow Kelvin)")
	assert.True(t, res.Provisional)
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return words.NoteKey(n) == "note.compensate_winners_list_unknown" && strings.Contains(n, "bill-kidd (Glasgow Anniesland)")
	}), "%q", res.Notes)

	res = countScotland(t, glasgow(true), nil)
	assert.Equal(t, 4, regionSeats(res)["Glasgow"]["snp"])
	assert.Nil(t, reasonOf(res, shailoo.UnevaluatedCompensationNoList))
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return words.NoteKey(n) == "note.compensate_winners_no_list" && strings.Contains(n, "bill-kidd (Glasgow Anniesland)")
	}), "%q", res.Notes)
}

// A region with list seats but no okrug and no okrug_seats has its okrug
// seats unknown: not apportioned, named, not compensating for 0. Given
// empty ("okrug_seats": {}), none was won. SYNTHETIC-EDITED: Mid Scotland
// and Fife's okrug_seats left out, or given empty.
func TestCompensateRegionOkrugsUnknown(t *testing.T) {
	res := countScotland(t, func(e *election.Election, _ *shailoo.Rules) { e.Regions[2].OkrugSeats = nil }, nil)
	fife := res.Constituencies[2]
	assert.True(t, fife.OkrugsUnknown)
	assert.NotEmpty(t, fife.NotEvaluated)
	assert.Empty(t, regionSeats(res)["Scotland Mid & Fife"])
	u := reasonOf(res, shailoo.UnevaluatedCompensationUnknown)
	require.NotNil(t, u, "%+v", res.ProvisionalReasons)
	assert.Equal(t, []string{"Scotland Mid & Fife"}, u.Scope)
	assert.Equal(t, []string{"list@Scotland Mid & Fife"}, u.Affects)
	assert.Nil(t, reasonOf(res, shailoo.UnevaluatedConstituency), "said once, by its own kind")
	assert.True(t, res.Provisional)

	res = countScotland(t, func(e *election.Election, _ *shailoo.Rules) { e.Regions[2].OkrugSeats = map[string]int{} }, nil)
	assert.Equal(t, map[string]int{"snp": 4, "con": 2, "lab": 1}, regionSeats(res)["Scotland Mid & Fife"])
	assert.Nil(t, reasonOf(res, shailoo.UnevaluatedCompensationUnknown))
	assert.True(t, res.Constituencies[2].OkrugSeatsGiven)
}

// The definition's "okrug_seats": {} is told apart from the field left
// out. testdata/compensate (SYNTHETIC-EDITED): R2 has list seats and no
// okrug; given empty, its 2 seats go to A by plain d'Hondt; left out,
// they are not apportioned.
func TestCompensateOkrugSeatsEmptyGiven(t *testing.T) {
	const dir = "testdata/compensate/SYNTHETIC-EDITED-"
	b, err := os.ReadFile(dir + "election.json")
	require.NoError(t, err)
	for _, given := range []bool{true, false} {
		text := string(b)
		if !given {
			text = strings.Replace(text, `,"okrug_seats":{}`, "", 1)
		}
		e, err := ingest.ReadElection(strings.NewReader(text), "election.json")
		require.NoError(t, err)
		assert.Equal(t, given, e.Regions[1].OkrugSeats != nil)
		r, err := shailoo.ReadRules(mustOpen(t, dir+"rules.json"), "rules.json")
		require.NoError(t, err)
		var files []shailoo.CSVInput
		for _, f := range []string{"okrugs", "lists"} {
			m, err := ingest.ReadMappingFor(mustOpen(t, dir+f+".mapping.json"), f+".mapping.json", r.Protocol.Known)
			require.NoError(t, err)
			files = append(files, shailoo.CSVInput{Name: f + ".csv", R: mustOpen(t, dir+f+".csv"), Mapping: m})
		}
		res, err := shailoo.CountCSV(e, r, files, shailoo.Options{})
		require.NoError(t, err)
		if given {
			assert.Equal(t, map[string]int{"A": 2}, regionSeats(res)["R2"])
			assert.False(t, res.Provisional, "%+v", res.ProvisionalReasons)
		} else {
			assert.Empty(t, regionSeats(res)["R2"])
			assert.NotNil(t, reasonOf(res, shailoo.UnevaluatedCompensationUnknown))
			assert.True(t, res.Provisional)
		}
		assert.Equal(t, map[string]int{"A": 1, "B": 1}, regionSeats(res)["R1"])
	}
}

// Okrugs learnt from a long file: a winner whose party cell says he
// carries no list (list_values "Ind": "") counts against no list, named
// in a note, nothing provisional on it; without choice_list_column the
// file says no winner's list, and the list seats are provisional.
// SYNTHETIC-EDITED: Glasgow Kelvin's independent given 19800 votes (the
// feed: 198), so that he wins.
func TestCompensateLearntWinnerWithoutList(t *testing.T) {
	indWins := func(s string) string {
		return strings.Replace(s, "Ind,Tom Muirhead,198", "Ind,Tom Muirhead,19800", 1)
	}
	res, err := countScotlandLists(t, scotlandRegions(t), scotlandRules(t), shailoo.Options{}, nil, indWins)
	require.NoError(t, err)
	assert.Nil(t, reasonOf(res, shailoo.UnevaluatedCompensationNoList), "%+v", res.ProvisionalReasons)
	assert.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return words.NoteKey(n) == "note.compensate_winners_no_list" && strings.Contains(n, "(Glasgow Kelvin)")
	}), "%q", res.Notes)
	assert.Equal(t, 8, res.Constituencies[0].Lists[0].OkrugSeats, "Glasgow's SNP: 8 of 9")

	res, err = countScotlandLists(t, scotlandRegions(t), scotlandRules(t), shailoo.Options{}, func(m *ingest.Mapping) { m.ChoiceListColumn, m.ListValues = nil, nil }, nil)
	require.NoError(t, err)
	u := reasonOf(res, shailoo.UnevaluatedCompensationNoList)
	require.NotNil(t, u, "%+v", res.ProvisionalReasons)
	assert.Equal(t, []string{"list@Glasgow", "list@Lothian"}, u.Affects)
	assert.Len(t, u.Scope, 18)
}
