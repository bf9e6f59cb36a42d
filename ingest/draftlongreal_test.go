package ingest

import (
	"slices"
	"strings"
	"testing"
)

// Turkey's parliamentary votes by ilçe, party and year (memurlar.net's,
// long and quoted): the party's column, "Parti", is the choice and "Oy"
// its votes; the year, "yil", is no choice (drafted as one, a "party" yil
// won every seat) but a filter on its latest year, each year another
// election; and "Oy" is no precinct.
func TestDraftLongTurkeyPartyByYear(t *testing.T) {
	const name = "tr-genel-oylar-blocks.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "Parti" || m.VotesColumn.Header != "Oy" || m.Precinct.Header != "ilce" || m.Rows.String() != `yil = "2011"` {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %v, rows %s; want long, Parti, Oy, ilce, yil = 2011\n%s",
			m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	// Python's csv module over the rows of 2011.
	if len(tab.Protocols) != 3 || len(votes) != 39 || votes["ak-parti"] != 232655 || votes["chp"] != 198126 || votes["mhp"] != 97930 {
		t.Errorf("%d protocols, %d choices, votes %v; want 3, 39, AK Parti 232655, CHP 198126, MHP 97930", len(tab.Protocols), len(votes), votes)
	}
}

// Turkey's presidential election of 2023 by province, both rounds in one
// long file: "secim" (an election) names the contest of each row, and
// the draft keeps one round, naming both; "aday" (a candidate) is the
// choice, never a part of the precinct's key; the province is named by
// its number plate code, "il_plaka", no choice's figure.
func TestDraftLongTurkeyTwoRounds(t *testing.T) {
	const name = "tr-cb2023-il.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "aday" || m.VotesColumn.Header != "oy" || m.Precinct.Header != "il_plaka" || m.Region != nil || m.Rows.String() != `secim = "2023cb1tur"` {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %v, region %v, rows %s; want long, aday, oy, il_plaka, none, secim = 2023cb1tur\n%s",
			m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, m.Region, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"2023cb2tur", "2023cb1tur"`) }) {
		t.Errorf("no guess names the two rounds:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 9 || len(votes) != 4 || votes["recep-tayyip-erdogan"] != 3351177 || votes["kemal-kilicdaroglu"] != 3137608 {
		t.Errorf("%d protocols, votes %v; want 9, Erdoğan 3351177, Kılıçdaroğlu 3137608 of 4", len(tab.Protocols), votes)
	}
}

// Turkey's voters abroad: 8 elections in one long file, the protocol's
// lines repeated on each row. The draft keeps one election by a filter
// on "secim", listing the others, never the lines as choices.
func TestDraftLongTurkeyAbroadContests(t *testing.T) {
	const name = "tr-yurtdisi.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "parti_aday" || m.VotesColumn.Header != "oy" || m.Rows.String() != `secim = "2023"` {
		t.Fatalf("layout %q, choice %v, votes %v, rows %s; want long, parti_aday, oy, secim = 2023\n%s",
			m.Shape, m.ChoiceColumn, m.VotesColumn, m.Rows, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `8 values`) && strings.Contains(g, `"2017referandum"`) }) {
		t.Errorf("no guess names the elections:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 1 || len(votes) != 25 || votes["ak-parti"] != 741632 || votes["chp"] != 387515 {
		t.Errorf("%d protocols, votes %v; want 1, AK Parti 741632, CHP 387515 of 25", len(tab.Protocols), votes)
	}
}

// Uruguay's votes by circuit and list (Flores, 2019): the list's number,
// "Descripcion1", names the choice though it is a number, and
// "CantidadVotos" is its votes (drafted wide, both were choices, their
// figures summed as votes). The party, "Lema", of each list is said, with
// how to count the parties instead.
func TestDraftLongListNumbers(t *testing.T) {
	const name = "uy-nac2019-flores-odd-head.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.long() || m.ChoiceColumn.Header != "Descripcion1" || m.VotesColumn.Header != "CantidadVotos" || m.Precinct.Header != "CRV" {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %v; want long, Descripcion1, CantidadVotos, CRV\n%s",
			m.Shape, m.ChoiceColumn, m.VotesColumn, m.Precinct, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `"Lema" names one party`) && strings.Contains(g, `"choice_rows": "sum"`)
	}) {
		t.Errorf("no guess says how to count the parties:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 8 || len(votes) != 18 || sum != 372 || votes["p711"] != 22 {
		t.Errorf("%d protocols, votes %v; want 8, 18 lists, 372 in all, 711: 22", len(tab.Protocols), votes)
	}
}

// The Turkish "aday" (a candidate) names a column of candidates only as a
// word: "parti_aday" and "aday adı" do, a surname such as "Faraday" and a
// word such as "Holidays" do not.
func TestCandidateWordIsWhole(t *testing.T) {
	for h, want := range map[string]bool{"parti_aday": true, "aday adı": true, "adaylar": true, "candidate": true,
		"faraday": false, "holidays": false, "saturday votes": false} {
		if got := candidateHeader(h); got != want {
			t.Errorf("candidateHeader(%q) = %v, want %v", h, got, want)
		}
		if got := choiceHeader(h); got != want {
			t.Errorf("choiceHeader(%q) = %v, want %v", h, got, want)
		}
	}
}
