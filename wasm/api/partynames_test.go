package api_test

import (
	"encoding/json"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page counts files of several ridings, each with its own mapping
// that gives its riding's candidates the party IDs (the Quebec 2018 cuts
// of testdata/partynames), as `shailoo count` does: each okrug's winner
// named by its own file's header, no X230, and the okrug seats by party.
func TestPartyIDsPerRiding(t *testing.T) {
	read := func(name string) string { return readFile(t, "../../"+name) }
	src := api.Source{Rules: read("examples/fptp/rules.json"), RulesName: "rules.json", Protocols: []api.CSVFile{
		{Name: "iles.csv", Text: read("testdata/partynames/qc2018-iles-cut.csv"), Mapping: read("testdata/partynames/iles.map.json"), MappingName: "iles.map.json"},
		{Name: "gaspe.csv", Text: read("testdata/partynames/qc2018-gaspe-cut.csv"), Mapping: read("testdata/partynames/gaspe.map.json"), MappingName: "gaspe.map.json"}}}
	out, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Okrugs []struct {
			Okrug      string `json:"okrug"`
			Winner     string `json:"winner"`
			WinnerName string `json:"winner_name"`
		}
		OkrugSeatsByChoice []struct {
			ID    string `json:"id"`
			Name  string `json:"name"`
			Seats int    `json:"seats"`
		} `json:"okrug_seats_by_choice"`
		Findings struct {
			Findings []struct{ Code string }
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Îles-de-la-Madeleine": "Lapierre Maryse P.L.Q./Q.L.P.", "Gaspé": "Perry Mélançon Méganne P.Q."}
	if len(res.Okrugs) != 2 {
		t.Fatalf("okrugs %+v", res.Okrugs)
	}
	for _, o := range res.Okrugs {
		if o.WinnerName != want[o.Okrug] {
			t.Errorf("%s: winner %s %q, want %q", o.Okrug, o.Winner, o.WinnerName, want[o.Okrug])
		}
	}
	for _, f := range res.Findings.Findings {
		if f.Code == "X230" || f.Code == "X237" {
			t.Errorf("finding %s", f.Code)
		}
	}
	by := res.OkrugSeatsByChoice
	if len(by) != 2 || by[0].ID != "plq" || by[0].Seats != 1 || by[0].Name != "" || by[1].ID != "pq" || by[1].Seats != 1 {
		t.Errorf("okrug seats by choice %+v, want plq 1, pq 1, no name (each okrug names its own person)", by)
	}
}
