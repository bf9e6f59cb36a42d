//go:build !unix

package main

import "os"

// load reads the whole file: there is no mmap here (js/wasm, Windows).
func load(name string) ([]byte, func(), error) {
	b, err := os.ReadFile(name)
	return b, func() {}, err
}
