package ingest

import (
	"os"
	"strings"
	"testing"
)

// A long file's column that repeats a precinct's line on each choice's
// row (the DR Congo's total_votants, 1,763,070 in Kinshasa and 783,234 in
// Kongo Central, on each of 26 candidates' rows) was summed over every
// row in the note of columns not read: 66,203,904, 26 times the voters.
// It is summed once per precinct, and the note says so; a column that
// varies within a precinct (ordre_bulletin, the candidate's place on the
// ballot) is summed over the rows as before.
func TestUnreadOncePerPrecinct(t *testing.T) {
	b, err := os.ReadFile("../testdata/sameparts/m-votes.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(strings.NewReader(string(b)), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	const name = "cd-pres2023-provinces-p1-p2.csv"
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]UnreadColumn{}
	for _, u := range tab.Unread {
		got[u.Header] = u
	}
	if u := got["total_votants"]; u.Sum != 2546304 || !u.Once {
		t.Errorf("total_votants %+v, want 2546304 once per precinct", u)
	}
	if u := got["bv_traites"]; u.Sum != 11021 || !u.Once {
		t.Errorf("bv_traites %+v, want 11021 once per precinct", u)
	}
	if u := got["ordre_bulletin"]; u.Sum != 702 || u.Once {
		t.Errorf("ordre_bulletin %+v, want 702 over the rows", u)
	}
	note := UnreadNote(name, tab.Counts)
	if !strings.Contains(note, `18 "total_votants" (2,546,304)`) || !strings.Contains(note, "column(s) 12, 13, 14, 18 repeat one figure on all the rows of each precinct") {
		t.Errorf("note %q", note)
	}
}
