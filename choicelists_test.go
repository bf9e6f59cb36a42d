package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/words"
)

// countScotlandLists counts examples/scotland2016 with the definition
// election.regions.json (its regions, parties and the okrug seats of
// Mid Scotland and Fife: no okrugs, no candidates) or none (def nil), the
// okrugs and their candidates' lists learnt from constituencies.csv under
// constituencies.lists.mapping.json (choice_list_column), edited by
// editMapping and editCSV when not nil.
func countScotlandLists(t *testing.T, def *election.Election, r shailoo.Rules, o shailoo.Options, editMapping func(*ingest.Mapping), editCSV func(string) string) (*shailoo.Result, error) {
	t.Helper()
	const dir = "examples/scotland2016/"
	var files []shailoo.CSVInput
	var ms []ingest.Mapping
	for _, f := range [][2]string{{"constituencies.csv", "constituencies.lists.mapping.json"}, {"regions.csv", "regions.mapping.json"}} {
		m, err := ingest.ReadMappingFor(mustOpen(t, dir+f[1]), f[1], r.Protocol.Known)
		require.NoError(t, err)
		b, err := os.ReadFile(dir + f[0])
		require.NoError(t, err)
		text := string(b)
		if f[0] == "constituencies.csv" {
			if editMapping != nil {
				editMapping(&m)
			}
			if editCSV != nil {
				text = editCSV(text)
			}
		}
		ms = append(ms, m)
		files = append(files, shailoo.CSVInput{Name: f[0], R: strings.NewReader(text), Mapping: m})
	}
	if def == nil { // as the CLI infers it: the okrugs' from the first, the parties from the list mapping
		var err error
		def, _, err = ingest.Define(ms[0], "constituencies.lists.mapping.json")
		require.NoError(t, err)
		d, _, err := ingest.Define(ms[1], "regions.mapping.json")
		require.NoError(t, err)
		def.Parties, def.Ballots.List = d.Parties, d.Ballots.List
	}
	return shailoo.CountCSV(def, r, files, o)
}

func scotlandRules(t *testing.T) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "examples/scotland2016/rules.json"), "rules.json")
	require.NoError(t, err)
	return r
}

func scotlandRegions(t *testing.T) *election.Election {
	t.Helper()
	e, err := ingest.ReadElection(mustOpen(t, "examples/scotland2016/election.regions.json"), "election.regions.json")
	require.NoError(t, err)
	require.Empty(t, e.Okrugs)
	return e
}

// The feed's top-up seats of 2016 without the definition's candidates:
// each okrug candidate's list is the party cell of its row
// (choice_list_column), TUSC's and the independents' none (list_values).
// Streamed, and read whole (SkipBadRows).
func TestChoiceListsScotland2016(t *testing.T) {
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		res, err := countScotlandLists(t, scotlandRegions(t), scotlandRules(t), o, nil, nil)
		require.NoError(t, err)
		assert.Equal(t, map[string]map[string]int{
			"Glasgow":             {"lab": 4, "con": 2, "green": 1},
			"Lothian":             {"con": 3, "lab": 2, "green": 2},
			"Scotland Mid & Fife": {"con": 4, "lab": 2, "green": 1},
		}, regionSeats(res), "SkipBadRows %v", o.SkipBadRows)
		assert.Equal(t, shailoo.ConstituencyList{ID: "snp", Votes: 111101, OkrugSeats: 9}, res.Constituencies[0].Lists[0])
	}
}

// Without any definition, Mid Scotland and Fife's constituency seats are
// not given (its okrugs are not in the files): Glasgow's and Lothian's
// top-ups are still the feed's.
func TestChoiceListsScotland2016NoDefinition(t *testing.T) {
	res, err := countScotlandLists(t, nil, scotlandRules(t), shailoo.Options{}, nil, nil)
	require.NoError(t, err)
	got := regionSeats(res)
	assert.Equal(t, map[string]int{"lab": 4, "con": 2, "green": 1}, got["Glasgow"])
	assert.Equal(t, map[string]int{"con": 3, "lab": 2, "green": 2}, got["Lothian"])
}

