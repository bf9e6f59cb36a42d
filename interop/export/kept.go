package export

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// Kept keeps the rows of protocols files as a count reads them (Keep is
// a shailoo.Options.EachRow), compactly, so that the protocols table is
// written once the count is done (its findings are final only then)
// without reading the files a second time. Replay gives the rows back as
// ingest.Rows, for the same DenseCells as a second reading: one way to
// make a row.
//
// A row takes a few bytes a figure, in chunks of a megabyte: its precinct
// (its index in the definition, or in the precincts of the rows that the
// definition lacks), ballot and count, then for each section (lines,
// votes, preferences) the positions of the figures it gives and their
// values (keepSection). Keep allocates only a new chunk.
type Kept struct {
	defined []election.Precinct
	own     []election.Precinct
	ownAt   map[election.Precinct]int32
	ballots []election.BallotKind
	files   [][][]byte // per file, its chunks
	rows    []int      // per file, the rows kept
}

// keptChunk is the size of a chunk of kept rows.
const keptChunk = 1 << 20

// NewKept returns a Kept for the rows of files of an election whose
// precincts are defined (nil when it defines none): a row whose Index is
// that of its precinct in defined (as shailoo.Options.EachRow gives it)
// is given back with it, as DenseCells takes it.
func NewKept(defined []election.Precinct) *Kept {
	return &Kept{defined: defined, ownAt: map[election.Precinct]int32{},
		ballots: []election.BallotKind{election.ListBallot, election.OkrugBallot}}
}

// Keep keeps row, of file file (the index of the file in the count's
// files). It copies what the table needs: row is not kept.
func (k *Kept) Keep(file int, row *ingest.Row) error {
	if k == nil || row == nil || file < 0 {
		return errors.New("export: no kept rows, no row or no file")
	}
	for len(k.files) <= file {
		k.files = append(k.files, nil)
		k.rows = append(k.rows, 0)
	}
	// At most: the precinct, ballot and count, and each section's header
	// and first position; a position and a value a figure.
	need := binary.MaxVarintLen64 * (8 + 2*(len(row.PresentLines)+len(row.PresentVotes)+len(row.PresentPreferences)))
	chunks := k.files[file]
	if n := len(chunks); n == 0 || cap(chunks[n-1])-len(chunks[n-1]) < need {
		chunks = append(chunks, make([]byte, 0, max(keptChunk, need)))
		k.files[file] = chunks
	}
	ref, err := k.precinct(row)
	if err != nil {
		return err
	}
	b := chunks[len(chunks)-1]
	at := len(b)
	b = b[:at+need] // room for the row, within the chunk
	at = putUvarint(b, at, ref)
	at = putUvarint(b, at, uint64(k.ballot(row.Ballot))<<1|uint64(b2i(row.Machine)))
	at = keepSection(b, at, row.PresentLines, row.Lines)
	at = keepSection(b, at, row.PresentVotes, row.Votes)
	at = keepSection(b, at, row.PresentPreferences, row.Preferences)
	chunks[len(chunks)-1] = b[:at]
	k.rows[file]++
	return nil
}

// Rows returns how many rows of file were kept.
func (k *Kept) Rows(file int) int {
	if k == nil || file < 0 || file >= len(k.rows) {
		return 0
	}
	return k.rows[file]
}

// Total returns how many rows were kept, of all files.
func (k *Kept) Total() int {
	n := 0
	if k != nil {
		for _, r := range k.rows {
			n += r
		}
	}
	return n
}

// precinct returns the reference kept for the row's precinct: 2i for
// defined[i] (the row's Index), 2i+1 for own[i] (a precinct the
// definition lacks, as the row gives it). An Index that is not of a
// precinct of the row's ID is an error, never a row placed elsewhere.
func (k *Kept) precinct(row *ingest.Row) (uint64, error) {
	if i := row.Index; i >= 0 {
		if i >= len(k.defined) || k.defined[i].ID != row.Precinct.ID {
			return 0, fmt.Errorf("export: line %d: precinct %q given as the definition's precinct %d", row.Line, row.Precinct.ID, i)
		}
		return 2 * uint64(i), nil
	}
	p := row.Precinct
	if n := len(k.own); n > 0 && k.own[n-1] == p { // the rows of a precinct come together
		return 2*uint64(n-1) + 1, nil
	}
	j, ok := k.ownAt[p]
	if !ok {
		if k.ownAt == nil {
			k.ownAt = map[election.Precinct]int32{}
		}
		j = int32(len(k.own))
		k.own = append(k.own, p)
		k.ownAt[p] = j
	}
	return 2*uint64(j) + 1, nil
}

