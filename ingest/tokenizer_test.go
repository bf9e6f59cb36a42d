package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
)

// csvSource is the reference recordSource: encoding/csv itself. After
// dataRows it reads each record as the tokenizer does for data rows: one
// encoding/csv reader per record, a record that spans lines only when it
// reads so within maxCellLines lines past its first, errOpenQuote on its
// first line otherwise.
//
// A quote inside a cell that does not begin with one, which encoding/csv
// refuses (ErrBareQuote) and the tokenizer reads as a character of the
// cell, is read again with a byte the input does not hold (ph) in its
// place, and given back as the quote in the record: encoding/csv
// without LazyQuotes, which would also read a quote inside a quoted
// cell, not followed by the delimiter, as text.
type csvSource struct {
	r       *csv.Reader
	delim   byte
	cells   [][]byte
	all     []byte // the whole input
	readErr error  // the read error after all, if any
	from    int    // where in all r starts
	base    int    // the lines of all before from
	ph      byte   // a byte all does not hold; 0 when every one is

	oneLine bool
	data    []byte // the rest of the input, in one-line mode
	line    int    // the line of the last line read, in one-line mode
	lines   []int  // field lines, in one-line mode
	empty   *emptyRun
	bare    int  // the cells of the last record read with a bare quote
	bareAt  int  // the first of them
	escaped bool // the last record is no CSV on its first line, which has \"
}

func csvRecords(r *bufio.Reader, delim byte, line int) recordSource {
	all, err := io.ReadAll(r)
	// The lines skipped above come back as empty lines, which encoding/csv
	// skips and counts.
	all = append(bytes.Repeat([]byte{'\n'}, line), all...)
	c := &csvSource{all: all, delim: delim, readErr: err, ph: freeByte(all, delim)}
	c.reader(0)
	return c
}

// freeByte returns a byte that data does not hold, nor is the delimiter,
// a quote or a line end; 0 when there is none.
func freeByte(data []byte, delim byte) byte {
	var seen [256]bool
	for _, b := range data {
		seen[b] = true
	}
	for b := 1; b < 256; b++ {
		if !seen[b] && b != int(delim) && b != '"' && b != '\n' && b != '\r' {
			return byte(b)
		}
	}
	return 0
}

// reader starts c.r at from, the start of a line of c.all.
func (c *csvSource) reader(from int) {
	var in io.Reader = bytes.NewReader(c.all[from:])
	if c.readErr != nil {
		in = io.MultiReader(in, errReader{c.readErr})
	}
	c.r = csv.NewReader(in)
	c.r.Comma = rune(c.delim)
	c.r.FieldsPerRecord = -1
	c.r.ReuseRecord = true
	c.from, c.base = from, bytes.Count(c.all[:from], []byte{'\n'})
}

// offset is where in c.all c.r reads next.
func (c *csvSource) offset() int { return c.from + int(c.r.InputOffset()) }

func (c *csvSource) dataRows() {
	off := c.offset()
	c.line = bytes.Count(c.all[:off], []byte{'\n'})
	c.data = c.all[off:]
	c.oneLine = true
}

func (c *csvSource) ahead(n int) ([]byte, bool) {
	rest := c.all[c.offset():]
	return rest[:min(n, len(rest))], len(rest) <= n
}

func (c *csvSource) read() ([][]byte, error) {
	if c.oneLine {
		return c.readLine()
	}
	for {
		start := c.offset()
		rec, err := c.r.Read()
		var ce *csv.ParseError
		if errors.As(err, &ce) && ce.Err == csv.ErrBareQuote && c.ph != 0 {
			c.all[lineStart(c.all, c.from, ce.Line)+ce.Column-1] = c.ph
			c.reader(start)
			continue
		}
		if ce != nil {
			ce.StartLine += c.base
			ce.Line += c.base
		}
		c.cells, c.bare, c.escaped = c.cells[:0], 0, false
		for _, f := range rec {
			c.cells = append(c.cells, c.unplace([]byte(f)))
		}
		return c.cells, err
	}
}

func (c *csvSource) countEmpty(e *emptyRun) { c.empty = e }

func (c *csvSource) bareCells() int { return c.bare }

func (c *csvSource) firstBare() int { return c.bareAt }

func (c *csvSource) escapedLine() bool { return c.escaped }

// unplace gives back the quotes of a cell read with c.ph in their place,
// the cell to be appended to c.cells.
func (c *csvSource) unplace(cell []byte) []byte {
	if c.ph == 0 {
		return cell
	}
	bare := false
	for i, b := range cell {
		if b == c.ph {
			cell[i], bare = '"', true
		}
	}
	if bare {
		if c.bare == 0 {
			c.bareAt = len(c.cells)
		}
		c.bare++
	}
	return cell
}

