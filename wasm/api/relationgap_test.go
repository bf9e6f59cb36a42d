package api_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page is told what the command line says of an okrug whose
// protocols fail P103 by a gap of at least its margin: Calgary-Acadia
// 2023 edited (testdata/relationgap: the UCP's 443 votes at one poll read
// 543, valid 1026 left) is "elected ucp" by 78 on a gap of 100, and is
// provisional, with the reason relation_gap.
func TestCountRelationGap(t *testing.T) {
	text, err := os.ReadFile("../../testdata/relationgap/SYNTHETIC-EDITED-ab2023-calgary-acadia-ucp543.csv")
	if err != nil {
		t.Fatal(err)
	}
	mapping, err := os.ReadFile("../../testdata/relationgap/ab2023.mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := os.ReadFile("../../examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := api.Count(api.Source{Protocols: []api.CSVFile{{Name: "acadia.csv", Text: string(text), Mapping: string(mapping)}}, Rules: string(rules)})
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Provisional bool `json:"provisional"`
		Reasons     []struct {
			Kind    string   `json:"kind"`
			Affects []string `json:"affects"`
		} `json:"provisional_reasons"`
		Okrugs []struct {
			Margin      int64  `json:"margin"`
			Gap         int64  `json:"relation_gap"`
			Overturn    string `json:"relation_gap_overturn"`
			Provisional bool   `json:"provisional"`
		} `json:"okrugs"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	if !res.Provisional || len(res.Reasons) != 1 || res.Reasons[0].Kind != "relation_gap" || len(res.Reasons[0].Affects) != 1 || res.Reasons[0].Affects[0] != "okrug/Calgary-Acadia" {
		t.Fatalf("provisional %v, reasons %+v", res.Provisional, res.Reasons)
	}
	if len(res.Okrugs) != 1 {
		t.Fatalf("%d okrugs", len(res.Okrugs))
	}
	if o := res.Okrugs[0]; o.Margin != 78 || o.Gap != 100 || o.Overturn != "could" || !o.Provisional {
		t.Fatalf("okrug %+v: want margin 78, relation_gap 100, could, provisional", o)
	}
}
