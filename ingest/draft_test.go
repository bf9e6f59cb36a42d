package ingest

import (
	"bytes"
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Issue 14: "mapping draft" recognises the protocol lines of the usual
// Russian and Kyrgyz forms, the choices and the precinct; its JSON reads
// back as it is, guesses included.
func TestDraftMapping(t *testing.T) {
	cases := []struct {
		csv, mapping string // the file, and the mapping written by hand
		precinct     string // the drafted precinct, as Column.String
		ballot       string
		choices      int
		guessed      []string // texts some guess holds
		absentee     int      // absentee-certificate lines mapped
	}{
		{"protocols-ru.csv", "mapping-ru.json", `"№ УИК"`, "list", 4, []string{"machine_column", "votes.against_all"}, 0},
		{"protocols-ky.csv", "mapping-ky.json", `"УШК №"`, "okrug", 7, []string{"okrug: column 2"}, 0},
		{"duma2011-head.csv", "", `["region", "uik"]`, "list", 7, []string{
			"precinct numbers repeat across regions", "absentee-certificate line", `"url" is not mapped`, "no column for \"against all\""}, 6},
	}
	for _, c := range cases {
		t.Run(c.csv, func(t *testing.T) {
			f, err := os.Open("../testdata/ingest/" + c.csv)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := DraftMapping(f, c.csv)
			if err != nil {
				t.Fatal(err)
			}
			b, err := d.JSON()
			if err != nil {
				t.Fatal(err)
			}
			// The absentee-certificate lines are those of a rule set
			// that declares them (examples/duma2011).
			m, err := ReadMappingFor(bytes.NewReader(b), "draft.json", func(l election.Line) bool {
				return election.LineIndex(l) >= 0 || strings.HasPrefix(string(l), "absentee_")
			})
			if err != nil {
				t.Fatalf("the draft does not read back: %v\n%s", err, b)
			}
			if got := m.Precinct.String(); got != c.precinct {
				t.Errorf("precinct %s, want %s", got, c.precinct)
			}
			if m.Ballot != c.ballot || len(m.Votes) != c.choices {
				t.Errorf("ballot %q with %d choices, want %q with %d", m.Ballot, len(m.Votes), c.ballot, c.choices)
			}
			all := strings.Join(m.Guesses, "\n")
			for _, g := range c.guessed {
				if !strings.Contains(all, g) {
					t.Errorf("no guess says %q:\n%s", g, all)
				}
			}
			builtin, absent := 0, 0
			for l := range m.Lines {
				if election.LineIndex(l) >= 0 {
					builtin++
				} else {
					absent++
				}
			}
			if builtin != 12 || absent != c.absentee {
				t.Errorf("%d lines of the form and %d absentee lines recognised, want 12 and %d: %v", builtin, absent, c.absentee, m.Lines)
			}
			if c.mapping == "" {
				return
			}
			hf, err := os.Open("../testdata/ingest/" + c.mapping)
			if err != nil {
				t.Fatal(err)
			}
			defer hf.Close()
			hand, err := ReadMapping(hf, c.mapping)
			if err != nil {
				t.Fatal(err)
			}
			for l, col := range hand.Lines {
				if got := m.Lines[l]; trimHeader(got.Header) != trimHeader(col.Header) {
					t.Errorf("lines.%s: drafted %v, written by hand %v", l, got, col)
				}
			}
			if _, ok := hand.Votes[election.AgainstAll]; ok {
				if m.Votes[election.AgainstAll].String() != hand.Votes[election.AgainstAll].String() {
					t.Errorf("against_all: drafted %v, by hand %v", m.Votes[election.AgainstAll], hand.Votes[election.AgainstAll])
				}
			}
		})
	}
}

// The lines are recognised by their wording, not by their order: the 2011
// header with its columns reversed drafts the same lines.
func TestDraftMappingColumnOrder(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/duma2011-head.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := csv.NewWriter(&out)
	for _, r := range rows {
		slices.Reverse(r)
		w.Write(r)
	}
	w.Flush()
	straight, err := DraftMapping(bytes.NewReader(b), "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	reversed, err := DraftMapping(&out, "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	for l, c := range straight.Mapping.Lines {
		if reversed.Mapping.Lines[l].Header != c.Header {
			t.Errorf("lines.%s: %q reversed, %q in order", l, reversed.Mapping.Lines[l].Header, c.Header)
		}
	}
	if len(reversed.Mapping.Lines) != len(straight.Mapping.Lines) {
		t.Errorf("%d lines reversed, %d in order", len(reversed.Mapping.Lines), len(straight.Mapping.Lines))
	}
}

// A file of several contests (OpenElections: an office column): the draft
// proposes a row filter keeping the first office, lists the offices in a
// guess, and drafts the rest from the rows it keeps (the candidate, which
// every President row names, as the choice; the State House district,
// empty there, not as the okrug), and the turnout rows that name their
// line in the office column (the candidate cell empty) as lines. The
// JSON reads back and reads the file.
func TestDraftRowFilter(t *testing.T) {
	data, err := os.ReadFile("../examples/openelections/precincts.csv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := DraftMapping(bytes.NewReader(data), "precincts.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(bytes.NewReader(b), "draft.json")
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if m.Rows.String() != `office in ("President", "Registered Voters", "Ballots Cast")` || m.ChoiceColumn == nil || m.ChoiceColumn.String() != `["candidate", "office"]` || m.Okrug != nil || m.Region == nil {
		t.Errorf("drafted filter %s, choice %v, okrug %v, region %v\n%s", m.Rows, m.ChoiceColumn, m.Okrug, m.Region, b)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `"President", "U.S. Senate", "State House", "Registered Voters", "Ballots Cast"`)
	}) {
		t.Errorf("no guess lists the offices: %q", m.Guesses)
	}
	tab, err := ReadCSV(bytes.NewReader(data), "precincts.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// (The sums of a python3 csv reading of the file.)
	var voters, cast int64
	for _, p := range tab.Protocols {
		voters += p.Lines[election.Voters]
		cast += p.Lines[election.FoundStationary]
	}
	if len(tab.Protocols) != 6 || tab.LeftOut != 22 || voters != 8440 || cast != 4178 {
		t.Errorf("%d protocols, %d rows left out, voters %d, ballots cast %d; want 6, 22, 8440, 4178", len(tab.Protocols), tab.LeftOut, voters, cast)
	}
}

// A results file in English, one in the style of Georgia's, and a
// Ukrainian commission's file: their protocol lines are recognised, a
// column of ballots cast is the ballots found (found_stationary, never a
// choice),
// "1 - Party" is a numbered party list (its district then a region, not
// an okrug), a total row is left out by the row filter, Ukrainian names
// get Latin IDs.
func TestDraftMappingEnglishUkrainian(t *testing.T) {
	en := "County,Precinct,Registered Voters,Ballots Cast,Invalid,Valid,Jane Doe,John Roe\n" +
		"Alpha,001,1200,800,10,790,400,390\nAlpha,002,900,600,5,595,300,295\nBeta,001,1000,700,7,693,350,343\n"
	uk := "№ дільниці,\"Кількість виборців, внесених до списку виборців на дільниці\",\"Кількість виборчих бюлетенів, отриманих дільничною виборчою комісією\",\"Кількість виборчих бюлетенів, визнаних недійсними\",Іванов,Петренко\n" +
		"510001,1000,900,12,400,350\n510002,800,700,3,300,280\n"
	ge := "District,Precinct,Registered voters,Voted,Invalid ballots,1 - Georgian Dream,2 - United National Movement,3 - Lelo\n" +
		"01 Mtatsminda,01.01.01,1500,900,20,400,300,100\n02 Vake,02.01.01,2000,1200,30,500,400,150\nTotal,,3500,2100,50,900,700,250\n"
	for _, tt := range []struct {
		name, csv string
		lines     []election.Line
		votes     []string
		guess     string
	}{
		{"English", en, []election.Line{election.Voters, election.FoundStationary, election.Invalid, election.Valid}, []string{"jane-doe", "john-roe"}, `lines.found_stationary: column 4 "Ballots Cast" (those who took part, or the ballots cast`},
		{"Georgian, in English", ge, []election.Line{election.Voters, election.Invalid}, []string{"p1", "p2", "p3"},
			`rows: a row whose column 1 "District" says "Total" looks like the total of the others`},
		{"Ukrainian", uk, []election.Line{election.Voters, election.Received, election.Invalid}, []string{"ivanov", "petrenko"}, `precinct: column 1 "№ дільниці"`},
	} {
		d, err := DraftMapping(strings.NewReader(tt.csv), "f.csv")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(d.Mapping.Lines) != len(tt.lines) {
			t.Errorf("%s: lines %v, want %v", tt.name, d.Mapping.Lines, tt.lines)
		}
		for _, l := range tt.lines {
			if _, ok := d.Mapping.Lines[l]; !ok {
				t.Errorf("%s: no line %s in %v", tt.name, l, d.Mapping.Lines)
			}
		}
		if len(d.Mapping.Votes) != len(tt.votes) {
			t.Errorf("%s: votes %v, want %v", tt.name, d.Mapping.Votes, tt.votes)
		}
		for _, id := range tt.votes {
			if _, ok := d.Mapping.Votes[id]; !ok {
				t.Errorf("%s: no choice %s in %v", tt.name, id, d.Mapping.Votes)
			}
		}
		if !strings.Contains(strings.Join(d.Mapping.Guesses, "\n"), tt.guess) {
			t.Errorf("%s: no guess %q in %q", tt.name, tt.guess, d.Mapping.Guesses)
		}
	}
	d, err := DraftMapping(strings.NewReader(ge), "ge.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Okrug != nil || d.Mapping.Region == nil || d.Mapping.Ballot != "list" {
		t.Errorf("the district of party lists: okrug %v, region %v, ballot %q", d.Mapping.Okrug, d.Mapping.Region, d.Mapping.Ballot)
	}
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(bytes.NewReader(b), "ge.json")
	if err != nil {
		t.Fatalf("the draft does not read back: %v\n%s", err, b)
	}
	tab, err := ReadCSV(strings.NewReader(ge), "ge.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 2 || tab.LeftOut != 1 {
		t.Errorf("the draft reads %d protocols, %d rows left out (%v); want 2 and the total row", len(tab.Protocols), tab.LeftOut, err)
	}
}

// What the draft's heuristics for other countries' files must leave alone
// (review): a long file whose figures are headed "valid votes" stays long;
// an okrug of numbered candidates stays an okrug; a party named with a
// word of totals ("Разом сила") is a choice; a "Total" of a vote-type
// column is no total row.
func TestDraftMappingLeavesAlone(t *testing.T) {
	long := "precinct,party,valid votes\n1,A,10\n1,B,20\n2,A,30\n2,B,40\n"
	d, err := DraftMapping(strings.NewReader(long), "long.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Shape != "long" || d.Mapping.VotesColumn == nil || d.Mapping.VotesColumn.Header != "valid votes" || len(d.Mapping.Lines) != 0 {
		t.Errorf("long file: layout %q, votes column %v, lines %v", d.Mapping.Shape, d.Mapping.VotesColumn, d.Mapping.Lines)
	}
	okr := "okrug,precinct,1. Иванов,2. Петров,3. Сидоров\n1,101,10,20,30\n1,102,11,21,31\n2,201,12,22,32\n"
	d, err = DraftMapping(strings.NewReader(okr), "okr.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Okrug == nil || d.Mapping.Region != nil || d.Mapping.Ballot != "okrug" {
		t.Errorf("okrug file: okrug %v, region %v, ballot %q", d.Mapping.Okrug, d.Mapping.Region, d.Mapping.Ballot)
	}
	ua := "дільниця,1. Слуга народу,2. Разом сила,3. Голос\n510001,100,20,30\n510002,110,25,35\n"
	d, err = DraftMapping(strings.NewReader(ua), "ua.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mapping.Votes) != 3 {
		t.Errorf("ua file: choices %v", d.Mapping.Votes)
	}
	types := "precinct,vote type,party,votes\n1,Election Day,A,10\n1,Total,A,12\n1,Election Day,B,20\n1,Total,B,25\n2,Election Day,A,5\n2,Total,A,6\n2,Election Day,B,7\n2,Total,B,9\n"
	d, err = DraftMapping(strings.NewReader(types), "types.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Rows != nil {
		for _, c := range d.Mapping.Rows.Where {
			if slices.Contains(c.Except, "Total") {
				t.Errorf("vote types: the draft leaves out the Total rows: %+v", d.Mapping.Rows)
			}
		}
	}
}

// The shapes of the Russian federal files of dkobak/elections: a
// single-mandate district column (oik) beside numbered party lists is
// left out with a guess, never taken for votes; a numbered territorial
// commission is no choice; the part of a line ("not containing marks")
// is no choice or line, the ballots of both kinds of box in one column a
// line of examples/ru-referendum2020 (found_all); a referendum's voters are
// "participants of the voting"; the absentee-certificate lines are mapped
// under the names a rule set declares (examples/duma2011).
func TestDraftMappingRussianShapes(t *testing.T) {
	const lines = `"Число избирателей, включенных в список избирателей","Число избирательных бюллетеней, полученных участковой избирательной комиссией",` +
		`"Число открепительных удостоверений, полученных участковой избирательной комиссией","Число избирателей, проголосовавших по открепительным удостоверениям на избирательном участке",` +
		`"Число недействительных избирательных бюллетеней, не содержащих отметок",Число недействительных избирательных бюллетеней,Число действительных избирательных бюллетеней`
	duma := "region,oik,tik,uik," + lines + `,1. Политическая партия А,2. Политическая партия Б
Область А,1,1,1,100,90,5,3,1,2,60,40,20
Область А,1,1,2,100,90,5,3,1,2,60,40,20
Область Б,2,2,1,100,90,5,3,1,2,60,40,20
`
	d, err := DraftMapping(strings.NewReader(duma), "duma.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	guesses := strings.Join(m.Guesses, "\n")
	if m.Okrug != nil || m.Ballot != "list" || len(m.Votes) != 2 || m.Votes["p1"].Header == "" || m.Votes["p2"].Header == "" {
		t.Errorf("okrug %v, ballot %q, votes %v: want no okrug, list ballots, the two parties", m.Okrug, m.Ballot, m.Votes)
	}
	if !strings.Contains(guesses, `column 2 "oik" is not mapped: it names the single-mandate district`) ||
		!strings.Contains(guesses, `column 3 "tik" is not mapped: its numbers look like the number of a commission`) ||
		!strings.Contains(guesses, `не содержащих отметок" is not mapped: it gives a part of a line`) {
		t.Errorf("the guesses do not say why oik, tik and the part of a line are left out:\n%s", guesses)
	}
	for l, h := range map[election.Line]string{
		election.Invalid: "Число недействительных избирательных бюллетеней", "absentee_received": "Число открепительных удостоверений, полученных участковой избирательной комиссией",
		"absentee_voted": "Число избирателей, проголосовавших по открепительным удостоверениям на избирательном участке",
	} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s: %v, want %q", l, m.Lines[l], h)
		}
	}
	ref := `region,tik,uik,"Число участников голосования, включенных в список участников голосования","Число бюллетеней, содержащихся в ящиках для голосования",Число недействительных бюллетеней,Число действительных бюллетеней,ДА,НЕТ
Область А,ТИК 1,1,100,60,0,60,40,20
Область Б,ТИК 2,1,100,60,0,60,40,20
`
	d, err = DraftMapping(strings.NewReader(ref), "ref.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if m.Lines[election.Voters].Header == "" || len(m.Votes) != 2 || m.Votes["da"].Header != "ДА" || m.Votes["net"].Header != "НЕТ" {
		t.Errorf("referendum: lines %v, votes %v", m.Lines, m.Votes)
	}
	if m.Lines["found_all"].Header != "Число бюллетеней, содержащихся в ящиках для голосования" {
		t.Errorf("the ballots of both boxes in one line: %v, want lines.found_all (examples/ru-referendum2020)", m.Lines)
	}
}

// A file written by pandas from a table with gaps holds its whole numbers
// as "2609.0": they are read as whole numbers, so the draft maps such
// columns, and says for each how its numbers are written.
func TestDraftMappingPointZero(t *testing.T) {
	in := "region,uik,\"Число избирателей, включенных в список избирателей\",Путин Владимир Владимирович,Грудинин Павел Николаевич\nА,1,100.0,60.0,\nА,2,90.0,50.0,30.0\n"
	d, err := DraftMapping(strings.NewReader(in), "pandas.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Lines["voters"].Header == "" || len(d.Mapping.Votes) != 2 {
		t.Errorf("the columns written with \".0\" are not mapped: lines %v, votes %v", d.Mapping.Lines, d.Mapping.Votes)
	}
	g := strings.Join(d.Mapping.Guesses, "\n")
	for _, want := range []string{
		`column 3 "Число избирателей, включенных в список избирателей": its whole numbers are written with a point and a zero ("100.0"`,
		`column 4 "Путин Владимир Владимирович": its whole numbers are written with a point and a zero ("60.0"`,
		`column 5 "Грудинин Павел Николаевич": its whole numbers are written with a point and a zero ("30.0"`,
	} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %q:\n%s", want, g)
		}
	}
	// and the file counts with its draft: 100 + 90 voters, 60 + 50 and 30 votes
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(bytes.NewReader(b), "pandas.mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader(in), "pandas.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var voters, putin int64
	for _, p := range tab.Protocols {
		voters += p.Lines["voters"]
		putin += p.Votes["putin-vladimir-vladimirovich"]
	}
	if voters != 190 || putin != 110 {
		t.Errorf("read %d voters and %d votes for Putin, want 190 and 110", voters, putin)
	}
}

