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

// pooledChoicesSeated adds a finding (validate.PooledSeated) for each
// choice named as the votes of others together (ingest.PooledName, its ID
// or its name: Guyana's "rest", "Others") that won an okrug or took list
// seats, and makes those seats provisional: a hand mapping that maps the
// pooled votes of several parties as a choice, where the draft proposes
// them as an aggregate. Once per choice, naming where it won; an
// aggregate and the blank votes take no seat and are not looked at.
func (c *counter) pooledChoicesSeated() {
	var fs []validate.Finding
	var ids, affects []string
	for _, l := range c.res.Lists {
		if l.Seats > 0 && !l.Blank && (ingest.PooledName(l.ID) || ingest.PooledName(l.Name)) {
			fs = append(fs, validate.PooledWon(l.ID, cmp.Or(l.Name, l.ID), strconv.Itoa(l.Seats)+" list seat(s)"))
			ids, affects = append(ids, l.ID), append(affects, "list")
		}
	}
	okIDs, won, names := c.okrugsWonBy(ingest.PooledName)
	for _, id := range okIDs {
		fs = append(fs, validate.PooledWon(id, names[id], "okrug "+strings.Join(won[id], ", ")))
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
	c.provisional(Unevaluated{Kind: UnevaluatedPooled, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("choice(s) %s, named as the votes of others together (several parties' or candidates', no one's own), won seats (findings %s): most likely an aggregate mapped as a choice, and the seats it won (%s) rest on it; list it in the mapping's aggregates (it then takes no seat), or rename it if it is one party",
			strings.Join(ids, ", "), validate.PooledSeated, strings.Join(affects, ", "))})
}
