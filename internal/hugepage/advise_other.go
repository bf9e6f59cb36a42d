//go:build !linux

package hugepage

// Advise does nothing here: the advice is Linux's.
func Advise([]byte) {}

// advises says whether Advise does anything here.
const advises = false
