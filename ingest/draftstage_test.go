package ingest

import (
	"encoding/json"
	"strings"
	"testing"
)

// draftShape is the JSON of a draft without its guesses, choice IDs and
// columns left out: what the count reads the votes by.
func draftShape(t *testing.T, d *Draft) string {
	t.Helper()
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"_guesses", "choice_values", "ignore"} {
		delete(v, k)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Northern Ireland's STV count sheets (2017): each stage of the count
// gives the candidates' rows again. The draft keeps the rows of stage 1,
// the first preferences, and counts them by constituency: before, a
// stage was a precinct (Long 22,833 = 3 × 7,610 + 3 in Belfast East),
// "Occurred_On_Count" was summed into the votes (Long 7,611), and
// "Excluded" was read as an annulled protocol (5 of Belfast West's 12
// candidates left out, 2,995 first preferences). The four files of one
// layout get one draft.
func TestDraftSTVCountSheet(t *testing.T) {
	const want = `{"ballot":"okrug","choice_column":"Surname","layout":"long","okrug":"Constituency_Number","precinct":"Constituency_Number","rows":{"where":[{"column":"Count_Number","values":["1"]}]},"votes_column":"Candidate_First_Pref_Votes"}`
	cases := []struct {
		file   string
		choice string
		votes  int64 // the choice's first preferences
		all    int64 // the first preferences of all
		n      int   // the candidates
	}{
		{"uk-ni2017-belfast-east-count-stages1-3.csv", "long", 7610, 40357, 14},
		{"uk-ni2017-belfast-west-count.csv", "campbell", 415, 40344, 12},
		{"uk-ni2017-belfast-west-count1.csv", "campbell", 415, 40344, 12},
		{"uk-ni2017-belfast-north-count1.csv", "bradley", 4835, 42498, 13},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d := mustDraft(t, c.file)
			if got := draftShape(t, d); got != want {
				t.Errorf("draft\n%s\nwant\n%s\n%s", got, want, strings.Join(d.Mapping.Guesses, "\n"))
			}
			tab, votes, _ := countReal(t, c.file, d)
			var all int64
			for _, v := range votes {
				all += v
			}
			if len(tab.Protocols) != 1 || votes[c.choice] != c.votes || all != c.all || len(votes) != c.n {
				t.Errorf("%d protocols, %s %d, all %d of %d candidates; want 1, %d, %d of %d", len(tab.Protocols), c.choice, votes[c.choice], all, len(votes), c.votes, c.all, c.n)
			}
			g := strings.Join(d.Mapping.Guesses, "\n")
			if !strings.Contains(g, `column 10 "Occurred_On_Count" is not mapped: it gives the number of a stage`) || strings.Contains(g, "annulled") {
				t.Errorf("guesses\n%s", g)
			}
		})
	}
}

// The candidates' file of the same election: "Excluded" beside
// "Elected" says what became of each candidate, not an annulled
// protocol; every candidate's first preferences are counted, and the
// candidate's last count (Count_Number 4 or 8) is no votes.
func TestDraftSTVCandidateStatus(t *testing.T) {
	d := mustDraft(t, "uk-ni2017-candinfo-east-west.csv")
	if d.Mapping.Rows != nil {
		t.Errorf("row filter %+v", d.Mapping.Rows)
	}
	tab, votes, _ := countReal(t, "uk-ni2017-candinfo-east-west.csv", d)
	var all int64
	for _, v := range votes {
		all += v
	}
	if len(tab.Protocols) != 2 || len(votes) != 26 || all != 80701 {
		t.Errorf("%d protocols, %d candidates, %d votes; want 2, 26, 80701", len(tab.Protocols), len(votes), all)
	}
	g := strings.Join(d.Mapping.Guesses, "\n")
	for _, w := range []string{`column 10 "Status" is not mapped: it says who was elected`, `column 17 "Count_Number" is not mapped: it gives the number of a stage`} {
		if !strings.Contains(g, w) {
			t.Errorf("no guess %q in\n%s", w, g)
		}
	}
}

// A status column of a few values, "Excluded" among them, still says an
// annulled protocol where no value is a candidate's outcome; beside
// "Elected" it is a candidate's.
func TestStatusColumnCandidateOutcome(t *testing.T) {
	header := []string{"Status"}
	norm := func(int) string { return "status" }
	for _, c := range []struct {
		values map[string]int
		want   int
	}{
		{map[string]int{"Counted": 5, "Excluded": 1}, 0},
		{map[string]int{"Elected": 1, "Excluded": 5}, -1},
		{map[string]int{"Deemed elected": 1, "Excluded": 5}, -1},
	} {
		if got, _, _ := statusColumn(header, []map[string]int{c.values}, []bool{false}, []bool{false}, norm); got != c.want {
			t.Errorf("%v: column %d, want %d", c.values, got, c.want)
		}
	}
}

// A stage's number is never votes, though votesH has "count"; a column
// of votes named with a stage stays votes.
func TestNamedVotesStage(t *testing.T) {
	for h, want := range map[string]bool{
		"count number": false, "occurred on count": false, "count": true, "vote count": true,
		"stage 1 votes": true, "candidate first pref votes": true,
	} {
		if got := namedVotes(h); got != want {
			t.Errorf("namedVotes(%q) = %v, want %v", h, got, want)
		}
	}
}

// Connecticut's "Reg of Voters", the town's Registrar of Voters, is a
// contest, not the line voters.
func TestDraftRegistrarOfVoters(t *testing.T) {
	for _, v := range []string{"Reg of Voters", "Registrar of Voters", "REGISTRARS OF VOTERS"} {
		if l := cellLine(v); l != "" {
			t.Errorf("cellLine(%q) = %q", v, l)
		}
	}
	if l := cellLine("Registered Voters"); l == "" {
		t.Error("Registered Voters reads as no line")
	}
	d := mustDraft(t, "us-ct-2016-darien-pres-registrar.csv")
	g := strings.Join(d.Mapping.Guesses, "\n")
	if strings.Contains(g, "line voters") || strings.Contains(g, "name lines of the protocol") {
		t.Errorf("Reg of Voters read as a line\n%s", g)
	}
}
