package ingest

// spanishBlank says whether h (lower case) names Spain's blank votes in
// Spanish or Catalan ("Votos en blanco", "VOTOS_BLANCOS", "VOTS_BLANCS",
// "Vots en blanc"): valid votes in Spain (votos válidos = a candidaturas
// + en blanco), apart from them in Chile; never a candidate's, and never
// a part of the invalid ballots as France's "Blancs" are. ("En blanco"
// says so alone, after "Total_" as Uruguay's Corte Electoral writes it;
// "Blancos" alone is also Uruguay's Partido Nacional; "Blanco" alone is
// Colombia's row of the blank votes beside "Nulos" and "No Marcados",
// valid votes there too.)
func spanishBlank(h string) bool {
	return h == "blanco" || anyWords(h, []string{"blancos", "en blanco"}) && anyWords(h, []string{"votos", "voto"}) || anyWords(h, []string{"en blanco"}) ||
		anyWords(h, []string{"blancs", "blanc", "en blanc"}) && anyWords(h, []string{"vots", "vot"})
}

// sectionW name, by whole words, the column of a Catalan file's
// sections (secció censal: the area of one or more mesas, the smallest
// a result by secció is given for). Spanish "sección" is not one: in
// Mexico's files a sección holds several casillas, each a protocol.
var sectionW = []string{"secció", "seccio"}

// sectionColumn returns the first column not used whose header names a
// secció (sectionW), or -1: the precinct of a file that names no mesa.
func sectionColumn(header []string, used []bool, norm func(int) string) int {
	for i := range header {
		if !used[i] && anyWords(norm(i), sectionW) {
			return i
		}
	}
	return -1
}
