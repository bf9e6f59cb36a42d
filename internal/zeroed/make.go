//go:build !js

package zeroed

import (
	"runtime"
	"sync"
)

// halves is the length from which a slice is cleared by two goroutines.
const halves = 1 << 16

// Make returns a slice of n zero values, as make([]T, n), with each of its
// bytes written.
func Make[T any](n int) []T {
	s := make([]T, n)
	if n < halves || runtime.GOMAXPROCS(0) < 2 {
		clear(s)
		return s
	}
	var wg sync.WaitGroup
	wg.Go(func() { clear(s[n/2:]) })
	clear(s[:n/2])
	wg.Wait()
	return s
}
