package ingest

import "testing"

// A header that names a code or a rank is no column of figures left
// unread; one that counts votes after "num" ("NUM VOTOS", Chile's ballots
// cast by mesa, testdata/cl2021) is one.
func TestCodeHeaderCount(t *testing.T) {
	for h, want := range map[string]bool{
		"NUM VOTOS":        false,
		"Número de votos":  false,
		"Number of voters": false,
		"nr_votes":         false,
		"NUM MESAS":        true,
		"Ballot No":        true,
		"Votes No":         true, // ("No" after the word: a code, as before)
		"station_id":       true,
		"№ УИК":            true,
		"VOTOS":            false,
	} {
		if got := codeHeader(h); got != want {
			t.Errorf("codeHeader(%q) = %v, want %v", h, got, want)
		}
	}
}
