package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// notChoiceKey are the words that name a figure of the form, not a choice:
// the blank votes (English, Spanish, Catalan, French, Galician and
// Portuguese), the spoilt or null ballots, in the languages the draft
// reads; notChoiceFrame the words beside them ("Votos en blanco", "Blank
// votes", "Spoilt ballots").
var (
	notChoiceKey = slices.Concat(underOverWords, []string{"blank", "blanks", "blanco", "blancos", "blanc", "blancs", "branco", "brancos",
		"spoilt", "spoiled", "null", "nul", "nuls", "nulos", "nulo", "void", "rejected", "invalid",
		"недействительные", "недействительных", "испорченные", "испорченных", "жараксыз"})
	// underOverWords are the US results' ballots with no valid mark in
	// a contest (Massachusetts' "Undervotes", Clarity's "Under Votes" and
	// "Over Votes", as letterWords joins them): no candidate's votes, as
	// the blank ballots are not.
	underOverWords = []string{"undervotes", "undervote", "overvotes", "overvote"}
	notChoiceFrame = []string{"votes", "vote", "ballots", "ballot", "papers", "votos", "voto", "vots", "vot", "en", "de", "total", "totales",
		"бюллетени", "бюллетеней", "голоса", "бюллетендер"}
	// againstAllNames are the names of "against all" and "none of the
	// above" (India's NOTA since 2013, Nevada's "None of these
	// candidates"), whole.
	againstAllNames = []string{"against all", "против всех", "баарына каршы", "бардыгына каршы", "contre tous",
		"none of the above", "none of above", "nota", "none of these candidates", "none of these"}
)

// NotChoiceName says whether name, a choice's ID or name, names a figure
// of the form that takes no seat rather than a candidate or a party: the
// blank votes ("Blank votes", "Votos en blanco", "Blancos"), the spoilt
// or null ballots ("Spoilt", "Nulos"), the US undervotes and overvotes
// ("Under Votes", "Overvotes"), "against all" ("Против всех") or
// "none of the above" ("NOTA", "None of these candidates"):
// each of its words one of those or a word beside them, one at least of
// those. A party with such a word among others ("ESCAÑOS EN BLANCO") is
// not one.
func NotChoiceName(name string) bool {
	ws := letterWords(name)
	if slices.Contains(againstAllNames, strings.Join(ws, " ")) {
		return true
	}
	key := false
	for _, w := range ws {
		switch {
		case slices.Contains(notChoiceKey, w):
			key = true
		case !slices.Contains(notChoiceFrame, w):
			return false
		}
	}
	return key
}

// letterWords returns the words of name (its runs of letters) in lower
// case, "under votes" and "over votes" each joined as one word
// ("undervotes").
func letterWords(name string) []string {
	ws := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "under" || ws[i] == "over") && (ws[i+1] == "votes" || ws[i+1] == "vote") {
			ws = slices.Replace(ws, i, i+2, ws[i]+ws[i+1])
		}
	}
	return ws
}

// underOver says whether header h names the undervotes or the overvotes
// (underOverWords) among its words: a figure of the ballots, no choice.
func underOver(h string) bool {
	return slices.ContainsFunc(letterWords(h), func(w string) bool { return slices.Contains(underOverWords, w) })
}

// PooledName says whether name, a choice's ID or name, names the votes of
// others together rather than one party's or candidate's: Guyana's
// "rest", "Others", "Other parties", "Otros", "Autres", "Sonstige",
// "Другие", "Башкалар", the US write-ins. Its words are those the draft
// proposes as aggregates (aggregateTexts, pooledTexts), whole, in any
// case and spacing; the count says of such a choice that wins a seat
// that the seat is most likely wrong.
func PooledName(name string) bool {
	s := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	return s != "" && (slices.Contains(pooledTexts, s) || slices.Contains(aggregateTexts, s))
}
