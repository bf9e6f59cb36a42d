//go:build js

package sha

import "hash"

// New returns a SHA-256 hash: the plain implementation, which keeps
// crypto/sha256 out of the WebAssembly build.
func New() hash.Hash { return newPlain() }
