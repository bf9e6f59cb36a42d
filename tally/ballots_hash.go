package tally

import (
	"math"
	"math/bits"
	"slices"
	"unsafe"
)

// perfect is a read-only index of fixed keys (the choices of a ballot, the
// candidates of the lists) in which a lookup probes exactly one slot: a
// perfect hash built by "hash and displace". A key's hash picks a bucket;
// the bucket's displacement, found when the table is built, sends each of
// its keys to a slot of its own. A lookup is then a hash, two loads and a
// compare of the key's fingerprint (as in index), with no loop and no
// branch that depends on the key.
type perfect struct {
	slots  []pslot
	disp   []uint32 // displacement per bucket
	k1, k2 uint64   // hash multipliers (odd)
	bshift uint     // bucket of a hash h is h>>bshift
	sshift uint     // slot is mix(h, displacement)>>sshift
	keys   []string // keys[i] has position i
}

type pslot struct {
	head, tail uint64
	n          uint32 // length of the key; ^0 in an empty slot
	pos        int32  // position of the key; -1 in an empty slot
}

// k3 mixes a hash with its bucket's displacement.
const k3 = 0x9e3779b97f4a7c15

// newPerfect builds the table of keys (distinct), or returns nil if it
// cannot separate them (keys longer than 16 bytes that agree on their
// fingerprint and middle word): the caller then uses an index.
func newPerfect(keys []string) *perfect {
	seed := uint64(0x5eed)
	for range 4 {
		k1, k2 := splitmix(&seed)|1, splitmix(&seed)|1
		for m := 8; m <= 16*max(len(keys), 1); m *= 2 {
			if m < 2*len(keys) {
				continue
			}
			if x := buildPerfect(keys, k1, k2, m); x != nil {
				return x
			}
		}
	}
	return nil
}

// buildPerfect tries to place keys in m slots with multipliers k1, k2.
func buildPerfect(keys []string, k1, k2 uint64, m int) *perfect {
	r := 1
	for r < len(keys)/2 {
		r *= 2
	}
	x := &perfect{
		slots:  make([]pslot, m),
		disp:   make([]uint32, r),
		k1:     k1,
		k2:     k2,
		bshift: uint(64 - log2(r)),
		sshift: uint(64 - log2(m)),
		keys:   keys,
	}
	if r == 1 {
		x.bshift = 63 // h>>63 is 0 or 1: keep a second bucket
		x.disp = make([]uint32, 2)
	}
	for i := range x.slots {
		x.slots[i] = pslot{n: ^uint32(0), pos: -1}
	}
	hs := make([]uint64, len(keys))
	buckets := make([][]int, len(x.disp))
	for i, k := range keys {
		hs[i] = x.hash(k)
		b := hs[i] >> x.bshift
		buckets[b] = append(buckets[b], i)
	}
	order := make([]int, len(buckets))
	for b := range order {
		order[b] = b
	}
	// Largest buckets first, ties by bucket: deterministic.
	slices.SortStableFunc(order, func(a, b int) int { return len(buckets[b]) - len(buckets[a]) })
	taken := make([]uint64, 0, 8)
	for _, b := range order {
		keysOf := buckets[b]
		if len(keysOf) == 0 {
			break
		}
		placed := false
		for d := uint32(0); d < 1<<12 && !placed; d++ {
			taken = taken[:0]
			ok := true
			for _, i := range keysOf {
				s := ((hs[i] ^ uint64(d)) * k3) >> x.sshift
				if x.slots[s].pos >= 0 || slices.Contains(taken, s) {
					ok = false
					break
				}
				taken = append(taken, s)
			}
			if !ok {
				continue
			}
			x.disp[b] = d
			for j, i := range keysOf {
				head, tail, _ := words(keys[i])
				x.slots[taken[j]] = pslot{head: head, tail: tail, n: uint32(len(keys[i])), pos: int32(i)}
			}
			placed = true
		}
		if !placed {
			return nil
		}
	}
	return x
}

func log2(n int) int {
	k := 0
	for 1<<k < n {
		k++
	}
	return k
}

