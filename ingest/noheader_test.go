package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// The error of a header that names no mapped column names the field
// likelier off: header_rows when the header is said to be several rows
// and no row is skipped, skip_rows when the header is one row, both when
// both are set; and it quotes the header's cells cut as every echoed
// value is, not a banner row of hundreds of characters whole.
func TestNoHeaderFoundField(t *testing.T) {
	banner := "2016 Federal Election Senate First Preferences By State By Vote Type  [Event:20499 Phase:FinalResults Generated:2016-08-14T11:57:07 Cycle:fd1b08b4-e766-4f75-bb48-ec101009663b]"
	csv := banner + "\np,voters,valid,a\n1,100,90,90\n2,100,80,80\n"
	base := Mapping{Precinct: Column{Header: "p"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Header: "voters"}, election.Valid: {Header: "valid"}},
		Votes: map[string]Column{"a": {Header: "a"}}}
	tests := []struct {
		name             string
		skip, headerRows int
		in, field, says  string
	}{
		{"a banner row, skip_rows left out", 0, 0, csv, "skip_rows", "skip_rows (0) says how many rows come before it, header_rows (1)"},
		{"header_rows 2 for a header of one row", 0, 2, "p,voters,valid,a\n1,100,90,90\n2,100,80,80\n", "header_rows", "header_rows (2) says how many rows it has (1 when left out), skip_rows (0)"},
		{"both set", 1, 2, csv + "3,100,70,70\n", "skip_rows and header_rows", "skip_rows (1) says how many rows come before it, header_rows (2)"},
	}
	for _, tt := range tests {
		m := base
		m.SkipRows, m.HeaderRows = tt.skip, tt.headerRows
		_, err := ScanRows(strings.NewReader(tt.in), "f.csv", m, Options{}, func(*Row) error { return nil })
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMissingHeader) || pe.Field != tt.field || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: err = %v, want field %s saying %q", tt.name, err, tt.field, tt.says)
			continue
		}
		if strings.Contains(err.Error(), banner) {
			t.Errorf("%s: the banner quoted whole: %v", tt.name, err)
		}
		if tt.skip == 0 && tt.headerRows == 0 && !strings.Contains(err.Error(), echo.Quote(banner)) {
			t.Errorf("%s: want the banner cut (%s): %v", tt.name, echo.Quote(banner), err)
		}
	}
}

// A header of quoted cells joined by another delimiter than the mapping's
// is no CSV at the mapping's: the error names the delimiter that reads it
// (Paraguay's TREP file, comma-separated, mapped with ";").
func TestQuotedHeaderOtherDelimiter(t *testing.T) {
	in := "\"mesa\",\"lista\",\"votos\"\n\"1\",\"2\",3\n"
	m := Mapping{Delimiter: ";", Precinct: Column{Header: "mesa"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "votos"}}}
	for _, concurrent := range []bool{false, true} {
		_, err := ScanRows(strings.NewReader(in), "py.csv", m, Options{Concurrent: concurrent}, func(*Row) error { return nil })
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Field != "delimiter" || pe.Line != 1 || !strings.Contains(err.Error(), `set "delimiter": ","`) {
			t.Errorf("concurrent %v: err = %v", concurrent, err)
		}
	}
}
