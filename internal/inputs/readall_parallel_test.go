//go:build !js

package inputs

import (
	"bytes"
	"io"
	"testing"
)

// A file that ends before the size it had (it shrank while it was read)
// gives the bytes it still had, and no error; a read error is returned.
func TestReadAtParallelShortAndFailing(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789\n"), readPiece/2) // 5.5 pieces
	for _, have := range []int{0, 1, readPiece, 3*readPiece + 5, len(data)} {
		b := make([]byte, len(data))
		n, err := readAtParallel(bytes.NewReader(data[:have]), b, 0, 3)
		if err != nil || n != have || !bytes.Equal(b[:n], data[:have]) {
			t.Fatalf("a file of %d bytes: %d read, %v", have, n, err)
		}
	}
	b := make([]byte, len(data))
	if _, err := readAtParallel(failingAt{bytes.NewReader(data), 2 * readPiece}, b, 0, 2); err != errDisk {
		t.Fatalf("a read error: %v", err)
	}
}

var errDisk = io.ErrClosedPipe

type failingAt struct {
	r  *bytes.Reader
	at int64
}

func (f failingAt) ReadAt(p []byte, off int64) (int, error) {
	if off == f.at {
		return 0, errDisk
	}
	return f.r.ReadAt(p, off)
}
