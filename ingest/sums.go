package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// A figure mapped to several columns ({"columns": ["Blancs", "Nuls"]}) is
// the sum of their cells. The per-cell loops read a sum's columns as they
// read any figure: its first column into the figure's own slot, the
// others into slots of their own after the figures of the Layout. Once a
// row is read whole, addSums adds those into the figure's slot, checked
// for overflow, and the row is cut back to the Layout: callers never see
// the extra slots. A mapping without sums pays nothing but a branch a
// row.
//
// A sum is given when each of its cells is: an empty cell leaves the
// figure not given, as an empty cell of a figure of one column does
// (never a silent 0). Under "empty_votes": "not_on_ballot", the empty
// votes cells of a row that gives other votes are read as 0 before the
// sums are made (notOnBallot), each cell as it would be alone: a split of
// a choice's votes whose machine half is empty is the paper half.
//
// A sum whose mapping names the file's own total of its columns
// (Mapping.Totals) reads that column into a slot of its own too; addSums
// compares it with the sum, and a row where they differ, both given, is
// kept (TotalOff) for the finding I616. The total is never added.

// sum is a figure mapped to several columns.
type sum struct {
	kind  fieldKind
	name  string  // the figure: "lines.invalid"
	slot  int32   // the figure's slot, where its first column is read
	parts []int32 // the slots of its other columns, after the Layout's
	total int32   // 1 + the slot of the file's total of its columns (Mapping.Totals); 0: none
}

// TotalOff is a row whose total of a sum's columns (Mapping.Totals) is not
// their sum: its line and precinct, the figure ("votes_column",
// "lines.valid"), the total's 1-based column and header, the total the row
// gives and the sum of its parts, which is counted.
type TotalOff struct {
	Line     int
	Precinct string
	Figure   string
	Index    int
	Header   string
	Total    int64
	Sum      int64
}

// initSums gives the columns of sums after the first their slots, after
// the nl, nv and np figures of the Layout, and returns the rows' widths
// with them.
func (s *scanner) initSums(nl, nv, np int) (int, int, int) {
	n := [3]int{nl, nv, np}
	for i := range s.fields {
		f := &s.fields[i]
		switch {
		case f.total:
			sec := int(f.kind - fLine)
			f.slot = n[sec]
			n[sec]++
			s.sums[len(s.sums)-1].total = int32(f.slot) + 1
		case f.sum == 1:
			s.sums = append(s.sums, sum{kind: f.kind, name: f.figure(), slot: int32(f.slot)})
		case f.sum > 1: // fields lists a sum's columns together (Mapping.fields)
			sec := int(f.kind - fLine)
			f.slot = n[sec]
			n[sec]++
			u := &s.sums[len(s.sums)-1]
			u.parts = append(u.parts, int32(f.slot))
		}
	}
	return n[0], n[1], n[2]
}

// widen gives a row's sections back their slots for the columns of sums
// (addSums cut them off), before the row is read again.
func (s *scanner) widen(row *Row) {
	row.Lines = row.Lines[:s.widths[0]]
	row.Votes = row.Votes[:s.widths[1]]
	row.Preferences = row.Preferences[:s.widths[2]]
}

// addSums makes the sums of a row read whole: each figure its columns'
// sum, or not given when one of them is empty; the extra slots are
// cleared, and left out of the row's Present lists and sections. A sum
// past int64 is the row's error, naming the figure and its columns.
//
//go:noinline
func (s *scanner) addSums(row *Row) *ParseError {
	for i := range s.sums {
		u := &s.sums[i]
		vs, _ := row.section(u.kind)
		t := &vs[u.slot]
		if s.long != nil && u.kind == fVote {
			s.long.keepParts(u, vs) // (a long file's votes_column: its parts followed, sameparts.go)
		}
		if t.OK && t.N < 0 {
			return s.negativePart(row, u, 0, t.N)
		}
		for k, p := range u.parts {
			v := vs[p]
			vs[p] = Value{}
			switch {
			case v.OK && v.N < 0:
				return s.negativePart(row, u, k+1, v.N)
			case !t.OK:
			case !v.OK:
				*t = Value{}
			default:
				n := t.N + v.N
				if (v.N > 0 && n < t.N) || (v.N < 0 && n > t.N) {
					cols, hs := s.sumColumns(u.name)
					return s.sumError(row.Line, u.name, fmt.Errorf("%w: the sum of the cells of %s leaves the int64 range (%d + %d)", ErrOutOfRange, s.sumParts(cols, hs), t.N, v.N))
				}
				t.N = n
			}
		}
		if u.total > 0 {
			v := vs[u.total-1]
			vs[u.total-1] = Value{}
			if t.OK && v.OK && v.N != t.N {
				s.totalOff(row, u, v.N, t.N)
			}
		}
	}
	for sec := range 3 {
		if s.widths[sec] == s.shown[sec] {
			continue
		}
		vs, present := row.section(fLine + fieldKind(sec))
		shown := int32(s.shown[sec])
		kept := (*present)[:0]
		for _, j := range *present {
			if j < shown && vs[j].OK {
				kept = append(kept, j)
			}
		}
		*present = kept
	}
	row.Lines = row.Lines[:s.shown[0]]
	row.Votes = row.Votes[:s.shown[1]]
	row.Preferences = row.Preferences[:s.shown[2]]
	return nil
}