// The absentee-certificate lines as the forms of 2004-2012 word them too
// ("неиспользованных", "выданных избирателям ТИК").
func TestDraftMappingAbsenteeWordings(t *testing.T) {
	for h, want := range map[string]election.Line{
		"Число полученных открепительных  удостоверений":                                                   "absentee_received",
		"Число открепительных удостоверений, выданных избирателям на избирательном участке":                "absentee_issued",
		"Число открепительных удостоверений, выданных участковой избирательной комиссией избирателям":      "absentee_issued",
		"Число избирателей, проголосовавших по открепительным удостоверениям":                              "absentee_voted",
		"Число неиспользованных открепительных удостоверений":                                              "absentee_cancelled",
		"Число погашенных на избирательном участке открепительных удостоверений":                           "absentee_cancelled",
		"Число открепительных удостоверений, выданных избирателям ТИК":                                     "absentee_issued_tik",
		"Число открепительных удостоверений, выданных избирателям территориальной избирательной комиссией": "absentee_issued_tik",
		"Число утраченных открепительных удостоверений":                                                    "absentee_lost",
	} {
		if got := absenteeLine(strings.ToLower(h)); got != want {
			t.Errorf("%q: %q, want %q", h, got, want)
		}
	}
}

// The lines as the forms of 2000-2004 word them (lists "в списки",
// "вне помещений", ballots issued "на избирательных участках", lost "по
// актам об утрате", "Общее число недействительных") and their sub-lines
// left out (invalid "на основании" an article, ballots "в которых"...).
func TestDraftMappingOlderWordings(t *testing.T) {
	in := `Субъект,ТИК,УИК,"Число избирателей, включенных в списки избирателей на момент окончания голосования",` +
		`"Число избирательных бюллетеней, полученных участковыми избирательными комиссиями",` +
		`"Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно",` +
		`"Число избирательных бюллетеней, выданных избирателям на избирательных участках в день голосования",` +
		`"Число избирательных бюллетеней, выданных избирателям, проголосовавшим вне помещений для голосования",` +
		`Число погашенных избирательных бюллетеней,` +
		`"Число избирательных бюллетеней, признанных недействительными на основании пункта 14 статьи 69 Федерального закона",` +
		`"Число признанных недействительными избирательных бюллетеней, в которых голоса избирателей поданы за выбывшего кандидата",` +
		`Общее число недействительных избирательных бюллетеней,Число действительных избирательных бюллетеней,` +
		`Число бюллетений по актам об утрате,Число открепит. удостов. по актам об утрате,` +
		`Число погашенных отрывных талонов открепительных удостоверений,Иванов Иван Иванович,Петров Петр Петрович
Область А,ТИК 1,1,100,90,0,50,10,30,1,1,2,58,0,0,0,30,28
Область Б,ТИК 2,1,100,90,0,50,10,30,1,1,2,58,0,0,0,30,28
`
	d, err := DraftMapping(strings.NewReader(in), "older.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{
		election.Voters:        "Число избирателей, включенных в списки избирателей на момент окончания голосования",
		election.IssuedInRoom:  "Число избирательных бюллетеней, выданных избирателям на избирательных участках в день голосования",
		election.IssuedOutside: "Число избирательных бюллетеней, выданных избирателям, проголосовавшим вне помещений для голосования",
		election.Invalid:       "Общее число недействительных избирательных бюллетеней",
		election.Lost:          "Число бюллетений по актам об утрате",
		"absentee_lost":        "Число открепит. удостов. по актам об утрате",
	} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s: %v, want %q", l, m.Lines[l], h)
		}
	}
	if _, ok := m.Lines["absentee_cancelled"]; ok || len(m.Votes) != 2 {
		t.Errorf("the coupons taken for certificates, or choices %v", m.Votes)
	}
}

