package wasmpack

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Strip, unlike Pack, changes the memory a module starts with, and only
// in what a Go program reads to print a stack trace: it zeroes the
// function names, the source file names and the tables that map each
// position in a function to a file and a line (the pclntab's funcnametab,
// cutab, filetab, and every pcfile and pcln table), and each function's
// references to them. A third of the pclntab, which a Go js/wasm module
// writes into its data section, is those tables: some 150 KB of the
// page's module with brotli.
//
// What the runtime needs to run stays byte for byte: the function table
// and each function's entry, arguments, frame size table (pcsp), pcdata
// tables (stack maps, the inline tree that recover() walks) and funcdata. The runtime reads names, files and lines only to
// print (a stack trace, runtime.Caller, runtime.FuncForPC); a table
// offset of 0 reads as "no table" and a name offset of 0 as "", so a
// trace then shows "?" for every place. A recovered panic's value is
// untouched: the page's errors say the same. Strip zeroes the unsafe-point
// tables (pcdata 0) too: only asynchronous preemption (by a signal) and
// debugger calls read them, and js/wasm has neither; Strip is for
// GOARCH=wasm modules only.
//
// Strip reads only what it can prove it understands: data segments as
// Pack reads them, and exactly one pclntab header of the format of Go
// 1.20 and later (magic 0xfffffff1, 8-byte pointers, 1-byte instruction
// quantum, as GOARCH=wasm writes) whose offsets, functions and tables
// all lie inside the memory and whose tables it keeps all end there.
// Anything else is ErrUnsupported, and the caller keeps the module. Its
// output's data segments are the changed memory split at runs of more
// than maxGap zeros (as Pack merges them), the last to the end; it checks them by reading the
// new data section back.
func Strip(mod []byte, maxGap int) ([]byte, StripStats, error) {
	secs, err := sections(mod)
	if err != nil {
		return nil, StripStats{}, err
	}
	segs, err := Segments(mod)
	if err != nil {
		return nil, StripStats{}, err
	}
	if segs, err = Merge(segs, 0); err != nil {
		return nil, StripStats{}, err
	}
	if len(segs) == 0 {
		return nil, StripStats{}, &FormatError{0, "no data segments", ErrUnsupported}
	}
	base := segs[0].Offset
	img := make([]byte, segs[len(segs)-1].end()-uint64(base))
	for _, s := range segs {
		copy(img[s.Offset-base:], s.Data)
	}
	st, err := stripImage(img)
	if err != nil {
		return nil, StripStats{}, err
	}
	out := split(img, base, maxGap)
	st.SegmentsBefore, st.SegmentsAfter = len(segs), len(out)
	res := make([]byte, 0, len(mod))
	res = append(res, header...)
	for _, s := range secs {
		if s.id != sectionData {
			res = append(res, s.header...)
			res = append(res, s.payload...)
			continue
		}
		payload := encodeData(out)
		res = append(res, s.id)
		res = appendU32(res, uint32(len(payload)))
		res = append(res, payload...)
	}
	// Read it back: the same memory as img, every other section the same.
	back, err := Segments(res)
	if err != nil {
		return nil, StripStats{}, fmt.Errorf("wasmpack: the stripped module does not read back (a bug): %w", err)
	}
	got := make([]byte, len(img))
	for _, s := range back {
		if s.Offset < base || s.end() > uint64(base)+uint64(len(img)) {
			return nil, StripStats{}, fmt.Errorf("wasmpack: a stripped segment at %d lies outside the memory (a bug)", s.Offset)
		}
		copy(got[s.Offset-base:], s.Data)
	}
	if !bytes.Equal(got, img) {
		return nil, StripStats{}, fmt.Errorf("wasmpack: the stripped module's memory differs (a bug)")
	}
	return res, st, nil
}

// StripStats says what Strip did.
type StripStats struct {
	Functions int `json:"functions"`
	// Zeroed is the number of bytes of names, file and line tables set to
	// zero (the functions' fields not counted).
	Zeroed         int `json:"zeroed"`
	SegmentsBefore int `json:"segments_before"`
	SegmentsAfter  int `json:"segments_after"`
}

// pclntab header (runtime.pcHeader) and function (runtime._func) layout
// of Go 1.20 and later on a 64-bit architecture.
const (
	pcMagic      = 0xfffffff1
	pcHeaderSize = 8 + 8*8
	funcSize     = 44 // up to the pcdata offsets
	// _func field offsets
	fNameOff   = 4
	fPcsp      = 16
	fPcfile    = 20
	fPcln      = 24
	fNpcdata   = 28
	fCuOffset  = 32
	fStartLine = 36
	fNfuncdata = 43
)

