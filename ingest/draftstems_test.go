package ingest

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A stem of lineWords begins a word and follows no negation; a word of
// englishLineWords follows no negation.
func TestLineStems(t *testing.T) {
	rule := func(l election.Line, words ...string) lineRule { return lineRule{l, words} }
	for _, c := range []struct {
		r    lineRule
		h    string
		want bool
	}{
		{rule(election.Valid, "votos", "validos"), "votos validos", true},
		{rule(election.Valid, "votos", "válidos"), "votos inválidos", false},
		{rule(election.Valid, "važeć"), "nevažeći listići", false},
		{rule(election.Valid, "važeć"), "važećih glasova", true},
		{rule(election.Valid, "действительн"), "число недействительных бюллетеней", false},
		{rule(election.Valid, "действительн"), "число действительных бюллетеней", true},
		{rule(election.Valid, "gültig"), "ungültige stimmen", false},
		{rule(election.Valid, "gültig"), "g?ltige", true},
		{rule(election.Valid, "veljavn"), "neveljavne glasovnice", false},
		{rule(election.Valid, "votos", "validos"), "votos no validos", false},
		{rule(election.Valid, "votos", "validos"), "votos no validos y votos validos", true},
		{rule(election.Unaccounted, "не учтен"), "число бюллетеней, не учтенных при получении", true},
		{rule(election.IssuedInRoom, "glasoval"), "glasovalo", true},
	} {
		if got := c.r.stems(c.h); got != c.want {
			t.Errorf("%v stems %q = %v, want %v", c.r.words, c.h, got, c.want)
		}
	}
	for _, c := range []struct {
		r    lineRule
		h    string
		want bool
	}{
		{rule(election.Valid, "exprimés"), "exprimés", true},
		{rule(election.Valid, "exprimés"), "non exprimés", false},
		{rule(election.Valid, "valid"), "not valid", false},
		{rule(election.Voters, "no", "of", "electors"), "total no of electors", true},
	} {
		if got := c.r.reads(c.h); got != c.want {
			t.Errorf("%v reads %q = %v, want %v", c.r.words, c.h, got, c.want)
		}
	}
}