// A second column of a line (early voting "in the territorial
// commission's room", a part of line 3) is left out, not taken for the
// line a later rule names (issued in the room).
func TestDraftMappingSecondColumnOfALine(t *testing.T) {
	in := `uik,"Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно","Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно в помещении территориальной избирательной комиссии","Число избирательных бюллетеней, выданных избирателям в помещении для голосования в день голосования",А,Б
1,5,2,50,30,25
2,5,2,50,30,25
`
	d, err := DraftMapping(strings.NewReader(in), "early.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Lines[election.IssuedInRoom].Header != "Число избирательных бюллетеней, выданных избирателям в помещении для голосования в день голосования" ||
		m.Lines[election.IssuedEarly].Header != "Число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно" || len(m.Votes) != 2 {
		t.Errorf("lines %v, votes %v", m.Lines, m.Votes)
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, "it reads as line issued_early, which column") {
		t.Errorf("no guess says why the second column of early voting is left out:\n%s", g)
	}
}

// An English referendum's answers "Yes" and "No" are choices, whatever
// the draft leaves out as numbers of commissions or codes.
func TestDraftMappingYesNo(t *testing.T) {
	in := "precinct,Registered voters,Yes,No,Code\n1,100,40,30,7\n2,100,50,20,8\n"
	d, err := DraftMapping(strings.NewReader(in), "yesno.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Mapping.Votes) != 2 || d.Mapping.Votes["yes"].Header != "Yes" || d.Mapping.Votes["no"].Header != "No" {
		t.Errorf("votes %v, want Yes and No alone", d.Mapping.Votes)
	}
}

// A Duma file whose parties are not numbered: the okrug column is still
// the district of list-ballot rows, since every party column is filled
// on every row; a file of okrug ballots, whose candidates fill the rows of
// their own okrug alone, keeps its okrug.
func TestDraftMappingOkrugOrList(t *testing.T) {
	list := "region,oik,uik,\"Число избирателей, включенных в список избирателей\",ЕДИНАЯ РОССИЯ,КПРФ\nА,1,1,100,40,30\nА,2,2,100,50,20\nБ,3,1,100,10,60\n"
	d, err := DraftMapping(strings.NewReader(list), "list.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Okrug != nil || d.Mapping.Ballot != "list" || len(d.Mapping.Votes) != 2 {
		t.Errorf("list file: okrug %v, ballot %q, votes %v", d.Mapping.Okrug, d.Mapping.Ballot, d.Mapping.Votes)
	}
	okr := "region,okrug,uik,\"Число избирателей, включенных в список избирателей\",Иванов,Петров,Сидоров\nА,1,1,100,40,30,\nА,1,2,100,50,20,\nБ,2,1,100,,,70\n"
	d, err = DraftMapping(strings.NewReader(okr), "okr.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Okrug == nil || d.Mapping.Ballot != "okrug" {
		t.Errorf("okrug file: okrug %v, ballot %q", d.Mapping.Okrug, d.Mapping.Ballot)
	}
}

// A row of years under the header (the election's year under each column,
// or this election's and the last one's under each party) is the header's
// second row, not a precinct named by its line: the draft reads the header
// as two rows and, of two years, maps the latest's columns.
func TestDraftMappingYearsUnderTheHeader(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		votes    map[string]string
		guess    string
	}{
		{"one year", "Precinct,Voters,Valid,Party A,Party B\n,2025,2025,2025,2025\n1,100,90,50,40\n2,200,180,100,80\n",
			map[string]string{"party-a": "Party A / 2025", "party-b": "Party B / 2025"}, "header_rows: 2"},
		{"two years", "Precinct,Voters,,Party A,,Party B,\n,2021,2017,2021,2017,2021,2017\n1,100,90,50,40,45,44\n2,200,180,100,80,95,80\n",
			map[string]string{"party-a": "Party A / 2021", "party-b": "Party B / 2021"}, `not those of "2017": the previous election's figures`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(tc.in), "years.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			if m.HeaderRows != 2 || m.Precinct.Header != "Precinct" || len(m.Votes) != len(tc.votes) {
				t.Fatalf("header_rows %d, precinct %v, votes %v", m.HeaderRows, m.Precinct, m.Votes)
			}
			for id, h := range tc.votes {
				if m.Votes[id].Header != h {
					t.Errorf("votes.%s = %q, want %q", id, m.Votes[id].Header, h)
				}
			}
			if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, tc.guess) {
				t.Errorf("no guess says %q:\n%s", tc.guess, g)
			}
		})
	}
	// A data row whose first cell is empty and whose figures all read as
	// years, each another, is still a data row.
	d, err := DraftMapping(strings.NewReader("Precinct,Voters,Valid,Party A,Party B\n,2001,1999,1950,1949\n1,100,90,50,40\n"), "y4.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.HeaderRows > 1 {
		t.Errorf("header_rows %d: a row of figures like years read as the header's", d.Mapping.HeaderRows)
	}
	// A data row whose first cell is empty is still a data row when one of
	// its figures is no year.
	d, err = DraftMapping(strings.NewReader("Precinct,Voters,Valid,Party A\n1,2025,2025,2025\n,2000,1990,150\n"), "data.csv")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.HeaderRows > 1 {
		t.Errorf("header_rows %d: a data row read as the header's", d.Mapping.HeaderRows)
	}
}

