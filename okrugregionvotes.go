package shailoo

import (
	"github.com/shailoo/shailoo/election"
)

// okrugRegionVotes gives the votes of the one contest on the okrug ballot
// (an election of a single okrug: a president's) in each region of the
// election (Result.OkrugRegions), as a commission publishes them per
// county or province. An election of several okrugs has none: an okrug
// inside one region has them in its own figures, and a region's sums of
// several okrugs would mix their "against all".
func (c *counter) okrugRegionVotes() {
	if len(c.e.Okrugs) != 1 || len(c.e.Regions) == 0 || c.t.Okrug.Regions == nil {
		return
	}
	if n := c.t.Okrug.Nation.Protocols; n == 0 {
		return
	}
	ok := c.e.Okrugs[0]
	ids := make([]string, 0, len(ok.Candidates)+1)
	for _, cand := range ok.Candidates {
		ids = append(ids, cand.ID)
	}
	if c.res.AgainstAll(election.OkrugBallot) {
		ids = append(ids, election.AgainstAll)
	}
	out := make([]RegionVotes, 0, len(c.e.Regions))
	for _, reg := range c.e.Regions {
		rv := RegionVotes{Region: reg.ID, Ballot: election.OkrugBallot, Okrug: ok.ID, Votes: map[string]int64{}}
		t := c.t.Okrug.Regions[reg.ID]
		if t != nil {
			rv.Protocols = t.Protocols
		}
		missing := c.lack.votesRegions[1][reg.ID]
		for _, id := range ids {
			m := missing[id]
			if m > 0 {
				if rv.VotesMissing == nil {
					rv.VotesMissing = map[string]int{}
				}
				rv.VotesMissing[id] = m
			}
			if rv.Protocols == 0 || m >= rv.Protocols {
				continue // no protocol there gives them: no figure, not 0
			}
			rv.Votes[id] = t.Votes[id]
		}
		out = append(out, rv)
	}
	c.res.OkrugRegions = out
}
