package shailoo

import (
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/tally"
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
	c.res.OkrugRegions = c.regionVotes(election.OkrugBallot, ok.ID, 1, c.t.Okrug.Regions, ids)
	c.res.OkrugOutside = c.okrugOutside(ok.ID, ids)
}

// okrugOutside is the votes of okrug id's protocols counted in no region
// (Result.OkrugOutside): the okrug's sums less those of the regions,
// which hold no other okrug's (the election has one). Nil when none is.
func (c *counter) okrugOutside(id string, ids []string) *OutsideVotes {
	all := c.t.Okrug.Okrugs[id]
	if all == nil {
		return nil
	}
	out := &OutsideVotes{Protocols: all.Protocols, Votes: map[string]int64{}}
	missing := map[string]int{}
	for _, cid := range ids {
		missing[cid] = c.lack.missingVotes(id, cid)
	}
	for _, reg := range c.e.Regions {
		t := c.t.Okrug.Regions[reg.ID]
		if t == nil {
			continue
		}
		out.Protocols -= t.Protocols
		for _, cid := range ids {
			missing[cid] -= c.lack.votesRegions[1][reg.ID][cid]
		}
	}
	if out.Protocols <= 0 {
		return nil
	}
	for _, cid := range ids {
		if m := missing[cid]; m > 0 {
			if out.VotesMissing == nil {
				out.VotesMissing = map[string]int{}
			}
			out.VotesMissing[cid] = m
		}
		if missing[cid] >= out.Protocols {
			continue // no protocol there gives them: no figure, not 0
		}
		v := all.Votes[cid]
		for _, reg := range c.e.Regions {
			if t := c.t.Okrug.Regions[reg.ID]; t != nil {
				v -= t.Votes[cid]
			}
		}
		out.Votes[cid] = v
	}
	in := make(map[string]bool, len(c.e.Regions))
	for _, r := range c.e.Regions {
		in[r.ID] = true
	}
	for _, p := range c.e.Precincts {
		switch {
		case p.Okrug != id:
		case p.Abroad:
			out.AbroadPrecincts++
		case !in[p.Region]:
			out.NoRegionPrecincts++
		}
	}
	return out
}

// regionVotes is the votes of the choices ids of ballot (b its index in
// the missing votes' counts: 0 list, 1 okrug) in each region of the
// election, from the regions' sums: a choice no counted protocol there
// gives has no figure (not 0), one that some do not give is a partial
// sum, VotesMissing saying how many.
func (c *counter) regionVotes(ballot election.BallotKind, okrug string, b int, sums map[string]*tally.Totals, ids []string) []RegionVotes {
	out := make([]RegionVotes, 0, len(c.e.Regions))
	for _, reg := range c.e.Regions {
		rv := RegionVotes{Region: reg.ID, Ballot: ballot, Okrug: okrug, Votes: map[string]int64{}}
		t := sums[reg.ID]
		if t != nil {
			rv.Protocols = t.Protocols
		}
		missing := c.lack.votesRegions[b][reg.ID]
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
	return out
}

// listRegionVotes gives the votes of the list ballot in each region of
// the election (Result.ListRegions): each list's (the blank votes' too)
// and "against all"'s where the ballot has it, as a commission publishes
// a referendum's or a party list's results per region: in the order of
// the election's regions, or of their IDs where they were learnt from the
// files (the order of rows says nothing). None where the
// election defines no regions (nor learnt any), or no list protocol was
// counted.
func (c *counter) listRegionVotes() {
	if len(c.e.Regions) == 0 || len(c.e.Parties) == 0 || c.t.List.Regions == nil || c.t.List.Nation.Protocols == 0 {
		return
	}
	ids := make([]string, 0, len(c.e.Parties)+1)
	for _, p := range c.e.Parties {
		ids = append(ids, p.ID)
	}
	if c.res.AgainstAll(election.ListBallot) {
		ids = append(ids, election.AgainstAll)
	}
	c.res.ListRegions = c.regionVotes(election.ListBallot, "", 0, c.t.List.Regions, ids)
	if c.o.regionsLearnt {
		// order.Stable, not slices.SortFunc: one region each, so the same
		// order, and no sort compiled for RegionVotes in the page's .wasm.
		order.Stable(c.res.ListRegions, func(a, b RegionVotes) int { return strings.Compare(a.Region, b.Region) })
	}
}
