package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Estonia's Riigikogu 2023, a row per candidate and constituency: the
// area is "constituency" (6 and 7, in runs), never the votes; the votes
// are "candidate_votes", not "party_votes_const", the party's total
// repeated on each of its candidates' rows. (It was an error advising
// "votes_column": "constituency", which counts each candidate at 6 or 7.)
func TestDraftLongEstoniaConstituency(t *testing.T) {
	const name = "ee-rk2023-c6-7.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Precinct.Header != "constituency" || m.ChoiceColumn.Header != "candidate_name" || m.VotesColumn.Header != "candidate_votes" || m.Region != nil {
		t.Fatalf("layout %q, precinct %+v, choice %v, votes %v, region %v; want long, constituency, candidate_name, candidate_votes, none\n%s",
			m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, m.Region, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	// awk -F';' 'NR>1{s+=$4} END{print s}': 28,277 in 6 and 29,542 in 7.
	if len(tab.Protocols) != 2 || len(votes) != 119 || sum != 28277+29542 || votes["hanno-pevkur"] != 6567 {
		t.Errorf("%d protocols, %d choices, %d votes, Pevkur %d; want 2, 119, 57819, 6567", len(tab.Protocols), len(votes), sum, votes["hanno-pevkur"])
	}
}

// The advice for a file of one area's choices never names as the votes
// a column whose few values repeat across the choices (an area's number),
// prefers one named as votes, and of several columns of figures none
// named so names none: one column of many is one polling division's part.
func TestChoicesOfOneAreaVotes(t *testing.T) {
	for _, c := range []struct {
		name, in, want, not string
	}{
		{"an area's number beside the votes", "Candidate;district_no;Votes\nA;6;10\nB;6;20\nC;6;30\nD;6;40\n", `"votes_column": "Votes"`, `"district_no"`},
		{"a candidate's votes named so", "Candidate;district_no;candidate_votes\nA;6;10\nB;6;20\nC;6;30\nD;6;40\n", `"votes_column": "candidate_votes"`, "district_no"},
		{"a column per division", "Candidate;A1;A2;Total\nA;1;2;3\nB;4;5;9\nC;7;8;15\nD;1;1;2\n", `the file is transposed`, `votes_column`},
		{"an area's number alone", "Candidate;district_no\nA;6\nB;6\nC;6\nD;6\n", "", `votes_column`},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows, header := readRows(t, c.in)
			values := make([]map[string]int, len(header))
			numeric, used := make([]bool, len(header)), make([]bool, len(header))
			for i := range header {
				values[i] = map[string]int{}
				numeric[i] = i > 0
				for _, rec := range rows {
					values[i][rec[i]]++
				}
			}
			norm := func(i int) string { return strings.ToLower(strings.ReplaceAll(header[i], "_", " ")) }
			got := choicesOfOneArea(header, rows, used, numeric, values, 0, "", norm)
			if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
				t.Errorf("got %q, want %q and not %q", got, c.want, c.not)
			}
		})
	}
}

// readRows splits a small ';'-separated text into its header and rows.
func readRows(t *testing.T, in string) ([][]string, []string) {
	t.Helper()
	var rows [][]string
	for _, l := range strings.Split(strings.TrimSpace(in), "\n") {
		rows = append(rows, strings.Split(l, ";"))
	}
	return rows[1:], rows[0]
}

// Saint Lucia's election-night table of Gros Islet as published,
// transposed: a column per polling division, "Total" and "%", the
// candidates' rows named by "Candidate" and "Party", and 4 rows of the
// constituency's own figures under them, two cells each. Drafted
// transposed: both label columns, Total and % left out, the 4 rows
// footer_rows; each candidate's votes the sum of the 10 divisions (it
// was an error advising "votes_column": "A1(a)", 823 of 5,024).
func TestDraftTransposedSaintLucia(t *testing.T) {
	const name = "lc2021-gros-islet.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.transposed() || m.LabelColumn == nil || len(m.LabelColumn.Columns) != 2 || m.LabelColumn.Columns[1].Header != "Party" ||
		m.FooterRows != 4 || m.Precinct.Header != "Candidate / Party" || m.Rows == nil || !slices.Equal(m.Rows.Where[0].Except, []string{"Total", "%"}) {
		t.Fatalf("layout %q, label %+v, footer_rows %d, precinct %+v, rows %+v\n%s", m.Shape, m.LabelColumn, m.FooterRows, m.Precinct, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 10 || votes["montoute-uwp"] != 5024 || votes["casimir-slp"] != 7077 || votes["de-caires-ngp"] != 70 {
		t.Errorf("%d protocols, votes %v; want 10, MONTOUTE 5024, CASIMIR 7077, DE CAIRES 70", len(tab.Protocols), votes)
	}
	// Castries East's "Total" is not its divisions' sum on PIERRE+'s
	// row (3,700 published, 3,691 summed): left out all the same, and
	// said.
	d, err = draftReal(t, "lc2021-castries-east.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = readBack(t, d)
	_, votes, _ = countReal(t, "lc2021-castries-east.csv", d)
	if !m.transposed() || votes["pierre-slp"] != 3691 || !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `row "PIERRE+ / SLP": 3700, the others' sum 3691`)
	}) {
		t.Errorf("layout %q, votes %v\n%s", m.Shape, votes, strings.Join(m.Guesses, "\n"))
	}
}

