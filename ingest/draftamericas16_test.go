package ingest

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Colombia's presidential second round of 2018, La Candelaria as its
// E24 form gives it, transposed: a column of labels and ONE column of
// figures. The file is one protocol, named by the header row; every row
// is a line or a choice. (The draft took Petro's votes, 15725, for the
// polling place's number and dropped him: Duque elected with 7,777 =
// 100%.)
func TestDraftTransposedOneColumn(t *testing.T) {
	const name = "co2018-2v-candelaria.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	g := strings.Join(m.Guesses, "\n")
	if !m.transposed() || m.Precinct.Header != "Localidad:CANDELARIA" || m.Votes["gustavo-petro"].Header != "Gustavo Petro" || m.Votes["ivan-duque"].Header != "Ivan Duque" {
		t.Fatalf("layout %q, precinct %+v, votes %v\n%s", m.Shape, m.Precinct, m.Votes, g)
	}
	if !strings.Contains(g, `precinct: the header row: the file has one column of figures, column 2, so it is one protocol, named by the header's cell over it, "Votacion:"`) {
		t.Errorf("no guess says the file is one protocol:\n%s", g)
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 1 || tab.Protocols[0].Precinct != "Votacion:" || votes["gustavo-petro"] != 15725 || votes["ivan-duque"] != 7777 {
		t.Errorf("%d protocols, votes %v; want 1, Petro 15725, Duque 7777", len(tab.Protocols), votes)
	}
}

// The same election's table of Bogotá's 22 localidades, transposed,
// every figure written "37618.0" (pandas): read as whole numbers as the
// wide draft and a count read them, not as a column of shares each (it
// was "no column looks like the precinct number", all 23 columns offered
// as the total). "Total Bogota" is left out as the others' sum.
func TestDraftTransposedPointZero(t *testing.T) {
	const name = "co2018-2v-bogota-unificada.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if !m.transposed() || m.Rows == nil || !slices.Equal(m.Rows.Where[0].Except, []string{"Total Bogota"}) || m.Votes["gustavo-petro"].Header != "Gustavo Petro" {
		t.Fatalf("layout %q, rows %+v, votes %v\n%s", m.Shape, m.Rows, m.Votes, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 22 || votes["gustavo-petro"] != 1889050 || votes["ivan-duque"] != 1449092 {
		t.Errorf("%d protocols, votes %v; want 22, Petro 1889050, Duque 1449092", len(tab.Protocols), votes)
	}
}

// Colombia's "Blanco" row, the blank votes (valid votes there, as
// Spain's "Votos en blanco"), is said to be them, as the draft says
// Spain's: it was "a protocol line the draft does not know".
func TestDraftColombiaBlanco(t *testing.T) {
	for _, name := range []string{"co2018-2v-candelaria.csv", "co2018-2v-bogota-unificada.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Fatal(err)
		}
		g := strings.Join(d.Mapping.Guesses, "\n")
		if !strings.Contains(g, `column 5 "Blanco" is not mapped: the blank votes, no candidate's; Spain and Colombia count them among the valid votes`) {
			t.Errorf("%s: no guess says Blanco is the blank votes:\n%s", name, g)
		}
	}
}

// Mexico's INE quick count of 2018 (its first 3 casillas): a casilla is
// named by six columns together, the state the region; EXT_CONTIGUA, a
// part of that key, is no choice. (The draft took ID_AREA_RESPONSABILIDAD
// for the precinct, called iD_ESTADO a flag, and counted EXT_CONTIGUA's
// 0 as a choice's votes; on 111 rows it took ID_DISTRITO_FEDERAL, which
// 99 rows repeat.)
func TestDraftINECasillaKey(t *testing.T) {
	const name = "mx2018-remesa-head3.txt"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	var key []string
	for _, c := range m.Precinct.Columns {
		key = append(key, c.Header)
	}
	g := strings.Join(m.Guesses, "\n")
	if !slices.Equal(key, []string{"iD_ESTADO", "ID_DISTRITO_FEDERAL", "SECCION", "TIPO_CASILLA", "ID_CASILLA", "EXT_CONTIGUA"}) || m.Region == nil || m.Region.Header != "iD_ESTADO" {
		t.Fatalf("precinct %v, region %+v\n%s", key, m.Region, g)
	}
	if _, ok := m.Votes["ext-contigua"]; ok || !strings.Contains(g, "Mexico's INE names a casilla") {
		t.Errorf("votes %v\n%s", m.Votes, g)
	}
	tab, _, _ := countReal(t, name, d)
	if len(tab.Protocols) != 3 || tab.Protocols[0].Precinct != "1 / 1 / 344 / C / 3 / 0" {
		t.Errorf("%d protocols, the first %q", len(tab.Protocols), tab.Protocols[0].Precinct)
	}
}

// The INE's ORIGEN_CAPTURA (1 on every row of the cut) is a code, no
// choice; TIPO_SECCION is the sección's type, not its number.
func TestDraftINECodes(t *testing.T) {
	d, err := draftReal(t, "mx2018-remesa-head3.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := strings.Join(d.Mapping.Guesses, "\n")
	if _, ok := d.Mapping.Votes["origen-captura"]; ok || !strings.Contains(g, `column 50 "ORIGEN_CAPTURA" is not mapped: a code of how or where the row was captured`) ||
		!strings.Contains(g, `column 7 "TIPO_SECCION" is not mapped: the type of the sección electoral`) {
		t.Errorf("votes %v\n%s", d.Mapping.Votes, g)
	}
}

// The INE's 2018 quick count gives each party's votes, each combination
// of a coalition's parties' (PAN_PRD_MC, ...), and each coalition
// candidate's total (RAC, JAMK, AMLO), on every row the sum of its
// parties and combinations: the draft maps the candidates alone, never
// both (it mapped all 24, every vote counted twice: AMLO 24.25% of
// 72,591 votes on 111 rows where TOTAL gives 38,703 ballots).
func TestDraftINECoalitionTotals(t *testing.T) {
	const name = "mx2018-remesa-head3.txt"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	g := strings.Join(m.Guesses, "\n")
	if ids := sortedKeys(m.Votes); !slices.Equal(ids, []string{"amlo", "cnr", "jamk", "jhrc", "rac"}) {
		t.Fatalf("votes %v\n%s", ids, g)
	}
	if !strings.Contains(g, `votes.amlo: column 42 "AMLO": on every row the sum of columns 20 "PT", 23 "MORENA", 24 "PES", 33 "PT_MORENA_PES", 34 "PT_MORENA", 35 "PT_PES", 36 "MORENA_PES"`) ||
		!strings.Contains(g, `column 25 "PAN_PRD_MC" is not mapped: a part of column 40 "RAC"`) {
		t.Errorf("the guesses do not say the totals and their parts:\n%s", g)
	}
	_, votes, _ := countReal(t, name, d)
	if votes["amlo"] != 205+127+116 || votes["rac"] != 76+82+133 || votes["jamk"] != 100+83+56 {
		t.Errorf("votes %v", votes)
	}
}

// The INE's first line, "6307", the count of the rows below, is said
// beside the line that holds it (it was said beside line 2, the header,
// as "a title").
func TestDraftSkippedLineSaidAtItsLine(t *testing.T) {
	d, err := draftReal(t, "mx2018-remesa-head3.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(d.Mapping.Guesses, `skip_rows: 1: line 1 (a number alone, the count of the rows below maybe, no names of columns: "6307") skipped above the header, line 2; if a skipped line is a row of data, lower skip_rows`) {
		t.Errorf("%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// Bogotá's table of 2018 as the Registraduría names its columns (a
// tester's reformat, Latin-1, thousands written with dots): "Tarjetas no
// marcadas", the unmarked ballots, are invalid beside "Votos nulos", no
// choice (they were mapped as one).
func TestDraftColombiaUnmarked(t *testing.T) {
	d, err := draftReal(t, "EDITED-co2018-2v-bogota-latin1.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	inv := m.Lines[election.Invalid].Columns
	if _, ok := m.Votes["tarjetas-no-marcadas"]; ok || len(inv) != 2 || inv[0].Header != "Votos nulos" || inv[1].Header != "Tarjetas no marcadas" {
		t.Errorf("votes %v, invalid %+v\n%s", m.Votes, inv, strings.Join(m.Guesses, "\n"))
	}
}

// Its last row, "TOTAL BOGOTÁ D.C." with its code cell empty, is the
// other rows' sum: left out by a row filter (it was counted as a 23rd
// precinct, every vote twice).
func TestDraftTotalLastRow(t *testing.T) {
	const name = "EDITED-co2018-2v-bogota-latin1.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Rows == nil || len(m.Rows.Where) != 1 || m.Rows.Where[0].Column.Header != "Localidad" || !slices.Equal(m.Rows.Where[0].Except, []string{"TOTAL BOGOTÁ D.C."}) {
		t.Fatalf("rows %+v\n%s", m.Rows, strings.Join(m.Guesses, "\n"))
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 22 || votes["gustavo-petro-urrego"] != 1889050 || votes["ivan-duque-marquez"] != 1449092 {
		t.Errorf("%d protocols, votes %v; want 22, Petro 1889050, Duque 1449092", len(tab.Protocols), votes)
	}
}

// Bogotá's transposed file with one figure edited (Candelaria's Petro
// 15725 -> 15825, so that "Total Bogota" no longer sums its row) is drafted
// with the total left out by the last-total-row rule; its header has no
// text over the labels, so the filter names the header row by its number,
// as the precinct does, never by the name "column 1" the file lacks.
func TestDraftTransposedTotalFilterByNumber(t *testing.T) {
	raw, err := os.ReadFile("../testdata/ingest/real/co2018-2v-bogota-unificada.csv")
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(raw), ",15725.0,", ",15825.0,", 1)
	if edited == string(raw) {
		t.Fatal("the cut lacks Candelaria's 15725.0")
	}
	d, err := DraftMapping(strings.NewReader(edited), "EDITED.csv")
	if err != nil {
		t.Fatal(err)
	}
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadMapping(bytes.NewReader(b), "draft.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Rows.Where {
		if c.Column.Header != "" {
			t.Errorf("rows.where names column %q, which the file lacks\n%s", c.Column.Header, strings.Join(m.Guesses, "\n"))
		}
	}
	if _, err := ReadCSV(strings.NewReader(edited), "EDITED.csv", m, Options{}); err != nil {
		t.Errorf("the draft does not read its own file: %v", err)
	}
}
