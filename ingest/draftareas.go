package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// areaAlone name an area, when they are a header's one word but for the
// words of a name or a code (oneWordOf): a municipality, a commune, a
// voting centre (Guatemala's TREP numbers its "Municipio" and its
// "Centro" beside "Departamento" and "Mesa"). A column of their numbers
// numbers areas, no choice's votes. (A choice named so has another word:
// "Centro Democrático".) areaPhrases name one by whole words.
var (
	areaAlone = []string{"municipio", "municipios", "município", "municipality", "municipalidad", "comuna", "commune", "gemeinde",
		"centro", "recinto", "localidad", "parroquia", "corregimiento", "distrito", "obec", "općina", "opčina", "opcina", "opština", "opstina", "община"}
	areaPhrases = []string{"centro de votación", "centro de votacion", "recinto electoral", "local de votación", "local de votacion"}
)

// areaNumbers says whether a header (lower case) names an area (areaAlone,
// areaPhrases): over numbers, that area's numbers.
func areaNumbers(h string) bool {
	return oneWordOf(h, areaAlonePl()) || anyWords(h, areaPhrases)
}

// Plurals of the words that name areas: a column of them names an area
// a row is in as the singular does (Puerto Rico's "municipios",
// "counties", "comunas"). (Made at each call, not at the package's
// start: the counter's WebAssembly module, which drafts nothing, links
// no word of them.)
//
// areaNameW name, by whole words, the areas within a precinct's area:
// towns (townW), municipalities and communes (areaAlone), and their
// plurals. areaPluralW are the plurals of the words of an area's header
// (areaHeader) that a part of a word does not match: "constituencies",
// "counties".
func areaAlonePl() []string { return withPlurals(areaAlone) }
func areaNameW() []string   { return withPlurals(slices.Concat(townW, areaAlone, municipalityW)) }
func areaPluralW() []string { return plurals(slices.Concat(okrugH, regionH, precinctH, precinctW)) }

// withPlurals returns words and their plurals (plurals).
func withPlurals(words []string) []string {
	return slices.Concat(words, plurals(words))
}

// plurals returns the plurals of words in Latin letters as English,
// Spanish, Portuguese and Italian form them: a vowel and "s"
// ("municipios", "comunas"), a consonant and "es" or "s" ("localidades",
// "towns"), a consonant and "y" made "ies" ("counties"). A word in
// another script has none here.
func plurals(words []string) []string {
	var out []string
	for _, w := range words {
		if w == "" || strings.ContainsFunc(w, func(r rune) bool { return r > 'ſ' }) || strings.HasSuffix(w, "s") {
			continue
		}
		r := []rune(w)
		last := r[len(r)-1]
		switch {
		case strings.ContainsRune("aeiouáéíóúàèìòùâêîôû", last) || !unicode.IsLetter(last):
			out = append(out, w+"s")
		case last == 'y' && len(r) > 1 && !strings.ContainsRune("aeiou", r[len(r)-2]):
			out = append(out, string(r[:len(r)-1])+"ies")
		default:
			out = append(out, w+"s", w+"es")
		}
	}
	return out
}

// areaWithin says whether a header (lower case) names, by a whole word,
// the areas within a precinct's (areaNameW): a town, a municipality.
func areaWithin(h string) bool { return anyWords(h, areaNameW()) }

// areaNote says why a column of an area's numbers is not mapped.
const areaNote = "its header names an area (a municipality, a voting centre) and its numbers number it, no choice's votes; map it under region if the votes are counted apart by it"

// challengedNote says why a column or a row of challenged ballots
// (challengedCell) is no choice.
const challengedNote = "challenged ballots, a figure of the protocol, no choice's votes; declare it as a line (protocol.add_lines)"
