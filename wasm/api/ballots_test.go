package api_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// TestBallots: the page counts cast-vote records (CSV or JSON Lines, with
// or without a mapping) through the shared loader, as `shailoo count
// --ballots` does, also with a definition inferred from a protocols
// mapping that lists no precincts.
func TestBallots(t *testing.T) {
	const def = `{"id": "cvr", "name": "Ballots", "date": "2021-11-28", "regions": [], "okrugs": [],
  "parties": [
    {"id": "p", "name": "P", "ballot_no": 1, "candidates": [{"id": "p-1", "name": "P1", "position": 1, "sex": "F"}]},
    {"id": "q", "name": "Q", "ballot_no": 2, "candidates": [{"id": "q-1", "name": "Q1", "position": 1, "sex": "M"}]}],
  "precincts": [{"id": "1001"}, {"id": "1002"}]}`
	mapping := `{"precinct": "precinct", "ballot": "list", "lines": {"found_stationary": "found", "invalid": "invalid", "valid": "valid"}, "votes": {"p": "P", "q": "Q"}}`
	for _, tc := range []struct {
		name string
		src  api.Source
		want []string // texts the Result's JSON must hold
	}{
		{"csv", api.Source{Election: def, Ballots: []api.CSVFile{{Name: "cvr.csv", Text: "precinct,ballot,choice\n1001,list,p\n1001,list,q\n1002,list,p\n"}}},
			[]string{`"name": "cvr.csv"`, `"party": "p"`, `"votes": 2`}},
		{"jsonl-mapping", api.Source{Election: def, Ballots: []api.CSVFile{{Name: "cvr.jsonl",
			Text:    "{\"uik\": 1001, \"party\": \"q\"}\n{\"uik\": \"1002\", \"party\": \"q\"}\n",
			Mapping: `{"precinct": "uik", "ballot": "list", "choice": "party"}`, MappingName: "cvr.mapping.json"}}},
			[]string{`"name": "cvr.mapping.json"`, `"party": "q"`, `"votes": 2`}},
		{"inferred", api.Source{
			Protocols: []api.CSVFile{{Name: "p.csv", Text: "precinct,found,invalid,valid,P,Q\n1,10,0,10,6,4\n", Mapping: mapping, MappingName: "m.json"}},
			Ballots:   []api.CSVFile{{Name: "cvr.csv", Text: "precinct,ballot,choice\n2,list,p\n2,list,q\n"}}},
			[]string{`"name": "cvr.csv"`, `"votes": 7`, `"votes": 5`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := api.Count(tc.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("the Result lacks %s", w)
				}
			}
		})
	}
	_, err := api.Count(api.Source{Election: def, Ballots: []api.CSVFile{{Name: "bad.csv", Text: "precinct,ballot,choice\n1001,list,z\n"}}})
	if err == nil || !strings.Contains(err.Error(), "bad.csv:2") {
		t.Errorf("a bad ballot: %v, want an error naming bad.csv:2", err)
	}
	_, err = api.Count(api.Source{Demo: true, Ballots: []api.CSVFile{{Text: "precinct,ballot,choice\n"}}})
	if err == nil {
		t.Error("the demo with ballots: no error")
	}
}

// TestBallotsRanked: the page counts a ranked record under a rule set's
// okrug.ranked through the shared loader, as `shailoo count --ballots`
// does: the okrug's rounds are in the Result the page draws.
func TestBallotsRanked(t *testing.T) {
	rules, err := os.ReadFile("../../examples/ranked/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, err := os.ReadFile("../../cmd/shailoo/testdata/cvr/ak-2024-house-election.json")
	if err != nil {
		t.Fatal(err)
	}
	cvr, err := os.ReadFile("../../testdata/ingest/real/us-ak-2024-house-cvr-92106.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := api.Count(api.Source{Rules: string(rules), Election: string(def), Ballots: []api.CSVFile{{Name: "cvr.csv", Text: string(cvr),
		Mapping: `{"precinct": "Precinct Portion", "ballot": "okrug", "ranks": ["Rank 1", "Rank 2", "Rank 3", "Rank 4"], "blank_values": ["undervote"]}`}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`"ranked": {`, `"round": 3`, `"elected": "Begich, Nick"`, `"excluded_by": "fewest"`} {
		if !strings.Contains(string(b), w) {
			t.Errorf("the Result lacks %s", w)
		}
	}
}
