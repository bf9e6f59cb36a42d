package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A mapping of both ballots (a ballot column) reads a choice's column on
// the okrug rows too: where the definition makes the list ballot's blank
// votes also a candidate of an okrug not marked blank, that candidate
// would be the blank votes and could be elected. The mapping is refused,
// naming the field; marked blank on the okrug too, it is the okrug
// ballot's blank votes (election.Candidate.Blank) and is taken.
func TestBlankVotesOkrugCandidateBothBallots(t *testing.T) {
	m := Mapping{
		Precinct:     Column{Header: "precinct"},
		Okrug:        &Column{Header: "okrug"},
		BallotColumn: &Column{Header: "kind"},
		BallotValues: map[string]string{"L": "list", "O": "okrug"},
		Lines:        map[election.Line]Column{election.Valid: {Header: "valid"}},
		Votes:        map[string]Column{"a": {Header: "a"}, "b": {Header: "b"}, "blank": {Header: "blank"}},
		BlankVotes:   []string{"blank"},
	}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	no := false
	def := func(okrugBlank bool, marked ...bool) *election.Election {
		cands := []election.Candidate{{ID: "a", Name: "A", Position: 1}, {ID: "b", Name: "B", Position: 2}}
		if okrugBlank {
			cands = append(cands, election.Candidate{ID: "blank", Name: "blank", Position: 3, Blank: len(marked) > 0 && marked[0]})
		}
		e := &election.Election{ID: "t", Name: "t",
			Okrugs:  []election.Okrug{{ID: "K1", Name: "K1", Candidates: cands}},
			Parties: []election.Party{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "blank", Name: "blank", Blank: true}},
		}
		e.Ballots.List.AgainstAll, e.Ballots.Okrug.AgainstAll = &no, &no
		return e
	}
	err := CheckChoices(m, def(true), "m.json")
	if !errors.Is(err, ErrChoices) || !strings.Contains(err.Error(), `blank_votes[0]: "blank" is the blank votes in the mapping, but the definition's okrug candidate "blank" is not`) {
		t.Errorf("blank votes a candidate of an okrug, both ballots mapped: %v, want blank_votes[0] refused", err)
	}
	if err := CheckChoices(m, def(true, true), "m.json"); err != nil {
		t.Errorf("blank votes of both ballots, marked on both: %v", err)
	}
	if err := CheckChoices(m, def(false), "m.json"); err != nil {
		t.Errorf("blank votes of the list ballot only: %v", err)
	}
	// A mapping of the list ballot alone does not read the okrug rows.
	m.BallotColumn, m.BallotValues, m.Ballot = nil, nil, string(election.ListBallot)
	if err := CheckChoices(m, def(true), "m.json"); err != nil {
		t.Errorf("a mapping of the list ballot: %v", err)
	}
}
