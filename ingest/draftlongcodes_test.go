package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// longOf drafts a real file and returns its mapping, which must be long:
// the precinct's column, the choice's and the votes'.
func longOf(t *testing.T, name string) (m Mapping, precinct, choice, votes string) {
	t.Helper()
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Shape != "long" || m.ChoiceColumn == nil || m.VotesColumn == nil {
		t.Fatalf("layout %q, choice %v, votes %v; want long\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, guessList(m))
	}
	return m, m.Precinct.Header, m.ChoiceColumn.Header, m.VotesColumn.Header
}

func guessList(m Mapping) string {
	s := ""
	for _, g := range m.Guesses {
		s += g + "\n"
	}
	return s
}

// Lithuania's Seimas 2024 list votes, long by numbers alone: the
// station's number runs together over its 15 rows, the party's number is
// named once in each station and found again in the others. The station
// is the precinct, the party the choice; never a parliament of polling
// stations.
func TestDraftLongNumberedChoices(t *testing.T) {
	for _, tc := range []struct {
		name, precinct, choice, votes string
		protocols, choices            int
	}{
		{"lt-seimas2024-votes-long.csv", "minor_gid", "org_id", "votes", 3, 15},
		// Afghanistan 2009: the candidate's code, a number, is the
		// choice, not a code left out (and "votes" no single choice).
		{"af-2009-pres-prelim-pc.csv", "pc_code", "candidate_code", "votes", 2, 32},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, p, c, v := longOf(t, tc.name)
			if p != tc.precinct || c != tc.choice || v != tc.votes {
				t.Fatalf("precinct %q, choice %q, votes %q; want %q, %q, %q\n%s", p, c, v, tc.precinct, tc.choice, tc.votes, guessList(m))
			}
			tab, votes, _ := countReal(t, tc.name, &Draft{Mapping: m})
			if len(tab.Protocols) != tc.protocols || len(votes) != tc.choices {
				t.Fatalf("%d protocols, %d choices; want %d and %d", len(tab.Protocols), len(votes), tc.protocols, tc.choices)
			}
		})
	}
}

// Nebraska 2012, Banner County: the pseudo-precinct "EV/AB" gives each
// candidate twice, two batches with figures of their own and no column
// telling them apart. The draft stays long, sums them ("choice_rows":
// "sum") and says which rows repeat, rather than one choice "votes".
func TestDraftLongRepeatedBatch(t *testing.T) {
	const name = "us-ne-2012-banner.csv"
	m, p, c, v := longOf(t, name)
	if p != "precinct" || c != "candidate" || v != "votes" || m.ChoiceRows != ChoiceRowsSum {
		t.Fatalf("precinct %q, choice %q, votes %q, choice_rows %q; want precinct, candidate, votes, sum\n%s", p, c, v, m.ChoiceRows, guessList(m))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `choice_rows: "sum": 4 rows`) && strings.Contains(g, `("EV/AB";`)
	}) {
		t.Errorf("no guess names the rows given again in EV/AB:\n%s", guessList(m))
	}
	tab, votes, _ := countReal(t, name, &Draft{Mapping: m})
	if len(tab.Protocols) != 5 || votes[m.ChoiceValues["Mitt Romney and Paul Ryan"]] != 346 {
		t.Fatalf("%d protocols, Romney %d; want 5, 346 (EV/AB's two rows summed)", len(tab.Protocols), votes[m.ChoiceValues["Mitt Romney and Paul Ryan"]])
	}
}

// Mississippi 2007, Alcorn County: a general election of 9 offices, a D
// and an R candidate in each race. The draft counts the Governor, at the
// top of the ballot, not the State House of the most rows; and its
// precinct is the precinct, no party's primary.
func TestDraftLongGeneralTopOffice(t *testing.T) {
	const name = "us-ms-2007-alcorn.csv"
	m, p, c, _ := longOf(t, name)
	if p != "precinct" || c != "candidate" || m.Okrug != nil || m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Values, []string{"Governor"}) {
		t.Fatalf("precinct %q, choice %q, okrug %v, rows %+v; want precinct, candidate, no okrug, the Governor's rows\n%s", p, c, m.Okrug, m.Rows, guessList(m))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `(9 values: "Governor", "Lieutenant Governor"`) && strings.Contains(g, "the office at the top of the ballot")
	}) {
		t.Errorf("no guess names the offices and the one taken:\n%s", guessList(m))
	}
	tab, votes, _ := countReal(t, name, &Draft{Mapping: m})
	if len(tab.Protocols) != 4 || votes[m.ChoiceValues["Haley Barbour"]] == 0 {
		t.Fatalf("%d protocols, Barbour %d; want 4 and his votes", len(tab.Protocols), votes[m.ChoiceValues["Haley Barbour"]])
	}
}

