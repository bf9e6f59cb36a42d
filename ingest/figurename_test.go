package ingest

import "testing"

// FigureName reads the names of a column of figures, and no candidate's
// or party's name that holds such a word among others.
func TestFigureName(t *testing.T) {
	for name, want := range map[string]bool{
		"Votes": true, "votes": true, "total-votes": true, "Number of votes": true, "Votes cast": true, "Count": true, "Голоса": true,
		"Mnangagwa Tongai Mafidi": false, "Vote Leave": false, "Countryman": false, "Total": false, "": false, "ZANU-PF": false,
	} {
		if got := FigureName(name); got != want {
			t.Errorf("FigureName(%q) = %v, want %v", name, got, want)
		}
	}
}
