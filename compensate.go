package shailoo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// A compensatory list tier (list.compensate "okrug_seats": the Scottish
// Parliament's regional seats, Scotland Act 1998, s. 8) apportions each
// region's list seats after its okrugs are decided: a list's divisors
// start after the okrug seats its candidates (election.Candidate.List)
// won in the okrugs of the region. The okrugs are decided first
// (Count); an okrug of the region that is not decided leaves the
// region's list seats not evaluated, and one decided on data not
// evaluated leaves them provisional (compensationProvisional).

// checkCandidateLists returns an error for an okrug candidate whose
// list (election.Candidate.List) names no party of the election, or who
// is given a list and no_list at once: under list.compensate the seats
// its list holds would be wrong, silently.
func (c *counter) checkCandidateLists() error {
	for _, o := range c.e.Okrugs {
		for _, cd := range o.Candidates {
			switch {
			case cd.List != "" && cd.NoList:
				return fmt.Errorf("shailoo: okrug %s: candidate %s: %w: list %q and no_list both given: a candidate carries a list or none", o.ID, cd.ID, ingest.ErrBadValue, cd.List)
			case cd.List == "":
			default:
				if _, ok := c.e.Party(cd.List); !ok {
					return fmt.Errorf("shailoo: okrug %s: candidate %s: %w: list %q is not a party of the election (its parties: %s); the list seats compensate for the okrug seats each list's candidates won (list.compensate)", o.ID, cd.ID, ingest.ErrBadValue, cd.List, clip(partyIDs(c.e.Parties), 20))
				}
			}
		}
	}
	return nil
}

func partyIDs(ps []election.Party) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

// okrugSeatsIn returns, for region, the okrug seats each list's
// candidates won in the okrugs of the region, the okrugs of the region
// that are not decided (their outcome not "elected"), and the winners
// who carry no list ("<candidate> (<okrug>)"): those the definition says
// carry none (NoList: an independent) in free, the others, whose list
// may be data missing, in unknown. Their seats count against no list.
func (c *counter) okrugSeatsIn(region string) (won map[string]int, open, free, unknown []string) {
	won = map[string]int{}
	for _, o := range c.res.Okrugs {
		ok, found := c.e.Okrug(o.Okrug)
		if !found || ok.Region != region {
			continue
		}
		if o.Outcome != seats.OutcomeElected {
			open = append(open, fmt.Sprintf("%s (%s)", o.Okrug, o.Outcome))
			continue
		}
		count := func(id string) {
			for _, cd := range ok.Candidates {
				if cd.ID != id {
					continue
				}
				switch {
				case cd.List != "":
					won[cd.List]++
				case cd.NoList:
					free = append(free, fmt.Sprintf("%s (%s)", id, o.Okrug))
				default:
					unknown = append(unknown, fmt.Sprintf("%s (%s)", id, o.Okrug))
				}
				return
			}
		}
		if len(o.Elected) > 0 {
			for _, d := range o.Elected {
				count(d.ID)
			}
		} else {
			count(o.Winner)
		}
	}
	return won, open, free, unknown
}

// hasOkrugs says whether an okrug of the election lies in region.
func (c *counter) hasOkrugs(region string) bool {
	return slices.ContainsFunc(c.e.Okrugs, func(o election.Okrug) bool { return o.Region == region })
}

// compensation sets the seats each list of sub already holds in region
// (seats.Entry.Held) and says so in the transcript; notEvaluated is why
// the region's list seats cannot be apportioned ("" when they can).
func (c *counter) compensation(reg election.Region, k *Constituency, sub []seats.Entry) (notEvaluated string, err error) {
	won, open, _, _ := c.okrugSeatsIn(reg.ID)
	k.Compensate = c.r.List.Compensate
	given := ""
	if reg.OkrugSeats == nil && !c.hasOkrugs(reg.ID) {
		// Not 0: no okrug and no figure say nothing of the seats won there
		// ("okrug_seats": {} says that none was).
		k.OkrugsUnknown = true
		return "no okrug of the election or the files lies in the region and the definition does not give its okrug seats (okrug_seats): the list seats compensate for them, so they are not apportioned", nil
	}
	if reg.OkrugSeats != nil {
		for _, ok := range c.e.Okrugs {
			if ok.Region == reg.ID {
				return "", fmt.Errorf("shailoo: region %s gives its okrug seats (okrug_seats) but okrug %s of the election lies in it: the okrugs decide them", reg.ID, ok.ID)
			}
		}
		for _, id := range slicesSortedKeys(reg.OkrugSeats) {
			if n := reg.OkrugSeats[id]; n < 0 {
				return "", fmt.Errorf("shailoo: region %s: okrug_seats of %s is %d, must be >= 0", reg.ID, id, n)
			}
			if _, ok := c.e.Party(id); !ok {
				return "", fmt.Errorf("shailoo: region %s: okrug_seats names %q, not a party of the election", reg.ID, id)
			}
		}
		won, given, k.OkrugSeatsGiven = reg.OkrugSeats, " (given by the election's definition, not counted here)", true
	}
	if len(open) > 0 {
		k.OkrugsNotDecided = open
		return fmt.Sprintf("okrugs of the region are not decided: %s; the list seats compensate for the okrug seats, so they wait for them", strings.Join(open, ", ")), nil
	}
	for i := range sub {
		sub[i].Held = won[sub[i].ID]
	}
	for _, id := range slicesSortedKeys(won) {
		c.step(election.Step{Kind: "okrug_seats_held", Subject: id, Seats: won[id],
			Detail: fmt.Sprintf("constituency %s: %s won %d okrug seat(s) in the okrugs of the region%s; its list seats there compensate for them", reg.ID, id, won[id], given)})
	}
	return "", nil
}

func slicesSortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// compensationProvisional marks, once every okrug's provisional status is
// known (okrugsProvisional), the list seats of each region that
// compensate for okrug seats decided on data not evaluated: they rest on
// those okrugs too. Okrugs in no region compensate nowhere: every
// region's list seats then rest on them.
func (c *counter) compensationProvisional() {
	if !c.r.List.compensates() || len(c.res.Constituencies) == 0 {
		return
	}
	if len(c.e.Okrugs) > 0 && !slices.ContainsFunc(c.e.Okrugs, func(o election.Okrug) bool {
		return slices.ContainsFunc(o.Candidates, func(cd election.Candidate) bool { return cd.List != "" })
	}) {
		// (Each list's okrug seats 0: said, not silently plain d'Hondt.)
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.compensate_no_lists", nil))
	}
	c.compensationUnknown()
	var scope, affects, unplaced []string
	for _, o := range c.res.Okrugs {
		if ok, found := c.e.Okrug(o.Okrug); found && ok.Region == "" {
			unplaced = append(unplaced, o.Okrug)
		}
	}
	for _, k := range c.res.Constituencies {
		if k.NotEvaluated != "" {
			continue
		}
		rests := len(unplaced) > 0
		for _, o := range c.res.Okrugs {
			if ok, found := c.e.Okrug(o.Okrug); found && ok.Region == k.Region && o.Provisional {
				scope, rests = append(scope, o.Okrug), true
			}
		}
		if rests {
			affects = append(affects, "list@"+k.Region)
		}
	}
	if len(affects) == 0 {
		return
	}
	why := fmt.Sprintf("the list seats of %d constituencies compensate for okrug seats", len(affects))
	if len(scope) > 0 {
		why += fmt.Sprintf(" decided on data not evaluated (okrugs %s)", strings.Join(scope, ", "))
	}
	if len(unplaced) > 0 {
		if len(scope) > 0 {
			why += ", and"
		}
		why += fmt.Sprintf(" won in okrugs of no region (%s), which no constituency counts", strings.Join(unplaced, ", "))
	}
	scope = append(scope, unplaced...)
	c.provisional(Unevaluated{Kind: UnevaluatedCompensation, Scope: scope, Count: len(scope), Affects: affects, Reason: why})
	c.res.Provisional = true
}

// compensationUnknown says what the list seats of each region rest on
// beyond its okrugs' data: a region whose okrug seats are not known (no
// okrug, no okrug_seats) is not apportioned, named; a winner who carries
// no list is counted against none (Scotland Act 1998, s. 8: the seats of
// a party's candidates count against its list, an independent's against
// none), named in a note, and where the definition does not say that he
// carries none (election.Candidate.NoList) his region's list seats are
// provisional: his list may be data missing.
func (c *counter) compensationUnknown() {
	var unknownRegions, free, unknown, noListAffects []string
	for _, k := range c.res.Constituencies {
		if k.OkrugsUnknown {
			unknownRegions = append(unknownRegions, k.Region)
		}
		if k.NotEvaluated != "" {
			continue
		}
		_, _, f, u := c.okrugSeatsIn(k.Region)
		free, unknown = append(free, f...), append(unknown, u...)
		if len(u) > 0 {
			noListAffects = append(noListAffects, "list@"+k.Region)
		}
	}
	if len(free) > 0 {
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.compensate_winners_no_list", words.Args{"winners": strings.Join(free, ", ")}))
	}
	if len(unknown) > 0 {
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.compensate_winners_list_unknown", words.Args{"winners": strings.Join(unknown, ", ")}))
		c.provisional(Unevaluated{Kind: UnevaluatedCompensationNoList, Scope: unknown, Count: len(unknown), Affects: noListAffects,
			Reason: fmt.Sprintf("%d okrug winners carry no list and the definition does not say that they carry none (no_list): %s; their seats were counted against no list, as an independent's, and the list seats that compensate for them rest on it", len(unknown), strings.Join(unknown, ", "))})
		c.res.Provisional = true
	}
	if len(unknownRegions) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedCompensationUnknown, Scope: unknownRegions, Count: len(unknownRegions), Affects: prefixed("list@", unknownRegions),
			Reason: fmt.Sprintf("%d regions have list seats that compensate for the okrug seats won there, but no okrug of the election or the files lies in them and the definition does not give their okrug seats (okrug_seats): %s; their list seats were not apportioned, neither given nor unfilled", len(unknownRegions), strings.Join(unknownRegions, ", "))})
		c.res.Provisional = true
	}
}
