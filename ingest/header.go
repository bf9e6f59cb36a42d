package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/internal/echo"
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
// nothing. When the last row runs to the last column any row names,
// the columns after it (a trailing delimiter's) take no span and are
// named "". A last row of the
// columns' own numbers (columnNumbers: Form 20's "1,2,...,11" under its
// names) names nothing.
func joinHeader(rows [][]string) []string {
	n := 0
	for _, row := range rows {
		n = max(n, len(row))
	}
	// own is the columns up to the last that has a cell of its own in
	// some row. When the last row runs to it, the empty columns after it
	// (a trailing delimiter's: Form 20's ",1,2,...,11,") take no name
	// from a merged cell at their left.
	own, lastEnd := 0, 0
	for k, row := range rows {
		for j := range row {
			if trimHeader(row[j]) != "" {
				own = max(own, j+1)
				if k == len(rows)-1 {
					lastEnd = j + 1
				}
			}
		}
	}
	if lastEnd < own {
		own = n
	}
	if len(rows) > 1 && columnNumbers(rows[len(rows)-1]) {
		rows = rows[:len(rows)-1] // (numbers, no names)
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
			case !last && j < own:
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

// validateNoHeader checks a mapping of a file without a header row: each
// column named by its number, a header of no rows, a file not transposed
// (whose header row names its precincts).
func (m *Mapping) validateNoHeader() error {
	if m.RowNames && m.transposed() {
		return mappingError("row_names", "a transposed file's header names its precincts, each over its own column: set row_names for a wide or a long file")
	}
	if !m.NoHeader {
		return nil
	}
	switch {
	case m.HeaderRows > 0:
		return mappingError("header_rows", "no_header: the file has no header row, so it has no header rows either")
	case m.RowNames:
		return mappingError("row_names", "no_header: the file has no header row, so no header is one name short of its rows")
	case m.transposed():
		return mappingError("no_header", "a transposed file names its precincts in its header row: it has one")
	}
	for _, f := range m.fields() {
		if f.col.Header != "" {
			return mappingError(f.name, "no_header: the file has no header row, so %s is named by its number, as {\"column\": N}", f.name)
		}
	}
	if m.Rows != nil {
		for i, w := range m.Rows.Where {
			if w.Column.Header != "" {
				return mappingError(fmt.Sprintf("rows.where[%d].column", i), "no_header: the file has no header row, so the column is named by its number, as {\"column\": N}")
			}
		}
	}
	return nil
}

// headless is the source of a file without a header row once its first
// row is read (by readHeader, to know its width): that row, then the
// file's other rows.
type headless struct {
	recordSource
	first [][]byte
	lines []int
	given bool
	// bad are the rows before the first that could not be read (with
	// Options.Lenient): given first, each a row to skip as any other.
	bad []badRecord
	// firstBare is the first row's bareCells.
	firstBare int
}

func (h *headless) bareCells() int {
	if h.lines != nil {
		return h.firstBare
	}
	if b, ok := h.recordSource.(bareCounter); ok {
		return b.bareCells()
	}
	return 0
}

// badRecord is a row the source could not read: the cells read before the
// error, and the error.
type badRecord struct {
	cells int
	err   error
}

func (h *headless) read() ([][]byte, error) {
	if len(h.bad) > 0 {
		b := h.bad[0]
		h.bad = h.bad[1:]
		return make([][]byte, b.cells), b.err
	}
	if !h.given {
		h.given = true
		return h.first, nil
	}
	h.lines = nil
	return h.recordSource.read()
}

func (h *headless) fieldLine(i int) int {
	if h.lines != nil {
		return h.lines[min(i, len(h.lines)-1)]
	}
	return h.recordSource.fieldLine(i)
}

// headlessHeader reads the first data row of a file without a header row
// and returns a header of as many empty names (the columns are named by
// number), the line of that row, and the source that gives it again.
func (s *scanner) headlessHeader(src recordSource) ([][]byte, int, recordSource, error) {
	// A row that cannot be read is skipped with Options.Lenient, as it is
	// past the first: the first readable row gives the file's width.
	var bad []badRecord
	rec, err := src.read()
	for ce := (*csv.ParseError)(nil); err != nil && err != io.EOF && s.o.Lenient && errors.As(err, &ce); rec, err = src.read() {
		bad = append(bad, badRecord{cells: len(rec), err: err})
	}
	if err == io.EOF && len(bad) > 0 {
		if pe := s.skipOpenError(bad[0].err, bad[0].cells); pe != nil {
			return nil, 0, nil, pe
		}
		return nil, 0, nil, s.readError(bad[0].err, bad[0].cells)
	}
	if err == io.EOF {
		return nil, 0, nil, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file has no row", ErrNoRows)}
	}
	if err != nil {
		if pe := s.skipOpenError(err, len(rec)); pe != nil {
			return nil, 0, nil, pe
		}
		return nil, 0, nil, s.readError(err, len(rec))
	}
	if len(bad) == 0 {
		if pe := s.skipOpenBare(src); pe != nil {
			return nil, 0, nil, pe
		}
	}
	h := &headless{recordSource: src, first: make([][]byte, len(rec)), lines: make([]int, len(rec)), bad: bad}
	if b, ok := src.(bareCounter); ok {
		h.firstBare = b.bareCells()
	}
	for i, c := range rec {
		h.first[i] = bytes.Clone(c)
		h.lines[i] = src.fieldLine(i)
	}
	if len(rec) == 0 {
		h.lines = []int{src.fieldLine(0)}
	}
	return make([][]byte, len(rec)), h.lines[0], h, nil
}

// skipLines reads the lines above the header (SkipRows) raw, each to its
// line end, and returns how many it read. They are lines as an editor
// shows them, blank ones included, and are not read as CSV: a title with
// a stray quote is skipped as any other.
func (s *scanner) skipLines(br *bufio.Reader) (int, error) {
	quotes := 0
	for i := 0; i < s.m.SkipRows; i++ {
		line, err := br.ReadSlice('\n')
		quotes += bytes.Count(line, []byte{'"'})
		for err == bufio.ErrBufferFull {
			line, err = br.ReadSlice('\n')
			quotes += bytes.Count(line, []byte{'"'})
		}
		if err == io.EOF && len(line) == 0 {
			want := ErrMissingHeader
			if s.m.NoHeader {
				want = ErrNoRows
			}
			return i, &ParseError{File: s.file, Field: "skip_rows", Err: fmt.Errorf("%w: the file has %d lines, and skip_rows skips %d", want, i, s.m.SkipRows)}
		}
		if err != nil && err != io.EOF {
			return i, &ParseError{File: s.file, Line: i + 1, Err: err}
		}
		s.skippedLines = i + 1
		if s.m.NoHeader && i == s.m.SkipRows-1 {
			s.lastSkipped = bytes.TrimRight(bytes.Clone(line), "\r\n")
		}
	}
	if quotes%2 == 1 {
		s.openCellEnd = openCellEnd(br, s.skippedLines)
	}
	return s.m.SkipRows, nil
}

// openCellEnd returns the line where a quoted cell left open by the
// skipped lines ends (an odd number of quotes in them: in CSV every
// quoted cell has two and every quote inside one is doubled), read ahead
// of the unread text, or 0 when its end is not in the read-ahead. The
// lines skipped are last to the line before the text.
func openCellEnd(br *bufio.Reader, last int) int {
	b, err := br.Peek(br.Size())
	line := last + 1
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\n':
			line++
		case b[i] != '"':
		case i+1 < len(b) && b[i+1] == '"':
			i++ // a doubled quote, inside the cell
		case i+1 < len(b) || err != nil:
			return line
		}
	}
	return 0
}

