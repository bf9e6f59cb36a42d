package shailoo

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// Set returns a copy of r with the field at path (dotted JSON names, as in
// "threshold.percent" or "list.women_quota_rounding") set to value. The
// value is read as JSON when it parses as JSON and as a string otherwise,
// so "3", "true" and "dhondt" all work. The result is validated; an unknown
// path is an error.
//
//	r, err := shailoo.KG2021().Set("list.women_quota_rounding", "up")
func (r Rules) Set(path, value string) (Rules, error) {
	return r.SetAll(path + "=" + value)
}

// SetAll is Set of several fields, each change "path=value", validated
// together once all are made: a change that is valid only with another
// (a district's seats and the bound of its sex-balance rule) is made in
// one call. A path set twice, or a field and one inside it, is an error
// naming both changes.
//
//	r, _ := shailoo.Preset("kg2025")
//	r, err := r.SetAll("okrug.seats=2", "okrug.sex_balance.max_one_sex=1")
func (r Rules) SetAll(changes ...string) (Rules, error) {
	var tree map[string]any
	b, err := json.Marshal(r)
	if err != nil {
		return Rules{}, err
	}
	if err := json.Unmarshal(b, &tree); err != nil {
		return Rules{}, err
	}
	set := map[string]string{} // path → the change that set it
	for _, c := range changes {
		path, value, ok := strings.Cut(c, "=")
		if !ok {
			return Rules{}, fmt.Errorf("%w: %q: want path=value", ErrRules, c)
		}
		if first, twice := set[path]; twice {
			// Which one counts is not for the order of the flags to say.
			return Rules{}, fmt.Errorf("%w: %q and %q: %s is set twice", ErrRules, first, c, path)
		}
		for p, first := range set {
			// A field and one inside it ("okrug" and "okrug.seats"):
			// the one made last would undo the other, or change it.
			if strings.HasPrefix(path, p+".") || strings.HasPrefix(p, path+".") {
				return Rules{}, fmt.Errorf("%w: %q and %q: one sets a field inside the other", ErrRules, first, c)
			}
		}
		set[path] = c
		keys := strings.Split(path, ".")
		node := tree
		for i, k := range keys[:len(keys)-1] {
			next, ok := node[k].(map[string]any)
			if !ok {
				if _, exists := node[k]; exists && node[k] != nil {
					return Rules{}, fmt.Errorf("%w: %s is not an object", ErrRules, strings.Join(keys[:i+1], "."))
				}
				next = map[string]any{}
				node[k] = next
			}
			node = next
		}
		var v any
		if err := json.Unmarshal([]byte(value), &v); err != nil {
			v = value
		}
		// Numbers that the schema keeps as decimal strings stay exact.
		if _, ok := v.(float64); ok {
			v = json.Number(value)
		}
		node[keys[len(keys)-1]] = v
	}
	b, err = json.Marshal(tree)
	if err != nil {
		return Rules{}, err
	}
	out, err := ReadRules(bytes.NewReader(b), "--set")
	if pe, ok := errors.AsType[*ingest.ParseError](err); ok {
		// The place in the JSON made here means nothing to the user;
		// the field does.
		pe.Line, pe.Column = 0, 0
	}
	if err != nil {
		return Rules{}, err
	}
	return out, nil
}

// WhatIf is a count under two rule sets side by side. Base and
// Alternative are the two whole Results: each side's ties and decisions
// (Ties, AwaitingLots), findings and notes are there, and a caller must
// look at both (the CLI exits with the worse of the two).
type WhatIf struct {
	Base        *Result       `json:"base"`
	Alternative *Result       `json:"alternative"`
	Changes     []string      `json:"changes"`
	Lists       []ListChange  `json:"lists"`
	Okrugs      []OkrugChange `json:"okrugs,omitempty"`
}

// ListChange is one list's seats under both rule sets and the deputies who
// lose or gain a seat.
type ListChange struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Base        int    `json:"base"`
	Alternative int    `json:"alternative"`
	Moved       int    `json:"moved"`
	// Women seated from the list under each rule set.
	WomenBase        int      `json:"women_base"`
	WomenAlternative int      `json:"women_alternative"`
	Lose             []Deputy `json:"lose,omitempty"`
	Gain             []Deputy `json:"gain,omitempty"`
}

// OkrugChange is an okrug whose outcome differs between the rule sets.
type OkrugChange struct {
	ID          string `json:"id"`
	Base        string `json:"base"`
	Alternative string `json:"alternative"`
	// Lose and Gain are the candidates who hold a seat of the okrug in
	// Base and not in Alternative, and the other way round.
	Lose []string `json:"lose,omitempty"`
	Gain []string `json:"gain,omitempty"`
}

// Compare counts e under base and under alt and lists what moves: seats per
// list, the deputies who lose or gain a seat inside each list, and okrug
// outcomes that differ.
func Compare(e *election.Election, base, alt Rules, o Options) (*WhatIf, error) {
	rb, err := CountWith(e, base, o)
	if err != nil {
		return nil, err
	}
	ra, err := CountWith(e, alt, o)
	if err != nil {
		return nil, err
	}
	w := compareResults(rb, ra)
	w.Changes = diffRules(base, alt)
	return w, nil
}

