package wasmpack

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// MaxGap is the longest run of zeros between two segments that Pack
// writes out to merge them, when the caller has no better number: it gave
// the smallest brotli output on the page's module (32 and 256 are within
// 0.2% of it).
const MaxGap = 64

// Section IDs (WebAssembly core specification, 5.5.2).
const (
	sectionData      = 11
	sectionDataCount = 12
)

var (
	// ErrNotModule is returned for bytes that are not a WebAssembly
	// binary module of version 1, or whose sections are cut short.
	ErrNotModule = errors.New("wasmpack: not a WebAssembly module")
	// ErrUnsupported is returned for a module whose data Pack cannot
	// prove it keeps (see the package documentation).
	ErrUnsupported = errors.New("wasmpack: data section not supported")
)

// FormatError says where a module is malformed or unsupported; it wraps
// ErrNotModule or ErrUnsupported.
type FormatError struct {
	Offset int // byte offset in the module
	Reason string
	Err    error
}

func (e *FormatError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("%v at byte %d: %s", e.Err, e.Offset, e.Reason)
}

func (e *FormatError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Stats says what Pack did.
type Stats struct {
	SegmentsBefore int `json:"segments_before"`
	SegmentsAfter  int `json:"segments_after"`
	// ZerosAdded is the number of zero bytes written out in gaps.
	ZerosAdded int64 `json:"zeros_added"`
}

// Segment is an active data segment of memory 0: Data is copied to
// Offset when the module is instantiated.
type Segment struct {
	Offset uint32
	Data   []byte
}

// end returns the address after the segment.
func (s Segment) end() uint64 { return uint64(s.Offset) + uint64(len(s.Data)) }

var header = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// section is one section of a module: its ID, its header (the ID and the
// size as written, which may be padded) and payload, and where the
// payload starts in the module.
type section struct {
	id      byte
	header  []byte
	payload []byte
	at      int
}

// sections splits a module into its sections.
func sections(mod []byte) ([]section, error) {
	if !bytes.HasPrefix(mod, header) {
		return nil, &FormatError{0, "no WebAssembly version 1 header", ErrNotModule}
	}
	var out []section
	for i := len(header); i < len(mod); {
		id := mod[i]
		size, n, ok := readU32(mod[i+1:])
		if !ok {
			return nil, &FormatError{i + 1, "bad section size", ErrNotModule}
		}
		start := i + 1 + n
		if uint64(size) > uint64(len(mod)-start) {
			return nil, &FormatError{i, fmt.Sprintf("section %d runs past the end", id), ErrNotModule}
		}
		out = append(out, section{id: id, header: mod[i:start], payload: mod[start : start+int(size)], at: start})
		i = start + int(size)
	}
	return out, nil
}

// Segments returns the data segments of mod, in the order of its data
// section (none when it has none).
func Segments(mod []byte) ([]Segment, error) {
	secs, err := sections(mod)
	if err != nil {
		return nil, err
	}
	var segs []Segment
	for _, s := range secs {
		switch s.id {
		case sectionDataCount:
			return nil, &FormatError{s.at, "a data count section (memory.init and data.drop name segments by index)", ErrUnsupported}
		case sectionData:
			if segs, err = readData(s.payload, s.at); err != nil {
				return nil, err
			}
		}
	}
	return segs, nil
}

// readData reads a data section's payload, which starts at byte at of
// the module.
func readData(p []byte, at int) ([]Segment, error) {
	count, i, ok := readU32(p)
	if !ok {
		return nil, &FormatError{at, "bad segment count", ErrNotModule}
	}
	// Each segment takes at least 5 bytes: a count larger than that is a
	// lie, and must not size an allocation.
	if uint64(count) > uint64(len(p)/5+1) {
		return nil, &FormatError{at, "segment count larger than the section", ErrNotModule}
	}
	segs := make([]Segment, 0, count)
	for k := uint32(0); k < count; k++ {
		where := at + i
		flags, n, ok := readU32(p[i:])
		if !ok {
			return nil, &FormatError{where, "bad segment flags", ErrNotModule}
		}
		if flags != 0 {
			return nil, &FormatError{where, fmt.Sprintf("segment %d is not an active segment of memory 0 (flags %d)", k, flags), ErrUnsupported}
		}
		i += n
		if i >= len(p) || p[i] != 0x41 { // i32.const
			return nil, &FormatError{at + i, fmt.Sprintf("segment %d: offset is not an i32.const", k), ErrUnsupported}
		}
		off, n, ok := readS32(p[i+1:])
		if !ok {
			return nil, &FormatError{at + i + 1, fmt.Sprintf("segment %d: bad offset", k), ErrNotModule}
		}
		i += 1 + n
		if i >= len(p) || p[i] != 0x0b { // end
			return nil, &FormatError{at + i, fmt.Sprintf("segment %d: offset is not a single i32.const", k), ErrUnsupported}
		}
		i++
		size, n, ok := readU32(p[i:])
		if !ok {
			return nil, &FormatError{at + i, fmt.Sprintf("segment %d: bad size", k), ErrNotModule}
		}
		i += n
		if uint64(size) > uint64(len(p)-i) {
			return nil, &FormatError{at + i, fmt.Sprintf("segment %d runs past the section", k), ErrNotModule}
		}
		segs = append(segs, Segment{Offset: uint32(off), Data: p[i : i+int(size)]})
		i += int(size)
	}
	if i != len(p) {
		return nil, &FormatError{at + i, "bytes after the last segment", ErrNotModule}
	}
	return segs, nil
}

// Merge returns segs in increasing order of address, neighbouring
// segments whose gap is at most maxGap bytes merged into one, the gap's
// zeros written out. The segments must not overlap (nor pass the end of a
// 32-bit address space); otherwise Merge returns ErrUnsupported: only then
// does the order in which a module applies its segments matter. An empty
// segment within or at the end of another is left out. The result shares
// no memory with segs.
func Merge(segs []Segment, maxGap int) ([]Segment, error) {
	if maxGap < 0 {
		maxGap = 0
	}
	segs = sorted(segs)
	var out []Segment
	var end uint64
	for k, s := range segs {
		if s.end() > 1<<32 {
			return nil, &FormatError{0, fmt.Sprintf("a segment at %d ends past 4 GiB", s.Offset), ErrUnsupported}
		}
		if k > 0 && len(s.Data) == 0 && uint64(s.Offset) <= end {
			// An empty segment sets nothing; the segment before it
			// reaches past its address, so the bounds check it makes at
			// instantiation is made still.
			continue
		}
		if k > 0 && uint64(s.Offset) < end {
			return nil, &FormatError{0, fmt.Sprintf("segments overlap at %d", s.Offset), ErrUnsupported}
		}
		if k > 0 && uint64(s.Offset)-end <= uint64(maxGap) {
			last := &out[len(out)-1]
			last.Data = append(last.Data, make([]byte, uint64(s.Offset)-end)...)
			last.Data = append(last.Data, s.Data...)
		} else {
			out = append(out, Segment{Offset: s.Offset, Data: bytes.Clone(s.Data)})
			if out[len(out)-1].Data == nil {
				out[len(out)-1].Data = []byte{}
			}
		}
		end = s.end()
	}
	return out, nil
}

// Pack returns mod with neighbouring data segments merged as Merge merges
// them, and what it did. Every section but the data section is copied
// byte for byte (its header too), in its place. On any error mod is to be kept as it is.
func Pack(mod []byte, maxGap int) ([]byte, Stats, error) {
	secs, err := sections(mod)
	if err != nil {
		return nil, Stats{}, err
	}
	segs, err := Segments(mod)
	if err != nil {
		return nil, Stats{}, err
	}
	merged, err := Merge(segs, maxGap)
	if err != nil {
		return nil, Stats{}, err
	}
	st := Stats{SegmentsBefore: len(segs), SegmentsAfter: len(merged)}
	for _, m := range merged {
		st.ZerosAdded += int64(len(m.Data))
	}
	for _, s := range segs {
		st.ZerosAdded -= int64(len(s.Data))
	}
	out := make([]byte, 0, len(mod)+int(st.ZerosAdded))
	out = append(out, header...)
	for _, s := range secs {
		if s.id != sectionData {
			out = append(out, s.header...)
			out = append(out, s.payload...)
			continue
		}
		payload := encodeData(merged)
		out = append(out, s.id)
		out = appendU32(out, uint32(len(payload)))
		out = append(out, payload...)
	}
	if err := Same(mod, out); err != nil {
		return nil, Stats{}, fmt.Errorf("wasmpack: the packed module differs (a bug): %w", err)
	}
	return out, st, nil
}

// sorted returns a copy of segs sorted by address, in their order where
// two start at the same address.
func sorted(segs []Segment) []Segment {
	segs = slices.Clone(segs)
	slices.SortStableFunc(segs, func(a, b Segment) int { return cmp.Compare(a.Offset, b.Offset) })
	return segs
}

func encodeData(segs []Segment) []byte {
	n := 5
	for _, s := range segs {
		n += 16 + len(s.Data)
	}
	p := make([]byte, 0, n)
	p = appendU32(p, uint32(len(segs)))
	for _, s := range segs {
		p = append(p, 0, 0x41)
		p = appendS32(p, int32(s.Offset))
		p = append(p, 0x0b)
		p = appendU32(p, uint32(len(s.Data)))
		p = append(p, s.Data...)
	}
	return p
}

// ErrDiffer is returned by Same for modules that differ.
var ErrDiffer = errors.New("modules differ")

// Same checks that b is a with its data segments merged: the same
// sections in the same order, all but the data section byte for byte
// equal, and the same memory after instantiation (every byte a sets, b
// sets to the same value; every other byte b sets is zero). Neither
// module's segments may overlap.
func Same(a, b []byte) error {
	sa, err := sections(a)
	if err != nil {
		return err
	}
	sb, err := sections(b)
	if err != nil {
		return err
	}
	if len(sa) != len(sb) {
		return fmt.Errorf("%w: %d sections, %d", ErrDiffer, len(sa), len(sb))
	}
	for i := range sa {
		if sa[i].id != sb[i].id || (sa[i].id != sectionData && (!bytes.Equal(sa[i].header, sb[i].header) || !bytes.Equal(sa[i].payload, sb[i].payload))) {
			return fmt.Errorf("%w: section %d (ID %d)", ErrDiffer, i, sa[i].id)
		}
	}
	da, err := Segments(a)
	if err != nil {
		return err
	}
	db, err := Segments(b)
	if err != nil {
		return err
	}
	// Merging with no gap checks that they do not overlap and sorts them.
	if da, err = Merge(da, 0); err != nil {
		return err
	}
	if db, err = Merge(db, 0); err != nil {
		return err
	}
	// Every byte a sets, b sets to the same value.
	j := 0 // the segment of b that holds the next bytes of a
	for _, s := range da {
		if len(s.Data) == 0 {
			continue
		}
		for j < len(db) && db[j].end() <= uint64(s.Offset) {
			j++
		}
		if j == len(db) || uint64(db[j].Offset) > uint64(s.Offset) || db[j].end() < s.end() {
			return fmt.Errorf("%w: the bytes at %d are not in one segment", ErrDiffer, s.Offset)
		}
		lo := uint64(s.Offset) - uint64(db[j].Offset)
		if !bytes.Equal(db[j].Data[lo:lo+uint64(len(s.Data))], s.Data) {
			return fmt.Errorf("%w: the bytes at %d", ErrDiffer, s.Offset)
		}
	}
	// Every other byte b sets is zero.
	k := 0 // the first segment of a that ends after addr
	for _, s := range db {
		for i, c := range s.Data {
			addr := uint64(s.Offset) + uint64(i)
			for k < len(da) && da[k].end() <= addr {
				k++
			}
			if c != 0 && (k == len(da) || uint64(da[k].Offset) > addr) {
				return fmt.Errorf("%w: byte %d is %d, not zero", ErrDiffer, addr, c)
			}
		}
	}
	return nil
}

// readU32 reads an unsigned LEB128 number of at most 32 bits.
func readU32(p []byte) (v uint32, n int, ok bool) {
	var shift uint
	for n < len(p) && n < 5 {
		c := p[n]
		n++
		if n == 5 && c > 0x0f {
			return 0, n, false
		}
		v |= uint32(c&0x7f) << shift
		if c < 0x80 {
			return v, n, true
		}
		shift += 7
	}
	return 0, n, false
}

// readS32 reads a signed LEB128 number of at most 32 bits.
func readS32(p []byte) (v int32, n int, ok bool) {
	var r int64
	var shift uint
	for n < len(p) && n < 5 {
		c := p[n]
		n++
		r |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if c&0x40 != 0 {
				r -= 1 << shift // sign-extend
			}
			if r < -1<<31 || r > 1<<31-1 {
				return 0, n, false
			}
			return int32(r), n, true
		}
	}
	return 0, n, false
}

func appendU32(p []byte, v uint32) []byte {
	for v >= 0x80 {
		p = append(p, byte(v)|0x80)
		v >>= 7
	}
	return append(p, byte(v))
}

func appendS32(p []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(p, c)
		}
		p = append(p, c|0x80)
	}
}
