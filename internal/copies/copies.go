// Package copies plants differences of known kinds between the published
// protocols of an election and observers' copies of them, and between two
// published versions, and says what it planted: the test data of
// `shailoo synth --copies` and of package reconcile's tests, which check
// that reconcile finds exactly what was planted, no more, no less.
//
// A copy is what an observer types from the signed paper protocol: the
// precinct, the ballot, the lines and the votes (no preference votes).
// Of the faulty copies, each has one difference of one kind, in turn: a
// digit transposed in one figure, votes moved from one choice to another,
// the invalid ballots changed. The earlier published version differs from
// the final one in a fiftieth of the list protocols, each by votes moved
// between two parties. Everything follows from the seed.
package copies

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	rand "math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// Config says what to plant.
type Config struct {
	// Copies is how many copies to make (one protocol each, of distinct
	// precincts); Faulty how many of them differ from the published
	// protocol.
	Copies, Faulty int
	Seed           uint64
}

// Copy is one copy and the name of its file.
type Copy struct {
	Name     string
	Protocol election.Protocol
}

// Change is one figure that differs: its value in the final published
// protocol (Base) and in the copy or the earlier version (Other).
type Change struct {
	Field string `json:"field"`
	Base  int64  `json:"base"`
	Other int64  `json:"other"`
}

// Planted is one protocol with planted differences.
type Planted struct {
	// File is the copy's file name; empty for a version change.
	File     string              `json:"file,omitempty"`
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
	Kind     string              `json:"kind"`
	Changes  []Change            `json:"changes"`
}

// The kinds of difference planted.
const (
	Transposed = "transposed" // two adjacent digits of a figure swapped
	Moved      = "moved"      // votes moved from one choice to another
	Invalid    = "invalid"    // the invalid ballots changed
)

// Manifest says what was planted.
type Manifest struct {
	Seed   uint64 `json:"seed"`
	Copies int    `json:"copies"`
	Faulty int    `json:"faulty"`
	// CopyFaults: each faulty copy against the final published protocol;
	// VersionChanges: the earlier version against the final one.
	CopyFaults     []Planted `json:"copy_faults"`
	VersionChanges []Planted `json:"version_changes"`
}

// ErrConfig is returned for a configuration that cannot be planted.
var ErrConfig = errors.New("copies: bad configuration")

// Make makes the copies and the earlier version of e's protocols (the
// final version), and the manifest of what differs.
func Make(e *election.Election, c Config) (copies []Copy, early []election.Protocol, m Manifest, err error) {
	if e == nil {
		return nil, nil, m, fmt.Errorf("%w: nil election", ErrConfig)
	}
	var lists []int // manual list protocols, one per precinct
	byPrecinct := map[string]map[election.BallotKind]int{}
	for i, p := range e.Protocols {
		if p.Machine {
			continue
		}
		if byPrecinct[p.Precinct] == nil {
			byPrecinct[p.Precinct] = map[election.BallotKind]int{}
		}
		if _, dup := byPrecinct[p.Precinct][p.Ballot]; dup {
			continue
		}
		byPrecinct[p.Precinct][p.Ballot] = i
		if p.Ballot == election.ListBallot {
			lists = append(lists, i)
		}
	}
	if c.Copies < 0 || c.Faulty < 0 || c.Faulty > c.Copies || c.Copies > len(lists) {
		return nil, nil, m, fmt.Errorf("%w: %d copies, %d faulty, of %d precincts with a list protocol", ErrConfig, c.Copies, c.Faulty, len(lists))
	}
	m = Manifest{Seed: c.Seed, Copies: c.Copies, Faulty: c.Faulty, CopyFaults: []Planted{}, VersionChanges: []Planted{}}
	rng := rand.New(rand.NewPCG(c.Seed, 0x636f70696573))
	order := rng.Perm(len(lists))
	faulty := map[int]bool{}
	for _, i := range rng.Perm(c.Copies)[:c.Faulty] {
		faulty[i] = true
	}
	kinds := []string{Transposed, Moved, Invalid}
	nk := 0
	for n := 0; n < c.Copies; n++ {
		src := e.Protocols[lists[order[n]]]
		// every fifth copy is of the okrug ballot, where there is one
		if n%5 == 4 {
			if i, ok := byPrecinct[src.Precinct][election.OkrugBallot]; ok {
				src = e.Protocols[i]
			}
		}
		cp := election.Protocol{Precinct: src.Precinct, Ballot: src.Ballot, Lines: maps.Clone(src.Lines), Votes: maps.Clone(src.Votes)}
		name := fileName(src.Precinct, src.Ballot)
		if faulty[n] {
			var p Planted
			ok := false
			for try := 0; try < len(kinds) && !ok; try++ {
				kind := kinds[(nk+try)%len(kinds)]
				p, ok = plant(rng, &cp, kind)
			}
			nk++
			if !ok {
				return nil, nil, m, fmt.Errorf("%w: nothing to plant in the protocol of precinct %s", ErrConfig, src.Precinct)
			}
			p.File, p.Precinct, p.Ballot = name, src.Precinct, src.Ballot
			m.CopyFaults = append(m.CopyFaults, p)
		}
		copies = append(copies, Copy{Name: name, Protocol: cp})
	}
	// The earlier version: a fiftieth of the list protocols had votes
	// moved between two parties, which the final version moved back.
	early = slices.Clone(e.Protocols)
	changes := max(1, len(lists)/50)
	for _, i := range rng.Perm(len(lists))[:min(changes, len(lists))] {
		at := lists[i]
		p := early[at]
		p.Votes = maps.Clone(p.Votes)
		pl, ok := plant(rng, &p, Moved)
		if !ok {
			continue
		}
		early[at] = p
		pl.Precinct, pl.Ballot = p.Precinct, p.Ballot
		m.VersionChanges = append(m.VersionChanges, pl)
	}
	slices.SortFunc(m.VersionChanges, func(a, b Planted) int { return strings.Compare(a.Precinct, b.Precinct) })
	return copies, early, m, nil
}

