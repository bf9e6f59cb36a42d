package ingest

import "strings"

// PartyHeader says whether a column's header h names parties ("party",
// "Partei", "partido", "Партия", "affiliation") and no person ("Party /
// Candidate"): a long file's choice_column so named holds a party per
// row, and the choice of one name in two okrugs is the party's candidate
// in each, never one person standing twice (finding X230), as a wide
// file's party column is.
func PartyHeader(h string) bool {
	t := strings.ToLower(trimHeader(h))
	if anyWords(t, []string{"candidate", "candidato", "candidat", "kandidat", "кандидат", "фио"}) {
		return false
	}
	return anyWords(t, []string{"party", "parti", "partido", "partei", "partij", "партия"}) || t == "affiliation"
}
