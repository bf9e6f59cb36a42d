package ingest

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Kenya's Form 34B as crowd-entered: "iebc_total", the valid votes as
// the IEBC gives them, differs on some rows from "auto_sum", the sum of
// the four candidates; "counted" is a 0/1 flag. Neither sum nor the flag
// is a choice, and iebc_total is the valid votes.
func TestDraftMappingKenyaForm34B(t *testing.T) {
	const name = "EDITED-ke-2022-form34b-NAempty.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"mwaure", "raila", "ruto", "wajackoyah"}) {
		t.Errorf("votes %v, want the four candidates\n%s", got, strings.Join(m.Guesses, "\n"))
	}
	if m.Lines[election.Valid].Header != "iebc_total" || m.Lines[election.Voters].Header != "registered_voters" || m.Lines[election.Invalid].Header != "rejected_ballots" {
		t.Errorf("lines %v", m.Lines)
	}
	_, votes, lines := countReal(t, name, d)
	// The sums of the file (Python's csv module).
	if votes["raila"] != 1249886 || lines[election.Valid] != 3221233 {
		t.Errorf("raila %d, valid %d; want 1249886, 3221233", votes["raila"], lines[election.Valid])
	}
	// As published, "NA" in every figure of the constituencies not in:
	// the draft says "not_given": ["NA"], reads those cells as a count
	// will (empty: figures not given), and drafts the same mapping; the
	// count reads the same figures as of the edited file.
	pub, err := draftReal(t, "ke-2022-form34b.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pub.Mapping.NotGiven, []string{"NA"}) || !slices.Equal(slices.Sorted(maps.Keys(pub.Mapping.Votes)), slices.Sorted(maps.Keys(m.Votes))) ||
		pub.Mapping.Lines[election.Valid].Header != "iebc_total" {
		t.Errorf("the file as published: not_given %q, votes %v, lines %v\n%s", pub.Mapping.NotGiven, pub.Mapping.Votes, pub.Mapping.Lines, strings.Join(pub.Mapping.Guesses, "\n"))
	}
	if !slices.ContainsFunc(pub.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, `not_given: "NA"`) }) {
		t.Errorf("no guess says not_given: %q", pub.Mapping.Guesses)
	}
	_, pubVotes, pubLines := countReal(t, "ke-2022-form34b.csv", pub)
	if pubVotes["raila"] != votes["raila"] || pubLines[election.Valid] != lines[election.Valid] {
		t.Errorf("as published: raila %d, valid %d; edited: %d, %d", pubVotes["raila"], pubLines[election.Valid], votes["raila"], lines[election.Valid])
	}
}

// Afghanistan's Wolesi Jirga of 2010, Bamyan (SNTV), long: a station is
// its polling centre (PC) and its number there (PS), which its invalid
// votes, repeated on its rows, show; "Vote" is the votes column, not
// "Total_Invalid_Votes"; the candidates have votes in several districts,
// so the district is where a station lies and the province elects.
func TestDraftMappingAfghanistanStations(t *testing.T) {
	const name = "af-wj2010-bamyan-prelim.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.VotesColumn.Header != "Vote" || m.Lines[election.Invalid].Header != "Total_Invalid_Votes" {
		t.Fatalf("layout %q, votes %+v, lines %v\n%s", m.Shape, m.VotesColumn, m.Lines, strings.Join(m.Guesses, "\n"))
	}
	if len(m.Precinct.Columns) != 2 || m.Precinct.Columns[0].Header != "PC" || m.Precinct.Columns[1].Header != "PS" {
		t.Errorf("precinct %+v, want PC and PS", m.Precinct)
	}
	if m.Okrug == nil || m.Okrug.Header != "Province_EnglishName" || m.Region == nil || m.Region.Header != "District_EnglishName" || m.Ballot != string(election.OkrugBallot) {
		t.Errorf("okrug %v, region %v, ballot %q", m.Okrug, m.Region, m.Ballot)
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "Invalidated" || !slices.Equal(m.Rows.Where[0].Except, []string{"TRUE"}) {
		t.Errorf("rows %+v, want Invalidated except TRUE", m.Rows)
	}
	tab, votes, lines := countReal(t, name, d)
	// The sums of the cut (Python's csv module): 44 stations, 819 votes.
	var all int64
	for _, v := range votes {
		all += v
	}
	if len(tab.Protocols) != 44 || all != 819 || lines[election.Invalid] != 412 || votes["p42"] != 44 {
		t.Errorf("%d protocols, %d votes, %d invalid, p42 %d; want 44, 819, 412, 44", len(tab.Protocols), all, lines[election.Invalid], votes["p42"])
	}
}

