package ingest

import (
	"errors"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// Sentinel errors. A *ParseError wraps one of them (sometimes two, such as
// ErrMapping and ErrUnknownField); test them with errors.Is. The JSON ones
// are those of internal/strictjson, the strict reader of every JSON input.
var (
	// ErrNotNumber: a cell meant to hold a count holds something else.
	ErrNotNumber = errors.New("not a whole number")
	// ErrOutOfRange: a number does not fit in an int64.
	ErrOutOfRange = strictjson.ErrOutOfRange
	// ErrShortRow: a row ends before a mapped column, or has fewer cells
	// than the header row names (a cell left out moves the ones after it).
	ErrShortRow = errors.New("row too short")
	// ErrLongRow: a row has a cell, not empty, past the last column of the
	// header row: no column is named for its value.
	ErrLongRow = errors.New("row too long")
	// ErrEmpty: a file has no line with a cell: no header and no rows,
	// nothing a mapping could name.
	ErrEmpty = errors.New("the file is empty")
	// ErrNotTable: a file is not a delimited table: one column, or rows
	// of varying widths at every delimiter the reader knows (a
	// ranked-ballot profile, a report's text).
	ErrNotTable = errors.New("not a delimited table")
	// ErrJSON: a file given as a table of protocols is a JSON document
	// (see NotJSON), which the CSV reader would only say has a stray
	// quote.
	ErrJSON = errors.New("this file is JSON, not CSV")
	// ErrXML: a file given as a table of protocols is an XML document
	// (its first line "<?xml": Clarity's detail.xml, EML, NIST's ERR in
	// XML), which the CSV reader would only say has rows too short.
	ErrXML = errors.New("this file is XML, not CSV")
	// ErrNoRows: a file has a header row and no data rows.
	ErrNoRows = errors.New("no data rows")
	// ErrNoFigures: a file has rows and no figure in any of them: a
	// results system's export before the count (votemanager's open data
	// publish the areas with their figure cells empty). Nothing can be
	// counted or drafted from it yet.
	ErrNoFigures = errors.New("no figures: no results yet")
	// ErrEncoding: a file is not in the encoding it is read in: UTF-8, or
	// the one its mapping names (Mapping.Encoding). UTF-32, UTF-16 without
	// a byte-order mark or its mapping naming it, or a byte the named
	// encoding does not define.
	ErrEncoding = errors.New("wrong character encoding")
	// ErrMissingHeader: a mapped column is not in the file's header row
	// (by its header text, or by its column number).
	ErrMissingHeader = errors.New("mapped column missing from the file")
	// ErrOtherFile: none of the columns a mapping names by header is in
	// a file whose first row reads as a header (no figure, no empty cell):
	// the mapping is likely another file's. It comes with ErrMissingHeader
	// (errors.Is finds both).
	ErrOtherFile = errors.New("the mapping is likely of another file")
	// ErrMapping: the mapping is wrong in itself (ReadMapping, Mapping.Validate)
	// or does not fit the file (a header that appears twice, two fields on
	// one column) or the data (WriteCSV).
	ErrMapping = errors.New("bad mapping")
	// ErrSyntax: the file is not well-formed CSV or JSON.
	ErrSyntax = strictjson.ErrSyntax
	// ErrUnknownField: a JSON object has a key the format does not define.
	ErrUnknownField = strictjson.ErrUnknownField
	// ErrType: a JSON value has the wrong type (a string where a number is
	// expected, a fraction where an integer is, null where a value is).
	ErrType = strictjson.ErrType
	// ErrBadValue: a value is not one the format allows (an unknown ballot
	// kind, an empty precinct ID, an abroad cell that is neither yes nor no,
	// a duplicate JSON key, a missing required field).
	ErrBadValue = strictjson.ErrBadValue
	// ErrDuplicateKey: a JSON object has a key twice (an ErrBadValue).
	ErrDuplicateKey = strictjson.ErrDuplicateKey
	// ErrMissing: a JSON object lacks a required field (an ErrBadValue).
	ErrMissing = strictjson.ErrMissing
	// ErrConflict: a row says something about a precinct that contradicts an
	// earlier row (another region, okrug or abroad flag). Only ReadCSV, which
	// keeps one Precinct per ID, reports it, and the reader of a long file
	// for the rows of one protocol (a repeated line column too).
	ErrConflict = errors.New("conflicts with an earlier row")
	// ErrContests: the rows a long file's row filter keeps give one okrug
	// the choices of two contests, told apart by a column the okrug is
	// not named by (U.S. House district 4 and State Senate district 4
	// under "district"): each of the column's texts gives its own
	// choices (contests.go).
	ErrContests = errors.New("two contests in one okrug")
)

// ParseError is an error in an input file, with its place.
//
// In a CSV file Line is the 1-based line where the cell starts (a quoted
// cell may span lines) and Column is the 1-based column number of the cell,
// as a spreadsheet counts columns; Field names the mapping field the column
// is mapped to ("precinct", "lines.voters", "votes.ata-jurt") and Header is
// the column's header text. In a JSON file Line and Column are the 1-based
// line and character (rune) column of the value or key, and Field is the
// path to it ("protocols[3].votes.ata-jurt", "lines.voters").
//
// Zero Line, Column or Field mean the error concerns no single place (an
// empty file, a mapping built in code).
type ParseError struct {
	File   string
	Line   int
	Column int
	Field  string
	Header string // CSV only: header text of the column, when known
	// Sum, for a figure mapped to several columns (their sum), lists
	// their 1-based numbers; Column and Header are then the first's.
	Sum []int
	Err error
}

// Error returns "file:line:col: field: reason", leaving out the parts that
// are not known; a sum's field says its columns: "lines.invalid (columns
// 5 + 6)".
func (e *ParseError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	// The same form as every strict-reader error; a mapping's key may hold
	// anything, so the field is echoed safely.
	path := echo.Text(e.Field)
	if len(e.Sum) > 0 {
		path += " (" + sumHeaders(e.Sum, nil) + ")"
	}
	se := strictjson.Error{File: e.File, Line: e.Line, Column: e.Column, Path: path, Err: e.Err}
	return se.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}
