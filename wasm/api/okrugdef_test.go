package api_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page counts a file of single-member districts with its mapping and
// no election file as `shailoo count` does: the definition inferred from
// the okrug-ballot mapping, the okrugs and their candidates learnt from
// the rows, a note that says so (in Russian and Kyrgyz too), each okrug
// won by the most votes and a tie left to lots; under kg2021 (36 okrug
// seats for 3 okrugs) it is refused with a sentence of the catalog.
func TestCountOkrugsWithoutElection(t *testing.T) {
	rules, err := os.ReadFile("../../examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	csv := "code,Constituency,Region,Valid votes,Con,Lab,Green\n" +
		"E1,South,South East,100,50,40,10\n" +
		"E2,North,North West,90,30,60,\n" +
		"E3,West,Wales,80,35,35,10\n"
	mapping := `{"precinct": "code", "region": "Region", "okrug": "Constituency", "ballot": "okrug",
 "lines": {"valid": "Valid votes"}, "votes": {"con": "Con", "lab": "Lab", "green": "Green"}}`
	src := api.Source{Rules: string(rules), RulesName: "rules.json",
		Protocols: []api.CSVFile{{Name: "p.csv", Text: csv, Mapping: mapping, MappingName: "m.json"}}}
	out, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Okrugs []struct {
			Okrug, Outcome, Winner string
		}
		Seats struct {
			Okrug   int `json:"okrug"`
			OkrugOf int `json:"okrug_of"`
		}
		Notes []string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range res.Okrugs {
		got = append(got, o.Okrug+":"+o.Outcome+":"+o.Winner)
	}
	if strings.Join(got, " ") != "South:elected:con North:elected:lab West:tie:" || res.Seats.Okrug != 2 || res.Seats.OkrugOf != 3 {
		t.Errorf("okrugs %q, seats %+v", got, res.Seats)
	}
	joined := strings.Join(res.Notes, "\n")
	for _, want := range []string{"the definition is inferred from the mapping m.json: okrugs (districts) decided on the okrug ballot", "with 8 candidacies of 3 candidates"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the notes lack %q:\n%s", want, joined)
		}
	}
	nb, _ := json.Marshal(res.Notes)
	said, err := api.Notes(string(nb))
	if err != nil {
		t.Fatal(err)
	}
	var by map[string][]string
	if err := json.Unmarshal(said, &by); err != nil {
		t.Fatal(err)
	}
	if ru := strings.Join(by["ru"], "\n"); !strings.Contains(ru, "в каждом столько мест, сколько даёт набор правил") || !strings.Contains(ru, "кандидатур: 8") {
		t.Errorf("the Russian notes:\n%s", ru)
	}
	if ky := strings.Join(by["ky"], "\n"); !strings.Contains(ky, "ар биринде эрежелер топтому берген орундар") || !strings.Contains(ky, "талапкерликтер: 8") {
		t.Errorf("the Kyrgyz notes:\n%s", ky)
	}

	src.Rules, src.RulesName = "kg2021", ""
	_, err = api.Count(src)
	if err == nil {
		t.Fatal("kg2021's 36 okrug seats for 3 okrugs: no error")
	}
	var f api.Failure
	if err := json.Unmarshal(api.Fail(err), &f); err != nil || f.Key != "err.okrug_seats" || !strings.Contains(f.Error, "36 okrug seats") {
		t.Errorf("failure %+v (%v), want err.okrug_seats naming the 36 seats", f, err)
	}
}
