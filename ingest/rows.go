package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// A results file often holds many contests in one table: OpenElections
// and MEDSL precinct files have one row per precinct, office, district
// and candidate; other archives have a column for the election or ballot
// type. A mapping's row filter (Mapping.Rows) keeps the rows of one
// contest and leaves the others out:
//
//	"rows": {"where": [
//	  {"column": "office", "values": ["President"]},
//	  {"column": "district", "except": ["99"]}
//	]}
//
// A row is kept when its cell in each condition's column (trimmed, as
// every cell is) is one of the condition's values, or, for an except
// condition, none of them. The filter runs after the row is split into
// cells and before any cell is read: a row left out is not checked
// further (its figures may be of another contest), but a row that is not
// well-formed CSV, or has fewer or more cells than the header row, is
// still an error, since its cells may have moved (a row of the wanted
// contest would be left out unseen).
//
// Nothing is left out unseen: the reader counts the rows left out
// (Table.LeftOut, Counts.LeftOut), a count says how many in a note, and
// a filter that keeps no row of a file is an error wrapping ErrNoRows.

// RowFilter keeps the rows whose cells match every condition of Where.
type RowFilter struct {
	Where []Condition `json:"where" strict:"required"`
}

// Condition is one column of a row filter and the cell texts it keeps
// (Values) or leaves out (Except): one of the two, not both. The texts
// are compared with the trimmed cell exactly, case and all.
type Condition struct {
	Column Column   `json:"column" strict:"required"`
	Values []string `json:"values,omitempty"`
	Except []string `json:"except,omitempty"`
}