// The README's long example: a row per precinct, ballot and choice. The
// ballot column ("list", "okrug") tells apart the rows of one precinct and
// choice (a choice may be on both ballots' rows: the protocol lines), so
// the file is long, its ballot read from that column.
func TestDraftMappingLongWithBallotColumn(t *testing.T) {
	f, err := os.Open("../examples/long/protocols.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := DraftMapping(f, "protocols.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Shape != "long" || m.BallotColumn == nil || m.BallotColumn.Header != "ballot" || m.Ballot != "" ||
		m.ChoiceColumn == nil || m.ChoiceColumn.Header != "choice" || m.VotesColumn.Header != "votes" {
		t.Fatalf("layout %q, ballot %q, ballot_column %v, choice %v", m.Shape, m.Ballot, m.BallotColumn, m.ChoiceColumn)
	}
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"ballot_column": "ballot"`) || strings.Contains(string(b), `"ballot": "`) {
		t.Errorf("the draft's JSON:\n%s", b)
	}
}

// Stations numbered in order beside a column of their addresses: the
// numbers name the rows, and are never a choice's votes (the reviewer's
// regression: the address was taken for the precinct, the numbers for a
// candidate).
func TestDraftMappingRisingNumbersNameTheRows(t *testing.T) {
	in := "Station,Address,Registered Voters,Smith,Jones\n1001,1 Main St,868,391,132\n1004,2 Main St,930,160,353\n1007,3 Main St,1189,330,341\n1010,4 Main St,700,300,200\n"
	d, err := DraftMapping(strings.NewReader(in), "stn.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Precinct.Header != "Station" || len(m.Votes) != 2 || m.Votes["smith"].Header != "Smith" {
		t.Errorf("precinct %v, votes %v", m.Precinct, m.Votes)
	}
}