// A party cell that is no party of the election is refused, naming its
// file, line and column; under a rule set that does not compensate, a
// note says which candidates carry no list.
func TestChoiceListsUnmatched(t *testing.T) {
	noTUSC := func(m *ingest.Mapping) { delete(m.ListValues, "TUSC") }
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		_, err := countScotlandLists(t, scotlandRegions(t), scotlandRules(t), o, noTUSC, nil)
		var pe *ingest.ParseError
		require.ErrorAs(t, err, &pe)
		assert.True(t, errors.Is(err, ingest.ErrBadValue))
		assert.Equal(t, [4]any{"constituencies.csv", 10, 3, "choice_list_column"}, [4]any{pe.File, pe.Line, pe.Column, pe.Field})
	}

	r := scotlandRules(t)
	r.List.Compensate = ""
	res, err := countScotlandLists(t, scotlandRegions(t), r, shailoo.Options{}, noTUSC, nil)
	require.NoError(t, err)
	var note string
	for _, n := range res.Notes {
		if words.NoteKey(n) == "note.choice_lists_unmatched" {
			note = n
		}
	}
	assert.Contains(t, note, `brian-smith of Glasgow Cathcart ("TUSC", constituencies.csv line 10)`)
}

// A list_values entry that names no party is the mapping's error.
func TestChoiceListsValueNotParty(t *testing.T) {
	_, err := countScotlandLists(t, scotlandRegions(t), scotlandRules(t), shailoo.Options{}, func(m *ingest.Mapping) { m.ListValues["TUSC"] = "tusc" }, nil)
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, ingest.ErrMapping)
	assert.Equal(t, "list_values.TUSC", pe.Field)
}

// One candidate under two parties in two precincts of one okrug is
// refused at the second row (SYNTHETIC).
func TestChoiceListsTwoParties(t *testing.T) {
	const csv = "region,okrug,precinct,party,candidate,votes\n" +
		"A,One,p1,X,Ann,10\n" +
		"A,One,p1,Y,Bob,5\n" +
		"A,One,p2,Z,Ann,3\n"
	m := ingest.Mapping{Shape: "long", Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Okrug: &ingest.Column{Header: "okrug"},
		Ballot: "okrug", ChoiceColumn: &ingest.Column{Header: "candidate"}, VotesColumn: &ingest.Column{Header: "votes"},
		ChoiceValues: map[string]string{"Ann": "ann", "Bob": "bob"}, ChoiceListColumn: &ingest.Column{Header: "party"}}
	require.NoError(t, m.Validate())
	r, err := shailoo.ReadRules(mustOpen(t, "examples/fptp/rules.json"), "rules.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "one.mapping.json")
	require.NoError(t, err)
	files := func() []shailoo.CSVInput {
		return []shailoo.CSVInput{{Name: "one.csv", R: strings.NewReader(csv), Mapping: m}}
	}
	// Merged with no rule set, whose seats may depend on the lists.
	_, _, err = shailoo.MergeCSV(def, files(), shailoo.Options{})
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, ingest.ErrConflict)
	assert.Equal(t, [4]any{"one.csv", 4, 4, "choice_list_column"}, [4]any{pe.File, pe.Line, pe.Column, pe.Field})
	// Under first past the post no seat depends on a list: a note.
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		res, err := shailoo.CountCSV(def, r, files(), o)
		require.NoError(t, err)
		assert.Contains(t, res.Notes, words.Say("en", "note.choice_lists_no_parties", nil))
	}
	// With a party list of the election, the candidate given two is
	// named.
	def.Parties = []election.Party{{ID: "x", Name: "X"}, {ID: "y", Name: "Y"}, {ID: "z", Name: "Z"}}
	r.Seats.List = 0
	res, err := shailoo.CountCSV(def, r, files(), shailoo.Options{})
	require.NoError(t, err)
	assert.Contains(t, res.Notes, words.Say("en", "note.choice_lists_unmatched", words.Args{"n": "1", "candidates": `ann of One ("X", one.csv line 2, and another party on line 4)`}))
}

// A definition that lists the okrugs gives its candidates' lists: the
// column is not read, and a note says so.
func TestChoiceListsDefinitionOkrugs(t *testing.T) {
	e, err := ingest.ReadElection(mustOpen(t, "examples/scotland2016/election.json"), "election.json")
	require.NoError(t, err)
	res, err := countScotlandLists(t, e, scotlandRules(t), shailoo.Options{}, nil, nil)
	require.NoError(t, err)
	assert.Contains(t, res.Notes, words.Say("en", "note.choice_list_column_unread", words.Args{"file": "constituencies.csv"}))
}
