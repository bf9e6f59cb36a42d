package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Hamburg's Bürgerschaft 2025 by Stimmbezirk: each list's votes F1 and
// their parts F1_H, F1_0, F1_P, and its candidates' F1_1..F1_60 (their
// sum F1_P). Drafted before as 495 choices, every list counted three
// times over, with the parts of those who voted (B1, B2) and the ballots
// (B4) among them; and "Stimmen gueltige (F)", the sum of the lists'
// votes (five a ballot), read as a part of the valid ballots. Now the 16
// lists alone, their parts left out and said, and F said for what it is.
func TestDraftHamburgListParts(t *testing.T) {
	for _, name := range []string{"de-hh-bue2025-stimmbezirke-cut.csv", "SYNTHETIC-EDITED-de-hh-bue2025-23rows.csv"} {
		t.Run(name, func(t *testing.T) {
			if strings.Contains(name, "23rows") && testing.Short() {
				t.Skip("seconds of CPU: the draft's line sums over 512 columns (draftTotals)")
			}
			d, err := draftReal(t, name)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			g := strings.Join(m.Guesses, "\n")
			var got []string
			for _, c := range m.Votes {
				got = append(got, c.Header)
			}
			slices.Sort(got)
			want := []string{"F1", "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"}
			if !slices.Equal(got, want) {
				t.Fatalf("votes %v, want the 16 lists F1..F16\n%s", got, g)
			}
			lines := lineHeaders(m)
			if lines[election.Valid] != "Stimmzettel gueltig (E2)" || lines[election.Invalid] != "Stimmzettel ungueltig (E1)" {
				t.Errorf("lines %v", lines)
			}
			for _, want := range []string{
				`columns 21, 22 and 23 ("F1_H" to "F1_P") are not mapped: on every row their sum is column 20 "F1", a choice's votes;`,
				`columns 24 to 83 (F1_<n> from 1 to 60) are not mapped: on every row their sum is column 23 "F1_P", itself a part of column 20 "F1"`,
				`columns 426, 427, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437 and 438 ("F10_H" to "F10_10") are not mapped: on every row their sum is column 425 "F10"`,
				`columns 483 and 484 ("F14_1" to "F14_2") are not mapped: on every row their sum is column 482 "F14_P"`,
				`column 19 "Stimmen gueltige (F)" is not mapped: on every row it is the sum of the choices' votes, the votes' total, not the valid ballots (column 18 "Stimmzettel gueltig (E2)"): a row gives 992 votes on 199 ballots, so a ballot holds several votes (5 at least)`,
			} {
				if !strings.Contains(g, want) {
					t.Errorf("no guess says %s\n%s", want, g)
				}
			}
			// The parts of those who voted and the ballots are no choices.
			for _, h := range []string{"Waehler mit Wahlschein (B1)", "Waehler ohne Wahlschein (B2)", "Stimmzettel gesamt (B4)"} {
				if slices.ContainsFunc(slices.Collect(maps.Values(m.Votes)), func(c Column) bool { return c.Header == h }) {
					t.Errorf("%q drafted as a choice", h)
				}
			}
			back := readBack(t, d)
			if !slices.ContainsFunc(back.Ignore, func(c Column) bool { return c.Header == "F1_P" }) {
				t.Errorf("F1_P not in ignore: %v", back.Ignore)
			}
		})
	}
}

// Two parts of each list's votes (F1_0 and a merged F1_HP) on 8 rows:
// the parts, named after their total, are left out.
func TestDraftTwoParts(t *testing.T) {
	d, err := draftReal(t, "SYNTHETIC-EDITED-de-hh-bue2025-two-parts.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 2 || m.Votes["f1"].Header != "F1" || m.Votes["f2"].Header != "F2" {
		t.Errorf("votes %v, want F1 and F2\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	readBack(t, d)
}

// Columns that sum to the one before them, on fewer than ten rows, with
// names of their own: a sum by chance, not parts. A party's votes
// named after another are parts only when they add up to it.
func TestDraftPartsNeedNamesOnFewRows(t *testing.T) {
	for _, c := range []struct {
		name, csv string
		votes     int
	}{
		{"named otherwise", "precinct,valid,Alpha,Beta,Gamma\n1,30,15,10,5\n2,40,20,15,5\n3,16,8,4,4\n", 3},
		{"named after it", "precinct,valid,A,A_x,A_y\n1,30,15,10,5\n2,40,20,15,5\n3,16,8,4,4\n", 1},
		{"named after it, no sum", "precinct,valid,A,A_x,A_y\n1,30,15,10,5\n2,40,20,15,5\n3,16,8,4,3\n", 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.csv), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Mapping.Votes) != c.votes {
				t.Errorf("votes %v, want %d\n%s", d.Mapping.Votes, c.votes, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}

// Senegal's 2019 results by département: a candidate's name wrapped onto
// a second header row ("Ousmane " over "SONKO"). Drafted before with
// "Ousmane" as the precinct (his votes), "Nbre bureaux" as a candidate,
// "Département" unmapped and row 2 left out as headings between blocks.
func TestDraftWrappedName(t *testing.T) {
	d, err := draftReal(t, "sn-pres2019-departements-2hdr.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	g := strings.Join(m.Guesses, "\n")
	if m.HeaderRows != 2 || m.Precinct.Header != "Département" {
		t.Fatalf("header_rows %d, precinct %v\n%s", m.HeaderRows, m.Precinct, g)
	}
	if m.Votes["ousmane-sonko"].Header != "Ousmane / SONKO" || len(m.Votes) != 5 {
		t.Errorf("votes %v, want the 5 candidates, Sonko's named by both rows\n%s", m.Votes, g)
	}
	for _, want := range []string{
		`header_rows: 2: row 2 holds text in column 10 alone ("SONKO"), under row 1's "Ousmane" and over figures`,
		`column 2 "Nbre bureaux" is not mapped: it counts polling stations`,
	} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %s\n%s", want, g)
		}
	}
	if m.Rows != nil {
		t.Errorf("rows %v: the second header row taken for a heading", m.Rows)
	}
	readBack(t, d)
}

// A row under the header is a second header row only when its text
// stands under the header's names and over figures, its first cell
// empty: a heading between blocks names its block in the first cell, and
// text over text is a row of the file.
func TestDraftWrappedNameNot(t *testing.T) {
	for _, c := range []struct{ name, csv string }{
		{"a heading in the first cell", "Area;Voters;Valid;Alpha;Beta\nNorth;;;;\nA1;100;90;50;40\nA2;120;100;60;40\nA3;80;70;30;40\n"},
		{"text over text", "Area;Name;Voters;Valid;Alpha;Beta\n;x;;;;\nA1;n1;100;90;50;40\nA2;n2;120;100;60;40\nA3;n3;80;70;30;40\n"},
		{"text over an empty header cell", "Precinct;Voters;Valid;Alpha;Beta;\n;;;;;Gamma\nA1;100;90;50;40;0\nA2;120;100;60;40;0\nA3;80;70;30;40;0\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.csv), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			if d.Mapping.HeaderRows != 0 {
				t.Errorf("header_rows %d\n%s", d.Mapping.HeaderRows, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}

// A count of polling stations is no choice (Greece's "number of polling
// stations", Senegal's "Nbre bureaux").
func TestStationCount(t *testing.T) {
	for h, want := range map[string]bool{"nbre bureaux": true, "number of polling stations": true, "nombre de bureaux de vote": true, "bureaux": false, "polling station": false, "no": false} {
		if got := stationCount(h); got != want {
			t.Errorf("stationCount(%q) = %v, want %v", h, got, want)
		}
	}
}
