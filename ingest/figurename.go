package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// figureW are the words of a name that reads as a column of figures, not
// a choice: "Votes", "Total votes", "Number of votes", "Count".
var figureW = []string{"votes", "vote", "count", "counts", "total", "totals", "tally", "sum",
	"number", "of", "no", "nr", "valid", "cast", "received", "polled", "obtained",
	"голоса", "голосов", "число", "количество", "добуштар", "добуш", "саны"}

// FigureName says whether name, a choice's ID or name, reads as a column
// of figures ("Votes", "votes", "total-votes", "Number of votes") rather
// than a candidate's or a party's: each of its words is one of figureW,
// and one names votes or a count. A wide mapping's one choice drafted
// from the header "Votes" of a file by candidate is so named, and elected
// with every candidate's votes summed (finding X231).
func FigureName(name string) bool {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
	votes := false
	for _, w := range ws {
		if !slices.Contains(figureW, w) {
			return false
		}
		votes = votes || slices.Contains([]string{"votes", "vote", "count", "counts", "tally", "голоса", "голосов", "добуштар", "добуш"}, w)
	}
	return votes
}
