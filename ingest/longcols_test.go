package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// gaModes is the mapping of Georgia's county-level file of 2024, each
// candidate's votes in four columns, one per vote mode, their sum.
const gaModes = `{"layout": "long", "precinct": {"columns": ["county", "precinct"]}, "region": "county", "okrug_id": "president", "ballot": "okrug",
	"rows": {"where": [{"column": "office", "values": ["President"]}]},
	"choice_column": "candidate",
	"votes_column": {"columns": ["election_day_votes", "advanced_votes", "absentee_by_mail_votes", "provisional_votes"]},
	"choice_values": {"Chase Oliver": "oliver", "Donald J. Trump": "trump", "Jill Stein": "stein", "Kamala D. Harris": "harris"}}`

// A long file's votes_column of several columns is their sum, as a wide
// file's figure is: Georgia's county-level file of 2024 gives each
// candidate's votes by vote mode (Bacon: Trump 569 on election day,
// 3,509 in advance, 107 by mail, 1 provisional, 4,186). Mapped to one
// column ("advanced_votes", as the draft proposed), the count said 3,509
// with no finding; a sum was refused.
func TestLongVotesColumnSum(t *testing.T) {
	const name = "us-ga-2024-county-modes.csv"
	m, err := ReadMapping(strings.NewReader(gaModes), "ga.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, concurrent := range []bool{false, true} {
		tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{Concurrent: concurrent})
		if err != nil {
			t.Fatal(err)
		}
		votes, _ := sums(tab)
		bacon := -1
		for i, p := range tab.Protocols {
			if p.Precinct == "Bacon / not available" {
				bacon = i
			}
		}
		// The sums of the cut's rows (Python's csv module).
		if len(tab.Protocols) != 3 || bacon < 0 || tab.Protocols[bacon].Votes["trump"] != 4186 || votes["trump"] != 13297 || votes["harris"] != 2905 || votes["oliver"] != 20 || votes["stein"] != 8 {
			t.Errorf("concurrent %v: %d protocols, %v; want 3, Bacon's Trump 4186, Trump 13297, Harris 2905, Oliver 20, Stein 8", concurrent, len(tab.Protocols), votes)
		}
	}
}

// The cells of a long row's sum are read as a wide row's: an empty one
// leaves the figure not given, or, under "empty_votes": "not_on_ballot",
// is 0 where another cell of the row gives votes (counted); a negative
// one is the row's error at its cell; a sum past int64 names the columns.
// A long file's line repeated on its rows may be a sum too.
func TestLongVotesColumnSumCells(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "p"}, Ballot: "okrug", OkrugID: "d",
		ChoiceColumn: &Column{Header: "c"}, VotesColumn: &Column{Columns: []Column{{Header: "day"}, {Header: "mail"}}},
		Lines:        map[election.Line]Column{election.Voters: {Columns: []Column{{Header: "reg_a"}, {Header: "reg_b"}}}},
		ChoiceValues: map[string]string{"A": "a", "B": "b"}}
	read := func(file string, m Mapping) (Table, error) {
		return ReadCSV(strings.NewReader(file), "f.csv", m, Options{})
	}
	tab, err := read("p,c,day,mail,reg_a,reg_b\n1,A,10,5,100,20\n1,B,3,,100,20\n", m)
	if err != nil {
		t.Fatal(err)
	}
	p := tab.Protocols[0]
	if _, ok := p.Votes["b"]; ok || p.Votes["a"] != 15 || p.Lines[election.Voters] != 120 {
		t.Errorf("%+v; want a 15, b not given (an empty part), voters 120", p)
	}
	m.EmptyVotes = EmptyVotesNotOnBallot
	tab, err = read("p,c,day,mail,reg_a,reg_b\n1,A,10,5,100,20\n1,B,3,,100,20\n", m)
	if err != nil {
		t.Fatal(err)
	}
	if p := tab.Protocols[0]; p.Votes["a"] != 15 || p.Votes["b"] != 3 || tab.Counts.NotOnBallot != 1 {
		t.Errorf("not_on_ballot: %+v, %d cells read as 0; want a 15, b 3, 1", p, tab.Counts.NotOnBallot)
	}
	m.EmptyVotes = ""
	_, err = read("p,c,day,mail,reg_a,reg_b\n1,A,10,-5,100,20\n", m)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Column != 4 || pe.Field != "votes_column" {
		t.Errorf("a negative part: %v; want ErrBadValue at line 2, column 4, votes_column", err)
	}
	_, err = read("p,c,day,mail,reg_a,reg_b\n1,A,9223372036854775807,1,100,20\n", m)
	if !errors.As(err, &pe) || !errors.Is(err, ErrOutOfRange) || pe.Field != "votes_column" || !strings.Contains(err.Error(), `columns 3 "day" + 4 "mail"`) {
		t.Errorf("past int64: %v; want ErrOutOfRange naming votes_column's columns 3 and 4", err)
	}
	_, err = read("p,c,day,mail,reg_a,reg_b\n1,A,10,5,100,20\n1,B,3,1,100,21\n", m)
	if !errors.Is(err, ErrConflict) || !strings.Contains(err.Error(), "lines.voters 121, but line 2 gives 120") {
		t.Errorf("a repeated line's sum that differs: %v; want ErrConflict, 121 against 120", err)
	}
}

