package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"

	"github.com/shailoo/shailoo/internal/echo"
)

// maxHeaderRowsHint is the most rows headerUnder tries the header as.
const maxHeaderRowsHint = 4

// headerUnder is the error of a header read as one row (header_rows left
// out) when the mapping names columns by the cells of several rows
// joined ("F5 / AfD": "F5" in the header row, "AfD" under it, as
// votemanager's exports head their columns): read as that many rows
// (joinHeader), the header has the columns the mapping misses. One error
// says so, with the header_rows to set, in place of one error per column
// missing. missing are the headers not found in the row read; nil when
// no number of rows finds any of them.
func (s *scanner) headerUnder(header [][]byte, line int, missing []string) *ParseError {
	if s.belowLine == 0 || len(missing) == 0 {
		return nil
	}
	rows := [][]string{make([]string, len(header))}
	for i, c := range header {
		rows[0][i] = string(c)
	}
	rest := s.below
	for n := 2; n <= maxHeaderRowsHint && len(rest) > 0; n++ {
		l, after, _ := bytes.Cut(rest, []byte{'\n'})
		rest = after
		rec, err := newTokenizer(bufio.NewReader(bytes.NewReader(l)), s.delimiter()).read()
		if err != nil {
			return nil
		}
		row := make([]string, len(rec))
		for i, c := range rec {
			row[i] = string(c)
		}
		rows = append(rows, row)
		names := map[string]bool{}
		for _, h := range joinHeader(rows) {
			names[trimHeader(h)] = true
		}
		found := 0
		for _, h := range missing {
			if names[h] {
				found++
			}
		}
		if found == 0 {
			continue
		}
		which, first := "a column", ""
		for _, h := range missing {
			if names[h] {
				first = h
				break
			}
		}
		switch {
		case found < len(missing):
			which = strconv.Itoa(found) + " of the " + strconv.Itoa(len(missing)) + " columns it does not find"
		case found > 1:
			which = strconv.Itoa(found) + " columns"
		}
		return &ParseError{File: s.file, Line: line, Field: "header_rows",
			Err: fmt.Errorf("%w: the header is read as one row, line %d, but the mapping names %s by the cells of lines %d-%d joined, the top one's first (%s): set \"header_rows\": %d in the mapping",
				ErrMissingHeader, line, which, line, s.belowLine+n-2, echo.Quote(first), n)}
	}
	return nil
}
