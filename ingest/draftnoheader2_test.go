package ingest

import (
	"encoding/csv"
	"strings"
	"testing"
)

// Real files without their header row: the first row's cells are figures
// and codes like the rows' below it, so the draft says "no_header" and
// reads the long layout from the rows (Japan's municipalities and
// parties; South Dakota's precincts, numbered, with a TOTAL row, by
// candidate, in six contests): the count reads every row's figure.
func TestDraftNoHeaderLong(t *testing.T) {
	for _, tt := range []struct {
		file              string
		precinct, choice  int
		votes, contest    int
		choices, protocol int
	}{
		// 22 rows, 2 municipalities of 11 parties each.
		{"jp-shugiin2026-hirei-noheader.csv", 4, 5, 6, 0, 11, 2},
		// President: 4 candidates in precincts 1, 3 and 5; TOTAL left out.
		{"us-sd-2016-jones-noheader.csv", 2, 5, 7, 3, 4, 3},
	} {
		d, err := draftReal(t, tt.file)
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		m := readBack(t, d)
		if !m.NoHeader || m.Shape != "long" || m.Precinct.Index != tt.precinct || m.ChoiceColumn == nil || m.ChoiceColumn.Index != tt.choice ||
			m.VotesColumn == nil || m.VotesColumn.Index != tt.votes || len(m.ChoiceValues) != tt.choices {
			t.Errorf("%s: no_header %v, layout %q, precinct %+v, choice %+v, votes %+v, %d choices; want no_header, long, %d, %d, %d, %d",
				tt.file, m.NoHeader, m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, len(m.ChoiceValues), tt.precinct, tt.choice, tt.votes, tt.choices)
			continue
		}
		if tt.contest > 0 && (m.Rows == nil || !strings.Contains(m.Rows.String(), "President")) {
			t.Errorf("%s: rows %v, want the contest of column %d kept", tt.file, m.Rows, tt.contest)
		}
		raw := string(readReal(t, tt.file))
		tab, err := ReadCSV(strings.NewReader(raw), tt.file, m, Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if len(tab.Protocols) != tt.protocol {
			t.Errorf("%s: %d protocols, want %d", tt.file, len(tab.Protocols), tt.protocol)
		}
		// Every row the mapping keeps is counted, the first one too.
		var want, got int64
		recs, err := csv.NewReader(strings.NewReader(raw)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs {
			if tt.contest > 0 && (rec[tt.contest-1] != "President" || rec[tt.precinct-1] == "TOTAL") {
				continue
			}
			n, err := parseInt([]byte(rec[tt.votes-1]))
			if err != nil {
				t.Fatal(err)
			}
			want += n
		}
		for _, p := range tab.Protocols {
			for _, v := range p.Votes {
				got += v
			}
		}
		if got != want {
			t.Errorf("%s: %d votes counted, want %d (every row's)", tt.file, got, want)
		}
	}
}

// A mapping that names its figures by header texts, drafted from a file
// without its header row (a data row's "6064" over a choice's votes),
// reads that row as the header: I604 says it looks like a data row.
func TestDataHeaderByText(t *testing.T) {
	m := Mapping{Precinct: Column{Columns: []Column{{Header: "札幌市中央区"}, {Header: "日本共産党"}}}, Ballot: "list",
		Votes: map[string]Column{"6064": {Header: "6064"}}}
	var c Counts
	_, err := ScanRows(strings.NewReader(string(readReal(t, "jp-shugiin2026-hirei-noheader.csv"))), "jp.csv", m, Options{Counts: &c}, func(*Row) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if c.DataHeader != 1 {
		t.Errorf("DataHeader %d, want 1", c.DataHeader)
	}
}
