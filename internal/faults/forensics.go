package faults

import (
	"cmp"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// The manipulations below are not faults a validator sees: every control
// relation still holds after them. They are the shapes package forensics
// looks for, planted so that its tests can measure how often each
// analysis detects them.

// ErrNoParty is returned by AddBallots for a party the election lacks.
var ErrNoParty = errors.New("faults: unknown party")

// RoundTurnout moves, in perMille of the precincts with a complete
// manual list protocol (chosen from seed), the number of voters who took
// part to the count nearest to the nearest whole percent of the voters:
// the ballots added or taken go to or from the choice with the most votes
// on each ballot, and every protocol of the precinct (both ballots,
// manual and machine) changes alike, so every control relation holds. It
// returns the precincts changed, sorted.
func RoundTurnout(e *election.Election, seed uint64, perMille int) ([]string, error) {
	if e == nil {
		return nil, ErrNil
	}
	ids := complete(e)
	r := rand.New(rand.NewPCG(seed, 0x70a7))
	r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	ids = ids[:len(ids)*perMille/1000]
	list := listProtocols(e)
	var out []string
	for _, id := range ids {
		p := list[id]
		v, part := p.Lines[election.Voters], p.Participants()
		k := (200*part + v) / (2 * v) // nearest whole percent, halves up
		target := (k*v + 50) / 100
		if !addAll(e, id, target-part, "") {
			continue
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out, nil
}

// AddBallots adds, in the perMille of the precincts with a complete manual
// list protocol that have the highest turnout (ties by precinct ID),
// percent% of the voters who did not take part as ballots for party (and
// on the okrug ballot for its leading candidate), every protocol of the
// precinct alike so that every control relation holds. It returns the
// precincts changed, sorted.
func AddBallots(e *election.Election, party string, perMille, percent int) ([]string, error) {
	if e == nil {
		return nil, ErrNil
	}
	if _, ok := e.Party(party); !ok {
		return nil, ErrNoParty
	}
	ids := complete(e)
	list := listProtocols(e)
	slices.SortFunc(ids, func(a, b string) int {
		pa, pb := list[a], list[b]
		// turnout a/b descending, exactly: pa.part*pb.voters vs pb.part*pa.voters
		x := pa.Participants() * pb.Lines[election.Voters]
		y := pb.Participants() * pa.Lines[election.Voters]
		return cmp.Or(cmp.Compare(y, x), strings.Compare(a, b))
	})
	ids = ids[:len(ids)*perMille/1000]
	var out []string
	for _, id := range ids {
		p := list[id]
		add := (p.Lines[election.Voters] - p.Issued()) * int64(percent) / 100
		if add > 0 && addAll(e, id, add, party) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out, nil
}

// complete returns the precincts, in ID order, with exactly one manual
// list protocol that gives every line and at least one voter.
func complete(e *election.Election) []string {
	n := map[string]int{}
	ok := map[string]bool{}
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Ballot == election.ListBallot && !p.Machine {
			n[p.Precinct]++
			ok[p.Precinct] = allLines(p) && p.Lines[election.Voters] > 0
		}
	}
	var ids []string
	for id, c := range n {
		if c == 1 && ok[id] {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

func listProtocols(e *election.Election) map[string]*election.Protocol {
	m := map[string]*election.Protocol{}
	for i := range e.Protocols {
		if p := &e.Protocols[i]; p.Ballot == election.ListBallot && !p.Machine {
			m[p.Precinct] = p
		}
	}
	return m
}

// addAll adds d ballots (d < 0 takes them) to every protocol of precinct
// id: issued in the room, found in the stationary box and valid move by
// d, cancelled by -d, and the votes of choice (on the list ballot; the
// leading choice when choice is "" or on the okrug ballot) by d. It
// changes nothing and returns false when a figure would leave its bounds.
func addAll(e *election.Election, id string, d int64, choice string) bool {
	if d == 0 {
		return true
	}
	var ps []*election.Protocol
	var cs []string
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Precinct != id {
			continue
		}
		c := choice
		if c == "" || p.Ballot != election.ListBallot {
			c = leading(p)
		}
		l := p.Lines
		if c == "" || !allLines(p) || l[election.IssuedInRoom]+d < 0 || l[election.FoundStationary]+d < 0 ||
			l[election.Valid]+d < 0 || l[election.Cancelled]-d < 0 || p.Votes[c]+d < 0 ||
			p.Issued()+d > l[election.Voters] {
			return false
		}
		ps, cs = append(ps, p), append(cs, c)
	}
	for i, p := range ps {
		p.Lines[election.IssuedInRoom] += d
		p.Lines[election.FoundStationary] += d
		p.Lines[election.Valid] += d
		p.Lines[election.Cancelled] -= d
		p.Votes[cs[i]] += d
	}
	return len(ps) > 0
}

// leading returns the choice with the most votes (the first ID of those
// level), or "".
func leading(p *election.Protocol) string {
	best := ""
	for c, v := range p.Votes {
		if best == "" || v > p.Votes[best] || v == p.Votes[best] && c < best {
			best = c
		}
	}
	return best
}
