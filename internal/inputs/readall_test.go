package inputs

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// ReadAll gives a file's bytes from the reader's offset to its end,
// whether the file is large enough to be read in parallel pieces or not.
func TestReadAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, readPiece - 1, 4 * readPiece, 4*readPiece + 1, 9*readPiece + 12345} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(rng.IntN(256))
		}
		name := filepath.Join(t.TempDir(), "f.csv")
		if err := os.WriteFile(name, want, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, off := range []int64{0, 7} {
			if off > int64(size) {
				continue
			}
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Seek(off, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			got, err := ReadAll(f)
			if err != nil {
				t.Fatalf("size %d, offset %d: %v", size, off, err)
			}
			if !bytes.Equal(got, want[off:]) {
				t.Fatalf("size %d, offset %d: %d bytes read, not the file's %d", size, off, len(got), size-int(off))
			}
			if rest, _ := io.ReadAll(f); len(rest) != 0 {
				t.Fatalf("size %d, offset %d: the reader is not at the end (%d bytes left)", size, off, len(rest))
			}
			f.Close()
		}
	}
}

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
