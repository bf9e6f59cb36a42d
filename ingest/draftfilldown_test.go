package ingest

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

// Singapore's GE2020 table as a copy of Wikipedia's exports it: the
// constituency, its seats and electorate written on its first party's row
// alone (merged cells), a GRC's further team members on rows with no
// party and no votes. The draft fills the merged columns down, takes the
// party as the choice (not the 192 people, the team's rows left out), and
// its count reads the file: 31 constituencies.
func TestDraftFillDownTeams(t *testing.T) {
	raw := readReal(t, "sg-ge2020-constituencies.csv")
	d, err := DraftMapping(bytes.NewReader(raw), "sg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	var fill []string
	for _, c := range m.FillDown {
		fill = append(fill, c.Header)
	}
	if !slices.Equal(fill, []string{"Constituency", "Electorate"}) || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "Party" ||
		m.Rows == nil || !slices.ContainsFunc(m.Rows.Where, func(c Condition) bool { return c.Column.Header == "Party" && slices.Equal(c.Except, []string{""}) }) ||
		m.EmptyVotes != "" || m.Precinct.Header != "Constituency" {
		t.Errorf("draft: fill_down %v, choice %v, rows %v, empty_votes %q, precinct %v", fill, m.ChoiceColumn, m.Rows, m.EmptyVotes, m.Precinct)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "fill_down: columns 1 \"Constituency\"") }) {
		t.Errorf("no guess of fill_down: %q", m.Guesses)
	}
	tab, err := ReadCSV(bytes.NewReader(raw), "sg.csv", readBack(t, d), Options{})
	if err != nil || len(tab.Protocols) != 31 {
		t.Fatalf("count of the draft: %v, %d protocols", err, len(tab.Protocols))
	}

	// The same file filled down by hand: the party is the choice too.
	filled := fillByHand(t, raw, 3)
	d, err = DraftMapping(bytes.NewReader(filled), "sg-filled.csv")
	if err != nil {
		t.Fatal(err)
	}
	if c := d.Mapping.ChoiceColumn; c == nil || c.Header != "Party" || len(d.Mapping.FillDown) != 0 || d.Mapping.EmptyVotes != "" {
		t.Errorf("filled: choice %v, fill_down %v, empty_votes %q", c, d.Mapping.FillDown, d.Mapping.EmptyVotes)
	}
}

// fillByHand fills the first n columns of a CSV down from the row above,
// a row of empty cells left as it is.
func fillByHand(t *testing.T, data []byte, n int) []byte {
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	prev := make([]string, n)
	for _, rec := range recs[1:] {
		if blankStrings(rec) {
			continue
		}
		for i := range n {
			if rec[i] == "" {
				rec[i] = prev[i]
			}
			prev[i] = rec[i]
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(recs); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A column left empty on purpose that no field reads is not filled down:
// Slovakia's "Poznámka" (an "X" on one candidate's row: filled, 21 false
// marks), Georgia's "district", empty on a statewide office's rows. The
// draft proposed both, and a count noted the cells filled.
func TestDraftFillDownMappedOnly(t *testing.T) {
	for _, f := range []string{"sk-prez2024-k1-tab03e.csv", "us-ga-2024-county-modes.csv"} {
		d, err := DraftMapping(bytes.NewReader(readReal(t, f)), f)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Mapping.FillDown) > 0 || slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, "fill_down:") }) {
			t.Errorf("%s: fill_down %v: want none (no field reads the column)", f, d.Mapping.FillDown)
		}
	}
}
