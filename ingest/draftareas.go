package ingest

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
	return oneWordOf(h, areaAlone) || anyWords(h, areaPhrases)
}

// areaNote says why a column of an area's numbers is not mapped.
const areaNote = "its header names an area (a municipality, a voting centre) and its numbers number it, no choice's votes; map it under region if the votes are counted apart by it"

// challengedNote says why a column or a row of challenged ballots
// (challengedCell) is no choice.
const challengedNote = "challenged ballots, a figure of the protocol, no choice's votes; declare it as a line (protocol.add_lines)"
