package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// A table exported from a spreadsheet or a web page with merged cells
// (Wikipedia's election tables, a commission's report) writes a merged
// cell once, on its first row, and leaves it empty on the rows below:
//
//	Constituency,Electorate,Party,Votes
//	Bukit Batok SMC,"29,948",People's Action Party,"15,500"
//	,,Singapore Democratic Party,"12,787"
//
// The mapping's FillDown names such columns: an empty cell of one is the
// cell of the row above, as a spreadsheet's "fill down" would make it,
// before any field reads the row. Said, never guessed: each cell so
// filled is counted (Counts.FilledDown), and a count says how many in a
// note (FillDownNote). A row of empty cells alone (blank.go) is no row:
// it is neither filled nor filled from. A first data row whose cell is
// empty has no row above to fill it from: ErrBadValue. The row above is
// the file's, kept by the row filter or not. A file so read is read row
// after row, never in parallel (Options.Concurrent): each row's cells
// hang on the row before.

// FilledDown is a column of Mapping.FillDown and the empty cells of it
// filled from the row above.
type FilledDown struct {
	Index  int    // 1-based
	Header string // the header's text, "" for none
	Cells  int    // the cells filled
	First  int    // the line of the first cell filled; 0 for none
}

// downFill fills the empty cells of the columns of Mapping.FillDown from
// the row above (the last row of cells not all empty).
type downFill struct {
	idx  []int    // the columns, 0-based
	prev [][]byte // each column's last cell not empty (a copy), nil for none yet
	// given says that a row was read: a row after it whose cell is empty
	// and prev nil had an empty cell above too.
	given  bool
	filled []FilledDown
}

// bindFillDown places the columns of Mapping.FillDown in the header; the
// errors of those it does not find, as bind gives them.
func (s *scanner) bindFillDown(at map[string][]int, ncols, line int, hint string) []error {
	if len(s.m.FillDown) == 0 {
		return nil
	}
	var errs []error
	d := &downFill{}
	for i, c := range s.m.FillDown {
		idx, col, err := locate(c, ncols, at, hint)
		if err != nil {
			errs = append(errs, &ParseError{File: s.file, Line: line, Field: "fill_down[" + strconv.Itoa(i) + "]", Header: c.Header, Column: col, Err: err})
			continue
		}
		d.idx = append(d.idx, idx)
		h := ""
		if idx < len(s.headerNames) {
			h = s.headerNames[idx]
		}
		d.filled = append(d.filled, FilledDown{Index: idx + 1, Header: h})
	}
	d.prev = make([][]byte, len(d.idx))
	s.down = d
	return errs
}

// fill fills the empty cells of rec, the record at line (not blank), in
// place; an error for an empty cell with no row above to fill it from.
func (d *downFill) fill(s *scanner, rec [][]byte, line int) *ParseError {
	for k, i := range d.idx {
		if i >= len(rec) {
			continue // (a short row: its width's error)
		}
		cell := trimBytes(rec[i])
		if len(cell) > 0 {
			if !bytes.Equal(cell, d.prev[k]) {
				d.prev[k] = bytes.Clone(cell) // (rows before may still hold the last one)
			}
			continue
		}
		if d.prev[k] == nil {
			f := &d.filled[k]
			why := "the cell is empty on the file's first row: fill_down fills an empty cell from the row above, and it has none"
			if d.given {
				why = "the cell is empty, as on every row above it: fill_down fills an empty cell from the row above, and none gives one"
			}
			return &ParseError{File: s.file, Line: line, Column: i + 1, Field: "fill_down[" + strconv.Itoa(k) + "]", Header: f.Header,
				Err: fmt.Errorf("%w: %s", ErrBadValue, why)}
		}
		rec[i] = d.prev[k]
		if f := &d.filled[k]; f.Cells == 0 {
			f.First = line
		}
		d.filled[k].Cells++
	}
	d.given = true
	return nil
}

// counts returns the columns filled, for Counts.FilledDown; nil when the
// mapping names none.
func (d *downFill) counts() []FilledDown {
	if d == nil {
		return nil
	}
	return append([]FilledDown(nil), d.filled...)
}

// validateFillDown checks Mapping.FillDown: columns, each once, of a file
// of rows.
func (m *Mapping) validateFillDown() error {
	seen := map[columnKey]int{}
	for i, c := range m.FillDown {
		name := "fill_down[" + strconv.Itoa(i) + "]"
		if err := checkColumn(name, c); err != nil {
			return err
		}
		if j, ok := seen[keyOf(c)]; ok {
			return mappingError(name, "%v is already fill_down[%d]", c, j)
		}
		seen[keyOf(c)] = i
	}
	if len(m.FillDown) > 0 && m.transposed() {
		return mappingError("fill_down", "a transposed file's columns are its precincts: fill_down fills the empty cells of a column from the row above, in a file of a row per protocol or per choice")
	}
	return nil
}

// FillDownNote says how many empty cells of file the mapping's fill_down
// filled from the row above, by column (words "note.filled_down"); ""
// when it names no column.
func FillDownNote(file string, c Counts) string {
	if len(c.FilledDown) == 0 {
		return ""
	}
	n := 0
	cols := make([]string, len(c.FilledDown))
	for i, f := range c.FilledDown {
		n += f.Cells
		name := strconv.Itoa(f.Index)
		if f.Header != "" {
			name += " " + echo.Quote(f.Header)
		}
		cols[i] = name + " (" + strconv.Itoa(f.Cells) + ")"
	}
	return words.Say("en", "note.filled_down", words.Args{"file": file, "n": strconv.Itoa(n), "columns": strings.Join(cols, ", ")})
}

// fillDownHint is the advice, for a row of a long file whose precinct's
// cell (f's) is empty, to fill the cell from the row above when the row
// read before it gives one there: a table exported with merged cells.
// It names every column mapped (the choice's and the figure's aside)
// that is empty on the row and given on the row above. "" when the
// row above gives no cell there, or when the mapping fills down already.
func (lr *longReader) fillDownHint(row *Row, f *field) string {
	if f == nil || lr.s.down != nil {
		return ""
	}
	above, ok := lr.recent.last()
	if !ok {
		return ""
	}
	delim := lr.s.delimiter()
	var cells [][]byte
	if row.rec != nil {
		for _, c := range row.rec {
			cells = append(cells, trimBytes(c))
		}
	} else if row.raw != nil {
		cells = (&recentRow{raw: true, buf: row.raw}).split(delim)
	}
	up := above.split(delim)
	given := func(cs [][]byte, i int) bool { return i < len(cs) && len(trimBytes(cs[i])) > 0 }
	if given(cells, f.idx) || !given(up, f.idx) {
		return ""
	}
	var names []string
	seen := map[int]bool{}
	for _, g := range lr.s.fields {
		if g.kind == fChoice || g.kind == fVote || g.kind == fPref || seen[g.idx] || given(cells, g.idx) || !given(up, g.idx) {
			continue
		}
		seen[g.idx] = true
		name := strconv.Itoa(g.idx + 1)
		if h := trimHeader(g.header); h != "" {
			name = strconv.Quote(h)
		}
		names = append(names, name)
	}
	return fmt.Sprintf(`; the row above (line %d) gives %s there: if the table was exported with merged cells, a cell written once on the first of its rows, "fill_down": [%s] in the mapping fills the empty cells from the row above (each counted in a note)`,
		above.line, echo.Quote(trimBytes(up[f.idx])), strings.Join(names, ", "))
}
