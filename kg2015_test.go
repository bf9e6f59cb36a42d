package shailoo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// regions2015 are the 9 regions whose 0.7% the 2015 law required.
var regions2015 = []string{"batken", "jalal-abad", "issyk-kul", "naryn", "osh-oblast", "talas", "chuy", "bishkek", "osh-city"}

type party2015 struct {
	id, name string
	votes    int64
	// share of the party's votes in each region, in thousandths; nil means
	// an even split.
	split []int64
	prov  election.Provenance
}

// byRegion builds a 2015-style election: one precinct per region whose list
// protocol gives each party its votes split over the regions as the party
// says, plus the given invalid ballots (spread evenly). Lists are closed
// (no preference votes) and have 120 candidates each.
func byRegion(id, name, provenance string, parties []party2015, invalid int64) *election.Election {
	e := &election.Election{ID: id, Name: name, Date: "2015-10-04", Provenance: provenance}
	n := int64(len(regions2015))
	votes := make([]map[string]int64, n)
	for r := range votes {
		votes[r] = map[string]int64{election.AgainstAll: 0}
	}
	for _, p := range parties {
		prov := p.prov
		if prov == "" {
			prov = election.Synthetic
		}
		party := election.Party{ID: p.id, Name: p.name, Provenance: prov}
		for k := 1; k <= 120; k++ {
			sex := election.Male
			if k%4 == 0 {
				sex = election.Female
			}
			party.Candidates = append(party.Candidates, election.Candidate{ID: fmt.Sprintf("%s-%03d", p.id, k), Name: fmt.Sprintf("%s candidate %d", p.name, k), Position: k, Sex: sex, Provenance: election.Synthetic})
		}
		e.Parties = append(e.Parties, party)
		split := p.split
		if split == nil {
			split = make([]int64, n)
			for r := range split {
				split[r] = 1
			}
		}
		var den, given int64
		for _, s := range split {
			den += s
		}
		for r := range votes {
			v := p.votes * split[r] / den
			if r == len(votes)-1 {
				v = p.votes - given
			}
			votes[r][p.id] = v
			given += v
		}
	}
	for r, reg := range regions2015 {
		e.Regions = append(e.Regions, election.Region{ID: reg, Name: reg})
		pid := fmt.Sprintf("%d001", r+1)
		e.Precincts = append(e.Precincts, election.Precinct{ID: pid, Region: reg})
		var valid int64
		for _, v := range votes[r] {
			valid += v
		}
		inv := invalid / n
		if r == len(regions2015)-1 {
			inv = invalid - inv*(n-1)
		}
		found := valid + inv
		e.Protocols = append(e.Protocols, election.Protocol{Precinct: pid, Ballot: election.ListBallot, Votes: votes[r],
			Lines: map[election.Line]int64{election.Voters: 2 * found, election.Received: 2 * found, election.IssuedInRoom: found,
				election.Cancelled: found, election.FoundStationary: found, election.Invalid: inv, election.Valid: valid}})
	}
	return e
}

// The six lists that won seats on 4 October 2015, with their national votes
// as Wikipedia's results table gives them (from the CEC's final result);
// "others" stands for the eight lists below the threshold and is synthetic,
// as are the regional splits, the invalid ballots and the candidates.
func kg2015Parties() []party2015 {
	return []party2015{
		{id: "sdpk", name: "Social Democratic Party of Kyrgyzstan", votes: 435804, prov: election.Official},
		{id: "respublika-ata-jurt", name: "Respublika–Ata-Jurt", votes: 320115, prov: election.Official},
		{id: "kyrgyzstan", name: "Kyrgyzstan", votes: 206094, prov: election.Official},
		{id: "onuguu-progress", name: "Onuguu–Progress", votes: 148279, prov: election.Official},
		{id: "bir-bol", name: "Bir Bol", votes: 135875, prov: election.Official},
		{id: "ata-meken", name: "Ata Meken", votes: 123055, prov: election.Official},
		{id: "others", name: "Eight other lists (synthetic)", votes: 100000},
	}
}

