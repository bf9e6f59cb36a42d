package validate_test

import (
	"reflect"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/validate"
)

// TestOwnLeavesStreamAsItWas: checking a protocol on its own (what a live
// count does before it counts one) leaves the stream as it was, the lines
// each relation was last found lacking included: a stream that checked a
// protocol lacking other lines of a relation than those the protocols
// counted lack reports what a fresh stream fed the same protocols reports.
func TestOwnLeavesStreamAsItWas(t *testing.T) {
	e := &election.Election{ID: "x", Name: "x",
		Regions: []election.Region{{ID: "r", Name: "R"}},
		Parties: []election.Party{{ID: "a", Name: "A", BallotNo: 1}},
	}
	for _, id := range []string{"p1", "p2", "p3"} {
		e.Precincts = append(e.Precincts, election.Precinct{ID: id, Region: "r"})
	}
	// lacking returns a consistent list protocol of precinct id without
	// line drop.
	lacking := func(id string, drop election.Line) *election.Protocol {
		p := &election.Protocol{Precinct: id, Ballot: election.ListBallot,
			Votes: map[string]int64{"a": 90, election.AgainstAll: 10},
			Lines: map[election.Line]int64{
				election.Voters: 200, election.Received: 200, election.IssuedInRoom: 100, election.Cancelled: 100,
				election.FoundStationary: 100, election.Valid: 100, election.Invalid: 0,
			}}
		delete(p.Lines, drop)
		return p
	}
	newStream := bridge.NewStream.(func(*election.Election, validate.Rules, *dense.Keys, *dense.Precincts, validate.StreamOptions) (*validate.Stream, error))
	add := bridge.StreamAdd.(func(*validate.Stream, *dense.Protocol, int32))
	own := bridge.StreamOwn.(func(*validate.Stream, *dense.Protocol, int32) validate.Report)
	feed := func(check *election.Protocol) validate.Report {
		keys, table := dense.NewKeys(), dense.NewPrecincts(e.Precincts)
		s, err := newStream(e, validate.Rules{}, keys, table, validate.StreamOptions{})
		if err != nil {
			t.Fatal(err)
		}
		load := func(p *election.Protocol) *dense.Protocol {
			var d dense.Protocol
			keys.Load(&d, p)
			return &d
		}
		add(s, load(lacking("p1", election.Received)), table.Slot("p1"))
		if check != nil {
			if rep := own(s, load(check), table.Slot(check.Precinct)); len(rep.NotEvaluated) == 0 {
				t.Fatalf("checking %s on its own: no relation not evaluated", check.Precinct)
			}
		}
		add(s, load(lacking("p3", election.Cancelled)), table.Slot("p3"))
		return s.Report()
	}
	fresh, checked := feed(nil), feed(lacking("p2", election.Cancelled))
	if !reflect.DeepEqual(checked, fresh) {
		t.Errorf("after a protocol checked on its own:\n%+v\nfed the same protocols alone:\n%+v", checked.NotEvaluated, fresh.NotEvaluated)
	}
}