// fileName is the file of a copy: precinct and ballot, the precinct's
// characters outside [A-Za-z0-9_-] written as "_".
func fileName(precinct string, b election.BallotKind) string {
	safe := strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
			return r
		}
		return '_'
	}, precinct)
	return safe + "-" + string(b) + ".json"
}

// plant plants one difference of the kind in p, and says what.
func plant(rng *rand.Rand, p *election.Protocol, kind string) (Planted, bool) {
	pl := Planted{Kind: kind}
	switch kind {
	case Transposed:
		type cand struct {
			field string
			v     int64
		}
		var cs []cand
		for _, l := range election.AllLines() {
			if v, ok := p.Lines[l]; ok && transposable(v) {
				cs = append(cs, cand{"lines." + string(l), v})
			}
		}
		for _, k := range slices.Sorted(maps.Keys(p.Votes)) {
			if v := p.Votes[k]; transposable(v) {
				cs = append(cs, cand{"votes." + k, v})
			}
		}
		if len(cs) == 0 {
			return pl, false
		}
		c := cs[rng.IntN(len(cs))]
		to := transpose(c.v, rng)
		set(p, c.field, to)
		pl.Changes = []Change{{c.field, c.v, to}}
	case Moved:
		keys := slices.Sorted(maps.Keys(p.Votes))
		var from []string
		for _, k := range keys {
			if p.Votes[k] > 0 {
				from = append(from, k)
			}
		}
		if len(from) == 0 || len(keys) < 2 {
			return pl, false
		}
		a := from[rng.IntN(len(from))]
		b := a
		for b == a {
			b = keys[rng.IntN(len(keys))]
		}
		k := 1 + rng.Int64N(min(p.Votes[a], 20))
		va, vb := p.Votes[a], p.Votes[b]
		p.Votes[a], p.Votes[b] = va-k, vb+k
		pl.Changes = []Change{{"votes." + a, va, va - k}, {"votes." + b, vb, vb + k}}
		slices.SortFunc(pl.Changes, func(x, y Change) int { return strings.Compare(x.Field, y.Field) })
	case Invalid:
		v, ok := p.Lines[election.Invalid]
		if !ok {
			return pl, false
		}
		d := 1 + rng.Int64N(9)
		if rng.IntN(2) == 0 && v >= d {
			d = -d
		}
		p.Lines[election.Invalid] = v + d
		pl.Changes = []Change{{"lines.invalid", v, v + d}}
	}
	return pl, true
}

func set(p *election.Protocol, field string, v int64) {
	kind, name, _ := strings.Cut(field, ".")
	if kind == "lines" {
		p.Lines[election.Line(name)] = v
	} else {
		p.Votes[name] = v
	}
}

// transposable says whether swapping two adjacent digits of v changes it.
func transposable(v int64) bool {
	if v < 10 {
		return false
	}
	s := strconv.FormatInt(v, 10)
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] && !(i == 1 && s[i] == '0') {
			return true
		}
	}
	return false
}

// transpose swaps two adjacent different digits of v, chosen at random,
// never making a leading zero.
func transpose(v int64, rng *rand.Rand) int64 {
	s := []byte(strconv.FormatInt(v, 10))
	var at []int
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] && !(i == 1 && s[i] == '0') {
			at = append(at, i)
		}
	}
	i := at[rng.IntN(len(at))]
	s[i-1], s[i] = s[i], s[i-1]
	n, _ := strconv.ParseInt(string(s), 10, 64)
	return n
}

// Text is one file of the test data: its name and bytes, and for a CSV
// file its mapping's.
type Text struct {
	Name, MappingName string
	Data, Mapping     []byte
}

// Texts are the files `shailoo synth --copies` writes, in memory: the
// definition, the final and the earlier version (a CSV file with its
// mapping per ballot) and the copies.
type Texts struct {
	Definition   []byte
	Final, Early []Text
	Copies       []Text
}

// Write returns the files of e (the final version), early and cps.
func Write(e *election.Election, early []election.Protocol, cps []Copy) (*Texts, error) {
	if e == nil {
		return nil, fmt.Errorf("%w: nil election", ErrConfig)
	}
	var t Texts
	def := *e
	def.Protocols = nil
	var err error
	if t.Definition, err = json.MarshalIndent(&def, "", " "); err != nil {
		return nil, err
	}
	ee := *e
	ee.Protocols = early
	for _, v := range []struct {
		e      *election.Election
		suffix string
		out    *[]Text
	}{{e, "", &t.Final}, {&ee, "-early", &t.Early}} {
		for _, f := range ingest.BallotFiles(v.e) {
			var b bytes.Buffer
			if err := ingest.WriteCSV(&b, f.Protocols, f.Precincts, f.Mapping); err != nil {
				return nil, err
			}
			m, err := json.MarshalIndent(f.Mapping, "", " ")
			if err != nil {
				return nil, err
			}
			*v.out = append(*v.out, Text{Name: string(f.Ballot) + v.suffix + ".csv", Data: b.Bytes(), MappingName: string(f.Ballot) + "-mapping.json", Mapping: m})
		}
	}
	for _, c := range cps {
		b, err := json.MarshalIndent(c.Protocol, "", " ")
		if err != nil {
			return nil, err
		}
		t.Copies = append(t.Copies, Text{Name: "copies/" + c.Name, Data: b})
	}
	return &t, nil
}
