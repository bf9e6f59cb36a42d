package api_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The page reads a mapping's "thousands" as the command line does:
// Malaysia's Kedah file writes its votes "10,701".
func TestThousandsKedah(t *testing.T) {
	csv := readFile(t, "../../testdata/ingest/real/my-kedah-prn2023-seats.csv")
	rules := readFile(t, "../../examples/fptp/rules.json")
	mapping := `{"layout": "long", "precinct": "code", "okrug": "seat", "region": "state", "ballot": "okrug",
 "choice_column": "ballot_order", "votes_column": "votes", "choice_values": {"1": "c1", "2": "c2", "3": "c3", "4": "c4"}%s}`
	src := func(extra string) api.Source {
		return api.Source{Rules: rules, RulesName: "rules.json",
			Protocols: []api.CSVFile{{Name: "kedah.csv", Text: csv, Mapping: strings.Replace(mapping, "%s", extra, 1), MappingName: "m.json"}}}
	}
	if _, err := api.Count(src("")); err == nil || !strings.Contains(err.Error(), `kedah.csv:2:7: votes_column: not a whole number: "10,701"`) {
		t.Errorf("without thousands: %v", err)
	}
	out, err := api.Count(src(`, "thousands": ","`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"leader_votes": 10701`, `"leader_votes": 13364`, `"leader_votes": 17180`, `c1 elected with 10701 votes, margin 3824`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the result lacks %s", want)
		}
	}
}

// The page reads a mapping's "not_given" as the command line does:
// Kenya's Form 34B writes "NA" for a constituency not yet in, a figure
// not given (X229, the result provisional), and the note that says how
// many such cells were read is said in every language.
func TestNotGivenKenya(t *testing.T) {
	csv := readFile(t, "../../testdata/ingest/real/ke-pres2022-form34b.csv")
	rules := `{"format": 1, "id": "ke", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "valid", "comparison": "more_than"},
 "list": {"lists": "closed", "method": "hare", "tie": "lots"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`
	mapping := `{"precinct": "code", "region": "county", "ballot": "list"%s,
 "lines": {"voters": "registered_voters", "valid": "iebc_total", "invalid": "rejected_ballots"},
 "votes": {"raila": "raila", "ruto": "ruto", "mwaure": "mwaure", "wajackoyah": "wajackoyah"}}`
	src := func(extra string) api.Source {
		return api.Source{Rules: rules, RulesName: "rules.json",
			Protocols: []api.CSVFile{{Name: "ke.csv", Text: csv, Mapping: strings.Replace(mapping, "%s", extra, 1), MappingName: "m.json"}}}
	}
	if _, err := api.Count(src("")); err == nil || !strings.Contains(err.Error(), `ke.csv:15:4: lines.voters: not a whole number: "NA"`) {
		t.Errorf("without not_given: %v", err)
	}
	out, err := api.Count(src(`, "not_given": ["NA"]`))
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Provisional bool
		Notes       []string
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if !res.Provisional || !strings.Contains(string(out), `"X229"`) {
		t.Error("a result resting on figures not given is not provisional with X229")
	}
	var note string
	for _, n := range res.Notes {
		if strings.Contains(n, `("not_given"): 21 such cells`) {
			note = n
		}
	}
	if note == "" {
		t.Fatalf("no note of the 21 cells read as not given: %q", res.Notes)
	}
	nb, _ := json.Marshal([]string{note})
	said, err := api.Notes(string(nb))
	if err != nil {
		t.Fatal(err)
	}
	var by map[string][]string
	if err := json.Unmarshal(said, &by); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ru", "ky"} {
		if len(by[lang]) != 1 || by[lang][0] == note || !strings.Contains(by[lang][0], "21") || !strings.Contains(by[lang][0], `"NA"`) {
			t.Errorf("%s: %q", lang, by[lang])
		}
	}
}
