package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// mpCount counts the cut file of testdata/ingest/real (Madhya Pradesh
// 2023, by constituency and candidate) with testdata/totals's mapping,
// edited by edit, streamed (CountCSV) and read whole (MergeCSVFor, then
// CountWith); it returns the I616 findings of each.
func mpCount(t *testing.T, file string, edit func(*ingest.Mapping)) [2][]validate.Finding {
	t.Helper()
	mf, err := os.ReadFile("testdata/totals/mapping-mp2023-total.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMapping(bytes.NewReader(mf), "mapping-mp2023-total.json")
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(&m)
	}
	def, notes, err := ingest.Define(m, "mapping-mp2023-total.json")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	files := func() []shailoo.CSVInput {
		return []shailoo.CSVInput{{Name: file, R: bytes.NewReader(text), Mapping: m}}
	}
	r := indiaRules(t)
	streamed, err := shailoo.CountCSV(def, r, files(), shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	e, o, err := shailoo.MergeCSVFor(def, r, files(), shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := shailoo.CountWith(e, r, o)
	if err != nil {
		t.Fatal(err)
	}
	var out [2][]validate.Finding
	for i, res := range []*shailoo.Result{streamed, whole} {
		for _, f := range res.Findings.Findings {
			if f.Code == validate.TotalParts {
				out[i] = append(out[i], f)
			}
		}
		if o := res.Okrugs[1]; o.Okrug != "Vijaypur" || o.Winner != "ramniwas-rawat" || o.LeaderVotes != 69646 {
			t.Errorf("%s: okrug %s won by %s on %d: want Vijaypur, ramniwas-rawat 69646 (68818 + 828)", file, o.Okrug, o.Winner, o.LeaderVotes)
		}
	}
	return out
}

// A long file's votes_column summed from EVM and postal votes, its
// total_votes named as their total: line 19, whose total was edited from
// 69646 to 49646, is I616 with the gap, streamed and read whole; the file
// as published has none. Without "total" the row was counted silently.
func TestTotalOfParts(t *testing.T) {
	const edited = "SYNTHETIC-EDITED-in-mp2023-vijaypur-total-49646.csv"
	for i, fs := range mpCount(t, edited, nil) {
		if len(fs) != 1 {
			t.Fatalf("%d: %d findings I616, want 1: %v", i, len(fs), fs)
		}
		f := fs[0]
		if f.Place.File != edited || f.Place.Row != 19 || f.Place.Precinct != "Vijaypur" || f.Want != "69646" || f.Got != "49646" || f.Gap != -20000 || f.Severity != validate.Error {
			t.Errorf("%d: %+v: want %s line 19, Vijaypur, want 69646, got 49646, gap -20000, an error", i, f, edited)
		}
		if en := f.Message().En; !strings.Contains(en, `column 9 "total_votes"`) {
			t.Errorf("%d: %s: the total's column not named", i, en)
		}
	}
	for i, fs := range mpCount(t, "in-mp2023-ac1-6.csv", nil) {
		if len(fs) != 0 {
			t.Errorf("the file as published, %d: %v, want no I616", i, fs)
		}
	}
	for i, fs := range mpCount(t, edited, func(m *ingest.Mapping) { m.Totals = nil }) {
		if len(fs) != 0 {
			t.Errorf("no total named, %d: %v, want no I616", i, fs)
		}
	}
}

// "totals" names the total of a sum's columns: beside one column it is an
// error naming the field.
func TestTotalOfOneColumn(t *testing.T) {
	const mapping = `{"precinct": "p", "ballot": "list", "votes": {"a": {"columns": ["a1", "a2"]}, "b": "b"}, "totals": {"votes.a": "a", "votes.b": "bt"}}`
	_, err := ingest.ReadMapping(strings.NewReader(mapping), "m.json")
	var pe *ingest.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ingest.ErrMapping) || pe.Field != "totals.votes.b" || !strings.Contains(err.Error(), "is no figure of several columns") {
		t.Errorf("%v: want an error of totals.votes.b, a total beside one column", err)
	}
	ok := strings.Replace(mapping, `, "votes.b": "bt"`, "", 1)
	if _, err := ingest.ReadMapping(strings.NewReader(ok), "m.json"); err != nil {
		t.Errorf("a sum's total: %v", err)
	}
}
