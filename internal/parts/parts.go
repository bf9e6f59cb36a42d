// Package parts joins the figures of a protocol given in parts by several
// files (ingest.Mapping.Part: Slovakia's lines in one table, its votes in
// another): a figure one part gives is the protocol's; one two parts give
// alike is one figure; one they give differently is left not given,
// whatever a later part says, since which is right is not known. The
// count (shailoo.MergeCSV) and reconcile join parts through it.
package parts

import (
	"maps"
	"slices"

	"github.com/shailoo/shailoo/election"
)

// Row is the row on Line of File.
type Row struct {
	File string
	Line int
}

// Figures keeps, per joined protocol (by its index), the figures two
// parts gave differently and the row of each figure a later part gave.
// The zero value is ready.
type Figures struct {
	differ map[figure]bool
	from   map[figure]Row
}

type figure struct {
	protocol int
	name     string
}

// Join puts the figures of part q, read at row, into p, the protocol of
// index at that earlier parts gave. A figure given differently is left
// out of p and said to differ: with its name ("lines.valid",
// "votes.<id>", "preferences.<id>"), q's value, p's, and the row that
// gave p's (first(), the first part's, unless a later part gave it).
func (j *Figures) Join(p, q *election.Protocol, at int, row Row, first func() Row, differ func(name string, got, had int64, earlier Row)) {
	if j == nil || p == nil || q == nil {
		return
	}
	if first == nil {
		first = func() Row { return Row{} }
	}
	if differ == nil {
		differ = func(string, int64, int64, Row) {}
	}
	if j.differ == nil {
		j.differ, j.from = map[figure]bool{}, map[figure]Row{}
	}
	// put sets figure name of p's section to to v, or leaves it out.
	put := func(name string, had int64, given bool, v int64) bool {
		f := figure{at, name}
		switch {
		case j.differ[f]:
			return false
		case given && had != v:
			j.differ[f] = true
			earlier, ok := j.from[f]
			if !ok {
				earlier = first()
			}
			differ(name, v, had, earlier)
			return false
		case !given:
			j.from[f] = row
		}
		return true
	}
	for _, l := range slices.Sorted(maps.Keys(q.Lines)) {
		had, given := p.Lines[l]
		if !put("lines."+string(l), had, given, q.Lines[l]) {
			if given {
				delete(p.Lines, l)
			}
			continue
		}
		if p.Lines == nil {
			p.Lines = map[election.Line]int64{}
		}
		p.Lines[l] = q.Lines[l]
	}
	for _, x := range [2]struct {
		sec      string
		to, from *map[string]int64
	}{{"votes.", &p.Votes, &q.Votes}, {"preferences.", &p.Preferences, &q.Preferences}} {
		for _, id := range slices.Sorted(maps.Keys(*x.from)) {
			v := (*x.from)[id]
			had, given := (*x.to)[id]
			if !put(x.sec+id, had, given, v) {
				if given {
					delete(*x.to, id)
				}
				continue
			}
			if *x.to == nil {
				*x.to = map[string]int64{}
			}
			(*x.to)[id] = v
		}
	}
}
