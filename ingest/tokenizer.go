package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
)

// tokenizer splits CSV into records the way encoding/csv's Reader does
// with a one-byte delimiter, FieldsPerRecord -1, no comment character,
// LazyQuotes and TrimLeadingSpace off: the same records, the same field
// start lines and the same errors (*csv.ParseError with the same lines and
// byte columns; a record that fails yields the fields completed before the
// failure), but for a quote inside a cell that does not begin with one,
// which it reads as a character of the cell (tokenizer.bare) where
// encoding/csv gives ErrBareQuote. It differs in speed only: fields come back as byte slices into
// a reused buffer, valid until the next read, with no string allocated per
// record, and a line without quotes (the common case) is split in place
// without copying.
//
// The code follows encoding/csv's readRecord step by step; FuzzTokenizer
// compares the two on arbitrary input.
//
// With oneLine set (the data rows of a protocols file), a quoted field may
// hold line breaks, as RFC 4180 allows (a name and "- Unopposed" below
// it): the record then spans lines, and its line is its first. But a
// record whose quoted field spans lines and then does not end as CSV says
// (the input ends inside it, a character other than the delimiter follows
// its closing quote) or spans more than maxCellLines lines is taken for a
// stray quote: its error is errOpenQuote, at the line and byte column of
// the opening quote, and the next record starts on the line after the
// record's first (the lines read past it are read again, replay). So a
// stray quote costs one row, reported where it is, instead of swallowing
// the rows after it into one field. With lineOnly set too (a parallel
// parser's, which has one line and no reader), a quoted field that reaches
// the end of its line is errOpenQuote at once.
type tokenizer struct {
	r        *bufio.Reader
	delim    byte
	oneLine  bool
	lineOnly bool
	// replay holds the lines to read again before r's, each with its line
	// end: those a record read past its first line before it failed.
	replay [][]byte
	// spanned holds, while a record in oneLine mode reads past its first
	// line, copies of the lines it read there.
	spanned [][]byte
	// bare counts the cells of the last record that did not begin with a
	// quote and hold one (Gaststätte "Em Kontörke"): RFC 4180 has no such
	// cell, encoding/csv refuses it (ErrBareQuote) unless LazyQuotes, and
	// the tokenizer reads the quote as a character of the text, as
	// Python's csv and the spreadsheets do. A cell that begins with a
	// quote keeps RFC 4180's rules. The scan counts them in a note
	// (Counts.BareQuotes). bareField is the index of the first of them.
	bare, bareField int
	// escaped says that the last record is no CSV and its first line has
	// a backslash before a quote (\"), as R's write.table escapes a quote
	// by default where CSV doubles it ("").
	escaped bool

	numLine      int
	rawBuffer    []byte
	recordBuffer []byte
	fieldIndexes []int
	fieldLines   []int
	cells        [][]byte
	// keepFirst keeps in first the first line of each record read: the
	// header's, for the error of a header that is no CSV (readHeader).
	keepFirst bool
	first     []byte
	// empty, when set (the data rows of a scan), counts the empty lines
	// skipped between rows.
	empty *emptyRun
}

// emptyCounter is a record source that counts in e the empty lines it
// skips between data rows, once told to (the data rows of a scan).
type emptyCounter interface{ countEmpty(e *emptyRun) }

func (t *tokenizer) countEmpty(e *emptyRun) { t.empty = e }

// A bareCounter is a record source that says how many cells of the last
// record hold a quote they do not begin with, read as a character of the
// cell (tokenizer.bare).
type bareCounter interface{ bareCells() int }

func (t *tokenizer) bareCells() int { return t.bare }

// A bareFielder is a bareCounter that also says which cell of the last
// record is the first with a bare quote (tokenizer.bareField), when
// bareCells is not 0.
type bareFielder interface {
	bareCounter
	firstBare() int
}

func (t *tokenizer) firstBare() int { return t.bareField }

// An escapeTeller is a record source that says whether the last record
// read is no CSV and its first line escapes a quote with a backslash
// (tokenizer.escaped), which the record's error then says (sayEscaped).
type escapeTeller interface{ escapedLine() bool }

func (t *tokenizer) escapedLine() bool { return t.escaped }

func newTokenizer(r *bufio.Reader, delim byte) *tokenizer {
	return &tokenizer{r: r, delim: delim}
}

