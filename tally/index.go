package tally

import (
	"math/bits"
	"slices"
)

// Choices and candidates are looked up by ID in two kinds of table, both
// keyed on a fingerprint of the ID so that counting a ballot is a few word
// compares and a slice increment, with no map (a Go map lookup costs more
// than all the rest of counting a ballot):
//
//   - an index maps IDs to dense positions 0..n-1 in insertion order and
//     grows: an open-addressing hash table with linear probing. A Counter
//     builds its choices and candidates with it (and rejects duplicates),
//     and a count indexes the candidates it finds when the lists are not
//     known;
//   - a perfect table holds fixed IDs (a Counter's choices and candidates)
//     so that a lookup probes exactly one slot: "hash and displace", a
//     displacement per bucket, found when the table is built, sends each
//     key of the bucket to a slot of its own. A lookup is a hash, two loads
//     and a compare, with no loop.
//
// The fingerprint of an ID is its length and two words read from its head
// and its tail. For an ID of at most 16 bytes it is the ID itself (the
// words cover every byte), so a lookup compares words instead of calling a
// string comparison; longer IDs are compared in full once the fingerprint
// matches. The hash mixes the fingerprint and, past 16 bytes, a word from
// the middle. IDs built to collide on those bytes still work: the index
// then hashes every byte (FNV-1a), and a Counter whose IDs defeat the
// perfect table looks them up in its index.
//
// The count loop (Counter.countBallots) computes the fingerprint and the
// hash inline, as fingerprint and hash do: keep them in step.

// slot is a slot of an index or a perfect table.
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
	n := len(s)
	var mid uint64
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
	return head, tail, hash(head, tail, mid, n)
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

// index is the growing table: see above.
type index struct {
	slots []slot
	mask  uint64
	shift uint     // slot of a hash h is h>>shift
	keys  []string // keys in insertion order: keys[i] has position i
	full  bool     // hash every byte
}

// maxProbe is the longest probe accepted before the table switches to the
// full hash.
const maxProbe = 8

// newIndex returns an index with room for capacity keys before it grows.
func newIndex(capacity int) *index {
	x := &index{keys: make([]string, 0, capacity)}
	x.rebuild(capacity)
	return x
}

// reset empties x and makes room for capacity keys, reusing its table
// when it is of the size it would have new.
func (x *index) reset(capacity int) {
	n := 8
	for n < 4*capacity {
		n *= 2
	}
	clear(x.keys)
	x.keys, x.full = x.keys[:0], false
	if len(x.slots) != n {
		x.rebuild(capacity)
		return
	}
	clear(x.slots)
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

// find returns the position of key, or -1.
func (x *index) find(key string) int {
	head, tail, h := fingerprint(key)
	if x.full {
		h = fnv(key)
	}
	for i := h >> x.shift; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.holds(key, head, tail, x.keys) || s.pos1 == 0 {
			return int(s.pos1) - 1
		}
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
		if s.pos1 == 0 {
			*s = slot{head: head, tail: tail, n: uint32(len(key)), pos1: pos + 1}
			return probe
		}
		i = (i + 1) & x.mask
	}
}

// perfect is the fixed table: see above. Every key has its slot; a key
// that is not there lands on a slot that does not hold it.
type perfect struct {
	slots  []slot
	disp   []uint64 // displacement per bucket
	bshift uint     // bucket of a hash h is h>>bshift
	sshift uint     // slot is (h^displacement)*k3 >> sshift
	keys   []string // keys[i] has position i
	short  bool     // one level: the slot of a key is shortSlot
	mul    uint64   // the multiplier of shortSlot
}

// A short table is a perfect table of one level, for a few keys (the
// choices of a ballot): the slot of a key is its fingerprint and middle
// word folded into a word (shortWord) times a multiplier found when the
// table is built, one multiply and one load, where the two-level table
// takes a hash of three multiplies, the load of a displacement and a
// multiply more. Keys it cannot tell apart (equal in length, head, middle
// and tail, or folded to the same word) leave it to the two-level table.

// shortMax is the most keys a short table is tried for.
const shortMax = 64

// shortWord folds a fingerprint and middle word (0 up to 16 bytes) into a
// word. The rotation by an odd count keeps head and tail of an 8-byte key
// (the same word) apart.
func shortWord(head, tail, mid uint64, n int) uint64 {
	return head ^ bits.RotateLeft64(tail, 29) ^ bits.RotateLeft64(mid, 13) ^ uint64(n)<<58
}

// shortSlot returns the slot of the table x (short) for a fingerprint and
// middle word.
func (x *perfect) shortSlot(head, tail, mid uint64, n int) *slot {
	return &x.slots[(shortWord(head, tail, mid, n)*x.mul)>>x.sshift]
}

// buildShort tries to make the short table of keys (distinct, none
// empty): tables of 4 to 16 slots a key, for each up to maxMul multipliers
// (odd, a fixed sequence), the first that sends the keys to slots of their
// own. It returns nil if there are more than shortMax keys, or none fits.
func buildShort(keys []string) *perfect {
	if len(keys) > shortMax {
		return nil
	}
	words := make([]uint64, len(keys))
	for i, k := range keys {
		head, tail, mid := shortPrint(k)
		words[i] = shortWord(head, tail, mid, len(k))
	}
	for m := 8; m <= 16*max(len(keys), 1); m *= 2 {
		if m < 4*len(keys) {
			continue
		}
		shift := uint(64 - bits.TrailingZeros(uint(m)))
		taken := make([]bool, m)
	next:
		for t := range uint64(maxMul) {
			mul := k1 + 2*t*k3
			clear(taken)
			for _, w := range words {
				if s := (w * mul) >> shift; !taken[s] {
					taken[s] = true
					continue
				}
				continue next
			}
			x := &perfect{slots: make([]slot, m), sshift: shift, keys: keys, short: true, mul: mul}
			for i, k := range keys {
				head, tail, mid := shortPrint(k)
				*x.shortSlot(head, tail, mid, len(k)) = slot{head: head, tail: tail, n: uint32(len(k)), pos1: int32(i + 1)}
			}
			return x
		}
	}
	return nil
}

// shortPrint returns the fingerprint and middle word of s.
func shortPrint(s string) (head, tail, mid uint64) {
	head, tail, _ = fingerprint(s)
	if n := len(s); n > 16 {
		mid = le64(s[n/2-4:])
	}
	return head, tail, mid
}

// maxMul is the most multipliers buildShort tries for a table size.
const maxMul = 1 << 8

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
	head, tail, h := fingerprint(key)
	var s *slot
	if x.short {
		_, _, mid := shortPrint(key)
		s = x.shortSlot(head, tail, mid, len(key))
	} else {
		s = &x.slots[((h^x.disp[h>>x.bshift])*k3)>>x.sshift]
	}
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

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h * 0x9e3779b97f4a7c15
}
