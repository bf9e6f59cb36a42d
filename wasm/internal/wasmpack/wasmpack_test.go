package wasmpack_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/wasm/internal/wasmpack"
)

// module returns a module with the given sections, each written with its
// size padded to five bytes as Go's linker writes them.
func module(secs ...[]byte) []byte {
	m := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	for _, s := range secs {
		m = append(m, s...)
	}
	return m
}

// sec returns a section with a padded size.
func sec(id byte, payload []byte) []byte {
	n := uint32(len(payload))
	out := []byte{id, byte(n) | 0x80, byte(n>>7) | 0x80, byte(n>>14) | 0x80, byte(n>>21) | 0x80, byte(n >> 28)}
	return append(out, payload...)
}

func u32(v uint32) []byte {
	var p []byte
	for v >= 0x80 {
		p = append(p, byte(v)|0x80)
		v >>= 7
	}
	return append(p, byte(v))
}

func s32(v int32) []byte {
	var p []byte
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(p, c)
		}
		p = append(p, c|0x80)
	}
}

// data returns a data section of active segments of memory 0.
func data(segs ...wasmpack.Segment) []byte {
	p := u32(uint32(len(segs)))
	for _, s := range segs {
		p = append(p, 0, 0x41)
		p = append(p, s32(int32(s.Offset))...)
		p = append(p, 0x0b)
		p = append(p, u32(uint32(len(s.Data)))...)
		p = append(p, s.Data...)
	}
	return sec(11, p)
}

func seg(off uint32, d string) wasmpack.Segment {
	return wasmpack.Segment{Offset: off, Data: []byte(d)}
}

var custom = sec(0, append([]byte{4}, "name..."...))

// image returns the memory a module's segments set, applied in order, as
// address -> byte (zeros left out): the reference Pack is checked against.
func image(t testing.TB, mod []byte) map[uint32]byte {
	t.Helper()
	segs, err := wasmpack.Segments(mod)
	if err != nil {
		t.Fatal(err)
	}
	m := map[uint32]byte{}
	for _, s := range segs {
		for i, c := range s.Data {
			if c == 0 {
				delete(m, s.Offset+uint32(i))
			} else {
				m[s.Offset+uint32(i)] = c
			}
		}
	}
	return m
}

func sameImage(t testing.TB, a, b []byte) bool {
	t.Helper()
	ia, ib := image(t, a), image(t, b)
	if len(ia) != len(ib) {
		return false
	}
	for k, v := range ia {
		if ib[k] != v {
			return false
		}
	}
	return true
}