// skipOpenError is the error of the first record after the skipped lines
// when it is no CSV and those lines leave a quoted cell open: skip_rows
// counts lines, and a header cell over two lines ends the skip inside
// it, so the error names skip_rows and the count that skips the whole
// cell. nil when not.
func (s *scanner) skipOpenError(err error, fields int) *ParseError {
	var ce *csv.ParseError
	if s.openCellEnd == 0 || !errors.As(err, &ce) {
		return nil
	}
	pe := s.readError(err, fields)
	pe.Field = "skip_rows"
	pe.Err = fmt.Errorf(`%w: the last line skipped, line %d, leaves a quoted cell open, which ends on line %d; skip_rows counts lines, and a cell over several lines counts each of them: set "skip_rows": %d in the mapping`,
		pe.Err, s.skippedLines, s.openCellEnd, s.openCellEnd)
	return pe
}

// skipOpenBare is skipOpenError for the first record after the skipped
// lines when it reads, but a cell of it holds a quote it does not begin
// with (bareFielder): that quote ends the cell the skipped lines leave
// open (Serbia's ` ",Cedomir Jovanovic`). nil when not.
func (s *scanner) skipOpenBare(src recordSource) *ParseError {
	b, ok := src.(bareFielder)
	if s.openCellEnd == 0 || !ok || b.bareCells() == 0 {
		return nil
	}
	field := b.firstBare()
	line := src.fieldLine(field)
	return s.skipOpenError(&csv.ParseError{StartLine: line, Line: line, Err: csv.ErrBareQuote}, field)
}