// stripImage finds the pclntab in img (memory from some base address)
// and zeroes in place what Strip's doc says.
func stripImage(img []byte) (StripStats, error) {
	unsupported := func(at int, format string, a ...any) error {
		// at is an address in the memory, not a byte of the module.
		return &FormatError{0, fmt.Sprintf("memory at %d: ", at) + fmt.Sprintf(format, a...), ErrUnsupported}
	}
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	h := bytes.Index(img, magic)
	if h < 0 {
		return StripStats{}, unsupported(0, "no pclntab header of Go 1.20 or later for wasm")
	}
	if bytes.Contains(img[h+1:], magic) {
		return StripStats{}, unsupported(h, "more than one pclntab header")
	}
	if len(img)-h < pcHeaderSize {
		return StripStats{}, unsupported(h, "the pclntab header runs past the memory")
	}
	le := binary.LittleEndian
	word := func(i int) uint64 { return le.Uint64(img[h+8+8*i:]) }
	nfunc := word(0)
	names, cu, files, pct, pcln := word(3), word(4), word(5), word(6), word(7)
	room := uint64(len(img) - h)
	if nfunc == 0 || nfunc > room || !(pcHeaderSize <= names && names <= cu && cu <= files && files <= pct && pct < pcln && pcln < room) {
		return StripStats{}, unsupported(h, "pclntab offsets out of order or past the memory")
	}
	namesAt, cuAt, filesAt, pctAt, pclnAt := h+int(names), h+int(cu), h+int(files), h+int(pct), h+int(pcln)
	pctab := img[pctAt:pclnAt]
	if uint64(len(img)-pclnAt) < (nfunc+1)*8 {
		return StripStats{}, unsupported(pclnAt, "the function table runs past the memory")
	}
	keep := make([]bool, len(pctab))
	// mark keeps table off of pctab (0 is no table).
	mark := func(off uint32, at int) error {
		if off == 0 {
			return nil
		}
		end, ok := tableEnd(pctab, int(off))
		if !ok {
			return unsupported(at, "a pc table at %d does not end inside the pctab", off)
		}
		for i := int(off); i < end; i++ {
			keep[i] = true
		}
		return nil
	}
	type fn struct{ at int }
	fns := make([]fn, 0, nfunc)
	var last uint32
	for k := 0; k < int(nfunc); k++ {
		e := pclnAt + 8*k
		entry, off := le.Uint32(img[e:]), le.Uint32(img[e+4:])
		if entry < last {
			return StripStats{}, unsupported(e, "the function table is not in order")
		}
		last = entry
		f := pclnAt + int(off)
		if uint64(off) > uint64(len(img)-pclnAt) || len(img)-f < funcSize {
			return StripStats{}, unsupported(e, "a function lies past the memory")
		}
		npc, nfd := int(le.Uint32(img[f+fNpcdata:])), int(img[f+fNfuncdata])
		if npc > 64 || len(img)-f < funcSize+4*(npc+nfd) {
			return StripStats{}, unsupported(f, "a function's pcdata lie past the memory")
		}
		if le.Uint32(img[f:]) != entry {
			return StripStats{}, unsupported(f, "a function's entry differs from the function table's")
		}
		if n := le.Uint32(img[f+fNameOff:]); uint64(n) >= cu-names {
			return StripStats{}, unsupported(f, "a function name lies outside the funcnametab")
		}
		if err := mark(le.Uint32(img[f+fPcsp:]), f); err != nil {
			return StripStats{}, err
		}
		// pcdata 0 (the unsafe points) is read only by asynchronous
		// preemption and debugger calls, neither of which js/wasm has.
		for i := 1; i < npc; i++ {
			if err := mark(le.Uint32(img[f+funcSize+4*i:]), f); err != nil {
				return StripStats{}, err
			}
		}
		for _, field := range []int{fPcfile, fPcln} {
			if off := le.Uint32(img[f+field:]); off != 0 {
				if _, ok := tableEnd(pctab, int(off)); !ok {
					return StripStats{}, unsupported(f, "a file or line table does not end inside the pctab")
				}
			}
		}
		fns = append(fns, fn{f})
	}
	// Only now, with everything read, change the memory.
	st := StripStats{Functions: len(fns)}
	for _, f := range fns {
		for _, field := range []int{fNameOff, fPcfile, fPcln, fCuOffset, fStartLine} {
			le.PutUint32(img[f.at+field:], 0)
		}
		if le.Uint32(img[f.at+fNpcdata:]) > 0 {
			le.PutUint32(img[f.at+funcSize:], 0) // pcdata 0, the unsafe points
		}
	}
	zero := func(b []byte) {
		for i, c := range b {
			if c != 0 {
				st.Zeroed++
			}
			b[i] = 0
		}
	}
	zero(img[namesAt:cuAt])
	zero(img[cuAt:filesAt])
	zero(img[filesAt:pctAt])
	for i, k := range keep {
		if !k {
			zero(pctab[i : i+1])
		}
	}
	return st, nil
}

// tableEnd returns where the pc-value table at off of pctab ends: after
// the 0 that follows its last (value delta, pc delta) pair, as the
// runtime's pcvalue reads it.
func tableEnd(pctab []byte, off int) (int, bool) {
	if off < 0 || off >= len(pctab) {
		return 0, false
	}
	i := off
	for first := true; ; first = false {
		v, n := binary.Uvarint(pctab[i:])
		if n <= 0 {
			return 0, false
		}
		i += n
		if v == 0 && !first {
			return i, true
		}
		if _, n = binary.Uvarint(pctab[i:]); n <= 0 {
			return 0, false
		}
		i += n
	}
}

// split returns the memory img (which starts at address base) as
// segments: its bytes, split at runs of more than maxGap zeros, which
// are left out (but for those at the end).
func split(img []byte, base uint32, maxGap int) []Segment {
	if maxGap < 0 {
		maxGap = 0
	}
	var out []Segment
	start, zeros := -1, 0
	for i, c := range img {
		if c != 0 {
			if start < 0 {
				start = i
			} else if zeros > maxGap {
				out = append(out, Segment{Offset: base + uint32(start), Data: img[start : i-zeros]})
				start = i
			}
			zeros = 0
			continue
		}
		zeros++
	}
	if start >= 0 {
		// The last segment keeps the zeros at the end, so that the memory
		// Strip reads ends where it ended and a second Strip reads the same.
		out = append(out, Segment{Offset: base + uint32(start), Data: img[start:]})
	}
	return out
}
