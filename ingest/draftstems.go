package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// negationW name, by whole words, a word that negates the one after it:
// "votos no válidos", "bulletins non exprimés", "не действительные" are
// no valid votes.
var negationW = []string{"no", "non", "not", "ne", "не", "ні", "nie", "nicht"}

// stems says whether h (lower case) holds each of the rule's words, the
// stems of lineWords, where a word of h begins, and not after a word of
// negationW: a stem within a word is none of it, so a negated form
// ("inválidos", "nevažeći", "недействительные", "ungültige",
// "neveljavne") never reads as its positive ("válidos", "važeći",
// "действительн", "gültig", "veljavn"). A "?" of h may stand for a
// letter a copy lost (lossyIn).
func (lw lineRule) stems(h string) bool {
	for _, w := range lw.words {
		if !stemIn(h, w) {
			return false
		}
	}
	return true
}

// stemIn says whether stem w begins a word of h, not after a negation.
func stemIn(h, w string) bool {
	if w == "" {
		return true
	}
	lossy := strings.ContainsAny(h, "?\uFFFD")
	if !lossy && !strings.Contains(h, w) {
		return false
	}
	hr, wr := []rune(h), []rune(w)
	for i := 0; i+len(wr) <= len(hr); i++ {
		if i > 0 && wordRune(hr[i-1]) || !runesAt(hr, i, wr, lossy) {
			continue
		}
		if !negationBefore(hr, i, nil) {
			return true
		}
	}
	return false
}

// runesAt says whether hr holds wr at i, a "?" (or U+FFFD) of hr standing
// for a letter of wr outside ASCII where lossy says so (see lossyIn).
func runesAt(hr []rune, i int, wr []rune, lossy bool) bool {
	for j, r := range wr {
		c := hr[i+j]
		if c == r {
			continue
		}
		if !lossy || c != '?' && c != utf8.RuneError || r <= unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// wordRune says whether r is a part of a word: a letter or a mark.
// (Digits part words here: "1.число", "r10invalid".)
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// negationBefore says whether the word before position i of hr (past
// the characters that part words) is one of negationW and not of own
// (the words of the rule itself: "no of electors").
func negationBefore(hr []rune, i int, own []string) bool {
	end := i
	for end > 0 && !wordRune(hr[end-1]) {
		end--
	}
	if end == i {
		return false // (i is within a word)
	}
	start := end
	for start > 0 && wordRune(hr[start-1]) {
		start--
	}
	w := string(hr[start:end])
	return slices.Contains(negationW, w) && !slices.Contains(own, w)
}

// negatedWords says whether a word of words (whole words, as
// englishLineWords hold them) stands in h after a negation alone ("not
// valid", "non exprimés"): it then names no line of its own.
func negatedWords(h string, words []string) bool {
	hr := []rune(h)
	for _, w := range words {
		wr := []rune(w)
		found, plain := false, false
		for i := 0; i+len(wr) <= len(hr); i++ {
			if i > 0 && wordRune(hr[i-1]) || i+len(wr) < len(hr) && wordRune(hr[i+len(wr)]) || !runesAt(hr, i, wr, false) {
				continue
			}
			found = true
			if !negationBefore(hr, i, words) {
				plain = true
				break
			}
		}
		if found && !plain {
			return true
		}
	}
	return false
}
