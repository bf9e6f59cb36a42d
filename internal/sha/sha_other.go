//go:build !js

package sha

import (
	"crypto/sha256"
	"hash"
)

// New returns a SHA-256 hash: crypto/sha256's, which uses the CPU's SHA
// instructions where it has them.
func New() hash.Hash { return sha256.New() }
