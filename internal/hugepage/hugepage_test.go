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