// ballot returns the index of b in k.ballots, adding it.
func (k *Kept) ballot(b election.BallotKind) int {
	for i, x := range k.ballots {
		if x == b {
			return i
		}
	}
	k.ballots = append(k.ballots, b)
	return len(k.ballots) - 1
}

// The ways keepSection keeps the positions of a section's figures.
const (
	keptRun  = iota // consecutive positions: the first
	keptGaps        // increasing: each one's distance from the one before
	keptList        // in another order (a long file's): each one
)

// The ways keepSection keeps the values of a section's figures: a byte
// each, when all are below 256; two bytes (little-endian), when all are
// below 65,536 (most figures of a precinct: written and read back
// without a loop per byte); else a varint each, of the value zigzagged.
const (
	keptBytes = iota
	keptShorts
	keptVarints
)

// keepSection writes at b[at:] the figures present of one section of a
// row, and returns where it ended: how many, how their positions are kept
// (keptRun, as most rows of a wide file give them, keptGaps or keptList)
// and their values (keptBytes, keptShorts or keptVarints), the positions,
// then the values.
func keepSection(b []byte, at int, present []int32, vals []ingest.Value) int {
	if len(present) == 0 {
		b[at] = 0
		return at + 1
	}
	var all uint64 // the values or'ed: their size
	run := true
	first := present[0]
	for j, i := range present {
		all |= uint64(vals[i].N)
		run = run && i == first+int32(j)
	}
	size := uint64(keptVarints)
	switch {
	case all < 1<<8:
		size = keptBytes
	case all < 1<<16:
		size = keptShorts
	}
	how := uint64(keptRun)
	if !run {
		how = keptGaps
		for j := 1; j < len(present); j++ {
			if present[j] <= present[j-1] {
				how = keptList
				break
			}
		}
	}
	at = putUvarint(b, at, uint64(len(present))<<4|how<<2|size)
	switch how {
	case keptRun:
		at = putUvarint(b, at, uint64(present[0]))
	case keptGaps:
		prev := int32(-1)
		for _, i := range present {
			at = putUvarint(b, at, uint64(i-prev-1))
			prev = i
		}
	default:
		for _, i := range present {
			at = putUvarint(b, at, uint64(i))
		}
	}
	switch size {
	case keptBytes:
		for _, i := range present {
			b[at] = byte(vals[i].N)
			at++
		}
	case keptShorts:
		for _, i := range present {
			binary.LittleEndian.PutUint16(b[at:], uint16(vals[i].N))
			at += 2
		}
	default:
		for _, i := range present {
			v := vals[i].N
			at = putUvarint(b, at, uint64(v<<1)^uint64(v>>63))
		}
	}
	return at
}

// putUvarint writes v as a varint at b[at:], which has room for it, and
// returns where it ended.
func putUvarint(b []byte, at int, v uint64) int {
	for v >= 0x80 {
		b[at] = byte(v) | 0x80
		v >>= 7
		at++
	}
	b[at] = byte(v)
	return at + 1
}

// uvarint reads a varint at b[at:] and returns it and where it ended; -1
// when b holds none. One of a byte is read inline.
func uvarint(b []byte, at int) (uint64, int) {
	if uint(at) < uint(len(b)) && b[at] < 0x80 {
		return uint64(b[at]), at + 1
	}
	return uvarintSlow(b, at)
}

// uvarintSlow is uvarint for a varint of more than two bytes, or at the
// end of b.
func uvarintSlow(b []byte, at int) (uint64, int) {
	if at < 0 || at >= len(b) {
		return 0, -1
	}
	v, n := binary.Uvarint(b[at:])
	if n <= 0 {
		return 0, -1
	}
	return v, at + n
}

