package ingest

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestDigits7 compares digits7 with a loop over the bytes on eight-byte
// words of digits, delimiters, signs, spaces and any byte (those around
// '0', '9' and 0x80, where a borrow or a carry could go wrong).
func TestDigits7(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alpha := []byte("0123456789,;- \"x\xff\x80\xb9\xba/:")
	for range 500000 {
		var b [8]byte
		for j := range b {
			if r.IntN(3) == 0 {
				b[j] = byte(r.IntN(256))
			} else {
				b[j] = alpha[r.IntN(len(alpha))]
			}
		}
		v, k := digits7(binary.LittleEndian.Uint64(b[:]))
		var wv uint64
		wk := 0
		for wk < 8 && b[wk] >= '0' && b[wk] <= '9' {
			wv = wv*10 + uint64(b[wk]-'0')
			wk++
		}
		if wk == 0 || wk == 8 {
			wv, wk = 0, 0
		}
		if v != wv || k != wk {
			t.Fatalf("%q: got %d %d want %d %d", b, v, k, wv, wk)
		}
	}
}
