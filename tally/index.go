package tally

import "math/bits"

// index maps the IDs of a ballot's choices (or candidates) to dense
// positions 0..n-1 so that counting is a slice increment. It is a small
// open-addressing hash table with linear probing, built once per ballot: a
// Go map lookup costs more than all the rest of counting one ballot.
//
// Each slot keeps a fingerprint of its key: the length and two words read
// from the head and the tail of the ID. For an ID of at most 16 bytes the
// fingerprint is the ID itself (the words cover every byte), so a lookup
// compares two words instead of calling a string comparison; longer IDs
// are compared in full once the fingerprint matches. The hash mixes the
// fingerprint (and, past 16 bytes, a word from the middle); IDs built to
// collide on those bytes still work, the table then hashes every byte
// (FNV-1a).
type index struct {
	slots []slot
	mask  uint64
	shift uint     // slot of a hash h is h>>shift: the top bits mix best
	keys  []string // keys in insertion order: keys[i] has position i
	full  bool     // hash every byte
}

type slot struct {
	head, tail uint64
	n          int32 // length of the key
	pos        int32 // position+1; 0 is an empty slot
}

// maxProbe is the longest probe accepted before the table switches to the
// full hash.
const maxProbe = 8

func newIndex(capacity int) *index {
	x := &index{}
	x.rebuild(capacity)
	return x
}

// rebuild makes a table for capacity keys (at most a quarter full) and puts
// the keys in it, switching to the full hash if a probe gets long.
func (x *index) rebuild(capacity int) {
	n := 8
	for n < 4*capacity {
		n *= 2
	}
	for {
		x.slots = make([]slot, n)
		x.mask = uint64(n - 1)
		x.shift = uint(64 - bits.TrailingZeros(uint(n)))
		ok := true
		for i, k := range x.keys {
			if x.put(k, int32(i)) > maxProbe && !x.full {
				ok = false
				break
			}
		}
		if ok {
			return
		}
		x.full = true
	}
}

// len returns the number of keys.
func (x *index) len() int { return len(x.keys) }

// fingerprint returns two words that, with the length, identify a key of
// at most 16 bytes exactly, and a hash of the key.
func fingerprint(s string) (head, tail, h uint64) {
	n := len(s)
	switch {
	case n >= 8:
		head = le64(s)
		tail = le64(s[n-8:])
		h = tail
		if n > 16 {
			h ^= le64(s[n/2-4:]) * 0xc2b2ae3d27d4eb4f
		}
	case n >= 4:
		head = uint64(le32(s))
		tail = uint64(le32(s[n-4:]))
		h = tail
	case n > 0:
		head = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (head^uint64(n)<<59)*0x9e3779b97f4a7c15 ^ h*0xff51afd7ed558ccd
	h ^= h >> 32 * 0x9e3779b97f4a7c15
	return head, tail, h
}

// find returns the position of key, or -1.
func (x *index) find(key string) int {
	// fingerprint(key), written out: this is the inner loop of counting.
	n := len(key)
	var head, tail, h uint64
	switch {
	case n >= 8:
		head = le64(key)
		tail = le64(key[n-8:])
		h = tail
		if n > 16 {
			h ^= le64(key[n/2-4:]) * 0xc2b2ae3d27d4eb4f
		}
	case n >= 4:
		head = uint64(le32(key))
		tail = uint64(le32(key[n-4:]))
		h = tail
	case n > 0:
		head = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
	}
	h = (head^uint64(n)<<59)*0x9e3779b97f4a7c15 ^ h*0xff51afd7ed558ccd
	h ^= h >> 32 * 0x9e3779b97f4a7c15
	if x.full {
		h = fnv(key)
	}
	i := h >> x.shift
	for {
		s := &x.slots[i]
		if s.pos == 0 {
			return -1
		}
		if s.head == head && s.tail == tail && int(s.n) == n && (n <= 16 || x.keys[s.pos-1] == key) {
			return int(s.pos - 1)
		}
		i = (i + 1) & x.mask
	}
}

// insert adds key at the next position and returns it, or returns the
// position key already has and false.
func (x *index) insert(key string) (int, bool) {
	if p := x.find(key); p >= 0 {
		return p, false
	}
	x.keys = append(x.keys, key)
	pos := len(x.keys) - 1
	if 4*len(x.keys) > len(x.slots) {
		x.rebuild(2 * len(x.keys))
	} else if x.put(key, int32(pos)) > maxProbe && !x.full {
		x.full = true
		x.rebuild(len(x.keys))
	}
	return pos, true
}

// put puts key in the first free slot of its probe sequence and returns the
// length of the probe.
func (x *index) put(key string, pos int32) int {
	head, tail, h := fingerprint(key)
	if x.full {
		h = fnv(key)
	}
	i := h >> x.shift
	for probe := 0; ; probe++ {
		s := &x.slots[i]
		if s.pos == 0 {
			*s = slot{head: head, tail: tail, n: int32(len(key)), pos: pos + 1}
			return probe
		}
		i = (i + 1) & x.mask
	}
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h * 0x9e3779b97f4a7c15
}
