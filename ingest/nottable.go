package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// notTable says why rows, a file's first rows split at delim, are not a
// delimited table, or "" when they may be one: every row of one cell (no
// delimiter the reader knows splits it), or rows whose widths vary, most
// of those after the first widest having half its cells or fewer (a
// ranked-ballot profile's "(A,B) : 22775", a report's text). Title rows
// above a header are narrower too, but they come before it. A mapping
// lines are the rows' line numbers. A mapping
// drafted or read from such a file would name columns it does not have:
// the error of that is said first.
func notTable(rows [][]string, lines []int, delim rune) string {
	if len(rows) < 3 {
		return ""
	}
	widest, at := 0, 0
	widths := make([]string, 0, len(rows))
	for i, r := range rows {
		n := len(r)
		if n > widest {
			widest, at = n, i
		}
		widths = append(widths, strconv.Itoa(n))
	}
	d := echo.Quote(string(delim))
	if widest <= 1 {
		return fmt.Sprintf("no line of the first %d has a delimiter the reader knows (\",\", \";\", tab, \"|\"; it read %s): one column is not a table of figures", len(rows), d)
	}
	after, narrow := len(rows)-at-1, 0
	for _, r := range rows[at+1:] {
		if 2*len(r) <= widest {
			narrow++
		}
	}
	if after < 2 || 2*narrow <= after {
		return ""
	}
	return fmt.Sprintf("split at %s, its first %d lines have %s cells: %d of the %d after line %d's %d have half as many or fewer, as a text (a ranked-ballot profile, a report) has, not a table's rows of one width",
		d, len(rows), strings.Join(widths, ", "), narrow, after, lines[at], widest)
}

// leadingRows returns the first n rows of data split at delim, as the
// draft reads them (quotes lax, widths free), their lines and delim, for
// notTable.
func leadingRows(data []byte, delim rune, n int) ([][]string, []int, rune) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = delim, -1, true
	var rows [][]string
	var lines []int
	for len(rows) < n {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		line, _ := cr.FieldPos(0)
		rows, lines = append(rows, rec), append(lines, line)
	}
	return rows, lines, delim
}