// readLine is encoding/csv's readLine: one line with its '\n', CRLF turned
// into LF, a final '\r' at the end of the input dropped.
func (t *tokenizer) readLine() ([]byte, error) {
	if len(t.replay) > 0 {
		line := t.replay[0]
		t.replay = t.replay[1:]
		t.numLine++
		return line, nil
	}
	line, err := t.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		t.rawBuffer = append(t.rawBuffer[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = t.r.ReadSlice('\n')
			t.rawBuffer = append(t.rawBuffer, line...)
		}
		line = t.rawBuffer
	}
	readSize := len(line)
	if readSize > 0 && err == io.EOF {
		err = nil
		if line[readSize-1] == '\r' {
			line = line[:readSize-1]
		}
	}
	t.numLine++
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

// fieldLine returns the line where field i of the last record starts.
func (t *tokenizer) fieldLine(i int) int { return t.fieldLines[i] }

// next returns the next line when it holds no quote (the common case),
// without its line end and unsplit, with rec nil and err nil; otherwise
// what read returns.
func (t *tokenizer) next() (line []byte, rec [][]byte, err error) {
	var errRead error
	for errRead == nil {
		line, errRead = t.readLine()
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			if t.empty != nil {
				t.empty.add(t.numLine)
			}
			continue // skip empty lines
		}
		break
	}
	if errRead == io.EOF {
		return nil, nil, errRead
	}
	if t.empty != nil && t.empty.pend > 0 {
		t.empty.commit()
	}
	if errRead == nil && bytes.IndexByte(line, '"') < 0 {
		t.fieldLines = append(t.fieldLines[:0], t.numLine)
		return line[:len(line)-lengthNL(line)], nil, nil
	}
	rec, err = t.record(line, errRead)
	if rec == nil {
		rec = [][]byte{}
	}
	return nil, rec, err
}

// read returns the next record's fields.
func (t *tokenizer) read() ([][]byte, error) {
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = t.readLine()
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			if t.empty != nil {
				t.empty.add(t.numLine)
			}
			continue // skip empty lines
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}
	if t.empty != nil && t.empty.pend > 0 {
		t.empty.commit()
	}
	if t.keepFirst {
		t.first = append(t.first[:0], line...)
	}
	if errRead == nil && bytes.IndexByte(line, '"') < 0 {
		return t.plain(line), nil
	}
	return t.record(line, errRead)
}

