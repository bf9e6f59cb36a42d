package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// The UK's EU referendum of 2016 by counting area (the Electoral
// Commission's file): the four reasons for rejection sum to
// Rejected_Ballots on every row. Drafted before as four choices beside
// Remain and Leave; now the parts of invalid, said so, no choices. The
// ballots found are VerifiedBallotPapers, given on its own, not
// Votes_Cast, the sum of Rejected_Ballots and Valid_Votes by
// construction (over which P102 could never fail); ExpectedBallots are
// those issued.
func TestDraftUKReferendumParts(t *testing.T) {
	for _, name := range []string{"uk-euref2016-scot-wales-ni.csv", "uk-euref2016-min4.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		m := d.Mapping
		if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"leave", "remain"}) {
			t.Errorf("%s: votes %v, want leave and remain\n%s", name, got, strings.Join(m.Guesses, "\n"))
		}
		want := map[election.Line]string{
			election.Voters:          "Electorate",
			election.IssuedInRoom:    "ExpectedBallots",
			election.FoundStationary: "VerifiedBallotPapers",
			election.Invalid:         "Rejected_Ballots",
			election.Valid:           "Valid_Votes",
		}
		if got := lineHeaders(m); !maps.Equal(got, want) {
			t.Errorf("%s: lines %v, want %v", name, got, want)
		}
		parts := `(columns 14 "No_official_mark", 15 "Voting_for_both_answers", 16 "Writing_or_mark", 17 "Unmarked_or_void"): their sum is it (column 13 "Rejected_Ballots") on every row`
		guessed(t, m,
			`column 14 "No_official_mark" is not mapped: the parts of invalid `+parts,
			`column 17 "Unmarked_or_void" is not mapped: the parts of invalid `+parts,
			`column 9 "Votes_Cast" is not mapped: on every row the sum of the invalid ballots (column 13 "Rejected_Ballots") and the valid votes (column 10 "Valid_Votes"), so a relation over it could never fail; the ballots found are column "VerifiedBallotPapers"`)
	}
	// python3 csv over the cut's 61 rows.
	const name = "uk-euref2016-scot-wales-ni.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	tab, votes, lines := countReal(t, name, d)
	if len(tab.Protocols) != 61 || votes["remain"] != 3164763 || votes["leave"] != 2422066 || lines[election.FoundStationary] != 5590510 ||
		lines[election.IssuedInRoom] != 5590788 || lines[election.Invalid] != 3637 || lines[election.Valid] != 5586829 {
		t.Errorf("%d protocols, votes %v, lines %v; want 61, Remain 3164763, Leave 2422066, found 5590510, issued 5590788, invalid 3637, valid 5586829", len(tab.Protocols), votes, lines)
	}
}

