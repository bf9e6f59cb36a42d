//go:build js && wasm

package hostsha

import (
	"bytes"
	"crypto/sha256"
	"testing"
)

// The host's SHA-256 is crypto/sha256's, for every length around the
// block and copy-buffer sizes, written whole or in pieces, and Sum does
// not end the hash.
func TestSameAsGo(t *testing.T) {
	newHash := New()
	if newHash == nil {
		t.Skip("no Node crypto module")
	}
	for _, n := range []int{0, 1, 55, 56, 63, 64, 65, 1000, bufSize - 1, bufSize, bufSize + 1, 3*bufSize + 17} {
		data := bytes.Repeat([]byte("шайлоо"), n/len("шайлоо")+1)[:n]
		want := sha256.Sum256(data)
		h := newHash()
		h.Write(data[:n/3])
		h.Sum(nil)
		h.Write(data[n/3:])
		if got := h.Sum(nil); !bytes.Equal(got, want[:]) {
			t.Fatalf("%d bytes: %x, want %x", n, got, want)
		}
		h.Reset()
		h.Write(data)
		if got := h.Sum([]byte("x")); !bytes.Equal(got[1:], want[:]) || got[0] != 'x' {
			t.Fatalf("%d bytes after Reset: %x", n, got)
		}
	}
}
