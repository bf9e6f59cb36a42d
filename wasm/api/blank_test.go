package api_test

import (
	"encoding/json"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page's Go API gives the blank votes (Spain's votos en blanco,
// mapping blank_votes) as the CLI's JSON does: a list marked blank, with
// no seat; and the copy form's choice marked blank, so that the page says
// them as blank votes.
func TestBlankVotesOnThePage(t *testing.T) {
	mapping := `{"precinct": "mesa", "region": "prov", "ballot": "list", "lines": {"valid": "validos"},
 "votes": {"a": "A", "b": "B", "en_blanco": "Votos en blanco"}, "blank_votes": ["en_blanco"]}`
	// (SYNTHETIC figures: the blank votes lead, and would take a seat
	// as a list.)
	csv := "prov,mesa,validos,A,B,Votos en blanco\nX,1,100,30,20,50\n"
	src := api.Source{Rules: closedRules, RulesName: "rules.json",
		Protocols: []api.CSVFile{{Name: "p.csv", Text: csv, Mapping: mapping, MappingName: "m.json"}}}
	b, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Lists []struct {
			ID    string `json:"id"`
			Seats int    `json:"seats"`
			Blank bool   `json:"blank"`
		} `json:"lists"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, l := range res.Lists {
		if l.ID == "en_blanco" {
			seen = true
			if !l.Blank || l.Seats != 0 {
				t.Errorf("en_blanco: blank %v, %d seats; want blank and none", l.Blank, l.Seats)
			}
		} else if l.Blank {
			t.Errorf("%s marked blank", l.ID)
		}
	}
	if !seen {
		t.Fatalf("no en_blanco in %s", b)
	}
	p, err := api.PrecinctOf(src, "1")
	if err != nil {
		t.Fatal(err)
	}
	var pr api.Precinct
	if err := json.Unmarshal(p, &pr); err != nil {
		t.Fatal(err)
	}
	for _, c := range pr.Choices["list"] {
		if c.Blank != (c.ID == "en_blanco") {
			t.Errorf("choice %s: blank %v", c.ID, c.Blank)
		}
	}
}
