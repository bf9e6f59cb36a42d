package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// sumTrusted says whether a column headed h (lower case) that is, on every
// one of rows rows, the sum of parts columns beside it (runSum) is taken
// for a total rather than a choice (parts: those of them not 0 on every
// row, nonZero). On ten rows or more a sum is no
// chance. On fewer, a candidate's votes may be the sum of two others' by
// chance, so a sum of two is taken where the header names a total or the
// votes alone ("Total", "votos", "Votes": no candidate's name); a sum of
// three or more columns on every row is not chance, and is taken (on one
// row a guess says it was seen there alone: sumRowsNote). (Costa Rica's 2022
// run-off by JRV, nine rows: "votos", the sum of blanco_y_nulo, PLN and
// PSD, was drafted as a candidate and elected.)
func sumTrusted(h string, rows, parts int) bool {
	return rows >= 10 || parts >= 3 || has(h, totalH) || anyWords(h, allWords) || votesHeader(h)
}

// votesHeader says whether h (lower case) names the votes and nothing
// else ("votos", "Votes", "vote"): a figure of no one choice.
func votesHeader(h string) bool {
	ws := strings.FieldsFunc(h, notWordRune)
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return w != "votes" && !slices.Contains(votesW, w) })
}

// sumRowsNote is what a guess adds to a sum seen on rows rows, fewer than
// ten: on how many, and on one, that it may be chance.
func sumRowsNote(rows int) string {
	switch {
	case rows == 1:
		return " (seen on the file's one row only: a sum there may be chance; if it is a choice, map it under votes)"
	case rows < 10:
		return fmt.Sprintf(" (on all %d rows of the file)", rows)
	}
	return ""
}

// nonZero returns how many of columns cols have a figure not 0 on some
// row (a column of 0s adds nothing to a sum: Israel's lists of no votes).
func nonZero(rows [][]string, cols []int) int {
	n := 0
	for _, c := range cols {
		if slices.ContainsFunc(rows, func(rec []string) bool { v := strings.Trim(cellAt(rec, c), " 0.,"); return v != "" }) {
			n++
		}
	}
	return n
}