// CompareCounts lists what moves from the count base to the count alt:
// the comparison Compare makes, for two counts of different protocols
// (package reconcile counts the published protocols and the same with
// another source's figures in their place). Changes is left for the
// caller to say what differs between the two.
func CompareCounts(base, alt *Result) (*WhatIf, error) {
	if base == nil || alt == nil {
		return nil, errors.New("shailoo: CompareCounts needs two Results")
	}
	return compareResults(base, alt), nil
}

// compareResults lists what moves from rb to ra.
func compareResults(rb, ra *Result) *WhatIf {
	w := &WhatIf{Base: rb, Alternative: ra}
	alts := map[string]List{}
	for _, l := range ra.Lists {
		alts[l.ID] = l
	}
	for _, l := range rb.Lists {
		a := alts[l.ID]
		c := ListChange{ID: l.ID, Name: l.Name, Base: l.Seats, Alternative: a.Seats, Moved: a.Seats - l.Seats}
		c.Lose, c.Gain = deputyDiff(l, a)
		c.WomenBase, c.WomenAlternative = l.Women(), a.Women()
		if c.Base != 0 || c.Alternative != 0 {
			w.Lists = append(w.Lists, c)
		}
	}
	alto := map[string]Okrug{}
	for _, o := range ra.Okrugs {
		alto[o.Okrug] = o
	}
	for _, o := range rb.Okrugs {
		a := alto[o.Okrug]
		lose, gain := seatDiff(o, a)
		if a.Outcome != o.Outcome || a.Winner != o.Winner || !slices.Equal(a.Runoff, o.Runoff) || len(lose) > 0 || len(gain) > 0 {
			w.Okrugs = append(w.Okrugs, OkrugChange{ID: o.Okrug, Base: outcome(o), Alternative: outcome(a), Lose: lose, Gain: gain})
		}
	}
	return w
}

func outcome(o Okrug) string {
	if o.Winner != "" {
		return string(o.Outcome) + ": " + o.Winner
	}
	if len(o.Elected) > 0 {
		ids := make([]string, len(o.Elected))
		for i, d := range o.Elected {
			ids[i] = d.ID
		}
		return string(o.Outcome) + ": " + strings.Join(ids, ", ")
	}
	if len(o.Runoff) > 0 { // who goes to the second round
		return string(o.Outcome) + ": " + strings.Join(o.Runoff, ", ")
	}
	return string(o.Outcome)
}

// seated is who holds a seat of o: its winner or the deputies of a
// district.
func seated(o Okrug) []string {
	if o.Winner != "" {
		return []string{o.Winner}
	}
	ids := make([]string, len(o.Elected))
	for i, d := range o.Elected {
		ids[i] = d.ID
	}
	return ids
}

// seatDiff is who of okrug a loses a seat in b, and who gains one.
func seatDiff(a, b Okrug) (lose, gain []string) {
	sa, sb := seated(a), seated(b)
	for _, id := range sa {
		if !slices.Contains(sb, id) {
			lose = append(lose, id)
		}
	}
	for _, id := range sb {
		if !slices.Contains(sa, id) {
			gain = append(gain, id)
		}
	}
	return lose, gain
}

func deputyDiff(a, b List) (lose, gain []Deputy) {
	in := func(l List) map[string]bool {
		m := map[string]bool{}
		for _, d := range l.Deputies {
			m[d.ID] = true
		}
		return m
	}
	ina, inb := in(a), in(b)
	for _, d := range a.Deputies {
		if !inb[d.ID] {
			lose = append(lose, d)
		}
	}
	for _, d := range b.Deputies {
		if !ina[d.ID] {
			gain = append(gain, d)
		}
	}
	return lose, gain
}

// metadata are the top-level fields of a rule set that name it and change
// no seat.
var metadata = map[string]bool{"format": true, "id": true, "version": true, "name": true, "sources": true}

// diffRules lists the fields that differ, as "path: base -> alternative".
func diffRules(a, b Rules) []string {
	var ta, tb map[string]any
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	_ = json.Unmarshal(ja, &ta)
	_ = json.Unmarshal(jb, &tb)
	var out []string
	diffTree("", ta, tb, &out)
	return out
}

func diffTree(prefix string, a, b map[string]any, out *[]string) {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		if prefix == "" && metadata[k] {
			continue
		}
		p := k
		if prefix != "" {
			p = prefix + "." + k
		}
		ma, oka := a[k].(map[string]any)
		mb, okb := b[k].(map[string]any)
		if oka && okb {
			diffTree(p, ma, mb, out)
			continue
		}
		va, _ := json.Marshal(a[k])
		vb, _ := json.Marshal(b[k])
		if !bytes.Equal(va, vb) {
			*out = append(*out, p+": "+string(va)+" -> "+string(vb))
		}
	}
}