func TestPack(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mod    []byte
		gap    int
		want   []wasmpack.Segment // nil: as the input
		err    error
		before int
	}{
		{
			name: "a gap of at most gap bytes is written out",
			mod:  module(custom, data(seg(100, "abc"), seg(110, "de"), seg(1000, "f")), custom),
			gap:  64,
			want: []wasmpack.Segment{seg(100, "abc\x00\x00\x00\x00\x00\x00\x00de"), seg(1000, "f")},
		},
		{
			name: "a gap of exactly gap bytes is written out, one more is not",
			mod:  module(data(seg(0, "a"), seg(5, "b"), seg(11, "c"))),
			gap:  4,
			want: []wasmpack.Segment{seg(0, "a\x00\x00\x00\x00b"), seg(11, "c")},
		},
		{
			name: "touching segments merge with gap 0",
			mod:  module(data(seg(8, "ab"), seg(10, "cd"))),
			gap:  0,
			want: []wasmpack.Segment{seg(8, "abcd")},
		},
		{
			name: "segments out of order are written in order of address",
			mod:  module(data(seg(2000, "z"), seg(10, "a"), seg(12, "b"))),
			gap:  8,
			want: []wasmpack.Segment{seg(10, "a\x00b"), seg(2000, "z")},
		},
		{
			name: "empty segments are kept in their place",
			mod:  module(data(seg(10, ""), seg(10, "a"), seg(500, ""))),
			gap:  8,
			want: []wasmpack.Segment{seg(10, "a"), seg(500, "")},
		},
		{
			name: "an address past 2 GiB (a negative i32.const)",
			mod:  module(data(seg(0x80000000, "a"), seg(0x80000004, "b"))),
			gap:  8,
			want: []wasmpack.Segment{seg(0x80000000, "a\x00\x00\x00b")},
		},
		{name: "no data section", mod: module(custom), want: []wasmpack.Segment{}},
		{name: "overlapping segments", mod: module(data(seg(10, "abc"), seg(12, "x"))), err: wasmpack.ErrUnsupported},
		{name: "a passive segment", mod: module(sec(11, []byte{1, 1, 1, 'a'})), err: wasmpack.ErrUnsupported},
		{name: "an offset that is not an i32.const", mod: module(sec(11, []byte{1, 0, 0x23, 0, 0x0b, 1, 'a'})), err: wasmpack.ErrUnsupported},
		{name: "a data count section", mod: module(sec(12, []byte{1}), data(seg(0, "a"))), err: wasmpack.ErrUnsupported},
		{name: "not a module", mod: []byte("\x00asm\x02\x00\x00\x00"), err: wasmpack.ErrNotModule},
		{name: "a section cut short", mod: module(data(seg(0, "abc")))[:16], err: wasmpack.ErrNotModule},
		{name: "a segment count larger than the section", mod: module(sec(11, []byte{0xff, 0xff, 0x03})), err: wasmpack.ErrNotModule},
		{name: "bytes after the last segment", mod: module(sec(11, []byte{0, 7})), err: wasmpack.ErrNotModule},
		{name: "an offset longer than 5 bytes", mod: module(sec(11, []byte{1, 0, 0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0, 0x0b, 0})), err: wasmpack.ErrNotModule},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, st, err := wasmpack.Pack(tc.mod, tc.gap)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				var fe *wasmpack.FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("err = %T, want a *FormatError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, err := wasmpack.Segments(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("segments %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i].Offset != tc.want[i].Offset || !bytes.Equal(got[i].Data, tc.want[i].Data) {
					t.Fatalf("segments %+v, want %+v", got, tc.want)
				}
			}
			if st.SegmentsAfter != len(tc.want) {
				t.Errorf("Stats %+v", st)
			}
			if !sameImage(t, tc.mod, out) {
				t.Error("the memory differs")
			}
			if err := wasmpack.Same(tc.mod, out); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSameFindsADifference(t *testing.T) {
	a := module(custom, data(seg(10, "abc"), seg(20, "d")))
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"a byte changed", module(custom, data(seg(10, "abx"), seg(20, "d")))},
		{"a byte set in a gap", module(custom, data(seg(10, "abc\x00\x00\x00\x00\x01\x00\x00d")))},
		{"a segment left out", module(custom, data(seg(10, "abc")))},
		{"a byte more at the end", module(custom, data(seg(10, "abc"), seg(20, "de")))},
		{"another section changed", module(sec(0, []byte{4, 'n', 'a', 'm', 'f'}), data(seg(10, "abc"), seg(20, "d")))},
		{"a section header written otherwise", module(append([]byte{0, 8}, custom[6:]...), data(seg(10, "abc"), seg(20, "d")))},
		{"a section more", module(custom, data(seg(10, "abc"), seg(20, "d")), custom)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := wasmpack.Same(a, tc.b); !errors.Is(err, wasmpack.ErrDiffer) {
				t.Fatalf("Same = %v, want ErrDiffer", err)
			}
		})
	}
	if err := wasmpack.Same(a, module(custom, data(seg(10, "abc\x00\x00\x00\x00\x00\x00\x00d")))); err != nil {
		t.Fatalf("the merged module: %v", err)
	}
}

