package shailoo_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countLongRows counts the files of testdata/longrows under their
// mappings (the first's definition inferred) and rules, streamed and
// read whole (SkipBadRows), and gives each count's findings of code by
// precinct: their rows, "row" or "row-last".
func countLongRows(t *testing.T, r shailoo.Rules, code validate.Code, csv string, mappings ...string) []map[string]validate.Rows {
	t.Helper()
	var ms []ingest.Mapping
	for _, name := range mappings {
		ms = append(ms, readMappingFile(t, name))
	}
	def, _, err := ingest.Define(ms[0], mappings[0])
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]validate.Rows
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		var files []shailoo.CSVInput
		for _, m := range ms {
			f, err := os.Open(csv)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			files = append(files, shailoo.CSVInput{Name: csv, R: f, Mapping: m})
		}
		res, err := shailoo.CountCSV(def, r, files, o)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]validate.Rows{}
		for _, f := range res.Findings.Findings {
			if f.Code == code {
				rows[f.Place.Precinct] = validate.Rows{File: f.Place.File, Row: f.Place.Row, LastRow: f.Place.LastRow}
			}
		}
		out = append(out, rows)
	}
	return out
}

// A finding about a protocol line of a long file names the row whose
// figure of that line is read, not the protocol's rows from its first:
// Montour County's 2022 rows read with "Ballots Cast" as the valid
// ballots (a reading for the test: the ballots cast include those that
// voted no governor) fail P103 by the undervotes, each at its precinct's
// "Ballots Cast" row (3, 22, 41, 60, 79), its "Registered Voters" row
// before it; the machine count read from the election-day column of the
// same rows differs on that line (X201), a cross-check, at the same
// rows; streamed, or read whole.
func TestLongLineRows(t *testing.T) {
	const dir = "testdata/longrows/"
	const csv = "testdata/relationgap/us-pa-2022-montour-5prec.csv"
	want := map[string]validate.Rows{
		"ANTHONY TWP":              {File: csv, Row: 3},
		"COOPER TWP":               {File: csv, Row: 22},
		"DANVILLE BORO FIRST WARD": {File: csv, Row: 41},
		"MAHONING I":               {File: csv, Row: 60},
		"MAHONING II":              {File: csv, Row: 79},
	}
	for _, c := range []struct {
		code     validate.Code
		mappings []string
	}{
		{validate.ValidBalance, []string{dir + "montour-valid.json"}},
		{validate.MachineLine, []string{dir + "montour-valid.json", dir + "montour-election-day.json"}},
	} {
		for i, got := range countLongRows(t, fptpRules(t), c.code, csv, c.mappings...) {
			if !equalRows(got, want) {
				t.Errorf("%s, read whole %v: %v, want %v", c.code, i == 1, got, want)
			}
		}
	}
}

// A line given in a column repeated on every row of a long protocol is
// read from the first row that gives it: a finding about it names the
// rows from that one to the protocol's last. Mumbai North West's "Valid
// Votes" (the edited cut whose candidates' votes pass it by 100) at rows
// 2-23; the same with row 2's cell empty, at rows 3-23.
func TestLongRepeatedLineRow(t *testing.T) {
	for csv, want := range map[string]validate.Rows{
		"testdata/nota/SYNTHETIC-EDITED-in-ls2024-r33-mumbai-nw-more-3273.csv":        {Row: 2, LastRow: 23},
		"testdata/longrows/SYNTHETIC-EDITED-mumbai-nw-more-3273-row2-valid-empty.csv": {Row: 3, LastRow: 23},
	} {
		want.File = csv
		for i, got := range countLongRows(t, indiaRules(t), validate.ValidBalance, csv, "testdata/nota/mumbai-nw.mapping.json") {
			if w := map[string]validate.Rows{"Mumbai North West": want}; !equalRows(got, w) {
				t.Errorf("read whole %v: P103 at %v, want %v", i == 1, got, w)
			}
		}
	}
}

func equalRows(a, b map[string]validate.Rows) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
