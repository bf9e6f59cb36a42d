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
// "победитель") that won an okrug or took list seats, and makes those
// seats provisional: a mapping that takes a file's column of each
// district's winner's votes ("Winner_Votes") as one candidate's elects
// that "candidate" everywhere, where each row's winner is another person.
// A person whose surname is the word is named so too: the finding gives
// the word, and decides nothing. Once per choice, naming where it won.
func (c *counter) placingChoicesSeated() {
	// A choice is named by its name where it has one: an ID is the
	// user's own short word ("first" for "First Party of Labour").
	c.seatedNamed(func(id, name string) string { return ingest.PlacingName(cmp.Or(name, id)) }, validate.PlacingWon, UnevaluatedPlacing, validate.PlacingSeated,
		"choice(s) %s, named as a placing (winner, runner-up...), not a party or candidate, won seats (findings %s): most likely a column of whoever stood at that place in each row, a different candidate from row to row, mapped as one choice, and the seats it won (%s) rest on it; map a column or a row per candidate, or, if it is a candidate's own name, these seats stand")
}

// seatedNamed adds the finding (code) that won makes of each choice
// whose ID or name named says something of (a word, "" for nothing) and
// that won an okrug or took list seats, once per choice naming where it
// won, and makes those seats provisional (kind), the reason (a format of
// the choices' IDs, code and the seats) saying why. An aggregate and the
// blank votes take no seat and are not looked at.
func (c *counter) seatedNamed(named func(id, name string) string, won func(id, name, word, where string) validate.Finding,
	kind string, code validate.Code, reason string) {
	var fs []validate.Finding
	var ids, affects []string
	for _, l := range c.res.Lists {
		if w := named(l.ID, l.Name); l.Seats > 0 && !l.Blank && w != "" {
			fs = append(fs, won(l.ID, cmp.Or(l.Name, l.ID), w, strconv.Itoa(l.Seats)+" list seat(s)"))
			ids, affects = append(ids, l.ID), append(affects, "list")
		}
	}
	okIDs, in, names, at := c.okrugsWonBy(func(s string) bool { return named(s, "") != "" })
	for _, id := range okIDs {
		w := named(id, names[id])
		if w == "" {
			continue
		}
		fs = append(fs, won(id, names[id], w, at[id]))
		for _, o := range in[id] {
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
	c.provisional(Unevaluated{Kind: kind, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf(reason, strings.Join(ids, ", "), code, strings.Join(affects, ", "))})
}
