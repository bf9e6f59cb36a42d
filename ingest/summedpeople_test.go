package ingest

import "testing"

// personHeader reads the headers of a person's name and its parts, best
// first, and no other.
func TestPersonHeader(t *testing.T) {
	for h, want := range map[string]int{
		"Candidate": 3, "candidate_name": 3, "ФИО": 3, "Full name": 3, "Name": 3, "name": 3,
		"Nom": 3, "Nombre": 3, "Nome": 3, "Имя": 3, "Navn": 0,
		"Candidate surname": 2, "last_name": 2, "Фамилия": 2,
		"Candidate first name": 1, "DC Person ID": 1, "candidate_id": 1, "Candidate gender": 1,
		"Party abbreviation": 0, "Votes": 0, "Constituency name": 0, "Share": 0, "Party name": 0,
	} {
		if got := personHeader(h); got != want {
			t.Errorf("personHeader(%q) = %d, want %d", h, got, want)
		}
	}
}