// A list absent from one district of a party-list file is a regional
// list: the file stays a list ballot, its districts regions (the
// reviewer's regression: one absent list made every district a
// single-mandate okrug).
func TestDraftMappingOneRegionalList(t *testing.T) {
	in := "district,precinct,voters,valid,1 - Red,2 - Blue,3 - Green,4 - Minority\n" +
		"1,101,1000,600,310,190,100,0\n1,102,1000,600,290,210,100,0\n1,103,1000,600,300,180,120,0\n" +
		"2,201,1000,600,240,160,90,110\n2,202,1000,600,260,150,100,90\n2,203,1000,600,250,140,105,105\n"
	d, err := DraftMapping(strings.NewReader(in), "pl.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; m.Ballot != "list" || m.Okrug != nil || len(m.Votes) != 4 {
		t.Errorf("ballot %q, okrug %v, votes %v", m.Ballot, m.Okrug, m.Votes)
	}
}

// A referendum's long file: a row per precinct and answer, the figure in
// a column named "count". The answer column is the choice (not a kind of
// row to filter), and "count" is the figure (not a machine column).
func TestDraftMappingLongCount(t *testing.T) {
	in := "precinct,option,count\n1,Yes,300\n1,No,200\n2,Yes,250\n2,No,260\n3,Yes,100\n3,No,90\n"
	d, err := DraftMapping(strings.NewReader(in), "ref.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "option" || m.VotesColumn.Header != "count" || m.Rows != nil {
		t.Errorf("layout %q, choice %v, votes %v, rows %v", m.Shape, m.ChoiceColumn, m.VotesColumn, m.Rows)
	}
}

