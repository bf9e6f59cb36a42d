package api_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page reads a file of several contests with a row filter as the
// command line does: the count of the contest kept is the count of a file
// holding its rows alone, and a note says how many rows were left out.
func TestRowFilter(t *testing.T) {
	rules := closedRules
	const mapping = `"precinct": "uik", "region": "region", "ballot": "list",
 "lines": {"invalid": "invalid", "valid": "valid"}, "votes": {"a": "Party A", "b": "Party B"}}`
	alone := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text:    "election,region,uik,invalid,valid,Party A,Party B\nnational,North,1,0,10,6,4\nnational,South,2,0,20,5,15\n",
		Mapping: "{" + mapping}
	many := api.CSVFile{Name: "p.csv", MappingName: "m.json",
		Text: "election,region,uik,invalid,valid,Party A,Party B\nlocal,North,1,n/a,n/a,n/a,n/a\nnational,North,1,0,10,6,4\n" +
			"local,South,2,1,1,1,1\nnational,South,2,0,20,5,15\nmayor,South,2,,,,\n",
		Mapping: `{"rows": {"where": [{"column": "election", "values": ["national"]}]}, ` + mapping}
	count := func(f api.CSVFile) (string, []string) {
		out, err := api.Count(api.Source{Rules: rules, RulesName: "rules.json", Protocols: []api.CSVFile{f}})
		if err != nil {
			t.Fatal(err)
		}
		var res map[string]any
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		delete(res, "inputs")
		var notes []string
		for _, n := range res["notes"].([]any) {
			notes = append(notes, n.(string))
		}
		delete(res, "notes")
		b, err := json.MarshalIndent(res, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return string(b), notes
	}
	a, aNotes := count(alone)
	m, mNotes := count(many)
	if a != m {
		t.Errorf("the filtered file counts otherwise than its rows alone:\n%s\n%s", a, m)
	}
	note := `p.csv: 3 of 5 rows left out by the mapping's row filter (election = "national"): not counted.`
	if !slices.Contains(mNotes, note) || slices.ContainsFunc(aNotes, func(n string) bool { return strings.Contains(n, "row filter") }) {
		t.Errorf("notes %q, want %q (and none without the filter: %q)", mNotes, note, aNotes)
	}

	// A filter keeping no row is an error the page shows, naming the file
	// and the filter.
	many.Mapping = strings.Replace(many.Mapping, `["national"]`, `["National"]`, 1)
	_, err := api.Count(api.Source{Rules: rules, RulesName: "rules.json", Protocols: []api.CSVFile{many}})
	if err == nil || !strings.Contains(err.Error(), "p.csv") || !strings.Contains(err.Error(), `election = "National"`) {
		t.Errorf("err = %v, want the file and the filter", err)
	}
}