const propSeed = 1234

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(propSeed)
	params.MinSuccessfulTests = 300
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("gopter seed %d", propSeed)
		}
	})
	p := gopter.NewProperties(params)
	// layout builds segments that do not overlap from gaps and lengths,
	// with zeros and non-zeros mixed, and shuffles them.
	layout := func(gaps, lens []uint8, seed uint64) []wasmpack.Segment {
		r := rand.New(rand.NewPCG(seed, 1))
		var segs []wasmpack.Segment
		off := uint32(0)
		for i := range min(len(gaps), len(lens)) {
			off += uint32(gaps[i])
			d := make([]byte, lens[i]%24)
			for j := range d {
				if r.IntN(3) > 0 {
					d[j] = byte(1 + r.IntN(255))
				}
			}
			segs = append(segs, wasmpack.Segment{Offset: off, Data: d})
			off += uint32(len(d))
		}
		r.Shuffle(len(segs), func(i, j int) { segs[i], segs[j] = segs[j], segs[i] })
		return segs
	}
	p.Property("Pack keeps the memory and every other section, and never adds a segment", prop.ForAll(
		func(gaps, lens []uint8, seed uint64, gap int) bool {
			mod := module(custom, data(layout(gaps, lens, seed)...), custom)
			out, st, err := wasmpack.Pack(mod, gap)
			if err != nil {
				t.Log(err)
				return false
			}
			return sameImage(t, mod, out) && wasmpack.Same(mod, out) == nil &&
				st.SegmentsAfter <= st.SegmentsBefore && bytes.Equal(out[:len(custom)+8], mod[:len(custom)+8])
		}, gen.SliceOf(gen.UInt8()), gen.SliceOf(gen.UInt8()), gen.UInt64(), gen.IntRange(0, 80)))
	p.Property("the gaps left between segments are longer than gap", prop.ForAll(
		func(gaps, lens []uint8, seed uint64, gap int) bool {
			out, _, err := wasmpack.Pack(module(data(layout(gaps, lens, seed)...)), gap)
			if err != nil {
				return false
			}
			segs, err := wasmpack.Segments(out)
			if err != nil {
				return false
			}
			for i := 1; i < len(segs); i++ {
				if int64(segs[i].Offset)-int64(segs[i-1].Offset)-int64(len(segs[i-1].Data)) <= int64(gap) {
					return false
				}
			}
			return true
		}, gen.SliceOf(gen.UInt8()), gen.SliceOf(gen.UInt8()), gen.UInt64(), gen.IntRange(0, 80)))
	p.Property("packing twice changes nothing more", prop.ForAll(
		func(gaps, lens []uint8, seed uint64, gap int) bool {
			once, _, err := wasmpack.Pack(module(data(layout(gaps, lens, seed)...)), gap)
			if err != nil {
				return false
			}
			twice, _, err := wasmpack.Pack(once, gap)
			return err == nil && bytes.Equal(once, twice)
		}, gen.SliceOf(gen.UInt8()), gen.SliceOf(gen.UInt8()), gen.UInt64(), gen.IntRange(0, 80)))
	p.TestingRun(t)
}

// TestPageModule packs the page's own module, built as scripts/web builds
// it: the memory is the same and the module is smaller with gzip.
func TestPageModule(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("builds the page's module with the go command")
	}
	name := filepath.Join(t.TempDir(), "shailoo.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", name, "github.com/shailoo/shailoo/wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	out, st, err := wasmpack.Pack(mod, wasmpack.MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	if !sameImage(t, mod, out) {
		t.Fatal("the memory differs")
	}
	if st.SegmentsAfter*100 > st.SegmentsBefore {
		t.Errorf("Stats %+v: expected far fewer segments", st)
	}
	if a, b := gzipped(t, mod), gzipped(t, out); b >= a {
		t.Errorf("gzip: %d bytes packed, %d before", b, a)
	}
}

func gzipped(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}