func count2015(t *testing.T, e *election.Election) *shailoo.Result {
	t.Helper()
	r, err := shailoo.Preset("kg2015")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.NoError(t, res.Findings.Err())
	// The lists are closed: list order is the rule, not a tie. No tie, no
	// "preferences not evaluated", every deputy seated by list position.
	require.Empty(t, res.Ties)
	for _, l := range res.Lists {
		require.False(t, l.PreferencesNotEvaluated, l.ID)
		require.Len(t, l.Deputies, l.Seats, l.ID)
		for i, d := range l.Deputies {
			require.Equal(t, i+1, d.Position, l.ID)
			require.Equal(t, seats.ReasonListPosition, d.Reason, l.ID)
		}
	}
	for _, n := range res.Notes {
		require.NotContains(t, n, "preference votes", "a closed list has none")
	}
	return res
}

func seatsOf(res *shailoo.Result) map[string]int {
	m := map[string]int{}
	for _, l := range res.Lists {
		m[l.ID] = l.Seats
	}
	return m
}

func TestKG2015ReproducesThe2015Parliament(t *testing.T) {
	e := byRegion("kg2015", "Jogorku Kenesh, 4 October 2015 (national votes official; regional split synthetic)",
		"national votes of the six seated lists: official (CEC, via Wikipedia); regional split, invalid ballots, other lists, candidates: synthetic", kg2015Parties(), 50000)
	res := count2015(t, e)
	require.Equal(t, map[string]int{"sdpk": 38, "respublika-ata-jurt": 28, "kyrgyzstan": 18, "onuguu-progress": 13, "bir-bol": 12, "ata-meken": 11, "others": 0}, seatsOf(res))
	require.Equal(t, 120, res.Seats.List)
	roundTrip(t, "kg2015-style.json", e)
}

// A synthetic 2015-style election where one list would win 77 seats: the
// 65-seat cap holds it at 65 and gives the rest to the others; a list above
// 7% nationally that misses 0.7% in Osh city gets nothing.
func TestKG2015CapAndRegionalThreshold(t *testing.T) {
	parties := []party2015{
		{id: "dominant", name: "Dominant", votes: 700000},
		{id: "second", name: "Second", votes: 200000},
		{id: "third", name: "Third", votes: 120000},
		// 9.7% nationally, but only 0.35% of the voters of Osh city.
		{id: "northern", name: "Northern", votes: 110000, split: []int64{10, 10, 300, 200, 10, 100, 300, 69, 1}},
	}
	e := byRegion("kg2015-cap", "A synthetic 2015-style election that exercises the cap and the regional threshold", "synthetic", parties, 3000)
	res := count2015(t, e)
	got := seatsOf(res)
	require.Equal(t, 65, got["dominant"], "the 65-seat cap")
	require.Equal(t, 0, got["northern"])
	require.Equal(t, 120, got["dominant"]+got["second"]+got["third"])
	for _, l := range res.Lists {
		if l.ID == "northern" {
			require.Equal(t, threshold.Passed, l.National.Status)
			require.Equal(t, threshold.Failed, l.Regional.Status)
		}
	}
	var capped bool
	for _, s := range res.Steps {
		if s.Kind == "cap" && s.Subject == "dominant" {
			capped = true
		}
	}
	require.True(t, capped, "the transcript records the cap")
	roundTrip(t, "kg2015-cap.json", e)
}

// roundTrip pins e as a testdata file (the README counts it with the CLI)
// and checks that reading it back gives the same election.
func roundTrip(t *testing.T, name string, e *election.Election) {
	t.Helper()
	b, err := json.MarshalIndent(e, "", " ")
	require.NoError(t, err)
	golden(t, name, append(b, '\n'))
	back, err := ingest.ReadElection(bytes.NewReader(b), name)
	require.NoError(t, err)
	require.Equal(t, e, back)
}
