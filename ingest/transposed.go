package ingest

import (
	"fmt"
	"io"
	"strconv"
)

// A transposed file has a column per precinct and a row per protocol
// line or choice, as Russia's izbirkom pages and the Kiesraad's count of
// a municipality (one column per stembureau) are published:
//
//	Label;8205;8206
//	Число избирателей, включенных в список избирателей;1611;9366
//	Путин Владимир Владимирович;1572;9073
//
// The mapping says "layout": "transposed". The label column
// (Mapping.LabelColumn, column 1 when left out) names each row; every
// other column is a precinct. The file is read whole and turned: each
// precinct column becomes a row of a table whose header is the rows'
// labels, its first cell the header row's own label, and the rest of the
// mapping names rows by their labels as it names columns by their
// headers in a wide file ("lines": {"voters": "Число избирателей, ..."},
// "precinct": "Label"). By number, {"column": N} is the Nth row from the
// header row on: 1 the header row, 2 the row under it. A row's label is
// the trimmed text of its cells in the label columns joined with " / ",
// empty ones left out. Columns that are not precincts (a "Totaal"
// column) are left out with the row filter, which names the header row:
// {"column": 1, "except": ["Totaal"]}. A figure that is a sum of rows
// names them as a wide file's sum names columns: {"columns": ["blanco",
// "ongeldig"]}.
//
// Nothing moves silently: a row whose figures are not mapped is left
// alone, as an unmapped column of a wide file is; a row with a cell too
// few or too many, or that is no CSV, is an error at its line, whatever
// the mapping maps (it holds a figure of every precinct); and an error in
// a precinct's cell names the file's own line and column. Memory grows
// with the file's cells.

// transposed says whether the mapping is of a transposed file.
func (m *Mapping) transposed() bool { return m.Shape == "transposed" }

// validateTransposed checks label_column of a mapping. A figure may be a
// sum of rows ({"columns": [...]} names them by their labels), as a wide
// file's may be a sum of columns: an error in one part names that row's
// line and the precinct's column.
func (m *Mapping) validateTransposed() error {
	if !m.transposed() {
		if m.LabelColumn != nil {
			return mappingError("label_column", `label_column is for transposed files: set "layout": "transposed"`)
		}
		return nil
	}
	if c := m.LabelColumn; c != nil {
		if err := checkFigure("label_column", *c); err != nil {
			return err
		}
	}
	return nil
}

// turned is the recordSource of a transposed file: it reads the file
// whole from the source below it (load) and gives the header of labels,
// then one record per precinct column.
type turned struct {
	label []Column // the label columns
	// cells holds the file's cells from its header on, width per row
	// (the header's joined texts first); lines the line of each row.
	cells  [][]byte
	width  int
	lines  []int
	header [][]byte // the labels
	cols   []int    // the columns given as records, 0-based
	next   int      // the next record: -1 the header, else an index in cols
	col    int      // the 1-based column of the record given last
	rec    [][]byte
}

func newTurned(m *Mapping) *turned {
	t := &turned{label: []Column{{Index: 1}}, next: -1}
	if c := m.LabelColumn; c != nil {
		t.label = []Column{*c}
		if len(c.Columns) > 0 {
			t.label = c.Columns
		}
	}
	return t
}

// footerHint reads the rest of src, the file after the short row on
// line: when every row left is short too, or blank (notes or the whole
// area's totals under a table, "No. of Electors,24,139"), it says how
// footer_rows skips them; else "".
func footerHint(src recordSource, line int) string {
	last := line
	for {
		rec, err := src.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return ""
		}
		n := 0
		for _, c := range rec {
			if len(trimBytes(c)) > 0 {
				n++
			}
		}
		if n > 2 {
			return "" // a row of figures after it: no note under the table
		}
		last = src.fieldLine(0)
	}
	return fmt.Sprintf(`; it and the rows after it to the file's end hold two cells or fewer: if they are notes or the whole area's totals under the table, skip them with "footer_rows": %d (lines %d-%d)`, last-line+1, line, last)
}

// load reads the file from src after its header (the file's own, read
// by readHeader as a wide file's, on line line): the label columns in it,
// and every row under it, each of the header's number of cells.
func (t *turned) load(names [][]byte, line int, src recordSource, s *scanner) error {
	t.lines = append(t.lines, line)
	t.width = len(names)
	at := map[string][]int{}
	for j, h := range names {
		at[trimHeader(string(h))] = append(at[trimHeader(string(h))], j)
		t.cells = append(t.cells, []byte(string(h)))
	}
	isLabel := make([]bool, t.width)
	labels := make([]int, len(t.label))
	for i, c := range t.label {
		idx, col, err := locate(c, t.width, at, "")
		if err != nil {
			field := "label_column"
			if len(t.label) > 1 {
				field += ".columns[" + strconv.Itoa(i) + "]"
			}
			return &ParseError{File: s.file, Line: t.lines[0], Column: col, Field: field, Header: c.Header, Err: err}
		}
		labels[i], isLabel[idx] = idx, true
	}
	src.dataRows()
	s.minCells, s.ncols, s.rowCells = t.width, t.width, t.width // the header's, for shortRow and longRow
	for {
		rec, err := src.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return s.readError(err, len(rec))
		}
		line := src.fieldLine(0)
		if len(rec) < t.width && !blankRecord(rec) {
			pe := s.shortRow(line, len(rec))
			if s.m.FooterRows == 0 {
				pe.Err = fmt.Errorf("%w%s", pe.Err, footerHint(src, line))
			}
			return pe
		}
		for j := t.width; j < len(rec); j++ {
			if c := trimBytes(rec[j]); len(c) > 0 {
				return s.longRow(line, j, c)
			}
		}
		// One allocation a row: the records given are slices of it.
		n := 0
		for j := 0; j < t.width && j < len(rec); j++ {
			n += len(rec[j])
		}
		buf := make([]byte, 0, n)
		for j := range t.width {
			var c []byte
			if j < len(rec) {
				c = rec[j]
			}
			buf = append(buf, c...)
			t.cells = append(t.cells, buf[len(buf)-len(c):len(buf):len(buf)])
		}
		t.lines = append(t.lines, line)
	}
	t.header = make([][]byte, len(t.lines))
	for k := range t.lines {
		var b []byte
		for _, j := range labels {
			if c := trimBytes(t.cells[k*t.width+j]); len(c) > 0 {
				if len(b) > 0 {
					b = append(b, headerSep...)
				}
				b = append(b, c...)
			}
		}
		t.header[k] = b
	}
	for j := range t.width {
		if !isLabel[j] {
			t.cols = append(t.cols, j)
		}
	}
	t.rec = make([][]byte, len(t.lines))
	return nil
}

// read gives the header of labels, then each precinct column as a record.
func (t *turned) read() ([][]byte, error) {
	if t.next < 0 {
		t.next = 0
		return t.header, nil
	}
	if t.next >= len(t.cols) {
		return nil, io.EOF
	}
	j := t.cols[t.next]
	t.next++
	t.col = j + 1
	for k := range t.rec {
		t.rec[k] = t.cells[k*t.width+j]
	}
	return t.rec, nil
}

// fieldLine returns the line of the row a cell of the record is in.
func (t *turned) fieldLine(i int) int { return t.lines[i] }

func (t *turned) dataRows() {}

// place puts an error in a cell of the record given last, in the turned
// table's column k, where the cell is in the file: the line of row k and
// the precinct's column.
func (t *turned) place(pe *ParseError, k int) {
	if k >= 0 && k < len(t.lines) {
		pe.Line = t.lines[k]
	}
	pe.Column = t.col
}
