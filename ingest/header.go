package ingest

import (
	"fmt"
	"io"
	"strings"
)

// A header of several rows (Mapping.HeaderRows) is what commissions
// publish when a column's name is a path: the German Bundeswahlleiter's
// kerg.csv writes a party's name over "Erststimmen" and "Zweitstimmen",
// each over "Endgültig" and "Vorperiode"; a spreadsheet with merged cells
// exported to CSV writes the merged cell's text in its first column and
// leaves the others empty. Such a header is read once, joined into one
// text per column, and from there on the file is read as if its header
// were that one row: a mapping names a column by the joined text or by
// its number, and a data row's line counts every header row.

// headerSep joins the parts of a column's header.
const headerSep = " / "

// joinHeader returns the header text of each column of a header of the
// rows given: the trimmed texts of the column's cells, top row first,
// joined with " / ", empty parts left out. In every row but the last an
// empty cell (or one past the end of a short row) takes the text of the
// nearest non-empty cell on its left in that row, as a merged cell spans
// the columns after it; but never across a boundary of the rows above: a
// column where a cell of a row above begins. So under "CDU;;;;SPD;;;" and
// "Erststimmen;;Zweitstimmen;;Erststimmen;;Zweitstimmen;" and
// "Endgültig;Vorperiode;..." column 2 is "CDU / Erststimmen / Vorperiode",
// and a row's empty cell under "SPD" takes nothing from "CDU"'s span. The
// last row's cells stand for their own column alone: an empty one adds
// nothing.
func joinHeader(rows [][]string) []string {
	n := 0
	for _, row := range rows {
		n = max(n, len(row))
	}
	parts := make([][]string, n)
	begins := make([]bool, n) // a cell of a row above begins at the column
	for k, row := range rows {
		last := k == len(rows)-1
		span := ""
		for j := range n {
			c := ""
			if j < len(row) {
				c = trimHeader(row[j])
			}
			if begins[j] {
				span = ""
			}
			switch {
			case c != "":
				span = c
			case !last:
				c = span
			}
			if c != "" {
				parts[j] = append(parts[j], c)
			}
		}
		for j := range row {
			if trimHeader(row[j]) != "" {
				begins[j] = true
			}
		}
	}
	out := make([]string, n)
	for j, p := range parts {
		out[j] = strings.Join(p, headerSep)
	}
	return out
}

// headerRows is the number of rows of the header: Mapping.HeaderRows, 1
// when 0.
func (m *Mapping) headerRows() int { return max(m.HeaderRows, 1) }

// readHeader reads the rows above the header (SkipRows) and the header's
// rows, and returns the header's cells (each column's joined, joinHeader,
// when the header is several rows) and the line where the header begins.
// A header of one row is returned as read, valid until the next read.
func (s *scanner) readHeader(src recordSource) ([][]byte, int, error) {
	n := s.m.headerRows()
	var rows [][]string
	line := 0
	for i := 0; i < s.m.SkipRows+n; i++ {
		rec, err := src.read()
		if err == io.EOF {
			if i <= s.m.SkipRows {
				return nil, 0, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file has no header row", ErrMissingHeader)}
			}
			return nil, 0, &ParseError{File: s.file, Line: line, Field: "header_rows",
				Err: fmt.Errorf("%w: the header is %d rows (header_rows), but the file ends after %d of them", ErrMissingHeader, n, len(rows))}
		}
		if err != nil {
			return nil, 0, s.readError(err, len(rec))
		}
		if i < s.m.SkipRows {
			continue
		}
		if i == s.m.SkipRows {
			line = src.fieldLine(0)
			if n == 1 {
				return rec, line, nil
			}
		}
		row := make([]string, len(rec))
		for j, c := range rec {
			row[j] = string(c)
		}
		rows = append(rows, row)
	}
	joined := joinHeader(rows)
	cells := make([][]byte, len(joined))
	for j, h := range joined {
		cells[j] = []byte(h)
	}
	return cells, line, nil
}

// headerName says what the file's header is in a message: "a header row",
// or "a header of 3 rows".
func (s *scanner) headerName() string {
	if n := s.m.headerRows(); n > 1 {
		return fmt.Sprintf("a header of %d rows", n)
	}
	return "a header row"
}
