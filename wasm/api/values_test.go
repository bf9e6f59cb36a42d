package api_test

import (
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
