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

// Size is the length of a huge page; Advise marks the huge pages that lie
// whole inside a buffer.
const Size = 2 << 20
