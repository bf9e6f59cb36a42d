package shailoo

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
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

// okrugSeatsIn returns, for region, the okrug seats each list's
// candidates won in the okrugs of the region, and the okrugs of the
// region that are not decided (their outcome not "elected").
func (c *counter) okrugSeatsIn(region string) (map[string]int, []string) {
	won := map[string]int{}
	var open []string
	for _, o := range c.res.Okrugs {
		ok, found := c.e.Okrug(o.Okrug)
		if !found || ok.Region != region {
			continue
		}
		if o.Outcome != seats.OutcomeElected {
			open = append(open, fmt.Sprintf("%s (%s)", o.Okrug, o.Outcome))
			continue
		}
		listOf := func(id string) string {
			for _, cd := range ok.Candidates {
				if cd.ID == id {
					return cd.List
				}
			}
			return ""
		}
		if len(o.Elected) > 0 {
			for _, d := range o.Elected {
				if l := listOf(d.ID); l != "" {
					won[l]++
				}
			}
		} else if l := listOf(o.Winner); l != "" {
			won[l]++
		}
	}
	return won, open
}

// compensation sets the seats each list of sub already holds in region
// (seats.Entry.Held) and says so in the transcript; notEvaluated is why
// the region's list seats cannot be apportioned ("" when they can).
func (c *counter) compensation(reg election.Region, k *Constituency, sub []seats.Entry) (notEvaluated string, err error) {
	won, open := c.okrugSeatsIn(reg.ID)
	k.Compensate = c.r.List.Compensate
	given := ""
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
