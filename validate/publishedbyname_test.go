package validate

import (
	"slices"
	"strings"
	"testing"
)

// A summary may name an okrug's candidate by its name exactly as the
// recount's definition writes it: compared as its ID, and said
// (Compared.Named). A name two candidates share, or one whose ID the
// summary names too, is left as written; so is one that differs from
// every name by a letter (never read fuzzily). A finding about a
// candidate gives the name beside the ID.
func TestPublishedOkrugCandidatesByName(t *testing.T) {
	ro := RecountOkrug{ID: "pres", Winner: "romney", Outcome: "elected",
		Votes: map[string]int64{"romney": 543, "obama": 113, "smith-a": 1, "smith-b": 1},
		Names: map[string]string{"romney": "Romney, Mitt", "obama": "Obama, Barack", "smith-a": "Smith", "smith-b": "Smith"}}
	rc := Recount{Okrugs: []RecountOkrug{ro}}
	for _, c := range []struct {
		name    string
		o       PublishedOkrug
		matched int
		named   []string
		says    string
	}{
		{"IDs", PublishedOkrug{ID: "pres", Winner: "romney", Votes: map[string]int64{"obama": 113}}, 2, nil, ""},
		{"names exactly", PublishedOkrug{ID: "pres", Winner: "Romney, Mitt", Votes: map[string]int64{"Obama, Barack": 113}}, 2, []string{"Obama, Barack", "Romney, Mitt"}, ""},
		{"a name off by a space", PublishedOkrug{ID: "pres", Votes: map[string]int64{"Obama,  Barack": 113}}, 0, nil, `"romney" (Romney, Mitt), "obama" (Obama, Barack)`},
		{"a name of two", PublishedOkrug{ID: "pres", Votes: map[string]int64{"Smith": 1}}, 0, nil, "no candidate of that ID"},
		{"a name beside its ID", PublishedOkrug{ID: "pres", Votes: map[string]int64{"obama": 113, "Obama, Barack": 113}}, 1, nil, "no candidate of that ID"},
		{"a gap named", PublishedOkrug{ID: "pres", Votes: map[string]int64{"Obama, Barack": 114}}, 0, []string{"Obama, Barack"}, "«obama (Obama, Barack)»: published 114 votes"},
	} {
		t.Run(c.name, func(t *testing.T) {
			rep := CheckPublished(Summary{Okrugs: []PublishedOkrug{c.o}}, rc, PublishedRules{})
			var named []string
			for _, n := range rep.Compared.Named {
				named = append(named, n.Published)
			}
			if rep.Compared.Matched != c.matched || !slices.Equal(named, c.named) {
				t.Errorf("matched %d, named %q; want %d, %q\n%+v", rep.Compared.Matched, named, c.matched, c.named, rep.Findings)
			}
			var text []string
			for _, f := range rep.Findings {
				text = append(text, f.Sentence("en"))
			}
			if c.says != "" && !strings.Contains(strings.Join(text, "\n"), c.says) {
				t.Errorf("findings %q do not say %q", text, c.says)
			}
		})
	}
}
