package api_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page's downloads mark a partial sum as the command line's do: Noem's
// U.S. House votes of Jones County, South Dakota, 2016, with her precinct-1
// cell emptied (testdata/missingvotes), are 301 without it. The totals
// table says votes_missing 1 and no percent, the protocols table leaves
// her precinct-1 votes empty (never 0), and the ERR report says
// shailoo-votes-missing.
func TestExportMarksPartialSums(t *testing.T) {
	text, err := os.ReadFile("../../testdata/missingvotes/EDITED-us-sd-2016-jones-noem-empty.csv")
	if err != nil {
		t.Fatal(err)
	}
	src := api.Source{
		Protocols: []api.CSVFile{{Name: "jones.csv", Text: string(text), Mapping: `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["U.S House"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Kristi Noem": "noem", "Paula Hawks": "hawks"}}`}},
		Rules: `{"format": 1, "id": "one-seat", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "participants", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`,
	}
	table := func(name string) []map[string]string {
		t.Helper()
		b, err := api.Export(src, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out api.Exported
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if name == api.ExportERR {
			return []map[string]string{{"text": out.Text}}
		}
		recs, err := csv.NewReader(strings.NewReader(out.Text)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var rows []map[string]string
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, h := range recs[0] {
				m[h] = r[i]
			}
			rows = append(rows, m)
		}
		return rows
	}
	found := false
	for _, r := range table(api.ExportTotals) {
		if r["level"] == "nation" && r["item"] == "noem" {
			found = true
			if r["value"] != "301" || r["votes_missing"] != "1" || r["percent"] != "" {
				t.Errorf("noem's partial sum: %v, want 301, votes_missing 1, no percent", r)
			}
		}
	}
	if !found {
		t.Error("no totals row of noem")
	}
	given := map[string]string{}
	for _, r := range table(api.ExportProtocols) {
		given[r["precinct"]] = r["votes_noem"]
	}
	if len(given) != 3 || given["1"] != "" || given["3"] == "" || given["5"] == "" {
		t.Errorf("noem's votes by precinct %v: want precinct 1's empty alone", given)
	}
	if rep := table(api.ExportERR)[0]["text"]; !strings.Contains(rep, `"OtherType": "shailoo-votes-missing"`) {
		t.Error("the ERR report does not mark noem's partial sum")
	}
}
