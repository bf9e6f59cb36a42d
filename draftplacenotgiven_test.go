package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Chile's constitutional plebiscite of 2022 by comuna (Servel's partial
// count, a cut): three comunas' region is "NA", which the draft's
// not_given reads as not given. The draft's own mapping counts the file
// (it refused the region's cell before, and a user had to edit the
// commission's file): the three comunas are precincts that name no
// region (X218), a note names their lines, and every comuna's votes are
// counted.
func TestDraftPlaceNotGivenCounts(t *testing.T) {
	const file = "testdata/ingest/real/cl-plebiscito2022-parcial-na.csv"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.DraftMapping(strings.NewReader(string(b)), file)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	m.Guesses = nil // confirmed
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("examples/ru-referendum2020/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	votes := map[string]int64{}
	for _, l := range res.Lists {
		votes[l.ID] = l.Votes
	}
	// The sums of the cut's 8 rows.
	if votes["apruebo"] != 4900+1696+9+298+1534+3255+3518+2600 || votes["rechazo"] != 8391+3030+47+813+2837+1162+1867+1295 {
		t.Errorf("votes %v", votes)
	}
	var none []string
	for _, x := range res.Findings.Findings {
		if x.Code == validate.NoRegion {
			none = append(none, x.Place.Precinct)
		}
	}
	if !slices.Equal(none, []string{"ANTARTICA", "CABO DE HORNOS(EX-NAVARINO)", "PAIHUANO"}) {
		t.Errorf("X218 for %q; want the three comunas", none)
	}
	said := slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, `3 region or okrug cells in 3 rows read "NA", a text of not_given (lines 4, 5, 6)`)
	})
	if !said {
		t.Errorf("no note names the three rows:\n%s", strings.Join(res.Notes, "\n"))
	}
}