// record splits a record that starts with line, which holds a quote or
// ends the input (errRead).
func (t *tokenizer) record(line []byte, errRead error) ([][]byte, error) {
	var err error
	delim := t.delim
	recLine := t.numLine
	first := line
	t.recordBuffer = t.recordBuffer[:0]
	t.fieldIndexes = t.fieldIndexes[:0]
	t.fieldLines = t.fieldLines[:0]
	posLine, posCol := t.numLine, 1
	spanField, spanCol := 0, 0 // in oneLine mode, the first field that spans lines: its index and its quote's column
	bare, spanBare := 0, 0     // the unquoted fields with a quote: all, and those before spanField
parseField:
	for {
		if len(line) == 0 || line[0] != '"' {
			// Unquoted: up to the delimiter or the end of the line; a quote
			// inside is a character of the text (bare).
			i := 0
			quote := false
			for ; i < len(line); i++ {
				c := line[i]
				if c == delim || c == '\n' {
					break
				}
				quote = quote || c == '"'
			}
			if quote {
				if bare == 0 {
					t.bareField = len(t.fieldIndexes)
				}
				bare++
			}
			t.recordBuffer = append(t.recordBuffer, line[:i]...)
			t.fieldIndexes = append(t.fieldIndexes, len(t.recordBuffer))
			t.fieldLines = append(t.fieldLines, posLine)
			if i < len(line) && line[i] == delim {
				line = line[i+1:]
				posCol += i + 1
				continue parseField
			}
			break parseField
		}
		// Quoted.
		fieldLine, quoteCol := posLine, posCol
		line = line[1:]
		posCol++
		for {
			i := indexQuote(line)
			if i >= 0 {
				t.recordBuffer = append(t.recordBuffer, line[:i]...)
				line = line[i+1:]
				posCol += i + 1
				switch {
				case len(line) > 0 && line[0] == '"':
					t.recordBuffer = append(t.recordBuffer, '"')
					line = line[1:]
					posCol++
				case len(line) > 0 && line[0] == delim:
					line = line[1:]
					posCol++
					t.fieldIndexes = append(t.fieldIndexes, len(t.recordBuffer))
					t.fieldLines = append(t.fieldLines, fieldLine)
					continue parseField
				case lengthNL(line) == len(line):
					t.fieldIndexes = append(t.fieldIndexes, len(t.recordBuffer))
					t.fieldLines = append(t.fieldLines, fieldLine)
					break parseField
				default:
					err = &csv.ParseError{StartLine: recLine, Line: t.numLine, Column: posCol - 1, Err: csv.ErrQuote}
					break parseField
				}
			} else if t.oneLine && errRead == nil && (t.lineOnly || len(t.spanned) >= maxCellLines) {
				err = &csv.ParseError{StartLine: recLine, Line: fieldLine, Column: quoteCol, Err: errOpenQuote}
				break parseField
			} else if len(line) > 0 {
				// The field goes on past the end of the line.
				t.recordBuffer = append(t.recordBuffer, line...)
				if errRead != nil {
					break parseField
				}
				posCol += len(line)
				if t.oneLine && spanCol == 0 {
					spanField, spanCol, spanBare = len(t.fieldIndexes), quoteCol, bare
				}
				line, errRead = t.readLine()
				if t.oneLine && len(line) > 0 {
					t.spanned = append(t.spanned, bytes.Clone(line))
				}
				if len(line) > 0 {
					posLine++
					posCol = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			} else {
				// The input ended inside the quotes.
				if t.oneLine && spanCol == 0 {
					spanField, spanCol, spanBare = len(t.fieldIndexes), quoteCol, bare
				}
				if errRead == nil {
					err = &csv.ParseError{StartLine: recLine, Line: posLine, Column: posCol, Err: csv.ErrQuote}
					break parseField
				}
				t.fieldIndexes = append(t.fieldIndexes, len(t.recordBuffer))
				t.fieldLines = append(t.fieldLines, fieldLine)
				break parseField
			}
		}
	}
	if err == nil {
		err = errRead
	}
	// (first is valid while the record has read no line past it.)
	t.escaped = err != nil && err != errRead && spanCol == 0 && bytes.Contains(first, []byte(`\"`))
	if spanCol > 0 {
		err = t.unspan(err, recLine, spanField, spanCol)
		if len(t.fieldIndexes) == spanField {
			bare = spanBare // (the fields past it are read again, or were not read)
		}
	}
	t.bare = bare

	t.cells = t.cells[:0]
	pre := 0
	for _, idx := range t.fieldIndexes {
		t.cells = append(t.cells, t.recordBuffer[pre:idx:idx])
		pre = idx
	}
	return t.cells, err
}

// plain splits a line without quotes, the common case: the fields are
// slices of the line itself, nothing is copied. It gives what the general
// path gives for such a line.
func (t *tokenizer) plain(line []byte) [][]byte {
	line = line[:len(line)-lengthNL(line)]
	t.bare = 0
	t.cells = t.cells[:0]
	t.fieldLines = t.fieldLines[:0]
	delim := t.delim
	start := 0
	for i, c := range line {
		if c == delim {
			t.cells = append(t.cells, line[start:i:i])
			start = i + 1
		}
	}
	t.cells = append(t.cells, line[start:len(line):len(line)])
	for range t.cells {
		t.fieldLines = append(t.fieldLines, t.numLine)
	}
	return t.cells
}

// maxCellLines is the most lines past its first a data row's quoted cell
// may span: a name and a remark below it take one or two, and a stray
// quote would take all the rows up to the next quote.
const maxCellLines = 8

// unspan ends a record in oneLine mode with a quoted field that reached
// the end of a line, the record's first being recLine: kept when it ended
// as CSV (err nil) or a read failed (err is then the read's); otherwise
// its error is errOpenQuote at the opening quote of field (its index; col,
// the quote's byte column), the first that spans lines, the record keeps
// the fields before it, and the lines past recLine are read again.
func (t *tokenizer) unspan(err error, recLine, field, col int) error {
	spanned := t.spanned
	t.spanned = t.spanned[:0]
	var ce *csv.ParseError
	if err == nil || !errors.As(err, &ce) {
		return err
	}
	t.replay = append(spanned[:len(spanned):len(spanned)], t.replay...)
	t.spanned = nil // its lines are replay's now
	t.numLine = recLine
	t.fieldIndexes = t.fieldIndexes[:field]
	t.fieldLines = t.fieldLines[:field]
	return &csv.ParseError{StartLine: recLine, Line: recLine, Column: col, Err: errOpenQuote}
}

// errOpenQuote: in one-line mode, a quoted field that spans lines is not
// closed as a field is (unspan), or spans too many lines.
var errOpenQuote = fmt.Errorf("the quote that opens this cell is not closed as a cell that spans lines is (its closing quote, then the delimiter or the line's end, within %d lines): a stray quote?", maxCellLines)

func indexQuote(b []byte) int {
	for i, c := range b {
		if c == '"' {
			return i
		}
	}
	return -1
}

func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}
