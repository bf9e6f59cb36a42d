package ingest

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// draftReal drafts the mapping of a file of testdata/ingest/real (results
// files of other countries, README.md there says whose).
func draftReal(t *testing.T, name string) (*Draft, error) {
	t.Helper()
	f, err := os.Open("../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return DraftMapping(f, name)
}

// readBack reads the JSON of a draft as a mapping, as a count would.
func readBack(t *testing.T, d *Draft) Mapping {
	t.Helper()
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(bytes.NewReader(b), "draft.json")
	if err != nil {
		t.Fatalf("the draft does not read back: %v\n%s", err, b)
	}
	return m
}

// A file without a header row (Bulgaria's CIK) is an error of the draft
// that says so, never a mapping that does not read back (the
// Bundeswahlleiter's header of three rows was one too, before header_rows:
// `votes.endg-ltig: bad mapping: "Endgültig" is already mapped to
// precinct`).
func TestDraftMappingNoHeaderRow(t *testing.T) {
	cases := []struct {
		file string
		line int
	}{
		{"bg-pe2013-votes.txt", 1},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := draftReal(t, c.file)
			var pe *ParseError
			if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Line != c.line {
				t.Fatalf("err %v (draft %v), want ErrMapping at line %d", err, d, c.line)
			}
		})
	}
}

// A repeated header of a column the draft has no use for leaves that
// column out, said in a guess; the rest is drafted.
func TestDraftMappingRepeatedHeaderLeftOut(t *testing.T) {
	const in = "precinct,valid,A,A,B\n1,10,3,2,5\n2,12,6,1,5\n"
	d, err := DraftMapping(strings.NewReader(in), "p.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if len(m.Votes) != 1 || m.Votes["b"].Header != "B" {
		t.Errorf("votes %v, want B alone", m.Votes)
	}
	if !strings.Contains(strings.Join(m.Guesses, "\n"), `columns 3 and 4 alike ("A")`) {
		t.Errorf("no guess names the repeated header:\n%s", strings.Join(m.Guesses, "\n"))
	}
}

// A long file whose choices are numbers (Bulgaria's section_id;party;votes)
// is drafted long, not as two choices "party" and "votes" summed.
func TestDraftMappingLongNumberedChoices(t *testing.T) {
	d, err := draftReal(t, "bg-2021-11-votes-paper.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Shape != "long" || m.ChoiceColumn.Header != "party" || m.VotesColumn.Header != "votes" {
		t.Fatalf("layout %q, choice %v, votes %v; want long, party, votes", m.Shape, m.ChoiceColumn, m.VotesColumn)
	}
	if len(m.ChoiceValues) != 35 || m.ChoiceValues["17"] != "p17" {
		t.Errorf("%d choice values, 17 is %q; want 35, p17", len(m.ChoiceValues), m.ChoiceValues["17"])
	}
	tab, err := ReadCSV(strings.NewReader(readFile(t, "../testdata/ingest/real/bg-2021-11-votes-paper.csv")), "v.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 2 || tab.Protocols[0].Votes["p104"] != 34 {
		t.Errorf("protocols %+v, want 2, the first with 34 votes for 104", tab.Protocols)
	}
}

