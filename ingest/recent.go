package ingest

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// Two rows of a long file for one protocol and choice are either parts of
// one figure (a vote mode: election day, early, absentee; a candidate's
// row beside his list's) or not (two ballots, two contests, a total
// repeated on each of its parts' rows). Which columns tell them apart says
// which: the long reader keeps the cells of the last recentRows rows
// (a precinct's rows mostly come together) and, for the error of a second
// row (ErrDuplicateRow) and the findings of rows summed
// (Counts.SummedRepeat), names the columns whose cells differ between the
// two rows, with the texts a column holds in the rows kept when they are
// few (a ballot or contest type, to keep one of: ballot_column, rows.where).

// recentRows is the number of rows whose cells a long reader keeps.
const recentRows = 2048

// fewValues is the most texts a column may hold in the rows kept to be
// read as a type (of ballot, of contest, a vote mode) rather than a name.
const fewValues = 6

// recentRow is a row kept: its line and text (raw, a line as read, split
// when asked) or cells (cells, each ended at ends).
type recentRow struct {
	line  int
	raw   bool
	buf   []byte
	ends  []int
	valid bool
}

// recentRing keeps the last recentRows rows of a long file.
type recentRing struct {
	rows []recentRow
	next int
}

// keep copies the row's cells (Row.raw or Row.rec) into the ring.
func (r *recentRing) keep(row *Row) {
	if row.raw == nil && row.rec == nil {
		return
	}
	if len(r.rows) < recentRows {
		r.rows = append(r.rows, recentRow{})
		r.next = len(r.rows) - 1
	}
	e := &r.rows[r.next]
	r.next = (r.next + 1) % recentRows
	e.line, e.valid = row.Line, true
	e.buf, e.ends = e.buf[:0], e.ends[:0]
	if row.raw != nil {
		e.raw = true
		e.buf = append(e.buf, row.raw...)
		return
	}
	e.raw = false
	for _, c := range row.rec {
		e.buf = append(e.buf, c...)
		e.ends = append(e.ends, len(e.buf))
	}
}

// last returns the row kept last, if any.
func (r *recentRing) last() (*recentRow, bool) {
	if len(r.rows) == 0 {
		return nil, false
	}
	e := &r.rows[(r.next+len(r.rows)-1)%len(r.rows)]
	return e, e.valid
}

// cells returns the trimmed cells of the row kept at line, split at delim.
func (r *recentRing) cells(line int, delim byte) ([][]byte, bool) {
	for i := range r.rows {
		if e := &r.rows[i]; e.valid && e.line == line {
			return e.split(delim), true
		}
	}
	return nil, false
}

// split returns the row's cells, trimmed.
func (e *recentRow) split(delim byte) [][]byte {
	var cells [][]byte
	switch {
	case !e.raw:
		start := 0
		for _, end := range e.ends {
			cells = append(cells, e.buf[start:end])
			start = end
		}
	case bytes.IndexByte(e.buf, '"') < 0:
		cells = bytes.Split(e.buf, []byte{delim})
	default:
		t := newTokenizer(nil, delim)
		t.oneLine, t.lineOnly = true, true
		rec, err := t.record(e.buf, nil)
		if err != nil {
			cells = bytes.Split(e.buf, []byte{delim})
		} else {
			for _, c := range rec {
				cells = append(cells, bytes.Clone(c))
			}
		}
	}
	for i := range cells {
		cells[i] = trimBytes(cells[i])
	}
	return cells
}

// columnDiff is a column whose cells differ between two rows.
type columnDiff struct {
	idx       int      // 0-based
	name      string   // its header, or "" without one
	a, b      string   // the two rows' cells
	values    []string // the texts it holds in the rows kept, sorted, when fewValues or fewer
	read, fig bool     // a field reads it; it is the figure (votes_column)
}

// differ returns the columns whose cells differ between the rows at lines
// first and second, and whether both rows are kept; with values, each
// with the texts it holds in the rows kept (columnValues, which reads
// them all: for an error, or once).
func (lr *longReader) differ(first, second int, values bool) ([]columnDiff, bool) {
	delim := lr.s.delimiter()
	a, okA := lr.recent.cells(first, delim)
	b, okB := lr.recent.cells(second, delim)
	if !okA || !okB {
		return nil, false
	}
	var ds []columnDiff
	for i := range max(len(a), len(b)) {
		var x, y []byte
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if bytes.Equal(x, y) {
			continue
		}
		d := columnDiff{idx: i, a: string(x), b: string(y)}
		if i < len(lr.s.headerNames) {
			d.name = lr.s.headerNames[i]
		}
		for _, f := range lr.s.fields {
			if f.idx == i {
				d.read = true
				d.fig = d.fig || f.name == "votes_column"
			}
		}
		if values {
			d.values = lr.columnValues(i, delim)
		}
		ds = append(ds, d)
	}
	return ds, true
}

