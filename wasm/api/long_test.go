package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page reads a long file (one row per precinct and choice) as the
// command line does, through the shared loader: the same file written
// long counts as written wide, but for the inputs that name the files.
func TestLongFile(t *testing.T) {
	rules := closedRules
	wide := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text: "region,uik,invalid,valid,Party A,Party B\nNorth,1,0,10,6,4\nSouth,1,0,20,5,15\n",
		Mapping: `{"precinct": {"columns": ["region", "uik"]}, "region": "region", "ballot": "list",
 "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "Party A", "b": "Party B"}}`}
	long := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text: "region,uik,choice,votes,valid\nSouth,1,Party B,15,20\nNorth,1,Party A,6,10\nNorth,1,invalid,0,10\n" +
			"South,1,invalid,0,20\nNorth,1,Party B,4,10\nSouth,1,Party A,5,20\n",
		Mapping: `{"layout": "long", "precinct": {"columns": ["region", "uik"]}, "region": "region", "ballot": "list",
 "choice_column": "choice", "votes_column": "votes", "lines": {"valid": "valid"},
 "line_values": {"invalid": "invalid"}, "choice_values": {"Party A": "a", "Party B": "b"}}`}
	count := func(f api.CSVFile) string {
		out, err := api.Count(api.Source{Rules: rules, RulesName: "rules.json", Protocols: []api.CSVFile{f}})
		if err != nil {
			t.Fatal(err)
		}
		// The inputs (the files' SHA-256) differ, and the first note;
		// the rest is the count.
		var res map[string]any
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		if _, ok := res["inputs"]; !ok {
			t.Fatalf("no inputs in %s", out)
		}
		delete(res, "inputs")
		// The note on the inferred definition says where its parties
		// come from: columns or choice cells.
		notes := res["notes"].([]any)
		res["notes"] = notes[1:]
		b, err := json.MarshalIndent(res, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	w, l := count(wide), count(long)
	if w != l {
		t.Errorf("long and wide differ:\n%s\n%s", w, l)
	}
	if !strings.Contains(l, `"Party A"`) {
		t.Errorf("no Party A in %s", l)
	}
}
