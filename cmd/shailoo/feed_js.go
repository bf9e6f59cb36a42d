//go:build js

package main

import (
	"errors"
	"io"
)

// runFeed: the results feed needs a file system and SQLite, which a js/wasm
// build has not; it exists in the native command only.
func runFeed(args []string, stdout, stderr io.Writer) int {
	return fail(stderr, errors.New("feed: not available in a js/wasm build of the command"))
}
