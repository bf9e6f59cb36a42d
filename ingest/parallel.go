package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"

	"github.com/shailoo/shailoo/internal/zeroed"
)

// A concurrent scan (Options.Concurrent) on a machine with more than one
// core parses the rows on several goroutines at once: a splitter cuts the
// bytes after the header into chunks of whole lines, parsers turn each
// chunk into rows, and the caller's goroutine takes the chunks in file
// order, resolves each row's precinct (Options.Precinct), checks it
// against the earlier rows (Options.CheckConflicts) and calls fn. The
// rows, their order, the line numbers and the errors are those of the
// sequential scan.
//
// A chunk is cut at any line end, quotes or not. A parser reads a line
// without quotes in one walk (fillLine), skipping the quoted cells of
// columns not mapped (fillSkipQuoted), and gives any other line with
// quotes to a tokenizer of its own, as the sequential scan does
// (tokenizer.next). A quoted cell may span lines (tokenizer.oneLine), and
// a chunk's cut may fall inside one: a parser that meets a line whose
// quote is open at its end stops there (chunk.from), and the caller reads
// the file from that line on with one tokenizer, as the sequential scan
// does. Rows of one line each, the common case, are parsed in parallel
// to the end.

// chunkBytes is the size of a chunk: large enough that handing it over
// costs nothing, small enough that the rows parsed ahead stay in cache.
const chunkBytes = 128 << 10

// chunk is whole lines of the file and what the parsers made of them.
type chunk struct {
	data  []byte // whole lines; the last one ends the file when final
	line  int    // the line number of data's first line
	final bool

	batches []*batch  // the rows parsed, in order
	rest    io.Reader // when set: the rest of the file, for one tokenizer (a read error)
	// from is where in data a line starts whose quote is open at its end
	// (a cell that spans lines, or a stray quote), fromLine its line: the
	// rest of the file, from there, is for one tokenizer; from is -1 when
	// the chunk has no such line.
	from, fromLine int
	ready          chan struct{} // closed once batches are filled
	// empty counts the empty lines of data, up to from (emptyRun).
	empty emptyRun
}

// batchRows is the number of rows a batch holds.
const batchRows = 256

// batch is a run of parsed rows (or row errors) handed from the parsing
// goroutines to the caller's.
type batch struct {
	rows    []Row
	errs    []*ParseError     // errs[i] set: row i was unreadable
	values  []Value           // storage of the rows' figures, row i at i*(its width)
	present []int32           // storage of the rows' Present lists, likewise
	used    [batchRows][3]int // the lengths of row i's Present lists
	keys    []byte            // the rows' precinct cells made of several cells or copied (keep)
}

