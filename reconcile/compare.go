package reconcile

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/validate"
)

// pairAcc sums up a pair of sources as the protocols are compared.
type pairAcc struct {
	compared, differ, onlyA, onlyB, figures, notCompared int
	okrugs, regions                                      map[string]bool
	moved                                                map[[2]string]*Moved
	gaps                                                 []Gap
}

func newPairAcc() *pairAcc {
	return &pairAcc{okrugs: map[string]bool{}, regions: map[string]bool{}, moved: map[[2]string]*Moved{}}
}

// pairDiff is what one protocol of two sources gives: the fields on
// which they differ and how many figures one gives and the other not.
type pairDiff struct {
	fields      []string
	notCompared int
}

// diffMaps compares one kind of figure of two protocols: it iterates the
// smaller map only, so that a copy without preference votes costs nothing
// against a published protocol with hundreds.
func diffMaps[K ~string](kind string, a, b map[K]int64, d *pairDiff) {
	if len(a) == 0 || len(b) == 0 {
		return // a source that gives none of a kind: a note, not a finding
	}
	small, large := a, b
	if len(b) < len(a) {
		small, large = b, a
	}
	inter := 0
	for k, v := range small {
		if w, ok := large[k]; ok {
			inter++
			if v != w {
				d.fields = append(d.fields, kind+"."+string(k))
			}
		}
	}
	d.notCompared += len(a) + len(b) - 2*inter
}

func diffProtocols(a, b *election.Protocol) pairDiff {
	var d pairDiff
	diffMaps("lines", a.Lines, b.Lines, &d)
	diffMaps("votes", a.Votes, b.Votes, &d)
	diffMaps("preferences", a.Preferences, b.Preferences, &d)
	return d
}

// oneSided lists, in field order, the fields one of a and b gives and the
// other does not, of the kinds both give.
func oneSided(a, b *election.Protocol) []string { return fieldsApart(a, b, false) }

// compare compares every protocol two or more sources give, and lists
// those one source alone gives.
func (c *comparer) compare(r *Report) {
	seen := map[key]bool{}
	for _, s := range c.src {
		for k := range s.at {
			if !seen[k] {
				seen[k] = true
				c.keys = append(c.keys, k)
			}
		}
	}
	order.Stable(c.keys, c.compareKeys) // the keys differ: the one order there is
	n := len(c.src)
	c.pairs = map[[2]int]*pairAcc{}
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			c.pairs[[2]int{a, b}] = newPairAcc()
		}
	}
	have := make([]int, 0, n)
	prot := make([]*Protocol, n)
	diffs := map[[2]int]pairDiff{}
	for _, k := range c.keys {
		have = have[:0]
		for i, s := range c.src {
			prot[i] = nil
			if j, ok := s.at[k]; ok {
				have = append(have, i)
				prot[i] = &s.Protocols[j]
			}
		}
		for a := 0; a < n; a++ {
			for b := a + 1; b < n; b++ {
				switch {
				case prot[a] != nil && prot[b] == nil:
					c.pairs[[2]int{a, b}].onlyA++
				case prot[a] == nil && prot[b] != nil:
					c.pairs[[2]int{a, b}].onlyB++
				}
			}
		}
		if prot[c.base] == nil && !c.src[c.base].conflict[k] { // given twice apart: R706 says so
			p := prot[have[0]]
			var in []string
			for _, i := range have {
				in = append(in, c.src[i].Name)
			}
			c.finding(validate.SourcesNotInBase, c.place(p), "", strings.Join(in, ", "), 0,
				map[string]validate.Message{"source": same(strings.Join(in, "», «")), "base": same(c.src[c.base].Name)})
		}
		if len(have) == 1 {
			p := prot[have[0]]
			r.Only = append(r.Only, Only{Source: c.src[have[0]].Name, Precinct: k.precinct, Ballot: k.ballot, Machine: k.machine, File: p.File, Line: p.Line})
			continue
		}
		ref := have[0]
		if prot[c.base] != nil {
			ref = c.base
		}
		clear(diffs)
		union := map[string]bool{}
		for x, a := range have {
			for _, b := range have[x+1:] {
				d := diffProtocols(&prot[a].Protocol, &prot[b].Protocol)
				diffs[[2]int{a, b}] = d
				for _, f := range d.fields {
					union[f] = true
				}
			}
		}
		fields := slices.SortedFunc(maps.Keys(union), compareFields)
		c.differences(r, k, fields, have, prot, ref)
		for _, s := range have {
			if s == ref {
				continue
			}
			d := diffs[ordered(s, ref)]
			if d.notCompared == 0 {
				continue
			}
			names := oneSided(&prot[ref].Protocol, &prot[s].Protocol)
			list := names
			if len(list) > 3 {
				list = append(slices.Clone(list[:3]), "…")
			}
			c.finding(validate.SourcesFigureOnly, c.place(prot[s]), "", strconv.Itoa(d.notCompared), 0,
				map[string]validate.Message{"source": same(c.src[s].Name), "base": same(c.src[ref].Name), "fields": same(strings.Join(list, ", "))})
		}
		for pk, d := range diffs {
			c.accumulate(c.pairs[pk], k, d, prot[pk[0]], prot[pk[1]])
		}
	}
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			r.Pairs = append(r.Pairs, c.pairs[[2]int{a, b}].pair(c.src[a].Name, c.src[b].Name, c.o.Largest))
		}
	}
}