// columnValues returns the texts column i holds in the rows kept, sorted,
// when it reads as a type: fewValues texts or fewer, one on three rows or
// more, in rows kept four times as many as its texts (the first rows of a
// file tell a type from a name no better than a coin); nil otherwise.
func (lr *longReader) columnValues(i int, delim byte) []string {
	var vs []string
	var ns []int
	kept := 0
	for j := range lr.recent.rows {
		e := &lr.recent.rows[j]
		if !e.valid {
			continue
		}
		cells := e.split(delim)
		if i >= len(cells) {
			continue
		}
		kept++
		k := slices.Index(vs, string(cells[i]))
		if k < 0 {
			if len(vs) == fewValues {
				return nil
			}
			vs, ns = append(vs, string(cells[i])), append(ns, 0)
			k = len(vs) - 1
		}
		ns[k]++
	}
	if kept < 4*len(vs) || slices.Max(ns) < 3 {
		return nil
	}
	slices.Sort(vs)
	return vs
}

// columnName names a column in messages: `column 7 "BallotType"`.
func (d columnDiff) columnName() string {
	if d.name == "" {
		return "column " + strconv.Itoa(d.idx+1)
	}
	return "column " + strconv.Itoa(d.idx+1) + " " + echo.Quote(d.name)
}

// diffText says in words how two rows differ, for the error of a second
// row of a protocol and choice and the findings of rows summed: the
// columns whose cells differ (the figure apart), each with the two cells,
// and, when a column no field reads holds few texts in the rows kept (a
// ballot or contest type), how to keep one of them before summing, and a
// column no field reads of a whole number on both rows, as the figure to
// sum (Estonia's candidate_votes beside the party's total). Empty
// when the rows are not kept; others says that a cell other than the
// figure differs.
func (lr *longReader) diffText(first, second int) (text string, others bool) {
	ds, ok := lr.differ(first, second, true)
	if !ok {
		return "", false
	}
	var cols []string
	var typed, figure *columnDiff
	for i := range ds {
		d := &ds[i]
		if d.fig {
			continue
		}
		cols = append(cols, fmt.Sprintf("%s (%s on line %d, %s on line %d)", d.columnName(), echo.Quote(d.a), first, echo.Quote(d.b), second))
		if typed == nil && !d.read && len(d.values) >= 2 {
			typed = d
		}
		if figure == nil && !d.read && !codeHeader(d.name) {
			if a, ok := wholeNumber([]byte(d.a)); ok {
				if b, ok := wholeNumber([]byte(d.b)); ok && !rowNumbers(a, b, first, second) {
					figure = d
				}
			}
		}
	}
	if len(cols) == 0 {
		return fmt.Sprintf("; the rows on lines %d and %d differ in no cell but the figure", first, second), false
	}
	if len(cols) > 4 {
		cols = append(cols[:4], fmt.Sprintf("and %d more", len(cols)-4))
	}
	text = fmt.Sprintf("; the rows on lines %d and %d differ in %s", first, second, strings.Join(cols, ", "))
	if typed != nil {
		vs := make([]string, len(typed.values))
		for i, v := range typed.values {
			vs[i] = echo.Quote(v)
		}
		h := typed.name
		if h == "" {
			h = strconv.Itoa(typed.idx + 1)
		}
		text += fmt.Sprintf(`; %s holds few texts (%s): if they are ballots or contests, not parts of one figure, count one of them before any sum: "ballot_column": %q with "ballot_values" (a ballot each), or "rows": {"where": [{"column": %q, "values": [%q]}]}`,
			typed.columnName(), strings.Join(vs, ", "), h, h, typed.a)
	}
	if figure != nil && figure != typed {
		text += fmt.Sprintf("; %s, which no field reads, holds a whole number on both rows (%s, %s): if it is each row's own figure (a candidate's votes), it is the votes_column whose rows a sum adds",
			figure.columnName(), figure.a, figure.b)
	}
	return text, true
}
