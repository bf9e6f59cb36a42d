package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// A list tier apportioned by constituency whose definition gives no
// candidates (the London Assembly's one London-wide list, a definition
// inferred from the mapping) says one reason its deputies are not
// named, in the deputies' section and in the notes alike; the section
// said "candidates stand per constituency" and the notes "the
// definition gives no candidates".
func TestDeputiesByConstituencyOneReason(t *testing.T) {
	const csv = "Ward,lab,con,green\nw1,500,300,100\nw2,400,350,120\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "Ward", "region_id": "London", "ballot": "list",
 "votes": {"lab": "lab", "con": "con", "green": "green"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "gla", "version": "1", "seats": {"list": 11},
 "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "tie": "lots", "constituency": "region", "seats_by_region": {"London": 11}},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := text(t, res, report.English)
	const why = "the list's deputies are not named: the count names none when the list seats go by constituency (list.constituency)"
	if n := strings.Count(got, why); n != 6 { // 3 lists, in the deputies' section and in the notes
		t.Errorf("%q is said %d times, want 6:\n%s", why, n, got)
	}
	for _, bad := range []string{"candidates stand per constituency", "so its deputies are not given"} {
		if strings.Contains(got, bad) {
			t.Errorf("the report still says %q:\n%s", bad, got)
		}
	}
	if !strings.Contains(got, "the count names none when the list seats go by constituency (list.constituency), and the election's definition gives no candidates for the list.") {
		t.Errorf("the notes do not say the definition gives no candidates:\n%s", got)
	}
	for _, l := range []report.Lang{report.Russian, report.Kyrgyz} {
		if got := text(t, res, l); strings.Contains(got, "count names none") {
			t.Errorf("%s: English words in the report:\n%s", l, got)
		}
	}
}
