// Package dense is the form of a precinct protocol that the counting hot
// path works on, shared by tally (the sums) and validate (the control
// relations and cross-checks), and fed by both entry points of a count:
// the in-memory election.Election, whose protocols are converted one by
// one (Keys.Load), and the streaming CSV reader, whose rows are mapped
// once per file from the file's column layout to the same positions.
//
// Every line name, choice ID and preference candidate ID gets a position
// once, in a Keys; a Protocol is its figures as (position, value) entries,
// so that summing and checking index slices instead of hashing strings.
// The positions of the lines of election.Lines are fixed: line i of
// election.Lines is position i.
package dense

import (
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// Entry is one figure of a protocol: the position of its key and its value.
type Entry struct {
	Pos int32
	V   int64
}

// Protocol is one protocol in dense form. Each position occurs at most
// once in each section. NilLines and NilVotes record a nil map (which
// serialises as null, an empty one as {}); Prefs is omitted from the JSON
// when empty, as election.Protocol's omitempty does.
type Protocol struct {
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Lines    []Entry
	Votes    []Entry
	Prefs    []Entry
	NilLines bool
	NilVotes bool
}

// Sections of a protocol, in the order tally looks for an overflow.
const (
	SecLines = iota
	SecVotes
	SecPrefs
	Sections
)

// Section returns the entries of section sec.
func (p *Protocol) Section(sec int) []Entry {
	switch sec {
	case SecLines:
		return p.Lines
	case SecVotes:
		return p.Votes
	}
	return p.Prefs
}

// Index gives strings dense positions 0, 1, 2... in the order they are
// first inserted.
type Index struct {
	pos   map[string]int32
	keys  []string
	ranks []int32 // rank of each key in sorted order, for len(ranks) keys
}

// Ranks returns the rank of each position's key among the keys sorted.
func (x *Index) Ranks() []int32 {
	if len(x.ranks) == len(x.keys) {
		return x.ranks
	}
	order := make([]int32, len(x.keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(x.keys[a], x.keys[b]) })
	x.ranks = make([]int32, len(x.keys))
	for r, p := range order {
		x.ranks[p] = int32(r)
	}
	return x.ranks
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{pos: map[string]int32{}} }

// Insert returns the position of key, giving it the next one if it has
// none.
func (x *Index) Insert(key string) int32 {
	if p, ok := x.pos[key]; ok {
		return p
	}
	p := int32(len(x.keys))
	x.pos[key] = p
	x.keys = append(x.keys, key)
	return p
}

// Find returns the position of key, or -1.
func (x *Index) Find(key string) int32 {
	if p, ok := x.pos[key]; ok {
		return p
	}
	return -1
}

// Len is the number of keys.
func (x *Index) Len() int { return len(x.keys) }

// Keys returns the keys by position. Keys inserted later are not in it,
// and it stays valid (and unchanged) while they are.
func (x *Index) Keys() []string { return x.keys[:len(x.keys):len(x.keys)] }

// Key returns the key at position p.
func (x *Index) Key(p int32) string { return x.keys[p] }

// Keys indexes the line names, choice IDs and preference candidate IDs of
// one count. Several goroutines may read it; only one may insert.
type Keys struct {
	Lines, Votes, Prefs *Index
	scratch             [Sections]struct {
		at  []Entry
		set []bool
	}
}

// NewKeys returns keys with the lines of election.Lines at positions
// 0..len(election.Lines)-1.
func NewKeys() *Keys {
	k := &Keys{Lines: NewIndex(), Votes: NewIndex(), Prefs: NewIndex()}
	for _, l := range election.Lines {
		k.Lines.Insert(string(l))
	}
	return k
}

// Section returns the index of section sec.
func (k *Keys) Section(sec int) *Index {
	switch sec {
	case SecLines:
		return k.Lines
	case SecVotes:
		return k.Votes
	}
	return k.Prefs
}

// Load sets dst to the dense form of p, giving new keys positions. The
// entries of a section come in no particular order.
func (k *Keys) Load(dst *Protocol, p *election.Protocol) {
	dst.Precinct, dst.Ballot, dst.Machine = p.Precinct, p.Ballot, p.Machine
	dst.NilLines, dst.NilVotes = p.Lines == nil, p.Votes == nil
	dst.Lines = dst.Lines[:0]
	for l, v := range p.Lines {
		dst.Lines = append(dst.Lines, Entry{k.Lines.Insert(string(l)), v})
	}
	dst.Votes = dst.Votes[:0]
	for c, v := range p.Votes {
		dst.Votes = append(dst.Votes, Entry{k.Votes.Insert(c), v})
	}
	dst.Prefs = dst.Prefs[:0]
	for c, v := range p.Preferences {
		dst.Prefs = append(dst.Prefs, Entry{k.Prefs.Insert(c), v})
	}
}

// Clone returns a copy of p that shares nothing with it.
func (p *Protocol) Clone() *Protocol {
	q := *p
	q.Lines = append([]Entry(nil), p.Lines...)
	q.Votes = append([]Entry(nil), p.Votes...)
	q.Prefs = append([]Entry(nil), p.Prefs...)
	return &q
}

// Precincts gives each precinct ID a slot: the IDs an election defines
// take slots 0..Defined-1 in the order of their first definition, an ID
// met only in a protocol takes the next free slot when Slot first sees it.
// Per-precinct state (validate's cross-checks) lives in slices indexed by
// slot, so a protocol's precinct is looked up once, here.
//
// Lookup may run on another goroutine than Slot: it reads only what
// NewPrecincts built.
type Precincts struct {
	defined map[string]int32 // built once
	defIDs  []string         // built once
	next    int32            // Lookup's guess: rows tend to follow the definition
	extra   map[string]int32
	// IDs holds the ID of each slot.
	IDs []string
	// First holds, for each defined slot, the index in the definition's
	// precinct list of the first precinct with that ID.
	First []int32
	// Defined is the number of defined slots.
	Defined int
}

// NewPrecincts indexes the precincts of a definition.
func NewPrecincts(ps []election.Precinct) *Precincts {
	t := &Precincts{defined: make(map[string]int32, len(ps)), extra: map[string]int32{}}
	for i := range ps {
		id := ps[i].ID
		if _, ok := t.defined[id]; ok {
			continue
		}
		t.defined[id] = int32(len(t.IDs))
		t.IDs = append(t.IDs, id)
		t.First = append(t.First, int32(i))
	}
	t.Defined = len(t.IDs)
	t.defIDs = t.IDs[:t.Defined:t.Defined]
	return t
}

// Lookup returns the ID and slot of a defined precinct, or the cell as a
// new string and -1.
//
// Rows usually come in the order of the definition, so Lookup first tries
// the precinct after the one it found last, then the same one, before it
// hashes. Only one goroutine may call it at a time.
func (t *Precincts) Lookup(cell []byte) (string, int) {
	if n := t.next; int(n) < len(t.defIDs) && t.defIDs[n] == string(cell) {
		t.next++
		return t.defIDs[n], int(n)
	}
	if n := t.next - 1; n >= 0 && int(n) < len(t.defIDs) && t.defIDs[n] == string(cell) {
		return t.defIDs[n], int(n)
	}
	if s, ok := t.defined[string(cell)]; ok {
		t.next = s + 1
		return t.defIDs[s], int(s)
	}
	return string(cell), -1
}

// Find returns the slot of id, or -1 when no slot has it.
func (t *Precincts) Find(id string) int32 {
	if s, ok := t.defined[id]; ok {
		return s
	}
	if s, ok := t.extra[id]; ok {
		return s
	}
	return -1
}

// Slot returns the slot of id, giving an ID not defined the next free one.
func (t *Precincts) Slot(id string) int32 {
	if s := t.Find(id); s >= 0 {
		return s
	}
	s := int32(len(t.IDs))
	t.extra[id] = s
	t.IDs = append(t.IDs, id)
	return s
}

// Len is the number of slots.
func (t *Precincts) Len() int { return len(t.IDs) }
