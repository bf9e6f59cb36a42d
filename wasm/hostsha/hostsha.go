//go:build js && wasm

// Package hostsha computes SHA-256 with the host's crypto when shailoo
// runs as WebAssembly under Node: Go's SHA-256 compiled to WASM has no
// SHA instructions and is several times slower than Node's crypto module,
// which hashes at native speed. The hashes are the same; they go into every Result.
//
//	o := shailoo.Options{SHA256: hostsha.New()} // nil in a browser: Go's own
package hostsha

import (
	"hash"
	"syscall/js"
)

// New returns a constructor of SHA-256 hashes computed by Node's crypto
// module, or nil when the host has none (a browser: SubtleCrypto cannot
// hash a stream, and the page's files are small).
func New() func() hash.Hash {
	req := js.Global().Get("require")
	if req.Type() != js.TypeFunction {
		return nil
	}
	var crypto js.Value
	ok := func() (ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		crypto = req.Invoke("crypto")
		return crypto.Get("createHash").Type() == js.TypeFunction
	}()
	if !ok {
		return nil
	}
	return func() hash.Hash {
		return &sha{crypto: crypto, h: crypto.Call("createHash", "sha256")}
	}
}

// sha is a hash.Hash over a Node Hash object.
type sha struct {
	crypto js.Value
	h      js.Value
	buf    js.Value // a Uint8Array the bytes are copied into
	size   int
}

// bufSize is the most bytes copied to the host at a time.
const bufSize = 1 << 20

func (s *sha) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), bufSize)
		if s.size < k {
			s.size = max(k, 64<<10)
			s.buf = js.Global().Get("Uint8Array").New(s.size)
		}
		js.CopyBytesToJS(s.buf, p[:k])
		s.h.Call("update", s.buf.Call("subarray", 0, k))
		p = p[k:]
	}
	return n, nil
}

// Sum appends the hash of what was written so far; writing may go on.
func (s *sha) Sum(b []byte) []byte {
	d := s.h.Call("copy").Call("digest")
	out := make([]byte, d.Get("length").Int())
	js.CopyBytesToGo(out, d)
	return append(b, out...)
}

func (s *sha) Reset()         { s.h = s.crypto.Call("createHash", "sha256") }
func (s *sha) Size() int      { return 32 }
func (s *sha) BlockSize() int { return 64 }
