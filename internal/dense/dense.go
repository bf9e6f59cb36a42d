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
// The positions of the lines of election.AllLines are fixed: line i of
// election.AllLines is position i (election.LineIndex).
package dense

import (
	"hash/maphash"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/zeroed"
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

// NewKeys returns keys with the lines of election.AllLines at positions
// 0..len(election.AllLines())-1.
func NewKeys() *Keys {
	k := &Keys{Lines: NewIndex(), Votes: NewIndex(), Prefs: NewIndex()}
	for _, l := range election.AllLines() {
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
// Lookup may run on other goroutines than Slot, several at once: it reads
// only what NewPrecincts built, and a guess of the next row's slot that it
// keeps atomically.
//
// The defined IDs are kept in an open-addressing table (linear probing,
// at most half full) by their hash (hash/maphash, whose seed changes the
// table's layout, never a slot). An entry is 8 bytes without pointers: a
// million IDs take 16 MB that the garbage collector does not scan.
type Precincts struct {
	table  []uint64 // a power of two entries: the hash's high 32 bits, then slot+1; 0 is empty
	seed   maphash.Seed
	defIDs []string     // built once
	next   atomic.Int32 // Lookup's guess (rows tend to follow the definition), or -1-guess
	extra  map[string]int32
	// IDs holds the ID of each slot.
	IDs []string
	// First holds, for each defined slot, the index in the definition's
	// precinct list of the first precinct with that ID.
	First []int32
	// Defined is the number of defined slots.
	Defined int
}

// entry is the table entry for the ID with hash h at slot s.
func entry(h uint64, s int) uint64 { return h&tagMask | uint64(s+1) }

const tagMask = 0xffffffff00000000

// buildBatch is the number of IDs NewPrecincts hashes before it inserts
// them: the table does not fit in a cache, so it first touches their
// entries, all at once (the processor waits for the memory only once).
const buildBatch = 16

// twoAt is the number of precincts from which NewPrecincts builds its
// table on two goroutines.
const twoAt = 1 << 15

// NewPrecincts indexes the precincts of a definition.
func NewPrecincts(ps []election.Precinct) *Precincts {
	size := 8
	for size < 2*len(ps) {
		size *= 2
	}
	t := &Precincts{table: zeroed.Make[uint64](size), seed: maphash.MakeSeed(), extra: map[string]int32{}}
	if len(ps) < twoAt || runtime.GOMAXPROCS(0) < 2 || !t.buildUnique(ps) {
		t.build(ps)
	}
	t.Defined = len(t.IDs)
	t.defIDs = t.IDs[:t.Defined:t.Defined]
	return t
}

// build fills the table, one ID after the other.
func (t *Precincts) build(ps []election.Precinct) {
	clear(t.table)
	t.IDs, t.First = nil, nil // as they were without precincts
	if len(ps) > 0 {
		t.IDs = make([]string, 0, len(ps))
		t.First = make([]int32, 0, len(ps))
	}
	mask := uint64(len(t.table) - 1)
	var hs [buildBatch]uint64
	for at := 0; at < len(ps); at += buildBatch {
		b := ps[at:min(at+buildBatch, len(ps))]
		for k := range b {
			hs[k] = maphash.String(t.seed, b[k].ID)
			atomic.LoadUint64(&t.table[hs[k]&mask]) // a load the compiler keeps
		}
		for k := range b {
			t.insert(b[k].ID, hs[k], mask, int32(at+k))
		}
	}
}

// insert gives id its slot unless it has one.
func (t *Precincts) insert(id string, h, mask uint64, i int32) {
	for j := h & mask; ; j = (j + 1) & mask {
		e := t.table[j]
		if e == 0 {
			t.table[j] = entry(h, len(t.IDs))
			t.IDs = append(t.IDs, id)
			t.First = append(t.First, i)
			return
		}
		if e&tagMask == h&tagMask && t.IDs[uint32(e)-1] == id {
			return // defined again
		}
	}
}

// buildUnique fills the table for IDs that are all different (then
// precinct i has slot i) on two goroutines, each with half of the work. It
// returns false, with the table in no particular state, when an ID is
// defined twice (a definition that validate refuses, indexed once more by
// build).
//
// The table does not fit in a cache, so it is written a region (of
// regionBits entries) at a time, in three passes: hash the IDs and count
// them by the region of their first entry; list them region by region, in
// the order of the definition within a region; and insert them, each
// goroutine into its half of the regions. An ID whose probe runs past the
// end of its goroutine's regions (or of the table) is inserted after both
// are done. Two precincts with one ID have one hash, so one goroutine sees
// both (or both are left for after).
func (t *Precincts) buildUnique(ps []election.Precinct) bool {
	n := len(ps)
	bitsOf := bits.TrailingZeros(uint(len(t.table)))
	shift := uint(min(bitsOf, regionBits))
	regions := len(t.table) >> shift
	mask := uint64(len(t.table) - 1)
	regionOf := func(h uint64) int { return int((h & mask) >> shift) }

	t.IDs, t.First = make([]string, n), make([]int32, n)
	hs := make([]uint64, n)
	var counts [2][]int32
	halves(n, func(g, lo, hi int) {
		c := make([]int32, regions)
		for i := lo; i < hi; i++ {
			h := maphash.String(t.seed, ps[i].ID)
			hs[i] = h
			c[regionOf(h)]++
			t.IDs[i], t.First[i] = ps[i].ID, int32(i)
		}
		counts[g] = c
	})

	// Region r holds items[start[r]:start[r+1]], the first half's first.
	start := make([]int32, regions+1)
	next := [2][]int32{make([]int32, regions), make([]int32, regions)}
	for r, at := 0, int32(0); r < regions; r++ {
		start[r] = at
		next[0][r], at = at, at+counts[0][r]
		next[1][r], at = at, at+counts[1][r]
		start[r+1] = at
	}
	items := make([]hashed, n)
	halves(n, func(g, lo, hi int) {
		next := next[g]
		for i := lo; i < hi; i++ {
			r := regionOf(hs[i])
			items[next[r]] = hashed{hs[i], int32(i)}
			next[r]++
		}
	})

	var (
		dup  atomic.Bool
		left [2][]hashed
	)
	halves(regions, func(g, lo, hi int) {
		end := uint64(hi) << shift
		for _, it := range items[start[lo]:start[hi]] {
			switch t.insertUnique(ps, it, end, false) {
			case insertDup:
				dup.Store(true)
				return
			case insertLeft:
				left[g] = append(left[g], it)
			}
		}
	})
	if dup.Load() {
		return false
	}
	for _, its := range left {
		for _, it := range its {
			if t.insertUnique(ps, it, uint64(len(t.table)), true) == insertDup {
				return false
			}
		}
	}
	return true
}

// regionBits is the size of the regions of the table that buildUnique
// writes one at a time: 2^11 entries, 16 KB.
const regionBits = 11

// hashed is a precinct and the hash of its ID.
type hashed struct {
	h uint64
	i int32
}

// halves runs f on [0, n/2) on another goroutine and on [n/2, n), and
// waits for both; g is 0 or 1.
func halves(n int, f func(g, lo, hi int)) {
	var wg sync.WaitGroup
	wg.Go(func() { f(0, 0, n/2) })
	f(1, n/2, n)
	wg.Wait()
}

// Results of insertUnique.
const (
	inserted = iota
	insertDup
	insertLeft
)

// insertUnique inserts it, probing from its first entry up to the entry
// before end, then (if wrap) from the table's start: insertLeft when those
// are full, insertDup when the ID is there.
func (t *Precincts) insertUnique(ps []election.Precinct, it hashed, end uint64, wrap bool) int {
	mask := uint64(len(t.table) - 1)
	for j, k := it.h&mask, 0; k < len(t.table); k++ {
		e := t.table[j]
		if e == 0 {
			t.table[j] = entry(it.h, int(it.i))
			return inserted
		}
		if e&tagMask == it.h&tagMask && ps[uint32(e)-1].ID == ps[it.i].ID {
			return insertDup
		}
		if j++; j == end {
			if !wrap {
				return insertLeft
			}
			j = 0
		}
	}
	return insertLeft // not reached: the table is at most half full
}

// find returns the slot of a defined ID, or -1.
func find[S string | []byte](t *Precincts, id S, h uint64) int32 {
	mask := uint64(len(t.table) - 1)
	for j := h & mask; ; j = (j + 1) & mask {
		e := t.table[j]
		if e == 0 {
			return -1
		}
		if s := int32(uint32(e)) - 1; e&tagMask == h&tagMask && t.defIDs[s] == string(id) {
			return s
		}
	}
}

// Lookup returns the ID and slot of a defined precinct, or the cell as a
// new string and -1.
//
// Rows usually come in the order of the definition, so Lookup first tries
// the precinct it expects next and the few after it, then the one before
// it, and only then hashes. When it had to hash, it hashes the next time
// too, and goes back to guessing once a row follows the one before it:
// rows in no order cost no wrong guesses. Several goroutines may call it
// at once: the guess is kept atomically, and while the guesses are right
// it is moved on every few rows only (a store that all goroutines see
// costs more than a few comparisons).
func (t *Precincts) Lookup(cell []byte) (string, int) {
	const ahead = 4
	ids := t.defIDs
	n := t.next.Load() // the guess; -1-guess after a row that was hashed
	if g := int(n); g >= 0 && g < len(ids) {
		for s := g; s < min(g+ahead, len(ids)); s++ {
			if same(ids[s], cell) {
				if s == g+ahead-1 {
					t.next.Store(int32(s + 1))
				}
				return ids[s], s
			}
		}
		if g > 0 && same(ids[g-1], cell) {
			return ids[g-1], g - 1
		}
	}
	s := find(t, cell, maphash.Bytes(t.seed, cell))
	switch {
	case s < 0:
		return string(cell), -1
	case s == -1-n: // after the row before it: guess again
		t.next.Store(s + 1)
	default:
		t.next.Store(-1 - (s + 1))
	}
	return ids[s], int(s)
}

// same says whether id is the cell. IDs of one length usually differ in
// their last byte, so it compares that first.
func same(id string, cell []byte) bool {
	return len(id) == len(cell) && (len(id) == 0 || id[len(id)-1] == cell[len(cell)-1]) && id == string(cell)
}

// Find returns the slot of id, or -1 when no slot has it.
func (t *Precincts) Find(id string) int32 {
	if s := find(t, id, maphash.String(t.seed, id)); s >= 0 {
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
