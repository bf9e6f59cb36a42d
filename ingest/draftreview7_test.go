package ingest

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// A note under the table (a row of one cell, "Izvor: DIP") is no reason
// to refuse the draft of the rows above it: the draft maps what it maps
// without the note, and skips the note's line unread (footer_rows), said
// in a guess. Arizona's file, whose every row is shorter than its header,
// is still refused (TestDraftMappingShortRows).
func TestDraftMappingNoteUnderTable(t *testing.T) {
	b, err := os.ReadFile("../testdata/ingest/real/hr-lok2025-bedenica-nacelnik.csv")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := DraftMapping(bytes.NewReader(b), "bedenica.csv")
	if err != nil {
		t.Fatal(err)
	}
	noted := append(slices.Clone(b), "Izvor: DIP\n"...)
	d, err := DraftMapping(bytes.NewReader(noted), "bedenica.csv")
	if errors.Is(err, ErrShortRow) {
		t.Fatalf("a note under the table refuses the draft: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool { return strings.Contains(g, "footer_rows: 1: line 8") }) {
		t.Errorf("no guess names the short row at line 8:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	got, want := readBack(t, d), readBack(t, plain)
	got.Guesses, want.Guesses = nil, nil
	want.FooterRows = 1
	gj, _ := (&Draft{Mapping: got}).JSON()
	wj, _ := (&Draft{Mapping: want}).JSON()
	if !bytes.Equal(gj, wj) {
		t.Errorf("with the note the draft is\n%s\nwithout it\n%s", gj, wj)
	}
}

// Uganda's 2016 presidential results by polling station
// (developmentseed/open-elections Uganda/election-results.csv
// @bdc188d02e486c8b7204e068d317365afe03351a, the header and ORDER 1-11),
// the row of ORDER 10 given twice, as a scrape may: ORDER, the rows'
// order, is no part of any sum and stays the precinct (whose repeated
// number is said), never a choice's votes beside the candidates; the
// stations' names do not take its place.
func TestDraftMappingRowGivenTwice(t *testing.T) {
	const in = "ORDER,DISTRICT,CONSTITUENCY,SUB COUNTY,PARISH,STATION,REG VOTERS,ABED  BWANIKA,AMAMA  MBABAZI,BARYAMUREEBA  VENANSIUS,BENON  BUTA BIRAARO,KIZZA  BESIGYE KIFEFE,MABIRIZI  JOSEPH,MAUREEN  FAITH KYALYA WALUUBE,YOWERI  KAGUTA MUSEVENI,VALID VOTES,INVALID VOTES,TOTAL VOTES\n" +
		"1,001 APAC,002 KWANIA COUNTY,001 ADUKU,001 ADYEDA,01 ADYEDA CENTRE,277,2,1,1,1,32,0,1,144,182,4,186\n" +
		"2,001 APAC,002 KWANIA COUNTY,001 ADUKU,001 ADYEDA,02 APORWEGI P.7 SCHOOL,702,10,10,12,3,103,6,3,283,430,24,454\n" +
		"3,001 APAC,002 KWANIA COUNTY,001 ADUKU,001 ADYEDA,03 ADYEDA IMALO,321,1,2,0,0,44,1,0,190,238,4,242\n" +
		"4,001 APAC,002 KWANIA COUNTY,001 ADUKU,002 ALIRA,01 ALIRA B,872,6,4,9,1,232,3,1,328,584,22,606\n" +
		"5,001 APAC,002 KWANIA COUNTY,001 ADUKU,002 ALIRA,02 AKOT A,750,5,6,7,1,258,4,5,218,504,8,512\n" +
		"6,001 APAC,002 KWANIA COUNTY,001 ADUKU,002 ALIRA,03 OLEKE,826,3,8,3,1,235,9,3,279,541,32,573\n" +
		"7,001 APAC,002 KWANIA COUNTY,001 ADUKU,002 ALIRA,04 AKWODONG,506,0,0,1,1,94,1,0,231,328,55,383\n" +
		"8,001 APAC,002 KWANIA COUNTY,001 ADUKU,007 ONGOCENG,01 AKWON,792,5,7,3,1,176,6,2,297,497,44,541\n" +
		"9,001 APAC,002 KWANIA COUNTY,001 ADUKU,007 ONGOCENG,02 ANGINYI,447,3,1,0,1,156,0,1,137,299,6,305\n" +
		"10,001 APAC,002 KWANIA COUNTY,001 ADUKU,007 ONGOCENG,03 ALYELI COMMUNITY CENTRE,488,9,6,1,3,125,2,1,198,345,25,370\n" +
		"10,001 APAC,002 KWANIA COUNTY,001 ADUKU,007 ONGOCENG,03 ALYELI COMMUNITY CENTRE,488,9,6,1,3,125,2,1,198,345,25,370\n" +
		"11,001 APAC,002 KWANIA COUNTY,001 ADUKU,007 ONGOCENG,04 ABALOKWERI,670,3,6,1,1,184,1,2,250,448,14,462\n"
	d, err := DraftMapping(strings.NewReader(in), "ug.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "ORDER" {
		t.Errorf("precinct %+v, want ORDER\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	for id, c := range m.Votes {
		if c.Header == "ORDER" {
			t.Errorf("votes.%s: ORDER, the rows' order, drafted as a choice", id)
		}
	}
}

// Georgia's CEC numbers a precinct by its district and its number,
// "81.02": past district 9 no number begins with a zero, and the column,
// named "precinct_id", reads as shares would ("30.47"). Its header names
// an ID: it is the precinct, not a column of percentages (the draft took
// the empty "special precinct" and named each row by its line).
func TestDraftMappingPrecinctIDWithPoint(t *testing.T) {
	const name = "ge-parl2016-runoff-d71.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "precinct_id" {
		t.Fatalf("precinct %+v, want precinct_id\n%s", m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 10 || votes["p5"] != 1494 || votes["p41"] != 3030 {
		t.Errorf("%d protocols, votes %v; want 10, p5 1494, p41 3030", len(tab.Protocols), votes)
	}
}

// A file without a header row whose leading candidate has about as many
// votes in each precinct (512, 530, 498, 505: numbers near one another,
// as IDs given in turn are) keeps that column as a choice, its guess
// saying the doubt: left out as codes, the count elected the runner-up.
// (A test input: no real file of this repository has such a column of
// votes; the UK's party IDs beside the votes, near one another, still
// make that file long: TestDraftMappingNoHeaderCandidates.)
func TestDraftMappingNoHeaderVotesNearOneAnother(t *testing.T) {
	const in = "101,Centre school,512,230,41\n102,North library,530,198,37\n103,East club,498,250,52\n104,West hall,505,240,44\n"
	d, err := DraftMapping(strings.NewReader(in), "nohdr.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	found := false
	for _, c := range m.Votes {
		found = found || c.Index == 3
	}
	if !found {
		t.Fatalf("column 3, the leading candidate's votes, is no choice: votes %v\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "votes.column-3:") && strings.Contains(g, "near one another")
	}) {
		t.Errorf("no guess says the doubt of column 3:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// A "division" names the AEC's electoral divisions, but Bangladesh's
// divisions hold districts: beside a column of districts, the division
// is not taken for the okrug in the district's place, and the district of
// a file of party lists stays its region, as it was before "division"
// was read. (A test input in the shape of Bangladesh's results files.)
func TestDraftMappingDivisionBesideDistrict(t *testing.T) {
	const in = "Division,District,Constituency,Centre,Awami League,BNP,Jatiya Party\n" +
		"Dhaka,Dhaka,Dhaka-1,1,120,80,30\nDhaka,Dhaka,Dhaka-1,2,100,90,20\nDhaka,Dhaka,Dhaka-2,3,50,60,70\n" +
		"Khulna,Jessore,Jessore-1,4,10,20,30\nKhulna,Jessore,Jessore-1,5,11,21,31\n"
	d, err := DraftMapping(strings.NewReader(in), "bd.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Region == nil || m.Region.Header != "District" || m.Okrug != nil && m.Okrug.Header == "Division" {
		t.Errorf("region %v, okrug %v; want District, not Division\n%s", m.Region, m.Okrug, strings.Join(m.Guesses, "\n"))
	}
}

// A single column of counts written as floats ("52.00000000000001"
// among whole numbers) is refused as several are, naming its cell: read
// as decimals, the draft left that choice out as percentages. (Kloop's
// row of Kyrgyzstan's 2020 file, kg-parl2020-uik-kloop.csv, its other
// figures rounded: a test input.)
func TestDraftMappingOneFloatColumn(t *testing.T) {
	const in = "«БИРИМДИК»,«МЕКЕНЧИЛ»,«ЫЙМАН НУРУ»,uik\n85,52.00000000000001,75,1\n171,89,76,2\n95,40,12,3\n"
	_, err := DraftMapping(strings.NewReader(in), "kg.csv")
	var pe *ParseError
	if !errors.Is(err, ErrNotNumber) || !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 2 || !strings.Contains(err.Error(), "column 2 holds") {
		t.Fatalf("err %v; want ErrNotNumber at line 2, column 2", err)
	}
}

// "Nota" is a note in Portuguese, Spanish, Italian and Romanian: a
// column of text so headed is no "none of the above" (India's NOTA, over
// figures), and the draft reads its own file. (A test input in the shape
// of a Portuguese mesa's results with a column of remarks.)
func TestDraftMappingNotaIsANote(t *testing.T) {
	const in = "Mesa,PSD,PS,Chega,Nota\n1,120,80,30,\n2,100,90,20,recontada\n3,50,60,70,\n"
	d, err := DraftMapping(strings.NewReader(in), "pt.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if c, ok := m.Votes["against_all"]; ok {
		t.Errorf("votes.against_all is column %q, a column of remarks", c.Header)
	}
	if _, err := ReadCSV(strings.NewReader(in), "pt.csv", m, Options{}); err != nil {
		t.Errorf("the draft does not read its own file: %v", err)
	}
}

// Izbirkom's transposed file of 8 UIKs with UIK 8207's column cut out
// (built here from the real file): its header numbers the precincts 8205,
// 8206, 8208, ..., rising with a gap, over the protocol lines' figures.
// That is the header, no data row (the draft took it for one, "no_header",
// and named the precincts by their columns' numbers): drafted
// transposed, with the UIKs' own numbers.
func TestDraftMappingTransposedHeaderWithGap(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/ru-pres2024-uik-transposed.csv")
	var out []string
	for _, line := range strings.SplitAfter(in, "\n") {
		if cells := strings.Split(line, ";"); len(cells) > 3 {
			line = strings.Join(slices.Delete(cells, 3, 4), ";")
		}
		out = append(out, line)
	}
	cut := strings.Join(out, "")
	if !strings.HasPrefix(cut, "Label;8205;8206;8208;") {
		t.Fatalf("the cut's header is %.40q", cut)
	}
	d, err := DraftMapping(strings.NewReader(cut), "ru-cut.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.NoHeader || m.Shape != "transposed" {
		t.Fatalf("no_header %v, layout %q; want the header read, transposed\n%s", m.NoHeader, m.Shape, strings.Join(m.Guesses, "\n"))
	}
	tab, err := ReadCSV(strings.NewReader(cut), "ru-cut.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range tab.Protocols {
		ids = append(ids, p.Precinct)
	}
	if len(ids) != 7 || !slices.Contains(ids, "8208") || slices.Contains(ids, "8207") {
		t.Errorf("precincts %v; want the 7 UIKs by their numbers, 8207 cut", ids)
	}
}

// Paraguay's TREP of 30 April 2023 by mesa (johntitorpy/auditoria-elecciones-2023
// mesas_ejemplo.csv @a42fffaed47322a191bb37f3f360744b793ca6ca, lines
// 1-7) is long, a row per list (numero_lista 1, 3, 911), but the draft
// does not read its choice column: drafted with its lines alone, the
// guess says that its rows repeat the precinct and that the file may be
// long, never only that it gives a protocol's lines alone.
func TestDraftMappingLinesAloneRowsRepeat(t *testing.T) {
	const in = "\"local_electoral\",\"fecha_recepcion_trep\",\"codigo_candidatura\",\"numero_mesa\",\"numero_lista\",\"total_votos\",\"total_votantes\",\"tiempo_estimado_hora\"\n" +
		"\"5_17_0_501\",\"2023-04-30 16:48:39.136\",1,1,1,131,301,15\n" +
		"\"5_17_0_501\",\"2023-04-30 16:48:39.136\",1,1,3,36,301,15\n" +
		"\"5_17_0_501\",\"2023-04-30 16:48:39.136\",1,1,911,116,301,15\n" +
		"\"0_0_3_27\",\"2023-04-30 16:49:58.675\",1,20,1,175,310,15\n" +
		"\"0_0_3_27\",\"2023-04-30 16:49:58.675\",1,20,3,62,310,15\n" +
		"\"0_0_3_27\",\"2023-04-30 16:49:58.675\",1,20,911,61,310,15\n"
	d, err := DraftMapping(strings.NewReader(in), "py.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if len(m.Votes) > 0 || m.long() {
		return // read as a long file or with choices: nothing to say
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.HasPrefix(g, "no column is drafted as a choice's votes") && strings.Contains(g, "the file is long")
	}) {
		t.Errorf("no guess says the rows may be a long file's:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// A column of the other choices' votes together (India's Form 20 "Other
// Candidate Votes" beside the elected person's; Albania's "Other" beside
// the parties) is drafted as a choice, needed for the valid votes' sum,
// and its guess says that counted as one it may win a seat none of them
// won: the draft gave it as a choice on the ballot, no doubt said. The
// draft writes it under aggregates, never elected.
func TestDraftMappingOthersTogether(t *testing.T) {
	for name, header := range map[string]string{
		"in-mh2024-ac102-badnapur.csv": "Other Candidate Votes",
		"al-parl2021-berat-ps.csv":     "Other",
	} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		m := readBack(t, d)
		id := ""
		for k, c := range m.Votes {
			if c.Header == header {
				id = k
			}
		}
		if id == "" {
			t.Errorf("%s: %q is no choice: votes %v", name, header, m.Votes)
			continue
		}
		if !slices.ContainsFunc(m.Guesses, func(g string) bool {
			return strings.HasPrefix(g, "votes."+id+":") && strings.Contains(g, "counted as one choice, it may win a seat that none of them won")
		}) {
			t.Errorf("%s: the guess of votes.%s says no doubt:\n%s", name, id, strings.Join(m.Guesses, "\n"))
		}
		if !slices.Equal(m.Aggregates, []string{id}) {
			t.Errorf("%s: aggregates %v, want [%s]: a guess alone leaves it a candidate", name, m.Aggregates, id)
		}
	}
}