// A candidate's votes that happen to rise from row to row name no rows:
// only the file's first column is read as the rows' numbers (the
// reviewer's regression: Labour, the leader, was taken for the precinct).
func TestDraftMappingRisingVotesAreVotes(t *testing.T) {
	in := "Town,Labour,Conservative,Green\nA,101,300,50\nB,150,200,40\nC,230,250,45\nD,310,260,46\nE,400,230,40\nF,512,220,50\n"
	d, err := DraftMapping(strings.NewReader(in), "r6.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; m.Precinct.Header != "Town" || m.Votes["labour"].Header != "Labour" {
		t.Errorf("precinct %v, votes %v", m.Precinct, m.Votes)
	}
}

// The parts of a date and a time of day (Mexico's MES, DIA, HORA,
// MINUTOS of a quick count's capture) are no choices, whatever their
// figures.
func TestDraftMappingDateTimeNoChoice(t *testing.T) {
	in := "casilla,MES,DIA,HORA,MINUTOS,SI,NO\n1,8,1,19,5,300,20\n2,8,1,19,7,280,25\n3,8,1,20,2,150,10\n"
	d, err := DraftMapping(strings.NewReader(in), "mx.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := d.Mapping; len(m.Votes) != 2 || m.Votes["si"].Header != "SI" || m.Votes["no"].Header != "NO" {
		t.Errorf("votes %v, want SI and NO alone", m.Votes)
	}
}
