package tally

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// benchParties returns 21 parties of 50 candidates each, as in 2021.
func benchParties() []election.Party {
	parties := make([]election.Party, 21)
	for i := range parties {
		parties[i].ID = fmt.Sprintf("party-%02d", i+1)
		for j := range 50 {
			parties[i].Candidates = append(parties[i].Candidates,
				election.Candidate{ID: fmt.Sprintf("p%02d-c%03d", i+1, j+1), Position: j + 1})
		}
	}
	return parties
}

// benchElection builds an election of the 2021 size: 9 regions, 36 okrugs
// of 8 candidates, 2,435 precincts in the country and 59 abroad, 21 lists
// of 50 candidates; a list protocol per precinct (with preference votes for
// every candidate), an okrug protocol per precinct in the country, and a
// machine protocol for every tenth.
func benchElection() *election.Election {
	r := rand.New(rand.NewPCG(2021, 11))
	e := &election.Election{ID: "bench", Parties: benchParties()}
	for i := range 9 {
		e.Regions = append(e.Regions, election.Region{ID: fmt.Sprintf("region-%d", i+1)})
	}
	for i := range 36 {
		o := election.Okrug{ID: fmt.Sprintf("okrug-%02d", i+1), Region: e.Regions[i%9].ID}
		for j := range 8 {
			o.Candidates = append(o.Candidates, election.Candidate{ID: fmt.Sprintf("o%02d-c%d", i+1, j+1), Position: j + 1})
		}
		e.Okrugs = append(e.Okrugs, o)
	}
	protocol := func(precinct string, kind election.BallotKind, choices []string) election.Protocol {
		p := election.Protocol{Precinct: precinct, Ballot: kind, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
		var valid int64
		for _, c := range append(choices, election.AgainstAll) {
			v := r.Int64N(60)
			p.Votes[c] = v
			valid += v
		}
		inv := r.Int64N(50)
		for _, l := range election.AllLines() {
			p.Lines[l] = r.Int64N(3000)
		}
		p.Lines[election.Invalid], p.Lines[election.Valid] = inv, valid
		p.Lines[election.FoundMobile], p.Lines[election.FoundStationary] = 0, inv+valid
		return p
	}
	var parties []string
	for _, p := range e.Parties {
		parties = append(parties, p.ID)
	}
	for i := range 2494 {
		pr := election.Precinct{ID: fmt.Sprintf("%04d", i+1)}
		if i >= 2435 {
			pr.Abroad = true
		} else {
			o := &e.Okrugs[i%36]
			pr.Region, pr.Okrug = o.Region, o.ID
		}
		e.Precincts = append(e.Precincts, pr)
		l := protocol(pr.ID, election.ListBallot, parties)
		l.Preferences = map[string]int64{}
		for _, p := range e.Parties {
			for _, c := range p.Candidates {
				l.Preferences[c.ID] = r.Int64N(5)
			}
		}
		e.Protocols = append(e.Protocols, l)
		if !pr.Abroad {
			o, _ := e.Okrug(pr.Okrug)
			var cands []string
			for _, c := range o.Candidates {
				cands = append(cands, c.ID)
			}
			e.Protocols = append(e.Protocols, protocol(pr.ID, election.OkrugBallot, cands))
		}
		if i%10 == 0 {
			m := l
			m.Machine = true
			e.Protocols = append(e.Protocols, m)
		}
	}
	return e
}

func BenchmarkSum(b *testing.B) {
	e := benchElection()
	for b.Loop() {
		if _, err := Sum(e); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(e.Protocols))/b.Elapsed().Seconds(), "protocols/s")
}