// Counts is what a scan read (Options.Counts): the data rows of the file
// (header and SkipRows excluded) and, of those, the rows the mapping's
// row filter left out. Rows = the rows handed on + LeftOut + the rows
// skipped (Lenient), in a wide file. Blank counts apart the rows of empty
// cells alone (blank.go), which Rows does not count, as it counts no empty
// line; BlankLines holds the lines of the first MaxBlankLines of them.
type Counts struct {
	Rows, LeftOut int
	Blank         int
	BlankLines    []int
	// Empty counts the empty lines between data rows ("\n" or "\r\n"
	// alone: a line between sections), which Rows does not count either;
	// EmptyLines holds the first MaxBlankLines of them (EmptyNote). Empty
	// lines after the last row are not counted: they end the file.
	Empty      int
	EmptyLines []int
	// SkippedLines is the number of lines above the header that
	// skip_rows skipped unread: lines 1 to SkippedLines.
	SkippedLines int
	// FooterLines are the first and the last line footer_rows skipped
	// unread at the end of the file; zero for none.
	FooterLines [2]int
	// NotOnBallot counts the empty votes cells read as 0 votes, a choice
	// not on the row's ballot ("empty_votes": "not_on_ballot").
	NotOnBallot int
	// ZeroCells counts the empty figure cells read as 0 ("empty_cells":
	// "zero").
	ZeroCells int
	// NotGiven counts the figure cells read as empty cells for their
	// text ("not_given").
	NotGiven int
	// BareQuotes counts the cells of the rows read that hold a quote
	// they do not begin with (341;Gaststätte "Em Kontörke";1779), read
	// as a character of the cell (BareQuoteNote), in BareQuoteRows rows;
	// BareQuoteLines holds the lines of the first MaxBlankLines of them.
	BareQuotes, BareQuoteRows int
	BareQuoteLines            []int
	// PlacesNotGiven counts the region and okrug cells that read as a
	// text of "not_given" ("NA": Chile's comunas of no region in 2022),
	// each read as an empty cell, the precinct's region or okrug not
	// given (NotGivenPlaceNote), in PlacesNotGivenRows rows;
	// PlacesNotGivenLines holds the lines of the first MaxBlankLines of
	// them.
	PlacesNotGiven, PlacesNotGivenRows int
	PlacesNotGivenLines                []int
	// CompatCells counts the cells naming a precinct, a region, an okrug
	// or a long file's choice that were read in their compatibility form
	// (NFKC: Arabic presentation forms, full-width letters; compatfold.go),
	// in CompatRows rows; CompatLines holds the lines of the first
	// MaxBlankLines of them (CompatNote).
	CompatCells, CompatRows int
	CompatLines             []int
	// SpaceCells counts the cells naming a precinct, a region, an okrug
	// or a long file's choice that were read with each run of white space
	// inside them (two spaces, a tab, a no-break space) as one space
	// (spacerun.go), in SpaceRows rows; SpaceLines holds the lines of the
	// first MaxBlankLines of them.
	SpaceCells, SpaceRows int
	SpaceLines            []int
	// OtherDigits counts the figures written in Arabic-Indic or Persian
	// digits (arabicdigits.go), each read as the whole number its digits
	// write, in OtherDigitsRows rows; OtherDigitsLines holds the lines of
	// the first MaxBlankLines of them.
	OtherDigits, OtherDigitsRows int
	OtherDigitsLines             []int
	// DataHeader is the line of the header's last row when it reads as a
	// data row: its cells above the figures the mapping names by column
	// number are whole numbers (not the columns' own numbers) and its
	// precinct cells are given, one a number. skip_rows or header_rows may
	// then be one too many, and a data row read as the header is not
	// counted (finding I604). 0 when the header looks
	// like one.
	DataHeader int
	// SkippedData is the line skip_rows skipped last, in a file without a
	// header, when it reads as a data row: split at the delimiter it has
	// the first data row's width, and a whole number in every figure
	// column the mapping names. skip_rows may then be one too many, and a
	// data row lost (finding I609). 0 when not.
	SkippedData int
	// SummedAlike are the lines of the first two rows of a long file that
	// "choice_rows": "sum" summed although they differ in no cell but the
	// figure: not parts of one figure told apart by a column (a vote mode),
	// but a row repeated with another figure, or a total under a
	// precinct's name (finding I610); SummedAlikeN counts the rows that
	// repeat another so. Zero when none.
	SummedAlike  [2]int
	SummedAlikeN int
	// SummedRepeat are the protocols of a long file whose rows for a
	// choice "choice_rows": "sum" summed each give the same figure, one
	// entry a protocol, when every group of two rows or more summed for a
	// protocol and choice does so and one such figure is not 0: most
	// likely a total repeated on each of its parts' rows (Estonia's
	// party_votes_const on each candidate's row), which the sum counts
	// once per row (finding I611). nil when none.
	SummedRepeat []SummedRepeat
	// SameVotes is a long file whose every protocol of two choices or
	// more gives them one figure (two protocols at least, a figure not
	// 0): most likely a votes column that repeats a protocol's line
	// (the electorate), which makes each protocol a tie (finding I614).
	// nil when not so.
	SameVotes *SameVotes
	// SameParts are the parts of a long file's votes_column sum that
	// hold one figure on every choice's row of nearly every protocol: a
	// protocol's line repeated on its rows, which the sum adds to every
	// choice's votes (finding I615). nil when none.
	SameParts []SamePart
	// TotalsOff are the rows whose total of a sum's columns, the file's
	// own (Mapping.Totals), is not the sum of those columns, which is
	// counted (finding I616). nil when none.
	TotalsOff []TotalOff
	// SummedOver are the protocols of a long file whose votes, some
	// summed under "choice_rows": "sum", are more than their voters on
	// the list (finding I612, under the rule set's votes per ballot).
	SummedOver []SummedOver
	// SummedPeople are the protocols of a long file whose rows for a
	// choice of the okrug ballot "choice_rows": "sum" summed differ in a
	// column that names a person (a first name, a surname, a person's
	// ID), one entry a protocol: two candidates' votes summed as one's
	// (finding I613). nil when none.
	SummedPeople []SummedPeople
	// SummedNumbers are the protocols and choices of a long file whose
	// rows "choice_rows": "sum" summed differ in numeric cells alone, one
	// of them not the figure (a share, a row's number): no text cell
	// tells them apart as parts of one figure, so they are most likely
	// two people of one label or a repeated total (finding I610). nil
	// when none. SummedFigures counts the choice figures (a protocol's
	// choice) summed from two rows or more.
	SummedNumbers []SummedNumbers
	SummedFigures int
	// Unread are the columns that hold whole numbers on most of the
	// file's first rows and that no field of the mapping reads nor its
	// ignore names (unread.go): a choice left out of the mapping is never
	// counted, and a count says so in a note (UnreadNote).
	Unread []UnreadColumn
	// EmptyVotes counts the empty cells of a long file's votes column on
	// the rows Unread looks at (kept by the row filter); its zero value
	// for a wide file (VotesEmptyNotes).
	EmptyVotes EmptyVotes
	// Garbled says where the text of a file read in a single-byte code
	// page first has a word that reads as another code page's text; nil
	// when it has none (EncodingNote says it).
	Garbled *Garbled
	// FilledDown are the columns of Mapping.FillDown (filldown.go), each
	// with the empty cells it filled from the row above, in the mapping's
	// order; nil when it names none (FillDownNote says them).
	FilledDown []FilledDown
}

// String says the filter in a few words: `office = "President" and
// district not in ("1", "2")`.
func (f *RowFilter) String() string {
	if f == nil {
		return ""
	}
	var b strings.Builder
	for i, c := range f.Where {
		if i > 0 {
			b.WriteString(" and ")
		}
		if h := trimHeader(c.Column.Header); h != "" {
			b.WriteString(h)
		} else {
			b.WriteString(c.Column.String())
		}
		vs, op := c.Values, "="
		if len(c.Except) > 0 {
			vs, op = c.Except, "≠"
		}
		if len(vs) == 1 {
			b.WriteString(" " + op + " " + echo.Quote(strings.TrimSpace(vs[0])))
			continue
		}
		if op == "=" {
			b.WriteString(" in (")
		} else {
			b.WriteString(" not in (")
		}
		for j, v := range vs {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString(echo.Quote(strings.TrimSpace(v)))
		}
		b.WriteString(")")
	}
	return b.String()
}

