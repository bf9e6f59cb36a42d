package validate_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// A published list of winners that is not the recount's: the sentence
// names the deputies that differ, sorted and whole (a long list cut to
// its first characters hid the one name that differs), in one order
// whatever the order of either list; Want and Got keep both lists whole.
func TestPublishedWinnersDiffer(t *testing.T) {
	long := "jolley-alison-" + strings.Repeat("x", 50)
	elected := []string{"pocock-rob", "puri-manish-kumar", "cairns-janet", "passey-louise", long}
	for _, tc := range []struct {
		name      string
		published []string
		want      string
	}{
		{"one for another", []string{"cairns-janet", "farr-thomas", "passey-louise", "pocock-rob", "puri-manish-kumar"},
			"published but not elected «farr-thomas»; elected but not published «" + long + "»"},
		{"one left out", []string{"puri-manish-kumar", "pocock-rob", "cairns-janet", "passey-louise"},
			"elected but not published «" + long + "»."},
		{"one too many", append([]string{"zed", "abe"}, elected...),
			"published but not elected «abe, zed»."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rc := validate.Recount{Okrugs: []validate.RecountOkrug{{ID: "d", Elected: elected}}}
			rep := validate.CheckPublished(validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: "d", Winners: tc.published}}}, rc, validate.PublishedRules{})
			if len(rep.Findings) != 1 || rep.Findings[0].Code != validate.PublishedWinner {
				t.Fatalf("findings %+v, want one S308", rep.Findings)
			}
			f := rep.Findings[0]
			if s := f.Sentence("en"); !strings.Contains(s, tc.want) {
				t.Errorf("sentence %q, want it to hold %q", s, tc.want)
			}
			for _, lang := range []string{"ru", "ky"} {
				if s := f.Sentence(lang); strings.Contains(s, "{") {
					t.Errorf("%s sentence %q has a placeholder left", lang, s)
				}
			}
			if f.Want != strings.Join(elected, ", ") || f.Got != strings.Join(tc.published, ", ") {
				t.Errorf("want %q got %q, want both lists whole", f.Want, f.Got)
			}
		})
	}
}