func ordered(a, b int) [2]int {
	if a > b {
		a, b = b, a
	}
	return [2]int{a, b}
}

// differences adds a Difference for each field and a finding for each
// source whose figure differs from the reference's.
func (c *comparer) differences(r *Report, k key, fields []string, have []int, prot []*Protocol, ref int) {
	var okrug, region string
	if i, ok := c.precincts[k.precinct]; ok {
		okrug, region = c.def.Precincts[i].Okrug, c.def.Precincts[i].Region
	}
	for _, f := range fields {
		rv, rok := figure(&prot[ref].Protocol, f)
		d := Difference{Precinct: k.precinct, Okrug: okrug, Region: region, Ballot: k.ballot, Machine: k.machine,
			Field: f, Reference: c.src[ref].Name, Values: make([]Value, 0, len(have))}
		for _, s := range have {
			p := prot[s]
			v, ok := figure(&p.Protocol, f)
			line, col := p.where(f)
			val := Value{Source: c.src[s].Name, Gap: gapOf(v, ok, rv, rok), File: p.File, Line: line, Column: col, Lines: p.fieldRows[f]}
			if ok {
				val.Value = &v
			}
			d.Values = append(d.Values, val)
			if s == ref || !ok || !rok || v == rv {
				continue
			}
			code := validate.SourcesLine
			switch {
			case strings.HasPrefix(f, "votes."):
				code = validate.SourcesVotes
			case strings.HasPrefix(f, "preferences."):
				code = validate.SourcesPreferences
			}
			c.finding(code, c.fieldPlace(p, f), show(rv, rok), show(v, ok), val.Gap,
				map[string]validate.Message{"source": same(c.src[s].Name), "base": same(c.src[ref].Name)})
		}
		r.Differences = append(r.Differences, d)
	}
}

// accumulate adds one protocol that sources a and b both give to their
// pair's summary.
func (c *comparer) accumulate(acc *pairAcc, k key, d pairDiff, a, b *Protocol) {
	acc.compared++
	acc.notCompared += d.notCompared
	if len(d.fields) == 0 {
		return
	}
	acc.differ++
	acc.figures += len(d.fields)
	if i, ok := c.precincts[k.precinct]; ok {
		pr := c.def.Precincts[i]
		if pr.Okrug != "" {
			acc.okrugs[pr.Okrug] = true
		}
		if pr.Region != "" {
			acc.regions[pr.Region] = true
		}
	}
	var gap int64
	for _, f := range d.fields {
		av, _ := figure(&a.Protocol, f)
		bv, _ := figure(&b.Protocol, f)
		g := subSat(bv, av)
		gap = addSat(gap, absSat(g))
		if choice, ok := strings.CutPrefix(f, "votes."); ok {
			mk := [2]string{string(k.ballot), choice}
			m := acc.moved[mk]
			if m == nil {
				m = &Moved{Ballot: k.ballot, Choice: choice}
				acc.moved[mk] = m
			}
			m.Net = addSat(m.Net, g)
			m.Gross = addSat(m.Gross, absSat(g))
		}
	}
	acc.gaps = append(acc.gaps, Gap{Precinct: k.precinct, Ballot: k.ballot, Machine: k.machine, Gap: gap, Figures: len(d.fields)})
}

