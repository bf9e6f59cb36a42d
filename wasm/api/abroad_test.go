package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The precinct view of a precinct abroad (testdata/abroad's synthetic
// file, precinct 4, okrug K2) offers the okrug ballot's choices under a
// rule set that counts the votes cast abroad (examples/fptp: okrug.abroad
// "counted"), and none under one that excludes them: it was never offered
// abroad, whatever the rule set said.
func TestPrecinctOfAbroadOkrug(t *testing.T) {
	read := func(name string) string { return readFile(t, "../../"+name) }
	counted := read("examples/fptp/rules.json")
	excluded := strings.Replace(counted, `"abroad": "counted"`, `"abroad": "excluded"`, 1)
	for _, c := range []struct {
		name, rules, want string
	}{{"counted", counted, "b,c"}, {"excluded", excluded, ""}} {
		src := api.Source{Rules: c.rules, RulesName: "rules.json", Protocols: []api.CSVFile{{Name: "l.csv",
			Text: read("testdata/abroad/SYNTHETIC-learnt-okrugs.csv"), Mapping: read("testdata/abroad/mapping-learnt.json"), MappingName: "m.json"}}}
		b, err := api.PrecinctOf(src, "4")
		if err != nil {
			t.Fatal(err)
		}
		var p api.Precinct
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, ch := range p.Choices["okrug"] {
			ids = append(ids, ch.ID)
		}
		if !p.Precinct.Abroad || strings.Join(ids, ",") != c.want {
			t.Errorf("%s: abroad %v, okrug choices %v: want abroad, %q", c.name, p.Precinct.Abroad, ids, c.want)
		}
	}
}
