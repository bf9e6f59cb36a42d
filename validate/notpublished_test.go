package validate_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A list or an okrug the summary lacks (S311, S313) has "not published"
// for its published figure, said in each language, never blank beside the
// recount's ID (a tester read the ID in that column as the summary's).
func TestMissingSaysNotPublished(t *testing.T) {
	s, rc := summary2021(), recount2021()
	s.Lists, s.Okrugs = s.Lists[1:], s.Okrugs[:1]
	rep := validate.CheckPublished(s, rc, kg2021)
	n := 0
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedMissingList || f.Code == validate.PublishedMissingOkrug {
			n++
			if f.Got != "not published" || f.Want == "" {
				t.Errorf("%s want %q got %q, want the recount's ID and \"not published\"", f.Code, f.Want, f.Got)
			}
		}
	}
	if n == 0 {
		t.Fatalf("no S311 or S313: %+v", rep.Findings)
	}
	for lang, want := range map[report.Lang]string{"en": "not published", "ru": "не опубликовано", "ky": "жарыяланган эмес"} {
		var b bytes.Buffer
		if err := report.FindingsText(&b, rep, lang); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(b.String(), "\n") {
			if strings.Contains(line, "S311") && !strings.Contains(line, want) {
				t.Errorf("%s: %q does not say %q", lang, line, want)
			}
		}
	}
}
