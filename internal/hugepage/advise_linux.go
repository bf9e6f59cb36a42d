package hugepage

import (
	"syscall"
	"unsafe"
)

// madvHugePage is MADV_HUGEPAGE, which the syscall package does not name.
const madvHugePage = 14

// advises says whether Advise does anything here.
const advises = true

// Advise marks the huge pages inside b (those of its bytes that lie in a
// Size-aligned range of Size bytes wholly within it) for huge pages. A
// buffer too small to hold one is left as it is; an error of the advice
// is ignored, as the advice changes nothing but the faults.
func Advise(b []byte) {
	if len(b) < Size {
		return
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (p + Size - 1) &^ (Size - 1)
	end := (p + uintptr(len(b))) &^ (Size - 1)
	if end <= start {
		return
	}
	_ = syscall.Madvise(b[start-p:end-p], madvHugePage)
}
