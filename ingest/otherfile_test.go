package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// The mapping of Trafford's 2022 ward file (ward_code, votes_won, …) on a
// county file of Maine's 2020 general election: its header is a row of
// names, none of them the mapping's. The error says the mapping is likely
// another file's, not that skip_rows is off; a title row above the header
// (a cell and empty ones) is still said to be skip_rows's.
func TestOtherFileMapping(t *testing.T) {
	const mapping = "../testdata/ingest/real/uk-trafford-local2022.map.json"
	mf, err := os.Open(mapping)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(mf, mapping)
	mf.Close()
	if err != nil {
		t.Fatal(err)
	}
	const csv = "county,precinct,office,district,party,candidate,votes\nAndroscoggin,Auburn,President,,DEM,Joe Biden,6482\n"
	_, err = ReadCSV(strings.NewReader(csv), "me.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrOtherFile) || !errors.Is(err, ErrMissingHeader) {
		t.Fatalf("err = %v, want a ParseError with ErrOtherFile and ErrMissingHeader", err)
	}
	if pe.Field != "" || pe.Line != 1 || !strings.Contains(err.Error(), "is the mapping for another file?") || !strings.Contains(err.Error(), `"ward_code"`) {
		t.Errorf("err = %q (field %q, line %d)", err, pe.Field, pe.Line)
	}
	_, err = ReadCSV(strings.NewReader("Results of 2020,,,,,,\n"+csv), "me.csv", m, Options{})
	if !errors.As(err, &pe) || errors.Is(err, ErrOtherFile) || pe.Field != "skip_rows" {
		t.Errorf("a title row: err = %v, want skip_rows's", err)
	}
}