// New Hampshire's House of 2012, Hillsborough 37: two candidates named
// McGuire, one R (6,772 votes in Hudson and Pelham) and one D (5,581). A
// choice column of the candidate and the party joined tells them apart;
// without it, the second McGuire row of a town is a second row of one
// choice, and the error says that the rows may be two people, and how
// to join the columns.
func TestLongChoiceJoined(t *testing.T) {
	const name = "us-nh-2012-house-hillsborough37.csv"
	const base = `{"layout": "long", "precinct": {"columns": ["county", "district", "town"]}, "okrug": {"columns": ["county", "district"]}, "region": "county", "ballot": "okrug", "votes_column": "votes", `
	m, err := ReadMapping(strings.NewReader(base+`"choice_column": {"columns": ["candidate", "party"], "join": true},
		"choice_values": {"Christiansen / R": "christiansen", "Culbert / R": "culbert", "Haefner / R": "haefner", "Jasper / R": "jasper", "L. Ober / R": "ober",
			"LeVasseur / R": "levasseur", "McGuire / R": "mcguire-r", "McGuire / D": "mcguire-d", "Muller / D": "muller", "Scatter": "scatter",
			"Schneiderman / D": "schneiderman", "Urrutia / D": "urrutia"}}`), "nh.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, concurrent := range []bool{false, true} {
		tab, err := ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{Concurrent: concurrent})
		if err != nil {
			t.Fatal(err)
		}
		votes, _ := sums(tab)
		if len(tab.Protocols) != 2 || votes["mcguire-r"] != 6772 || votes["mcguire-d"] != 5581 || votes["scatter"] != 90 || votes["ober"] != 8891 {
			t.Errorf("concurrent %v: %d protocols, %v; want 2, McGuire R 6772, D 5581, Scatter 90, Ober 8891", concurrent, len(tab.Protocols), votes)
		}
	}
	m, err = ReadMapping(strings.NewReader(base+`"choice_column": "candidate", "choice_values": {"Christiansen": "christiansen", "Culbert": "culbert", "Haefner": "haefner", "Jasper": "jasper",
		"L. Ober": "ober", "LeVasseur": "levasseur", "McGuire": "mcguire", "Muller": "muller", "Scatter": "scatter", "Schneiderman": "schneiderman", "Urrutia": "urrutia"}}`), "nh.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(bytes.NewReader(readReal(t, name)), name, m, Options{})
	var pe *ParseError
	if !errors.Is(err, ErrDuplicateRow) || !errors.As(err, &pe) || pe.Line != 16 ||
		!strings.Contains(err.Error(), `two choices of one name`) || !strings.Contains(err.Error(), `"choice_column": {"columns": ["candidate", "party"], "join": true}`) {
		t.Errorf("%v; want ErrDuplicateRow at line 16 proposing the candidate and the party joined", err)
	}
}

