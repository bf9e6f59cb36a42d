package api_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/wasm/api"
)

// The page reads a transposed file (a column per precinct) as the command
// line does, through the shared loader: the same file turned counts as
// written wide, but for the inputs that name the files; a bad cell is
// said at its own line and column.
func TestTransposedFile(t *testing.T) {
	mapping := `"precinct": "uik", "ballot": "list",
 "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "Party A", "b": "Party B"}}`
	wide := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text: "uik,invalid,valid,Party A,Party B\n1,0,10,6,4\n2,0,20,5,15\n", Mapping: "{" + mapping}
	turned := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text: "uik;1;2\ninvalid;0;0\nvalid;10;20\nParty A;6;5\nParty B;4;15\n", Mapping: `{"layout": "transposed", "delimiter": ";", ` + mapping}
	count := func(f api.CSVFile) (string, error) {
		out, err := api.Count(api.Source{Rules: closedRules, RulesName: "rules.json", Protocols: []api.CSVFile{f}})
		if err != nil {
			return "", err
		}
		var res map[string]any
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		delete(res, "inputs")
		b, err := json.MarshalIndent(res, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b), nil
	}
	w, err := count(wide)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := count(turned)
	if err != nil {
		t.Fatal(err)
	}
	if w != tr {
		t.Errorf("transposed and wide differ:\n%s\n%s", w, tr)
	}
	turned.Text = strings.Replace(turned.Text, "Party A;6;5", "Party A;6;x", 1)
	var pe *ingest.ParseError
	if _, err := count(turned); !errors.As(err, &pe) || pe.Line != 4 || pe.Column != 3 {
		t.Errorf("err %v; want the bad cell at line 4, column 3", err)
	}
}
