package ingest

import (
	"strings"
	"unicode"
)

// personCells says whether the values of a column of choices name
// persons: two at least, and two thirds of them or more a person's name
// (personName), the others ("Write-in", blank votes) no matter. A
// column of persons is a candidates' race, whatever its header says
// (Puerto Rico's "name": "Pedro Pierluisi (PNP)"), and one name is
// returned as the example; or "".
func personCells(values map[string]int) string {
	n, example := 0, ""
	for _, v := range sortedKeys(values) {
		if personName(v) {
			if n++; example == "" {
				example = v
			}
		}
	}
	if n < 2 || 3*n < 2*len(values) {
		return ""
	}
	return example
}

// personName says whether a cell reads as a person's name: words that
// each begin with a capital and go on in small letters, two at least
// ("Juan Dalmau Ramírez"; an initial, "J."; a nickname in parentheses,
// "(Charlie)"; a particle, "de", "van"), then a party's tag in
// parentheses ("(PNP)", "(Ind.)"); or "Surname, Given names". No word of
// a party's name (partyWords) is in it.
func personName(c string) bool {
	c = strings.TrimSpace(c)
	if anyWords(strings.ToLower(c), partyWords) {
		return false
	}
	if last, first, ok := strings.Cut(c, ", "); ok {
		return personWords(strings.Fields(last), 1) && personWords(strings.Fields(first), 1)
	}
	w := strings.Fields(c)
	if len(w) < 3 || !partyTag(w[len(w)-1]) {
		return false
	}
	return personWords(w[:len(w)-1], 2)
}

// personWords says whether words are at least least words of a person's
// name (personName), no more than six, the first a capital's.
func personWords(words []string, least int) bool {
	if len(words) < least || len(words) > 6 {
		return false
	}
	names := 0
	for k, w := range words {
		w = strings.TrimSuffix(strings.TrimPrefix(w, "("), ")")
		r := []rune(w)
		switch {
		case len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.': // an initial
		case len(r) >= 2 && unicode.IsUpper(r[0]) && smallLetters(r[1:]):
			names++
		case k > 0 && len(r) <= 3 && smallLetters(r): // "de", "van", "y"
		default:
			return false
		}
	}
	return names >= least
}

// smallLetters says whether r are small letters, with hyphens and
// apostrophes between them ("Jean-Pierre", "O'Neill").
func smallLetters(r []rune) bool {
	small := 0
	for _, x := range r {
		switch {
		case unicode.IsLower(x):
			small++
		case x == '-' || x == '\'' || x == '’':
		case unicode.IsUpper(x): // "McDonald", "Jean-Pierre"
		default:
			return false
		}
	}
	return small*2 >= len(r)
}

// partyTag says whether a word is a party's tag in parentheses: capitals
// ("(PNP)", "(PIP)") or a short word with a point ("(Ind.)").
func partyTag(w string) bool {
	t, ok := strings.CutPrefix(w, "(")
	if t, ok = strings.CutSuffix(t, ")"); !ok || t == "" {
		return false
	}
	r := []rune(t)
	if len(r) > 8 {
		return false
	}
	if strings.HasSuffix(t, ".") {
		return unicode.IsUpper(r[0]) && smallLetters(r[1:len(r)-1])
	}
	for _, x := range r {
		if !unicode.IsUpper(x) && x != '.' && x != '&' && x != '-' {
			return false
		}
	}
	return len(r) >= 2
}
