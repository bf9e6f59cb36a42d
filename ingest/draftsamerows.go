package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// Rows given twice.
//
// A source that gives one area's results twice (Sri Lanka's Election
// Commission, local authority 008 of 2025, once named "Maharagama  Urban
// Council" with two spaces) repeats its key with every figure the same:
// a row (or a long file's block of rows) given twice, not a second
// precinct, nor a sign that the file is not long. The draft says so and
// advises leaving the copy out; a count finds it a duplicate (X207, or a
// long file's second row of a precinct and choice).

// givenTwice returns how many rows of rows repeat the cells of an
// earlier row in key and every cell of the columns figures (at least one
// of them a figure other than 0, "0.0" or empty), the first such row and the
// earlier one it repeats, and how many rows repeat the key at all. The
// cells are compared trimmed, each run of spaces inside them as one.
func givenTwice(rows [][]string, key, figures []int) (n int, later, earlier []string, again int) {
	at := map[string][]string{}
	for _, rec := range rows {
		if c := key[0]; c >= 0 && cellAt(rec, c) == "" {
			continue // no number: named by its line
		}
		k := spacedKey(rec, key)
		prev, ok := at[k]
		if !ok {
			at[k] = rec
			continue
		}
		again++
		same, some := true, false
		for _, c := range figures {
			v := cellAt(rec, c)
			if v != cellAt(prev, c) {
				same = false
				break
			}
			some = some || strings.Trim(v, "0.,") != "" // ("0.0" is 0)
		}
		if same && some {
			if n++; n == 1 {
				later, earlier = rec, prev
			}
		}
	}
	return n, later, earlier, again
}

// spacedKey is protocolKey with each cell read as a count reads a name:
// each run of white space inside it one space.
func spacedKey(rec []string, key []int) string {
	b := make([]byte, 0, 32)
	for _, k := range key {
		if k >= 0 {
			c, _ := oneSpace([]byte(cellAt(rec, k)))
			b = append(b, c...)
		}
		b = append(b, 0)
	}
	return string(b)
}

// blockGivenTwice says that n rows of a long file give a choice of a precinct
// again with the votes an earlier row gives it, the first at line, as
// line earlier does.
func blockGivenTwice(n, line, earlier int, choice, precinct string) string {
	return fmt.Sprintf("rows: %d rows give a choice of a precinct again with the votes an earlier row gives it (the first at line %d, %s of precinct %s, as line %d): the precinct's rows given twice, a copy, not a second precinct nor a sign that the file is not long; a count refuses each copy as a second row of the precinct and choice: delete the copies from the file (or count with --skip-bad-rows, which leaves them out, I601 findings)",
		n, line, echo.Quote(choice), echo.Quote(precinct), earlier)
}

// keyText returns the cells of rec in key, joined by " / ".
func keyText(rec []string, key []int) string {
	var parts []string
	for _, k := range key {
		if k >= 0 {
			parts = append(parts, cellAt(rec, k))
		}
	}
	return strings.Join(parts, " / ")
}

// figureColumns returns the columns of numbers (numeric) but those of
// key.
func figureColumns(numeric []bool, key ...int) []int {
	var cols []int
	for i, n := range numeric {
		if n && !slices.Contains(key, i) {
			cols = append(cols, i)
		}
	}
	return cols
}
