package wasmpack_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/internal/wasmpack"
)

// FuzzPack: Pack never panics; it either refuses with ErrNotModule or
// ErrUnsupported, or returns a module with the same memory that Same
// accepts and that packs to itself.
func FuzzPack(f *testing.F) {
	f.Add(module(custom, data(seg(100, "abc"), seg(110, "de"), seg(1000, "f"))), 64)
	f.Add(module(data(seg(2000, "z"), seg(10, "a\x00"), seg(12, "b"))), 8)
	f.Add(module(data(seg(10, "abc"), seg(12, "x"))), 0)
	f.Add(module(sec(12, []byte{1}), data(seg(0, "a"))), 1)
	f.Fuzz(func(t *testing.T, mod []byte, gap int) {
		gap %= 256
		out, _, err := wasmpack.Pack(mod, gap)
		if err != nil {
			if !errors.Is(err, wasmpack.ErrNotModule) && !errors.Is(err, wasmpack.ErrUnsupported) {
				t.Fatalf("Pack: %v", err)
			}
			return
		}
		if !sameImage(t, mod, out) {
			t.Fatal("the memory differs")
		}
		if err := wasmpack.Same(mod, out); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzStrip: Strip never panics; it refuses with ErrNotModule or
// ErrUnsupported, or returns a module that strips to itself.
func FuzzStrip(f *testing.F) {
	hdr := "\xf1\xff\xff\xff\x00\x00\x01\x08"
	f.Add(module(data(seg(100, hdr+"\x01\x00\x00\x00\x00\x00\x00\x00"+strings.Repeat("\x00", 16)+
		"\x48\x00\x00\x00\x00\x00\x00\x00\x49\x00\x00\x00\x00\x00\x00\x00\x4a\x00\x00\x00\x00\x00\x00\x00"+
		"\x4b\x00\x00\x00\x00\x00\x00\x00\x50\x00\x00\x00\x00\x00\x00\x00"+"\x00main\x00\x02\x02\x00\x00"+
		strings.Repeat("\x00", 8)+"\x10\x00\x00\x00"+strings.Repeat("\x00", 8)+strings.Repeat("\x00", 48)))), 64)
	f.Add(module(data(seg(100, hdr))), 8)
	f.Fuzz(func(t *testing.T, mod []byte, gap int) {
		gap %= 256
		out, _, err := wasmpack.Strip(mod, gap)
		if err != nil {
			if !errors.Is(err, wasmpack.ErrNotModule) && !errors.Is(err, wasmpack.ErrUnsupported) {
				t.Fatalf("Strip: %v", err)
			}
			return
		}
		again, st, err := wasmpack.Strip(out, gap)
		if err != nil || st.Zeroed != 0 || !bytes.Equal(again, out) {
			t.Fatalf("a second Strip: %v, %+v", err, st)
		}
	})
}
