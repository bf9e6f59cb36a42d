package api_test

import (
	"encoding/json"
	"testing"

	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/wasm/api"
	"github.com/shailoo/shailoo/wasm/internal/fixture"
)

// FuzzCountElection feeds arbitrary bytes to the page's count of an
// election file: it must return a Result or an error, never panic, and a
// Result must be JSON.
func FuzzCountElection(f *testing.F) {
	files, err := fixture.Split(faults.Sample(3))
	if err != nil {
		f.Fatal(err)
	}
	whole, err := json.Marshal(faults.Sample(2))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(files.Definition)
	f.Add(whole)
	f.Add([]byte(`{"parties": [{"id": "a"}], "protocols": [{"precinct": "1", "ballot": "list", "lines": {"valid": -1}, "votes": {"a": 9223372036854775807}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := api.Count(api.Source{Election: string(data), ElectionName: "fuzz.json"})
		if err == nil && !json.Valid(out) {
			t.Fatalf("not JSON: %.200s", out)
		}
	})
}

// FuzzCountCSV feeds arbitrary protocol CSV bytes, with the mapping and
// definition of the sample election, to the page's count.
func FuzzCountCSV(f *testing.F) {
	files, err := fixture.Split(faults.Sample(3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(files.CSV)
	f.Add([]byte("precinct,ballot\n1,list\n"))
	f.Add([]byte("\ufeffprecinct,region,okrug,abroad,ballot,machine,valid\r\n\"1\",r1,o1,0,okrug,1,99999999999999999999\r\n"))
	def, mapping := string(files.Definition), string(files.Mapping)
	f.Fuzz(func(t *testing.T, data []byte) {
		s := api.Source{Election: def, Protocols: []api.CSVFile{{Name: "fuzz.csv", Text: string(data), Mapping: mapping}}, SkipBadRows: len(data)%2 == 0}
		out, err := api.Count(s)
		if err == nil && !json.Valid(out) {
			t.Fatalf("not JSON: %.200s", out)
		}
	})
}