// lineStart returns the offset in b of the start of line n (1-based)
// of the text from from on.
func lineStart(b []byte, from, n int) int {
	for ; n > 1; n-- {
		from += bytes.IndexByte(b[from:], '\n') + 1
	}
	return from
}

func (c *csvSource) readLine() ([][]byte, error) {
	for len(c.data) > 0 {
		line := c.data
		if i := bytes.IndexByte(c.data, '\n'); i >= 0 {
			line = c.data[:i+1]
		}
		_, rec, err := c.first(line)
		if err == io.EOF {
			c.data = c.data[len(line):]
			c.line++
			if c.empty != nil && len(line) > 0 && line[len(line)-1] == '\n' {
				c.empty.add(c.line)
			}
			continue // an empty line
		}
		if c.empty != nil && c.empty.pend > 0 {
			c.empty.commit()
		}
		first := c.line + 1
		c.cells, c.lines, c.bare = c.cells[:0], c.lines[:0], 0
		// The tokenizer says a line escapes a quote when the record is
		// no CSV on that line, not in a cell that goes on past it.
		var ce *csv.ParseError
		c.escaped = errors.As(err, &ce) && !openAtEnd(ce, line, 1) && bytes.Contains(line, []byte(`\"`))
		for _, f := range rec {
			c.cells = append(c.cells, c.unplace([]byte(f)))
			c.lines = append(c.lines, first)
		}
		if ce != nil && openAtEnd(ce, line, 1) {
			// A quoted cell that spans lines: the record of the fewest
			// lines (at most maxCellLines past the first) that reads
			// without an error, or errOpenQuote on the first line alone.
			for k, end := 2, len(line); k <= maxCellLines+1 && end < len(c.data); k++ {
				next := len(c.data)
				if i := bytes.IndexByte(c.data[end:], '\n'); i >= 0 {
					next = end + i + 1
				}
				r, all, err2 := c.first(c.data[:next])
				var ce2 *csv.ParseError
				if err2 == nil {
					c.cells, c.lines, c.bare = c.cells[:0], c.lines[:0], 0
					for i, f := range all {
						l, _ := r.FieldPos(i)
						c.cells = append(c.cells, c.unplace([]byte(f)))
						c.lines = append(c.lines, c.line+l)
					}
					c.data = c.data[next:]
					c.line += k
					return c.cells, nil
				}
				if !errors.As(err2, &ce2) || !openAtEnd(ce2, c.data[end:next], k) {
					break
				}
				end = next
			}
			ce.Err = errOpenQuote
		}
		c.data = c.data[len(line):]
		c.line++
		if ce != nil {
			ce.StartLine, ce.Line = c.line, c.line
		}
		return c.cells, err
	}
	return nil, io.EOF
}

// first reads the first record of b alone, each quote inside a cell that
// does not begin with one read as c.ph (in a copy of b).
func (c *csvSource) first(b []byte) (*csv.Reader, []string, error) {
	copied := false
	for {
		r := csv.NewReader(bytes.NewReader(b))
		r.Comma = rune(c.delim)
		r.FieldsPerRecord = -1
		rec, err := r.Read()
		var ce *csv.ParseError
		if !errors.As(err, &ce) || ce.Err != csv.ErrBareQuote || c.ph == 0 {
			return r, rec, err
		}
		if !copied {
			b, copied = bytes.Clone(b), true
		}
		b[lineStart(b, 0, ce.Line)+ce.Column-1] = c.ph
	}
}

// openAtEnd says whether ce is the error of input that ends inside a
// quoted field, k lines of it, the last being last.
func openAtEnd(ce *csv.ParseError, last []byte, k int) bool {
	text := bytes.TrimRight(last, "\r\n")
	return errors.Is(ce.Err, csv.ErrQuote) && (ce.Line > k || ce.Line == k && ce.Column > len(text))
}

func (c *csvSource) fieldLine(i int) int {
	if c.oneLine {
		return c.lines[i]
	}
	line, _ := c.r.FieldPos(i)
	return c.base + line
}

// records reads every record of data with a source, as text for comparing.
func records(src sourceFunc, data []byte, delim byte) string {
	s := src(bufio.NewReaderSize(bytes.NewReader(data), 16), delim, 0) // a small buffer exercises long lines
	var b strings.Builder
	for {
		rec, err := s.read()
		if err == io.EOF {
			return b.String()
		}
		fmt.Fprintf(&b, "%q", rec)
		for i := range rec {
			fmt.Fprintf(&b, " %d", s.fieldLine(i))
		}
		if err != nil {
			var ce *csv.ParseError
			if !errors.As(err, &ce) {
				fmt.Fprintf(&b, " read error %v\n", err)
				return b.String()
			}
			fmt.Fprintf(&b, " error %d %d %d %v", ce.StartLine, ce.Line, ce.Column, ce.Err)
		}
		b.WriteByte('\n')
	}
}

