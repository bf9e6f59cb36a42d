package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/wasm/api"
)

// Issue 14: a CSV with its mapping and no election file is counted
// against the definition the mapping implies (said in a note), never the
// embedded dataset; a mapping that disagrees with the election file is an
// error naming each mismatch.
func TestCSVWithoutElection(t *testing.T) {
	rules := closedRules
	mapping := `{"precinct": {"columns": ["region", "uik"]}, "region": "region", "ballot": "list",
 "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "Party A", "b": "Party B"}}`
	csv := "region,uik,invalid,valid,Party A,Party B\nNorth,1,0,10,6,4\nSouth,1,0,20,5,15\n"
	src := api.Source{Rules: rules, RulesName: "rules.json",
		Protocols: []api.CSVFile{{Name: "p.csv", Text: csv, Mapping: mapping, MappingName: "m.json"}}}
	out, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{"the definition is inferred from the mapping m.json", `"Party A"`, "The definition lists no regions"} {
		if !strings.Contains(s, want) {
			t.Errorf("the result lacks %q", want)
		}
	}
	if strings.Contains(s, "Ata-Jurt") {
		t.Error("the embedded 2021 parties are in the result")
	}
	// The page shows those notes in Russian and Kyrgyz (Notes): not a
	// Latin word in them but the files' names and the parties' own.
	var res struct{ Notes []string }
	if err := json.Unmarshal(out, &res); err != nil || len(res.Notes) < 4 {
		t.Fatalf("notes %q, %v", res.Notes, err)
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
	for _, lang := range []string{"ru", "ky"} {
		if len(by[lang]) != len(res.Notes) {
			t.Fatalf("%s: %d notes, want %d", lang, len(by[lang]), len(res.Notes))
		}
		for i, n := range by[lang] {
			rest := n
			// (and the names a rule set writes: its protocol.lines, the
			// lines' IDs, the document that says how)
			names := []string{"m.json", "p.csv", "Party A", "Party B", "choice_values", `"line N"`, `"protocol"`, `"lines"`, "docs/rules.md"}
			for _, l := range election.AllLines() {
				names = append(names, string(l))
			}
			for _, name := range names {
				rest = strings.ReplaceAll(rest, name, "")
			}
			if latin := strings.IndexFunc(rest, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }); latin >= 0 {
				t.Errorf("%s note %d has Latin letters: %q (English %q)", lang, i, n, res.Notes[i])
			}
		}
	}
	if _, err := api.Notes("{"); err == nil {
		t.Error("notes that are not a JSON array: no error")
	}

	src.Election = `{"id": "t", "name": "T", "ballots": {"list": {"against_all": false}}, "regions": [], "okrugs": [],
 "parties": [{"id": "a", "name": "A"}, {"id": "c", "name": "C"}], "precincts": []}`
	_, err = api.Count(src)
	if err == nil || !strings.Contains(err.Error(), `votes.b`) || !strings.Contains(err.Error(), `party "c"`) {
		t.Errorf("err = %v, want both mismatches named", err)
	}
}

// The copy form offers "against all" only on a ballot that has it: not on
// the list ballot of a rule set that says it has none (closedRules), and
// on that of the 2021 form.
func TestPrecinctChoicesAgainstAll(t *testing.T) {
	mapping := `{"precinct": "uik", "region": "region", "ballot": "list",
 "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "Party A", "b": "Party B"}}`
	csv := "region,uik,invalid,valid,Party A,Party B\nNorth,1,0,10,6,4\nSouth,2,0,20,5,15\n"
	src := api.Source{Rules: closedRules, RulesName: "rules.json",
		Protocols: []api.CSVFile{{Name: "p.csv", Text: csv, Mapping: mapping, MappingName: "m.json"}}}
	ids := func(s api.Source, id string) []string {
		t.Helper()
		b, err := api.PrecinctOf(s, id)
		if err != nil {
			t.Fatal(err)
		}
		var p api.Precinct
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range p.Choices["list"] {
			out = append(out, c.ID)
		}
		return out
	}
	if got := ids(src, "1"); strings.Join(got, ",") != "a,b" {
		t.Errorf("the file's list choices: %v, want a,b", got)
	}
	if got := ids(faultySource(t), "1002"); len(got) == 0 || got[len(got)-1] != "against_all" {
		t.Errorf("the demo's list choices end with %v, want against_all", got)
	}
}
