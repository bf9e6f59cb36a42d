package hugepage

import (
	"bytes"
	"testing"
)

// The advice changes no byte, on buffers of every alignment and size
// around a huge page, fresh or written before.
func TestAdviseKeepsBytes(t *testing.T) {
	for _, n := range []int{0, 1, Size - 1, Size, Size + 1, 2*Size + 4095, 5 * Size} {
		for _, from := range []int{0, 1, 4096, Size / 2} {
			fresh := make([]byte, n+from)[from:]
			Advise(fresh)
			if bytes.ContainsFunc(fresh, func(r rune) bool { return r != 0 }) {
				t.Fatalf("n %d from %d: a fresh buffer is not zeros after the advice", n, from)
			}
			written := make([]byte, n+from)[from:]
			for i := range written {
				written[i] = byte(i*7 + 3)
			}
			want := bytes.Clone(written)
			Advise(written)
			if !bytes.Equal(written, want) {
				t.Fatalf("n %d from %d: the advice changed the buffer", n, from)
			}
		}
	}
}

// Bytes gives n zero bytes, its capacity n, whatever n.
func TestBytes(t *testing.T) {
	for _, n := range []int{0, 1, Size - 1, Size, Size + 1, 3*Size + 12345} {
		b := Bytes(n)
		if len(b) != n || cap(b) != n {
			t.Fatalf("n %d: len %d, cap %d", n, len(b), cap(b))
		}
		if bytes.ContainsFunc(b, func(r rune) bool { return r != 0 }) {
			t.Fatalf("n %d: not zeros", n)
		}
		for i := range b {
			b[i] = byte(i)
		}
	}
}

// Slice leaves a slice's elements as they were.
func TestSlice(t *testing.T) {
	type row struct {
		id string
		n  int64
	}
	s := make([]row, 3, Size/8)
	s[1] = row{"b", 2}
	Slice(s)
	Slice([]row(nil))
	if s[1] != (row{"b", 2}) || len(s) != 3 {
		t.Fatalf("%v", s)
	}
}
