package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A file of one row per district with a column per party filled on every
// row (UK-style constituency results) is the districts' own ballot, a
// plurality in each: the draft keeps its district as the okrug. Only
// positive evidence makes such a district column the okrug of list-ballot
// rows: numbered party lists ("1. Party", "Партия 1", "№1", "Lista nr 1")
// or a header of the single-mandate side ("oik", "округ").
func TestDraftMappingDistrictOrList(t *testing.T) {
	const rows = "Wales,Aberavon,50000,30000,8000,15000,4000,3000\nWales,Aberconwy,45000,31000,14000,10000,5000,2000\nSouth East,Aldershot,72000,45000,25000,10000,7000,3000\n"
	for _, tt := range []struct {
		name, header string
		okrug        string // the okrug drafted, "" none
		ballot       string
	}{
		{"UK constituencies", "Region,Constituency,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "Constituency", "okrug"},
		{"districts", "Region,District,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "District", "okrug"},
		{"numbered lists", "Region,Constituency,Electorate,Valid votes,1. Conservative,2. Labour,3. Liberal Democrat,4. Green", "", "list"},
		{"Партия N", "Region,Constituency,Electorate,Valid votes,Партия 1,Партия 2,Партия 3,Партия 4", "", "list"},
		{"№N", "Region,Constituency,Electorate,Valid votes,№1,№2,№3,№4", "", "list"},
		{"Lista nr N", "Region,Constituency,Electorate,Valid votes,Lista nr 1,Lista nr 2,Lista nr 3,Lista nr 4", "", "list"},
		{"oik", "Region,oik,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "", "list"},
		{"округ", "Регион,Округ,Electorate,Valid votes,ЕДИНАЯ РОССИЯ,КПРФ,ЛДПР,Яблоко", "", "list"},
		{"одномандатный", "Регион,Одномандатный избирательный округ,Electorate,Valid votes,ЕДИНАЯ РОССИЯ,КПРФ,ЛДПР,Яблоко", "", "list"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(tt.header+"\n"+rows), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			okrug := ""
			if m.Okrug != nil {
				okrug = m.Okrug.Header
			}
			if okrug != tt.okrug || m.Ballot != tt.ballot || len(m.Votes) != 4 {
				t.Errorf("okrug %q, ballot %q, votes %v; want okrug %q, ballot %q, 4 choices\n%s", okrug, m.Ballot, m.Votes, tt.okrug, tt.ballot, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// Polish-style list columns "Lista nr 1" are choices; "nr" alone, or
// "nr" of a commission or precinct, numbers something and is no choice.
func TestDraftMappingListaNr(t *testing.T) {
	in := "Nr obwodu,Nr komisji,Nr,Lista nr 1,Lista nr 2,Komitet Wyborczy Lewica nr 3\n" +
		"1,11,7,100,200,300\n2,12,8,110,210,310\n3,13,9,120,220,320\n"
	d, err := DraftMapping(strings.NewReader(in), "pl.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	var got []string
	for _, c := range m.Votes {
		got = append(got, c.Header)
	}
	slices.Sort(got)
	if want := []string{"Komitet Wyborczy Lewica nr 3", "Lista nr 1", "Lista nr 2"}; !slices.Equal(got, want) {
		t.Errorf("choices %q, want %q\n%s", got, want, strings.Join(m.Guesses, "\n"))
	}
	if m.Precinct.Header != "Nr obwodu" {
		t.Errorf("precinct %v, want Nr obwodu", m.Precinct)
	}
	g := strings.Join(m.Guesses, "\n")
	for _, want := range []string{`column 2 "Nr komisji" is not mapped: its numbers look like the number`, `column 3 "Nr" is not mapped: its numbers look like the number`} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %q:\n%s", want, g)
		}
	}
}

// A referendum's columns "Number of votes Yes", "Number of votes No" name
// the votes for a choice: choices, not protocol lines; "Number of valid
// votes", "Number of invalid ballots" stay lines, and a line the draft
// does not know ("Number of ballots issued") is no choice.
func TestDraftMappingVotesForAChoice(t *testing.T) {
	in := "precinct,Number of registered voters,Number of ballots issued,Number of invalid ballots,Number of valid votes,Number of votes Yes,Number of votes No\n" +
		"1,100,60,2,58,40,18\n2,100,70,1,69,30,39\n"
	d, err := DraftMapping(strings.NewReader(in), "ref.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 2 || m.Votes["yes"].Header != "Number of votes Yes" || m.Votes["no"].Header != "Number of votes No" {
		t.Errorf("votes %v, want yes and no\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	for l, h := range map[election.Line]string{election.Voters: "Number of registered voters", election.Invalid: "Number of invalid ballots", election.Valid: "Number of valid votes"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s: %v, want %q", l, m.Lines[l], h)
		}
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, `column 3 "Number of ballots issued" is not mapped: it reads as a protocol line`) {
		t.Errorf("no guess leaves out the ballots issued:\n%s", g)
	}
	ru := "uik,Число избирателей в списке,Число голосов за ДА,Число голосов за НЕТ\n1,100,40,30\n2,100,50,20\n"
	if d, err = DraftMapping(strings.NewReader(ru), "ru.csv"); err != nil {
		t.Fatal(err)
	}
	if len(d.Mapping.Votes) != 2 || d.Mapping.Votes["da"].Header != "Число голосов за ДА" || d.Mapping.Votes["net"].Header != "Число голосов за НЕТ" {
		t.Errorf("votes %v, want da and net\n%s", d.Mapping.Votes, strings.Join(d.Mapping.Guesses, "\n"))
	}
}