// skippedLikeData returns the line of the last line skip_rows skipped in
// a file without a header when it reads as a data row of width cells:
// split at the delimiter (its quotes not read, as the line was not), it
// has that many cells, and every figure column the mapping names holds a
// whole number (or says the figure is not given), one at least. 0 when
// not: a comment, a title or a blank line is no data row.
func (s *scanner) skippedLikeData(width int) int {
	if s.lastSkipped == nil {
		return 0
	}
	cells := bytes.Split(s.lastSkipped, []byte{s.delimiter()})
	if len(cells) != width {
		return 0
	}
	n := 0
	for _, f := range s.fields {
		if f.kind < fLine || f.idx >= len(cells) {
			continue
		}
		c := bytes.TrimSpace(cells[f.idx])
		if f.notGiven && s.saysNotGiven(c) {
			continue
		}
		if _, err := parseIntSep(c, f.sep); len(c) == 0 || err != nil {
			return 0
		}
		n++
	}
	if n == 0 {
		return 0
	}
	return s.skippedLines
}

// readHeader reads the header's rows, and returns the header's cells (each column's joined, joinHeader,
// when the header is several rows) and the line where the header begins.
// A header of one row is returned as read, valid until the next read.
func (s *scanner) readHeader(src recordSource) ([][]byte, int, error) {
	n := s.m.headerRows()
	var rows [][]string
	line := 0
	tk, _ := src.(*tokenizer)
	if tk != nil {
		tk.keepFirst = true
		defer func() { tk.keepFirst = false }()
	}
	for i := 0; i < n; i++ {
		rec, err := src.read()
		if err == io.EOF {
			if i == 0 && s.skippedLines == 0 {
				return nil, 0, &ParseError{File: s.file, Err: ErrEmpty}
			}
			if i == 0 {
				return nil, 0, &ParseError{File: s.file, Field: "skip_rows", Err: fmt.Errorf("%w: the file has no header row: it ends within the %d lines skip_rows skips", ErrMissingHeader, s.skippedLines)}
			}
			return nil, 0, &ParseError{File: s.file, Line: line, Field: "header_rows",
				Err: fmt.Errorf("%w: the header is %d rows (header_rows), but the file ends after %d of them", ErrMissingHeader, n, len(rows))}
		}
		if err != nil {
			if pe := s.skipOpenError(err, len(rec)); i == 0 && pe != nil {
				return nil, 0, pe
			}
			var ce *csv.ParseError
			if tk != nil && errors.As(err, &ce) {
				if d := s.quotedDelimiter(tk.first); d != "" {
					return nil, 0, &ParseError{File: s.file, Line: ce.StartLine, Field: "delimiter",
						Err: fmt.Errorf("%w: the header row is no CSV split at %q (%v); split at %q it holds the columns the mapping names: set \"delimiter\": %q in the mapping", ErrMissingHeader, s.delimiter(), ce.Err, d, d)}
				}
			}
			return nil, 0, s.readError(err, len(rec))
		}
		if i == 0 {
			if pe := s.skipOpenBare(src); pe != nil {
				return nil, 0, pe
			}
			line = src.fieldLine(0)
			s.lastHeader, s.lastHeaderLine = nil, line
			if n == 1 {
				return rec, line, nil
			}
		}
		row := make([]string, len(rec))
		for j, c := range rec {
			row[j] = string(c)
		}
		rows = append(rows, row)
		s.lastHeader, s.lastHeaderLine = row, src.fieldLine(0)
	}
	s.headerRowsRead = rows
	joined := joinHeader(rows)
	cells := make([][]byte, len(joined))
	for j, h := range joined {
		cells[j] = []byte(h)
	}
	return cells, line, nil
}

