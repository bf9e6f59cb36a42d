package shailoo

import (
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
	pooled := func(id, name string) string {
		if ingest.PooledName(id) || ingest.PooledName(name) {
			return id
		}
		return ""
	}
	c.seatedNamed(pooled, func(id, name, _, where string) validate.Finding { return validate.PooledWon(id, name, where) },
		UnevaluatedPooled, validate.PooledSeated,
		"choice(s) %s, named as the votes of others together (several parties' or candidates', no one's own), won seats (findings %s): most likely an aggregate mapped as a choice, and the seats it won (%s) rest on it; list it in the mapping's aggregates (it then takes no seat), or rename it if it is one party")
}
