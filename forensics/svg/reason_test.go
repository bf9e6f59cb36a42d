package svg_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
)

// TestReasonWords: why protocols were left out or not evaluated is said
// in the reader's words, never as the reason's ID ("invalid_not_given",
// "no_ballots" in every language, rev24), and the invalid ballots'
// not-evaluated line says it so.
func TestReasonWords(t *testing.T) {
	ids := []string{forensics.SkipNoLines, forensics.SkipNoVoters, forensics.SkipTooLarge, forensics.SkipNegative,
		forensics.SkipOver, forensics.SkipRepeated, forensics.SkipNoManual, forensics.SkipAnnulled,
		forensics.SkipNoChoice, forensics.SkipChoiceOver, forensics.NotEvalNoInvalid, forensics.NotEvalNoBallots}
	for _, lang := range []svg.Lang{"en", "ru", "ky"} {
		for _, id := range ids {
			if w := svg.Reason(lang, id); w == id || w == "" {
				t.Errorf("%s %s: %q, want the catalog's words", lang, id, w)
			}
		}
	}
	d := &forensics.Data{Choices: []string{"a"}}
	for i, f := range [][2]int64{{-1, 500}, {0, 0}, {3, 300}, {5, 400}} {
		d.Precincts = append(d.Precincts, forensics.Precinct{ID: string(rune('p' + i)), Voters: max(f[1], 1), Ballots: f[1], Invalid: f[0], Votes: []int64{f[1] - max(f[0], 0)}})
	}
	r, err := forensics.Analyze(d, forensics.Params{Draws: 1})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(svg.Lines(r, "invalid", "ru"), "\n")
	if !strings.Contains(text, "не оценивалось: протоколы без числа недействительных бюллетеней 1") || strings.Contains(text, "invalid_not_given") {
		t.Errorf("ru:\n%s", text)
	}
}
