package ingest

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// guessed says whether a guess of m holds each of texts.
func guessed(t *testing.T, m Mapping, texts ...string) {
	t.Helper()
	all := strings.Join(m.Guesses, "\n")
	for _, s := range texts {
		if !strings.Contains(all, s) {
			t.Errorf("no guess says %q:\n%s", s, all)
		}
	}
}

// lineHeaders returns the header of each line m maps to one column.
func lineHeaders(m Mapping) map[election.Line]string {
	out := map[election.Line]string{}
	for l, c := range m.Lines {
		out[l] = c.Header
	}
	return out
}

// Serbia's National Assembly, 2020, by polling station: "Okrug" (0 on
// every row of Belgrade) and "Naziv okruga" name the administrative
// district, no single-member one, and no precinct; the stations are
// numbered from 1 in each municipality ("Opstina"); the protocol lines
// are in Serbian (Latin letters without their marks). Drafted before as
// an okrug ballot of one okrug whose "candidates" were the municipality's
// code, the station's number and the lines, the count elected "Opstina".
func TestDraftMappingSerbian(t *testing.T) {
	const name = "rs-parl2020-bm.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := []Column{{Header: "Opstina"}, {Header: "Biracko mesto"}}
	if !reflect.DeepEqual(m.Precinct.Columns, want) || m.Ballot != "list" || m.Okrug != nil {
		t.Errorf("precinct %+v, ballot %q, okrug %v; want Opstina and Biracko mesto, list, no okrug\n%s", m.Precinct, m.Ballot, m.Okrug, strings.Join(m.Guesses, "\n"))
	}
	wantLines := map[election.Line]string{
		election.Voters: "Upisani biraci", election.Received: "Primljeni", election.Cancelled: "Neupotrebljeni",
		election.IssuedInRoom: "Glasali", election.FoundStationary: "U glasackoj kutiji", election.Invalid: "Nevazeci", election.Valid: "Vazeci",
	}
	if got := lineHeaders(m); !reflect.DeepEqual(got, wantLines) {
		t.Errorf("lines %v, want %v", got, wantLines)
	}
	if len(m.Votes) != 21 {
		t.Errorf("%d choices, want the 21 lists: %v", len(m.Votes), m.Votes)
	}
	for id, c := range m.Votes {
		if strings.Contains(c.Header, "Opstina") || strings.Contains(c.Header, "Okrug") || strings.Contains(c.Header, "mesto") {
			t.Errorf("votes.%s: %q is no list", id, c.Header)
		}
	}
	guessed(t, m, "an okrug is an administrative district")
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 34 rows.
	if len(tab.Protocols) != 34 || votes["aleksandar-vucic"] != 9404 || votes["ivica-dacic"] != 1598 ||
		lines[election.Voters] != 32494 || lines[election.Received] != 32862 || lines[election.Cancelled] != 18275 ||
		lines[election.IssuedInRoom] != 14587 || lines[election.FoundStationary] != 14582 || lines[election.Invalid] != 468 || lines[election.Valid] != 14114 {
		t.Errorf("%d protocols, votes %v, lines %v; want 34, Vučić 9404, Dačić 1598, voters 32494, received 32862, cancelled 18275, issued 14587, found 14582, invalid 468, valid 14114", len(tab.Protocols), votes, lines)
	}
}