// The same file's State House rows alone (as a user who counts that
// contest drafts them): three districts, one D and one R in each, are
// no primaries (party stays out of the precinct and the district), and
// the rows of the districts a precinct does not lie in, their votes
// empty, are left out rather than read as 0, protocols of districts the
// precinct is not in.
func TestDraftLongDistrictsNoPrimary(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/us-ms-2007-alcorn.csv")
	if err != nil {
		t.Fatal(err)
	}
	var keep []string
	for k, l := range strings.SplitAfter(string(b), "\n") {
		if k == 0 || strings.Contains(l, ",State House,") {
			keep = append(keep, l)
		}
	}
	d, err := DraftMapping(strings.NewReader(strings.Join(keep, "")), "house.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Precinct.Header != "precinct" || m.Okrug == nil || m.Okrug.Header != "district" || m.EmptyVotes != "" {
		t.Fatalf("precinct %+v, okrug %+v, empty_votes %q; want precinct, district, none\n%s", m.Precinct, m.Okrug, m.EmptyVotes, guessList(m))
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "votes" || !slices.Equal(m.Rows.Where[0].Except, []string{""}) {
		t.Fatalf("rows %+v; want votes except \"\"\n%s", m.Rows, guessList(m))
	}
	tab, err := ReadCSV(strings.NewReader(strings.Join(keep, "")), "house.csv", readBack(t, d), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 4 {
		t.Fatalf("%d protocols; want 4, one per precinct in its own district", len(tab.Protocols))
	}
}

// Delaware 2007, Representative District 7: "election_district" is the
// precinct (a member's district is "district"), and "election_day" and
// "absentee" are the parts of "votes", the figure, not choices. The
// draft is the tester's hand mapping.
func TestDraftLongElectionDistrict(t *testing.T) {
	const name = "us-de-2007-rd7-special.csv"
	m, p, c, _ := longOf(t, name)
	// (The votes the sum of election_day and absentee, votes their
	// total.)
	parts, v := partsTotal(m)
	if p != "election_district" || c != "candidate" || v != "votes" || !slices.Equal(parts, []string{"election_day", "absentee"}) || m.Okrug == nil || m.Okrug.Header != "district" || m.Region == nil || m.Region.Header != "county" || len(m.Votes) != 0 {
		t.Fatalf("precinct %q, choice %q, votes %q, okrug %+v, region %+v, votes %v; want election_district, candidate, votes, district, county, none\n%s", p, c, v, m.Okrug, m.Region, m.Votes, guessList(m))
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Except, []string{"Total"}) {
		t.Fatalf("rows %+v; want the Total rows left out\n%s", m.Rows, guessList(m))
	}
	tab, votes, _ := countReal(t, name, &Draft{Mapping: m})
	if len(tab.Protocols) != 14 || votes[m.ChoiceValues["Short B"]] != 2275 || votes[m.ChoiceValues["Bowers J"]] != 2048 {
		t.Fatalf("%d protocols, votes %v; want 14, Short 2275 and Bowers 2048 (the Total rows')", len(tab.Protocols), votes)
	}
}

// Lithuania's station files (1996 and 2024): "minor_gid" names every
// station once, the precinct, no choice (1996's 0, 1, 2, ... would be a
// choice of 435 votes), before "major_id" and "minor_id" together; and
// "votes", the one column of figures beside the voters, is the valid
// votes, no choice: the file names none.
func TestDraftStationsGlobalID(t *testing.T) {
	for _, name := range []string{"lt-seimas1996-minor.csv", "lt-seimas2024-minor.csv"} {
		t.Run(name, func(t *testing.T) {
			d, err := draftReal(t, name)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			if m.Precinct.Header != "minor_gid" || len(m.Votes) != 0 || m.Lines[election.Valid].Header != "votes" || m.Lines[election.Voters].Header != "registered_voters" {
				t.Fatalf("precinct %+v, votes %v, lines %v; want minor_gid, no choice, valid votes and voters\n%s", m.Precinct, m.Votes, m.Lines, guessList(m))
			}
			countReal(t, name, d)
		})
	}
}

// A long file whose station column is not named as an ID: its values run
// together, and the party's number, named once in each station and found
// again in the others, is the choice, not the precinct (Lithuania's 2024
// list votes, the header "minor_gid" renamed).
func TestDraftLongAreaInRuns(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/lt-seimas2024-votes-long.csv")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(b), "minor_gid", "minor", 1)
	d, err := DraftMapping(strings.NewReader(src), "votes.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Shape != "long" || m.Precinct.Header != "minor" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "org_id" {
		t.Fatalf("layout %q, precinct %+v, choice %+v; want long, minor, org_id\n%s", m.Shape, m.Precinct, m.ChoiceColumn, guessList(m))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, "it numbers the choices, not the precincts") }) {
		t.Errorf("no guess says why org_id is no precinct:\n%s", guessList(m))
	}
}

// Afghanistan 2009, final: "NA" among the candidates' codes is kept as a
// choice (the draft cannot know it is none), and a guess says it may
// mean "not available" or "not attributed", and how to leave it out.
func TestDraftLongNAChoice(t *testing.T) {
	const name = "af-2009-pres-final-pc.csv"
	m, p, c, _ := longOf(t, name)
	if p != "pc_code" || c != "candidate_code" || m.ChoiceValues["NA"] == "" {
		t.Fatalf("precinct %q, choice %q, NA %q; want pc_code, candidate_code, NA kept\n%s", p, c, m.ChoiceValues["NA"], guessList(m))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `choice_values: "NA", kept as the choice`) && strings.Contains(g, "not attributed") && strings.Contains(g, `except ["NA"]`)
	}) {
		t.Errorf("no guess says what NA may be:\n%s", guessList(m))
	}
	countReal(t, name, &Draft{Mapping: m})
}