// validate checks the conditions: each with a column, and values or
// except, not both. A nil filter is valid.
func (f *RowFilter) validate() error {
	if f == nil {
		return nil
	}
	if len(f.Where) == 0 {
		return mappingError("rows.where", "a row filter needs a condition: {\"column\": ..., \"values\": [...]}")
	}
	for i, c := range f.Where {
		name := "rows.where[" + strconv.Itoa(i) + "]"
		if err := checkColumn(name+".column", c.Column); err != nil {
			return err
		}
		switch {
		case len(c.Values) > 0 && len(c.Except) > 0:
			return mappingError(name, "give values (the cells kept) or except (the cells left out), not both")
		case len(c.Values) == 0 && len(c.Except) == 0:
			return mappingError(name+".values", "give values (the cells kept) or except (the cells left out)")
		}
	}
	return nil
}

// where is a condition of the row filter bound to a file's column.
type where struct {
	idx    int
	values []string // trimmed
	except bool
}

// match says whether a trimmed cell passes the condition.
func (w *where) match(cell []byte) bool {
	for _, v := range w.values {
		if string(cell) == v {
			return !w.except
		}
	}
	return w.except
}

// bindWhere finds the filter's columns in the header row, at: the
// columns of each trimmed header text. It returns the errors of the
// columns not found (or found twice).
func (s *scanner) bindWhere(at map[string][]int, ncols, line int, hint string) []error {
	f := s.m.Rows
	if f == nil {
		return nil
	}
	var errs []error
	s.where = make([]where, 0, len(f.Where))
	for i, c := range f.Where {
		pe := &ParseError{File: s.file, Line: line, Field: "rows.where[" + strconv.Itoa(i) + "].column", Header: c.Column.Header}
		w := where{except: len(c.Except) > 0}
		idx, col, err := locate(c.Column, ncols, at, hint)
		if err != nil {
			pe.Err, pe.Column = err, col
			errs = append(errs, pe)
			continue
		}
		w.idx = idx
		vs := c.Values
		if w.except {
			vs = c.Except
		}
		for _, v := range vs {
			w.values = append(w.values, strings.TrimSpace(v))
		}
		s.where = append(s.where, w)
	}
	return errs
}

// errLeftOut is what fill and fillLine return for a row the row filter
// leaves out: not an error, a row that is counted apart.
var errLeftOut = &ParseError{Line: -1, Err: errors.New("left out by the row filter")}

// keepsRecord says whether the cells of rec pass the row filter. A row
// too short to hold a filter's column is kept, so that reading it
// reports it.
func (s *scanner) keepsRecord(rec [][]byte) bool {
	for i := range s.where {
		w := &s.where[i]
		if w.idx >= len(rec) {
			return true
		}
		if !w.match(trimBytes(rec[w.idx])) {
			return false
		}
	}
	return true
}

// keepsLine is keepsRecord for a line without quotes.
func (s *scanner) keepsLine(line []byte) bool {
	delim := s.delimiter()
	for i := range s.where {
		w := &s.where[i]
		pos := 0
		for range w.idx {
			j := bytes.IndexByte(line[pos:], delim)
			if j < 0 {
				return true
			}
			pos += j + 1
		}
		end := len(line)
		if j := bytes.IndexByte(line[pos:], delim); j >= 0 {
			end = pos + j
		}
		if !w.match(trimBytes(line[pos:end])) {
			return false
		}
	}
	return true
}

// leaveOutLine returns errLeftOut for line n, without quotes, that the
// filter leaves out, or the error of a row of too few or too many cells.
func (s *scanner) leaveOutLine(line []byte, n int) *ParseError {
	if pe := s.checkCells(line, n, 0, 0); pe != nil {
		return pe
	}
	return errLeftOut
}

// leaveOutRecord is leaveOutLine for a record starting at line.
func (s *scanner) leaveOutRecord(rec [][]byte, line int) *ParseError {
	if pe := s.recordWidth(rec, line); pe != nil {
		return pe
	}
	return errLeftOut
}

// keptNone reports a filter that left out every row of the file that
// could be read: nothing to count is never an empty result.
func (s *scanner) keptNone(rows, skipped, header int) error {
	if s.where == nil || s.leftOut == 0 || s.leftOut+skipped < rows {
		return nil
	}
	unreadable := ""
	if skipped > 0 {
		unreadable = fmt.Sprintf(" (%d more unreadable)", skipped)
	}
	return &ParseError{File: s.file, Line: header, Field: "rows",
		Err: fmt.Errorf("%w: the mapping's row filter (%s) leaves out all %d rows of the file%s: is a value misspelt?", ErrNoRows, s.m.Rows, s.leftOut, unreadable)}
}

// LeftOutNote returns the note (in English; words "note.rows_left_out",
// or "note.columns_left_out" for a transposed file, whose row filter
// leaves out columns: a total, not another contest) of the rows m's row
// filter left out of file, or "" when m has no filter.
func LeftOutNote(file string, m Mapping, c Counts) string {
	if m.Rows == nil {
		return ""
	}
	key := "note.rows_left_out"
	if m.transposed() {
		key = "note.columns_left_out"
	}
	return words.Say("en", key, words.Args{"file": file, "left": strconv.Itoa(c.LeftOut), "rows": strconv.Itoa(c.Rows), "filter": m.Rows.String()})
}
