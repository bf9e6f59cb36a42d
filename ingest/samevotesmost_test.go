package ingest

import (
	"bytes"
	"strings"
	"testing"
)

// Colorado's 2008 Dolores County President rows with the votes column
// mapped to reg_voters (each precinct's registered voters, on each of its
// rows): every protocol's choices get its voters, 4 of 4. With one cell
// typed apart (precinct 4's Barr row 598, the others 599) 3 of 4 still
// do, and it is still said, with how many; mapped to votes, never.
func TestSameVotesMost(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list", "choice_column": "candidate", "votes_column": "%s",
	 "ignore": ["office", "district", "party", "votes", "reg_voters", "ev_total", "ed_total"],
	 "choice_values": {"John McCain I Sarah Palin": "mccain", "Barack Obama I Joe Biden": "obama", "Chuck Baldwin I Darrell L. Castle": "baldwin", "Bob Barr I Wayne A. Root": "barr"}}`
	for _, tt := range []struct {
		file, column string
		same, of     int // 0: not said
	}{
		{"us-co-2008-dolores-president-modes-cut.csv", "reg_voters", 4, 4},
		{"SYNTHETIC-EDITED-us-co-2008-dolores-president-modes-598.csv", "reg_voters", 3, 4},
		{"us-co-2008-dolores-president-modes-cut.csv", "votes", 0, 0},
	} {
		js := strings.Replace(strings.Replace(mapping, "%s", tt.column, 1), `"`+tt.column+`", `, "", 1)
		m, err := ReadMapping(strings.NewReader(js), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		tab, err := ReadCSV(bytes.NewReader(readReal(t, tt.file)), tt.file, m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		v := tab.SameVotes
		switch {
		case tt.same == 0 && v != nil:
			t.Errorf("%s %s: %+v, want none", tt.file, tt.column, *v)
		case tt.same > 0 && (v == nil || v.Protocols != tt.same || v.Of != tt.of || v.Line != 2 || v.Precinct != "1" || v.Figure != 263):
			t.Errorf("%s %s: %+v, want %d of %d from line 2, precinct 1, 263 each", tt.file, tt.column, v, tt.same, tt.of)
		}
	}
}

// The boundary: two protocols at least, and 9 in 10 at least, or all
// but one of three or more.
func TestSameMost(t *testing.T) {
	for _, tt := range []struct {
		same, of int
		want     bool
	}{
		{1, 1, false}, {2, 2, true}, {2, 3, false}, {3, 4, true}, {3, 5, false},
		{9, 10, true}, {8, 10, false}, {18, 20, true}, {17, 20, false}, {27, 30, true}, {26, 30, false},
	} {
		if got := sameMost(tt.same, tt.of); got != tt.want {
			t.Errorf("sameMost(%d, %d) = %v, want %v", tt.same, tt.of, got, tt.want)
		}
	}
}