// sumColumns returns the 1-based columns of the sum that gives figure
// ("lines.invalid") and their headers, in the sum's order; nil when the
// figure is no sum.
func (s *scanner) sumColumns(figure string) (cols []int, headers []string) {
	for i := range s.fields {
		f := &s.fields[i]
		if f.sum == 0 || f.total || f.figure() != figure {
			continue
		}
		for len(cols) < f.sum {
			cols, headers = append(cols, 0), append(headers, "")
		}
		cols[f.sum-1], headers[f.sum-1] = f.idx+1, f.header
	}
	return cols, headers
}

// negativePart is the error of a row whose part k (0 the first) of sum u
// is negative, v: a figure of one column may be negative, and the checks
// find it (a negative figure); in a sum it would vanish, so the row is
// refused, its place the part's column.
func (s *scanner) negativePart(row *Row, u *sum, k int, v int64) *ParseError {
	for _, p := range u.parts {
		vs, _ := row.section(u.kind)
		vs[p] = Value{}
	}
	cols, hs := s.sumColumns(u.name)
	pe := s.sumError(row.Line, u.name, fmt.Errorf("%w: %d in a part of the sum of %s: added in, it would vanish from the checks", ErrBadValue, v, s.sumParts(cols, hs)))
	if k < len(cols) {
		pe.Column, pe.Header = cols[k], hs[k]
		if s.turn != nil {
			s.turn.place(pe, cols[k]-1)
		}
	}
	return pe
}

// sumError is the error err of the sum that gives figure, in the row at
// line: its place is the sum's first column, and Sum lists them all.
func (s *scanner) sumError(line int, figure string, err error) *ParseError {
	cols, hs := s.sumColumns(figure)
	pe := &ParseError{File: s.file, Line: line, Field: figure, Sum: cols, Err: err}
	if len(cols) > 0 {
		pe.Column, pe.Header = cols[0], hs[0]
	}
	if s.turn != nil && len(cols) > 0 {
		// A transposed file's sum is of rows: the place is the first
		// one's cell in the precinct's column, and the message names the
		// rows (sumParts), not columns.
		pe.Sum = nil
		s.turn.place(pe, cols[0]-1)
	}
	return pe
}

// sumParts says the parts of a sum in a message: a wide file's columns
// (`columns 5 "Blancs" + 6 "Nuls"`), a transposed file's rows by their
// lines (`rows on lines 3 "blanco" + 4 "ongeldig"`).
func (s *scanner) sumParts(cols []int, headers []string) string {
	if s.turn == nil {
		return sumHeaders(cols, headers)
	}
	lines := make([]int, len(cols))
	for i, c := range cols {
		if c >= 1 && c <= len(s.turn.lines) {
			lines[i] = s.turn.lines[c-1]
		}
	}
	return "rows on lines " + strings.TrimPrefix(sumHeaders(lines, headers), "columns ")
}

// sumHeaders says the columns of a sum, with their headers when known:
// `columns 5 "Blancs" + 6 "Nuls"`.
func sumHeaders(cols []int, headers []string) string {
	var b strings.Builder
	b.WriteString("columns ")
	for i, c := range cols {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(strconv.Itoa(c))
		if i < len(headers) && headers[i] != "" {
			b.WriteString(" " + echo.Quote(headers[i]))
		}
	}
	return b.String()
}

// totalOff keeps row, whose total of the columns of sum u is total, not
// their sum (TotalOff).
func (s *scanner) totalOff(row *Row, u *sum, total, sum int64) {
	off := TotalOff{Line: row.Line, Precinct: row.Precinct.ID, Figure: u.name, Total: total, Sum: sum}
	for i := range s.fields {
		if f := &s.fields[i]; f.total && f.kind == u.kind && f.figure() == u.name {
			off.Index, off.Header = f.idx+1, f.header
			break
		}
	}
	s.totalsOff = append(s.totalsOff, off)
}
