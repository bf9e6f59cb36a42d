package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/shailoo/shailoo/wasm/api"
)

// closedRules is a rule set of 10 list seats, a 5% threshold of the
// participants and closed lists, for the tests of files counted without
// their election.
// closedRules' ballot has no "against all", as the test files give none.
const closedRules = `{"format": 1, "id": "t", "version": "1", "seats": {"list": 10},
 "threshold": {"percent": "5", "base": "participants", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "hare"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`

// The page counts a file saved in Windows-1251 (the bytes the reader
// drops, as they are) with a mapping naming its encoding as it counts the
// UTF-8 file, and finds a total row (I603) in it.
func TestWindows1251File(t *testing.T) {
	rules := closedRules
	mapping := `{"precinct": "Участок", "ballot": "list", "delimiter": ";",
 "lines": {"invalid": "Недействительные", "valid": "Действительные"}, "votes": {"a": "Ак Жол", "b": "Береке"}}`
	csv := "Участок;Недействительные;Действительные;Ак Жол;Береке\r\nУИК 1;1;10;6;4\r\nУИК 2;0;20;5;15\r\nИтого;1;30;11;19\r\n"
	cp, err := charmap.Windows1251.NewEncoder().String(csv)
	if err != nil {
		t.Fatal(err)
	}
	count := func(text, mapping string) map[string]any {
		out, err := api.Count(api.Source{Rules: rules, RulesName: "rules.json",
			Protocols: []api.CSVFile{{Name: "p.csv", Text: text, Mapping: mapping, MappingName: "m.json"}}})
		if err != nil {
			t.Fatal(err)
		}
		var res map[string]any
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		delete(res, "inputs")
		return res
	}
	want := count(csv, mapping)
	got := count(cp, strings.Replace(mapping, "{", `{"encoding": "windows-1251",`, 1))
	wb, _ := json.Marshal(want)
	gb, _ := json.Marshal(got)
	if string(wb) != string(gb) {
		t.Errorf("the Windows-1251 file counts otherwise:\n%s\n%s", wb, gb)
	}
	if !strings.Contains(string(gb), `"I603"`) || !strings.Contains(string(gb), "Итого") {
		t.Errorf("no I603 for the total row: %s", gb)
	}
}
