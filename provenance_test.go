package shailoo_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// provFile is a small file of list protocols with its mapping, of
// provenance prov (none when empty) and source src.
func provFile(name string, prov election.Provenance, src string) shailoo.CSVInput {
	const csv = "precinct,region,invalid,valid,a,b\n1,r1,2,98,60,38\n2,r2,1,49,20,29\n"
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Ballot: "list",
		Lines:      map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes:      map[string]ingest.Column{"a": {Header: "a"}, "b": {Header: "b"}},
		Provenance: prov, Source: src}
	return shailoo.CSVInput{Name: name, R: strings.NewReader(csv), Mapping: m}
}

// countProv counts files under a definition inferred from the first
// file's mapping (or def, when not nil).
func countProv(t *testing.T, def *election.Election, files ...shailoo.CSVInput) *shailoo.Result {
	t.Helper()
	if def == nil {
		var err error
		if def, _, err = ingest.Define(files[0].Mapping, "m.json"); err != nil {
			t.Fatal(err)
		}
	}
	r, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, files, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// fileInput is the input of res named name.
func fileInput(res *shailoo.Result, name string) shailoo.Input {
	for _, in := range res.Inputs {
		if in.Name == name {
			return in
		}
	}
	return shailoo.Input{}
}

// A count says where its figures come from: the definition's provenance,
// else that its protocols files' mappings give, else "not_given", a value
// in the JSON, never a key left out; each protocols file's input says its
// own.
func TestCountProvenance(t *testing.T) {
	res := countProv(t, nil, provFile("a.csv", "", ""))
	if res.Election.Provenance != shailoo.ProvenanceNotGiven {
		t.Errorf("no provenance anywhere: %q, want %q", res.Election.Provenance, shailoo.ProvenanceNotGiven)
	}
	if in := fileInput(res, "a.csv"); in.Provenance != shailoo.ProvenanceNotGiven || in.Source != "" {
		t.Errorf("the file's input %+v, want provenance not given", in)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"provenance":"not_given"`) {
		t.Errorf("the JSON does not say the provenance is not given: %.300s", b)
	}

	res = countProv(t, nil, provFile("a.csv", election.Preliminary, "the commission's site, 10 June 12:00"))
	if res.Election.Provenance != string(election.Preliminary) {
		t.Errorf("a preliminary file: %q", res.Election.Provenance)
	}
	if in := fileInput(res, "a.csv"); in.Provenance != "preliminary" || in.Source != "the commission's site, 10 June 12:00" {
		t.Errorf("the file's input %+v", in)
	}

	res = countProv(t, nil, provFile("a.csv", election.Official, ""), provFile("b.csv", election.Official, ""))
	if res.Election.Provenance != "official" {
		t.Errorf("two official files: %q", res.Election.Provenance)
	}
	res = countProv(t, nil, provFile("a.csv", election.Official, ""), provFile("b.csv", "", ""))
	if want := "a.csv: official; b.csv: not_given"; res.Election.Provenance != want {
		t.Errorf("files that differ: %q, want %q", res.Election.Provenance, want)
	}

	// A definition's own provenance is the count's; the file still says its own.
	def, _, err := ingest.Define(provFile("a.csv", "", "").Mapping, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	def.Provenance = "synthetic: made for this test"
	res = countProv(t, def, provFile("a.csv", election.Preliminary, ""))
	if res.Election.Provenance != def.Provenance || fileInput(res, "a.csv").Provenance != "preliminary" {
		t.Errorf("a definition with a provenance: %q, the file's %q", res.Election.Provenance, fileInput(res, "a.csv").Provenance)
	}

	// Read whole (MergeCSV, then CountWith), the same.
	def.Provenance = ""
	r, _ := shailoo.Preset("kg2021")
	e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{provFile("a.csv", election.Synthetic, "")}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res, err = shailoo.CountWith(e, r, o); err != nil {
		t.Fatal(err)
	}
	if res.Election.Provenance != "synthetic" || fileInput(res, "a.csv").Provenance != "synthetic" {
		t.Errorf("merged: %q, the file's %q", res.Election.Provenance, fileInput(res, "a.csv").Provenance)
	}
	// A definition with protocols and no provenance, counted alone.
	if res, err = shailoo.CountWith(e, r, shailoo.Options{}); err != nil {
		t.Fatal(err)
	}
	if res.Election.Provenance != shailoo.ProvenanceNotGiven {
		t.Errorf("a definition without a provenance: %q", res.Election.Provenance)
	}
}

// Verify says what it compared the summary with: the recount's election,
// its protocols files, its provenance, and whether its protocols are
// synthetic stand-ins, made (for the built-in kg2021 dataset) to reproduce
// the published figures they are compared with.
func TestVerifySaysTheRecount(t *testing.T) {
	d, err := datasets.KG2021Shared()
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.Count(d.Election, r)
	if err != nil {
		t.Fatal(err)
	}
	votes := res.Lists[0].Votes
	rep := shailoo.Verify(res, validate.Summary{Lists: []validate.PublishedList{{ID: res.Lists[0].ID, Votes: &votes}}})
	rc := rep.Recount
	if rc == nil || rc.Election != "kg2021" || rc.Provenance != d.Election.Provenance || len(rc.Files) != 0 || !rc.SyntheticProtocols {
		t.Fatalf("kg2021: recount %+v; want kg2021, its provenance, no files, synthetic protocols", rc)
	}

	res = countProv(t, nil, provFile("a.csv", election.Official, ""))
	rc = shailoo.Verify(res, validate.Summary{}).Recount
	if rc == nil || rc.Election != "inferred" || rc.Provenance != "official" || len(rc.Files) != 1 || rc.Files[0] != "a.csv" || rc.SyntheticProtocols {
		t.Errorf("an official file: recount %+v", rc)
	}
	res = countProv(t, nil, provFile("a.csv", election.Synthetic, ""))
	if rc = shailoo.Verify(res, validate.Summary{}).Recount; rc == nil || !rc.SyntheticProtocols {
		t.Errorf("a synthetic file: recount %+v, want synthetic protocols", rc)
	}
	res = countProv(t, nil, provFile("a.csv", "", ""))
	if rc = shailoo.Verify(res, validate.Summary{}).Recount; rc == nil || rc.Provenance != shailoo.ProvenanceNotGiven || rc.SyntheticProtocols {
		t.Errorf("a file of no provenance: recount %+v", rc)
	}
}