// words returns the fingerprint words of s: head and tail as in index, and
// for a key longer than 16 bytes a word from the middle (hashed, not kept).
func words(s string) (head, tail, mid uint64) {
	n := len(s)
	switch {
	case n >= 8:
		head = le64(s)
		tail = le64(s[n-8:])
		if n > 16 {
			mid = le64(s[n/2-4:])
		}
	case n >= 4:
		head = uint64(le32(s))
		tail = uint64(le32(s[n-4:]))
	case n > 0:
		head = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return head, tail, mid
}

func (x *perfect) hash(s string) uint64 {
	head, tail, mid := words(s)
	h := (head^mid^uint64(len(s))<<56)*x.k1 ^ bits.RotateLeft64(tail, 32)*x.k2
	return h ^ (h>>32)*k3
}

// find returns the position of key, or -1.
func (x *perfect) find(key string) int {
	n := len(key)
	var head, tail, mid uint64
	switch {
	case n >= 8:
		head = le64(key)
		tail = le64(key[n-8:])
		if n > 16 {
			mid = le64(key[n/2-4:])
		}
	case n >= 4:
		head = uint64(le32(key))
		tail = uint64(le32(key[n-4:]))
	case n > 0:
		head = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
	}
	h := (head^mid^uint64(n)<<56)*x.k1 ^ bits.RotateLeft64(tail, 32)*x.k2
	h ^= (h >> 32) * k3
	d := x.disp[h>>x.bshift]
	s := &x.slots[((h^uint64(d))*k3)>>x.sshift]
	if s.head != head || s.tail != tail || s.n != uint32(n) || n > 16 && x.keys[s.pos] != key {
		return -1
	}
	return int(s.pos)
}

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// A memo remembers where the strings of the ballots being counted were
// found, by the address and length of their bytes (unsafe.StringData): a
// Go string's bytes never change, so a string with the same address and
// length as one looked up before is that string. Ballots built in memory
// share the strings of their choices (every ballot for a party holds the
// same ID), and then most lookups are one compare of an address. Ballots
// decoded from a file have strings of their own and always miss: a lookup
// then costs a slot of the memo more. A memo is direct-mapped (a string has
// one slot, by a hash of its address), lives for one count, and is never
// shared between goroutines; it holds the strings' addresses as pointers,
// which keep nothing alive that the ballots do not.
type memo struct {
	slots []seen // a power of two
	shift uint   // slot of an address a is a*k3 >> shift
	on    bool   // looked in; off, the loops go to the table
	off   int    // chunks to count before turning it on again
	looks int    // lookups since the last adapt
	miss  int    // of which misses
}

// seen is a slot of a memo. The zero slot holds the empty string (at a nil
// address) at position -1, which is where the empty string is: no choice or
// candidate ID is empty.
type seen struct {
	p    *byte
	n    int32
	pos1 int32 // position + 1
}

// memoMax is the most slots a memo has.
const memoMax = 1 << 12

// newMemo returns a memo for about keys strings and lookups lookups: four
// slots a key, no more than the lookups and memoMax.
func newMemo(keys, lookups int) memo {
	n := 1
	for n < 4*keys && n < lookups && n < memoMax {
		n *= 2
	}
	return memo{slots: make([]seen, n), shift: uint(64 - log2(n)), on: true}
}

// tally adds the lookups and misses of a chunk.
func (m *memo) tally(looks, miss int) {
	m.looks += looks
	m.miss += miss
}

// adapt turns the memo off for memoRest chunks when nearly every lookup of
// the chunk missed (strings of their own), and on again after them.
func (m *memo) adapt() {
	switch {
	case !m.on:
		m.off--
		m.on = m.off <= 0
	case m.looks >= 64 && 8*m.miss > 7*m.looks:
		m.on, m.off = false, memoRest
	}
	m.looks, m.miss = 0, 0
}

// memoRest is the number of chunks a memo that does not pay stays off.
const memoRest = 15

// slot returns the slot of s.
func (m memo) slot(s string) *seen {
	a := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))
	return &m.slots[(a*k3)>>m.shift&uint64(len(m.slots)-1)]
}

// holds reports whether e remembers s.
func (e *seen) holds(s string) bool {
	return e.p == unsafe.StringData(s) && int(e.n) == len(s)
}

// remember makes e remember that s is at position pos (if it is anywhere).
func (e *seen) remember(s string, pos int) {
	if pos >= 0 && len(s) <= math.MaxInt32 {
		*e = seen{p: unsafe.StringData(s), n: int32(len(s)), pos1: int32(pos + 1)}
	}
}