// Afghanistan's presidential run-off of 2014, final: a station whose
// audit "Invalidated" it is left out by a row filter to confirm.
func TestDraftMappingAuditStatus(t *testing.T) {
	const name = "af-2014-runoff-final.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "post_audit_status" || !slices.Equal(m.Rows.Where[0].Except, []string{"Invalidated"}) {
		t.Fatalf("rows %+v\n%s", m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 157 || votes["100-1-1"] != 17777 || votes["101-1-13"] != 9944 {
		t.Errorf("%d protocols, votes %v; want 157, 17777, 9944", len(tab.Protocols), votes)
	}
}

// Malaysia's seat statistics of 1955: "voters_total" is the voters on the
// roll, "ballots_issued" the ballots issued; "n_candidates" counts the
// candidates and "ballots_not_returned_perc" is a percentage: no choice.
func TestDraftMappingMalaysiaSeatStats(t *testing.T) {
	const name = "my-ge-seat-stats.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{election.Voters: "voters_total", election.IssuedInRoom: "ballots_issued", election.Invalid: "votes_rejected", election.Valid: "votes_valid"}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v, want %q", l, m.Lines[l], h)
		}
	}
	if len(m.Lines) != len(want) || len(m.Votes) != 0 {
		t.Errorf("lines %v, votes %v\n%s", m.Lines, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	tab, _, lines := countReal(t, name, d)
	// The sums of GE-00's rows (Python's csv module).
	if len(tab.Protocols) != 52 || lines[election.Voters] != 1268248 || lines[election.IssuedInRoom] != 1027150 || lines[election.Valid] != 1001527 {
		t.Errorf("%d protocols, lines %v", len(tab.Protocols), lines)
	}
}

// Kedah's state election of 2023 writes its votes "10,701": the draft
// proposes "thousands": ",", and reads the file long (a row per seat and
// candidate), not taking the votes for percentages and the ballot order
// for a choice.
func TestDraftMappingThousandsCommas(t *testing.T) {
	d, err := draftReal(t, "my-kedah-prn2023-seats.csv")
	if err != nil {
		t.Fatal(err)
	}
	if m := readBack(t, d); m.Thousands != "," || m.VotesColumn == nil || m.VotesColumn.Header != "votes" || m.ChoiceColumn == nil || m.ChoiceColumn.Header != "name" {
		t.Errorf("thousands %q, votes %+v, choice %+v; want \",\", votes, name", m.Thousands, m.VotesColumn, m.ChoiceColumn)
	}
	in := "seat,ballot_order,Ann,Bob\nX,1,5,6\nY,2,7,8\nZ,3,9,1\n"
	d, err = DraftMapping(strings.NewReader(in), "o.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Mapping.Votes["ballot-order"]; ok {
		t.Errorf("votes %v: the ballot order taken for a choice", d.Mapping.Votes)
	}
}

// Slovakia's Statistical Office, the president of 2024 (sums by Python's
// csv module): long files of a
// row per okrsok (numbered in each obec) or obec and candidate, and a
// wide one of the okrsky's lines in Slovak; the codes of the region, the
// district and the ballot position are no choices.
func TestDraftMappingSlovakia(t *testing.T) {
	d, err := draftReal(t, "sk-prez2024-k2-tab03f.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	key := func(m Mapping) []string {
		var hs []string
		for _, c := range m.Precinct.Columns {
			hs = append(hs, c.Header)
		}
		return append(hs, m.Precinct.Header)
	}
	if !m.long() || m.ChoiceColumn.Header != "Priezvisko" || m.VotesColumn.Header != "Počet platných hlasov" || !slices.Equal(key(m), []string{"Kód obce", "Okrsok", ""}) {
		t.Fatalf("layout %q, choice %v, votes %v, precinct %v\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, key(m), strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, "sk-prez2024-k2-tab03f.csv", d)
	if len(tab.Protocols) != 24 || votes["korcok"] != 15575 {
		t.Errorf("%d protocols, Korčok %d; want 24, 15575", len(tab.Protocols), votes["korcok"])
	}

	if d, err = draftReal(t, "sk-prez2024-k1-tab03e.csv"); err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	if !m.long() || m.Precinct.Header != "Kód obce" || len(m.ChoiceValues) != 11 {
		t.Fatalf("layout %q, precinct %v, choices %v\n%s", m.Shape, key(m), m.ChoiceValues, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ = countReal(t, "sk-prez2024-k1-tab03e.csv", d)
	if len(tab.Protocols) != 3 || votes["pellegrini"] != 15337 {
		t.Errorf("%d protocols, Pellegrini %d; want 3, 15337", len(tab.Protocols), votes["pellegrini"])
	}

	if d, err = draftReal(t, "sk-prez2024-k2-tab02e.csv"); err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	want := map[election.Line]string{election.Voters: "Počet zapísaných voličov", election.IssuedInRoom: "Počet zúčastnených voličov",
		election.FoundStationary: "Počet odovzdaných obálok", election.Valid: "Počet platných hlasov pre všetkých kandidátov"}
	for l, h := range want {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v, want %q", l, m.Lines[l], h)
		}
	}
	if len(m.Votes) != 0 || !slices.Equal(key(m), []string{"Kód obce", "Okrsok", ""}) {
		t.Errorf("votes %v, precinct %v\n%s", m.Votes, key(m), strings.Join(m.Guesses, "\n"))
	}
	tab, _, lines := countReal(t, "sk-prez2024-k2-tab02e.csv", d)
	if len(tab.Protocols) != 24 || lines[election.Voters] != 30219 || lines[election.Valid] != 21365 {
		t.Errorf("%d protocols, lines %v", len(tab.Protocols), lines)
	}
}

// Bolivia's OEP cómputo (sums by Python's csv module): the voters on the
// list ("Inscritos", "INSCRITOS_HABILITADOS", "HAB") are no party; the
// invalid ballots are the blank and the null ones where the valid votes
// are the parties' alone; the codes of the circumscriptions are no
// choices; "VOTO_VALIDO", "VV" and "VOTO_EMITIDO" are lines.
func TestDraftMappingBolivia(t *testing.T) {
	d, err := draftReal(t, "bo-2019-computo.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	inv := m.Lines[election.Invalid]
	if m.Lines[election.Voters].Header != "Inscritos" || m.Lines[election.Valid].Header != "Votos Válidos" || len(inv.Columns) != 2 || inv.Columns[0].Header != "Blancos" || inv.Columns[1].Header != "Nulos" || len(m.Votes) != 9 {
		t.Fatalf("lines %v, votes %v\n%s", m.Lines, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, "bo-2019-computo.csv", d)
	if len(tab.Protocols) != 30 || lines[election.Voters] != 6678 || lines[election.Invalid] != 103 || votes["mas-ipsp"] != 1849 {
		t.Errorf("%d protocols, lines %v, MAS %d", len(tab.Protocols), lines, votes["mas-ipsp"])
	}

	if d, err = draftReal(t, "bo-2020-comp-0138.csv"); err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	for l, h := range map[election.Line]string{election.Voters: "INSCRITOS_HABILITADOS", election.Valid: "VOTO_VALIDO", election.FoundStationary: "VOTO_EMITIDO"} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %+v, want %q", l, m.Lines[l], h)
		}
	}
	for _, c := range m.Votes {
		if strings.Contains(c.Header, "VOTO") || strings.Contains(c.Header, "CIRCUNSCRIPCION") || strings.Contains(c.Header, "INSCRITOS") {
			t.Errorf("votes %v: %q taken for a choice", m.Votes, c.Header)
		}
	}
	tab, _, lines = countReal(t, "bo-2020-comp-0138.csv", d)
	if len(tab.Protocols) != 20 || lines[election.Voters] != 4172 || lines[election.FoundStationary] != 2660 || lines[election.Invalid] != 100 {
		t.Errorf("%d protocols, lines %v", len(tab.Protocols), lines)
	}

	if d, err = draftReal(t, "bo-2020-comp-2258.csv"); err != nil {
		t.Fatal(err)
	}
	m = d.Mapping
	inv = m.Lines[election.Invalid]
	if m.Lines[election.Voters].Header != "HAB" || m.Lines[election.Valid].Header != "VV" || len(inv.Columns) != 2 || inv.Columns[0].Header != "BL" || inv.Columns[1].Header != "NU" {
		t.Errorf("lines %v\n%s", m.Lines, strings.Join(m.Guesses, "\n"))
	}
	for _, id := range []string{"bl", "nu", "hab", "vv", "voto-emitido", "voto-valido-sistema", "voto-emitido-sistema", "circunscripcion-uninominal"} {
		if _, ok := m.Votes[id]; ok {
			t.Errorf("votes %v: %s taken for a choice", m.Votes, id)
		}
	}
	tab, votes, lines = countReal(t, "bo-2020-comp-2258.csv", d)
	if len(tab.Protocols) != 29 || lines[election.Voters] != 5727 || lines[election.Valid] != 3510 || votes["mas"] != 2481 {
		t.Errorf("%d protocols, lines %v, MAS %d", len(tab.Protocols), lines, votes["mas"])
	}
}

// Chile's presidential election of 2021 by mesa, with a researcher's
// columns: voters by age range ("18-19", "80+"), expected values
// ("E_GABRIEL BORIC"), p-values of -1 and differences ("DIF_...", some
// negative). The seven candidates alone are choices (sums by Python's csv
// module).
func TestDraftMappingDerivedColumns(t *testing.T) {
	const name = "cl-2021-putre.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := []string{"eduardo-artes", "franco-aldo-parisi", "gabriel-boric", "jose-antonio-kast", "marco-enriquez-ominami", "sebastian-sichel", "yasna-provoste"}
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, want) {
		t.Fatalf("votes %v, want %v\n%s", got, want, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 16 || votes["gabriel-boric"] != 128 {
		t.Errorf("%d protocols, Boric %d; want 16, 128", len(tab.Protocols), votes["gabriel-boric"])
	}
	// One negative cell among many rows is a protocol's error, in a
	// choice's column maybe: the column stays a choice.
	in := "precinct,Ann,Bob\n"
	for k := 1; k <= 12; k++ {
		bob := "6"
		if k == 3 {
			bob = "-4"
		}
		in += strconv.Itoa(k) + "," + strconv.Itoa(k) + "," + bob + "\n"
	}
	if d, err = DraftMapping(strings.NewReader(in), "neg.csv"); err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Mapping.Votes["bob"]; !ok {
		t.Errorf("votes %v: one negative cell left Bob out", d.Mapping.Votes)
	}
}

// Maine's OpenElections file gives each county's total in a row whose
// precinct cell ends with "Total" ("CUMBERLAND Total"): left out by a
// row filter to confirm (sums by Python's csv module).
func TestDraftMappingCountyTotalRows(t *testing.T) {
	const name = "us-me-2020-pres-andro-cumb.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "precinct" || !slices.Contains(m.Rows.Where[0].Except, "CUMBERLAND Total") {
		t.Fatalf("rows %+v\n%s", m.Rows, strings.Join(m.Guesses, "\n"))
	}
	_, votes, _ := countReal(t, name, d)
	if votes["joe-biden"] != 156376 {
		t.Errorf("Biden %d, want 156376", votes["joe-biden"])
	}
}

// votemanager's open data of Nordstemmen, 2021 (sums by Python's csv
// module): the lines by their codes A (voters), B (who voted), C (invalid)
// and D (valid), the choices D1, D2, ...; in the Kreiswahl, of three
// votes, C1 and C2 the invalid and the valid ballots, and each list's
// sum with its candidates the choice. A1..A3 and B1 are no choices.
func TestDraftMappingVotemanager(t *testing.T) {
	for _, c := range []struct {
		name                 string
		invalid, valid, d1   string
		choices              int
		voters, found, votes int64
	}{
		{"de-nds-landrat2021-nordstemmen.csv", "C", "D", "D1", 5, 10149, 6306, 2683},
		{"de-nds-stichwahl2021-nordstemmen.csv", "C", "D", "D1", 2, 10145, 6839, 4209},
		{"de-nds-kreiswahl2021-nordstemmen.csv", "C1", "C2", "D1_summe_liste_kandidaten", 8, 10149, 6307, 7555},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := draftReal(t, c.name)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Mapping
			want := map[election.Line]string{election.Voters: "A", election.FoundStationary: "B", election.Invalid: c.invalid, election.Valid: c.valid}
			if got := lineHeaders(m); !maps.Equal(got, want) || len(m.Votes) != c.choices || m.Votes["d1"].Header != c.d1 {
				t.Fatalf("lines %v, votes %v; want %v, %d choices\n%s", got, m.Votes, want, c.choices, strings.Join(m.Guesses, "\n"))
			}
			tab, votes, lines := countReal(t, c.name, d)
			if len(tab.Protocols) != 23 || lines[election.Voters] != c.voters || lines[election.FoundStationary] != c.found || votes["d1"] != c.votes {
				t.Errorf("%d protocols, lines %v, d1 %d", len(tab.Protocols), lines, votes["d1"])
			}
		})
	}
}

// Brazil's TSE boletim de urna of 2024: the codes (CD_TIPO_ELEICAO,
// CD_CARGO_PERGUNTA, CD_TIPO_VOTAVEL) and the abstentions are no choices,
// QT_APTOS is the voters and QT_COMPARECIMENTO those who came; the
// office (DS_CARGO_PERGUNTA) is the contest of each row.
func TestDraftMappingBrazilBweb(t *testing.T) {
	d, err := draftReal(t, "br-2024-maragogipe-bweb.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Lines[election.Voters].Header != "QT_APTOS" || m.Lines[election.FoundStationary].Header != "QT_COMPARECIMENTO" {
		t.Errorf("lines %v\n%s", m.Lines, strings.Join(m.Guesses, "\n"))
	}
	for _, c := range m.Votes {
		if strings.HasPrefix(c.Header, "CD_") || c.Header == "QT_ABSTENCOES" || c.Header == "QT_APTOS" || c.Header == "QT_COMPARECIMENTO" {
			t.Errorf("votes %v: %q taken for a choice", m.Votes, c.Header)
		}
	}
	if m.Rows == nil || m.Rows.Where[0].Column.Header != "DS_CARGO_PERGUNTA" {
		t.Errorf("rows %+v, want the office's filter", m.Rows)
	}
}

// Elections Canada's results of 2025, one row per riding and candidate,
// preliminary and, for 6 of the 18 ridings, validated ("Type of results"):
// long, the rows of the kind of the most rows (the preliminary, every
// riding's) kept by a filter to confirm, and the guess says the other
// kind gives fewer areas; keeping the validated would count 6 ridings of
// 18 (sums by Python's csv module).
func TestDraftMappingKindOfResults(t *testing.T) {
	const name = "ca-ge45-preliminary-head.tsv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "Surname - Nom de famille" || m.VotesColumn.Header != "Votes obtained - Votes obtenus" {
		t.Fatalf("layout %q, choice %v, votes %v\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	if m.Rows == nil || m.Rows.Where[0].Column.Header != "Type of results*" || !slices.Equal(m.Rows.Where[0].Values, []string{"preliminary"}) {
		t.Errorf("rows %+v, want the preliminary rows", m.Rows)
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.Contains(g, `"validated" gives 31 rows, not every area's`) }) {
		t.Errorf("no guess says the validated rows are fewer:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	var all int64
	for _, v := range votes {
		all += v
	}
	if len(tab.Protocols) != 18 || all != 737733 {
		t.Errorf("%d protocols, %d votes; want 18, 737733", len(tab.Protocols), all)
	}
}

// Belarus's Golos platform, 2020: each station's official protocol beside
// the platform's photos and its users, a column per candidate and source
// ("lukashenko_officialVotes", "lukashenko_photoVoices",
// "lukashenko_registered"): the official source is drafted, its total
// and voters as lines, the other sources named in a guess (sums by
// Python's csv module).
func TestDraftMappingSources(t *testing.T) {
	const name = "by-2020-voice.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{election.Voters: "officialVoters", election.FoundStationary: "officialVotes", election.Invalid: "corrupted_officialVotes"}
	if got := lineHeaders(m); !maps.Equal(got, want) || len(m.Votes) != 6 || m.Votes[election.AgainstAll].Header != "against_officialVotes" || m.Votes["lukashenko"].Header != "lukashenko_officialVotes" {
		t.Fatalf("lines %v, votes %v\n%s", got, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	if !slices.ContainsFunc(m.Guesses, func(g string) bool {
		return strings.Contains(g, `3 sources side by side`) && strings.Contains(g, `"photoVoices"`)
	}) {
		t.Errorf("no guess names the other sources:\n%s", strings.Join(m.Guesses, "\n"))
	}
	tab, votes, lines := countReal(t, name, d)
	if len(tab.Protocols) != 76 || votes["lukashenko"] != 31710 || lines[election.Voters] != 71989 {
		t.Errorf("%d protocols, Lukashenko %d, voters %d; want 76, 31710, 71989", len(tab.Protocols), votes["lukashenko"], lines[election.Voters])
	}
}

// Ecuador's CNE, 2021, by junta receptora del voto, long and
// '|'-separated: the choice is the party's code (COD_PARTIDO), not the
// junta's sex (SEX_JUNTA, F or M); the party's number (NUM_PARTIDO) is
// no part of the junta's key (sums by Python's csv module).
func TestDraftMappingEcuadorJuntas(t *testing.T) {
	const name = "ec-2021-cne-juntas.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if !m.long() || m.ChoiceColumn.Header != "COD_PARTIDO" || m.VotesColumn.Header != "FIN_RESULTADO" {
		t.Fatalf("layout %q, choice %v, votes %v\n%s", m.Shape, m.ChoiceColumn, m.VotesColumn, strings.Join(m.Guesses, "\n"))
	}
	for _, c := range m.Precinct.Columns {
		if strings.Contains(c.Header, "PARTIDO") {
			t.Errorf("precinct %v: the party in the key", m.Precinct)
		}
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 21 || votes["p1030"] != 992 {
		t.Errorf("%d protocols, votes %v; want 21, p1030 992", len(tab.Protocols), votes)
	}
}

// Cells that say a figure is not given are read as such by the draft only
// when whole rows say it (two columns or more on each such row): one
// column's "#N/A" (Israel's 1999 file, a locality's code a spreadsheet
// failed to look up) is no figure not given, and its column no figures.
func TestRowsNotGiven(t *testing.T) {
	rows := [][]string{{"a", "1", "2", "3"}, {"b", "NA", "NA", "NA"}, {"c", "4", "5", "6"}}
	if got := rowsNotGiven(rows, []int{1, 2, 3}); !slices.Equal(got, []int{1, 2, 3}) {
		t.Errorf("whole rows of NA: %v", got)
	}
	rows[1][2] = "7"
	rows[1][3] = "8"
	if got := rowsNotGiven(rows, []int{1, 2, 3}); got != nil {
		t.Errorf("one column's NA: %v, want none", got)
	}
	if got := rowsNotGiven(rows, []int{1}); got != nil {
		t.Errorf("one column: %v, want none", got)
	}
}
