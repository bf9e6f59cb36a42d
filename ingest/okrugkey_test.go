package ingest

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Nigeria's FCT councillor file names a ward by its name within its area
// council: a GWAKO in Gwagwalada and (in the edited copy) another in the
// Municipal area council. The okrug named by both columns, as the
// precinct may be, tells them apart, its ID made as a precinct's key is.
const wardKeyMapping = `{"layout": "long", "precinct": {"columns": ["lga_name", "ward_name"]}, "ballot": "okrug",
  "choice_column": "party_code", "votes_column": "votes",
  "choice_values": {"A": "a", "ADC": "adc", "ADP": "adp", "APC": "apc", "APGA": "apga", "APM": "apm", "NNPP": "nnpp", "PDP": "pdp", "SDP": "sdp", "ZLP": "zlp"},
  "okrug": {"columns": ["lga_name", "ward_name"]}, "region": "lga_name"}`

func TestOkrugFromSeveralColumns(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/EDITED-ng-fct2026-ward-samename.csv")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(strings.NewReader(wardKeyMapping), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(string(b)), "ward.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range tab.Precincts {
		got = append(got, p.ID+"@"+p.Region+"@"+p.Okrug)
	}
	want := "Bwari / BYAZHIN@Bwari@Bwari / BYAZHIN|Gwagwalada / GWAKO@Gwagwalada@Gwagwalada / GWAKO|Municipal / GWAKO@Municipal@Municipal / GWAKO"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("precincts %s, want %s", g, want)
	}

	// The same, parsed in parallel in chunks of a few lines.
	got = got[:0]
	_, err = ScanRows(strings.NewReader(string(b)), "ward.csv", m, Options{Concurrent: true, CheckConflicts: true, chunkBytes: 64},
		func(row *Row) error {
			got = append(got, row.Precinct.Okrug)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if g, w := strings.Join(got, "|"), "Bwari / BYAZHIN|Gwagwalada / GWAKO|Municipal / GWAKO"; g != w {
		t.Errorf("ScanRows: %s, want %s", g, w)
	}

	// A wide file, the okrug's key a column of its own and the region's.
	wide := `{"precinct": "uik", "region": "region", "okrug": {"columns": ["region", "district"]}, "ballot": "okrug", "lines": {"valid": "valid"}}`
	m, err = ReadMapping(strings.NewReader(wide), "w.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err = ReadCSV(strings.NewReader("uik,region,district,valid\n1,North,1,5\n2,South,1,6\n3,,,7\n"), "w.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, p := range tab.Precincts {
		got = append(got, p.ID+"@"+p.Okrug)
	}
	if g, w := strings.Join(got, "|"), "1@North / 1|2@South / 1|3@"; g != w {
		t.Errorf("wide: %s, want %s", g, w)
	}

	// A row that names the okrug by some of its cells alone is an error
	// naming the empty one.
	_, err = ReadCSV(strings.NewReader("uik,region,district,valid\n1,North,,5\n"), "w.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Field != "okrug.columns[1]" || pe.Column != 3 {
		t.Errorf("an empty cell of the key: %v", err)
	}
}

func TestOkrugColumnsMappingErrors(t *testing.T) {
	for name, tc := range map[string]struct{ in, field string }{
		"a column twice in the key": {strings.Replace(wardKeyMapping, `"okrug": {"columns": ["lga_name", "ward_name"]}`, `"okrug": {"columns": ["ward_name", "ward_name"]}`, 1), "okrug.columns[1]"},
		"header and columns":        {strings.Replace(wardKeyMapping, `"okrug": {"columns"`, `"okrug": {"header": "x", "columns"`, 1), "okrug"},
		"the ballot's column":       {strings.Replace(wardKeyMapping, `"ballot": "okrug"`, `"ballot_column": "ward_name"`, 1), "ballot_column"},
	} {
		_, err := ReadMapping(strings.NewReader(tc.in), "m.json")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Line == 0 || pe.Field != tc.field {
			t.Errorf("%s: %v, want a mapping error at %s", name, err, tc.field)
		}
	}
	// Written back, an okrug of several columns would be one.
	m, err := ReadMapping(strings.NewReader(`{"precinct": "p", "okrug": {"columns": ["r", "d"]}, "ballot": "okrug", "lines": {"valid": "v"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	if err := WriteCSV(&sb, nil, nil, m); !errors.Is(err, ErrMapping) {
		t.Errorf("WriteCSV: %v", fmt.Sprint(err))
	}
}
