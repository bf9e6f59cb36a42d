package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A file without its header row, mapped by header texts: the first row,
// read as the header, is figures, so the error names no_header (the
// columns then by number), not only skip_rows and header_rows. A header
// of words, none of them the mapping's, says the mapping is likely
// another file's (ErrOtherFile), and names skip_rows in its text.
func TestNoHeaderFoundNamesNoHeader(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Header: "voters"}},
		Votes: map[string]Column{"ja": {Header: "Ja"}, "nein": {Header: "Nein"}}}
	for _, tc := range []struct{ name, csv, field, says string }{
		{"first row is data", ",1711,Zug,3515,6458,16914\n,1706,Oberägeri,575,1422,3639\n", "no_header", `"no_header": true`},
		{"a long row, two figures", "Jones,1,President,,Donald J. Trump,REP,167\nJones,3,President,,Donald J. Trump,REP,136\n", "no_header", `{"column": N}`},
		{"a header of words", "Gemeinde,Stimmberechtigte,Ja Stimmen,Nein Stimmen\nZug,3515,6458,16914\n", "", "is the mapping for another file? (If the header is further down, skip_rows (0)"},
	} {
		_, err := ScanRows(strings.NewReader(tc.csv), "f.csv", m, Options{}, func(*Row) error { return nil })
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMissingHeader) || pe.Field != tc.field || pe.Line != 1 || !strings.Contains(err.Error(), tc.says) {
			t.Errorf("%s: err = %v, want field %s saying %s", tc.name, err, tc.field, tc.says)
		}
	}
}
