package shailoo_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Rows with no electors list (Nova Scotia's advance, returning-office,
// write-in and out-of-district ballots, 5 of Annapolis's 43 rows) leave
// the voters on the list not evaluated under one mapping of every row;
// the same file counted under two mappings, the rows with electors and
// the others with "empty_cells": "zero" (voters 0), gives the 16,038
// electors the district's summary publishes, and a warning P108 on each
// of the five (docs/mapping.md "Rows with no electors list").
func TestRowsWithNoElectorsList(t *testing.T) {
	const dir = "testdata/ns2024/"
	rules, err := os.Open(dir + "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	defer rules.Close()
	r, err := shailoo.ReadRules(rules, "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := func(name string) ingest.Mapping {
		f, err := os.Open(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		m, err := ingest.ReadMapping(f, name)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	file := func() *os.File {
		f, err := os.Open(dir + "ns2024-annapolis.csv")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	polls, nolist := mapping("mapping.polls.json"), mapping("mapping.nolist.json")
	def, _, err := ingest.Define(polls, "mapping.polls.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{
		{Name: "ns2024-annapolis.csv", R: file(), Mapping: polls},
		{Name: "ns2024-annapolis.csv", R: file(), Mapping: nolist},
	}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Totals.Voters != 16038 || res.Totals.VotersNotEvaluated != 0 || res.Totals.Protocols != 43 {
		t.Errorf("voters %d (not evaluated on %d), protocols %d; want 16,038 of 43 protocols", res.Totals.Voters, res.Totals.VotersNotEvaluated, res.Totals.Protocols)
	}
	p108 := 0
	for _, f := range res.Findings.Findings {
		if f.Code == "P108" {
			p108++
		}
		if f.Severity == validate.Error {
			t.Errorf("error finding %v", f)
		}
	}
	if p108 != 5 {
		t.Errorf("%d findings P108, want 5", p108)
	}

	// One mapping of every row: the five rows lack the line voters.
	all := mapping("mapping.polls.json")
	all.Rows = nil
	res, err = shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "ns2024-annapolis.csv", R: file(), Mapping: all}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Totals.VotersNotEvaluated != 5 || res.Totals.Voters != 0 {
		t.Errorf("one mapping: voters %d, not evaluated on %d protocols; want not evaluated on 5", res.Totals.Voters, res.Totals.VotersNotEvaluated)
	}
}
