package api_test

import (
	"strconv"
	"sync"
	"testing"

	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/wasm/api"
	"github.com/shailoo/shailoo/wasm/internal/fixture"
)

// bigFiles are the files of the e2e fixture big.*: a clean synthetic
// election of the 2021 shape with 2,494 precincts (gen -big).
var bigFiles = sync.OnceValues(func() (*fixture.Files, error) {
	e, err := synth.Generate(synth.DefaultConfig(2021, 2435))
	if err != nil {
		return nil, err
	}
	return fixture.Split(e)
})

// BenchmarkCountBig times what the page does with the 2,494-precinct
// protocols CSV: read the definition, the mapping and the CSV, count, and
// write the Result as JSON. Each run names the CSV differently so that the
// memo of the last source does not answer.
func BenchmarkCountBig(b *testing.B) {
	f, err := bigFiles()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(f.CSV)))
	for i := 0; b.Loop(); i++ {
		_, err := api.Count(api.Source{
			Election: string(f.Definition), ElectionName: "big.json",
			Protocols: []api.CSVFile{{Name: "big-" + strconv.Itoa(i) + ".csv", Text: string(f.CSV), Mapping: string(f.Mapping), MappingName: "big.mapping.json"}},
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDemo times the demo the page shows: the count of the embedded
// 2021 dataset (built once beforehand, as the page warms it) and its JSON.
// Each run names a different rule set file so that the memo does not
// answer.
func BenchmarkDemo(b *testing.B) {
	if _, err := api.Warm(); err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		if _, err := api.Count(api.Source{Demo: true, Rules: "kg2021", RulesName: strconv.Itoa(i)}); err != nil {
			b.Fatal(err)
		}
	}
}