// noHeaderFound is the one error of a header that names none of the
// columns the mapping names by header text (missing of them, two or more,
// are missing; rows.where's columns are not counted), or, read as several
// rows, fewer of them than the header of one row fewer names: the rows
// read as the header are likely not it, so the error says what they read
// and names skip_rows and header_rows, rather than listing each column
// missing. Its field is the one likelier off:
// header_rows when the header is said to be several rows and nothing is
// skipped (a header of one row read as several takes data rows in, and a
// data row's empty cells leave the names above them whole), else
// skip_rows (title rows above the header), or both when both are set,
// or no_header when the first row is read as the header and a cell of it
// is a whole number (a header names what the mapping looks for, and
// this one names none of it): a data row, in a file with no header.
// The cells quoted are cut as every echoed value is (echo.Quote): a
// banner row, or a file read in the wrong encoding, may be one cell of
// thousands of characters. nil when the header is likely right: some
// column found and no header of fewer rows finds more.
func (s *scanner) noHeaderFound(header [][]byte, line, missing int) *ParseError {
	var names []string
	for _, f := range s.fields {
		if f.col.Header != "" {
			names = append(names, trimHeader(f.col.Header))
		}
	}
	named := len(names)
	if named < 2 {
		return nil
	}
	has := func(cells []string) (n int, which []string) {
		for _, h := range names {
			if slices.Contains(cells, h) {
				n++
				if !slices.Contains(which, h) {
					which = append(which, h)
				}
			}
		}
		return n, which
	}
	trimmed := make([]string, len(header))
	for i, h := range header {
		trimmed[i] = trimHeader(string(h))
	}
	found, which := has(trimmed)
	skip, rows := s.m.SkipRows, s.m.headerRows()
	// A header of one row fewer that names more of the columns, when most
	// are missing: the last row read as the header is likely a data row.
	fewer, fewerHas := []string(nil), 0
	if rows > 1 && len(s.headerRowsRead) == rows && 2*missing >= named {
		fewer = joinHeader(s.headerRowsRead[:rows-1])
		for i := range fewer {
			fewer[i] = trimHeader(fewer[i])
		}
		if fewerHas, _ = has(fewer); fewerHas <= found {
			fewer = nil
		}
	}
	if missing < named && fewer == nil {
		return nil
	}
	quote := func(cells []string, most int) string {
		var q []string
		for _, t := range cells {
			if t != "" && len(q) < most {
				q = append(q, echo.Quote(t))
			}
		}
		if len(q) == 0 {
			return "nothing but empty cells"
		}
		out := strings.Join(q, ", ")
		if len(cells) > len(q) {
			out += ", …"
		}
		return out
	}
	reads := quote(trimmed, 4)
	why := "the header is likely other rows"
	field, likely := "skip_rows", fmt.Sprintf("skip_rows (%d) says how many lines come before it, header_rows (%d) how many it has", skip, rows)
	switch {
	case fewer != nil:
		them := fmt.Sprintf("%d of them", fewerHas)
		if fewerHas == named {
			them = "all of them"
		}
		set := fmt.Sprintf("set \"header_rows\": %d", rows-1)
		if rows-1 == 1 {
			set += " (or leave it out)"
		}
		field, why = "header_rows", fmt.Sprintf("the header of one row fewer (%s at line %d) reads %s and has %s: header_rows (%d) is likely one too many, the last row read as the header a data row (whose empty cells left the names above them whole)",
			rowsText(rows-1), line, quote(fewer, 6), them, rows)
		likely = set
	case rows > 1 && skip == 0:
		field, likely = "header_rows", fmt.Sprintf("header_rows (%d) says how many rows it has (1 when left out), skip_rows (%d) how many lines come before it", rows, skip)
	case rows > 1:
		field = "skip_rows and header_rows"
	case skip == 0 && figures(header) >= 1:
		// The first row is likely data: a file without a header row (a
		// long file's row has one figure, Montana's votes, beside the
		// names of its precinct and candidate).
		field, why = "no_header", "it reads as a data row (its cells are figures)"
		if figures(header) == 1 {
			why = "it reads as a data row (a cell of it is a figure, where a header names columns)"
		}
		likely = fmt.Sprintf(`if the file has no header row, "no_header": true reads every row as data, each column named by its number ({"column": N}); if it has one, skip_rows (%d) says how many lines come before it, header_rows (%d) how many it has`, skip, rows)
	}
	if found == 0 && fewer == nil && skip == 0 && rows == 1 && headerLike(trimmed) {
		// A row of names, none of them the mapping's: not a title above
		// the header (a title leaves cells empty) nor data (figures).
		return &ParseError{File: s.file, Line: line,
			Err: fmt.Errorf("%w (%w): none of the mapping's columns (%s) is in this file, whose header row reads %s: is the mapping for another file? (If the header is further down, skip_rows (0) says how many lines come before it.)",
				ErrMissingHeader, ErrOtherFile, quote(names, 3), reads)}
	}
	none := fmt.Sprintf("none of the %d columns the mapping names by header is in %s at line %d", named, s.headerName(), line)
	if found > 0 {
		none = fmt.Sprintf("%d of the %d columns the mapping names by header are missing from %s at line %d (it has %s alone)", missing, named, s.headerName(), line, quote(which, 4))
	}
	return &ParseError{File: s.file, Line: line, Field: field,
		Err: fmt.Errorf("%w: %s, which reads %s: %s; %s", ErrMissingHeader, none, reads, why, likely)}
}

