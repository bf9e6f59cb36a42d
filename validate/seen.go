package validate

import (
	"cmp"
	"hash/maphash"
	"math/bits"
	"sort"
	"strings"

	"github.com/shailoo/shailoo/internal/dense"
)

// seenSet keeps the protocols that a TotalsOnly stream checks, which has no
// precinct slots, for the duplicates check (X207): it needs each protocol's
// precinct ID (a string the row made, kept as it is: not read, not
// copied), ballot and count, kept in chunks that are never copied. Once, at
// the end, they are hashed and compared through a filter of a bit per hash;
// only protocols of equal hashes have their keys compared. (Hashing each
// protocol's ID as it comes, with a table or a filter looked up at random,
// cost a tenth of a count's time in cache misses: the ID was made by a
// parser on another core, and the parser's work between two look-ups takes
// the table out of the cache.)
type seenSet struct {
	n     int
	proto [][]seenKey
}

// seenKey is a protocol's precinct, ballot (ballotIndex) × 2 + count (1
// for the machine count).
type seenKey struct {
	id   string
	kind uint8
}

const seenChunk = 1 << 12

// add keeps protocol p of ballot b (ballotIndex).
func (s *seenSet) add(p *dense.Protocol, b int) {
	if s.n%seenChunk == 0 {
		s.proto = append(s.proto, make([]seenKey, 0, seenChunk))
	}
	c := len(s.proto) - 1
	s.proto[c] = append(s.proto[c], seenKey{p.Precinct, uint8(2*b) | btob(p.Machine)})
	s.n++
}

// twice returns the places of the protocols kept more than once and how
// many times each was, ordered by precinct, ballot and count.
func (s *seenSet) twice() ([]Place, []int32) {
	if s.n < 2 {
		return nil, nil
	}
	seed := maphash.MakeSeed()
	hashes := make([]uint64, 0, s.n)
	for _, ks := range s.proto {
		for _, k := range ks {
			hashes = append(hashes, maphash.String(seed, k.id)^uint64(k.kind+1)*0x9e3779b97f4a7c15)
		}
	}
	// A filter of 16 bits a protocol or more: a bit set twice marks a
	// hash that may have come before; the protocols of those hashes are
	// then found through a second filter of theirs.
	shift := uint(64 - bits.Len(uint(16*s.n)))
	filter := make([]uint64, 1<<(64-shift)/64+1)
	test := func(h uint64) bool { j := h >> shift; return filter[j/64]&(1<<(j%64)) != 0 }
	var maybe map[uint64]bool
	for _, h := range hashes {
		if test(h) {
			if maybe == nil {
				maybe = map[uint64]bool{}
			}
			maybe[h] = true
		}
		j := h >> shift
		filter[j/64] |= 1 << (j % 64)
	}
	if maybe == nil {
		return nil, nil
	}
	clear(filter)
	for h := range maybe {
		j := h >> shift
		filter[j/64] |= 1 << (j % 64)
	}
	counts := map[seenKey]int32{}
	for i, h := range hashes {
		if test(h) && maybe[h] {
			counts[s.proto[i/seenChunk][i%seenChunk]]++
		}
	}
	var keys []seenKey
	for k, n := range counts {
		if n > 1 {
			keys = append(keys, k)
		}
	}
	// sort.Slice rather than slices.SortFunc: one sort in the page's .wasm
	// rather than one per element type
	sort.Slice(keys, func(i, j int) bool {
		return cmp.Or(strings.Compare(keys[i].id, keys[j].id), cmp.Compare(keys[i].kind, keys[j].kind)) < 0
	})
	places, times := make([]Place, len(keys)), make([]int32, len(keys))
	for j, k := range keys {
		places[j] = Place{Level: LevelPrecinct, Precinct: k.id, Ballot: ballots[k.kind/2], Machine: k.kind&1 == 1}
		times[j] = counts[k]
	}
	return places, times
}

func btob(b bool) byte {
	if b {
		return 1
	}
	return 0
}
