package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The Maldives' Majlis election of 2024, three ballot boxes of one voter
// each (a tester's 4-line cut): "Eligible" is the register, no choice,
// though on these rows it equals the valid votes and the ballots cast.
func TestDraftMaldivesEligibleOneVoterBoxes(t *testing.T) {
	d := mustDraft(t, "mv-majlis2024-a01-one-voter-boxes.csv")
	m := d.Mapping
	if m.Lines[election.Voters].Header != "Eligible" || len(m.Votes) != 2 {
		t.Errorf("lines %+v, votes %+v", m.Lines, m.Votes)
	}
	for id := range m.Votes {
		if strings.Contains(id, "eligible") {
			t.Errorf("choice %q", id)
		}
	}
}

// The AEC's House first preferences of 2025 by polling place: Banks and
// Chifley, where two GREENs stand (of Family First and of the Liberals).
// "PartyAb" names each row of a polling place once in these rows, but it
// is a label of the candidate (two Independents share "IND" elsewhere):
// the candidate is the choice, the surname joined with the party.
func TestDraftAECNamesakesNotParty(t *testing.T) {
	d := mustDraft(t, "au-hor2025-banks4-chifley2-pp.csv")
	m := d.Mapping
	if m.ChoiceColumn == nil || len(m.ChoiceColumn.Columns) != 2 || m.ChoiceColumn.Columns[0].Header != "Surname" || !m.ChoiceColumn.Join {
		t.Fatalf("choice_column %+v", m.ChoiceColumn)
	}
	if m.ChoiceValues["GREEN / FFP"] == "" || m.ChoiceValues["GREEN / LP"] == "" || m.ChoiceValues["GREEN / FFP"] == m.ChoiceValues["GREEN / LP"] {
		t.Errorf("choice_values %v", m.ChoiceValues)
	}
	if m.ChoiceListColumn != nil {
		t.Errorf("choice_list_column %+v", m.ChoiceListColumn)
	}
}

// Northern Ireland's 2017 count, a constituency's summary
// (ConstituencyCount.csv): "Quota" is a figure of the count, never a
// choice's votes; the file gives lines alone.
func TestDraftQuotaNoChoice(t *testing.T) {
	d := mustDraft(t, "uk-ni2017-belfast-west-constituencycount.csv")
	m := d.Mapping
	if len(m.Votes) != 0 || !slices.ContainsFunc(m.Ignore, func(c Column) bool { return c.Header == "Quota" }) || m.Lines[election.Valid].Header != "Valid_Poll" {
		t.Errorf("votes %+v, ignore %q, lines %+v", m.Votes, m.Ignore, m.Lines)
	}
	guessed(t, m, `column 5 "Quota" is not mapped: it is the quota of the count`)
}

// A count sheet's stages under "Round", no column beside it naming
// transfers (an edit of Belfast East's count sheet): the rows of round 1
// alone are kept, and the draft says so; never summed over the rounds.
func TestDraftRoundsWithoutTransfers(t *testing.T) {
	d := mustDraft(t, "SYNTHETIC-EDITED-uk-ni2017-belfast-east-rounds.csv")
	m := d.Mapping
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "Round" || !slices.Equal(m.Rows.Where[0].Values, []string{"1"}) {
		t.Fatalf("rows %+v", m.Rows)
	}
	if m.ChoiceColumn == nil || m.VotesColumn == nil || m.VotesColumn.Header != "Total_Votes" || m.Votes["round"].Header != "" {
		t.Errorf("choice %+v, votes %+v, votes %+v", m.ChoiceColumn, m.VotesColumn, m.Votes)
	}
	guessed(t, m, `rows: column 3 "Round" numbers stages 1 to 3`, "the mapping keeps the rows of stage 1 (rows.where[0])")
}

// "Count" alone beside a column named as votes numbers the stages; a
// stage column whose later stages name candidates the first does not is
// no stage of one count, and the draft says the rows are all counted.
func TestDraftCountStages(t *testing.T) {
	const stagesCSV = `Ward,Count,Candidate,Votes
1,1,Ann,50
1,1,Bob,40
1,1,Cid,10
1,2,Ann,55
1,2,Bob,45
2,1,Ann,30
2,1,Bob,35
2,1,Cid,5
2,2,Ann,33
2,2,Bob,37
`
	d, err := DraftMapping(strings.NewReader(stagesCSV), "stages.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "Count" || m.VotesColumn == nil || m.VotesColumn.Header != "Votes" {
		t.Errorf("rows %+v, votes %+v", m.Rows, m.VotesColumn)
	}
	// Round 2 names Dan, whom round 1 does not: no stages of one count.
	d, err = DraftMapping(strings.NewReader(strings.Replace(stagesCSV, "2,2,Bob,37", "2,2,Dan,37", 1)), "stages.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Rows != nil && len(m.Rows.Where) > 0 {
		t.Errorf("rows %+v", m.Rows)
	}
	guessed(t, m, `column 2 "Count" is not mapped: named as the stage or round of a count, it numbers 1 to 2`)
}
