package validate_test

import (
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

// sample is the clean election the table tests start from: precincts 1001
// to 1021; 1007, 1014 and 1021 abroad; machine counts at 1001, 1004, ...,
// 1019 (every third); okrugs o1, o2, o3 (precinct 1001+i is in okrug
// o(i%3+1)).
func sample() *election.Election { return faults.Sample(21) }

// proto returns the protocol of precinct, ballot and count in e.
func proto(t testing.TB, e *election.Election, precinct string, b election.BallotKind, machine bool) *election.Protocol {
	t.Helper()
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Precinct == precinct && p.Ballot == b && p.Machine == machine {
			return p
		}
	}
	t.Fatalf("no protocol %s %s machine=%v", precinct, b, machine)
	return nil
}

func precinct(t testing.TB, e *election.Election, id string) *election.Precinct {
	t.Helper()
	for i := range e.Precincts {
		if e.Precincts[i].ID == id {
			return &e.Precincts[i]
		}
	}
	t.Fatalf("no precinct %s", id)
	return nil
}

func removeProto(e *election.Election, precinct string, b election.BallotKind, machine bool) {
	e.Protocols = slices.DeleteFunc(e.Protocols, func(p election.Protocol) bool {
		return p.Precinct == precinct && p.Ballot == b && p.Machine == machine
	})
}

// codes returns the codes of the findings of r, in order.
func codes(r validate.Report) []validate.Code {
	out := []validate.Code{}
	for _, f := range r.Findings {
		out = append(out, f.Code)
	}
	return out
}

// withCode returns the findings of r with code c.
func withCode(r validate.Report, c validate.Code) []validate.Finding {
	var out []validate.Finding
	for _, f := range r.Findings {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}

// slack is the votes for party on p less its candidates' preference votes.
func slack(e *election.Election, p *election.Protocol, party string) int64 {
	pt, _ := e.Party(party)
	v := p.Votes[party]
	for _, k := range pt.Candidates {
		v -= p.Preferences[k.ID]
	}
	return v
}

func check(t testing.TB, e *election.Election, r validate.Rules) validate.Report {
	t.Helper()
	rep, err := validate.Check(e, r)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}
