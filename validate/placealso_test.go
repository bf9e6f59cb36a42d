package validate_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// A place of two files' rows (a protocol joined from parts) says both,
// the first file's with its column, in every language and in JSON.
func TestPlaceAlso(t *testing.T) {
	p := validate.Place{Level: validate.LevelPrecinct, Precinct: "11", Ballot: election.OkrugBallot,
		File: "cand.csv", Row: 2, LastRow: 88, Also: validate.Rows{File: "ref.csv", Row: 2}}
	for lang, want := range map[string]string{
		"en": "file cand.csv, rows 2-88, file ref.csv, row 2, precinct 11, okrug ballot, manual count",
		"ru": "файл cand.csv, строки 2-88, файл ref.csv, строка 2, участок 11, бюллетень по одномандатному округу, ручной подсчёт",
	} {
		if got := p.In(lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"level":"precinct","precinct":"11","ballot":"okrug","file":"cand.csv","row":2,"last_row":88,"also":{"file":"ref.csv","row":2}}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	p.Also = validate.Rows{}
	if b, _ := json.Marshal(p); string(b) != `{"level":"precinct","precinct":"11","ballot":"okrug","file":"cand.csv","row":2,"last_row":88}` {
		t.Errorf("JSON without a second file: %s", b)
	}
}

// Terms gives the figures of a control relation: its lines and whether
// the votes are one of them; a code of no relation is not one.
func TestTerms(t *testing.T) {
	r := validate.Rules{AddRelations: []validate.Relation{{Code: "F1", Severity: validate.Error, Left: []string{"votes"}, Op: "<=", Right: []string{"2*valid"}}}}
	for _, c := range []struct {
		code  validate.Code
		lines []election.Line
		votes bool
		ok    bool
	}{
		{validate.FoundBalance, []election.Line{election.FoundMobile, election.FoundStationary, election.Invalid, election.Valid}, false, true},
		{validate.ValidBalance, []election.Line{election.Valid}, true, true},
		{validate.ReceivedBalance, []election.Line{election.Received, election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly, election.Cancelled, election.Lost, election.Unaccounted}, false, true},
		{validate.VotesOverFound, []election.Line{election.FoundMobile, election.FoundStationary, election.Invalid}, true, true},
		{validate.VotesOverVoters, []election.Line{election.Voters, election.Invalid}, true, true},
		{"F1", []election.Line{election.Valid}, true, true},
		{"F2", nil, false, false},
		{validate.Negative, nil, false, false},
		{validate.MissingVotes, nil, false, false},
	} {
		lines, votes, ok := r.Terms(c.code)
		if !slices.Equal(lines, c.lines) || votes != c.votes || ok != c.ok {
			t.Errorf("%s: %v %v %v, want %v %v %v", c.code, lines, votes, ok, c.lines, c.votes, c.ok)
		}
	}
}
