package shailoo_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// A wide file of two contests (testdata/ingest/multi-contest-*: the small
// election's protocols, each row under "Parliament", and rows of a local
// council whose figures are not all numbers) counts, through its mapping's
// row filter, as the small election's file of one contest does: streamed
// (precincts defined) and read whole (precincts learnt from the files).
// The count notes the rows left out; nothing else differs.
func TestCountRowFilter(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/ingest/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	mapping := func(name string) ingest.Mapping {
		m, err := ingest.ReadMapping(strings.NewReader(string(read(name))), name)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	def, err := ingest.ReadElection(strings.NewReader(string(read("small-election.json"))), "small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	def.Protocols = nil
	noPrecincts := *def
	noPrecincts.Precincts = nil
	for _, e := range []*election.Election{def, &noPrecincts} {
		count := func(csv, m string) (string, []string) {
			res, err := shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(string(read(csv))), Mapping: mapping(m)}}, shailoo.Options{})
			if err != nil {
				t.Fatal(err)
			}
			notes := res.Notes
			res.Notes, res.Inputs = nil, nil
			b, err := json.Marshal(res)
			if err != nil {
				t.Fatal(err)
			}
			return string(b), notes
		}
		one, oneNotes := count("small-protocols.csv", "small-mapping.json")
		two, twoNotes := count("multi-contest-protocols.csv", "multi-contest-mapping.json")
		if one != two {
			t.Errorf("%d precincts defined: the filtered file counts otherwise:\n%s\n%s", len(e.Precincts), one, two)
		}
		note := `p.csv: 6 of 18 rows left out by the mapping's row filter (Election = "Parliament"): not counted.`
		if i := slices.Index(twoNotes, note); i < 0 || !slices.Equal(slices.Delete(slices.Clone(twoNotes), i, i+1), oneNotes) {
			t.Errorf("%d precincts defined: notes\n%q\nwant those of the file of one contest and %q\n%q", len(e.Precincts), twoNotes, note, oneNotes)
		}
	}
}
