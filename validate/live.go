package validate

import (
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
)

// The dense-form entry points, for the root package (internal/bridge):
// they take internal types, so they are not part of the public API.
func init() {
	bridge.NewStream = newStream
	bridge.StreamAdd = (*Stream).add
	bridge.StreamAddPlaced = (*Stream).addPlaced
	bridge.StreamOwn = (*Stream).own
	bridge.StreamCross = (*Stream).addCross
	bridge.StreamResetSlot = (*Stream).resetSlot
	bridge.StreamSlotReport = (*Stream).slotReport
	bridge.StreamRecorded = (*Stream).recorded
	bridge.StreamOwnFound = (*Stream).ownFound
	bridge.StreamFailing = (*Stream).failingProtocols
}

// This file holds what a live count (the root package's Tally) needs of a
// Stream beyond Add and Report: the findings of one protocol, and the
// cross-checks of one precinct, each without recording them, so that a
// protocol can be checked before it is counted and taken back after.

// MissingProtocol is the finding of a precinct without a manual-count
// protocol of ballot b (MissingListProtocol or MissingOkrugProtocol).
func MissingProtocol(precinct string, b election.BallotKind) Finding {
	code := MissingListProtocol
	if b == election.OkrugBallot {
		code = MissingOkrugProtocol
	}
	return newFinding(code, Place{Level: LevelPrecinct, Precinct: precinct, Ballot: b}, "a manual-count protocol", "none", 0, nil)
}

// ComparePrecincts orders precinct IDs as findings are sorted: numbers
// within them by value ("9" before "10").
func ComparePrecincts(a, b string) int { return naturalCompare(a, b) }

// Before says whether place p sorts before q, as findings are sorted.
func (p Place) Before(q Place) bool { return placeBefore(&p, &q) }

// capture runs f with the stream's findings, not-evaluated entries and
// machine gaps set aside, and returns what f found, every finding listed;
// the stream is then as it was. relNE and relMask go together: f may make
// both anew, and an entry restored with another protocol's lines would
// count the next protocol lacking those lines under the wrong reason.
func (s *Stream) capture(f func()) Report {
	c := s.c
	rep, ne, gaps, listAll, noPrefs, relNE, relMask, failing := c.rep, c.ne, c.gaps, c.listAll, s.noPrefs, s.relNE, s.relMask, s.failing
	c.rep, c.ne, c.gaps, c.listAll, s.noPrefs, s.relNE, s.relMask = Report{}, notEvaluated{}, map[string]*PrecinctGap{}, true, nil, nil, nil
	f()
	out := Report{Findings: c.rep.Findings, NotEvaluated: c.ne.list()}
	for _, g := range c.gaps {
		out.MachineGaps = append(out.MachineGaps, *g)
	}
	c.rep, c.ne, c.gaps, c.listAll, s.noPrefs, s.relNE, s.relMask, s.failing = rep, ne, gaps, listAll, noPrefs, relNE, relMask, failing
	return out
}

// own returns the findings of protocol p on its own (as Add checks it,
// without the cross-checks), whose precinct has the given slot, without
// recording them: Report is as it was. A Stream not made by the package,
// or a nil p, gives an empty Report.
func (s *Stream) own(p *dense.Protocol, slot int32) Report {
	if s == nil || s.c == nil || p == nil {
		return Report{}
	}
	return s.capture(func() {
		c := s.c
		if ballotIndex(p.Ballot) < 0 {
			c.add(newFinding(UnknownBallot, densePlace(p), "list or okrug", string(p.Ballot), 0, nil))
			return
		}
		var info *precinctInfo
		if slot >= 0 && int(slot) < c.table.Defined {
			info = &c.infos[slot]
		}
		s.check(p, info)
	})
}

// addCross records what the cross-checks need of protocol p of the given
// slot (as Add does, without checking p on its own).
func (s *Stream) addCross(p *dense.Protocol, slot int32) {
	if s == nil || s.c == nil || p == nil || s.o.TotalsOnly || slot < 0 {
		return
	}
	if b := ballotIndex(p.Ballot); b >= 0 {
		s.cross(p, slot, b)
	}
}

// resetSlot forgets every protocol of slot, as if none had been added.
func (s *Stream) resetSlot(slot int32) {
	if s == nil || s.c == nil || slot < 0 || int(slot) >= s.nslots {
		return
	}
	for _, c := range s.counts {
		if int(slot) < len(c) {
			c[slot] = 0
		}
	}
	for b := range 2 {
		if lo := s.lo[b]; int(slot) < len(lo) {
			lo[slot] = loState{}
		}
		key := int64(2*int(slot) + b)
		delete(s.pending, key)
		delete(s.compared, key)
		for x := range 2 {
			delete(s.loBig, 4*int64(slot)+2*int64(b)+int64(x))
		}
	}
}

// slotReport returns the cross-checks of the protocols of one slot
// (duplicates, machine against manual count, list against okrug ballot;
// not the missing protocols), without recording them.
func (s *Stream) slotReport(slot int32) Report {
	if s == nil || s.c == nil || slot < 0 || int(slot) >= s.slots() {
		return Report{}
	}
	return s.capture(func() {
		checks := s.listOkrugChecks()
		s.duplicatesAt(int(slot))
		s.machineAt(int(slot))
		s.listOkrugAt(int(slot), &checks)
	})
}

// recorded returns a copy of what the stream has recorded so far, before
// the cross-checks Report adds: right after it is made, the findings of
// the election's definition and the relations not in force.
func (s *Stream) recorded() Report {
	if s == nil || s.c == nil {
		return Report{}
	}
	c := s.c
	out := Report{Findings: append([]Finding(nil), c.rep.Findings...), NotEvaluated: c.ne.list()}
	for _, u := range c.unlisted {
		out.Unlisted = append(out.Unlisted, *u)
	}
	return out
}

// failingProtocols is how many protocols the stream checked (Add,
// AddPlaced) break a control relation: a finding of error severity of a P
// code or of a relation the rule set declares, listed or only counted.
func (s *Stream) failingProtocols() int {
	if s == nil {
		return 0
	}
	return s.failing
}