// Joined choice cells of quoted rows read on several cores are each
// row's own (the tokenizer's buffer is reused by the next quoted row).
func TestLongChoiceJoinedQuotedConcurrent(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "p"}, Ballot: "okrug", OkrugID: "d",
		ChoiceColumn: &Column{Columns: []Column{{Header: "name"}, {Header: "party"}}, Join: true}, VotesColumn: &Column{Header: "v"},
		ChoiceValues: map[string]string{`Smith, "Jr" / R`: "smith-r", "Smith / D": "smith-d", "Write-in": "w"}}
	var b strings.Builder
	b.WriteString("p,name,party,v\n")
	for p := range 3000 {
		b.WriteString(strings.NewReplacer("P", string(rune('0'+p%10))+strings.Repeat("x", p/10)).Replace("P,\"Smith, \"\"Jr\"\"\",R,1\nP,Smith,D,2\nP,Write-in,,3\n"))
	}
	for _, concurrent := range []bool{false, true} {
		tab, err := ReadCSV(strings.NewReader(b.String()), "f.csv", m, Options{Concurrent: concurrent})
		if err != nil {
			t.Fatal(err)
		}
		votes, _ := sums(tab)
		if votes["smith-r"] != 3000 || votes["smith-d"] != 6000 || votes["w"] != 9000 {
			t.Errorf("concurrent %v: %v; want smith-r 3000, smith-d 6000, w 9000", concurrent, votes)
		}
	}
}

// The draft of Georgia's county-level file proposes the sum of the four
// vote modes' columns ("advanced_votes" alone, before: Trump 3,509 of
// Bacon's 4,186, with no finding), and says so in a guess.
func TestDraftLongVotesOfModes(t *testing.T) {
	const name = "us-ga-2024-county-modes.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if want := `["election_day_votes", "advanced_votes", "absentee_by_mail_votes", "provisional_votes"]`; !m.long() || m.VotesColumn.String() != want {
		t.Fatalf("layout %q, votes %v; want long, %s\n%s", m.Shape, m.VotesColumn, want, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `votes_column: the sum of columns 7 "election_day_votes" + 8 "advanced_votes" + 9 "absentee_by_mail_votes" + 10 "provisional_votes": each is named as a way of voting or as votes, and on 11 of the 12 rows`)
	_, votes, _ := countReal(t, name, d)
	if votes["donald-j-trump"] != 13297 || votes["kamala-d-harris"] != 2905 {
		t.Errorf("%v; want Trump 13297, Harris 2905", votes)
	}
	// Columns of figures named neither as ways of voting nor as votes:
	// the one of the most votes, and a guess that names the sum to map
	// if a choice's votes are their total.
	d, err = DraftMapping(strings.NewReader("precinct,candidate,box,post\n1,A,10,2\n1,B,7,1\n2,A,12,0\n2,B,5,3\n3,A,9,1\n3,B,8,2\n"), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; !m.long() || m.VotesColumn.String() != `"box"` {
		t.Fatalf("layout %q, votes %v; want long, box\n%s", m.Shape, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, d.Mapping, `their total is needed: map "votes_column": {"columns": ["box", "post"]}`)
}

// New Hampshire's House of 2012 by town: "McGuire" stands twice in
// Hillsborough 37, R and D. The draft read the file wide (the district's
// number its precinct, "votes" a choice); it reads it long, a precinct
// the district and the town, the choice the candidate and the party
// joined, and the two McGuires count apart.
func TestDraftLongChoiceJoined(t *testing.T) {
	const name = "us-nh-2012-house-town-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.String() != `["candidate", "party"]` || !m.ChoiceColumn.Join || m.ChoiceValues["McGuire / R"] == "" || m.ChoiceValues["McGuire / D"] == "" || m.ChoiceValues["Scatter"] == "" {
		t.Fatalf("layout %q, choice %+v, choice_values %v; want long, candidate and party joined\n%s", m.Shape, m.ChoiceColumn, m.ChoiceValues, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `choice_column: columns 6 "candidate" and 5 "party" joined ("join": true`)
	_, votes, _ := countReal(t, name, d)
	if votes[m.ChoiceValues["McGuire / R"]] != 6772 || votes[m.ChoiceValues["McGuire / D"]] != 5581 {
		t.Errorf("McGuire R %d, D %d; want 6772, 5581", votes[m.ChoiceValues["McGuire / R"]], votes[m.ChoiceValues["McGuire / D"]])
	}
}
