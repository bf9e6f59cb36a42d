// Package hugepage asks the operating system to back a large buffer with
// huge pages (2 MB on amd64 and arm64) rather than 4 KB ones.
//
// A count's large buffers (a file read whole, the state kept per precinct)
// come from fresh memory: each 4 KB page costs a fault the first time it is
// written, about 8,000 faults for a 33 MB file. Where transparent huge pages
// are "madvise" (Debian's and Ubuntu's default), a buffer marked with
// MADV_HUGEPAGE before it is first written takes one fault per 2 MB. The
// advice changes no byte: the buffer reads the same either way, and where
// the system has no huge pages to give, it is ignored.
//
//	b := make([]byte, size)
//	hugepage.Advise(b) // before b is first written
//	_, err := io.ReadFull(f, b)
package hugepage

import "unsafe"

// Size is the length of a huge page; Advise marks the huge pages that lie
// whole inside a buffer.
const Size = 2 << 20

// Bytes returns a buffer of n bytes, as make([]byte, n), marked for huge
// pages (Advise). One of Size bytes or more starts on a huge page, and its
// last huge page is whole too, so that none of it falls back to 4 KB
// pages: the memory asked for is up to 2 × Size more than n, of which only
// the part of the last huge page past n is ever written (by the system,
// with zeros).
func Bytes(n int) []byte {
	if n < Size || !advises {
		return make([]byte, n)
	}
	whole := (n + Size - 1) &^ (Size - 1)
	buf := make([]byte, whole+Size)
	off := Size - int(uintptr(unsafe.Pointer(unsafe.SliceData(buf)))&(Size-1))
	if off == Size {
		off = 0
	}
	Advise(buf[off : off+whole])
	return buf[off : off+n : off+n]
}

// Slice marks the array beneath s, up to its capacity, as Advise does.
//
//	ps := make([]election.Precinct, 0, rows)
//	hugepage.Slice(ps)
func Slice[T any](s []T) {
	var z T
	if size := uintptr(cap(s)) * unsafe.Sizeof(z); size >= Size {
		Advise(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), size))
	}
}
