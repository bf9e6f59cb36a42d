package shailoo

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// placingChoicesSeated adds a finding (validate.PlacingSeated) for each
// choice named as a placing (ingest.PlacingName of its name or, without
// one, its ID: "winner", "runner-up", "2nd place", "ganador",
// "победитель") that won an okrug or took list seats, and makes those seats provisional: a
// mapping that takes a file's column of each district's winner's votes
// ("Winner_Votes") as one candidate's elects that "candidate" everywhere,
// where each row's winner is another person. A person whose surname is
// the word is named so too: the finding gives the word, and decides
// nothing. Once per choice, naming where it won.
func (c *counter) placingChoicesSeated() {
	var fs []validate.Finding
	var ids, affects []string
	// A choice is named by its name where it has one: an ID is the
	// user's own short word ("first" for "First Party of Labour").
	placing := func(id, name string) string { return ingest.PlacingName(cmp.Or(name, id)) }
	for _, l := range c.res.Lists {
		if p := placing(l.ID, l.Name); l.Seats > 0 && !l.Blank && p != "" {
			fs = append(fs, validate.PlacingWon(l.ID, cmp.Or(l.Name, l.ID), p, strconv.Itoa(l.Seats)+" list seat(s)"))
			ids, affects = append(ids, l.ID), append(affects, "list")
		}
	}
	okIDs, won, names := c.okrugsWonBy(func(s string) bool { return ingest.PlacingName(s) != "" })
	for _, id := range okIDs {
		p := placing(id, names[id])
		if p == "" {
			continue
		}
		fs = append(fs, validate.PlacingWon(id, names[id], p, "okrug "+strings.Join(won[id], ", ")))
		for _, o := range won[id] {
			affects = append(affects, "okrug/"+o)
		}
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if len(fs) == 0 {
		return
	}
	c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: fs})
	slices.Sort(affects)
	affects = slices.Compact(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedPlacing, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("choice(s) %s, named as a placing (winner, runner-up, second...), not a party or candidate, won seats (findings %s): most likely a column of whoever stood at that place in each row, a different candidate from row to row, mapped as one choice, and the seats it won (%s) rest on it; give a column per candidate or a row per candidate (a long file), or, if it is a candidate's own name, these seats stand",
			strings.Join(ids, ", "), validate.PlacingSeated, strings.Join(affects, ", "))})
}