// headerLike says whether a row read as the header names columns as a
// header does: two cells or more, none of them empty, none a figure.
func headerLike(cells []string) bool {
	if len(cells) < 2 {
		return false
	}
	for _, c := range cells {
		if c == "" {
			return false
		}
		if _, err := parseInt([]byte(c)); err == nil {
			return false
		}
	}
	return true
}

// rowsText says n rows in words: "one row", "3 rows".
func rowsText(n int) string {
	if n == 1 {
		return "one row"
	}
	return strconv.Itoa(n) + " rows"
}

// figures counts the cells of a row that are whole numbers ("1711",
// "-3"), as a data row's figures are and a header's names seldom are.
func figures(row [][]byte) int {
	n := 0
	for _, c := range row {
		if _, err := strconv.ParseInt(strings.TrimSpace(string(c)), 10, 64); err == nil {
			n++
		}
	}
	return n
}

// headerLikeData returns the line of the header's last row when it reads
// as a data row (Counts.DataHeader): its cells above the figures the
// mapping names by column number are all whole numbers, two of them at
// least, and not the columns' own numbers (the row of column numbers under
// a CIS form's header); and its precinct cells are all given, one of them
// a number, separators and all ("01.01"; a row of years under the parties
// leaves the precinct's cell empty, a header of ballot numbers names the
// precinct's column in words), or, for a precinct named in words
// ("Evros"), figures that are no list numbers (rising, below 1000). 0
// otherwise. header is the header read
// (readHeader), whose cells are the last row's when the header is one
// row. A mapping by header texts is checked so too: one drafted from a
// file without its header row names its figures by a data row's numbers.
func (s *scanner) headerLikeData(header [][]byte, line int) int {
	cell := func(i int) string {
		if s.lastHeader != nil {
			if i < len(s.lastHeader) {
				return strings.TrimSpace(s.lastHeader[i])
			}
			return ""
		}
		if i < len(header) {
			return strings.TrimSpace(string(header[i]))
		}
		return ""
	}
	// whole: a number the reader reads as a figure ("195.0", "314,00"
	// too, and "10,701" under the mapping's "thousands": ","), so that a
	// data row whose figures are so written is no header.
	whole := func(c string, sep byte) bool {
		_, err := parseIntSep([]byte(c), sep)
		return c != "" && err == nil
	}
	// A precinct numbered with separators ("01.01", Georgia's district
	// and station; "12/3") is a number too; a word is not.
	numbered := func(c string) bool {
		digit := false
		for _, r := range c {
			switch {
			case r >= '0' && r <= '9':
				digit = true
			case unicode.IsLetter(r):
				return false
			}
		}
		return digit
	}
	// (A header's last row of the columns' own numbers, off by one
	// where the CSV adds an empty first column, is no data row:
	// columnNumbers.)
	if s.lastHeader != nil && columnNumbers(s.lastHeader) {
		return 0
	}
	n, ownNumbers := 0, true
	keyNumber, choiceData := false, false
	// ballots: the figures' cells rise, each below 1000, as the numbers
	// of the lists on a ballot do over their columns.
	ballots, last := true, int64(-1)
	// byText: a figure is named by its header's text; years: every such
	// header a year; large: one of 1000 or more.
	byText, years, large := false, true, false
	for _, f := range s.fields {
		switch {
		case f.kind == fPrecinct && len(f.col.Columns) == 0, f.kind == fKey:
			c := cell(f.idx)
			if c == "" {
				return 0
			}
			keyNumber = keyNumber || numbered(c)
		case f.kind == fChoice:
			// A long file's choice cell that names a choice (or a line)
			// of the mapping's values is a data row's, in any of its
			// choice columns.
			c := cell(f.idx)
			_, choice := s.m.ChoiceValues[c]
			_, line := s.m.LineValues[c]
			choiceData = choiceData || choice || line
		case f.kind >= fLine && len(f.col.Columns) == 0:
			c := cell(f.idx)
			if f.notGiven && s.saysNotGiven([]byte(c)) {
				continue // a figure not given, as a data row may say (Mapping.NotGiven)
			}
			if !whole(c, f.sep) {
				return 0
			}
			ownNumbers = ownNumbers && c == strconv.Itoa(f.idx+1)
			v, err := parseIntSep([]byte(c), f.sep)
			ballots = ballots && err == nil && v > last && v < 1000
			last = v
			n++
			if f.col.Index == 0 {
				byText = true
				years = years && v >= 1900 && v <= 2100
				large = large || v >= 1000
			}
		}
	}
	// A mapping that names every figure by a header of a whole number
	// was drafted from a data row read as the header ("6064", a choice's
	// votes, over the figures below it), unless the numbers are years
	// over each column or the lists' numbers; one such number, of four
	// digits or more, is enough.
	if byText && (years || n < 2 && !large) {
		return 0
	}
	if byText && n == 1 {
		n = 2
	}
	// A precinct named in words ("Evros") is no header's word when the
	// figures are no list numbers: a data row of a file whose precincts
	// are named so. A long file has one figure a row: a number over it
	// with a numbered precinct, or a choice the mapping names, over the
	// others (the UK's file of candidates without a header: "1821",
	// "David Cox", "80") is a data row too.
	longData := s.m.Shape == "long" && n == 1 && !ownNumbers && (keyNumber || choiceData)
	if !longData && (n < 2 || ownNumbers || !keyNumber && ballots) {
		return 0
	}
	if s.lastHeader != nil {
		return s.lastHeaderLine
	}
	return line
}

