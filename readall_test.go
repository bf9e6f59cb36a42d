package shailoo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/internal/inputs"
)

// readAll gives io.ReadAll's bytes and error, and hands every byte read,
// in order, to the hash: from a file of known size, from readers that
// give a byte at a time or grow past any first guess, and from one that
// fails half-way (the bytes before the error kept).
func TestReadAllHashesThePieces(t *testing.T) {
	data := bytes.Repeat([]byte("1,2,3\n"), 600_000) // 3.6 MB: several pieces
	path := filepath.Join(t.TempDir(), "f.csv")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sumOf := func(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }
	fail := errors.New("disk")
	for name, c := range map[string]struct {
		r    io.Reader
		want []byte
		err  error
	}{
		"file":          {f, data, nil},
		"reader":        {bytes.NewBufferString(string(data)), data, nil},
		"byte at once":  {iotest.OneByteReader(bytes.NewReader(data[:5000])), data[:5000], nil},
		"empty":         {bytes.NewReader(nil), []byte{}, nil},
		"fails halfway": {io.MultiReader(bytes.NewReader(data[:1<<20+7]), iotest.ErrReader(fail)), data[:1<<20+7], fail},
	} {
		t.Run(name, func(t *testing.T) {
			sum := inputs.HashPieces(sha256.New())
			b, err := readAll(c.r, sum)
			require.ErrorIs(t, err, c.err)
			require.Equal(t, c.want, b)
			require.Equal(t, sumOf(c.want), sum.Sum())
			_, err = readAll(bytes.NewReader(c.want), nil) // no hash
			require.NoError(t, err)
		})
	}
}
