package ingest

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// sumsOf returns the sum of each choice's votes and of each line over the
// protocols of tab.
func sumsOf(tab Table) (map[string]int64, map[election.Line]int64) {
	votes, lines := map[string]int64{}, map[election.Line]int64{}
	for _, p := range tab.Protocols {
		for id, v := range p.Votes {
			votes[id] += v
		}
		for l, v := range p.Lines {
			lines[l] += v
		}
	}
	return votes, lines
}

// Taiwan's referendum of 2021 by township (the CEC's live snapshot): the
// protocol's lines in Chinese are lines, not choices; the county (縣市) is
// the region; the township (鄉鎮市區, named twice: its name, then its
// code) is the precinct, by its column's number, not the polling
// station's "0" of every row nor a city's code; the header's 28th name
// over 27 cells is said, and the file drafted without it. With the
// header mended, the draft counts the file's figures (the sums of the
// cut, figures as published).
func TestDraftTaiwanReferendumTownships(t *testing.T) {
	const name = "tw-ref2021-f1-township.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	guessed(t, d.Mapping, `header: the header row names 28 columns and every row has 27 cells (the first at line 2): the last name, "開票狀況及時下載檔案", heads no cells`,
		`column 8 "投開票所編號" is not mapped: named like a precinct's, it holds "0" on each of the 15 rows, the number of no precinct`)
	wantLines := map[election.Line]string{election.Valid: "有效票數", election.Invalid: "無效票數", election.FoundStationary: "投票數", election.Lost: "已領未投票數",
		election.IssuedInRoom: "發出票數", election.Cancelled: "用餘票數", election.Voters: "投票權人數"}
	for l, h := range wantLines {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s = %+v, want %q", l, m.Lines[l], h)
		}
	}
	var choices []string
	for _, c := range m.Votes {
		choices = append(choices, c.Header)
	}
	if len(m.Votes) != 2 || m.Votes["同意票數"].Header != "同意票數" || m.Votes["不同意票數"].Header != "不同意票數" {
		t.Errorf("votes %v, want the yes and the no alone", choices)
	}
	if m.Region == nil || m.Region.Header != "縣市" || m.Precinct.Index != 4 {
		t.Errorf("region %v, precinct %+v; want 縣市 and column 4", m.Region, m.Precinct)
	}
	// The header mended, as the guess says: the figures of the cut.
	b, err := os.ReadFile("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	mended := strings.Replace(string(b), ", 開票狀況及時下載檔案", "", 1)
	tab, err := ReadCSV(strings.NewReader(mended), name, m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	votes, lines := sumsOf(tab)
	if len(tab.Protocols) != 15 || votes["同意票數"] != 748051 || votes["不同意票數"] != 758060 {
		t.Errorf("%d protocols, votes %v; want 15, yes 748051, no 758060", len(tab.Protocols), votes)
	}
	want := map[election.Line]int64{election.Valid: 1506111, election.Invalid: 14454, election.FoundStationary: 1520565, election.Lost: 216,
		election.IssuedInRoom: 1520781, election.Cancelled: 1772379, election.Voters: 3293160}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("lines %v, want %v", lines, want)
	}
	// Unmended, a count refuses the rows, as the guess says.
	if _, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/"+name), name, m, Options{}); !errors.Is(err, ErrShortRow) {
		t.Errorf("err %v, want a short row", err)
	}
}

