package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// placingMore are the placings a choice may be named by beyond the draft's
// (rankW): feminine and German forms of a header.
var placingMore = []string{"ganadora", "segunda", "tercera", "gewinner", "zweite"}

// placingFrame are the words beside a placing in a column's header: what
// it is the figure of ("Winner_Votes", "Votos del ganador", "2nd place").
var placingFrame = []string{"votes", "place", "placed", "candidate", "votos", "lugar", "puesto", "voix", "stimmen",
	"platz", "голоса", "голосов", "место", "орун", "добуш", "добуштар", "добуштары", "the", "of", "de", "del", "du", "des", "der"}

// PlacingName returns the placing that name, a choice's ID or name, says
// instead of a candidate or a party: "winner" of "Winner_Votes",
// "runnerup" of "RunnerUp_Votes", "2nd" of "2nd place", "ganador",
// "победитель", "жеңүүчү": its words, those beside a placing aside, are
// one of the placings the draft reads in a header (rankW) or a few more
// (placingMore); "" otherwise. A column of whoever came first in each row
// is a different candidate from row to row, no one choice; a person
// whose surname is "Winner" is named so too, so the count says it (X238)
// and decides nothing on it.
func PlacingName(name string) string {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	rest := ws[:0:0]
	for _, w := range ws {
		if slices.Contains(rankNotW, w) {
			return "" // "first round", "second preference", "first name"
		}
		if !slices.Contains(placingFrame, w) {
			rest = append(rest, w)
		}
	}
	p := strings.Join(rest, " ")
	if p == "" {
		return ""
	}
	for _, r := range rankW {
		if slices.Contains(r.words, p) {
			return p
		}
	}
	if slices.Contains(placingMore, p) {
		return p
	}
	return ""
}
