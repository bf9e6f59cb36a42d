package ingest

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// realMapping reads the hand-written mapping NAME.map.json beside a real
// cut.
func realMapping(t *testing.T, name string) Mapping {
	t.Helper()
	path := "../testdata/ingest/real/" + name + ".map.json"
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadMapping(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// dropCell returns data with cell col (1-based) of line n (1-based) left
// out, as a hand or a tool that loses a cell would leave it.
func dropCell(t *testing.T, data string, n, col int, delim string) string {
	t.Helper()
	lines := strings.SplitAfter(data, "\n")
	cells := strings.Split(lines[n-1], delim)
	if len(cells) <= col {
		t.Fatalf("line %d has %d cells", n, len(cells))
	}
	lines[n-1] = strings.Join(append(cells[:col-1:col-1], cells[col:]...), delim)
	return strings.Join(lines, "")
}

// A row of a cell left out, in a file whose header row ends with a
// delimiter, is too short when the rows at the file's start end with one
// too: it is as wide as the header without its empty cell at the end,
// which the reader once took for all a row needs, and its cells after
// the one left out are read a column to the left. Austria's 2024 file
// (every line ends with ";", every figure a whole number): without the
// voters' cell, Burgenland Nord's row would give its ballots cast as its
// voters, and so on to KEINE's votes; the Tyrol's 2018 file: without a
// share, a row was refused for the next share, read as a list's votes,
// not for what it lacks. Whether read in one pass or in parallel.
func TestShortRowUnderTrailingDelimiter(t *testing.T) {
	tyrol := "at-tirol-ltw2018-gemeinden"
	austria, err := draftReal(t, "at-nrw2024-bmi-head.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name           string
		data           string
		m              Mapping
		line, cells, w int
	}{
		{"Tyrol, a share left out", dropCell(t, readFile(t, "../testdata/ingest/real/"+tyrol+".csv"), 6, 17, ";"), realMapping(t, tyrol), 6, 45, 46},
		{"Austria, the voters left out", dropCell(t, readFile(t, "../testdata/ingest/real/at-nrw2024-bmi-head.csv"), 5, 3, ";"), austria.Mapping, 5, 18, 19},
	} {
		for _, o := range []Options{{}, {Concurrent: true}, {Concurrent: true, chunkBytes: 64}} {
			_, err := ReadCSV(strings.NewReader(c.data), "f.csv", c.m, o)
			var pe *ParseError
			if !errors.Is(err, ErrShortRow) || !errors.As(err, &pe) || pe.File != "f.csv" || pe.Line != c.line || pe.Column != c.cells+1 {
				t.Fatalf("%s (concurrent %v): %v; want %v at f.csv:%d:%d", c.name, o.Concurrent, err, ErrShortRow, c.line, c.cells+1)
			}
			if want := fmt.Sprintf("the row has %d cells, the header row %d and the file's first rows %d", c.cells, c.w, c.w); !strings.Contains(err.Error(), want) {
				t.Errorf("%s: %v; want it to say %q", c.name, err, want)
			}
		}
	}

	// The files as published are read, and so is the Tyrol's with its
	// header alone ending with ";" (as some exports write it); there a row
	// is as wide as the header's names, and one narrower is too short.
	if tab, err := ReadCSV(strings.NewReader(readFile(t, "../testdata/ingest/real/at-nrw2024-bmi-head.csv")), "f.csv", austria.Mapping, Options{}); err != nil || len(tab.Protocols) != 82 {
		t.Fatalf("Austria: %d protocols, %v; want 82", len(tab.Protocols), err)
	}
	data := readFile(t, "../testdata/ingest/real/"+tyrol+".csv")
	lines := strings.SplitAfter(data, "\n")
	for i := 2; i < len(lines); i++ { // the title line and the header keep theirs
		lines[i] = strings.Replace(lines[i], ";\n", "\n", 1)
	}
	bare := strings.Join(lines, "")
	m := realMapping(t, tyrol)
	for _, in := range []string{data, bare} {
		tab, err := ReadCSV(strings.NewReader(in), "f.csv", m, Options{})
		if err != nil || len(tab.Protocols) != 29 {
			t.Fatalf("Tyrol: %d protocols, %v; want 29", len(tab.Protocols), err)
		}
	}
	_, err = ReadCSV(strings.NewReader(dropCell(t, bare, 6, 17, ";")), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrShortRow) || !errors.As(err, &pe) || pe.Line != 6 || !strings.Contains(err.Error(), "the row has 44 cells, the header row 45") {
		t.Errorf("the header alone ending with \";\", a share left out: %v; want %v at line 6, 44 cells of 45", err, ErrShortRow)
	}
}
