package ingest

import (
	"strings"
	"unicode"
)

// sameKey returns how many rows repeat the cells of an earlier row in the
// columns cols (a negative column is left out; a row without the first
// column's cell is named by its line, never a repeat), and the first
// repeated cell of the first column.
func sameKey(rows [][]string, cols ...int) (n int, first string) {
	seen := map[string]bool{}
	var b strings.Builder
	for _, rec := range rows {
		if c := cols[0]; c >= len(rec) || strings.TrimSpace(rec[c]) == "" {
			continue
		}
		b.Reset()
		for _, c := range cols {
			if c >= 0 && c < len(rec) {
				b.WriteString(strings.TrimSpace(rec[c]))
			}
			b.WriteByte(0)
		}
		if seen[b.String()] {
			if n++; n == 1 {
				first = strings.TrimSpace(rec[cols[0]])
			}
			continue
		}
		seen[b.String()] = true
	}
	return n, first
}

// wordCount returns the number of words of h: runs of letters and digits.
func wordCount(h string) int {
	return len(strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}
