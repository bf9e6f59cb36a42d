package wasmpack

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// Fold moves the Go runtime's findfunctab out of the data section and
// into a start function that writes it when the module is instantiated,
// before any of the module's code runs: the memory the program starts
// with is the same, byte for byte, and the table costs some 50 bytes of
// code instead of 1.5 MB of data (some 9 KB of the page's module with
// brotli).
//
// The findfunctab maps a program counter to the function that holds it
// (runtime.findfunc: tracebacks, stack growth, the garbage collector's
// stack scans, runtime.FuncForPC). It is one 20-byte record per 4096
// program counters: the index of the function that holds the first of
// them (a little-endian uint32), then 16 deltas for its 256-counter
// parts. In a GOARCH=wasm program every function spans 1<<16 counters
// (its index in the high bits, its resume points in the low ones), so
// record k is k>>4 followed by 16 zeros, a run that grows by one every
// sixteen records, which neither gzip nor brotli predicts well. Fold
// finds the longest run of records of that form, checks that the
// runtime's module data holds its address (8 bytes, little-endian) and
// zeroes it; the start function writes k>>4 into record k for each k of
// the run. The records after the run (the table's last, of the
// runtime's own functions past the end of the text) stay in the data.
//
// Fold reads only what it can prove it understands: data segments as
// Pack reads them, exactly one pclntab header as Strip reads it, exactly
// one such run of at least minFoldRecords records, its address once in
// the memory, a type section, a function section, a code section, and
// no start section. Anything else is ErrUnsupported and the caller
// keeps the module. It checks its output: the data read back, with the
// run written as the start function writes it, is the memory it read.
func Fold(mod []byte, maxGap int) ([]byte, FoldStats, error) {
	secs, err := sections(mod)
	if err != nil {
		return nil, FoldStats{}, err
	}
	img, base, err := image(mod)
	if err != nil {
		return nil, FoldStats{}, err
	}
	at, n, err := findFuncTab(img, base)
	if err != nil {
		return nil, FoldStats{}, err
	}
	orig := bytes.Clone(img)
	clear(img[at : at+20*n])
	out := split(img, base, maxGap)

	// The start function's index: after the imported functions and the
	// module's own.
	var imported, own uint32
	typeAt, funcAt, codeAt := -1, -1, -1
	for i, s := range secs {
		switch s.id {
		case sectionImport:
			if imported, err = importedFuncs(s.payload); err != nil {
				return nil, FoldStats{}, &FormatError{s.at, err.Error(), ErrUnsupported}
			}
		case sectionType:
			typeAt = i
		case sectionFunction:
			funcAt = i
			c, _, ok := readU32(s.payload)
			if !ok {
				return nil, FoldStats{}, &FormatError{s.at, "bad function count", ErrNotModule}
			}
			own = c
		case sectionCode:
			codeAt = i
		case sectionStart:
			return nil, FoldStats{}, &FormatError{s.at, "a start section already", ErrUnsupported}
		}
	}
	if typeAt < 0 || funcAt < 0 || codeAt < 0 {
		return nil, FoldStats{}, &FormatError{0, "no type, function or code section", ErrUnsupported}
	}
	types, typeIdx, err := voidType(secs[typeAt].payload)
	if err != nil {
		return nil, FoldStats{}, &FormatError{secs[typeAt].at, err.Error(), ErrUnsupported}
	}
	funcs, err := appendEntry(secs[funcAt].payload, appendU32(nil, typeIdx))
	if err != nil {
		return nil, FoldStats{}, &FormatError{secs[funcAt].at, err.Error(), ErrNotModule}
	}
	body := fillBody(base+uint32(at), uint32(n))
	code, err := appendEntry(secs[codeAt].payload, append(appendU32(nil, uint32(len(body))), body...))
	if err != nil {
		return nil, FoldStats{}, &FormatError{secs[codeAt].at, err.Error(), ErrNotModule}
	}
	start := appendU32(nil, imported+own)

	res := make([]byte, 0, len(mod))
	res = append(res, header...)
	put := func(id byte, payload []byte) {
		res = append(res, id)
		res = appendU32(res, uint32(len(payload)))
		res = append(res, payload...)
	}
	started := false
	for i, s := range secs {
		// The start section goes after the export section and before the
		// element, data count, code and data sections.
		if !started && (s.id == sectionElement || s.id == sectionDataCount || s.id == sectionCode || s.id == sectionData) {
			put(sectionStart, start)
			started = true
		}
		switch {
		case i == typeAt:
			put(s.id, types)
		case i == funcAt:
			put(s.id, funcs)
		case i == codeAt:
			put(s.id, code)
		case s.id == sectionData:
			put(s.id, encodeData(out))
		default:
			res = append(res, s.header...)
			res = append(res, s.payload...)
		}
	}
	// Read it back: the data, with the run written as the start function
	// writes it, is the memory Fold read.
	back, backBase, err := image(res)
	if err != nil {
		return nil, FoldStats{}, fmt.Errorf("wasmpack: the folded module does not read back (a bug): %w", err)
	}
	if backBase < base || int(backBase-base) > len(orig) {
		return nil, FoldStats{}, fmt.Errorf("wasmpack: the folded module's memory starts elsewhere (a bug)")
	}
	got := make([]byte, len(orig))
	copy(got[backBase-base:], back)
	fillTable(got[at:], n)
	if !bytes.Equal(got, orig) {
		return nil, FoldStats{}, fmt.Errorf("wasmpack: the folded module's memory differs (a bug)")
	}
	return res, FoldStats{Records: n, Address: base + uint32(at)}, nil
}

