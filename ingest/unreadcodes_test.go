package ingest

import (
	"slices"
	"strings"
	"testing"
)

// The columns of whole numbers no field reads, in two OpenElections
// county files: Greeley's "vtd" (000010, 000020, 000030), a code of
// digits of one width with leading zeros, is none; McCormick's
// "failsafe_provisional", 0 on every row, is one (a kind of vote no one
// cast is still a column not read), beside the other kinds of vote.
func TestUnreadCodesAndZeros(t *testing.T) {
	for _, c := range []struct {
		file string
		want []string
	}{
		{"us-ks-2012-greeley-precinct.csv", nil},
		{"us-sc-2020-mccormick-president-straightparty-cut.csv", []string{"in-person_absentee", "failsafe_provisional", "provisional", "failsafe", "absentee_by_mail", "election_day"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			if err != nil {
				t.Fatal(err)
			}
			// (The draft sums McCormick's kinds of vote, with votes
			// their total: the reading of columns left unread is
			// tested with votes alone.)
			d.Mapping.Ignore = nil
			if total, ok := d.Mapping.Totals["votes_column"]; ok {
				d.Mapping.VotesColumn, d.Mapping.Totals = &total, nil
			}
			tab, _, _ := countReal(t, c.file, d)
			var got []string
			for _, u := range tab.Unread {
				got = append(got, u.Header)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("unread %q, want %q", got, c.want)
			}
		})
	}
}

// The draft does not offer a code of digits of one width with leading
// zeros (Greeley's "vtd") as a protocol line.
func TestDraftPaddedCodeNoLine(t *testing.T) {
	d, err := draftReal(t, "us-ks-2012-greeley-precinct.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range readBack(t, d).Guesses {
		if strings.Contains(g, `"vtd"`) && !strings.Contains(g, "a code, no figure") {
			t.Errorf("guess %q", g)
		}
	}
}
