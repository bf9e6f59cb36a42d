package validate

import (
	"testing"
	"unsafe"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// TestStreamSlotsByKind: a stream keeps its per-precinct counts and
// ballots issued and found by kind of protocol, each kind's made at its
// first protocol, so that a file of list-ballot manual counts (the 2011
// Duma file) makes a quarter of the counts and half the loStates; an
// okrug protocol that comes later, of a precinct past the definition too,
// is still counted and compared with the list's.
func TestStreamSlotsByKind(t *testing.T) {
	e := &election.Election{ID: "x", Name: "x",
		Regions: []election.Region{{ID: "r", Name: "R"}},
		Okrugs:  []election.Okrug{{ID: "o", Name: "O", Region: "r", Candidates: []election.Candidate{{ID: "c", Name: "C"}}}},
		Parties: []election.Party{{ID: "a", Name: "A", BallotNo: 1}},
	}
	for _, id := range []string{"p1", "p2", "p3"} {
		e.Precincts = append(e.Precincts, election.Precinct{ID: id, Region: "r", Okrug: "o"})
	}
	keys, table := dense.NewKeys(), dense.NewPrecincts(e.Precincts)
	s, err := newStream(e, Rules{}, keys, table, StreamOptions{})
	if err != nil {
		t.Fatal(err)
	}
	add := func(id string, b election.BallotKind, issued int64) {
		var d dense.Protocol
		keys.Load(&d, &election.Protocol{Precinct: id, Ballot: b, Lines: map[election.Line]int64{
			election.IssuedInRoom: issued, election.IssuedOutside: 0, election.IssuedEarly: 0, election.FoundMobile: 0, election.FoundStationary: 0}})
		s.add(&d, table.Slot(id))
	}
	for _, id := range []string{"p1", "p2", "p3"} {
		add(id, election.ListBallot, 10)
	}
	if len(s.counts[0]) != 3 || s.counts[1] != nil || s.counts[2] != nil || s.counts[3] != nil {
		t.Fatalf("after list protocols: counts of each kind %d %d %d %d, want 3 0 0 0", len(s.counts[0]), len(s.counts[1]), len(s.counts[2]), len(s.counts[3]))
	}
	if len(s.lo[0]) != 3 || s.lo[1] != nil {
		t.Fatalf("after list protocols: loStates %d %d, want 3 0", len(s.lo[0]), len(s.lo[1]))
	}
	add("p2", election.OkrugBallot, 11)       // differs from its list protocol: X
	add("elsewhere", election.OkrugBallot, 5) // a precinct not defined: a slot past the definition
	add("p1", election.ListBallot, 10)        // a duplicate
	if s.slots() != 4 || s.count(3, 1, 0) != 1 || s.count(3, 0, 0) != 0 || s.count(0, 0, 0) != 2 {
		t.Fatalf("slots %d; the undefined precinct's okrug and list protocols %d %d; p1's list protocols %d", s.slots(), s.count(3, 1, 0), s.count(3, 0, 0), s.count(0, 0, 0))
	}
	rep := s.Report()
	codes := map[Code]int{}
	for _, f := range rep.Findings {
		codes[f.Code]++
	}
	if codes[ListOkrugIssued] != 1 || codes[DuplicateProtocol] != 1 {
		t.Errorf("findings %v, want one %s (p2) and one %s (p1)", codes, ListOkrugIssued, DuplicateProtocol)
	}
}

// A precinctInfo is kept per defined precinct: 24 bytes.
func TestPrecinctInfoSize(t *testing.T) {
	if n := unsafe.Sizeof(precinctInfo{}); n > 24 {
		t.Errorf("precinctInfo takes %d bytes, want at most 24", n)
	}
}
