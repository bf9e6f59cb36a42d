package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// skip_rows counts the file's lines as an editor numbers them, blank ones
// included, and reads them raw: Iceland's 2017 file (21 lines of comments
// and blank lines above the data, no header) with "skip_rows": 21 loses no
// row, and neither does a cut of it that starts with a blank line; a title
// line of Latvia's 2018 file with a double quote is skipped as any other.
// The votes are those a sum of the files' third column gives.
func TestSkipRowsCountsLines(t *testing.T) {
	for _, c := range []struct {
		file         string
		skipped, sum int64
		rows         int
	}{
		{"is2017-blanktitle.psv", 5, 17260, 4},
		{"is2017.psv", 21, 196246, 59},
		{"lv2018-titlequote.psv", 3, 36971, 2},
	} {
		for _, concurrent := range []bool{false, true} {
			base := "../testdata/ingest/real/" + strings.TrimSuffix(c.file, ".psv")
			mf, err := os.Open(base + ".map.json")
			if err != nil {
				t.Fatal(err)
			}
			m, err := ReadMapping(mf, base+".map.json")
			mf.Close()
			if err != nil {
				t.Fatal(err)
			}
			tab, err := ReadCSV(strings.NewReader(readFile(t, base+".psv")), c.file, m, Options{Concurrent: concurrent})
			if err != nil {
				t.Fatalf("%s: %v", c.file, err)
			}
			var sum int64
			for _, p := range tab.Protocols {
				for _, v := range p.Votes {
					sum += v
				}
			}
			if sum != c.sum || tab.Rows != c.rows || int64(tab.SkippedLines) != c.skipped {
				t.Errorf("%s (concurrent %v): votes %d, rows %d, lines skipped %d; want %d, %d, %d", c.file, concurrent, sum, tab.Rows, tab.SkippedLines, c.sum, c.rows, c.skipped)
			}
			if n := SkippedNote(c.file, tab.Counts); !strings.Contains(n, "lines 1-") {
				t.Errorf("%s: note %q", c.file, n)
			}
		}
	}
}

// A file that ends in the lines skip_rows skips is an error naming
// skip_rows, with and without a header.
func TestSkipRowsPastEnd(t *testing.T) {
	in := "title\n\n"
	for _, c := range []struct {
		m    Mapping
		want error
	}{
		{Mapping{Precinct: Column{Header: "P"}, SkipRows: 3, Ballot: "list", Votes: map[string]Column{"a": {Header: "A"}}}, ErrMissingHeader},
		{Mapping{Precinct: Column{Index: 1}, NoHeader: true, SkipRows: 3, Ballot: "list", Votes: map[string]Column{"a": {Index: 2}}}, ErrNoRows},
	} {
		_, err := ReadCSV(strings.NewReader(in), "f.csv", c.m, Options{})
		var pe *ParseError
		if !errors.Is(err, c.want) || !errors.As(err, &pe) || pe.Field != "skip_rows" {
			t.Errorf("no_header %v: %v; want %v naming skip_rows", c.m.NoHeader, err, c.want)
		}
	}
}

