package ingest

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// subtotalRows returns a column named like a precinct's (precinctH)
// that is empty on some rows and filled on the others, where each row
// that leaves it empty gives, in every column of figures, the sum of the
// rows that fill it after it (up to the next such row), before it (from
// the last such row), or in the whole file: a circumscription's
// subtotal above or below its polling stations, the country's total
// (Moldova's CEC tables, "Circumscripția electorală nr.1 ..." and "Total
// pe țară"). It returns -1 and nil when there is none, else the column
// and the indexes of those rows in rows.
func subtotalRows(header []string, rows [][]string, numeric []bool, nonEmpty []int, named func(int) bool) (int, []int) {
	var figures []int
	for i := range header {
		if numeric[i] && nonEmpty[i] == len(rows) {
			figures = append(figures, i)
		}
	}
	if len(figures) < 2 || len(rows) < 3 {
		return -1, nil
	}
	// sums returns the sums of the figures of rows[from:to] whose column
	// c is filled, and whether every cell read.
	sums := func(c, from, to int) ([]int64, bool) {
		s := make([]int64, len(figures))
		for _, rec := range rows[from:to] {
			if cellAt(rec, c) == "" {
				continue
			}
			for k, f := range figures {
				v, err := parseInt(cellAt(rec, f))
				if err != nil || v > 0 && s[k] > math.MaxInt64-v || v < 0 {
					return nil, false
				}
				s[k] += v
			}
		}
		return s, true
	}
	equal := func(rec []string, s []int64) bool {
		if s == nil {
			return false
		}
		for k, f := range figures {
			if v, err := parseInt(cellAt(rec, f)); err != nil || v != s[k] {
				return false
			}
		}
		return true
	}
	for c := range header {
		if numeric[c] || nonEmpty[c] == 0 || nonEmpty[c] == len(rows) || !named(c) || 2*(len(rows)-nonEmpty[c]) > len(rows) {
			continue
		}
		var empty []int
		for r, rec := range rows {
			if cellAt(rec, c) == "" {
				empty = append(empty, r)
			}
		}
		all, ok := sums(c, 0, len(rows))
		if !ok {
			continue
		}
		total := func(k int) bool {
			r := empty[k]
			next, last := len(rows), 0
			if k+1 < len(empty) {
				next = empty[k+1]
			}
			if k > 0 {
				last = empty[k-1] + 1
			}
			after, _ := sums(c, r+1, next)
			before, _ := sums(c, last, r)
			return next > r+1 && equal(rows[r], after) || r > last && equal(rows[r], before) || equal(rows[r], all)
		}
		if !slices.ContainsFunc(empty, func(r int) bool { return !total(slices.Index(empty, r)) }) {
			return c, empty
		}
	}
	return -1, nil
}

// rowText returns the longest text cell of rec (not of a column of
// figures): what a row of totals says it is.
func rowText(rec []string, numeric []bool) string {
	t := ""
	for i, c := range rec {
		if (i >= len(numeric) || !numeric[i]) && len([]rune(c)) > len([]rune(t)) {
			t = c
		}
	}
	return t
}

// sameWidth returns the number of cells every row of rows has, or -1.
func sameWidth(rows [][]string) int {
	if len(rows) == 0 {
		return -1
	}
	w := len(rows[0])
	for _, rec := range rows[1:] {
		if len(rec) != w {
			return -1
		}
	}
	return w
}

// otherDigits returns the first decimal digit of cell outside ASCII
// (full-width "１", Arabic-Indic "١", Devanagari "१") and the cell with
// each such digit written as its ASCII digit, when cell holds one and
// reads as digits then (a sign, digits, spaces and separators left as
// they are).
func otherDigits(cell []byte) (rune, string, bool) {
	first := rune(-1)
	var b strings.Builder
	for _, r := range string(cell) {
		if r > unicode.MaxASCII && unicode.IsDigit(r) {
			if first < 0 {
				first = r
			}
			if d := digitValue(r); d >= 0 {
				r = '0' + rune(d)
			}
		}
		b.WriteRune(r)
	}
	return first, b.String(), first >= 0
}

// digitValue returns the value of r, a decimal digit (unicode.Nd), or
// -1: Unicode writes each script's decimal digits in runs of ten, zero
// first, some runs side by side.
func digitValue(r rune) int {
	if !unicode.IsDigit(r) {
		return -1
	}
	z := r
	for z > 0 && unicode.IsDigit(z-1) {
		z--
	}
	return int(r-z) % 10
}

// otherDigitsCell returns the first cell of column c of rows that is a
// whole number written with digits of another script (otherDigits), or
// "".
func otherDigitsCell(rows [][]string, c int) string {
	for _, rec := range rows {
		cell := strings.TrimSpace(cellAt(rec, c))
		if _, ascii, ok := otherDigits([]byte(cell)); ok && isInt(ascii) {
			return cell
		}
	}
	return ""
}
