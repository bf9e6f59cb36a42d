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
type csvSource struct {
	r     *csv.Reader
	delim byte
	cells [][]byte
	all   []byte // the whole input

	oneLine bool
	data    []byte // the rest of the input, in one-line mode
	line    int    // the line of the last line read, in one-line mode
	lines   []int  // field lines, in one-line mode
}

func csvRecords(r *bufio.Reader, delim byte, line int) recordSource {
	all, err := io.ReadAll(r)
	// The lines skipped above come back as empty lines, which encoding/csv
	// skips and counts.
	all = append(bytes.Repeat([]byte{'\n'}, line), all...)
	var in io.Reader = bytes.NewReader(all)
	if err != nil {
		in = io.MultiReader(in, errReader{err})
	}
	c := &csvSource{r: csv.NewReader(in), all: all, delim: delim}
	c.r.Comma = rune(delim)
	c.r.FieldsPerRecord = -1
	c.r.ReuseRecord = true
	return c
}

func (c *csvSource) dataRows() {
	off := c.r.InputOffset()
	c.line = bytes.Count(c.all[:off], []byte{'\n'})
	c.data = c.all[off:]
	c.oneLine = true
}

func (c *csvSource) ahead(n int) ([]byte, bool) {
	rest := c.all[c.r.InputOffset():]
	return rest[:min(n, len(rest))], len(rest) <= n
}

func (c *csvSource) read() ([][]byte, error) {
	if c.oneLine {
		return c.readLine()
	}
	rec, err := c.r.Read()
	c.cells = c.cells[:0]
	for _, f := range rec {
		c.cells = append(c.cells, []byte(f))
	}
	return c.cells, err
}

func (c *csvSource) readLine() ([][]byte, error) {
	for len(c.data) > 0 {
		line := c.data
		if i := bytes.IndexByte(c.data, '\n'); i >= 0 {
			line = c.data[:i+1]
		}
		rec, err := c.parse(line)
		if err == io.EOF {
			c.data = c.data[len(line):]
			c.line++
			continue // an empty line
		}
		first := c.line + 1
		c.cells, c.lines = c.cells[:0], c.lines[:0]
		for _, f := range rec {
			c.cells = append(c.cells, []byte(f))
			c.lines = append(c.lines, first)
		}
		var ce *csv.ParseError
		if errors.As(err, &ce) && openAtEnd(ce, line, 1) {
			// A quoted cell that spans lines: the record of the fewest
			// lines (at most maxCellLines past the first) that reads
			// without an error, or errOpenQuote on the first line alone.
			for k, end := 2, len(line); k <= maxCellLines+1 && end < len(c.data); k++ {
				next := len(c.data)
				if i := bytes.IndexByte(c.data[end:], '\n'); i >= 0 {
					next = end + i + 1
				}
				r := csv.NewReader(bytes.NewReader(c.data[:next]))
				r.Comma = rune(c.delim)
				r.FieldsPerRecord = -1
				all, err2 := r.Read()
				var ce2 *csv.ParseError
				if err2 == nil {
					c.cells, c.lines = c.cells[:0], c.lines[:0]
					for i, f := range all {
						l, _ := r.FieldPos(i)
						c.cells = append(c.cells, []byte(f))
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

// parse reads the first record of b alone.
func (c *csvSource) parse(b []byte) ([]string, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = rune(c.delim)
	r.FieldsPerRecord = -1
	return r.Read()
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
	return line
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
	for _, in := range []string{string(data), miniHeader + "1,3,97,90,7\n2,x,1\n\"3\n\",1,\"2\"\"\",3\n4,1,1,1,1", miniHeader + "1,\"3\n"} {
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
