package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Pakistan's 2018 file by candidate: two Independents of one name in
// NA-46 made the draft wide, "votes_polled" and "votes_disq" drafted as
// choices. It stays long (the okrug the constituency), says the
// namesakes and the column that tells them apart (the rank, never the
// decimal share), and maps votes_polled and votes_disq as lines.
func TestDraftNamesakesKeepTheFileLong(t *testing.T) {
	d, err := draftReal(t, "pk-na2018-na44-46.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	all := strings.Join(m.Guesses, "\n")
	if m.Shape != "long" || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `["candidate_name", "candidate_rank"]` || m.Okrug == nil || m.Okrug.String() != `"constituency_code"` {
		t.Fatalf("layout %v, choice %v, okrug %v; want long by candidate_name and candidate_rank, okrug constituency_code\n%s", m.Shape, m.ChoiceColumn, m.Okrug, all)
	}
	for l, h := range map[election.Line]string{election.FoundStationary: "votes_polled", election.Invalid: "votes_disq", election.Voters: "voter_reg", election.Valid: "valid_votes"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v; want %q", l, m.Lines[l], h)
		}
	}
	guessed(t, m, `"Jamil Hussain"`, `column 20 "candidate_rank" tells them apart`)
	if c := m.ChoiceColumn; len(c.Columns) != 2 || c.Columns[1].Header != "candidate_rank" || !c.Join || m.ChoiceValues["Jamil Hussain / 12"] == m.ChoiceValues["Jamil Hussain / 24"] {
		t.Errorf("choice_column %v, Jamil Hussain %q and %q; want the name joined with the rank, two choices", c, m.ChoiceValues["Jamil Hussain / 12"], m.ChoiceValues["Jamil Hussain / 24"])
	}
	tab, votes, _ := countReal(t, "pk-na2018-na44-46.csv", d)
	if len(tab.Protocols) != 3 || votes["jamil-hussain-12"] != 99 || votes["jamil-hussain-24"] != 7 {
		t.Errorf("%d protocols, Jamil Hussain %d and %d; want 3, 99 and 7", len(tab.Protocols), votes["jamil-hussain-12"], votes["jamil-hussain-24"])
	}
	if strings.Contains(all, `["candidate_name", "candidate_share"]`) {
		t.Errorf("the draft joins the name with the share:\n%s", all)
	}
}

// The count's error for the namesakes' second row (under a mapping by
// the name alone) proposes the rank, not the decimal share, as what
// tells them apart.
func TestSecondRowNamesakeHintNoShare(t *testing.T) {
	d, err := draftReal(t, "pk-na2018-na44-46.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	m.ChoiceColumn = &Column{Header: "candidate_name"}
	byName := map[string]string{}
	for k, id := range m.ChoiceValues {
		name, _, _ := strings.Cut(k, " / ")
		byName[name] = id
	}
	m.ChoiceValues = byName
	_, err = ReadCSV(mustOpen(t, "../testdata/ingest/real/pk-na2018-na44-46.csv"), "pk.csv", m, Options{})
	if err == nil {
		t.Fatal("no error for the second Jamil Hussain")
	}
	if s := err.Error(); !strings.Contains(s, `"choice_column": {"columns": ["candidate_name", "candidate_rank"], "join": true}`) || strings.Contains(s, `["candidate_name", "candidate_share"]`) || strings.Contains(s, `"candidate_share" names a person`) {
		t.Errorf("error %v; want the join with candidate_rank", err)
	}
}
