package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A file of one row per constituency with a column per party filled on
// every row (UK-style results) is the constituencies' own ballot, a
// plurality in each: the draft keeps its constituency as the okrug. Only
// positive evidence makes such a district column the okrug of list-ballot
// rows: numbered party lists ("1. Party", "Партия 1", "№1", "Lista nr 1")
// or a header of the single-mandate side ("oik", "округ"). A district
// named as no single-member one ("District"), every party filled on its
// rows, is no okrug either: party lists are voted for in such districts
// too (Sweden's valdistrikt), and a count of them as okrugs would seat a
// member per district.
func TestDraftMappingDistrictOrList(t *testing.T) {
	const rows = "W07000049,Wales,Aberavon,50000,30000,8000,15000,4000,3000\nW07000058,Wales,Aberconwy,45000,31000,14000,10000,5000,2000\nE14000530,South East,Aldershot,72000,45000,25000,10000,7000,3000\n"
	for _, tt := range []struct {
		name, header string
		okrug        string // the okrug drafted, "" none
		ballot       string
	}{
		{"UK constituencies", "Code,Region,Constituency,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "Constituency", "okrug"},
		{"districts", "Code,Region,District,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "", "list"},
		{"numbered lists", "Code,Region,Constituency,Electorate,Valid votes,1. Conservative,2. Labour,3. Liberal Democrat,4. Green", "", "list"},
		{"Партия N", "Code,Region,Constituency,Electorate,Valid votes,Партия 1,Партия 2,Партия 3,Партия 4", "", "list"},
		{"№N", "Code,Region,Constituency,Electorate,Valid votes,№1,№2,№3,№4", "", "list"},
		{"Lista nr N", "Code,Region,Constituency,Electorate,Valid votes,Lista nr 1,Lista nr 2,Lista nr 3,Lista nr 4", "", "list"},
		{"oik", "Code,Region,oik,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green", "", "list"},
		{"округ", "Code,Регион,Округ,Electorate,Valid votes,ЕДИНАЯ РОССИЯ,КПРФ,ЛДПР,Яблоко", "", "list"},
		{"одномандатный", "Code,Регион,Одномандатный избирательный округ,Electorate,Valid votes,ЕДИНАЯ РОССИЯ,КПРФ,ЛДПР,Яблоко", "", "list"},
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
// votes", "Number of invalid ballots" stay lines, and so does "Number of
// ballots issued", no choice.
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
	// (The ballots issued are the form's issued in the room, none given
	// outside it apart.)
	if m.Lines[election.IssuedInRoom].Header != "Number of ballots issued" {
		t.Errorf("lines %v: the ballots issued not mapped", m.Lines)
	}
	ru := "uik,Число избирателей в списке,Число голосов за ДА,Число голосов за НЕТ\n1,100,40,30\n2,100,50,20\n"
	if d, err = DraftMapping(strings.NewReader(ru), "ru.csv"); err != nil {
		t.Fatal(err)
	}
	if len(d.Mapping.Votes) != 2 || d.Mapping.Votes["da"].Header != "Число голосов за ДА" || d.Mapping.Votes["net"].Header != "Число голосов за НЕТ" {
		t.Errorf("votes %v, want da and net\n%s", d.Mapping.Votes, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// A mapping's line that the count's form does not declare is an
// *UnknownLineError naming every such line, the rule set when the caller
// says it, and the fix: a rule set that declares it (the examples that do
// for the lines the draft maps) or deleting it from the mapping.
func TestUnknownLineError(t *testing.T) {
	in := `{"precinct": "uik", "ballot": "list", "lines": {"voters": "v", "absentee_received": "a", "absentee_cancelled": "c"}, "votes": {"p1": "1"}}`
	_, err := ReadMappingFor(strings.NewReader(in), "m.json", nil)
	var ul *UnknownLineError
	if !errors.As(err, &ul) || !errors.Is(err, ErrMapping) || !errors.Is(err, ErrBadValue) {
		t.Fatalf("%v: want an *UnknownLineError, ErrMapping and ErrBadValue", err)
	}
	if !slices.Equal(ul.Lines, []election.Line{"absentee_cancelled", "absentee_received"}) {
		t.Errorf("lines %v", ul.Lines)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Field != "lines.absentee_cancelled" || pe.Line != 1 {
		t.Errorf("place %+v", pe)
	}
	ul.Rules = `"kg2021" 1.0.0`
	msg := err.Error()
	for _, want := range []string{`"absentee_cancelled"`, `"absentee_received"`, `rule set "kg2021" 1.0.0`, "(such as examples/duma2011/rules.json or examples/duma2016/rules.json", "protocol.add_lines", "delete"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the error does not say %q: %s", want, msg)
		}
	}
	ref := `{"precinct": "uik", "ballot": "list", "lines": {"found_all": "f"}, "votes": {"p1": "1"}}`
	_, err = ReadMappingFor(strings.NewReader(ref), "m.json", nil)
	if err == nil || !strings.Contains(err.Error(), "examples/ru-referendum2020/rules.json") {
		t.Errorf("found_all: %v", err)
	}
	// The draft's own guesses name the built-in rule sets and the examples.
	b := []byte(`uik,"Число избирателей, внесенных в список избирателей","Число погашенных открепительных удостоверений",1. А
1,100,5,60
2,100,3,70
`)
	d, err := DraftMapping(bytes.NewReader(b), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	g := strings.Join(d.Mapping.Guesses, "\n")
	for _, want := range []string{`lines.absentee_cancelled: column 3`, "the built-in rule sets (kg2021", "examples/duma2011/rules.json"} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %q:\n%s", want, g)
		}
	}
}

// The example rule sets the draft and the error point at declare the
// lines they are named for.
func TestExampleRulesDeclareTheLines(t *testing.T) {
	lines := []election.Line{"issued_all", "found_all"}
	for _, r := range absenteeLines {
		lines = append(lines, r.line)
	}
	for _, l := range lines {
		files := exampleRules(l)
		if len(files) == 0 {
			t.Errorf("%s: no example rule set named", l)
		}
		for _, f := range files {
			b, err := os.ReadFile("../" + f)
			if err != nil {
				t.Fatal(err)
			}
			var rules struct {
				Protocol struct {
					AddLines []struct{ Name election.Line } `json:"add_lines"`
				}
			}
			if err := json.Unmarshal(b, &rules); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if !slices.ContainsFunc(rules.Protocol.AddLines, func(d struct{ Name election.Line }) bool { return d.Name == l }) {
				t.Errorf("%s does not declare %s", f, l)
			}
		}
	}
}

// A file without a precinct column names its rows by a column of IDs or
// codes, numbers or not ("ons_id"), when each row has its own; failing
// that, by a column of text that names each row once; failing that, by
// the first column of numbers left of the lines: "Electorate" is the
// voters, and a party's votes are never the precinct (without such a
// column the draft asks for it).
func TestDraftMappingPrecinctByCode(t *testing.T) {
	const rows = "W07000049,Aberavon,Wales,50747,31598,6518,17008\nW07000058,Aberconwy,Wales,44699,31865,14687,12653\nE14000530,Aldershot,South East,72617,48950,27980,11282\n"
	for _, tt := range []struct {
		name, header, precinct string
	}{
		{"code column", "ons_id,Constituency,Region,Electorate,Valid votes,Conservative,Labour", "ons_id"},
		{"names", "Name,Constituency,Region,Electorate,Valid votes,Conservative,Labour", "Name"},
		{"no names", "Region,Electorate,Valid votes,Conservative,Labour", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := rows
			if tt.precinct == "" {
				in = "Wales,50747,31598,6518,17008\nWales,44699,31865,14687,12653\nSouth East,72617,48950,27980,11282\n"
			}
			d, err := DraftMapping(strings.NewReader(tt.header+"\n"+in), "f.csv")
			if tt.precinct == "" {
				if err == nil || !strings.Contains(err.Error(), "no column looks like the precinct number") {
					t.Fatalf("precinct %q, err %v; want the draft to ask for it", d.Mapping.Precinct.Header, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			if m.Precinct.Header != tt.precinct || m.Lines[election.Voters].Header != "Electorate" {
				t.Errorf("precinct %q, voters %q; want %q, Electorate\n%s", m.Precinct.Header, m.Lines[election.Voters].Header, tt.precinct, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// Headers as real files of other countries word them (a French commune's
// results by polling station, 2022; the CVK's 2019 presidential protocols
// by station; volby.cz by municipality, 2017; ONPE by table, 2021): the
// precinct, the lines of the built-in form, and no ID, total or blank
// ballots drafted as a choice (France's are summed with the null ones:
// the form's invalid ballots; the CVK's voters who took part are the
// ballots found). A choice's ID leaves out the words for votes every
// choice's header adds ("M. A - votes", "VOTOS_P1"), as the definition
// inferred names it.
func TestDraftMappingOtherWordings(t *testing.T) {
	for _, tt := range []struct {
		name, csv string
		precinct  string
		lines     map[election.Line]string
		choices   []string
	}{
		{"France", "Numéro\tBureau\tCanton\tCirco\tInscrits\tVotants\tBlancs\tNuls\tExprimés\tM. A - votes\tMme B - votes\n" +
			"0\t104\t4\t02\t805\t384\t17\t0\t367\t200\t167\n1\t105\t4\t02\t700\t300\t10\t2\t288\t100\t188\n",
			"Bureau", map[election.Line]string{election.Voters: "Inscrits", election.FoundStationary: "Votants", election.Invalid: "Blancs+Nuls", election.Valid: "Exprimés"}, []string{"m-a", "mme-b"}},
		{"Ukraine", "№ ВД\t2.К-сть виборців, внесених до списку\t9.К-сть виборців, які взяли участь у голосуванні\t10.К-сть бюлетенів, визнаних недійсними\tЗеленський\tПорошенко\tТВО\n" +
			"050130\t1694\t1094\t16\t579\t499\t11\n050131\t900\t600\t5\t300\t295\t11\n",
			"№ ВД", map[election.Line]string{election.Voters: "2.К-сть виборців, внесених до списку", election.FoundStationary: "9.К-сть виборців, які взяли участь у голосуванні", election.Invalid: "10.К-сть бюлетенів, визнаних недійсними"}, []string{"zelenskii", "poroshenko"}},
		{"Czechia", "Kód obce,Název obce,Voliči v seznamu,Vydané obálky,Platné hlasy,ANO 2011,ODS\n529303,Benešov,13104,8485,8437,2577,1052\n529311,Bystřice,3500,2000,1990,900,400\n",
			"Kód obce", map[election.Line]string{election.Voters: "Voliči v seznamu", election.Valid: "Platné hlasy"}, []string{"ano-2011", "ods"}},
		{"Peru", "UBIGEO;MESA_DE_VOTACION;N_ELEC_HABIL;VOTOS_P1;VOTOS_P2\n010101;000013;300;115;87\n010101;000014;280;100;90\n",
			"MESA_DE_VOTACION", map[election.Line]string{election.Voters: "N_ELEC_HABIL"}, []string{"p1", "p2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(tt.csv), "f.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			var choices []string
			for id := range m.Votes {
				choices = append(choices, id)
			}
			slices.Sort(choices)
			want := slices.Sorted(slices.Values(tt.choices))
			lines := map[election.Line]string{}
			for l, c := range m.Lines {
				lines[l] = c.Header
				for i, p := range c.Columns { // a sum: "Blancs+Nuls"
					lines[l] += strings.Repeat("+", min(i, 1)) + p.Header
				}
			}
			if m.Precinct.Header != tt.precinct || !slices.Equal(choices, want) || fmt.Sprint(lines) != fmt.Sprint(tt.lines) {
				t.Errorf("precinct %q, lines %v, choices %v; want %q, %v, %v\n%s", m.Precinct.Header, lines, choices, tt.precinct, tt.lines, want, strings.Join(m.Guesses, "\n"))
			}
		})
	}
}

// A long file of districts' ballots (precinct, district, candidate,
// votes) is drafted long: its candidates, each standing in one district,
// may be more than half as many as the rows.
func TestDraftMappingLongOkrug(t *testing.T) {
	const csv = "precinct,district,candidate,votes\n1,North,Alice,100\n1,North,Bob,80\n2,North,Alice,50\n2,North,Bob,70\n3,South,Carol,30\n3,South,Dan,40\n"
	d, err := DraftMapping(strings.NewReader(csv), "long.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Shape != "long" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "candidate" || len(m.ChoiceValues) != 4 || m.Okrug == nil || m.Ballot != "okrug" {
		t.Errorf("layout %q, choice %v, %d choice values, okrug %v, ballot %q\n%s", m.Shape, m.ChoiceColumn, len(m.ChoiceValues), m.Okrug, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
}

// A file whose rows say they are a proportional contest (Georgia's CEC,
// 2024: election_type "proportional_electronic", parties as CAND3...)
// is a list ballot: its district is where the precincts are, a region.
func TestDraftMappingProportionalColumn(t *testing.T) {
	const csv = "district_id,division_id,election_type,total_registered_voters,participated,invalid_ballots,CAND3,CAND4\n" +
		"25,00.25.01,proportional_electronic,2977,1242,27,114,104\n25,00.25.02,proportional_electronic,543,193,3,19,22\n26,00.26.01,proportional_electronic,800,400,5,200,195\n"
	d, err := DraftMapping(strings.NewReader(csv), "ge.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Ballot != "list" || m.Okrug != nil || m.Region == nil || m.Region.Header != "district_id" || len(m.Votes) != 2 {
		t.Errorf("ballot %q, okrug %v, region %v, votes %v\n%s", m.Ballot, m.Okrug, m.Region, m.Votes, strings.Join(m.Guesses, "\n"))
	}
}

// Total rows written in more than one way ("Total" and "total", as an
// Indian Form 20 writes its subtotals and its total) are all left out by
// the drafted filter.
func TestDraftMappingTotalRowsEveryWay(t *testing.T) {
	const csv = "Polling station,Electors,A,B\n1,100,40,30\n2,120,50,40\ntotal,220,90,70\n3,90,20,30\nTotal,310,110,100\n"
	d, err := DraftMapping(strings.NewReader(csv), "in.csv")
	if err != nil {
		t.Fatal(err)
	}
	if r := d.Mapping.Rows; r == nil || len(r.Where) != 1 || !slices.Equal(r.Where[0].Except, []string{"total", "Total"}) {
		t.Fatalf("rows %+v\n%s", r, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// The House of Commons Library's columns: "Country name" is no count
// (machine_column: "count" is a whole word), and "Majority" (the winner's
// lead) is no candidate.
func TestDraftMappingCountryAndMajority(t *testing.T) {
	const csv = "ONS ID,Constituency name,Region name,Country name,Electorate,Valid votes,Majority,Con,Lab\n" +
		"E1,Aldmoor,South East,England,72000,50000,11000,30000,19000\nW2,Bryn,Wales,Wales,50000,30000,12000,9000,21000\n"
	d, err := DraftMapping(strings.NewReader(csv), "uk.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.MachineColumn != nil || len(m.Votes) != 2 || m.Votes["majority"].Header != "" {
		t.Errorf("machine column %v, votes %v\n%s", m.MachineColumn, m.Votes, strings.Join(m.Guesses, "\n"))
	}
}
