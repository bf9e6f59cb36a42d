package faults

import (
	"fmt"

	"github.com/shailoo/shailoo/election"
)

// Sample returns a small, clean election with n precincts (at least 1):
// 2 regions, 3 okrugs of 3 candidates, 4 parties of 4 candidates (with
// every attribute the list rules check, meeting them), and for each
// precinct a manual-count list protocol, a manual-count okrug protocol
// unless it is abroad (every seventh precinct, from the seventh), and
// machine-count protocols identical to the manual ones at every third
// precinct. Every control relation and cross-check holds on it; the
// numbers are a deterministic function of the precinct's index.
func Sample(n int) *election.Election {
	if n < 1 {
		n = 1
	}
	t, f := true, false
	e := &election.Election{ID: "sample", Name: "Sample election", Date: "2021-11-28", Provenance: string(election.Synthetic)}
	e.Regions = []election.Region{{ID: "r1", Name: "Region 1"}, {ID: "r2", Name: "Region 2"}}
	for o := 1; o <= 3; o++ {
		ok := election.Okrug{ID: fmt.Sprintf("o%d", o), Name: fmt.Sprintf("Okrug %d", o), Region: "r1"}
		if o == 3 {
			ok.Region = "r2"
		}
		for c := 1; c <= 3; c++ {
			ok.Candidates = append(ok.Candidates, election.Candidate{ID: fmt.Sprintf("o%d-c%d", o, c), Name: fmt.Sprintf("Candidate %d-%d", o, c), Position: c})
		}
		e.Okrugs = append(e.Okrugs, ok)
	}
	for p := 1; p <= 4; p++ {
		pt := election.Party{ID: fmt.Sprintf("p%d", p), Name: fmt.Sprintf("Party %d", p), BallotNo: p}
		for c := 1; c <= 4; c++ {
			k := election.Candidate{ID: fmt.Sprintf("p%d-%d", p, c), Name: fmt.Sprintf("List candidate %d-%d", p, c), Position: c,
				Sex: election.Female, Under35: &f, Minority: &f, Disability: &t}
			if c%2 == 0 {
				k.Sex = election.Male
			}
			if c == 1 {
				k.Under35 = &t
			}
			if c == 2 {
				k.Minority = &t
			}
			if c > 2 {
				k.Disability = &f
			}
			pt.Candidates = append(pt.Candidates, k)
		}
		e.Parties = append(e.Parties, pt)
	}
	for i := 0; i < n; i++ {
		p := election.Precinct{ID: fmt.Sprintf("%d", 1001+i)}
		if i%7 == 6 {
			p.Abroad = true
		} else {
			o := e.Okrugs[i%3]
			p.Okrug, p.Region = o.ID, o.Region
		}
		e.Precincts = append(e.Precincts, p)
		list := protocol(p.ID, election.ListBallot, i)
		e.Protocols = append(e.Protocols, list)
		var okrug election.Protocol
		if !p.Abroad {
			okrug = protocol(p.ID, election.OkrugBallot, i)
			o, _ := e.Okrug(p.Okrug)
			okrug.Votes = split(okrug.Lines[election.Valid], o.Candidates)
			e.Protocols = append(e.Protocols, okrug)
		}
		if i%3 == 0 {
			m := Clone(list)
			m.Machine = true
			e.Protocols = append(e.Protocols, m)
			if !p.Abroad {
				m := Clone(okrug)
				m.Machine = true
				e.Protocols = append(e.Protocols, m)
			}
		}
	}
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Ballot == election.ListBallot {
			p.Votes = split(p.Lines[election.Valid], partyChoices(e.Parties))
			p.Preferences = map[string]int64{}
			for _, pt := range e.Parties {
				v := p.Votes[pt.ID]
				for j, k := range pt.Candidates {
					p.Preferences[k.ID] = v / int64(3+2*j) // sums to less than v, or 0
				}
			}
		}
	}
	return e
}

func partyChoices(ps []election.Party) []election.Candidate {
	out := make([]election.Candidate, len(ps))
	for i, p := range ps {
		out[i] = election.Candidate{ID: p.ID}
	}
	return out
}

// protocol returns the lines of a consistent protocol for the precinct of
// index i; the caller fills the votes.
func protocol(id string, b election.BallotKind, i int) election.Protocol {
	voters := int64(500 + (37*i)%300)
	inRoom := voters/2 + int64(i%13)
	outside := int64(i%5 + 1)
	early := int64(i%3 + 1)
	issued := inRoom + outside + early
	cancelled := int64(20 + i%7)
	lost := int64(i % 2)
	unaccounted := int64((i + 1) % 2)
	found := issued - int64(1+i%4)
	invalid := int64(2 + i%9)
	if b == election.OkrugBallot {
		invalid = int64(1 + i%5)
	}
	return election.Protocol{
		Precinct: id, Ballot: b,
		Lines: map[election.Line]int64{
			election.Voters:          voters,
			election.Received:        issued + cancelled + lost - unaccounted,
			election.IssuedInRoom:    inRoom,
			election.IssuedOutside:   outside,
			election.IssuedEarly:     early,
			election.Cancelled:       cancelled,
			election.FoundMobile:     outside,
			election.FoundStationary: found - outside,
			election.Invalid:         invalid,
			election.Valid:           found - invalid,
			election.Lost:            lost,
			election.Unaccounted:     unaccounted,
		},
	}
}

// split shares valid among the choices and against all: against all a
// twentieth, the rest in falling shares.
func split(valid int64, choices []election.Candidate) map[string]int64 {
	votes := map[string]int64{election.AgainstAll: valid / 20}
	rest := valid - votes[election.AgainstAll]
	left := rest
	for j, c := range choices {
		v := rest * int64(len(choices)-j) / int64(len(choices)*(len(choices)+1)/2)
		if j == len(choices)-1 {
			v = left
		}
		votes[c.ID] = v
		left -= v
	}
	return votes
}

// Clone returns a deep copy of p.
func Clone(p election.Protocol) election.Protocol {
	q := p
	q.Lines = make(map[election.Line]int64, len(p.Lines))
	for k, v := range p.Lines {
		q.Lines[k] = v
	}
	q.Votes = make(map[string]int64, len(p.Votes))
	for k, v := range p.Votes {
		q.Votes[k] = v
	}
	if p.Preferences != nil {
		q.Preferences = make(map[string]int64, len(p.Preferences))
		for k, v := range p.Preferences {
			q.Preferences[k] = v
		}
	}
	return q
}
