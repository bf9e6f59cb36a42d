package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// Teller County's ES&S record, a column a contest, no ranks: the draft
// makes the first contest the choice and names the others (before, no
// draft: "no column of the first choice was recognised"). Its empty
// cells: the five lines write no "undervote", so the draft cannot tell
// what they mean and leaves "empty" out, saying where the first is and
// the three values; the same lines with one "undervote" (a tester's
// edit) show a record of several contests that writes its unmarked
// contests, whose empty cells are contests not on the ballot's style:
// "not_on_ballot", with the lines that show it. The ballot mapping read
// back from the draft's JSON says the same.
func TestDraftCVREmptyCells(t *testing.T) {
	for _, tc := range []struct {
		file, empty string
		says        []string
	}{
		{"us-co-teller-2017-ess-cvr.csv", "", []string{
			`choice: "Proposition BB (STATUTORY)", the first of 9 contests, a column each, no ranks: a mapping counts one (the others: "CRIPPLE CREEK MAYOR CRIPPLE CREEK", "CRIPPLE CREEK COUNCIL WARD 4 CC WARD 4"`,
			`empty: not given: empty choice cells (the first at line 2, column "CRIPPLE CREEK MAYOR CRIPPLE CREEK"; none in the choice column), and no "undervote" or "overvote" tells what they mean`,
			`add "empty": "not_on_ballot" (the contest not on that ballot's style: not counted in it), "blank" (a ballot without a mark) or "invalid" (an invalid ballot)`,
		}},
		{"SYNTHETIC-EDITED-us-co-teller-2017-ess-cvr-undervote.csv", EmptyNotOnBallot, []string{
			`empty: "not_on_ballot": empty choice cells (the first at line 2, column "CRIPPLE CREEK MAYOR CRIPPLE CREEK"; none in the choice column) in a record of several contests that writes "undervote" (line 3, column "Referred Issue 2B") for a contest left unmarked`,
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := mustDraft(t, tc.file)
			if d.Ballots == nil {
				t.Fatal("no ballot mapping")
			}
			m := d.Ballots
			if m.Choice.Header != "Proposition BB (STATUTORY)" || m.Precinct.Header != "Precinct" || m.Empty != tc.empty {
				t.Errorf("choice %q, precinct %q, empty %q", m.Choice.Header, m.Precinct.Header, m.Empty)
			}
			all := strings.Join(m.Guesses, "\n")
			for _, s := range tc.says {
				if !strings.Contains(all, s) {
					t.Errorf("no guess says %q:\n%s", s, all)
				}
			}
			b, err := d.JSON()
			if err != nil {
				t.Fatal(err)
			}
			// the guesses deleted, as a reader does once they are checked
			var o map[string]any
			if err := json.Unmarshal(b, &o); err != nil {
				t.Fatal(err)
			}
			delete(o, "_guesses")
			b, _ = json.Marshal(o)
			back, err := ReadBallotMapping(bytes.NewReader(b), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if back.Empty != tc.empty {
				t.Errorf("read back: empty %q, want %q", back.Empty, tc.empty)
			}
		})
	}
}

// A ranked record of one contest whose first choice is empty on a line
// (Maine's 2nd district, 2018, the first ballot's first choice emptied
// by a tester): it writes "undervote" for an unmarked rank, yet an empty
// first choice may as well be a ballot without a mark: not said, the
// line and the values given.
func TestDraftCVREmptyRanked(t *testing.T) {
	b := readReal(t, "us-me-cd2-2018-uocava-cvr.csv")
	lines := strings.SplitN(string(b), "\n", 3)
	lines[1] = strings.Replace(lines[1], `"DEM Golden, Jared F."`, "", 1)
	d, err := DraftMapping(strings.NewReader(strings.Join(lines, "\n")), "me.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Ballots == nil || d.Ballots.Empty != "" {
		t.Fatalf("%+v", d.Ballots)
	}
	all := strings.Join(d.Ballots.Guesses, "\n")
	for _, s := range []string{
		`empty: not given: empty choice cells (the first at line 2, column "Rep. to Congress District 2 1st Choice")`,
		`"undervote" (line 2, column "Rep. to Congress District 2 4th Choice") is written for a rank left unmarked, but an empty cell of one contest may be a ballot without a mark too`,
	} {
		if !strings.Contains(all, s) {
			t.Errorf("no guess says %q:\n%s", s, all)
		}
	}
}