// A transposed mapping's row label that no row has is said as a label,
// with the nearest one (the candidate's own party); a short row at the
// end of a transposed file says how footer_rows skips it and the rows
// after it.
func TestTransposedLabelAndFooterMessages(t *testing.T) {
	const file = "../testdata/ingest/real/lc2021-gros-islet.csv"
	read := func(mapping string) error {
		m, err := ReadMapping(strings.NewReader(mapping), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		_, err = ReadCSV(mustOpen(t, file), "gi.csv", m, Options{})
		return err
	}
	const base = `{"layout": "transposed", "label_column": {"columns": ["Candidate", "Party"]}, "rows": {"where": [{"column": 1, "except": ["Total", "%"]}]},
		"precinct": "Candidate / Party", "okrug_id": "Gros Islet", "ballot": "okrug", %s "votes": {"montoute": "MONTOUTE / UWP", "casimir": %q}}`
	err := read(strings.Replace(strings.Replace(base, "%s", `"footer_rows": 4,`, 1), "%q", `"CASIMIR / UWP"`, 1))
	if !errors.Is(err, ErrMissingHeader) || !strings.Contains(err.Error(), `no row has the label "CASIMIR / UWP"`) || !strings.Contains(err.Error(), `the nearest label is "CASIMIR / SLP" ({"column": 3}`) {
		t.Errorf("wrong label: %v", err)
	}
	err = read(strings.Replace(strings.Replace(base, "%s", "", 1), "%q", `"CASIMIR / SLP"`, 1))
	if !errors.Is(err, ErrShortRow) || !strings.Contains(err.Error(), `skip them with "footer_rows": 4 (lines 5-8)`) {
		t.Errorf("no footer_rows: %v", err)
	}
	if err := read(strings.Replace(strings.Replace(base, "%s", `"footer_rows": 4,`, 1), "%q", `"CASIMIR / SLP"`, 1)); err != nil {
		t.Errorf("the right mapping: %v", err)
	}
}

// Saint Lucia's 8 constituencies flattened to one row per district,
// candidate and polling division: two candidates named JOSEPH stand in
// Babonneau and in Castries South East. One name of 20 in two districts
// leaves the district the okrug (a list ballot was drafted, the district
// a region); the guess names the exception.
func TestDraftLongSameNameInTwoDistricts(t *testing.T) {
	const name = "lc2021-long8.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Okrug == nil || m.Okrug.Header != "District" || m.Ballot != string(election.OkrugBallot) || m.Region != nil {
		t.Fatalf("layout %q, okrug %+v, ballot %q, region %+v; want the district the okrug\n%s", m.Shape, m.Okrug, m.Ballot, m.Region, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `but 1 of 20 names, "JOSEPH" in Babonneau (UWP) and Castries South East (UWP)`)
	}) {
		t.Errorf("no guess names JOSEPH:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// South Africa's IEC, local elections of 2021, eThekwini: a row per
// voting district, type of ballot (PR, Ward) and party. The draft reads
// it long: "VotingDistrict" the precinct (the finest area; "Ward" holds
// several), "PartyName" the choice, "TotalValidVotes" the party's votes
// (drafted as the valid ballots, the file wide), the rows of the PR
// ballot kept, and a guess giving the mapping of both ballots.
func TestDraftLongSouthAfricaBallotTypes(t *testing.T) {
	const name = "za-lge2021-eth-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.Precinct.Header != "VotingDistrict" || m.ChoiceColumn.Header != "PartyName" || m.VotesColumn.Header != "TotalValidVotes" ||
		m.Rows.String() != `BallotType = "PR"` || m.Lines[election.Invalid].Header != "SpoiltVotes" || m.Lines[election.Valid].Header != "" {
		t.Fatalf("layout %q, precinct %+v, choice %v, votes %v, rows %s, lines %v\n%s", m.Shape, m.Precinct, m.ChoiceColumn, m.VotesColumn, m.Rows, m.Lines, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `"ballot_column": "BallotType", "ballot_values": {"PR": "list", "Ward": "okrug"}, "okrug": "Ward"`)
	}) {
		t.Errorf("no guess maps both ballots:\n%s", strings.Join(m.Guesses, "\n"))
	}
	// Python's csv module over the PR rows: 3 voting districts, ANC
	// 1,856, DA 162, 2,283 votes, 18 spoilt.
	tab, votes, lines := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 3 || votes["african-national-congress"] != 1856 || votes["democratic-alliance"] != 162 || sum != 2283 || lines[election.Invalid] != 18 {
		t.Errorf("%d protocols, ANC %d, DA %d, %d votes, %d invalid; want 3, 1856, 162, 2283, 18", len(tab.Protocols), votes["african-national-congress"], votes["democratic-alliance"], sum, lines[election.Invalid])
	}
}

// New Hampshire's State Representatives of 2012 by town (OpenElections):
// a town lies in several districts (Alton in Belknap 5 and 8), whose
// numbers start again in each county. Drafted long: the okrug is the
// county and the district, the precinct those and the town, "Scatter"
// an aggregate. (It was drafted wide, "district" the precinct and
// "votes" a choice; the guess called a town's name a number.)
func TestDraftLongNewHampshireTowns(t *testing.T) {
	const name = "us-nh-2012-house-town.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	cols := func(c *Column) []string {
		var hs []string
		if c != nil {
			for _, x := range c.Columns {
				hs = append(hs, x.Header)
			}
		}
		return hs
	}
	if !m.long() || !slices.Equal(cols(&m.Precinct), []string{"county", "district", "town"}) || !slices.Equal(cols(m.Okrug), []string{"county", "district"}) ||
		m.ChoiceColumn.Header != "candidate" || !slices.Equal(m.Aggregates, []string{"scatter"}) || m.Ballot != string(election.OkrugBallot) {
		t.Fatalf("layout %q, precinct %+v, okrug %+v, choice %v, aggregates %v, ballot %q\n%s", m.Shape, m.Precinct, m.Okrug, m.ChoiceColumn, m.Aggregates, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	if slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `the number of an earlier row in column 1 "town"`) }) {
		t.Errorf("a town's name called a number:\n%s", strings.Join(m.Guesses, "\n"))
	}
	// Python's csv module: 16 towns of districts, 4 districts, Burchell
	// 2,646, Cormier 4,341, 36,825 votes.
	tab, votes, _ := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 16 || votes["burchell"] != 2646 || votes["cormier"] != 4341 || sum != 36825 {
		t.Errorf("%d protocols, Burchell %d, Cormier %d, %d votes; want 16, 2646, 4341, 36825", len(tab.Protocols), votes["burchell"], votes["cormier"], sum)
	}
}