// Parts are no choices only where they are not: the choices after a line
// whose sum it is by chance but which sum with the others to the valid
// votes stay choices; so do columns after a line that is the valid votes
// plus another, one of them the valid votes (draftTotals' Slovenian
// "Glasovalo" = "V1" + "N1", TestDraftChoiceTotalBesideLine).
func TestDraftLinePartsChoicesStay(t *testing.T) {
	const in = "Area,Valid,Rejected,Alpha,Beta,Gamma\n" +
		"North,100,30,10,20,70\n" +
		"South,200,50,20,30,150\n" +
		"East,50,0,0,0,50\n"
	d, err := DraftMapping(strings.NewReader(in), "parts.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(maps.Keys(d.Mapping.Votes)); !slices.Equal(got, []string{"alpha", "beta", "gamma"}) {
		t.Errorf("votes %v, want alpha, beta, gamma\n%s", got, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// Of two columns that read as the ballots found, the one the file gives
// on its own, not the one that is on every row the invalid ballots plus
// the valid votes, whatever their headers' lengths.
func TestDraftFoundGivenOverSum(t *testing.T) {
	const in = "Area,Electorate,Ballots counted,Verified ballot papers,Rejected,Valid,Alpha,Beta\n" +
		"North,1000,700,702,10,690,400,290\n" +
		"South,2000,1500,1500,20,1480,700,780\n" +
		"East,1500,900,899,5,895,500,395\n"
	d, err := DraftMapping(strings.NewReader(in), "found.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := m.Lines[election.FoundStationary].Header; got != "Verified ballot papers" {
		t.Errorf("found_stationary %q, want \"Verified ballot papers\"\n%s", got, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `column 3 "Ballots counted" is not mapped: it reads as line found_stationary, which column "Verified ballot papers" gives (this one is on every row the sum of columns 5 "Rejected" and 6 "Valid"`)
}

// Russia's State Duma 2021 by UIK in English snake_case (Shpilkin's
// collection): every line of the form is a built-in one, read by its
// words; "reg" is the region. Drafted before with eight lines unknown
// ("declare it in the rule set") and no region.
func TestDraftRussianEnglishLines(t *testing.T) {
	d, err := draftReal(t, "ru-duma2021-altai-federal.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{
		election.Voters:          "num_registered_voters",
		election.Received:        "received_ballots",
		election.IssuedEarly:     "given_early_voting_ballots",
		election.IssuedInRoom:    "given_on_site_ballots",
		election.IssuedOutside:   "given_off_site_ballots",
		election.Cancelled:       "unused_ballots",
		election.FoundMobile:     "found_off_site_ballots",
		election.FoundStationary: "found_on_site_ballots",
		election.Invalid:         "incorrect_ballots",
		election.Valid:           "correct_ballots",
		election.Lost:            "lost_ballots",
		election.Unaccounted:     "unaccounted_ballots",
	}
	if got := lineHeaders(m); !maps.Equal(got, want) || len(m.Votes) != 14 {
		t.Errorf("lines %v, %d choices; want %v and 14 parties\n%s", got, len(m.Votes), want, strings.Join(m.Guesses, "\n"))
	}
	if m.Region == nil || m.Region.Header != "reg" {
		t.Errorf("region %+v, want reg", m.Region)
	}
	if slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, "protocol.add_lines") }) {
		t.Errorf("a guess advises declaring a line:\n%s", strings.Join(m.Guesses, "\n"))
	}
	_, votes, lines := countReal(t, "ru-duma2021-altai-federal.csv", d)
	if lines[election.IssuedInRoom] != 628 || lines[election.FoundMobile] != 119 || lines[election.Invalid] != 15 || votes["edinaya-rossiya"] != 223 {
		t.Errorf("lines %v, votes %v; want issued in room 140+488, found mobile 38+81, invalid 4+11, Edinaya_Rossiya 49+174", lines, votes)
	}
}

// The same file edited to hold two okrugs: with "reg" the region, "oik"
// is the single-mandate district of party-list rows, left out; the
// ballot is the list. Drafted before as an okrug ballot.
func TestDraftRegionReg(t *testing.T) {
	d, err := draftReal(t, "SYNTHETIC-EDITED-ru-duma2021-altai-federal-2oik.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Region == nil || m.Region.Header != "reg" || m.Okrug != nil || m.Ballot != "list" {
		t.Errorf("region %+v, okrug %+v, ballot %q; want reg, none, list\n%s", m.Region, m.Okrug, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	for _, c := range []struct {
		h       string
		numeric bool
		want    bool
	}{
		{"reg", false, true},
		{"рег", false, true},
		{"obl", false, true},
		{"reg code", true, true},
		{"reg", true, false}, // the registered voters
		{"leg reg", true, false},
		{"reg voters", true, false},
		{"regular", false, false},
	} {
		if got := regionAbbrev(c.h, c.numeric); got != c.want {
			t.Errorf("regionAbbrev(%q, numeric %v) = %v, want %v", c.h, c.numeric, got, c.want)
		}
	}
}
