package ingest

import (
	"slices"
	"strings"
)

// totalLastRow returns the precinct cell of a wide file's last row that
// totals the rows above it, or "": its cell in the precinct's column
// begins with a word of totalWords before the name of the area
// ("TOTAL BOGOTÁ D.C.", as totalCell reads no such cell: "Total Votos
// Válidos" is a line's label), and in most columns of figures, two at
// least, its figure is the sum of the others' (a figure may be wrong as
// published). sep is the file's thousands separator (0: none).
func totalLastRow(rows [][]string, numeric []bool, precinct int, sep byte) string {
	if len(rows) < 3 || precinct < 0 {
		return ""
	}
	last := rows[len(rows)-1]
	cell := strings.TrimSpace(cellAt(last, precinct))
	words := strings.Fields(strings.ToLower(cell))
	if len(words) < 2 || !slices.Contains(totalWords, words[0]) {
		return ""
	}
	figures, sums := 0, 0
	for c := range numeric {
		if !numeric[c] || c == precinct {
			continue
		}
		var sum int64
		ok := true
		for _, rec := range rows[:len(rows)-1] {
			v, err := parseIntSep(strings.TrimSpace(cellAt(rec, c)), sep)
			ok = ok && err == nil && v >= 0 && sum <= 1<<62
			sum += v
		}
		t, err := parseIntSep(strings.TrimSpace(cellAt(last, c)), sep)
		if !ok || err != nil {
			continue
		}
		figures++
		if t == sum {
			sums++
		}
	}
	if sums < 2 || 2*sums <= figures {
		return ""
	}
	return cell
}
