package ballots

import (
	"fmt"
	"math/bits"
	"slices"
)

// A Counter looks its choices and candidates up by ID in perfect hash
// tables keyed on a fingerprint of the ID, so that counting a ballot is a
// few word compares and a slice increment (a third faster than with a Go
// map: docs/benchmarks.md). A table has two levels, "hash and displace": a
// displacement per bucket, found when the table is built, sends each key
// of the bucket to a slot of its own, so a lookup probes exactly one slot. The fingerprint of an ID is
// its length and two words read from its head and its tail. For an ID of
// at most 16 bytes it is the ID itself (the words cover every byte), so a
// lookup compares words instead of calling a string comparison; longer IDs
// are compared in full once the fingerprint matches. IDs built to defeat
// the tables (longer than 16 bytes, equal in length, head, middle and
// tail) are looked up in a map instead.

// table holds fixed keys and finds their positions.
type table struct {
	keys []string       // keys[i] has position i
	fast *perfect       // nil when the keys defeat it: then byID
	byID map[string]int // the keys, when fast is nil
}

// newTable returns the table of keys, which must be distinct and not
// empty (what names them in errors).
func newTable(keys []string, what string) (*table, error) {
	seen := make(map[string]int, len(keys))
	for i, k := range keys {
		if k == "" {
			return nil, fmt.Errorf("%w: empty %s ID", ErrBadChoices, what)
		}
		if _, dup := seen[k]; dup {
			return nil, fmt.Errorf("%w: %s %q listed twice", ErrBadChoices, what, k)
		}
		seen[k] = i
	}
	t := &table{keys: keys, fast: newPerfect(keys)}
	if t.fast == nil {
		t.byID = seen
	}
	return t, nil
}

// find returns the position of key, or -1.
func (t *table) find(key string) int {
	if t.fast != nil {
		return t.fast.find(key)
	}
	if p, ok := t.byID[key]; ok {
		return p
	}
	return -1
}

// slot is a slot of a perfect table.
type slot struct {
	head, tail uint64
	n          uint32 // length of the key
	pos1       int32  // position of the key + 1; 0 in an empty slot
}

// The multipliers of the hash (odd, from the golden ratio and MurmurHash3).
const (
	k1 = 0xff51afd7ed558ccd
	k2 = 0xc4ceb9fe1a85ec53
	k3 = 0x9e3779b97f4a7c15
)

// fingerprint returns the head and tail words of s and its hash.
func fingerprint(s string) (head, tail, h uint64) {
	head, tail, mid := words(s)
	return head, tail, hash(head, tail, mid, len(s))
}

// words returns the head, tail and (past 16 bytes) middle words of s.
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

// hash mixes a fingerprint: every bit of the words reaches the top bits,
// which pick the bucket or the slot.
func hash(head, tail, mid uint64, n int) uint64 {
	h := (head^mid^uint64(n)<<56)*k1 ^ bits.RotateLeft64(tail, 32)*k2
	return h ^ (h>>32)*k3
}

// holds reports whether s holds key, whose fingerprint is head, tail. An
// empty slot (the zero slot) holds the empty key at position -1, which is
// where the empty key is: no ID is empty.
func (s *slot) holds(key string, head, tail uint64, keys []string) bool {
	n := len(key)
	return s.head == head && s.tail == tail && s.n == uint32(n) && (n <= 16 || s.pos1 > 0 && keys[s.pos1-1] == key)
}

// perfect is a perfect table: see above. Every key has its slot; a key
// that is not there lands on a slot that does not hold it.
type perfect struct {
	slots  []slot
	disp   []uint64 // displacement per bucket
	bshift uint     // bucket of a hash h is h>>bshift
	sshift uint     // slot is (h^displacement)*k3 >> sshift
	keys   []string // keys[i] has position i
}

// newPerfect builds the perfect table of keys (distinct, none empty), or
// returns nil if it cannot tell them apart (keys longer than 16 bytes that
// agree on length, head, middle and tail).
func newPerfect(keys []string) *perfect {
	// Tables from 1.25 slots a key to 16, until the keys fit.
	for m := 8; m <= 16*max(len(keys), 1); m *= 2 {
		if 4*m < 5*len(keys) {
			continue
		}
		if x := buildPerfect(keys, m); x != nil {
			return x
		}
	}
	return nil
}

// maxDisp is the most displacements tried for a bucket.
const maxDisp = 1 << 12

// buildPerfect tries to place keys in m slots. It places the buckets
// largest first (ties in bucket order: deterministic), each at the first
// displacement that sends its keys to free slots, distinct.
func buildPerfect(keys []string, m int) *perfect {
	r := 2
	for r < len(keys)/2 {
		r *= 2
	}
	x := &perfect{
		slots:  make([]slot, m),
		disp:   make([]uint64, r),
		bshift: uint(64 - bits.TrailingZeros(uint(r))),
		sshift: uint(64 - bits.TrailingZeros(uint(m))),
		keys:   keys,
	}
	// The keys by bucket (a counting sort: start[b] is where bucket b
	// begins in byBucket), then the buckets by size, largest first, ties in
	// bucket order.
	hs := make([]uint64, len(keys))
	start := make([]int32, r+1)
	for i, k := range keys {
		_, _, hs[i] = fingerprint(k)
		start[hs[i]>>x.bshift+1]++
	}
	most := 0
	for b := range r {
		most = max(most, int(start[b+1]))
		start[b+1] += start[b]
	}
	byBucket := make([]int32, len(keys))
	next := slices.Clone(start[:r])
	for i, h := range hs {
		b := h >> x.bshift
		byBucket[next[b]] = int32(i)
		next[b]++
	}
	order := make([]int32, 0, r)
	for size := most; size > 0; size-- {
		for b := range r {
			if int(start[b+1]-start[b]) == size {
				order = append(order, int32(b))
			}
		}
	}
	taken := make([]uint64, 0, most)
	for _, b := range order {
		in := byBucket[start[b]:start[b+1]]
		d := uint64(0)
		for ; d < maxDisp; d++ {
			taken = taken[:0]
			for _, i := range in {
				s := ((hs[i] ^ d) * k3) >> x.sshift
				if x.slots[s].pos1 > 0 || slices.Contains(taken, s) {
					break
				}
				taken = append(taken, s)
			}
			if len(taken) == len(in) {
				break
			}
		}
		if d == maxDisp {
			return nil
		}
		x.disp[b] = d
		for j, i := range in {
			head, tail, _ := fingerprint(keys[i])
			x.slots[taken[j]] = slot{head: head, tail: tail, n: uint32(len(keys[i])), pos1: i + 1}
		}
	}
	return x
}

// find returns the position of key, or -1.
func (x *perfect) find(key string) int {
	head, tail, mid := words(key)
	h := hash(head, tail, mid, len(key))
	s := &x.slots[((h^x.disp[h>>x.bshift])*k3)>>x.sshift]
	if !s.holds(key, head, tail, x.keys) {
		return -1
	}
	return int(s.pos1) - 1
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
