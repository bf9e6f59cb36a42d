package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A title line read as the header for want of skip_rows is said so, with
// the skip_rows that reads the header below it, not taken for a file split
// by another delimiter: the Tyrol's 2018 file with its ";" mapping but no
// skip_rows reads its title line, which holds a comma and no ";", as a
// header of one column. A blank line below the title counts, as skip_rows
// counts it; a mapping by column numbers alone finds the header by its
// width.
func TestTitleAboveHeader(t *testing.T) {
	const name = "at-tirol-ltw2018-gemeinden"
	data := readFile(t, "../testdata/ingest/real/"+name+".csv")
	title, rest, _ := strings.Cut(data, "\n")
	byNumber := Mapping{Delimiter: ";", Precinct: Column{Index: 3}, Ballot: "list",
		Votes: map[string]Column{"vp": {Index: 16}, "spoe": {Index: 20}}}
	for _, c := range []struct {
		name, data string
		m          Mapping
		skip       int
		want       string
	}{
		{"the title line", data, realMapping(t, name), 1, `line 1 looks like a title above the header: say "skip_rows": 1 in the mapping`},
		{"a blank line below it", title + "\n\n" + rest, realMapping(t, name), 2, `lines 1-2 look like a title above the header: say "skip_rows": 2 in the mapping`},
		{"columns by number", data, byNumber, 1, `line 2, split at ";", splits into 46 columns: line 1 looks like a title above the header: say "skip_rows": 1`},
	} {
		m := c.m
		m.SkipRows = 0
		_, err := ReadCSV(strings.NewReader(c.data), "f.csv", m, Options{})
		var pe *ParseError
		if !errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.Field != "skip_rows" || pe.Line != 1 || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want %v at line 1, field skip_rows, saying %q", c.name, err, ErrMissingHeader, c.want)
			continue
		}
		m.SkipRows = c.skip
		if tab, err := ReadCSV(strings.NewReader(c.data), "f.csv", m, Options{}); err != nil || len(tab.Protocols) != 29 {
			t.Errorf("%s with skip_rows %d: %d protocols, %v; want 29", c.name, c.skip, len(tab.Protocols), err)
		}
	}
}
