package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// Header rows the draft cannot name columns by: a header row whose cells
// repeat (the lower row of a header of several rows, as the German
// Bundeswahlleiter's kerg.csv writes "Endgültig;Vorperiode" under each
// party) and a first row of numbers alone (a file without a header row, as
// Bulgaria's CIK published its protocols). A mapping names a column by the
// header row's text or by its number, so the draft says what it cannot
// name instead of writing a mapping that does not read back.

// repeatedHeaders returns the 0-based columns of each header that more
// than one column of header carries, keyed by the header (trimmed); empty
// headers are left out.
func repeatedHeaders(header []string) map[string][]int {
	cols := map[string][]int{}
	for i, h := range header {
		if h = trimHeader(h); h != "" {
			cols[h] = append(cols[h], i)
		}
	}
	for h, c := range cols {
		if len(c) < 2 {
			delete(cols, h)
		}
	}
	return cols
}

// columnList writes 0-based columns as 1-based numbers: "4, 6 and 8", the
// first five and how many more.
func columnList(cols []int) string {
	var b strings.Builder
	for k, c := range cols {
		if k == 5 {
			fmt.Fprintf(&b, " and %d more", len(cols)-5)
			break
		}
		switch {
		case k == 0:
		case k == len(cols)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(c + 1))
	}
	return b.String()
}

// textRowsAbove says how many of the rows above the header row hold a
// cell: more rows of a header of several rows, or a title.
func textRowsAbove(rows [][]string) int {
	n := 0
	for _, rec := range rows {
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				n++
				break
			}
		}
	}
	return n
}

// numbersOnly says whether every non-empty cell of rec is a whole number
// (and one is): a row of figures, not of column names.
func numbersOnly(rec []string) bool {
	n := 0
	for _, c := range rec {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if _, err := parseInt([]byte(c)); err != nil {
			return false
		}
		n++
	}
	return n > 0
}

// repeatedSentence says that the header row (row, 1-based) names the
// columns cols alike (h), and how to name one instead; above is how many
// rows above the header row hold text.
func repeatedSentence(h string, cols []int, row, above int) string {
	s := fmt.Sprintf("the header row (row %d) names columns %s alike (%s), and a mapping names a column by its header: name one by its number ({\"column\": %d})",
		row, columnList(cols), echo.Quote(h), cols[0]+1)
	if above > 0 {
		s += fmt.Sprintf("; the %d rows above it hold text too: a header of several rows?", above)
	}
	return s
}

// firstRepeated returns the first header of header (in column order) that
// dups holds, and its columns.
func firstRepeated(header []string, dups map[string][]int) (string, []int) {
	for _, h := range header {
		if cols := dups[trimHeader(h)]; len(cols) > 0 {
			return trimHeader(h), cols
		}
	}
	return "", nil
}
