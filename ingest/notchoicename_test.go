package ingest_test

import (
	"testing"

	"github.com/shailoo/shailoo/ingest"
)

// NotChoiceName: the blank votes, spoilt ballots and "against all" in the
// draft's languages; a party or a person with such a word among others is
// not one.
func TestNotChoiceName(t *testing.T) {
	for name, want := range map[string]bool{
		"Blank votes": true, "blank": true, "Votos en blanco": true, "BLANCOS": true, "Vots en blanc": true, "Votos en branco": true,
		"Spoilt ballots": true, "Nulos": true, "Против всех": true, "against_all": true, "баарына каршы": true, "Недействительные бюллетени": true,
		"None of the Above": true, "NOTA": true, "nota": true, "None of these candidates": true, "contre tous": true, "voto en blanco": true, "en blanco": true,
		"Undervotes": true, "Under Votes": true, "Over Votes": true, "Overvotes": true, "undervote": true, "Overvote": true,
		"Over": false, "Under": false, "Votes Over": false,
		"Nota Bene Party": false, "None": false, "Above All": false,
		"ESCAÑOS EN BLANCO": false, "Republican": false, "Votes": false, "Blanco Pérez": false, "": false,
	} {
		if got := ingest.NotChoiceName(name); got != want {
			t.Errorf("NotChoiceName(%q) = %v, want %v", name, got, want)
		}
	}
}
