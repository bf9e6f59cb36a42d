// Package sha gives the SHA-256 hashes that name a count's inputs. A
// native build uses crypto/sha256 (with the CPU's SHA instructions); the
// WebAssembly build uses the plain implementation in this file, because
// crypto/sha256 brings its FIPS 140 module into the page (a self-test
// with HMAC, SHA-3, SHA-512, AES-GCM and a DRBG: some 34 KB of the
// brotli-compressed .wasm) and WebAssembly has no SHA instructions to
// gain from it. Both give the same bytes; the tests check that against
// crypto/sha256 for every length around a block and by fuzzing.
//
//	sum := sha.Sum256([]byte("abc"))
//	// hex: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
package sha

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// Size is the length of a SHA-256 hash in bytes.
const Size = 32

// blockSize is SHA-256's block length in bytes.
const blockSize = 64

// Sum256 returns the SHA-256 hash of b.
func Sum256(b []byte) [Size]byte {
	h := New()
	h.Write(b)
	var s [Size]byte
	h.Sum(s[:0])
	return s
}

// plain is SHA-256 as FIPS 180-4 defines it, with no machine-specific
// code.
type plain struct {
	h   [8]uint32
	buf [blockSize]byte
	n   int    // bytes in buf
	len uint64 // bytes written
}

// newPlain returns a plain SHA-256 hash.
func newPlain() hash.Hash {
	d := &plain{}
	d.Reset()
	return d
}

// FIPS 180-4, 5.3.3: the initial hash value.
var initial = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

// FIPS 180-4, 4.2.2: the round constants.
var k = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

func (d *plain) Reset() {
	d.h = initial
	d.n = 0
	d.len = 0
}

func (d *plain) Size() int      { return Size }
func (d *plain) BlockSize() int { return blockSize }

func (d *plain) Write(p []byte) (int, error) {
	written := len(p)
	d.len += uint64(written)
	if d.n > 0 {
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
		if d.n < blockSize {
			return written, nil
		}
		d.blocks(d.buf[:])
		d.n = 0
	}
	if full := len(p) &^ (blockSize - 1); full > 0 {
		d.blocks(p[:full])
		p = p[full:]
	}
	d.n = copy(d.buf[:], p)
	return written, nil
}

// Sum appends the hash of what was written so far to b; the hash goes on.
func (d *plain) Sum(b []byte) []byte {
	c := *d // the padding goes into a copy
	var pad [blockSize + 8]byte
	pad[0] = 0x80
	// FIPS 180-4, 5.1.1: a one bit, zeros up to 56 bytes mod 64, then
	// the length in bits as a big-endian uint64.
	padLen := (55-int(c.len%blockSize))&(blockSize-1) + 1
	binary.BigEndian.PutUint64(pad[padLen:], c.len<<3)
	c.Write(pad[:padLen+8])
	for _, v := range c.h {
		b = binary.BigEndian.AppendUint32(b, v)
	}
	return b
}

// blocks hashes p, a whole number of blocks, into d.h (FIPS 180-4, 6.2.2),
// computing the message schedule w as the rounds go.
func (d *plain) blocks(p []byte) {
	var w [64]uint32
	h0, h1, h2, h3, h4, h5, h6, h7 := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for ; len(p) >= blockSize; p = p[blockSize:] {
		a, b, c, dd, e, f, g, hh := h0, h1, h2, h3, h4, h5, h6, h7
		for t := range 64 {
			if t < 16 {
				w[t] = uint32(p[4*t])<<24 | uint32(p[4*t+1])<<16 | uint32(p[4*t+2])<<8 | uint32(p[4*t+3])
			} else {
				v1, v2 := w[t-2], w[t-15]
				s1 := bits.RotateLeft32(v1, -17) ^ bits.RotateLeft32(v1, -19) ^ (v1 >> 10)
				s0 := bits.RotateLeft32(v2, -7) ^ bits.RotateLeft32(v2, -18) ^ (v2 >> 3)
				w[t] = s1 + w[t-7] + s0 + w[t-16]
			}
			t1 := hh + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) + ((e & f) ^ (^e & g)) + k[t] + w[t]
			t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) + ((a & b) ^ (a & c) ^ (b & c))
			hh = g
			g = f
			f = e
			e = dd + t1
			dd = c
			c = b
			b = a
			a = t1 + t2
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += dd
		h4 += e
		h5 += f
		h6 += g
		h7 += hh
	}
	d.h = [8]uint32{h0, h1, h2, h3, h4, h5, h6, h7}
}