// FoldStats says what Fold did.
type FoldStats struct {
	// Records is the number of findfunctab records the start function
	// writes, from Address on.
	Records int    `json:"records"`
	Address uint32 `json:"address"`
}

// Section IDs Fold reads or writes.
const (
	sectionType     = 1
	sectionImport   = 2
	sectionFunction = 3
	sectionStart    = 8
	sectionElement  = 9
	sectionCode     = 10
)

// minFoldRecords is the shortest run Fold folds: a Go program's runtime
// alone has a thousand functions, sixteen records each.
const minFoldRecords = 1024

// image returns the memory that mod's data segments write, from the
// first segment's address (base) on.
func image(mod []byte) ([]byte, uint32, error) {
	segs, err := Segments(mod)
	if err != nil {
		return nil, 0, err
	}
	if segs, err = Merge(segs, 0); err != nil {
		return nil, 0, err
	}
	if len(segs) == 0 {
		return nil, 0, &FormatError{0, "no data segments", ErrUnsupported}
	}
	base := segs[0].Offset
	img := make([]byte, segs[len(segs)-1].end()-uint64(base))
	for _, s := range segs {
		copy(img[s.Offset-base:], s.Data)
	}
	return img, base, nil
}

// fillTable writes k>>4 and 16 zeros into record k of t for each k < n.
func fillTable(t []byte, n int) {
	for k := range n {
		binary.LittleEndian.PutUint32(t[20*k:], uint32(k>>4))
		clear(t[20*k+4 : 20*k+20])
	}
}

// findFuncTab returns where in img (memory from address base) the run of
// findfunctab records of the form k>>4 (see Fold) starts, and its length.
func findFuncTab(img []byte, base uint32) (at, n int, err error) {
	unsupported := func(at int, format string, a ...any) error {
		return &FormatError{0, fmt.Sprintf("memory at %d: ", at) + fmt.Sprintf(format, a...), ErrUnsupported}
	}
	magic := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	if h := bytes.Index(img, magic); h < 0 || bytes.Contains(img[h+1:], magic) {
		return 0, 0, unsupported(0, "not exactly one pclntab header of Go 1.20 or later for wasm")
	}
	// Records 16 to 47 (functions 1 and 2), which follow the 320 zero
	// bytes of records 0 to 15.
	probe := make([]byte, 20*48)
	fillTable(probe, 48)
	key := probe[20*16:]
	i := bytes.Index(img, key)
	if i < 20*16 || bytes.Contains(img[i+1:], key) {
		return 0, 0, unsupported(0, "not exactly one findfunctab of a wasm program")
	}
	at = i - 20*16
	if !bytes.Equal(img[at:i], probe[:20*16]) {
		return 0, 0, unsupported(at, "the findfunctab's first records are not zero")
	}
	var rec [20]byte
	for n = 0; at+20*(n+1) <= len(img); n++ {
		binary.LittleEndian.PutUint32(rec[:], uint32(n>>4))
		if !bytes.Equal(img[at+20*n:at+20*n+20], rec[:]) {
			break
		}
	}
	if n < minFoldRecords {
		return 0, 0, unsupported(at, "a findfunctab of %d records", n)
	}
	var addr [8]byte
	binary.LittleEndian.PutUint64(addr[:], uint64(base)+uint64(at))
	if c := bytes.Count(img, addr[:]); c != 1 {
		return 0, 0, unsupported(at, "the findfunctab's address is in the memory %d times, not once (the module data)", c)
	}
	return at, n, nil
}