// The Serbian, Croatian and Bosnian lines in Cyrillic and with their
// marks, and an okrug in a Serbian file that is no precinct's district.
func TestDraftMappingSerbianCyrillic(t *testing.T) {
	const in = "Назив округа,Општина,Бирачко место,Уписани бирачи,Примљени листићи,Неупотребљени,Гласали,У гласачкој кутији,Неважећи,Важећи,Листа А,Листа Б\n" +
		"Нишавски,Ниш,1,900,900,400,500,500,10,490,300,190\nНишавски,Ниш,2,800,800,300,500,499,9,490,200,290\nНишавски,Алексинац,1,700,700,300,400,400,5,395,200,195\n"
	d, err := DraftMapping(strings.NewReader(in), "rs.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	wantLines := map[election.Line]string{
		election.Voters: "Уписани бирачи", election.Received: "Примљени листићи", election.Cancelled: "Неупотребљени",
		election.IssuedInRoom: "Гласали", election.FoundStationary: "У гласачкој кутији", election.Invalid: "Неважећи", election.Valid: "Важећи",
	}
	if got := lineHeaders(m); !reflect.DeepEqual(got, wantLines) || m.Okrug != nil || m.Ballot != "list" || len(m.Votes) != 2 {
		t.Errorf("lines %v, okrug %v, ballot %q, votes %v\n%s", got, m.Okrug, m.Ballot, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if want := []Column{{Header: "Општина"}, {Header: "Бирачко место"}}; !reflect.DeepEqual(m.Precinct.Columns, want) {
		t.Errorf("precinct %+v, want Општина and Бирачко место", m.Precinct)
	}
	hr := "Izborna jedinica,Biračko mjesto,Broj birača upisanih u izvod,Nevažeći listići,Važeći listići,Stranka A,Stranka B\n" +
		"1,001A,900,10,490,300,190\n1,002A,800,9,490,200,290\n"
	if d, err = DraftMapping(strings.NewReader(hr), "hr.csv"); err != nil {
		t.Fatal(err)
	}
	if got := lineHeaders(d.Mapping); got[election.Voters] != "Broj birača upisanih u izvod" || got[election.Invalid] != "Nevažeći listići" || got[election.Valid] != "Važeći listići" || d.Mapping.Precinct.Header != "Biračko mjesto" {
		t.Errorf("lines %v, precinct %v\n%s", got, d.Mapping.Precinct, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// A column of one value on every row numbers no precinct, though it is
// the file's first column of numbers.
func TestDraftMappingConstantNoPrecinct(t *testing.T) {
	const in = "zone,station,A,B\n0,1,10,20\n0,2,30,40\n0,3,50,60\n"
	d, err := DraftMapping(strings.NewReader(in), "c.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Precinct.Header != "station" {
		t.Errorf("precinct %v, want station\n%s", d.Mapping.Precinct, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// Sweden's Riksdag, 2022, by valdistrikt, joined with demography: the
// voting district is the precinct and no single-member district (every
// party has votes in each); "eligible_voters" are the voters, "ballots_cast"
// the ballots found; no column of decimals is the count's kind (the
// "count" of "foreign_background_count"); the decimals are said to be
// rates; the choices' IDs leave out the "vote_" every header has.
func TestDraftMappingSwedishDistricts(t *testing.T) {
	const name = "se-riksdag2022-valdistrikt.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Okrug != nil || m.Ballot != "list" || m.MachineColumn != nil || m.Precinct.Header != "district_id" {
		t.Errorf("okrug %v, ballot %q, machine column %v, precinct %v; want no okrug, list, no machine column, district_id\n%s", m.Okrug, m.Ballot, m.MachineColumn, m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	wantLines := map[election.Line]string{election.Voters: "eligible_voters", election.Valid: "valid_votes", election.FoundStationary: "ballots_cast"}
	if got := lineHeaders(m); !reflect.DeepEqual(got, wantLines) {
		t.Errorf("lines %v, want %v", got, wantLines)
	}
	for _, id := range []string{"s", "m", "sd", "v", "c", "kd", "l", "mp", "other"} {
		if !strings.HasPrefix(m.Votes[id].Header, "vote_") {
			t.Errorf("votes.%s: %q; want a vote_ column (votes %v)", id, m.Votes[id].Header, m.Votes)
		}
	}
	if len(m.Votes) != 9 {
		t.Errorf("votes %v, want the 9 vote_ columns", m.Votes)
	}
	guessed(t, m, `column 11 "pct_S" is not mapped: decimals, not whole numbers: percentages or rates, not votes`,
		`column 2 "district_name" is not mapped: it names a district (8 in the file), and nothing says that each elects its own member`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 8 rows.
	if len(tab.Protocols) != 8 || votes["s"] != 2132 || votes["m"] != 1255 || votes["sd"] != 1477 || votes["other"] != 139 ||
		lines[election.Voters] != 9304 || lines[election.Valid] != 7030 || lines[election.FoundStationary] != 7109 {
		t.Errorf("%d protocols, votes %v, lines %v; want 8, S 2132, M 1255, SD 1477, other 139, voters 9304, valid 7030, found 7109", len(tab.Protocols), votes, lines)
	}
}

// The kind of count is a column of a few values that name kinds, text or
// 0 and 1 under a header that says machine: never one of figures.
func TestDraftMappingMachineColumnKinds(t *testing.T) {
	for _, tt := range []struct {
		name, in, machine string
	}{
		{"decimals", "precinct,turnout_count,A,B\n1,1194.105860,10,20\n2,438.847580,30,40\n", ""},
		{"text", "precinct,count,A,B\n1,manual,10,20\n1,machine,11,19\n2,manual,30,40\n", "count"},
		{"0 and 1", "precinct,machine count,A,B\n1,0,10,20\n1,1,11,19\n2,0,30,40\n", "machine count"},
		{"0 and 1, no machine", "precinct,mobile count,A,B\n1,0,10,20\n2,1,11,19\n3,0,30,40\n", ""},
	} {
		d, err := DraftMapping(strings.NewReader(tt.in), "m.csv")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := ""
		if d.Mapping.MachineColumn != nil {
			got = d.Mapping.MachineColumn.Header
		}
		if got != tt.machine {
			t.Errorf("%s: machine column %q, want %q\n%s", tt.name, got, tt.machine, strings.Join(d.Mapping.Guesses, "\n"))
		}
		if tt.name == "0 and 1" && (!d.Mapping.MachineValues["1"] || d.Mapping.MachineValues["0"]) {
			t.Errorf("0 and 1: machine values %v", d.Mapping.MachineValues)
		}
	}
}

// Georgia's parliament, 2024, precincts counted electronically:
// "total_votes" is on every row the sum of the parties' votes, the valid
// votes; "participated" those who took part, the invalid ballots plus
// the valid votes: the ballots found. Neither is left out.
func TestDraftMappingGeorgianTotals(t *testing.T) {
	const name = "ge-parl2024-electronic.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	wantLines := map[election.Line]string{election.Voters: "total_registered_voters", election.Valid: "total_votes", election.FoundStationary: "participated", election.Invalid: "invalid_ballots"}
	if got := lineHeaders(m); !reflect.DeepEqual(got, wantLines) || m.Ballot != "list" || len(m.Votes) != 18 {
		t.Errorf("lines %v, ballot %q, %d choices; want %v, list, 18\n%s", got, m.Ballot, len(m.Votes), wantLines, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `lines.valid: column 16 "total_votes": on every row it is the sum of the choices' votes`,
		`lines.found_stationary: column 17 "participated" (those who took part`, `on every row it is the invalid ballots (column 18 "invalid_ballots") plus the choices' votes`,
		`column 8 "lat" is not mapped: decimals`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 22 rows.
	if len(tab.Protocols) != 22 || votes["cand41"] != 6767 || votes["cand5"] != 1066 || lines[election.Valid] != 10553 ||
		lines[election.FoundStationary] != 10752 || lines[election.Invalid] != 199 || lines[election.Voters] != 20274 {
		t.Errorf("%d protocols, votes %v, lines %v; want 22, CAND41 6767, CAND5 1066, valid 10553, found 10752, invalid 199, voters 20274", len(tab.Protocols), votes, lines)
	}
}

// A column that is the choices' sum on every row, named as no votes, is
// the valid votes, whatever its header says; one that is the invalid
// ballots plus them, named as the ballots issued, is not taken for the
// ballots found.
func TestDraftMappingTotalsByRelation(t *testing.T) {
	const in = "ward,Electorate,Issued ballots total,Invalid,Ann,Bob,All\n1,100,37,2,10,25,35\n2,90,25,1,7,17,24\n"
	d, err := DraftMapping(strings.NewReader(in), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Lines[election.Valid].Header != "All" {
		t.Errorf("lines %v: All not the valid votes", m.Lines)
	}
	if _, ok := m.Lines[election.FoundStationary]; ok {
		t.Errorf("lines %v: the ballots issued taken for those found", m.Lines)
	}
	guessed(t, m, `lines.valid: column 7 "All": on every row it is the sum of the choices' votes`)
}

// The CVK's table of the 2019 presidential protocols by station, its
// headers cut short ("1.К-сть одержаних бюлетенів", "4.К-сть невикор.
// бюлетенів", "у приміщ.", "за місцем перебув."): each line of the
// built-in form is mapped, those who took part as the ballots found, and
// the voters of the extract for voting at home (line 3) are no ballots
// issued outside.
func TestDraftMappingUkrainianAbbreviated(t *testing.T) {
	const name = "ua-prez2019-compare-onesource.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	wantLines := map[election.Line]string{
		election.Received:        "1.К-сть одержаних бюлетенів",
		election.Voters:          "2.К-сть виборців, внесених до списку",
		election.Cancelled:       "4.К-сть невикор. бюлетенів",
		election.IssuedInRoom:    "5.К-сть виборців, які отримали бюлетені у приміщ.",
		election.IssuedOutside:   "6.К-сть виборців, які отримали бюлетені за місцем перебув.",
		election.FoundStationary: "9.К-сть виборців, які взяли участь у голосуванні",
		election.Invalid:         "10.К-сть бюлетенів, визнаних недійсними",
	}
	if got := lineHeaders(m); !reflect.DeepEqual(got, wantLines) || len(m.Votes) != 39 {
		t.Errorf("lines %v, %d choices; want %v, 39\n%s", got, len(m.Votes), wantLines, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 10 rows.
	if len(tab.Protocols) != 10 || votes["zelenskii-volodimir"] != 352 || votes["poroshenko-petro"] != 384 ||
		lines[election.Received] != 3054 || lines[election.Voters] != 3026 || lines[election.Cancelled] != 1153 || lines[election.IssuedInRoom] != 1744 ||
		lines[election.IssuedOutside] != 157 || lines[election.FoundStationary] != 1901 || lines[election.Invalid] != 15 {
		t.Errorf("%d protocols, votes %v, lines %v; want 10, Zelensky 352, Poroshenko 384, received 3054, voters 3026, cancelled 1153, in the room 1744, outside 157, found 1901, invalid 15", len(tab.Protocols), votes, lines)
	}
}

// The evybory volunteers' transcripts of the same protocols, headed by
// the form's line numbers (r1..r10, r11_1..r11_39): r9 is on every row
// r10 plus the candidates' votes, those who took part (r10 is the invalid
// ballots), never "the valid votes"; r10, named unlike the candidates, is
// no candidate, nor are r1 to r8, named as it is: the form's other lines
// (drafted as choices, they won seats).
func TestDraftMappingCodedTookPart(t *testing.T) {
	d, err := draftReal(t, "ua-prez2019-evybory-r.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	guessed(t, m, `column 18 "r9" is not mapped: on every row it is the sum of columns 19, 20`,
		`this column is those who took part (invalid and valid ballots: the form's found_stationary, with found_mobile not given), not the valid votes`,
		`column 19 "r10" is not mapped: it is a part of the total of column 18 "r9"`)
	for id, c := range m.Votes {
		if !strings.HasPrefix(c.Header, "r11_") {
			t.Errorf("votes.%s: %q is no candidate", id, c.Header)
		}
	}
	if len(m.Votes) != 39 {
		t.Errorf("%d votes, want the 39 candidates", len(m.Votes))
	}
	guessed(t, m, `column 10 "r1" is not mapped: it is named as column "r10" is, a letter and a number, as the form codes its lines, and unlike the choices ("r11_"...)`,
		`column 17 "r8" is not mapped`)
	if strings.Contains(strings.Join(m.Guesses, "\n"), "(valid, say)") {
		t.Errorf("a guess still calls a column the valid votes:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// A choice's column that is on every row of ten the sum of the other
// choices' votes, or that sum plus the invalid ballots, is no choice,
// though its header says nothing: the valid votes (mapped so), those
// who took part.
func TestDraftMappingChoiceThatIsATotal(t *testing.T) {
	var b strings.Builder
	b.WriteString("precinct,n8,Invalid,n9,A,B,C\n")
	for i := range 10 {
		a, bb, c, inv := 100+i, 50+2*i, 7*i, i%3
		fmt.Fprintf(&b, "%d,%d,%d,%d,%d,%d,%d\n", i+1, a+bb+c, inv, a+bb+c+inv, a, bb, c)
	}
	d, err := DraftMapping(strings.NewReader(b.String()), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 3 || m.Votes["a"].Header != "A" || m.Votes["b"].Header != "B" || m.Votes["c"].Header != "C" {
		t.Errorf("votes %v, want A, B and C alone", m.Votes)
	}
	if m.Lines[election.Valid].Header != "n8" {
		t.Errorf("lines %v: n8 not the valid votes", m.Lines)
	}
	guessed(t, m, `lines.valid: column 2 "n8": on every row it is the sum of the other 3 choices' votes: the valid votes`,
		`column 4 "n9" is not mapped: on every row it is the invalid ballots (column 3 "Invalid") plus the other choices' votes: those who took part`)
}

// New Zealand's party vote by voting place: "Electorate" names the
// member's district a voting place lies in, but a party vote is cast in
// every one, so the draft names it a district not mapped, and says why in
// New Zealand's terms (not "its header names no constituency"); a column
// of numbers so headed is the British electorate, the voters (sg-ge2015,
// uk-euref2016: lines.voters, unchanged).
func TestDraftMappingNewZealandElectorate(t *testing.T) {
	const name = "nz-ge2020-maori-party-cut.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Okrug != nil || m.Ballot != "list" {
		t.Errorf("okrug %v, ballot %q; want no okrug, list\n%s", m.Okrug, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `column 1 "Electorate" is not mapped: it names a district (5 in the file), and nothing says that each elects its own member: no choice is left empty in one district and given in another (each district's own candidates): every choice is given in every district, as a party vote cast everywhere is`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 64 rows.
	if len(tab.Protocols) != 64 || votes["labour-party"] != 1214 || votes["maori-party"] != 229 || votes["green-party"] != 133 ||
		lines[election.Valid] != 1960 || lines[election.Invalid] != 51 {
		t.Errorf("%d protocols, votes %v, lines %v; want 64, Labour 1214, Māori 229, Green 133, valid 1960, invalid 51", len(tab.Protocols), votes, lines)
	}
}
