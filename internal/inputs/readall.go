package inputs

import (
	"errors"
	"io"
	"io/fs"
	"runtime"
	"sync"
)

// readPiece is the part of a file that one reader copies at a time.
const readPiece = 1 << 20

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
	f, ok := r.(interface {
		Stat() (fs.FileInfo, error)
		io.ReaderAt
		io.Seeker
	})
	if !ok {
		return readSized(r)
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return readSized(r)
	}
	off, err := f.Seek(0, io.SeekCurrent)
	size := st.Size() - off
	workers := min(runtime.GOMAXPROCS(0), 4)
	if err != nil || size < 4*readPiece || size >= 1<<40 || workers < 2 {
		return readSized(r)
	}
	b := make([]byte, size)
	n, err := readAtParallel(f, b, off, workers)
	if err != nil {
		return nil, err
	}
	if n < len(b) { // the file shrank
		_, err = f.Seek(off+int64(n), io.SeekStart)
		return b[:n], err
	}
	if _, err := f.Seek(off+size, io.SeekStart); err != nil {
		return nil, err
	}
	rest, err := io.ReadAll(r) // the file may have grown since
	return append(b, rest...), err
}

// readAtParallel fills b with the bytes of r from off on, workers pieces
// at a time. It returns how many bytes it read before the first that r
// lacks (fewer than len(b) when the file ends early).
func readAtParallel(r io.ReaderAt, b []byte, off int64, workers int) (int, error) {
	pieces := (len(b) + readPiece - 1) / readPiece
	got := make([]int, pieces) // bytes read into each piece
	errs := make([]error, pieces)
	next := make(chan int, pieces)
	for i := range pieces {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				p := b[i*readPiece : min((i+1)*readPiece, len(b))]
				n, err := r.ReadAt(p, off+int64(i*readPiece))
				got[i] = n
				if err != nil && !(errors.Is(err, io.EOF) && n < len(p)) {
					errs[i] = err
				}
			}
		})
	}
	wg.Wait()
	n := 0
	for i := range pieces {
		if errs[i] != nil {
			return 0, errs[i]
		}
		n += got[i]
		if got[i] < min(readPiece, len(b)-i*readPiece) {
			return n, nil // the end of the file
		}
	}
	return n, nil
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
