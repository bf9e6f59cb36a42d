package loader

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// A cast-vote record holds one choice a ballot, and reads several marks
// ("a|b") as an invalid ballot: under a rule set whose ballot carries
// several votes (protocol.ballots.<ballot>.votes_per_ballot, a block
// vote), each ballot that uses them would be counted invalid, its votes
// lost without a word. The records of such a ballot are an error naming
// the file, the line and the field.
func TestCVRBallotOfSeveralVotes(t *testing.T) {
	const def = `{"id": "d", "name": "d", "date": "2022-02-13",
  "regions": [{"id": "r", "name": "R"}],
  "okrugs": [{"id": "1", "name": "D", "region": "r", "candidates": [{"id": "a", "name": "A", "position": 1, "sex": "M"}, {"id": "b", "name": "B", "position": 2, "sex": "F"}, {"id": "c", "name": "C", "position": 3, "sex": "F"}]}],
  "ballots": {"okrug": {"against_all": false}},
  "precincts": [{"id": "1001", "region": "r", "okrug": "1"}]}`
	const cvr = "precinct,ballot,choice\n1001,okrug,a\n1001,okrug,a|b\n1001,okrug,c\n"
	for _, tc := range []struct {
		votes string
		bad   bool
	}{{"1", false}, {"2", true}} {
		r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "d", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "seats": 2}, "protocol": {"ballots": {"okrug": {"against_all": false, "votes_per_ballot": `+tc.votes+`}}}}`), "rules.json")
		if err != nil {
			t.Fatal(err)
		}
		_, err = Read(Input{Rules: r, Election: &File{Name: "e.json", Data: []byte(def)},
			CVR: []CVR{{File: &File{Name: "cvr.csv", Data: []byte(cvr)}}}})
		var pe *ingest.ParseError
		switch {
		case !tc.bad && err != nil:
			t.Errorf("one vote a ballot: %v", err)
		case tc.bad && !errors.As(err, &pe):
			t.Errorf("%s votes a ballot: error %v, want a *ingest.ParseError", tc.votes, err)
		case tc.bad && (pe.File != "cvr.csv" || pe.Line != 2 || pe.Field != "ballot" || !strings.Contains(err.Error(), "votes_per_ballot")):
			t.Errorf("%s votes a ballot: %v (file %q, line %d, field %q); want cvr.csv, line 2, field ballot, naming votes_per_ballot", tc.votes, err, pe.File, pe.Line, pe.Field)
		}
	}
}
