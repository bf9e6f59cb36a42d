package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Israel's Knesset election of 2020 by ballot box: the columns before
// the protocol's lines (the committee's code, the box's serial number,
// the town's code, the box's number, two marks) were drafted as lists.
// The lists after the lines sum to the valid votes without them: they
// are left out, and the precinct is the serial number (or the town and
// the box's number, where split boxes make the town's rows a key).
func TestDraftColumnsBeforeTheLines(t *testing.T) {
	for _, c := range []struct {
		name, precinct string
		left           []string
	}{
		{"il-knesset23-kalpi-min4.csv", `"ברזל"`, []string{"סמל ועדה", "סמל ישוב", "קלפי", "ריכוז", "שופט"}},
		{"il-knesset23-kalpi-head36.csv", `["שם ישוב", "קלפי"]`, []string{"סמל ועדה", "ברזל", "סמל ישוב", "ריכוז", "שופט"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			all := strings.Join(m.Guesses, "\n")
			if m.Precinct.String() != c.precinct {
				t.Errorf("precinct %s; want %s\n%s", m.Precinct.String(), c.precinct, all)
			}
			for _, h := range c.left {
				for id, v := range m.Votes {
					if v.Header == h {
						t.Errorf("votes.%s is column %q, a code before the lines", id, h)
					}
				}
				if !slices.ContainsFunc(m.Ignore, func(i Column) bool { return i.Header == h }) && m.Precinct.Header != h {
					t.Errorf("column %q not in ignore %v", h, m.Ignore)
				}
			}
			if len(m.Votes) != 30 {
				t.Errorf("%d choices; want the 30 lists", len(m.Votes))
			}
			guessed(t, m, `is not mapped: it stands before the valid votes (column 11 "כשרים"), and the choices after them (columns 12 to 41) sum to them on every row without it`)
			if strings.Contains(all, "repeat the number of an earlier row") {
				t.Errorf("the precinct repeats:\n%s", all)
			}
			tab, votes, _ := countReal(t, c.name, d)
			if want := strings.Count(string(readReal(t, c.name)), "\n") - 1; len(tab.Protocols) != want {
				t.Errorf("%d protocols; want %d", len(tab.Protocols), want)
			}
			if c.name == "il-knesset23-kalpi-min4.csv" && (votes["ודעם"] != 112+235+207+229 || votes["מחל"] != 1+2+1+32) {
				t.Errorf("votes %v", votes)
			}
		})
	}
}

func TestSerialColumn(t *testing.T) {
	rows := func(cells ...string) [][]string {
		var out [][]string
		for _, c := range cells {
			out = append(out, []string{c})
		}
		return out
	}
	for _, c := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"9870", "9871", "9872", "736"}, true},
		{[]string{"9870", "9871", "9872", "9872"}, false}, // a repeat
		{[]string{"1", "2", "3"}, false},                  // too few rows
		{[]string{"120", "14", "15", "300", "7"}, false},  // one step of five
		{[]string{"120", "121", "15", "16", "7"}, false},  // two of four: not more than half
		{[]string{"5", "6", "7", "x"}, false},
	} {
		if got := serialColumn(rows(c.cells...), 0); got != c.want {
			t.Errorf("serialColumn(%v) = %v; want %v", c.cells, got, c.want)
		}
	}
}
