package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// Trafford's local elections of 2022 say in "election_result" who was
// elected: the published outcome. A draft that read it as a contest kept
// the NOT ELECTED rows alone, and its count, confirmed, elected every
// ward's runner-up with no finding. Drafted and confirmed, the file
// elects the candidates the borough published: JERROME in Altrincham,
// TAYLOR in Clifford.
func TestDraftOutcomeTrafford(t *testing.T) {
	const file = "testdata/ingest/real/uk-trafford-local2022.csv"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.DraftMapping(strings.NewReader(string(b)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Rows != nil {
		t.Errorf("rows %+v: want no row filter, every candidate's row counted", *m.Rows)
	}
	said := false
	for _, g := range m.Guesses {
		said = said || strings.Contains(g, `"election_result" is not mapped: it says who was elected`) && strings.Contains(g, "verify --published")
	}
	if !said {
		t.Errorf("no guess says election_result is the published outcome:\n%s", strings.Join(m.Guesses, "\n"))
	}
	m.Guesses = nil // confirmed
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, o := range res.Okrugs {
		got[o.Okrug] = o.WinnerName
	}
	if len(res.Okrugs) != 12 || got["Altrincham"] != "JERROME" || got["Clifford"] != "TAYLOR" {
		t.Errorf("winners %v: want 12 wards, JERROME in Altrincham, TAYLOR in Clifford", got)
	}
}
