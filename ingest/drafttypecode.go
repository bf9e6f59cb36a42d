package ingest

import (
	"strconv"
	"strings"
	"unicode"
)

// typeWords begin or end a header of a code of a row's kind ("TIPO_ACTA",
// Mexico's kind of tally sheet, 1 or 2; "BALLOT_TYPE").
var typeWords = []string{"tipo", "type"}

// typeCode says whether a column of figures is a code of a row's kind,
// never a choice's votes: its header (lower case) begins with "tipo" or
// ends with "type", and it holds a few distinct small numbers (at most
// 9, each below 100) on more rows than it has values. A party's votes
// in a file of many rows take many values.
func typeCode(h string, values map[string]int) bool {
	w := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(w) < 2 || w[0] != typeWords[0] && w[len(w)-1] != typeWords[1] && w[0] != typeWords[1] {
		return false
	}
	rows := 0
	for v, n := range values {
		k, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || k < 0 || k >= 100 {
			return false
		}
		rows += n
	}
	return len(values) > 0 && len(values) <= 9 && rows > len(values)
}

// numbersRows says whether column c numbers the rows, 1, 2, 3... (or from
// 0) down the file, on 5 rows or more (Lebanon's qalam_index): a row's
// number, never a choice's votes.
func numbersRows(rows [][]string, c int) bool {
	if len(rows) < 5 {
		return false
	}
	first, err := strconv.Atoi(strings.TrimSpace(cellAt(rows[0], c)))
	if err != nil || first > 1 {
		return false
	}
	for r, rec := range rows {
		if strings.TrimSpace(cellAt(rec, c)) != strconv.Itoa(first+r) {
			return false
		}
	}
	return true
}