// importedFuncs counts the functions an import section imports.
func importedFuncs(p []byte) (uint32, error) {
	count, i, ok := readU32(p)
	if !ok {
		return 0, fmt.Errorf("bad import count")
	}
	var funcs uint32
	name := func() bool {
		l, n, ok := readU32(p[i:])
		if !ok || uint64(l) > uint64(len(p)-i-n) {
			return false
		}
		i += n + int(l)
		return true
	}
	for range count {
		if !name() || !name() || i >= len(p) {
			return 0, fmt.Errorf("bad import")
		}
		kind := p[i]
		i++
		var ok bool
		switch kind {
		case 0: // function: a type index
			funcs++
			_, n, k := readU32(p[i:])
			i, ok = i+n, k
		case 3: // global: a value type and mutability
			i, ok = i+2, i+2 <= len(p)
		default: // tables and memories: Go's imports have none
			return 0, fmt.Errorf("an import of kind %d", kind)
		}
		if !ok {
			return 0, fmt.Errorf("bad import")
		}
	}
	return funcs, nil
}

// voidType returns the type section p with the function type [] -> []
// (added at the end when it has none) and that type's index.
func voidType(p []byte) ([]byte, uint32, error) {
	count, i, ok := readU32(p)
	if !ok {
		return nil, 0, fmt.Errorf("bad type count")
	}
	vec := func() (int, bool) {
		l, n, ok := readU32(p[i:])
		if !ok || uint64(l) > uint64(len(p)-i-n) {
			return 0, false
		}
		i += n + int(l)
		return int(l), true
	}
	for k := range count {
		if i >= len(p) || p[i] != 0x60 {
			return nil, 0, fmt.Errorf("a type that is not a function type")
		}
		i++
		params, ok1 := vec()
		results, ok2 := vec()
		if !ok1 || !ok2 {
			return nil, 0, fmt.Errorf("bad function type")
		}
		if params == 0 && results == 0 {
			return p, k, nil
		}
	}
	out, err := appendEntry(p, []byte{0x60, 0, 0})
	return out, count, err
}

// appendEntry returns the vector p (a count, then entries) with entry
// added at its end.
func appendEntry(p, entry []byte) ([]byte, error) {
	count, n, ok := readU32(p)
	if !ok || count == 1<<32-1 {
		return nil, fmt.Errorf("bad count")
	}
	out := appendU32(nil, count+1)
	out = append(out, p[n:]...)
	return append(out, entry...), nil
}

// fillBody is the code of the start function: for k from 0 to n-1,
// store k>>4 (32 bits) at addr+20k.
func fillBody(addr, n uint32) []byte {
	b := []byte{
		0x01, 0x01, 0x7f, // one local: k i32
		0x03, 0x40, // loop
		0x20, 0x00, 0x41, 0x14, 0x6c, // local.get k; i32.const 20; i32.mul
		0x20, 0x00, 0x41, 0x04, 0x76, // local.get k; i32.const 4; i32.shr_u
		0x36, 0x00, // i32.store align=1
	}
	b = appendU32(b, addr) // offset
	b = append(b,
		0x20, 0x00, 0x41, 0x01, 0x6a, 0x22, 0x00, // k = k+1
		0x41) // i32.const n
	b = appendS32(b, int32(n))
	return append(b,
		0x49,       // i32.lt_u
		0x0d, 0x00, // br_if the loop
		0x0b, // end loop
		0x0b) // end function
}
