package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// countFile counts a small file of list protocols whose mapping gives
// provenance prov (none when empty) and source src.
func countFile(t *testing.T, prov election.Provenance, src string) *shailoo.Result {
	t.Helper()
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines:      map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes:      map[string]ingest.Column{"a": {Header: "a"}, "b": {Header: "b"}},
		Provenance: prov, Source: src}
	def, _, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "p.csv", Mapping: m,
		R: strings.NewReader("precinct,invalid,valid,a,b\n1,2,98,60,38\n")}}, shailoo.Options{})
	require.NoError(t, err)
	return res
}

// A count whose figures have no provenance says so in the lists' source
// column and under "Where the figures come from", in every language; one
// whose file's mapping gives it says it there, with the file's source.
func TestTextProvenance(t *testing.T) {
	for _, c := range []struct {
		lang          report.Lang
		cell, section string
	}{
		{"en", "provenance not given", "Provenance not given: neither the election's definition nor the mapping"},
		{"ru", "происхождение не указано", "Происхождение не указано:"},
		{"ky", "булагы көрсөтүлгөн эмес", "Булагы көрсөтүлгөн эмес:"},
	} {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, countFile(t, "", ""), c.lang))
		out := b.String()
		rows := 0
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "a ") || strings.HasPrefix(strings.TrimSpace(line), "b ") {
				rows++
				if !strings.HasSuffix(line, c.cell) {
					t.Errorf("%s: a list's row does not end in %q: %q", c.lang, c.cell, line)
				}
			}
		}
		if rows != 2 || !strings.Contains(out, "\n  "+c.section) || !strings.Contains(out, "p.csv ("+c.cell+")") {
			t.Errorf("%s: %d list rows; the section or the file's line does not say the provenance is not given:\n%s", c.lang, rows, out)
		}
	}
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, countFile(t, election.Preliminary, "the commission's site"), "en"))
	if out := b.String(); !strings.Contains(out, "\n  preliminary\n") || !strings.Contains(out, "p.csv (preliminary: the commission's site)") || strings.Contains(out, "provenance not given") {
		t.Errorf("a preliminary file:\n%s", out)
	}
}

// A check of a published summary says what it compared it with, and that
// agreement with synthetic protocols proves nothing.
func TestFindingsSayTheRecount(t *testing.T) {
	rep := validate.Report{Compared: &validate.Compared{Figures: 1, Matched: 1}, Recount: &validate.RecountOf{Election: "kg2021",
		Name: "Jogorku Kenesh election, 28 November 2021", Provenance: "synthetic", SyntheticProtocols: true}}
	var b bytes.Buffer
	require.NoError(t, report.FindingsText(&b, rep, "en"))
	out := b.String()
	for _, want := range []string{
		"The recount: Jogorku Kenesh election, 28 November 2021 (kg2021), counted from the definition's own protocols; where its figures come from: synthetic",
		"The recount's precinct protocols are SYNTHETIC",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	rep.Recount = &validate.RecountOf{Election: "inferred", Name: "inferred from m.json", Provenance: shailoo.ProvenanceNotGiven, Files: []string{"p.csv"}}
	b.Reset()
	require.NoError(t, report.FindingsMarkdown(&b, rep, "en"))
	if out := b.String(); !strings.Contains(out, "The recount: inferred from m.json, counted from the files p.csv; where its figures come from: provenance not given") || strings.Contains(out, "SYNTHETIC") {
		t.Errorf("a file of no provenance:\n%s", out)
	}
}

// A published summary without its "provenance" field says that the field
// is missing and what to write, in every language, never "provenance not
// given" before a source that says "Provenance: official" in its words
// (the Duma examples' summaries did).
func TestPublishedProvenanceMissing(t *testing.T) {
	for _, c := range []struct{ lang, want, not string }{
		{"en", `where its figures come from: the summary has no "provenance" field (give it "provenance": "official", "preliminary" or "synthetic"): Provenance: official. The CEC`, "provenance not given"},
		{"ru", `откуда их цифры: в итогах нет поля "provenance" (укажите "provenance": "official", "preliminary" или "synthetic"): Provenance: official. The CEC`, "происхождение не указано"},
		{"ky", `жыйынтыктарда "provenance" талаасы жок (аны жазыңыз: "provenance": "official", "preliminary" же "synthetic"): Provenance: official. The CEC`, "булагы көрсөтүлгөн эмес"},
	} {
		rep := validate.Report{Published: &validate.PublishedOf{Election: "ru-duma2016", Provenance: shailoo.ProvenanceNotGiven, Source: "Provenance: official. The CEC"}}
		var b bytes.Buffer
		require.NoError(t, report.FindingsText(&b, rep, report.Lang(c.lang)))
		if out := b.String(); !strings.Contains(out, c.want) || strings.Contains(out, c.not) {
			t.Errorf("%s: want %q, never %q, in\n%s", c.lang, c.want, c.not, out)
		}
	}
	rep := validate.Report{Published: &validate.PublishedOf{Election: "ru-duma2016", Provenance: "official", Source: "The CEC"}}
	var b bytes.Buffer
	require.NoError(t, report.FindingsText(&b, rep, "en"))
	if out := b.String(); !strings.Contains(out, "where its figures come from: official: The CEC") {
		t.Errorf("a summary that gives it:\n%s", out)
	}
}
