package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// TestNilBesideValid is part of issue 12's attack suite (panics and shared
// state). The generated walk (apiwalk_test.go in each package) passes nil
// or zero for every argument at once, so a function that refuses its first
// zero argument never meets the others; here each nil comes with valid
// arguments beside it, for the functions the issue names and their
// siblings. Each must return an error (or its documented zero result),
// never panic.
func TestNilBesideValid(t *testing.T) {
	e := smallElection(t)
	m := ingest.MappingFor(e, election.ListBallot)
	csv := func() *strings.Reader { return strings.NewReader("precinct\n1\n") }
	res, err := shailoo.Count(e, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	summary, err := validate.ReadSummary(strings.NewReader(`{"lists": [{"id": "x", "votes": 1}]}`), "s.json")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, c := range []struct {
		name string
		call func() error
		want error // nil: any error
	}{
		{"ingest.ReadCSV nil reader", func() error { _, err := ingest.ReadCSV(nil, "f.csv", m, ingest.Options{}); return err }, ingest.ErrNil},
		{"ingest.Scan nil reader", func() error {
			_, err := ingest.Scan(nil, "f.csv", m, ingest.Options{}, func(int, *election.Protocol, election.Precinct) error { return nil })
			return err
		}, ingest.ErrNil},
		{"ingest.Scan nil function", func() error { _, err := ingest.Scan(csv(), "f.csv", m, ingest.Options{}, nil); return err }, ingest.ErrNil},
		{"ingest.ScanRows nil function", func() error { _, err := ingest.ScanRows(csv(), "f.csv", m, ingest.Options{}, nil); return err }, ingest.ErrNil},
		{"ingest.ReadElection nil reader", func() error { _, err := ingest.ReadElection(nil, "e.json"); return err }, ingest.ErrNil},
		{"ingest.ReadMapping nil reader", func() error { _, err := ingest.ReadMapping(nil, "m.json"); return err }, ingest.ErrNil},
		{"ingest.WriteCSV nil writer", func() error { return ingest.WriteCSV(nil, e.Protocols, e.Precincts, m) }, ingest.ErrNil},
		{"ingest.NewWriter nil writer", func() error { _, err := ingest.NewWriter(nil, m); return err }, ingest.ErrNil},
		{"ingest.Writer.WriteProtocol nil protocol", func() error {
			w, err := ingest.NewWriter(&b, m)
			if err != nil {
				return nil
			}
			return w.WriteProtocol(nil, nil)
		}, ingest.ErrNil},
		{"shailoo.ReadRules nil reader", func() error { _, err := shailoo.ReadRules(nil, "r.json"); return err }, shailoo.ErrRules},
		{"shailoo.MergeCSV nil election", func() error {
			_, _, err := shailoo.MergeCSV(nil, []shailoo.CSVInput{{Name: "f.csv", R: csv(), Mapping: m}}, shailoo.Options{})
			return err
		}, nil},
		{"shailoo.MergeCSV nil reader", func() error {
			_, _, err := shailoo.MergeCSV(&election.Election{}, []shailoo.CSVInput{{Name: "f.csv", Mapping: m}}, shailoo.Options{})
			return err
		}, nil},
		{"shailoo.CountCSV nil reader", func() error {
			_, err := shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "f.csv", Mapping: m}}, shailoo.Options{})
			return err
		}, nil},
		{"validate.Published nil election", func() error { _, err := validate.Published(nil, "1", election.ListBallot, false); return err }, validate.ErrNilElection},
		{"validate.CompareCopyIn nil election", func() error { _, err := validate.CompareCopyIn(nil, e.Protocols[0]); return err }, validate.ErrNilElection},
		{"validate.ReadSummary nil reader", func() error { _, err := validate.ReadSummary(nil, "s.json"); return err }, validate.ErrSummary},
		{"ballots.NewOkrugCounter nil okrug", func() error { _, err := ballots.NewOkrugCounter(nil, true); return err }, ballots.ErrBadChoices},
		{"ballots.Protocols nil election", func() error { _, err := ballots.Protocols(nil, nil, nil); return err }, ballots.ErrBadChoices},
		{"report.Text nil writer", func() error { return report.Text(nil, res, report.English) }, report.ErrNil},
		{"report.Text nil result", func() error { return report.Text(&b, nil, report.English) }, report.ErrNil},
		{"report.Markdown nil result", func() error { return report.Markdown(&b, nil, report.Kyrgyz) }, report.ErrNil},
		{"report.JSON nil result", func() error { return report.JSON(&b, nil) }, report.ErrNil},
		{"report.TranscriptText nil writer", func() error { return report.TranscriptText(nil, res) }, report.ErrNil},
		{"report.FindingsText nil writer", func() error { return report.FindingsText(nil, res.Findings, report.English) }, report.ErrNil},
		{"report.WhatIfText empty WhatIf", func() error { return report.WhatIfText(&b, &shailoo.WhatIf{}, report.English) }, report.ErrNil},
		{"report.WhatIfText half a WhatIf", func() error { return report.WhatIfText(&b, &shailoo.WhatIf{Base: res}, report.English) }, report.ErrNil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panics: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil {
				t.Fatal("no error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Fatalf("error %v, want one matching %v", err, c.want)
			}
		})
	}

	// The functions without an error give their documented result.
	if tr := (*shailoo.Result)(nil).Transcript(); tr.Schema != shailoo.TranscriptSchema || len(tr.Steps) != 0 {
		t.Errorf("nil Result's transcript = %+v", tr)
	}
	if rep := shailoo.Verify(nil, summary); rep.Errors() == 0 {
		t.Errorf("Verify(nil, a summary publishing a list) found no error: %+v", rep)
	}
}

// TestNoSharedTables is part of issue 12's attack suite (panics and shared
// state): what the library exports as tables are copies, so that changing
// them leaves every later count as it was.
func TestNoSharedTables(t *testing.T) {
	e := smallElection(t)
	count := func() string {
		res, err := shailoo.Count(e, shailoo.KG2021())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.JSON(&b, res); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	before := count()
	lines := election.AllLines()
	for i := range lines {
		lines[i] = "spoiled"
	}
	_ = lines[:9]
	langs := report.Langs()
	langs[0] = "de"
	codes := validate.Codes()
	codes[0].Severity = "note"
	presets := shailoo.Presets()
	presets[0] = "none"
	if after := count(); after != before {
		t.Error("a count changed after a caller changed the tables it was given")
	}
	if _, err := shailoo.Preset(shailoo.Presets()[0]); err != nil {
		t.Error(err)
	}
}

func smallElection(t *testing.T) *election.Election {
	t.Helper()
	f, err := os.Open("testdata/ingest/small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	return e
}