// The PKW's file: the lines of the built-in form are mapped (invalid as
// the sum of the invalid papers and the invalid votes), the other
// "Liczba ..." lines and the "W tym ..." parts are no choices, the lists
// are, with IDs in plain letters; a column empty on every row is said so,
// and so is a row with no votes (the count finds them not given).
func TestDraftMappingPolish(t *testing.T) {
	d, err := draftReal(t, "pl-sejm2023-gminy.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	for l, h := range map[election.Line]string{
		election.Voters:    "Liczba wyborców uprawnionych do głosowania",
		election.Valid:     "Liczba głosów ważnych oddanych łącznie na wszystkie listy kandydatów",
		election.Received:  "Komisja otrzymała kart do głosowania",
		election.Cancelled: "Nie wykorzystano kart do głosowania",
	} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %q, want %q", l, m.Lines[l].Header, h)
		}
	}
	if got := m.Lines[election.Invalid]; !reflect.DeepEqual(got, sumOf("Liczba kart nieważnych", "Liczba głosów nieważnych")) {
		t.Errorf("lines.invalid %+v: the PKW's invalid ballots and votes are two lines, the form's invalid their sum", got)
	}
	if len(m.Votes) != 7 {
		t.Errorf("%d choices, want the 7 lists with figures: %v", len(m.Votes), m.Votes)
	}
	for id, c := range m.Votes {
		if !strings.HasPrefix(c.Header, "KOMITET") && !strings.HasPrefix(c.Header, "KOALICYJNY") {
			t.Errorf("votes.%s %q is no list", id, c.Header)
		}
	}
	// (Each ID without "Komitet Wyborczy", which most lists' names
	// start with: the first 32 letters of the headers left the two
	// coalitions "koalicyjny-komitet-wyborczy-koal" and "-trze".)
	for id, h := range map[string]string{
		"prawo-i-sprawiedliwosc":           "KOMITET WYBORCZY PRAWO I SPRAWIEDLIWOŚĆ",
		"koalicja-obywatelska-po-n-ipl-zi": "KOALICYJNY KOMITET WYBORCZY KOALICJA OBYWATELSKA PO .N IPL ZIELONI",
		"trzecia-droga-polska-2050-szymon": "KOALICYJNY KOMITET WYBORCZY TRZECIA DROGA POLSKA 2050 SZYMONA HOŁOWNI - POLSKIE STRONNICTWO LUDOWE",
	} {
		if c := m.Votes[id]; c.Header != h {
			t.Errorf("no choice %s %q: %v", id, h, m.Votes)
		}
	}
	all := strings.Join(m.Guesses, "\n")
	for _, want := range []string{
		`"KOMITET WYBORCZY ANTYPARTIA" is not mapped: each of its cells is empty`,
		"1 of 5 rows give no choice's votes: an empty cell is not given, never 0", // Irak's
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no guess says %q:\n%s", want, all)
		}
	}
}

