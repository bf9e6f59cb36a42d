package reconcile

import (
	"maps"
	"slices"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/validate"
)

// impact counts the base and, for each other source, the base with the
// source's figures in place of the base's where it gives them, through
// the ordinary count, and compares each with the base.
func (c *comparer) impact() ([]Impact, error) {
	base := c.src[c.base]
	e := *c.def
	e.Protocols = make([]election.Protocol, len(base.Protocols))
	for i := range base.Protocols {
		e.Protocols[i] = base.Protocols[i].Protocol
	}
	rb, err := shailoo.CountWith(&e, c.o.Rules, c.o.Count)
	if err != nil {
		return nil, err
	}
	var out []Impact
	for i, s := range c.src {
		if i == c.base {
			continue
		}
		alt, im := c.substitute(&e, s)
		ra, err := shailoo.CountWith(alt, c.o.Rules, c.o.Count)
		if err != nil {
			return nil, err
		}
		w, err := shailoo.CompareCounts(rb, ra)
		if err != nil {
			return nil, err
		}
		im.Lists, im.Okrugs = w.Lists, w.Okrugs
		if im.Lists == nil {
			im.Lists = []shailoo.ListChange{}
		}
		im.Votes = []ListVotes{}
		av := map[string]int64{}
		for _, l := range ra.Lists {
			av[l.ID] = l.Votes
		}
		for _, l := range rb.Lists {
			im.Votes = append(im.Votes, ListVotes{ID: l.ID, Name: l.Name, Base: l.Votes, Alternative: av[l.ID]})
		}
		im.Base, im.Alternative = state(rb), state(ra)
		im.OwnErrors, im.OwnErrorCount = ownFindings(rb, ra, validate.Error)
		im.OwnWarnings, im.OwnWarningCount = ownFindings(rb, ra, validate.Warning)
		out = append(out, im)
	}
	return out, nil
}

// ownFindings returns the first MaxOwnErrors findings of severity sev of
// alt that base has not (by code and place), and how many there are.
func ownFindings(base, alt *shailoo.Result, sev validate.Severity) ([]validate.Finding, int) {
	type at struct {
		code  validate.Code
		place validate.Place
	}
	// (the file and line of a substituted figure are the base's)
	key := func(f validate.Finding) at {
		p := f.Place
		p.File, p.Row, p.Column = "", 0, 0
		return at{f.Code, p}
	}
	had := map[at]bool{}
	for _, f := range base.Findings.Findings {
		if f.Severity == sev {
			had[key(f)] = true
		}
	}
	var out []validate.Finding
	n := 0
	for _, f := range alt.Findings.Findings {
		if f.Severity != sev || had[key(f)] {
			continue
		}
		if n++; len(out) < MaxOwnErrors {
			out = append(out, f)
		}
	}
	return out, n
}

func state(r *shailoo.Result) CountState {
	s := CountState{Seats: r.Seats, Errors: r.Findings.Errors(), Warnings: r.Findings.Warnings(), Ties: len(r.Ties),
		AwaitingLots: r.AwaitingLots(), Provisional: r.Provisional, NotCounted: r.NotCounted}
	s.Why = slices.Clone(r.ProvisionalReasons)
	for _, f := range r.Findings.Findings {
		if (f.Severity == validate.Error || f.Severity == validate.Warning) && !slices.Contains(s.Codes, f.Code) {
			s.Codes = append(s.Codes, f.Code)
		}
	}
	slices.Sort(s.Codes)
	return s
}

// substitute returns the election e (the base) with the figures of s in
// place of the base's where s gives them, and what was substituted. A
// protocol of s that the base lacks is added as s gives it; one of a
// precinct or ballot the definition lacks, or that s or the base gives
// twice apart, is left out (its findings say so).
func (c *comparer) substitute(e *election.Election, s *indexed) (*election.Election, Impact) {
	im := Impact{Source: s.Name}
	base := c.src[c.base]
	alt := *e
	alt.Protocols = append([]election.Protocol(nil), e.Protocols...)
	for k, j := range s.at {
		p := &s.Protocols[j]
		pi, known := c.precincts[k.precinct]
		if !known || !c.issues(c.def.Precincts[pi], k.ballot) || base.conflict[k] {
			im.LeftOut++
			continue
		}
		bi, ok := base.at[k]
		if !ok {
			alt.Protocols = append(alt.Protocols, p.Protocol)
			im.Added++
			continue
		}
		im.Substituted++
		q := alt.Protocols[bi]
		if !changes(&q, &p.Protocol) {
			continue
		}
		q.Lines, q.Votes, q.Preferences = maps.Clone(q.Lines), maps.Clone(q.Votes), maps.Clone(q.Preferences)
		for l, v := range p.Lines {
			if w, ok := q.Lines[l]; !ok || w != v {
				im.Changed++
				if q.Lines == nil {
					q.Lines = map[election.Line]int64{}
				}
				q.Lines[l] = v
			}
		}
		im.Changed += overwrite(&q.Votes, p.Votes)
		im.Changed += overwrite(&q.Preferences, p.Preferences)
		alt.Protocols[bi] = q
	}
	im.LeftOut += len(s.conflict)
	for k := range base.at {
		if _, given := s.at[k]; !given && !s.conflict[k] {
			im.Kept++
		}
	}
	// The protocols added are in map order: sort them as the report does,
	// so that the count's inputs are the same on every run.
	added := alt.Protocols[len(e.Protocols):]
	sortProtocols(added, c.compareKeys)
	return &alt, im
}

func overwrite(dst *map[string]int64, src map[string]int64) int {
	n := 0
	for k, v := range src {
		if w, ok := (*dst)[k]; !ok || w != v {
			if *dst == nil {
				*dst = map[string]int64{}
			}
			(*dst)[k] = v
			n++
		}
	}
	return n
}

// Their keys differ (they come from a map), so a stable sort gives the one
// order there is; order.Stable, not slices.SortFunc: one sort compiled
// into the page's .wasm rather than one per element type (issue 16).
func sortProtocols(ps []election.Protocol, compare func(a, b key) int) {
	order.Stable(ps, func(a, b election.Protocol) int { return compare(keyOf(&a), keyOf(&b)) })
}

// changes says whether a figure of p differs from q's or is one q lacks.
func changes(q, p *election.Protocol) bool {
	for l, v := range p.Lines {
		if w, ok := q.Lines[l]; !ok || w != v {
			return true
		}
	}
	for _, m := range [][2]map[string]int64{{q.Votes, p.Votes}, {q.Preferences, p.Preferences}} {
		for k, v := range m[1] {
			if w, ok := m[0][k]; !ok || w != v {
				return true
			}
		}
	}
	return false
}
