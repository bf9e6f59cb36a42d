package inputs

import (
	"errors"
	"io"
	"io/fs"
)

// ReadAll is io.ReadAll for a count's files: a regular file of known size
// is read into one buffer of that size, and a large one by several
// goroutines at once, each copying pieces of it with ReadAt. The copy out
// of the page cache and the faults that give the buffer its pages cost
// about as much as parsing the file, so they are shared among the cores.
//
// The bytes are those from r's offset to its end: a file that shrank while
// it was read gives what it still had; one that grew gives the rest too.
func ReadAll(r io.Reader) ([]byte, error) {
	if r == nil {
		return nil, errors.New("inputs: no reader")
	}
	if b, ok, err := readParallel(r); ok {
		return b, err
	}
	return readSized(r)
}

// readSized is io.ReadAll, reading a file of known size into one buffer.
func readSized(r io.Reader) ([]byte, error) {
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > 0 && st.Size() < 1<<40 {
			b := make([]byte, st.Size())
			n, err := io.ReadFull(r, b)
			if err == io.ErrUnexpectedEOF { // the file shrank
				err = nil
			}
			if err != nil || n < len(b) {
				return b[:n], err
			}
			// The file may have grown since: read on.
			rest, err := io.ReadAll(r)
			return append(b, rest...), err
		}
	}
	return io.ReadAll(r)
}