// pair is the summary of acc, with its largest gaps.
func (acc *pairAcc) pair(a, b string, largest int) Pair {
	p := Pair{A: a, B: b, Compared: acc.compared, Differ: acc.differ, Share: share(acc.differ, acc.compared),
		OnlyA: acc.onlyA, OnlyB: acc.onlyB, Figures: acc.figures, NotCompared: acc.notCompared,
		Okrugs: sortedIDs(acc.okrugs), Regions: sortedIDs(acc.regions), Moved: []Moved{}}
	for _, m := range acc.moved {
		p.Moved = append(p.Moved, *m)
	}
	// One Moved per ballot and choice (acc.moved's key): the one order.
	order.Stable(p.Moved, func(x, y Moved) int {
		if c := strings.Compare(string(x.Ballot), string(y.Ballot)); c != 0 {
			return c
		}
		return strings.Compare(x.Choice, y.Choice)
	})
	// acc.gaps are in protocol order: a stable sort keeps it among equals.
	gaps := slices.Clone(acc.gaps)
	order.Stable(gaps, func(x, y Gap) int { return cmp.Compare(y.Gap, x.Gap) })
	p.Largest = gaps[:min(largest, len(gaps))]
	if p.Largest == nil {
		p.Largest = []Gap{}
	}
	return p
}

// share is n / of in percent, rounded half up to one decimal, exactly.
func share(n, of int) string {
	if of == 0 {
		return "-"
	}
	tenths := (int64(n)*2000 + int64(of)) / (2 * int64(of))
	return strconv.FormatInt(tenths/10, 10) + "." + strconv.FormatInt(tenths%10, 10) + "%"
}

// sortedIDs sorts IDs naturally: "2" before "10".
func sortedIDs(m map[string]bool) []string {
	out := slices.Collect(maps.Keys(m))
	slices.SortFunc(out, naturalCompare)
	if out == nil {
		out = []string{}
	}
	return out
}

// naturalCompare orders IDs as numbers where both are numbers, else as
// text.
func naturalCompare(a, b string) int {
	x, errA := strconv.ParseUint(a, 10, 63)
	y, errB := strconv.ParseUint(b, 10, 63)
	if errA == nil && errB == nil {
		return cmp.Compare(x, y)
	}
	return strings.Compare(a, b)
}

// versions sums up the sources with a time, in time order (sources of the
// same time in source order), each against the next.
func (c *comparer) versions() []Version {
	type timed struct {
		i int
		t instant
	}
	var ts []timed
	for i, s := range c.src {
		if s.Time == "" {
			continue
		}
		t, ok := parseRFC3339(s.Time)
		if !ok {
			continue // Reconcile checked every time
		}
		ts = append(ts, timed{i, t})
	}
	order.Stable(ts, func(a, b timed) int { return a.t.compare(b.t) })
	var out []Version
	for x := 1; x < len(ts); x++ {
		a, b := ts[x-1].i, ts[x].i
		o := ordered(a, b)
		p := c.pairs[o].pair(c.src[o[0]].Name, c.src[o[1]].Name, c.o.Largest)
		if a > b { // the pair was summed as b → a: turn it round
			p = p.reversed()
		}
		out = append(out, Version{From: c.src[a].Name, FromTime: c.src[a].Time, To: c.src[b].Name, ToTime: c.src[b].Time, Pair: p})
	}
	return out
}

// reversed is p with its sources swapped: A ↔ B, and what moved the other
// way.
func (p Pair) reversed() Pair {
	p.A, p.B = p.B, p.A
	p.OnlyA, p.OnlyB = p.OnlyB, p.OnlyA
	moved := make([]Moved, len(p.Moved))
	for i, m := range p.Moved {
		m.Net = -m.Net
		if m.Net == -1<<63 { // −(−2⁶³): saturate
			m.Net = 1<<63 - 1
		}
		moved[i] = m
	}
	p.Moved = moved
	return p
}
