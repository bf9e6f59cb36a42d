package ingest

import "strings"

// A column that numbers the rows, or the areas in the order the file
// gives them, is no figure: never a part of a sum of votes, nor votes.
// Niger's CENI results by commune, as a scrape keeps them, carry
// pandas' index of an earlier table ("Unnamed: 0": 0 on the 30 rows of
// the first commune, 1 on the next 30) beside the region's code ("ID",
// 1) and the commune's ("commune_id", 1, 2): on a cut of the first two
// communes commune_id is Unnamed: 0 plus ID on every row, which made
// commune_id a long file's figure and the two its parts.

// serialWords name, by whole words, a column that numbers rows.
var serialWords = []string{"index", "idx", "serial"}

// serialDown says whether column c, under header h (lower case), numbers
// the rows or their areas down the file: the rows 1, 2, 3... whatever its
// header (numbersRows), or under a header empty, pandas' "Unnamed: N",
// or one that names a number or a code (idH, serialWords), whole numbers
// on every row, each the one before or one more, one more at least once.
func serialDown(rows [][]string, h string, c int) bool {
	if numbersRows(rows, c) {
		return true
	}
	if len(rows) < 3 || !(h == "" || strings.HasPrefix(h, "unnamed") || anyWords(h, idH) || anyWords(h, serialWords)) {
		return false
	}
	steps := 0
	for k, rec := range rows {
		n, err := parseInt([]byte(cellAt(rec, c)))
		if err != nil {
			return false
		}
		if k == 0 {
			continue
		}
		p, _ := parseInt([]byte(cellAt(rows[k-1], c)))
		switch n {
		case p:
		case p + 1:
			steps++
		default:
			return false
		}
	}
	return steps > 0
}
