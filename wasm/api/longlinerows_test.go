package api_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page is told the row of a long file's line that a finding is about:
// Montour County's 2022 rows read with "Ballots Cast" as the valid ballots
// (testdata/longrows) fail P103 at each precinct's "Ballots Cast" row,
// ANTHONY TWP's line 3, with no last row, not at rows 2-15.
func TestCountLongLineRow(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("../../" + name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	b, err := api.Count(api.Source{Protocols: []api.CSVFile{{Name: "montour.csv", Text: read("testdata/relationgap/us-pa-2022-montour-5prec.csv"), Mapping: read("testdata/longrows/montour-valid.json")}},
		Rules: read("examples/fptp/rules.json")})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Findings struct {
			Findings []struct {
				Code  string `json:"code"`
				Place struct {
					Precinct string `json:"precinct"`
					Row      int    `json:"row"`
					LastRow  int    `json:"last_row"`
				} `json:"place"`
			} `json:"findings"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range res.Findings.Findings {
		if f.Code == "P103" && f.Place.Precinct == "ANTHONY TWP" {
			found = true
			if f.Place.Row != 3 || f.Place.LastRow != 0 {
				t.Errorf("P103 of ANTHONY TWP at row %d, last row %d: want row 3 alone", f.Place.Row, f.Place.LastRow)
			}
		}
	}
	if !found {
		t.Fatalf("no P103 of ANTHONY TWP in %s", b)
	}
}
