package ingest

import (
	"strings"
	"testing"
)

// A column of whole numbers written "160.0" is said so where the draft
// maps it or leaves it out (Iowa's "absentee" and "election_date", the
// parts of the votes; Chile's DIF_ columns; Malaysia's share written
// "0.0"), and not for a code left out before the protocol's lines
// (Israel's ballot box number "קלפי").
func TestDraftPointZeroSaid(t *testing.T) {
	const said = `: its whole numbers are written with a point and a zero`
	for _, c := range []struct {
		file    string
		said    []string
		notSaid []string
	}{
		{"us-ia-2012-adair.csv", []string{`column 7 "absentee"`, `column 8 "election_date"`, `column 9 "votes"`}, nil},
		{"cl-2021-putre.csv", []string{`column 44 "DIF_EDUARDO ARTES"`, `column 51 "DIF_YASNA PROVOSTE"`}, nil},
		{"my-ge-seat-stats.csv", []string{`column 15 "ballots_not_returned_perc"`}, nil},
		{"il-knesset23-kalpi-min4.csv", nil, []string{`column 5 "קלפי"`}},
	} {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			all := strings.Join(m.Guesses, "\n")
			for _, s := range c.said {
				if !strings.Contains(all, s+said) {
					t.Errorf("no guess says %s%s:\n%s", s, said, all)
				}
			}
			for _, s := range c.notSaid {
				if strings.Contains(all, s+said) {
					t.Errorf("a guess says %s%s:\n%s", s, said, all)
				}
			}
		})
	}
}
