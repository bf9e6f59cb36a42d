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

// Sri Lanka's presidential election of 2019 by polling division, as
// published: each electoral district's row before its polling divisions'
// rows, each figure of it their sum (the real cut
// testdata/ingest/real/lk-pres2019-pd-districts.tsv, districts 01-03).
// Counted as read, every vote counts twice, and I603 names each
// district's row and the rows it totals; left out by the mapping's row
// filter as I603 advises, the count is the divisions' own (their sums: 39
// rows, 3,623,740 valid votes, Gotabaya Rajapaksa (SLPP) 2,066,503,
// Sajith Premadasa (NDF) 1,338,805).
func TestDistrictRowsBeforeTheirDivisions(t *testing.T) {
	const rules = `{"format": 1, "id": "lk-president", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}}}}`
	mapping := func(rows string) string {
		return `{"delimiter": "\t", "precinct": "entity_id", "okrug_id": "Sri Lanka", "ballot": "okrug",` + rows + `
 "lines": {"voters": "electors", "found_stationary": "polled", "invalid": "rejected", "valid": "valid"},
 "votes": {"dnm": "DNM", "dunf": "DUNF", "fsp": "FSP", "ind01": "IND01", "ind02": "IND02", "ind03": "IND03", "ind04": "IND04", "ind05": "IND05", "ind07": "IND07", "ind08": "IND08", "ind09": "IND09", "ind10": "IND10", "ind11": "IND11", "ind12": "IND12", "ind13": "IND13", "ind14": "IND14", "ind15": "IND15", "jsp": "JSP", "jswp": "JSWP", "ndf": "NDF", "nmpp": "NMPP", "npp": "NPP", "nssp": "NSSP", "nsu": "NSU", "nua": "NUA", "onf": "ONF", "oppp": "OPPP", "other": "__OTHER", "owors": "OWORS", "rja": "RJA", "sep": "SEP", "sllp": "SLLP", "slpp": "SLPP", "spsl": "SPSL", "usp": "USP"}}`
	}

	res := countReal(t, "lk-pres2019-pd-districts.tsv", mapping(""), rules)
	var rows []int
	for _, f := range res.Findings.Findings {
		if f.Code == validate.TotalRow {
			rows = append(rows, f.Place.Row)
		}
	}
	if len(rows) != 3 || rows[0] != 2 || rows[1] != 19 || rows[2] != 34 {
		t.Errorf("I603 at rows %v, want the district rows 2, 19 and 34", rows)
	}
	// The file read whole (MergeCSV, as the counts of protocols in parts
	// read it) says the same.
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping("")), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/ingest/real/lk-pres2019-pd-districts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "lk-pres2019-pd-districts.tsv", R: f, Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var whole []int
	for _, f := range o.Findings {
		if f.Code == validate.TotalRow {
			whole = append(whole, f.Place.Row)
		}
	}
	if !slices.Equal(whole, rows) {
		t.Errorf("read whole: I603 at rows %v, streaming at %v", whole, rows)
	}
	if res.Totals.Precincts != 42 || res.Totals.Valid != 2*3623740 {
		t.Errorf("as read: %d precincts, %d valid, want 42 and every vote twice", res.Totals.Precincts, res.Totals.Valid)
	}

	res = countReal(t, "lk-pres2019-pd-districts.tsv", mapping(`
 "rows": {"where": [{"column": "entity_id", "except": ["EC-01", "EC-02", "EC-03"]}]},`), rules)
	if n := codes(res)[validate.TotalRow]; n != 0 {
		t.Errorf("%d I603 with the district rows left out", n)
	}
	tot := res.Totals
	if tot.Precincts != 39 || tot.Valid != 3623740 || tot.Invalid != 37931 || tot.Voters != 4377375 || tot.Participants != 3661671 {
		t.Errorf("divisions: %+v", tot)
	}
	if len(res.Okrugs) != 1 || res.Okrugs[0].Leader != "slpp" || res.Okrugs[0].LeaderVotes != 2066503 || res.Okrugs[0].RunnerUpVotes != 1338805 {
		t.Errorf("okrugs: %+v", res.Okrugs)
	}
}