// headerName says what the file's header is in a message: "a header row",
// or "a header of 3 rows".
func (s *scanner) headerName() string {
	if n := s.m.headerRows(); n > 1 {
		return fmt.Sprintf("a header of %d rows", n)
	}
	return "a header row"
}

// quotedDelimiter returns the delimiter, other than the mapping's, at
// which raw (a header row that is no CSV at the mapping's delimiter:
// quoted cells joined by another) reads as CSV holding every column the
// mapping names by header (two cells at least when it names none); ""
// when no other does.
func (s *scanner) quotedDelimiter(raw []byte) string {
	for _, d := range []string{",", ";", "\t", "|"} {
		if d[0] == s.delimiter() {
			continue
		}
		rec, err := newTokenizer(bufio.NewReader(bytes.NewReader(raw)), d[0]).read()
		kept := raw
		if err != nil && bytes.IndexByte(raw, s.delimiter()) < 0 && bytes.Count(raw, []byte(d)) > 0 {
			// A quoted cell that goes on past the line (Serbia's "Ruska
			// Stranka" and a line break): raw is the header's first line
			// alone. Its cells before that one are those at d, and a
			// column the mapping names after it is not in raw at all.
			kept = raw[:bytes.LastIndexByte(raw, d[0])]
			rec, err = newTokenizer(bufio.NewReader(bytes.NewReader(kept)), d[0]).read()
		}
		if err != nil || len(rec) < 2 {
			continue
		}
		cells := map[string]bool{}
		for _, c := range rec {
			cells[trimHeader(string(c))] = true
		}
		ok := true
		for _, f := range s.fields {
			h := trimHeader(f.col.Header)
			// (A column named by its number is in the header when the
			// whole line splits into that many cells.)
			if f.col.Index == 0 && h != "" && !cells[h] && (len(kept) == len(raw) || bytes.Contains(kept, []byte(h))) ||
				f.col.Index > len(rec) && len(kept) == len(raw) {
				ok = false
				break
			}
		}
		if ok {
			return d
		}
	}
	return ""
}