// New Hampshire's primary of 2014 by town: each party's primary is a
// contest of its own, a write-in now and then on both parties' rows
// (Tilton, R's candidate, 3 write-in votes in D's). Drafted long, the
// okrug the office and the party, the precinct those and the town, empty
// votes cells not on the ballot. (The draft exited 2 with the votes
// column as the precinct.)
func TestDraftLongNewHampshirePrimary(t *testing.T) {
	const name = "us-nh-2014-primary-town.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || len(m.Precinct.Columns) != 3 || m.Precinct.Columns[1].Header != "party" || m.Okrug == nil || len(m.Okrug.Columns) != 2 || m.Okrug.Columns[1].Header != "party" ||
		m.EmptyVotes != "not_on_ballot" || m.Ballot != string(election.OkrugBallot) {
		t.Fatalf("layout %q, precinct %+v, okrug %+v, empty_votes %q, ballot %q\n%s", m.Shape, m.Precinct, m.Okrug, m.EmptyVotes, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	// Python's csv module over District No. 3's rows: 12 protocols (6
	// towns by 2 parties), Tilton 1,009 + 3, Huot 362 + 3.
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 12 || votes["tilton"] != 1012 || votes["huot"] != 365 {
		t.Errorf("%d protocols, Tilton %d, Huot %d; want 12, 1012, 365", len(tab.Protocols), votes["tilton"], votes["huot"])
	}
}
