package ingest

import (
	"fmt"

	"github.com/shailoo/shailoo/internal/echo"
)

// noHeaderColumn says why column i, whose header cell is empty and whose
// cells are not all empty, is not mapped: a mapping names a choice by its
// header, and a column without one may still hold a choice's votes (Sri
// Lanka's 2018 local authority results by polling division: a party whose
// name the file lost, its votes among the parties'), which a count leaves
// out unless the mapping names the column by its number.
func noHeaderColumn(rows [][]string, i int, numeric bool) string {
	if !numeric {
		return fmt.Sprintf("column %d (no header) is not mapped: its cells are text (the first %s), under no header", i+1, echo.Quote(firstCell(rows, i)))
	}
	if rising(rows, i) {
		return fmt.Sprintf("column %d (no header) is not mapped: its numbers rise from row to row (%s, %s, ...): they number the rows (an index, as pandas writes one), no precinct and no figure", i+1, cellAt(rows[0], i), cellAt(rows[1], i))
	}
	nonZero, first := 0, ""
	for _, rec := range rows {
		if v, err := parseInt([]byte(cellAt(rec, i))); err == nil && v != 0 {
			if first == "" {
				first = cellAt(rec, i)
			}
			nonZero++
		}
	}
	if nonZero == 0 {
		return fmt.Sprintf("column %d (no header) is not mapped: its figures are 0 on every row; if it is a choice (one whose name the file lost), map it under votes by its number, {\"column\": %d}", i+1, i+1)
	}
	return fmt.Sprintf("column %d (no header) is not mapped: a column without a header names no choice and no line, and its figures are not 0 on %d of %d rows (the first %s): if they are a choice's votes (one whose name the file lost), map it under votes by its number, {\"column\": %d}, or a count leaves them out", i+1, nonZero, len(rows), first, i+1)
}

// zeroCell says whether a cell is the figure 0 ("0", "0.0").
func zeroCell(c string) bool {
	v, err := parseInt([]byte(c))
	return err == nil && v == 0
}
