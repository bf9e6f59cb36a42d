// Package zeroed makes large slices whose memory is written before it is
// read.
//
// A large slice comes from memory the operating system has not yet given
// the process. On Linux, the first read of such a page maps the kernel's
// shared page of zeros, and the first write after it copies that page and
// flushes its old address from every core (an interrupt to each). State
// kept per precinct is read before it is written (has this slot been seen?),
// so each of its pages paid for two faults and the flush. Writing the zeros
// when the slice is made costs one fault a page and a pass over the memory,
// which a large slice shares between two cores.
//
//	seen := zeroed.Make[int32](4 * precincts) // make, then clear
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