// runParallel is run's row loop with the rows parsed in parallel; br is
// positioned after the header, whose last line is line.
//
// When data is not nil, it is what br has left to read (the bytes of a
// BytesReader after the header): its chunks are cut from it, not copied.
func (s *scanner) runParallel(br *bufio.Reader, data []byte, line int, fn func(row *Row) error) (skipped []*ParseError, rows int, err error) {
	workers := runtime.GOMAXPROCS(0)
	w := s.widths[0] + s.widths[1] + s.widths[2] // the columns of sums too
	done := make(chan struct{})
	order := make(chan *chunk, 2*workers)
	jobs := make(chan *chunk, 2*workers)
	freeChunks := make(chan *chunk, 3*workers) // made as needed, up to its capacity
	size := chunkBytes
	if s.o.chunkBytes > 0 {
		size = s.o.chunkBytes
	}
	// Batches go back to the parsers once counted: the rows in flight
	// stay within the chunks in flight.
	batches := &batchPool{free: make(chan *batch, 64), width: w}

	var wg sync.WaitGroup
	wg.Add(1 + workers)
	go func() { // the splitter
		defer wg.Done()
		defer close(order)
		defer close(jobs)
		if data != nil {
			s.cut(data, line, size, freeChunks, order, jobs, done)
			return
		}
		s.split(br, line, size, freeChunks, order, jobs, done)
	}()
	for range workers {
		p := s.parser()
		go func() {
			defer wg.Done()
			for c := range jobs {
				p.parseChunk(c, batches)
				close(c.ready)
			}
		}()
	}
	defer func() {
		close(done)
		for range order { // unblock the splitter
		}
		wg.Wait() // the reader is the caller's again once we return
	}()

	for c := range order {
		select {
		case <-c.ready:
		case <-done:
		}
		s.empty.merge(&c.empty)
		if c.rest != nil {
			src := newTokenizer(bufio.NewReaderSize(c.rest, 64<<10), s.delimiter())
			src.empty = &s.empty
			src.numLine = c.line - 1
			src.oneLine = true
			sk, n, err := s.rowLoop(src, fn)
			return append(skipped, sk...), rows + n, err
		}
		for _, b := range c.batches {
			for i := range b.rows {
				row := &b.rows[i]
				pe := b.errs[i]
				if pe == errBlank {
					s.blankRow(row.Line)
					continue
				}
				rows++
				if pe == errLeftOut {
					s.leftOut++
					continue
				}
				if pe == nil {
					pe = s.place(row)
				}
				if pe == nil {
					s.notGivenCells += row.notGiven
					if row.bare > 0 {
						s.bare.add(row.Line, row.bare)
					}
					if row.placeNotGiven > 0 {
						s.placesNotGiven.add(row.Line, int(row.placeNotGiven))
					}
					s.addScripts(row)
				}
				if pe == nil && s.emptyZero {
					s.zeroCells += s.zeroEmpty(row)
					b.used[i] = [3]int{len(row.PresentLines), len(row.PresentVotes), len(row.PresentPreferences)} // what the next row read there clears
				}
				if pe == nil && s.emptyNotOnBallot {
					s.notOnBallotCells += s.notOnBallot(row)
					b.used[i][1] = len(row.PresentVotes) // what the next row read there clears
				}
				if pe == nil && s.sums != nil {
					if pe = s.addSums(row); pe == nil {
						b.used[i] = [3]int{len(row.PresentLines), len(row.PresentVotes), len(row.PresentPreferences)}
					}
				}
				if err := s.take(row, pe, fn, &skipped); err != nil {
					return skipped, rows, err
				}
			}
			batches.put(b)
		}
		c.batches = c.batches[:0]
		if c.from >= 0 {
			rest := &chunkReader{data: c.data[c.from:], c: c, order: order, free: freeChunks, done: done}
			src := newTokenizer(bufio.NewReaderSize(rest, 64<<10), s.delimiter())
			src.empty = &s.empty
			src.numLine = c.fromLine - 1
			src.oneLine = true
			sk, n, err := s.rowLoop(src, fn)
			return append(skipped, sk...), rows + n, err
		}
		freeChunks <- c
	}
	return skipped, rows, nil
}

