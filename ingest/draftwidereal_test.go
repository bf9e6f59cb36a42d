package ingest

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Austria's BMI results by Gemeinde (2024), as a copy that lost its
// umlauts stores them ("G?ltige", "Ung?ltige"): the valid and the invalid
// ballots are lines, never choices, as are the ballots cast
// ("Abgegebene"), and MFG, empty in every Land but one, is a list not on
// those rows' ballots.
func TestDraftWideAustriaLossyUmlauts(t *testing.T) {
	const name = "at-nrw2024-bmi-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "Wahlberechtigte", election.FoundStationary: "Abgegebene", election.Invalid: "Ung?ltige", election.Valid: "G?ltige"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	for id, c := range m.Votes {
		if strings.Contains(c.Header, "ltige") || c.Header == "Abgegebene" {
			t.Errorf("votes.%s is column %q, a line", id, c.Header)
		}
	}
	if len(m.Votes) != 12 || m.Votes["mfg"].Header != "MFG" || m.EmptyVotes != "not_on_ballot" {
		t.Errorf("votes %v, empty_votes %q; want 12 lists with MFG, not_on_ballot", m.Votes, m.EmptyVotes)
	}
	// The 82 rows count Österreich, Burgenland and its areas over and
	// over: the sums are the rows', each list's votes adding up to the
	// valid ballots.
	tab, votes, lines := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 82 || sum != lines[election.Valid] || lines[election.Valid] != 5398245 {
		t.Errorf("%d protocols, votes %d, valid %d; want 82, the valid ballots 5398245 both", len(tab.Protocols), sum, lines[election.Valid])
	}
}

