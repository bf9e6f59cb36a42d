package shailoo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// A list whose candidates are used up takes no more seats: under the
// Scotland Act 1998, s. 8, a party's list is disregarded once exhausted
// and an individual regional candidate once returned, the seat going to
// the next highest regional figure; other laws leave the seat vacant.
// Where the election's definition gives a list's candidates, a list never
// takes more seats than it has candidates in silence: the rule set says
// what becomes of the seat (list.exhausted), and where it does not, the
// seat is left vacant and the result is provisional
// (UnevaluatedListExhausted).

// exhaustion is a list that won, or would have won, more seats in a place
// than it has candidates there.
type exhaustion struct {
	party      string // party ID
	region     string // the constituency's region; "" the nation
	candidates int    // its candidates there who can take a seat
	won        int    // the seats the votes gave it (under "next", those it kept)
	vacant     int    // the seats left vacant (none under "next")
}

// candidatesLeft returns the candidates of party p who can take its list
// seats in region ("" the nation): its roster (list.constituency "region":
// the candidates of the region or of none), less those elected in an
// okrug (the same ID) when the list seats compensate for the okrug seats
// (decided first). known is false when the definition gives no roster, or
// names alone (no list position and no sex for any candidate).
// A candidate's region that is no region of the election is an error.
func (c *counter) candidatesLeft(p *election.Party, region string) (n int, known bool, err error) {
	if len(p.Candidates) == 0 || namedOnly(p.Candidates) {
		// Names alone (a definition inferred from a file's preference
		// columns) may be some of the list, not all of it.
		return 0, false, nil
	}
	var elected map[string]bool
	if c.r.List.compensates() {
		elected = map[string]bool{}
		for _, o := range c.res.Okrugs {
			if o.Outcome != seats.OutcomeElected {
				continue
			}
			elected[o.Winner] = true
			for _, d := range o.Elected {
				elected[d.ID] = true
			}
		}
	}
	for _, cd := range p.Candidates {
		if cd.Region != "" && !slices.ContainsFunc(c.e.Regions, func(r election.Region) bool { return r.ID == cd.Region }) {
			return 0, false, fmt.Errorf("shailoo: party %s: candidate %s: %w: region %q is not a region of the election", p.ID, cd.ID, ingest.ErrBadValue, cd.Region)
		}
		if region != "" && cd.Region != "" && cd.Region != region || elected[cd.ID] {
			continue
		}
		n++
	}
	return n, true, nil
}

// limits returns, for each entry, the candidates its list has to take
// seats in region ("" the nation), -1 where the definition gives none;
// under list.exhausted "next" it sets each entry's seats.Entry.Limit.
func (c *counter) limits(entries []seats.Entry, region string) ([]int, error) {
	out := make([]int, len(entries))
	for i := range entries {
		out[i] = -1
		p, ok := c.e.Party(entries[i].ID)
		if !ok {
			continue
		}
		n, known, err := c.candidatesLeft(p, region)
		if err != nil {
			return nil, err
		}
		if !known {
			continue
		}
		out[i] = n
		if c.r.List.Exhausted == ExhaustedNext {
			entries[i].Limit = &n
		}
	}
	return out, nil
}

// exhaust records the lists of entries whose candidates (limits) the seats
// they got in region ("" the nation) use up: under "next" those the
// apportionment held to them (its "limit" steps), otherwise those that got
// more seats than candidates, the rest of their seats vacant. It returns
// the vacant seats by list.
func (c *counter) exhaust(entries []seats.Entry, limits []int, got func(id string) int, steps []election.Step, region string) map[string]int {
	var vacant map[string]int
	for i, en := range entries {
		n := limits[i]
		if n < 0 {
			continue
		}
		g := got(en.ID)
		if c.r.List.Exhausted == ExhaustedNext {
			if slices.ContainsFunc(steps, func(s election.Step) bool { return s.Kind == "limit" && s.Subject == en.ID }) {
				c.exhausted = append(c.exhausted, exhaustion{party: en.ID, region: region, candidates: n, won: g})
			}
			continue
		}
		if g > n && c.r.List.Exhausted == "" && region == "" && c.seatedFromRoster(en.ID) {
			// Seated from its roster in the nation: the seats it cannot
			// fill are unfilled and said so (note.party_seats_unfilled),
			// as before the rule.
			continue
		}
		if g > n {
			c.exhausted = append(c.exhausted, exhaustion{party: en.ID, region: region, candidates: n, won: g, vacant: g - n})
			if vacant == nil {
				vacant = map[string]int{}
			}
			vacant[en.ID] = g - n
		}
	}
	return vacant
}

// seatedFromRoster says that a list's deputies are seated from its roster
// (fill): its candidates have list positions or sex.
func (c *counter) seatedFromRoster(party string) bool {
	p, ok := c.e.Party(party)
	return ok && len(p.Candidates) > 0 && !namedOnly(p.Candidates)
}

// vacantOf is the list seats of party left vacant, its candidates used up.
func (c *counter) vacantOf(party string) int {
	n := 0
	for _, x := range c.exhausted {
		if x.party == party {
			n += x.vacant
		}
	}
	return n
}

// sayExhausted says each exhausted list in the notes, and makes the result
// provisional where the rule set does not say what becomes of its seats.
func (c *counter) sayExhausted() {
	if len(c.exhausted) == 0 {
		return
	}
	var scope, affects []string
	for _, x := range c.exhausted {
		name := x.party
		if p, ok := c.e.Party(x.party); ok && p.Name != "" {
			name = p.Name
		}
		// Said without words of its own: the notes and the scope are
		// said again in every language.
		where, affect, suffix := "", "list", "_nation"
		if x.region != "" {
			where, affect, suffix = x.region, "list@"+x.region, ""
		}
		args := words.Args{"party": name, "where": where, "n": strconv.Itoa(x.candidates), "seats": strconv.Itoa(x.won), "rest": strconv.Itoa(x.vacant)}
		switch c.r.List.Exhausted {
		case ExhaustedNext:
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.list_exhausted_next"+suffix, args))
		case ExhaustedVacant:
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.list_exhausted_vacant"+suffix, args))
		default:
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.list_exhausted_open"+suffix, args))
			at := x.party
			if where != "" {
				at += " (" + where + ")"
			}
			scope = append(scope, fmt.Sprintf("%s: %d > %d", at, x.won, x.candidates))
			if !slices.Contains(affects, affect) {
				affects = append(affects, affect)
			}
		}
	}
	if len(scope) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedListExhausted, Scope: scope, Count: len(scope), Affects: affects,
			Reason: fmt.Sprintf("%d lists won more seats than their candidates (seats > candidates: %s); the rule set does not say whether such a seat passes to the next quotient or stays vacant (list.exhausted \"next\" or \"vacant\"): they were left vacant, and the seats of the others rest on it", len(scope), strings.Join(scope, "; "))})
	}
}
