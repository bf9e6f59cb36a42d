package ballots

import (
	"errors"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// An okrug ballot cast in a precinct abroad that names its okrug: a bad
// ballot (WrongKind) for Protocols, which has no rule set, and for
// ProtocolsWith without AbroadOkrug (okrug.abroad "excluded"); counted in
// the precinct's okrug under AbroadOkrug (okrug.abroad "counted").
func TestProtocolsAbroadOkrug(t *testing.T) {
	e := &election.Election{
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "o1"}, {ID: "o2"}}}},
		Precincts: []election.Precinct{{ID: "1001", Okrug: "1"}, {ID: "9001", Okrug: "1", Abroad: true}},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(bool)}},
	}
	cast := []Cast{{Precinct: "9001", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: "o2"}, Count: 3}}
	for name, err := range map[string]error{
		"Protocols": func() error { _, err := Protocols(e, cast, nil); return err }(),
		"excluded":  func() error { _, err := ProtocolsWith(e, cast, Options{}); return err }(),
	} {
		var be *BallotError
		if !errors.As(err, &be) || be.Problem != WrongKind {
			t.Errorf("%s: %v, want WrongKind", name, err)
		}
	}
	ps, err := ProtocolsWith(e, cast, Options{AbroadOkrug: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Precinct != "9001" || ps[0].Votes["o2"] != 3 {
		t.Errorf("counted: %+v, want one protocol of 9001, o2 3", ps)
	}
}
