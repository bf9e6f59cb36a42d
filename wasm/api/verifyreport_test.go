package api_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// TestReadReport: the page reads an ERR report as shailoo verify does
// (ReadReport, in the tools' module) and checks its summary (Verify, in
// the counter's): the certified Cambridge cut's ballot measure is named
// and not read, its Status is its provenance, and its notes are in the
// report the page shows.
func TestReadReport(t *testing.T) {
	dir := filepath.Join("..", "..", "interop", "nisterr", "testdata", "cambridge2022")
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	s := api.Source{Protocols: []api.CSVFile{{Name: "cambridge2.csv", Text: read("cambridge2.csv"), Mapping: read("mapping.json")}}, Rules: read("rules.json")}
	verify := func(report, contest string) ([]byte, error) {
		b, err := api.ReadReport(read(report), report, contest)
		if err != nil {
			return nil, err
		}
		var r struct {
			Summary json.RawMessage `json:"summary"`
			ReadAs  json.RawMessage `json:"read_as"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		return api.Verify(s, string(r.Summary), report, string(r.ReadAs))
	}
	b, err := verify("ballot-measure.err.json", "")
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Published struct {
			Provenance, Format, Status string
			Notes                      []string
		}
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	p := rep.Published
	if p.Provenance != "official" || p.Format != "nist-err" || p.Status != "certified" {
		t.Errorf("published: %+v", p)
	}
	if !strings.Contains(strings.Join(p.Notes, "\n"), "not read: «QUESTION 1» (bmc-question-1)") {
		t.Errorf("notes: %q", p.Notes)
	}
	if _, err := verify("two-contests.err.json", "cc-attorney-general-statewide"); err != nil {
		t.Errorf("a contest named: %v", err)
	}
}