// slug writes Latin letters with marks as their base letter.
func TestSlugLatinMarks(t *testing.T) {
	for in, want := range map[string]string{
		"SZELIGA Sławomir - KW":           "szeliga-slawomir-kw",
		"BÜNDNIS 90/DIE GRÜNEN":           "bundnis-90-die-grunen",
		"Partidul Social Democrat Ș":      "partidul-social-democrat-s",
		"Ökologisch-Demokratische Straße": "okologisch-demokratische-strasse",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Mexico's INE: "|" between cells and a line above the header; the
// state's number that the draft takes for the precinct repeats, and a
// guess says so; LISTA_NOMINAL and NULOS are the lines voters and invalid.
func TestDraftMappingPipeINE(t *testing.T) {
	d, err := draftReal(t, "mx-consulta2021-muestra.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Delimiter != "|" || m.SkipRows != 1 {
		t.Errorf("delimiter %q, skip_rows %d; want \"|\", 1", m.Delimiter, m.SkipRows)
	}
	if m.Lines[election.Voters].Header != "LISTA_NOMINAL" || m.Lines[election.Invalid].Header != "NULOS" {
		t.Errorf("lines %v", m.Lines)
	}
	// (ID_ESTADO, 1 on every row of the cut, names no one precinct, nor
	// ID_CASILLA, which repeats: the draft names the casilla by its six
	// columns, as the INE does, the state the region.)
	key := Column{Columns: []Column{{Header: "ID_ESTADO"}, {Header: "ID_DISTRITO_FEDERAL"}, {Header: "SECCION"}, {Header: "TIPO_CASILLA"}, {Header: "ID_CASILLA"}, {Header: "EXT_CONTIGUA"}}}
	if !reflect.DeepEqual(m.Precinct, key) || m.Region == nil || m.Region.Header != "ID_ESTADO" ||
		!strings.Contains(strings.Join(m.Guesses, "\n"), `(column 5 "ID_CASILLA" alone repeats on 2 rows, the first "1")`) {
		t.Errorf("precinct %+v, region %+v:\n%s", m.Precinct, m.Region, strings.Join(m.Guesses, "\n"))
	}
	// So mapped, the file is read.
	m.Precinct = key
	m.Votes = map[string]Column{"si": {Header: "SI"}, "no": {Header: "NO"}}
	m.Guesses = nil
	for _, o := range []Options{{}, {Concurrent: true, chunkBytes: 64}} {
		tab, err := ReadCSV(strings.NewReader(readFile(t, "../testdata/ingest/real/mx-consulta2021-muestra.txt")), "mx.txt", m, o)
		if err != nil {
			t.Fatal(err)
		}
		var si int64
		for _, p := range tab.Protocols {
			si += p.Votes["si"]
		}
		if len(tab.Protocols) != 4 || si != 26+7+56+64 || tab.Protocols[0].Precinct != "1 / 1 / 355 / B / 1 / 0" {
			t.Errorf("%+v: %d protocols, the first %q, SI %d", o, len(tab.Protocols), tab.Protocols[0].Precinct, si)
		}
	}
}

// English names in snake_case: of "pre_registered_voters" and
// "registered_voters" the one of fewer words is the line voters (it was
// the first); the machine's "valid_..." beside the paper's is no choice
// but a part of the line valid: the ballots voted by machine are others
// than those on paper (this file's first section voted by machine alone:
// 0 on paper, 329 by machine), and neither is a column of "ballots".
func TestDraftMappingEnglishSnakeCase(t *testing.T) {
	d, err := draftReal(t, "bg-2021-11-protocols.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	valid := m.Lines[election.Valid].Columns
	if m.Lines[election.Voters].Header != "registered_voters" || len(valid) != 2 ||
		valid[0].Header != "valid_paper_votes_for_parties" || valid[1].Header != "valid_machine_votes_for_parties" {
		t.Errorf("lines %v", m.Lines)
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, "the ballots voted on paper and by machine apart") {
		t.Errorf("no guess says why valid is a sum:\n%s", g)
	}
	for id, c := range m.Votes {
		if strings.Contains(c.Header, "ballots") || strings.Contains(c.Header, "valid") {
			t.Errorf("votes.%s %q is a line, not a choice", id, c.Header)
		}
	}
}

// The Bundeswahlleiter's header of three rows is drafted with
// header_rows: the lines and each party's Zweitstimmen (Endgültig) by
// their joined headers, the precinct by "Nr", the region by "gehört zu",
// and the Land's row, which the Wahlkreise belong to, left out. Read with
// the draft, the file gives the Land's published figures.
func TestDraftMappingKerg(t *testing.T) {
	d, err := draftReal(t, "de-btw17-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.HeaderRows != 3 || m.SkipRows != 0 || m.Precinct.Header != "Nr" || m.Region == nil || m.Region.Header != "gehört zu" {
		t.Errorf("header_rows %d, skip_rows %d, precinct %v, region %v", m.HeaderRows, m.SkipRows, m.Precinct, m.Region)
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Except, []string{"99"}) {
		t.Errorf("rows %v, want the rows of \"gehört zu\" 99 left out", m.Rows)
	}
	if h := m.Lines[election.Voters].Header; h != "Wahlberechtigte / Zweitstimmen / Endgültig" {
		t.Errorf("voters %q", h)
	}
	for id, c := range m.Votes {
		if !strings.HasSuffix(c.Header, " / Zweitstimmen / Endgültig") || strings.Contains(id, "zweitstimmen") {
			t.Errorf("votes.%s: %q", id, c.Header)
		}
	}
	if c := m.Votes["christlich-demokratische-union-d"]; c.Header != "Christlich Demokratische Union Deutschlands / Zweitstimmen / Endgültig" {
		t.Errorf("CDU %q, votes %v", c.Header, m.Votes)
	}
	f, err := os.Open("../testdata/ingest/real/de-btw17-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tab, err := ReadCSV(f, "kerg.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var voters, cdu int64
	for _, p := range tab.Protocols {
		voters += p.Lines[election.Voters]
		cdu += p.Votes["christlich-demokratische-union-d"]
	}
	// Row 15, the Land: Wahlberechtigte 2266012, CDU 583135 (Zweitstimmen, Endgültig).
	if len(tab.Protocols) != 11 || tab.LeftOut != 1 || voters != 2266012 || cdu != 583135 || tab.Lines[0] != 4 {
		t.Errorf("%d protocols (%d left out) from line %d, voters %d, CDU %d; want 11 (1) from line 4, 2266012, 583135", len(tab.Protocols), tab.LeftOut, tab.Lines[0], voters, cdu)
	}
}

// A spreadsheet's header of two rows under a title, a party's name merged
// over its votes and its previous votes: the draft finds the header below
// the row it starts on, and maps the votes.
func TestDraftMappingMergedCells(t *testing.T) {
	const in = "Results by ward\n" +
		"Ward,Electorate,Party A,,Party B,\n" +
		",,Votes,Previous,Votes,Previous\n" +
		"1,100,10,9,20,19\n2,120,15,11,25,21\n3,90,12,10,22,20\n"
	d, err := DraftMapping(strings.NewReader(in), "w.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	want := map[string]Column{"party-a": {Header: "Party A / Votes"}, "party-b": {Header: "Party B / Votes"}}
	if m.SkipRows != 1 || m.HeaderRows != 2 || m.Precinct.Header != "Ward" || m.Lines[election.Voters].Header != "Electorate" || !reflect.DeepEqual(m.Votes, want) {
		t.Errorf("skip_rows %d, header_rows %d, precinct %v, lines %v, votes %v", m.SkipRows, m.HeaderRows, m.Precinct, m.Lines, m.Votes)
	}
	if g := strings.Join(m.Guesses, "\n"); !strings.Contains(g, `maps those of "Votes", not those of "Previous": the previous election's figures`) {
		t.Errorf("guesses:\n%s", g)
	}
	tab, err := ReadCSV(strings.NewReader(in), "w.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 3 || tab.Protocols[2].Votes["party-b"] != 22 || tab.Lines[0] != 4 {
		t.Errorf("%v: %+v at %v", err, tab.Protocols, tab.Lines)
	}
}

// A polling station named by its building, two stations in one building
// (Brest: "CENTRE TECHNIQUE MUNICIPAL" is bureaux 103 and 104): the draft
// names a precinct by the number beside the name and the name, and takes
// "Votants" for the ballots found.
func TestDraftMappingFrenchBureaux(t *testing.T) {
	d, err := draftReal(t, "fr-leg2022-brest-t1.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if len(m.Precinct.Columns) != 2 || m.Precinct.Columns[0].Header != "Numéro" || m.Precinct.Columns[1].Header != "Bureau" {
		t.Errorf("precinct %v, want the columns Numéro and Bureau", m.Precinct)
	}
	if h := m.Lines[election.FoundStationary].Header; h != "Votants" {
		t.Errorf("found_stationary %q, want Votants", h)
	}
	n := 0
	_, err = ScanRows(mustOpen(t, "../testdata/ingest/real/fr-leg2022-brest-t1.csv"), "brest", m, Options{CheckConflicts: true}, func(row *Row) error {
		n++
		return nil
	})
	if err != nil || n != 10 {
		t.Fatalf("%d rows read, %v; want the file's 10, no duplicate", n, err)
	}
}

func mustOpen(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// sumOf is a mapping's column that sums the columns headed so.
func sumOf(headers ...string) Column {
	var c Column
	for _, h := range headers {
		c.Columns = append(c.Columns, Column{Header: h})
	}
	return c
}

// votesNamed returns the choices of m whose header's top part is one of
// tops: columns the draft must not take for choices.
func votesNamed(m Mapping, tops ...string) []string {
	var bad []string
	for id, c := range m.Votes {
		if slices.Contains(tops, headerParts(c.Header)[0]) {
			bad = append(bad, id+": "+c.Header)
		}
	}
	slices.Sort(bad)
	return bad
}

// kerg.csv of 2025 words those who voted "Wählende" (2013 and 2017:
// "Wähler"): the ballots found, never a party (it was one, with 832,921
// votes and half the seats).
func TestDraftMappingKerg2025(t *testing.T) {
	d, err := draftReal(t, "de-btw25-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.SkipRows != 5 || m.HeaderRows != 3 || m.Precinct.Header != "Nr" || m.Region == nil || m.Region.Header != "gehört zu" {
		t.Errorf("skip_rows %d, header_rows %d, precinct %v, region %v", m.SkipRows, m.HeaderRows, m.Precinct, m.Region)
	}
	for l, h := range map[election.Line]string{
		election.Voters:          "Wahlberechtigte / Zweitstimmen / Vorläufig",
		election.FoundStationary: "Wählende / Zweitstimmen / Vorläufig",
		election.Invalid:         "Ungültige Stimmen / Zweitstimmen / Vorläufig",
		election.Valid:           "Gültige Stimmen / Zweitstimmen / Vorläufig",
	} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %q, want %q", l, m.Lines[l].Header, h)
		}
	}
	if bad := votesNamed(m, "Wählende", "Wahlberechtigte", "Ungültige Stimmen", "Gültige Stimmen", "Nr", "gehört zu"); len(bad) > 0 {
		t.Errorf("not choices: %v", bad)
	}
	if len(m.Votes) != 13 || m.Votes["christlich-demokratische-union-d"].Header != "Christlich Demokratische Union Deutschlands / Zweitstimmen / Vorläufig" {
		t.Errorf("%d choices, want the 13 parties with figures: %v", len(m.Votes), m.Votes)
	}
}

// kerg.csv of 2013: "gehört" over "zu" is the column of the area a row
// belongs to, as "gehört zu" is (2017), so the Land's row is left out;
// the electorate and those who voted are given under "Erststimmen" alone
// (their "Zweitstimmen" cells are empty), and the parties that did not
// stand in a Land have empty cells there: not on its ballot.
func TestDraftMappingKerg2013(t *testing.T) {
	d, err := draftReal(t, "de-btw13-kerg.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.SkipRows != 2 || m.HeaderRows != 3 || m.Precinct.Header != "Nr" || m.Region == nil || m.Region.Header != "gehört / zu" {
		t.Errorf("skip_rows %d, header_rows %d, precinct %v, region %v", m.SkipRows, m.HeaderRows, m.Precinct, m.Region)
	}
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "gehört / zu" || !slices.Equal(m.Rows.Where[0].Except, []string{"99"}) {
		t.Errorf("rows %+v, want the rows of \"gehört / zu\" 99 left out", m.Rows)
	}
	for l, h := range map[election.Line]string{
		election.Voters:          "Wahlberechtigte / Erststimmen / Vorläufig",
		election.FoundStationary: "Wähler / Erststimmen / Vorläufig",
		election.Invalid:         "Ungültige / Zweitstimmen / Vorläufig",
		election.Valid:           "Gültige / Zweitstimmen / Vorläufig",
	} {
		if m.Lines[l].Header != h {
			t.Errorf("lines.%s %q, want %q", l, m.Lines[l].Header, h)
		}
	}
	if bad := votesNamed(m, "gehört", "Wahlberechtigte", "Wähler", "Ungültige", "Gültige", "Nr"); len(bad) > 0 {
		t.Errorf("not choices: %v", bad)
	}
	for id := range m.Votes {
		if strings.Contains(id, "zweitstimmen") {
			t.Errorf("votes.%s: the parts every party shares are in its ID", id)
		}
	}
	if m.EmptyVotes != EmptyVotesNotOnBallot {
		t.Errorf("empty_votes %q, want %q: ÖDP and Die PARTEI are empty in 10 rows that give other votes", m.EmptyVotes, EmptyVotesNotOnBallot)
	}
	g := strings.Join(m.Guesses, "\n")
	if !strings.Contains(g, `not column 6 "Wahlberechtigte / Zweitstimmen / Vorläufig", whose cells are all empty`) {
		t.Errorf("no guess says why voters is the Erststimmen column:\n%s", g)
	}
	tab, err := ReadCSV(mustOpen(t, "../testdata/ingest/real/de-btw13-kerg.csv"), "kerg13.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The Wahlkreise: 1 to 11 and 18, 19 (the Land's row is 99's);
	// 10 and 18 give no figures yet (Zwischenergebnis).
	var voters, cdu int64
	for _, p := range tab.Protocols {
		voters += p.Lines[election.Voters]
		cdu += p.Votes["cdu"]
	}
	if len(tab.Protocols) != 13 || tab.LeftOut != 1 || voters != 226833+185650+176579+199047+205216+173875+235236+242841+179437+181921+182776 {
		t.Errorf("%d protocols (%d left out), voters %d", len(tab.Protocols), tab.LeftOut, voters)
	}
	if cdu == 0 {
		t.Errorf("no CDU votes: %v", m.Votes)
	}
}

// The PKW's presidential election of 2020 by gmina: the municipality's
// code ("Kod TERYT", one per row) is the precinct, never a candidate, and
// the district commission's number ("Nr OKW", which repeats) no choice;
// the form's invalid is the invalid papers and the invalid votes summed.
func TestDraftMappingPolishPresident(t *testing.T) {
	d, err := draftReal(t, "pl-prez2020-t2-gminy.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "Kod TERYT" {
		t.Errorf("precinct %v, want Kod TERYT", m.Precinct)
	}
	if got := m.Lines[election.Invalid]; !reflect.DeepEqual(got, sumOf("Liczba kart nieważnych", "Liczba głosów nieważnych")) {
		t.Errorf("lines.invalid %+v", got)
	}
	if m.Lines[election.Voters].Header != "Liczba wyborców uprawnionych do głosowania" || m.Lines[election.Valid].Header != "Liczba głosów ważnych oddanych łącznie na wszystkich kandydatów" {
		t.Errorf("lines %v", m.Lines)
	}
	want := map[string]Column{"andrzej-sebastian-duda": {Header: "Andrzej Sebastian DUDA"}, "rafal-kazimierz-trzaskowski": {Header: "Rafał Kazimierz TRZASKOWSKI"}}
	if !reflect.DeepEqual(m.Votes, want) {
		t.Errorf("votes %v, want the two candidates", m.Votes)
	}
}

// Bulgaria's CIK, 2024: a column whose words name voters
// ("onsite_listed_voters") is a line the draft does not know, said so,
// never a choice; the file gives no party's votes.
func TestDraftMappingBulgaria2024(t *testing.T) {
	d, err := draftReal(t, "bg-pvnp2024-10-protocols.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "section_id" || m.Lines[election.Voters].Header != "registered_voters" || len(m.Votes) != 0 {
		t.Errorf("precinct %v, lines %v, votes %v", m.Precinct, m.Lines, m.Votes)
	}
	g := strings.Join(m.Guesses, "\n")
	if !strings.Contains(g, `column 5 "onsite_listed_voters" is not mapped: it reads as a protocol line the draft does not know`) {
		t.Errorf("no guess says onsite_listed_voters is an unknown line:\n%s", g)
	}
}

// The PKW's Senate election of 2023 in one district by gmina: the
// municipality's code is the precinct, the commissions counted no choice,
// the candidates are.
func TestDraftMappingPolishSenate(t *testing.T) {
	d, err := draftReal(t, "pl-senat2023-okreg100.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "TERYT Gminy" || len(m.Votes) != 6 {
		t.Errorf("precinct %v, votes %v; want TERYT Gminy and the 6 candidates", m.Precinct, m.Votes)
	}
	for id, c := range m.Votes {
		if strings.HasPrefix(c.Header, "Liczba") || strings.Contains(c.Header, "TERYT") {
			t.Errorf("votes.%s %q is no candidate", id, c.Header)
		}
	}
}

// parentTotals on the shapes of kerg.csv: Wahlkreise under their Land,
// Länder under 99, the federation under nothing; numbers of two levels
// alike, and a cut that lacks a Land's row.
func TestParentTotals(t *testing.T) {
	rows := func(pairs ...string) [][]string {
		var r [][]string
		for i := 0; i < len(pairs); i += 2 {
			r = append(r, []string{pairs[i], pairs[i+1]})
		}
		return r
	}
	for _, tc := range []struct {
		name string
		rows [][]string
		want []string
	}{
		{"whole", rows("1", "1", "2", "1", "3", "2", "4", "2", "1", "99", "2", "99", "99", ""), []string{"99", ""}},
		{"a Land's row cut", rows("1", "1", "2", "1", "3", "1", "1", "99", "18", "2", "19", "2"), []string{"99"}},
		{"flat", rows("1", "1", "2", "1", "3", "2"), nil},
		{"no totals", rows("5", "1", "6", "1", "7", "2"), nil},
	} {
		if got := parentTotals(tc.rows, 0, 1); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A column of the electorate or of those who voted whose cells are all
// empty, with no like column of figures, is no line: the draft says so.
func TestDraftMappingEmptyLineColumn(t *testing.T) {
	const in = "Nr;Wahlberechtigte;Wähler;Gültige;CDU;SPD\n1;;;90;50;40\n2;;;80;30;50\n"
	d, err := DraftMapping(strings.NewReader(in), "e.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, ok := m.Lines[election.Voters]; ok {
		t.Errorf("lines.voters %v: an empty column", m.Lines[election.Voters])
	}
	if _, ok := m.Lines[election.FoundStationary]; ok {
		t.Errorf("lines.found_stationary %v: an empty column", m.Lines[election.FoundStationary])
	}
	g := strings.Join(m.Guesses, "\n")
	for _, want := range []string{`column 2 "Wahlberechtigte" is not mapped: it reads as line voters, but each of its cells is empty`, `column 3 "Wähler" is not mapped: it reads as line found_stationary, but each of its cells is empty`} {
		if !strings.Contains(g, want) {
			t.Errorf("no guess says %q:\n%s", want, g)
		}
	}
	if len(m.Votes) != 2 {
		t.Errorf("votes %v, want CDU and SPD", m.Votes)
	}
}

// Spain's mesas: blank votes are valid ones, so invalid is "Votos nulos"
// alone; "Votos válidos" is the valid line, the choices' votes and the
// blank ones on every row, so the blank votes are the choice en_blanco of
// blank_votes; the totals and numbers are no
// parties. Poland's voters' committees ("Komitet Wyborczy Wyborców ...")
// are choices, though "wyborców" names voters in the PKW's lines.
func TestDraftMappingSpainAndVotersCommittees(t *testing.T) {
	es := "Código de Provincia;Código de Municipio;Nombre de Municipio;Número de Distrito;Código de Sección;Código de Mesa;Total censo electoral;Total votantes;Votos válidos;Votos a candidaturas;Votos en blanco;Votos nulos;PP;PSOE;VOX\n" +
		"28;079;Madrid;01;001;A;700;500;495;490;5;5;200;190;100\n28;079;Madrid;01;001;B;650;480;474;470;4;6;180;200;90\n28;079;Madrid;01;002;A;600;400;396;390;6;4;150;140;100\n"
	d, err := DraftMapping(strings.NewReader(es), "es.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Lines[election.Invalid].Header != "Votos nulos" || m.Lines[election.Valid].Header != "Votos válidos" || m.Lines[election.Voters].Header != "Total censo electoral" {
		t.Errorf("lines %v", m.Lines)
	}
	// The valid votes are the choices' and the blank ones on every row:
	// the blank votes are a choice that takes no seat (blank_votes).
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"en_blanco", "pp", "psoe", "vox"}) || m.Votes["en_blanco"].Header != "Votos en blanco" {
		t.Errorf("choices %v, want en_blanco (Votos en blanco), pp, psoe, vox", got)
	}
	if !slices.Equal(m.BlankVotes, []string{"en_blanco"}) {
		t.Errorf("blank_votes %v, want en_blanco", m.BlankVotes)
	}
	pl := "Kod TERYT;Gmina;Liczba wyborców uprawnionych do głosowania;Liczba głosów ważnych;KOMITET WYBORCZY PRAWO I SPRAWIEDLIWOŚĆ;KOMITET WYBORCZY WYBORCÓW MNIEJSZOŚĆ NIEMIECKA\n" +
		"160101;Opole;1000;600;300;300\n160102;Brzeg;800;500;250;250\n"
	d, err = DraftMapping(strings.NewReader(pl), "pl.csv")
	if err != nil {
		t.Fatal(err)
	}
	m = readBack(t, d)
	if len(m.Votes) != 2 || m.Lines[election.Voters].Header != "Liczba wyborców uprawnionych do głosowania" {
		t.Errorf("votes %v, lines %v: want both committees as choices", m.Votes, m.Lines)
	}
}