// chunkReader reads the file from a line a parser stopped at
// (chunk.from): the rest of that chunk's data, then the data of the
// chunks after it, in file order, each handed back once read.
type chunkReader struct {
	data  []byte
	c     *chunk // the chunk data is of, nil once handed back
	order <-chan *chunk
	free  chan<- *chunk
	done  <-chan struct{}
	rest  io.Reader // a chunk's rest (a read error): read last
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r == nil {
		return 0, io.EOF
	}
	for len(r.data) == 0 {
		if r.order == nil && r.rest == nil { // (the zero chunkReader)
			return 0, io.EOF
		}
		if r.rest != nil {
			return r.rest.Read(p)
		}
		if r.c != nil {
			r.c.batches = r.c.batches[:0]
			r.free <- r.c
			r.c = nil
		}
		c, ok := <-r.order
		if !ok {
			return 0, io.EOF
		}
		select {
		case <-c.ready: // its parser is done with it
		case <-r.done:
		}
		if c.rest != nil {
			r.rest = c.rest
			continue
		}
		r.data, r.c = c.data, c
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// split cuts what br holds into chunks of whole lines and hands each to
// the parsers (jobs) and, in file order, to the caller (order). On a read
// error, it hands the bytes read and the error over whole.
func (s *scanner) split(br *bufio.Reader, line, size int, free chan *chunk, order, jobs chan<- *chunk, done <-chan struct{}) {
	var carry []byte
	made := 0
	for {
		c := nextChunk(free, &made, size, done)
		if c == nil {
			return
		}
		c.data = append(c.data[:0], carry...)
		c.line, c.final, c.rest, c.from = line+1, false, nil, -1
		c.ready = make(chan struct{})
		var err error
		for {
			// Fill the buffer; a line longer than it makes it grow.
			if len(c.data) == cap(c.data) {
				c.data = append(c.data, 0)[:len(c.data)]
			}
			var n int
			n, err = io.ReadFull(br, c.data[len(c.data):cap(c.data)])
			c.data = c.data[:len(c.data)+n]
			if err != nil || bytes.LastIndexByte(c.data, '\n') >= 0 {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			c.rest = io.MultiReader(bytes.NewReader(c.data), errReader{err})
		}
		if c.rest != nil {
			// The caller reads the rest itself, once the chunks before
			// are done.
			c.empty.reset()
			close(c.ready)
			select {
			case order <- c:
			case <-done:
			}
			return
		}
		c.final = err != nil
		cut := len(c.data)
		if !c.final {
			cut = bytes.LastIndexByte(c.data, '\n') + 1
		}
		carry = append(carry[:0], c.data[cut:]...)
		c.data = c.data[:cut]
		if !handOver(c, order, jobs, done) {
			return
		}
		line += bytes.Count(c.data, []byte{'\n'})
		if c.final {
			return
		}
	}
}

// cut is split for the bytes of a BytesReader, in memory: a chunk is
// whole lines of data, cut at the first line end after size bytes.
func (s *scanner) cut(data []byte, line, size int, free chan *chunk, order, jobs chan<- *chunk, done <-chan struct{}) {
	made := 0
	for len(data) > 0 {
		c := nextChunk(free, &made, 0, done)
		if c == nil {
			return
		}
		n := len(data)
		if n > size {
			if i := bytes.IndexByte(data[size:], '\n'); i >= 0 {
				n = size + i + 1
			}
		}
		c.data, data = data[:n:n], data[n:]
		c.line, c.rest, c.from = line+1, nil, -1
		c.ready = make(chan struct{})
		if !handOver(c, order, jobs, done) {
			return
		}
		line += bytes.Count(c.data, []byte{'\n'})
	}
}

// BytesReader reads a byte slice, as bytes.Reader does; a concurrent scan
// (Options.Concurrent) of it cuts its rows into chunks without copying
// them. The bytes must not change until the scan returns.
type BytesReader struct {
	b   []byte
	off int
}

// NewBytesReader returns a BytesReader of b.
func NewBytesReader(b []byte) *BytesReader { return &BytesReader{b: b} }

func (r *BytesReader) Read(p []byte) (int, error) {
	if r == nil || r.off >= len(r.b) {
		return 0, io.EOF
	}
	n := copy(p, r.b[r.off:])
	r.off += n
	return n, nil
}

// rest returns the bytes of r that br, reading r, has not given yet.
func (r *BytesReader) rest(br *bufio.Reader) []byte {
	return r.b[r.off-br.Buffered():]
}

// batchPool hands out batches of rows of one width.
type batchPool struct {
	free  chan *batch
	width int
}

func (p *batchPool) get() *batch {
	select {
	case b := <-p.free:
		return b
	default:
		return &batch{rows: zeroed.Make[Row](batchRows)[:0], errs: make([]*ParseError, 0, batchRows),
			values: zeroed.Make[Value](batchRows * p.width), present: zeroed.Make[int32](batchRows * p.width)}
	}
}

func (p *batchPool) put(b *batch) {
	select {
	case p.free <- b:
	default:
	}
}

// errReader returns its error.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// parser returns a scanner for a parsing goroutine: the mapping shared,
// the row and the interned IDs its own, and precincts left to the
// caller's goroutine (place).
func (s *scanner) parser() *scanner {
	p := *s
	p.track = nil
	p.intern = map[string]string{}
	p.recent = [2]string{}
	p.deferPrecinct = s.o.Precinct != nil
	p.keyCells = slices.Clone(s.keyCells)
	p.keyBuf = nil
	p.okrugCells = slices.Clone(s.okrugCells)
	p.okrugBuf = nil
	p.choiceCells = slices.Clone(s.choiceCells)
	p.choiceBuf = nil
	p.quoted = newTokenizer(nil, s.delimiter())
	p.quoted.oneLine = true
	p.quoted.lineOnly = true
	nl, nv, np := s.widths[0], s.widths[1], s.widths[2] // the columns of sums too
	p.row = &Row{
		Lines: make([]Value, nl), Votes: make([]Value, nv), Preferences: make([]Value, np),
		PresentLines: make([]int32, 0, nl), PresentVotes: make([]int32, 0, nv), PresentPreferences: make([]int32, 0, np),
		scan: s,
	}
	return &p
}

// parseChunk parses the lines of c into batches: a line is what the
// tokenizer reads (a "\r\n" end is a line end; a final "\r" at the end of
// the file is dropped), and an empty line is skipped.
func (s *scanner) parseChunk(c *chunk, pool *batchPool) {
	c.empty.reset()
	n := c.line - 1
	rest := c.data
	var b *batch
	for len(rest) > 0 {
		n++
		start := len(c.data) - len(rest)
		var ln []byte
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			ln, rest = rest[:i], rest[i+1:]
		} else {
			ln, rest = rest, nil
		}
		if k := len(ln); k > 0 && ln[k-1] == '\r' {
			ln = ln[:k-1]
		}
		if len(ln) == 0 {
			c.empty.add(n)
			continue
		}
		c.empty.row = true
		if c.empty.pend > 0 {
			c.empty.commit()
		}
		if b == nil || len(b.rows) == batchRows {
			b = pool.get()
			b.rows, b.errs, b.keys = b.rows[:0], b.errs[:0], b.keys[:0]
			c.batches = append(c.batches, b)
			s.batch = b
		}
		s.rowInto(b)
		var pe *ParseError
		if bytes.IndexByte(ln, '"') < 0 {
			pe = s.fillLine(ln, n)
		} else {
			pe = s.fillSkipQuoted(ln, n)
		}
		if pe == nil {
			pe = s.keys(s.row)
		}
		if pe != nil && errors.Is(pe.Err, errOpenQuote) {
			// A cell that spans lines, or a stray quote: the caller reads
			// on from here (chunk.from).
			b.rows = b.rows[:len(b.rows)-1]
			c.from, c.fromLine = start, n
			return
		}
		s.keepRow(b, pe)
		if pe != nil && pe != errLeftOut && pe != errBlank && !s.o.Lenient {
			return
		}
	}
}

// fillQuoted is fillLine for a line with a quote, line n: the tokenizer
// splits it as the sequential scan's does (tokenizer.next, then fill).
// The cells live in the tokenizer's buffer, which the next quoted line
// reuses: a precinct cell, or a long file's choice cell, kept for the
// caller is copied.
func (s *scanner) fillQuoted(line []byte, n int) *ParseError {
	t := s.quoted
	t.numLine = n
	rec, err := t.record(line, nil)
	if err != nil {
		s.reset(n)
		return t.escapedQuote(s.readError(err, len(rec)))
	}
	pe := s.fill(rec, t)
	s.row.bare = t.bare
	if s.long != nil {
		// (rec is the tokenizer's, which the next quoted line reuses.)
		s.row.raw, s.row.rec = line, nil
	}
	if pe == nil && s.row.precinctCell != nil {
		s.row.precinctCell = s.keep(s.row.precinctCell)
	}
	if pe == nil && s.row.choiceCell != nil {
		s.row.choiceCell = s.keep(s.row.choiceCell)
	}
	if pe == nil && s.row.listCell != nil {
		s.row.listCell = s.keep(s.row.listCell)
	}
	return pe
}

// keep returns a copy of cell that lives as long as the rows of the
// parser's batch: one buffer a batch, not an allocation a row. A copy
// handed out stays as it is when the buffer grows (append copies it).
func (s *scanner) keep(cell []byte) []byte {
	if s.batch == nil {
		return bytes.Clone(cell)
	}
	at := len(s.batch.keys)
	s.batch.keys = append(s.batch.keys, cell...)
	return s.batch.keys[at:len(s.batch.keys):len(s.batch.keys)]
}

// place completes a row a parser read: its precinct from Options.Precinct,
// and the check against earlier rows.
func (s *scanner) place(row *Row) *ParseError {
	if row.precinctCell != nil {
		row.Precinct.ID, row.Index = s.o.Precinct(row.precinctCell)
		row.precinctCell = nil
	}
	if s.track == nil {
		return nil
	}
	_, pe := s.track.add(s, row.Line, row.Precinct, row.Index)
	return pe
}

// nextChunk returns a free chunk, or a new one (with a buffer of size
// bytes) while fewer than cap(free) were made (made counts them); nil
// when done closes first.
func nextChunk(free chan *chunk, made *int, size int, done <-chan struct{}) *chunk {
	select {
	case c := <-free:
		return c
	default:
	}
	if *made < cap(free) {
		*made++
		return &chunk{data: make([]byte, 0, size)}
	}
	select {
	case c := <-free:
		return c
	case <-done:
		return nil
	}
}

// handOver gives c to the caller (order, which keeps the file's order)
// and then to the parsers (jobs); false when done closes first.
func handOver(c *chunk, order, jobs chan<- *chunk, done <-chan struct{}) bool {
	select {
	case order <- c:
	case <-done:
		return false
	}
	select {
	case jobs <- c:
		return true
	case <-done:
		return false
	}
}
