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
	const piece = 1 << 20 // readPiece, where files are read in parallel
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, piece - 1, 4 * piece, 4*piece + 1, 9*piece + 12345} {
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