// Taiwan's president of 2024 by polling station and candidate, under the
// Chinese names of the CEC's files: long, the candidate (候選人) the
// choice, the votes (得票數) alone its figure, never with the ballot
// number (號次: 1, 2, 3 added to each figure); one contest of the
// candidates every station names, the okrug ballot.
func TestDraftTaiwanPresidentChineseHeader(t *testing.T) {
	const name = "EDITED-tw-pres2024-zh-header.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.ChoiceColumn.Header != "候選人" || m.VotesColumn.Header != "得票數" || len(m.VotesColumn.Columns) != 0 ||
		m.Region == nil || m.Region.Header != "縣市" || m.Precinct.Header != "投開票所編號" || m.Ballot != string(election.OkrugBallot) {
		t.Errorf("layout %q, choice %+v, votes %+v, region %v, precinct %+v, ballot %q\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Region, m.Precinct, m.Ballot, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, d.Mapping, `column 5 "號次" is not mapped: it holds one number for each choice of column 7 "候選人", the same on every row ("1" for "柯文哲/吳欣盈")`,
		`every precinct's rows name the same 3 of them, so the file is one contest`)
	_, votes, _ := countReal(t, name, d)
	if votes["柯文哲-吳欣盈"] != 3198 || votes["賴清德-蕭美琴"] != 1954 || votes["侯友宜-趙少康"] != 7911 {
		t.Errorf("votes %v, want 3198, 1954, 7911", votes)
	}
}

// taiwanRows returns the rows of the cut of Taiwan's president of 2024
// under header, and, when restart says so, Pingtung's stations 46-63
// numbered 1-18, as each county numbers its own (a test input).
func taiwanRows(t *testing.T, header string, restart bool) string {
	t.Helper()
	b, err := io.ReadAll(mustOpen(t, "../testdata/ingest/real/EDITED-tw-pres2024-zh-header.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	lines[0] = header
	for k, l := range lines[1:] {
		c := strings.Split(l, ",")
		if restart && c[0] == "屏東縣" {
			n, err := strconv.Atoi(c[3])
			if err != nil {
				t.Fatal(err)
			}
			c[3] = strconv.Itoa(n - 45)
		}
		lines[k+1] = strings.Join(c, ",")
	}
	return strings.Join(lines, "\n") + "\n"
}

// Whatever the header of a choice's number ("No.", "Nr", "ballot number",
// none known), a column of one number per choice is no part of a long
// file's votes, nor a cast-vote record's ballot ID; the same rows with
// Pingtung's stations numbered from 1 are named by the county and the
// station (a test input).
func TestDraftChoiceNumberNoVotes(t *testing.T) {
	for _, h := range []string{"號次", "No.", "Nr", "ballot number", "XYZ"} {
		in := taiwanRows(t, "縣市,鄉鎮市區,村里,投開票所編號,"+h+",推薦政黨,候選人,得票數", false)
		d, err := DraftMapping(strings.NewReader(in), "tw.csv")
		if err != nil {
			t.Fatalf("%s: %v", h, err)
		}
		m := d.Mapping
		if m.VotesColumn.Header != "得票數" || len(m.VotesColumn.Columns) != 0 || m.ChoiceColumn.Header != "候選人" {
			t.Errorf("%s: votes %+v, choice %+v\n%s", h, m.VotesColumn, m.ChoiceColumn, strings.Join(m.Guesses, "\n"))
		}
		for _, g := range m.Guesses {
			if strings.HasPrefix(g, "votes_column:") {
				t.Errorf("%s: %s", h, g)
			}
		}
		// The file's name says no office: one contest, by its own name.
		if m.Ballot != string(election.OkrugBallot) || m.OkrugID != "tw" {
			t.Errorf("%s: ballot %q, okrug_id %q; want okrug, tw", h, m.Ballot, m.OkrugID)
		}
	}
	in := taiwanRows(t, "縣市,鄉鎮市區,村里,投開票所編號,號次,推薦政黨,候選人,得票數", true)
	if !strings.Contains(in, "\n屏東縣,三地門鄉,") || !strings.Contains(in, ",1,1,台灣民眾黨,") {
		t.Fatalf("the renumbered rows:\n%s", in[:400])
	}
	d, err := DraftMapping(strings.NewReader(in), "tw.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := []Column{{Header: "縣市"}, {Header: "投開票所編號"}}
	if m.Shape != "long" || !reflect.DeepEqual(m.Precinct.Columns, want) || m.VotesColumn.Header != "得票數" {
		t.Errorf("layout %q, precinct %+v, votes %+v\n%s", m.Shape, m.Precinct, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
}

// Korea's NEC tables (the header of its 2025 presidential files; the
// figures here are a test input): the electorate, the ballots cast, the
// total of the candidates' votes (계), the invalid ballots and the
// abstentions are no candidates.
func TestDraftKoreanLines(t *testing.T) {
	const in = "시도명,시군구명,읍면동명,투표구명,선거인수,투표수,더불어민주당이재명,국민의힘김문수,개혁신당이준석,계,무효투표수,기권자수\n" +
		"서울특별시,종로구,청운효자동,청운효자동제1투,2000,1500,700,600,180,1480,20,500\n" +
		"서울특별시,종로구,청운효자동,청운효자동제2투,1800,1200,600,450,130,1180,20,600\n" +
		"서울특별시,종로구,사직동,사직동제1투,2500,2000,1000,700,280,1980,20,500\n"
	d, err := DraftMapping(strings.NewReader(in), "kr.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{election.Voters: "선거인수", election.FoundStationary: "투표수", election.Valid: "계", election.Invalid: "무효투표수"}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s = %+v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	if len(m.Votes) != 3 || m.Votes["더불어민주당이재명"].Header == "" {
		t.Errorf("votes %v, want the three candidates", m.Votes)
	}
}

// moldovaRO is a test input in the layout of Moldova's CEC per-station
// tables (the presidential election of 2024): a title row, the
// protocol's lettered lines with line breaks in their names, the real
// candidates, invented figures; a circumscription's subtotal above its
// stations and the country's total, their station's cell empty.
const moldovaRO = "Alegeri prezidențiale 20 octombrie 2024,,,,,,,,,,,,,,\n" +
	"Numărul circumscripției,Localitatea,Numărul secției de votare,Amplasarea secției de votare," +
	"\"a) numărul de alegători \nincluși în listele electorale de bază\",\"b) numărul de alegători \nincluși în listele suplimentare\"," +
	"\"c) numărul de alegători care \nau primit buletine de vot\",\"d) numărul de alegători \ncare au participat \nla votare\"," +
	"\"f) numărul buletinelor de vot \ndeclarate nevalabile\",\"h) numărul total de\n voturi valabil exprimate\"," +
	"\"i) numărul buletinelor de vot \nprimite de consiliul electoral\",\"j) numărul buletinelor de vot \nneutilizate și anulate\"," +
	"\"Stoianoglo \nAlexandr\",\"Sandu \nMaia\",\"Vlah\nIrina\"\n" +
	"1,Circumscripția electorală nr.1 mun. Chișinău,,,3000,50,1500,1500,30,1470,3100,1600,400,800,270\n" +
	"1,mun. Chișinău,1/001,Liceul nr.1,1000,20,600,600,10,590,1100,500,150,300,140\n" +
	"1,mun. Chișinău,1/002,Liceul nr.2,2000,30,900,900,20,880,2000,1100,250,500,130\n" +
	"2,Circumscripția electorală nr.2 Anenii Noi,,,1500,10,700,700,10,690,1600,900,300,300,90\n" +
	"2,or. Anenii Noi,2/01,Gimnaziul nr.1,800,5,400,400,5,395,900,500,150,200,45\n" +
	"2,s. Bulboaca,2/02,Primăria,700,5,300,300,5,295,700,400,150,100,45\n" +
	",Total pe țară,,,4500,60,2200,2200,40,2160,4700,2500,700,1100,360\n"

// Moldova's lines in Romanian: the voters are the main lists' and the
// supplementary lists' together; the station (secția de votare, "1/001")
// is the precinct, the circumscription the region; the subtotal rows are
// left out by a row filter, and the draft counts the stations alone.
func TestDraftMoldovaRomanian(t *testing.T) {
	d, err := DraftMapping(strings.NewReader(moldovaRO), "md-pres-r1.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	a, b := "a) numărul de alegători \nincluși în listele electorale de bază", "b) numărul de alegători \nincluși în listele suplimentare"
	if got := m.Lines[election.Voters].Columns; len(got) != 2 || got[0].Header != a || got[1].Header != b {
		t.Errorf("lines.voters %+v, want the sum of a) and b)", m.Lines[election.Voters])
	}
	want := map[election.Line]string{election.IssuedInRoom: "c) numărul de alegători care \nau primit buletine de vot", election.FoundStationary: "d) numărul de alegători \ncare au participat \nla votare",
		election.Invalid: "f) numărul buletinelor de vot \ndeclarate nevalabile", election.Valid: "h) numărul total de\n voturi valabil exprimate",
		election.Received: "i) numărul buletinelor de vot \nprimite de consiliul electoral", election.Cancelled: "j) numărul buletinelor de vot \nneutilizate și anulate"}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s = %+v, want %q", l, m.Lines[l], h)
		}
	}
	if len(m.Votes) != 3 || m.Precinct.Header != "Numărul secției de votare" || m.Region == nil || m.Region.Header != "Numărul circumscripției" {
		t.Errorf("votes %v, precinct %+v, region %v", m.Votes, m.Precinct, m.Region)
	}
	guessed(t, d.Mapping, `rows: 3 rows leave column 3 "Numărul secției de votare" empty, and the figures of each are the sums of the precincts' rows beside it (the first names itself "Circumscripția electorală nr.1 mun. Chișinău")`)
	tab, err := ReadCSV(strings.NewReader(moldovaRO), "md.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	votes, lines := sumsOf(tab)
	if len(tab.Protocols) != 4 || votes["sandu-maia"] != 1100 || lines[election.Voters] != 4560 || lines[election.Valid] != 2160 {
		t.Errorf("%d protocols, votes %v, lines %v; want 4, Sandu 1100, voters 4500+60, valid 2160", len(tab.Protocols), votes, lines)
	}
}

// The same layout in Russian: the lines a), b) and c) are known, and the
// station's column, empty on the subtotal rows, is no region.
func TestDraftMoldovaRussian(t *testing.T) {
	ru := strings.Replace(moldovaRO, strings.SplitN(moldovaRO, "\n1,Circ", 2)[0][len("Alegeri prezidențiale 20 octombrie 2024,,,,,,,,,,,,,,\n"):],
		"Номер округа,Населенный пункт,Номер избирательного участка,Местонахождение участка,"+
			"\"a) число избирателей, внесенных в основные списки\",\"b) число избирателей, внесенных в дополнительные списки\","+
			"\"c) число избирателей, получивших бюллетени\",\"d) число избирателей, принявших участие в голосовании\","+
			"\"f) число бюллетеней, признанных недействительными\",h) общее число действительных голосов,"+
			"\"i) число бюллетеней, полученных избирательным бюро\",j) число неиспользованных и погашенных бюллетеней,"+
			"Стояногло Александр,Санду Майя,Влах Ирина", 1)
	d, err := DraftMapping(strings.NewReader(ru), "md-ru.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := m.Lines[election.Voters].Columns; len(got) != 2 || got[1].Header != "b) число избирателей, внесенных в дополнительные списки" {
		t.Errorf("lines.voters %+v, want the sum of a) and b)\n%s", m.Lines[election.Voters], strings.Join(m.Guesses, "\n"))
	}
	if m.Lines[election.IssuedInRoom].Header != "c) число избирателей, получивших бюллетени" {
		t.Errorf("lines.issued_in_room %+v", m.Lines[election.IssuedInRoom])
	}
	if m.Region != nil && m.Region.Header == "Номер избирательного участка" || m.Precinct.Header != "Номер избирательного участка" || len(m.Votes) != 3 {
		t.Errorf("region %v, precinct %+v, votes %v", m.Region, m.Precinct, m.Votes)
	}
}

// An okrug named by several columns, one of them the precinct's and the
// region's too, whose cell is empty on a subtotal row: the error names
// the okrug's column, not the first field that shares it, and says what
// a subtotal row wants.
func TestOkrugKeyEmptyNamesOkrug(t *testing.T) {
	const in = "okrug,station,A,B\n1,,30,40\n1,1/001,10,20\n1,1/002,20,20\n"
	m, err := ReadMapping(strings.NewReader(`{"precinct": "station", "region": "station", "okrug": {"columns": ["station", "okrug"]}, "ballot": "okrug", "votes": {"a": "A", "b": "B"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(in), "md.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Column != 2 || pe.Field != "okrug.columns[0]" || !strings.Contains(err.Error(), `"except": [""]`) {
		t.Errorf("err %v (field %q), want okrug.columns[0] at line 2 column 2, with a row filter's advice", err, pe.Field)
	}
}

// Digits of another script (full-width, Devanagari; Arabic-Indic ones
// are read: TestArabicDigits) are named: a count reads 0 to 9 alone, and
// says so; the draft says why it leaves the
// column out.
func TestOtherScriptDigits(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct": "uik", "ballot": "list", "votes": {"a": "A", "b": "B"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	for cell, ascii := range map[string]string{"１４６": "146", "१०": "10"} {
		_, err := ReadCSV(strings.NewReader("uik,A,B\n1,"+cell+",5\n"), "fw.csv", m, Options{})
		if !errors.Is(err, ErrNotNumber) || !strings.Contains(err.Error(), "a count reads 0 to 9 alone; write the figures with them, \""+ascii+"\"") {
			t.Errorf("%s: %v", cell, err)
		}
	}
	d, err := DraftMapping(strings.NewReader("uik,A,B\n1,１４６,5\n2,３,4\n3,7,8\n"), "fw.csv")
	if err != nil {
		t.Fatal(err)
	}
	guessed(t, d.Mapping, `column 2 "A" is not mapped: its cells write digits of another script than 0 to 9 ("１４６", "146" in those)`)
}