var tokenizerSeeds = []string{
	"a,b,c\n1,2,3\n",
	"a,b\r\n1,2\r\n",
	"a,b\r\n1,2\r",
	"a,b\n1,2",
	"\n\n\r\na\n\n",
	`"a,b","c""d",e` + "\n",
	"\"multi\nline\",x\n\"a\r\nb\",y\r\n",
	"a,\"b\nc\",\"d\ne\nf\"\ng,h\n",
	"a,b\"c,d\n",
	"a,\"b\"c,d\n",
	"a,\"b\n",
	"a,\"b\nc",
	"a,\"\"\n",
	"\"\"\n",
	",\n,,\n",
	"a,b,\n",
	"\"a\"\r",
	"\"a\"\r\r\n",
	"a\rb,c\n",
	"x,\"y\"\"",
	"\"abc\"\"\n\"def\n",
	"Число, голосов;\"Ак;жол\"\tx\n",
	"\uFEFFa,b\n",
	"\"a\" ,b\n",
	" \"a\",b\n",
	strings.Repeat("long,", 40) + "\n" + strings.Repeat("x", 100) + ",\"" + strings.Repeat("y\n", 30) + "\"\n",
	"\xff\xfe,\"\xc2\",\xe2\x80\n",
	"341;Gaststätte \"Em Kontörke\";1779\n342;\"a\";b\"\"c\n",
	"x;\"a\nb\";c\"d;\"e\nf\"g\n",
	"a\"\n\"b\"c\"\n",
}

func TestTokenizerMatchesEncodingCSV(t *testing.T) {
	for i, s := range tokenizerSeeds {
		for _, d := range []byte{',', ';', '\t'} {
			want := records(csvRecords, []byte(s), d)
			got := records(tokenize, []byte(s), d)
			if got != want {
				t.Errorf("seed %d %q delimiter %q:\ntokenizer:\n%s\nencoding/csv:\n%s", i, s, d, got, want)
			}
		}
	}
}

// FuzzTokenizer checks the fast tokenizer against encoding/csv: the same
// records, field lines and errors (with their lines and byte columns).
func FuzzTokenizer(f *testing.F) {
	for _, s := range tokenizerSeeds {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, d uint8) {
		delim := []byte{',', ';', '\t'}[int(d)%3]
		if freeByte(data, delim) == 0 {
			t.Skip("every byte in the input: no byte for csvSource to read a bare quote as")
		}
		want := records(csvRecords, data, delim)
		got := records(tokenize, data, delim)
		if got != want {
			t.Fatalf("delimiter %q:\ntokenizer:\n%s\nencoding/csv:\n%s", delim, got, want)
		}
	})
}

// TestReadCSVSourcesAgree reads the test files with both sources.
func TestReadCSVSourcesAgree(t *testing.T) {
	data, m := benchFile(t, 200)
	for _, in := range []string{string(data), miniHeader + "1,3,97,90,7\n2,x,1\n\"3\n\",1,\"2\"\"\",3\n4,1,1,1,1", miniHeader + "1,\"3\n",
		// A line that escapes a quote with a backslash: its error says so
		// when the line is no CSV, not when a quoted cell goes on past it.
		miniHeader + "1,\"3\\\"4\",97,90,7\n2,3,97,90,7\n", miniHeader + "1,3\\\"4,\"97\n90,7\n"} {
		mm := m
		if !strings.HasPrefix(in, "precinct,region") {
			mm = mini()
		}
		for _, lenient := range []bool{false, true} {
			a, errA := readCSV(strings.NewReader(in), "x.csv", mm, Options{Lenient: lenient}, tokenize)
			b, errB := readCSV(strings.NewReader(in), "x.csv", mm, Options{Lenient: lenient}, csvRecords)
			if !reflect.DeepEqual(a, b) || fmt.Sprint(errA) != fmt.Sprint(errB) {
				t.Errorf("tokenizer and encoding/csv differ on %.60q:\n%v %v\n%v %v", in, a.Skipped, errA, b.Skipped, errB)
			}
			c, errC := readCSV(strings.NewReader(in), "x.csv", mm, Options{Lenient: lenient, Concurrent: true}, tokenize)
			if !reflect.DeepEqual(a, c) || fmt.Sprint(errA) != fmt.Sprint(errC) {
				t.Errorf("concurrent reading differs on %.60q:\n%v %v\n%v %v", in, a.Skipped, errA, c.Skipped, errC)
			}
		}
	}
}
