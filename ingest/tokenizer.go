package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
)

// tokenizer splits CSV into records the way encoding/csv's Reader does
// with a one-byte delimiter, FieldsPerRecord -1, no comment character,
// LazyQuotes and TrimLeadingSpace off: the same records, the same field
// start lines and the same errors (*csv.ParseError with the same lines and
// byte columns; a record that fails yields the fields completed before the
// failure). It differs in speed only: fields come back as byte slices into
// a reused buffer, valid until the next read, with no string allocated per
// record, and a line without quotes (the common case) is split in place
// without copying.
//
// The code follows encoding/csv's readRecord step by step; FuzzTokenizer
// compares the two on arbitrary input.
//
// With oneLine set (the data rows of a protocols file), a record is one
// line: a quoted field that reaches the end of its line is an error
// (errOpenQuote, at the line and byte column of its opening quote), and
// the next record starts on the next line. So a stray quote costs one row,
// reported where it is, instead of swallowing the rows after it into one
// field.
type tokenizer struct {
	r       *bufio.Reader
	delim   byte
	oneLine bool

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
}

func newTokenizer(r *bufio.Reader, delim byte) *tokenizer {
	return &tokenizer{r: r, delim: delim}
}

// readLine is encoding/csv's readLine: one line with its '\n', CRLF turned
// into LF, a final '\r' at the end of the input dropped.
func (t *tokenizer) readLine() ([]byte, error) {
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
			continue // skip empty lines
		}
		break
	}
	if errRead == io.EOF {
		return nil, nil, errRead
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
			continue // skip empty lines
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
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
	t.recordBuffer = t.recordBuffer[:0]
	t.fieldIndexes = t.fieldIndexes[:0]
	t.fieldLines = t.fieldLines[:0]
	posLine, posCol := t.numLine, 1
parseField:
	for {
		if len(line) == 0 || line[0] != '"' {
			// Unquoted: up to the delimiter or the end of the line; a quote
			// inside is an error.
			i := 0
			for ; i < len(line); i++ {
				c := line[i]
				if c == delim || c == '\n' {
					break
				}
				if c == '"' {
					// encoding/csv reports the first quote of the field; it
					// is this one, since the field ends at the delimiter.
					err = &csv.ParseError{StartLine: recLine, Line: t.numLine, Column: posCol + i, Err: csv.ErrBareQuote}
					break parseField
				}
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
			} else if t.oneLine && errRead == nil {
				err = &csv.ParseError{StartLine: recLine, Line: fieldLine, Column: quoteCol, Err: errOpenQuote}
				break parseField
			} else if len(line) > 0 {
				// The field goes on past the end of the line.
				t.recordBuffer = append(t.recordBuffer, line...)
				if errRead != nil {
					break parseField
				}
				posCol += len(line)
				line, errRead = t.readLine()
				if len(line) > 0 {
					posLine++
					posCol = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			} else {
				// The input ended inside the quotes.
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

// errOpenQuote: in one-line mode, a quoted field is not closed on its line.
var errOpenQuote = errors.New("the quote that opens this cell is not closed on its line (a data row is one line; only the header row and the rows above it may have cells that span lines)")

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
