package sha

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"testing"
)

// The FIPS 180-4 examples (NIST's "SHA-256 example" vectors) and the hash
// of nothing.
func TestKnownHashes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	} {
		for name, h := range map[string]func() [Size]byte{
			"Sum256": func() [Size]byte { return Sum256([]byte(c.in)) },
			"plain": func() [Size]byte {
				var s [Size]byte
				d := newPlain()
				d.Write([]byte(c.in))
				d.Sum(s[:0])
				return s
			},
		} {
			if got := h(); hex.EncodeToString(got[:]) != c.want {
				t.Errorf("%s(%q) = %x, want %s", name, c.in, got, c.want)
			}
		}
	}
	// A million "a"s (FIPS 180-4's long example), written in odd pieces.
	d := newPlain()
	for n := 0; n < 1_000_000; n += 7 {
		d.Write(bytes.Repeat([]byte("a"), min(7, 1_000_000-n)))
	}
	if got := hex.EncodeToString(d.Sum(nil)); got != "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" {
		t.Errorf("a million a's: %s", got)
	}
}

// The plain hash is crypto/sha256's for every length around one and two
// blocks and the padding boundary, written whole or in two pieces, and
// Sum does not end the hash.
func TestPlainIsCryptoSHA256(t *testing.T) {
	data := make([]byte, 300)
	for i := range data {
		data[i] = byte(i*7 + 3)
	}
	for n := range len(data) {
		same(t, data[:n], n/3)
	}
}

func FuzzPlainIsCryptoSHA256(f *testing.F) {
	f.Add([]byte("шайлоо"), 2)
	f.Add(bytes.Repeat([]byte{0xff}, 129), 64)
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		if cut < 0 || cut > len(b) {
			cut = len(b) / 2
		}
		same(t, b, cut)
	})
}

// same checks the plain hash of b, written in two pieces cut at cut with
// a Sum between them, and after a Reset, against crypto/sha256.
func same(t *testing.T, b []byte, cut int) {
	t.Helper()
	want := sha256.Sum256(b)
	d := newPlain()
	d.Write(b[:cut])
	d.Sum(nil)
	d.Write(b[cut:])
	if got := d.Sum([]byte("x")); got[0] != 'x' || !bytes.Equal(got[1:], want[:]) {
		t.Fatalf("%d bytes cut at %d: %x, want %x", len(b), cut, got, want)
	}
	d.Reset()
	d.Write(b)
	if got := d.Sum(nil); !bytes.Equal(got, want[:]) {
		t.Fatalf("%d bytes after Reset: %x, want %x", len(b), got, want)
	}
}

// BenchmarkHash hashes 1 MB with the plain implementation and with
// crypto/sha256: under js/wasm, where neither has machine code, the plain
// one must not be slower (figures and command: docs/benchmarks.md).
// Natively crypto/sha256 uses the SHA instructions.
func BenchmarkHash(b *testing.B) {
	data := bytes.Repeat([]byte("0000001,r1,1,0,2403,2403,805,4,0\n"), 1<<20/33)
	for name, h := range map[string]func() hash.Hash{"plain": newPlain, "crypto": sha256.New} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				d := h()
				d.Write(data)
				d.Sum(nil)
			}
		})
	}
}
