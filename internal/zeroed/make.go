//go:build !js

package zeroed

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/shailoo/shailoo/internal/hugepage"
)

// halves is the length from which a slice is cleared by two goroutines.
const halves = 1 << 16

// Make returns a slice of n zero values, as make([]T, n), with each of its
// bytes written. A slice of 4 MB or more is first marked for huge pages
// (package hugepage): its faults are then one per 2 MB, not one per 4 KB.
func Make[T any](n int) []T {
	s := make([]T, n)
	var z T
	if size := uintptr(n) * unsafe.Sizeof(z); size >= 2*hugepage.Size {
		hugepage.Advise(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), size))
	}
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
