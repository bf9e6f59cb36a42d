package ingest

import (
	"strings"
	"testing"
)

// votesByName counts a file under m and returns each choice's votes by
// its name in the file (choice_values' key), the sum of them all, and
// the rows read.
func votesByName(t *testing.T, name string, m Mapping) (map[string]int64, int64, int) {
	t.Helper()
	data := readFile(t, "../testdata/ingest/real/"+name)
	var rows int
	var sum int64
	var byName map[string]int64
	for _, o := range []Options{{}, {Concurrent: true}} {
		tab, err := ReadCSV(strings.NewReader(data), name, m, o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ids := map[string]int64{}
		sum = 0
		for _, p := range tab.Protocols {
			for id, v := range p.Votes {
				ids[id] += v
				sum += v
			}
		}
		byName = map[string]int64{}
		for text, id := range m.ChoiceValues {
			byName[strings.TrimSpace(text)] = ids[id]
		}
		rows = tab.Rows
	}
	return byName, sum, rows
}

// The files of SAPoR (Iceland's Althingi 2017, Latvia's Saeima 2018):
// lines of "#" comments and blank lines above the data, no header row,
// "|" between the cells, and the votes written with commas between
// groups of thousands ("21,220") beside those under a thousand ("495").
// The draft skips the lines above the data (skip_rows counting them as a
// count does, blank ones too), reads the first row as data (no_header),
// and reads the votes' commas as thousands: the count of its mapping
// gives each list the votes of the hand-written one, Iceland's the sum
// a sum of the file's third column gives. The data rows alone (Latvia's
// cut) are no header either.
func TestDraftCommentsNoHeaderThousands(t *testing.T) {
	hand := realMapping(t, "lv2018-data")
	for _, c := range []struct {
		file      string
		hand      Mapping
		skip      int
		sum       int64
		rows      int
		firstLine string
	}{
		{"is2017.psv", realMapping(t, "is2017"), 21, 196246, 59, "line 22"},
		{"lv2018.psv", func() Mapping { m := hand; m.SkipRows = 20; return m }(), 20, 0, 80, "line 21"},
		{"lv2018-data.psv", hand, 0, 0, 80, "row 1"},
	} {
		d, err := draftReal(t, c.file)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		m := d.Mapping
		if m.SkipRows != c.skip || !m.NoHeader || m.Delimiter != "|" || m.Thousands != "," || !m.long() {
			t.Fatalf("%s: skip_rows %d, no_header %v, delimiter %q, thousands %q, long %v; want %d, true, \"|\", \",\", true\n%s",
				c.file, m.SkipRows, m.NoHeader, m.Delimiter, m.Thousands, m.long(), c.skip, strings.Join(m.Guesses, "\n"))
		}
		if !strings.Contains(strings.Join(m.Guesses, "\n"), "no_header: true: "+c.firstLine) {
			t.Errorf("%s: no guess says %s is a data row\n%s", c.file, c.firstLine, strings.Join(m.Guesses, "\n"))
		}
		want, wantSum, wantRows := votesByName(t, c.file, c.hand)
		got, sum, rows := votesByName(t, c.file, m)
		if c.sum > 0 && wantSum != c.sum {
			t.Fatalf("%s: the hand mapping counts %d votes; want %d", c.file, wantSum, c.sum)
		}
		if sum != wantSum || rows != wantRows || rows != c.rows {
			t.Errorf("%s: the draft counts %d votes in %d rows; the hand mapping %d in %d, want %d rows", c.file, sum, rows, wantSum, wantRows, c.rows)
		}
		for name, v := range want {
			if got[name] != v {
				t.Errorf("%s: %q has %d votes under the draft, %d under the hand mapping", c.file, name, got[name], v)
			}
		}
	}
}

// A line that starts with "#" and has as many cells as the rows under it
// is a header (a column named "#"), no comment; and title lines of a cell
// each above rows without a header are skipped as comments are.
func TestDraftCommentsNotHeader(t *testing.T) {
	d, err := DraftMapping(strings.NewReader("#;name;votes\n1;A;5\n2;B;6\n3;C;7\n"), "f.csv")
	if err != nil || d.Mapping.SkipRows != 0 || d.Mapping.NoHeader || d.Mapping.Precinct.Header != "#" {
		t.Fatalf("%v, %+v; want the header of line 1, its precinct column \"#\"", err, d)
	}
	data := "Saeimas vēlēšanas 2018\n\n" + readFile(t, "../testdata/ingest/real/lv2018-data.psv")
	d, err = DraftMapping(strings.NewReader(data), "f.psv")
	if err != nil || d.Mapping.SkipRows != 2 || !d.Mapping.NoHeader || d.Mapping.Thousands != "," {
		t.Fatalf("%v, %+v; want skip_rows 2, no_header, thousands \",\"", err, d)
	}
}