// Replay calls f with each row kept of file, in the order kept, as an
// ingest.Row of a mapping whose Layout is l (the file's): its Index the
// precinct's in the definition, or -1 and its Precinct as the row gave
// it; its ballot, count and figures. Line and LineID are not kept. The
// row is reused by the next call.
func (k *Kept) Replay(file int, l ingest.Layout, f func(row *ingest.Row) error) error {
	if k == nil || f == nil {
		return errors.New("export: no kept rows or no function")
	}
	if file < 0 || file >= len(k.files) {
		return nil
	}
	row := &ingest.Row{Lines: make([]ingest.Value, len(l.Lines)), Votes: make([]ingest.Value, len(l.Votes)),
		Preferences: make([]ingest.Value, len(l.Preferences))}
	bad := fmt.Errorf("export: the rows kept of file %d are not of its layout", file)
	for _, b := range k.files[file] {
		for at := 0; at < len(b); {
			var ref, bm uint64
			if ref, at = uvarint(b, at); at < 0 {
				return bad
			}
			if bm, at = uvarint(b, at); at < 0 || bm>>1 >= uint64(len(k.ballots)) {
				return bad
			}
			i := ref >> 1
			switch {
			case ref&1 == 0 && i < uint64(len(k.defined)):
				row.Index, row.Precinct = int(i), k.defined[i]
			case ref&1 == 1 && i < uint64(len(k.own)):
				row.Index, row.Precinct = -1, k.own[i]
			default:
				return bad
			}
			row.Ballot, row.Machine = k.ballots[bm>>1], bm&1 == 1
			if at, row.PresentLines = replaySection(b, at, row.PresentLines, row.Lines); at < 0 {
				return bad
			}
			if at, row.PresentVotes = replaySection(b, at, row.PresentVotes, row.Votes); at < 0 {
				return bad
			}
			if at, row.PresentPreferences = replaySection(b, at, row.PresentPreferences, row.Preferences); at < 0 {
				return bad
			}
			if err := f(row); err != nil {
				return err
			}
		}
	}
	return nil
}

// replaySection reads back at b[at:] what keepSection kept into vals
// (sized to the layout), clearing the figures of the row before, and
// returns where it ended (-1: b holds no such section); present is
// reused.
func replaySection(b []byte, at int, present []int32, vals []ingest.Value) (int, []int32) {
	for _, i := range present {
		vals[i] = ingest.Value{}
	}
	present = present[:0]
	h, at := uvarint(b, at)
	if at < 0 || h>>4 > uint64(len(vals)) {
		return -1, present
	}
	n := int(h >> 4)
	if n == 0 {
		return at, present
	}
	switch h >> 2 & 3 {
	case keptRun:
		var first uint64
		if first, at = uvarint(b, at); at < 0 || first+uint64(n) > uint64(len(vals)) {
			return -1, present
		}
		for j := range n {
			present = append(present, int32(first)+int32(j))
		}
	case keptGaps:
		next := uint64(0)
		for range n {
			var gap uint64
			if gap, at = uvarint(b, at); at < 0 || gap >= uint64(len(vals))-next {
				return -1, present
			}
			present = append(present, int32(next+gap))
			next += gap + 1
		}
	case keptList:
		for range n {
			var i uint64
			if i, at = uvarint(b, at); at < 0 || i >= uint64(len(vals)) {
				return -1, present
			}
			present = append(present, int32(i))
		}
	default:
		return -1, present
	}
	switch h & 3 {
	case keptBytes:
		if at+n > len(b) {
			return -1, present
		}
		for j, i := range present {
			vals[i] = ingest.Value{N: int64(b[at+j]), OK: true}
		}
		at += n
	case keptShorts:
		if at+2*n > len(b) {
			return -1, present
		}
		for j, i := range present {
			vals[i] = ingest.Value{N: int64(binary.LittleEndian.Uint16(b[at+2*j:])), OK: true}
		}
		at += 2 * n
	case keptVarints:
		for _, i := range present {
			var u uint64
			if u, at = uvarint(b, at); at < 0 {
				return -1, present
			}
			vals[i] = ingest.Value{N: int64(u>>1) ^ -int64(u&1), OK: true}
		}
	default:
		return -1, present
	}
	return at, present
}
