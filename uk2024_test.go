package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// ukCount counts file (of testdata/ingest/real) under the fptp rule set
// with m.
func ukCount(t *testing.T, file string, m ingest.Mapping) *shailoo.Result {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// ukDraft drafts file (of testdata/ingest/real) and confirms it: the
// guesses deleted, as the draft says.
func ukDraft(t *testing.T, file string) ingest.Mapping {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.DraftMapping(strings.NewReader(string(b)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	m.Guesses = nil
	return m
}

// The House of Commons Library's GE2024 results by constituency give
// "All other candidates", several people's votes in one column. Drafted
// and confirmed, it was a candidate: it was elected in 4 seats that Labour
// or an Independent won (Bradford West, 14,898). The draft writes it under
// aggregates: those 4 seats are not decided (provisional), the others
// elect as the publisher says.
func TestUK2024DraftAggregates(t *testing.T) {
	m := ukDraft(t, "uk-ge2024-const-aggregate-leads.csv")
	if len(m.Aggregates) != 1 || m.Votes[m.Aggregates[0]].Header != "All other candidates" {
		t.Fatalf("aggregates %v: want the column \"All other candidates\"", m.Aggregates)
	}
	res := ukCount(t, "uk-ge2024-const-aggregate-leads.csv", m)
	want := map[string]string{"Aberafan Maesteg": "Lab", "Bethnal Green and Stepney": "Lab",
		"Birmingham Hall Green and Moseley": "", "Birmingham Perry Barr": "", "Blackburn": "", "Bradford West": ""}
	for _, o := range res.Okrugs {
		w, ok := want[o.Okrug]
		if !ok || o.WinnerName != w || w == "" && o.Outcome != seats.OutcomeAggregateLeads {
			t.Errorf("%s: %s %q, want %q", o.Okrug, o.Outcome, o.WinnerName, w)
		}
	}
	if len(res.Okrugs) != len(want) || !res.Provisional {
		t.Errorf("%d okrugs (want %d), provisional %v", len(res.Okrugs), len(want), res.Provisional)
	}
}

// In Bethnal Green and Stepney "All other candidates" (15,699, an
// Independent's 14,207 among them) is behind Labour (15,896): it was the
// runner-up, and the margin, 197, was measured to it (the publisher's
// majority: 1,689). The runner-up is the best candidate, the Greens
// (6,391), and the margin a range, 197 to 9,505.
func TestUK2024AggregateBehind(t *testing.T) {
	m := ukDraft(t, "uk-ge2024-const-aggregate-leads.csv")
	res := ukCount(t, "uk-ge2024-const-aggregate-leads.csv", m)
	for _, o := range res.Okrugs {
		switch o.Okrug {
		case "Bethnal Green and Stepney":
			if o.Winner != "lab" || o.RunnerUp != "green" || o.RunnerUpVotes != 6391 || o.Margin != 197 || o.MarginAtMost != 9505 {
				t.Errorf("%s: winner %q, runner-up %q %d, margin %d to %d; want lab, green 6391, 197 to 9505", o.Okrug, o.Winner, o.RunnerUp, o.RunnerUpVotes, o.Margin, o.MarginAtMost)
			}
		case "Aberafan Maesteg":
			if o.Winner != "lab" || o.RunnerUp != "ruk" || o.Margin != 10354 || o.MarginAtMost != 0 {
				t.Errorf("%s: winner %q, runner-up %q, margin %d to %d; want lab, ruk, 10354 exactly (the publisher's majority)", o.Okrug, o.Winner, o.RunnerUp, o.Margin, o.MarginAtMost)
			}
		}
	}
}