// A blank line above the header counts for skip_rows: the draft of a file
// with one proposes the header's line less one, and the count reads the
// header there.
func TestSkipRowsDraftBlankLine(t *testing.T) {
	in := "Results of the count\n\nprecinct,voters,A,B\n1,100,40,50\n2,120,60,50\n3,90,30,40\n"
	d, err := DraftMapping(strings.NewReader(in), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.SkipRows != 2 {
		t.Fatalf("skip_rows %d; want 2 (lines 1-2)", d.Mapping.SkipRows)
	}
	tab, err := ReadCSV(strings.NewReader(in), "f.csv", d.Mapping, Options{})
	if err != nil || len(tab.Protocols) != 3 {
		t.Fatalf("%d protocols, %v; want 3", len(tab.Protocols), err)
	}
}

// In a file without a header, a skip_rows one too many skips a data row:
// the last line skipped reads as one (Counts.SkippedData, finding I609);
// the comment or blank line above the data does not.
func TestSkipRowsSkippedData(t *testing.T) {
	base := "../testdata/ingest/real/is2017"
	mf, err := os.Open(base + ".map.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(mf, base+".map.json")
	mf.Close()
	if err != nil {
		t.Fatal(err)
	}
	for skip, want := range map[int]int{20: 0, 21: 0, 22: 22, 23: 23} {
		m.SkipRows = skip
		tab, err := ReadCSV(strings.NewReader(readFile(t, base+".psv")), "is2017.psv", m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if tab.SkippedData != want || tab.Counts.SkippedData != want {
			t.Errorf("skip_rows %d: skipped data at line %d; want %d", skip, tab.SkippedData, want)
		}
	}
}

// A count's error about a cell that is not UTF-8 names the code page the
// draft reads the file in, guessed from the same start of the file, not
// one guessed from the cell's few bytes: Lithuania's 2024 stations in
// Windows-1257, their names mapped as regions ("Gulbyn\xebs" alone reads
// as Windows-1252).
func TestCountAdviceIsDraftGuess(t *testing.T) {
	data := readFile(t, "../testdata/ingest/real/EDITED-lt2024-minor-cp1257.csv")
	d, err := DraftMapping(strings.NewReader(data), "lt.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Encoding != EncodingWindows1257 {
		t.Fatalf("draft encoding %q; want %q", d.Mapping.Encoding, EncodingWindows1257)
	}
	m := Mapping{Precinct: Column{Header: "minor_gid"}, Region: &Column{Header: "minor_name"}, Ballot: "list", Part: true,
		Lines: map[election.Line]Column{"voters": {Header: "registered_voters"}, "valid": {Header: "votes"}}}
	_, err = ReadCSV(strings.NewReader(data), "lt.csv", m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrBadValue) || !errors.As(err, &pe) || pe.Field != "region" {
		t.Fatalf("%v; want a bad region value", err)
	}
	if want := `"encoding": "windows-1257"`; !strings.Contains(err.Error(), want) {
		t.Errorf("%v; want the advice %s", err, want)
	}
}

// skip_rows counts lines, so a skip that ends inside a quoted cell over
// several lines (Serbia's header cell "Ruska Stranka⏎ ", the header being
// lines 1-2) leaves the cell's rest to be read as CSV, which it is not:
// the error names skip_rows, the line where the cell ends, and the
// skip_rows that steps over it; with that skip_rows the file is read.
// The same whether the rows are read in parallel or not, with a header or
// without.
func TestSkipRowsInsideQuotedCell(t *testing.T) {
	rs := readFile(t, "../testdata/ingest/real/rs-parl2020-bm-head.csv")
	byNumber := Mapping{Precinct: Column{Columns: []Column{{Index: 3}, {Index: 5}}}, Ballot: "list",
		Lines: map[election.Line]Column{"voters": {Index: 6}}, Votes: map[string]Column{"vucic": {Index: 13}, "dacic": {Index: 14}}}
	headless := byNumber
	headless.NoHeader = true
	for _, c := range []struct {
		name       string
		in         string
		m          Mapping
		skip, line int
		want       string
		fixed      int // the skip_rows the error proposes
		rows       int // the rows read with it
	}{
		{"Serbia's header", rs, byNumber, 1, 2, `the last line skipped, line 1, leaves a quoted cell open, which ends on line 2; skip_rows counts lines, and a cell over several lines counts each of them: set "skip_rows": 2 in the mapping`, 2, 3},
		{"Serbia's header, no_header", rs, headless, 1, 2, `line 1, leaves a quoted cell open, which ends on line 2; skip_rows counts lines`, 2, 4},
		{"a cell over three lines, a doubled quote in it", "t,\"a\n\"\"b\"\"\nc\",d\n1,2,3,4,5,6,7,8,9,10,11,12,13,14\n", headless, 1, 2, `line 1, leaves a quoted cell open, which ends on line 3; skip_rows counts lines, and a cell over several lines counts each of them: set "skip_rows": 3`, 3, 1},
	} {
		for _, concurrent := range []bool{false, true} {
			m := c.m
			m.SkipRows = c.skip
			_, err := ReadCSV(strings.NewReader(c.in), "f.csv", m, Options{Concurrent: concurrent})
			var pe *ParseError
			if !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) || pe.Field != "skip_rows" || pe.Line != c.line || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s (concurrent %v): %v; want a syntax error at line %d naming skip_rows, saying %q", c.name, concurrent, err, c.line, c.want)
			}
			m.SkipRows = c.fixed
			tab, err := ReadCSV(strings.NewReader(c.in), "f.csv", m, Options{Concurrent: concurrent})
			if err != nil || tab.Rows != c.rows {
				t.Errorf("%s (concurrent %v), skip_rows %d: %v; want %d rows", c.name, concurrent, c.fixed, err, c.rows)
			}
		}
	}
}