// A column that is on every row the sum of the columns after it is a
// total, no choice, though one of those columns is empty on most rows
// (as the draft reads an empty cell of a list there: 0 votes). The
// Austrian file with its lines named so that no word says what they are.
func TestDraftWideSumWithEmptyCells(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/at-nrw2024-bmi-head.csv")
	in = strings.Replace(in, "Ung?ltige;G?ltige", "U;G", 1)
	d, err := DraftMapping(strings.NewReader(in), "at.csv")
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range d.Mapping.Votes {
		if c.Header == "G" {
			t.Errorf("votes.%s is column G, the sum of the lists", id)
		}
	}
	if !strings.Contains(strings.Join(d.Mapping.Guesses, "\n"), `column 6 "G" is not mapped: on every row it is the sum of columns 7`) {
		t.Errorf("no guess says G is the lists' sum:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// lossyIn reads a "?" as a letter outside ASCII, not as any letter.
func TestLossyIn(t *testing.T) {
	for _, c := range []struct {
		h, w string
		want bool
	}{
		{"g?ltige", "gültig", true},
		{"ung?ltige", "ungültig", true},
		{"ung\uFFFDltige", "ungültig", true},
		{"g?ltige", "gueltig", false}, // "?" is one letter
		{"gxltige", "gültig", false},
		{"?ltig", "gültig", false},
		{"g?ltig", "gultig", false}, // "?" is no ASCII letter
		{"gultig", "gültig", false},
	} {
		if got := lossyIn(c.h, c.w); got != c.want {
			t.Errorf("lossyIn(%q, %q) = %v, want %v", c.h, c.w, got, c.want)
		}
	}
	// Whole words: a "?" between letters is one of the word's.
	for _, c := range []struct {
		h    string
		w    []string
		want bool
	}{
		{"exprim?s", []string{"exprimés"}, true},
		{"votos v?lidos", []string{"votos", "válidos"}, true},
		{"exprim?s?", []string{"exprimés"}, true},
		{"?exprimés", []string{"exprimés"}, true},
		{"exprim? s", []string{"exprimés"}, false},
	} {
		if got := wordsIn(c.h, c.w); got != c.want {
			t.Errorf("wordsIn(%q, %q) = %v, want %v", c.h, c.w, got, c.want)
		}
	}
}

// Turkey's lines by ilçe (2023): the Turkish words of the lines in the
// ASCII spellings the file uses, "." between groups of thousands (no cell
// is a decimal with a point: the percentages have a comma), the ballot
// boxes and the province's plate code no choices.
func TestDraftWideTurkishLines(t *testing.T) {
	const name = "tr2023-ilce-ozet.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "toplam_secmen", election.FoundStationary: "kullanilan_oy", election.Valid: "gecerli_oy"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	if m.Thousands != "." || len(m.Votes) != 0 || m.Precinct.Header != "ilce_id" {
		t.Errorf("thousands %q, votes %v, precinct %q; want \".\", none, ilce_id\n%s", m.Thousands, m.Votes, m.Precinct.Header, strings.Join(m.Guesses, "\n"))
	}
	tab, _, lines := countReal(t, name, d)
	if len(tab.Protocols) != 10 || lines[election.Voters] != 1680720 || lines[election.FoundStationary] != 1539349 || lines[election.Valid] != 1516216 {
		t.Errorf("%d protocols, lines %v; want 10, voters 1680720, found 1539349, valid 1516216", len(tab.Protocols), lines)
	}
}

// Dots group thousands only where no cell of the file is a decimal with
// a point, and each group after the first has three digits.
func TestDraftDotThousands(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     string
	}{
		{"groups", "ilce,secmen,oy\nA,17.513,14.522\nB,7.402,900\n", "."},
		{"decimal elsewhere", "ilce,secmen,oran,oy\nA,17.513,38.57,10\nB,7.402,12.5,12\n", ""},
		{"not a count", "ilce,rate,Party\nA,17.513,10\nB,7.402,12\n", ""},
		{"leading zero", "ilce,secmen,oy\nA,0.513,14\nB,7.402,900\n", ""},
		{"two dots", "ilce,rate,Party\nA,1.017.513,10\nB,7.402,12\n", "."},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(c.in), "t.csv")
			if err != nil {
				t.Fatal(err)
			}
			if d.Mapping.Thousands != c.want {
				t.Errorf("thousands %q, want %q\n%s", d.Mapping.Thousands, c.want, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}

// Turkish headers in capitals ("İ", which lower case writes with a
// combining dot) and with the Turkish letters: the lines, never choices;
// the province (il) the region.
func TestDraftWideTurkishCase(t *testing.T) {
	const in = "İL,İLÇE,KAYITLI SEÇMEN,OY KULLANAN SEÇMEN,GEÇERSİZ OY,GEÇERLİ OY,SANDIK SAYISI,AK PARTİ,CHP\n" +
		"ANKARA,Bala,17513,14522,483,14039,70,9000,5039\n" +
		"ANKARA,Ayaş,10009,9328,240,9088,42,5000,4088\n" +
		"İZMİR,Buca,20000,18000,500,17500,80,7500,10000\n"
	d, err := DraftMapping(strings.NewReader(in), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "KAYITLI SEÇMEN", election.FoundStationary: "OY KULLANAN SEÇMEN", election.Invalid: "GEÇERSİZ OY", election.Valid: "GEÇERLİ OY"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	if len(m.Votes) != 2 || m.Votes["ak-parti"].Header != "AK PARTİ" || m.Votes["chp"].Header != "CHP" {
		t.Errorf("votes %v, want AK PARTİ and CHP\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if m.Region == nil || m.Region.Header != "İL" || m.Precinct.Header != "İLÇE" {
		t.Errorf("region %v, precinct %v; want İL, İLÇE\n%s", m.Region, m.Precinct, strings.Join(m.Guesses, "\n"))
	}
}

// Turkey's long files: the lines repeated on the rows are lines (or, the
// ballot boxes, no choice), the province's plate code no figure of the
// votes, and the independents added together ("Bağımsız", "BĞMSZ") a
// choice the draft flags, as it flags "Other parties".
func TestDraftTurkishLong(t *testing.T) {
	d, err := draftReal(t, "tr-yurtdisi.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "kayitli_secmen", election.FoundStationary: "kullanilan_oy", election.Valid: "gecerli_oy"} {
		if m.Lines[l].Header != h {
			t.Errorf("tr-yurtdisi.csv: lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	for id, c := range m.Votes {
		if c.Header != "oy" {
			t.Errorf("tr-yurtdisi.csv: votes.%s is column %q", id, c.Header)
		}
	}
	g := strings.Join(m.Guesses, "\n")
	if !strings.Contains(g, `"Bağımsız" is the choice bagimsiz (rename the ID as you like); its name says it gives the independent candidates' votes together`) {
		t.Errorf("tr-yurtdisi.csv: Bağımsız not flagged:\n%s", g)
	}
	d, err = draftReal(t, "tr2023-ilce-partiler.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "parti" || m.VotesColumn.Header != "oy" || m.ChoiceValues["BĞMSZ"] == "" {
		t.Fatalf("tr2023-ilce-partiler.csv: layout %q, choice %v, votes %v; want long, parti, oy\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	g = strings.Join(m.Guesses, "\n")
	if strings.Contains(g, `(the first "il_plaka") hold figures too`) || !strings.Contains(g, `"BĞMSZ" is the choice bgmsz (rename the ID as you like); its name says it gives the independent candidates' votes together`) {
		t.Errorf("tr2023-ilce-partiler.csv: il_plaka taken for a figure, or BĞMSZ not flagged:\n%s", g)
	}
}

// Uruguay's totals by circuito (2019): the entitled, the ballots cast and
// the null ones are lines; the observed votes and the others (the two
// parts of the ballots cast) and the blank ones are said for what they
// are, not as totals.
func TestDraftWideUruguayTotals(t *testing.T) {
	const name = "uy-totales-generales-mo-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "Total_Habilitados", election.FoundStationary: "Total_Votos_Emitidos", election.Invalid: "Total_Anulados"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s is %v, want %q\n%s", l, m.Lines[l], h, strings.Join(m.Guesses, "\n"))
		}
	}
	g := strings.Join(m.Guesses, "\n")
	for _, want := range []string{
		`column 6 "Total_Votos_NO_Observados" is not mapped: the votes not observed`,
		`column 7 "Total_Votos_Observados" is not mapped: the observed votes`,
		`column 9 "Total_En_Blanco" is not mapped: the blank votes`,
	} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %s:\n%s", want, g)
		}
	}
	if len(m.Votes) != 0 || m.Precinct.Header != "CRV" {
		t.Errorf("votes %v, precinct %q; want none, CRV", m.Votes, m.Precinct.Header)
	}
	tab, _, lines := countReal(t, name, d)
	if len(tab.Protocols) != 30 || lines[election.Voters] != 12199 || lines[election.FoundStationary] != 3817 || lines[election.Invalid] != 17 {
		t.Errorf("%d protocols, lines %v; want 30, voters 12199, found 3817, invalid 17", len(tab.Protocols), lines)
	}
}

// North Carolina's results by precinct (2018), three rows of one choice:
// the votes by the way they were cast (Election Day, One Stop, Absentee
// by Mail, Provisional) are the parts of Total Votes, no choices (nor is
// "Election Day" a date), and "Vote For" is the seats to fill.
func TestDraftWideVoteModes(t *testing.T) {
	const name = "us-nc-2018-alamance-3rows.tsv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 1 || m.Votes["michael-monaco-sr"].Header != "Total Votes" {
		t.Errorf("votes %v, want Michael Monaco's, Total Votes, alone\n%s", m.Votes, strings.Join(m.Guesses, "\n"))
	}
	g := strings.Join(m.Guesses, "\n")
	for _, want := range []string{
		`columns 10, 11, 12 and 13 are not mapped: each names a way of voting, and on every row their sum is column 14 "Total Votes"`,
		`column 9 "Vote For" is not mapped: how many choices a voter may mark, the seats to fill`,
	} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %s:\n%s", want, g)
		}
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 3 || votes["michael-monaco-sr"] != 127+98+217 {
		t.Errorf("%d protocols, votes %v; want 3, 442", len(tab.Protocols), votes)
	}
	// The rows of a second choice make the file long, Total Votes its
	// figure; Vote For is still the seats.
	in := readFile(t, "../testdata/ingest/real/"+name)
	_, rows, _ := strings.Cut(in, "\n")
	in += strings.ReplaceAll(strings.ReplaceAll(rows, "Michael Monaco, Sr.", "Someone Else"), "\tLIB\t", "\tDEM\t")
	d, err = DraftMapping(strings.NewReader(in), "nc.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	g = strings.Join(m.Guesses, "\n")
	if parts, total := partsTotal(m); !m.long() || m.ChoiceColumn.Header != "Choice" || total != "Total Votes" || len(parts) != 4 || !strings.Contains(g, `column 9 "Vote For" is not mapped: how many choices a voter may mark`) {
		t.Errorf("layout %q, choice %v, votes %v; want long, Choice, the 4 ways of voting summed beside Total Votes, Vote For the seats\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, g)
	}
}