// maxTitleLines is how many lines below the row read as the header
// titleAbove looks through for the header.
const maxTitleLines = 50

// titleAbove is the error of a header row that is a title above the
// header (a title line, "Landtagswahl 2018, 25.02.2018 (...)", read as
// the header for want of skip_rows): the lines below it, s.below from
// line s.belowLine on, split at the mapping's delimiter, into cells that
// hold every column the mapping names by header (or, when it names them
// by number alone, into more cells than the row read and as many as the
// mapping needs). The error proposes the skip_rows that reads the
// header there, counting the lines above it as skip_rows does, blank
// ones too. nil when no line below reads so: the header is missing
// columns, or split by another delimiter (otherDelimiter).
func (s *scanner) titleAbove(header [][]byte, line int) *ParseError {
	if s.belowLine == 0 {
		return nil
	}
	delim := s.delimiter()
	named, need := 0, 2
	for _, f := range s.fields {
		if f.col.Index == 0 && f.col.Header != "" {
			named++
		}
		need = max(need, f.col.Index)
	}
	rest := s.below
	for n := s.belowLine; n < s.belowLine+maxTitleLines && len(rest) > 0; n++ {
		l, after, _ := bytes.Cut(rest, []byte{'\n'})
		rest = after
		rec, err := newTokenizer(bufio.NewReader(bytes.NewReader(l)), delim).read()
		if err != nil || len(rec) <= len(header) {
			continue
		}
		ok := named > 0 || len(rec) >= need
		if named > 0 {
			cells := map[string]bool{}
			for _, c := range rec {
				cells[trimHeader(string(c))] = true
			}
			for _, f := range s.fields {
				if h := trimHeader(f.col.Header); f.col.Index == 0 && h != "" && !cells[h] {
					ok = false
					break
				}
			}
		}
		if !ok {
			continue
		}
		above := fmt.Sprintf("line %d looks", line)
		if n-1 > line {
			above = fmt.Sprintf("lines %d-%d look", line, n-1)
		}
		holds := "holds the columns the mapping names"
		if named == 0 {
			holds = "splits into " + columns(len(rec))
		}
		now := ""
		if s.m.SkipRows > 0 {
			now = fmt.Sprintf(" (it is %d)", s.m.SkipRows)
		}
		return &ParseError{File: s.file, Line: line, Field: "skip_rows",
			Err: fmt.Errorf("%w: the row read as the header, line %d, has %s, and line %d, split at %q, %s: %s like a title above the header: say \"skip_rows\": %d in the mapping%s (it counts the lines above the header, blank ones too)",
				ErrMissingHeader, line, columns(len(header)), n, string(delim), holds, above, n-1, now)}
	}
	return nil
}
