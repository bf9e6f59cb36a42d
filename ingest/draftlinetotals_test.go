package ingest

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Slovenia's European Parliament election of 2024 by okraj (a tester's
// table of the DVK's figures): "Glasovalo" (voted), "Veljavne
// glasovnice" and "Neveljavne glasovnice" (valid and invalid ballots)
// beside the 11 lists. Drafted before as two choices beside the lists
// (the valid ballots won 6 of 9 seats), and those who voted as the
// ballots issued: now the lines, those who voted the ballots found, as
// English's "Voted" is.
func TestDraftSlovenianLines(t *testing.T) {
	const name = "si-ep2024-okraji-kranj.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{election.FoundStationary: "Glasovalo", election.Valid: "Veljavne glasovnice", election.Invalid: "Neveljavne glasovnice"}
	if got := lineHeaders(m); !maps.Equal(got, want) || len(m.Votes) != 11 {
		t.Fatalf("lines %v, %d choices; want %v and the 11 lists\n%s", got, len(m.Votes), want, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `lines.found_stationary: column 3 "Glasovalo" (those who voted: on every row the invalid ballots plus the valid ones`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 11 rows (VE 1000 Kranj: its line in the
	// DVK's file gives 93075, 88705, 4370).
	var sum int64
	for _, v := range votes {
		sum += v
	}
	if len(tab.Protocols) != 11 || lines[election.FoundStationary] != 93075 || lines[election.Valid] != 88705 || lines[election.Invalid] != 4370 ||
		sum != 88705 || votes["sds"] != 27183 || votes["svoboda"] != 18730 {
		t.Errorf("%d protocols, lines %v, votes %v (sum %d); want 11, found 93075, valid 88705 = the lists' sum, invalid 4370, SDS 27183, SVOBODA 18730", len(tab.Protocols), lines, votes, sum)
	}
}

// The same file with the valid and the invalid ballots under names no
// word list knows: the valid ballots are the sum of the lists on every
// row once the invalid ballots, which with them make "Glasovalo", are
// told apart from the lists; neither is a choice.
func TestDraftChoiceTotalBesideLine(t *testing.T) {
	in := readFile(t, "../testdata/ingest/real/si-ep2024-okraji-kranj.csv")
	in = strings.Replace(in, "Veljavne glasovnice,Neveljavne glasovnice", "V1,N1", 1)
	d, err := DraftMapping(strings.NewReader(in), "si.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	want := map[election.Line]string{election.FoundStationary: "Glasovalo", election.Valid: "V1", election.Invalid: "N1"}
	if got := lineHeaders(m); !maps.Equal(got, want) || len(m.Votes) != 11 {
		t.Errorf("lines %v, votes %v; want %v and the 11 lists\n%s", got, slices.Sorted(maps.Keys(m.Votes)), want, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `lines.valid: column 4 "V1": on every row it is the sum of the other 11 choices' votes: the valid votes`,
		`lines.invalid: column 5 "N1": on every row column 3 "Glasovalo" is it plus column 4 "V1"`)
	// And where the file gives no column of their sum, the two are
	// choices still: the rows do not tell the invalid ballots from a
	// list.
	in = strings.Replace(in, "Glasovalo,", "G1,", 1)
	var b strings.Builder
	for k, line := range strings.Split(strings.TrimSpace(in), "\n") {
		cells := strings.Split(line, ",")
		if k > 0 {
			cells[2] = "1" // no sum
		}
		b.WriteString(strings.Join(slices.Delete(cells, 2, 3), ",") + "\n")
	}
	d, err = DraftMapping(strings.NewReader(b.String()), "si.csv")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Mapping.Lines[election.Invalid]; ok {
		t.Errorf("lines %v: N1 taken for the invalid ballots without a column of their sum\n%s", d.Mapping.Lines, strings.Join(d.Mapping.Guesses, "\n"))
	}
}

// Guatemala's TREP of 2023 by mesa (a tester's table of the TSE's tally
// sheets): "Municipio" and "Centro" number areas and "Impugnaciones"
// counts challenged ballots, none a candidate; "Votos Inválidos" is no
// valid votes ("válidos" within it); the blank votes are invalid with
// the null ones, as the rows say (the ballots validly cast are the valid,
// the null and the blank ones on every row).
func TestDraftGuatemalaTREP(t *testing.T) {
	const name = "gt-pres2023-trep-mesas.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for id, c := range m.Votes {
		if slices.Contains([]string{"Municipio", "Centro", "Impugnaciones", "Votos Inválidos", "Votos en Blanco"}, c.Header) {
			t.Errorf("votes.%s is column %q", id, c.Header)
		}
	}
	inv := m.Lines[election.Invalid]
	if len(m.Votes) != 22 || m.Lines[election.Valid].Header != "Total Votos Válidos" || m.Lines[election.FoundStationary].Header != "Total Votos Válidamente Emitidos" ||
		len(inv.Columns) != 2 || inv.Columns[0].Header != "Votos Nulos" || inv.Columns[1].Header != "Votos en Blanco" {
		t.Fatalf("%d choices, lines %+v; want the 22 parties, valid, found, invalid the null and the blank votes\n%s", len(m.Votes), m.Lines, strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `column 2 "Municipio" is not mapped: its header names an area`, `column 3 "Centro" is not mapped: its header names an area`,
		`column 33 "Impugnaciones" is not mapped: challenged ballots`,
		`column 31 "Votos Inválidos" is not mapped: it reads as line invalid, which column "Votos Nulos" gives`,
		`lines.invalid: the sum of columns 28 "Votos Nulos" and 29 "Votos en Blanco": on every row column 30 "Total Votos Válidamente Emitidos" (the ballots found) is the valid votes`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the table's 13 rows.
	if len(tab.Protocols) != 13 || lines[election.Valid] != 2437 || lines[election.Invalid] != 369+171 || lines[election.FoundStationary] != 2977 ||
		votes["movimiento-semilla"] != 670 || votes["unidad-nacional-de-la-esperanza"] != 197 {
		t.Errorf("%d protocols, lines %v, votes %v; want 13, valid 2437, invalid 369+171, found 2977, Semilla 670, UNE 197", len(tab.Protocols), lines, votes)
	}
}

// The testers' smallest files of the same shape: "Votos Inválidos" beside
// "Votos Nulos" is a second column of the invalid votes, and "Total Votos
// Válidos" the valid ones; area codes and challenged ballots are no
// choices, and the blank votes, which the valid ones leave out, are
// invalid ones.
func TestDraftGuatemalaSmall(t *testing.T) {
	d, err := DraftMapping(strings.NewReader("Mesa,Votos Nulos,Votos Inválidos,Total Votos Válidos,A,B\n10,5,0,30,20,10\n11,3,0,25,15,10\n"), "gt.csv")
	if err != nil {
		t.Fatal(err)
	}
	if got := lineHeaders(d.Mapping); got[election.Valid] != "Total Votos Válidos" || got[election.Invalid] != "Votos Nulos" || len(d.Mapping.Votes) != 2 {
		t.Errorf("lines %v, votes %v\n%s", got, d.Mapping.Votes, strings.Join(d.Mapping.Guesses, "\n"))
	}
	d, err = DraftMapping(strings.NewReader("Departamento,Municipio,Mesa,Votos Nulos,Votos en Blanco,Impugnaciones,Total Votos Válidos,A,B\n1,3,10,5,2,1,30,20,10\n1,4,11,3,1,0,25,15,10\n"), "gt.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"a", "b"}) || len(m.Lines[election.Invalid].Columns) != 2 || m.Lines[election.Valid].Header != "Total Votos Válidos" {
		t.Errorf("votes %v, lines %+v; want A and B, invalid the null and the blank votes\n%s", got, m.Lines, strings.Join(m.Guesses, "\n"))
	}
}

// A long file names an area's numbers with the same words: Guatemala's
// table in rows, one per mesa and label.
func TestDraftLongAreaNumbers(t *testing.T) {
	in := "Departamento,Municipio,Centro,Mesa,partido,votos\n" +
		"0,1,111,1513,A,19\n0,1,111,1513,B,2\n0,1,111,1513,Impugnaciones,0\n0,1,117,1646,A,3\n0,1,117,1646,B,1\n0,1,117,1646,Impugnaciones,0\n"
	d, err := DraftMapping(strings.NewReader(in), "gt.csv")
	if err != nil {
		t.Fatal(err)
	}
	guessed(t, d.Mapping, `column 2 "Municipio" is not mapped: its header names an area`, `column 3 "Centro" is not mapped: its header names an area`,
		`rows: "Impugnaciones" is left out (rows.where[0]): challenged ballots`)
}

// Ukraine's Rada of 2019 by station: "parliament_voters", named as
// voters, is the sum of the 12 parties' votes on every row: the valid
// votes, not a line the draft does not know.
func TestDraftUkraineVotersAreValid(t *testing.T) {
	const name = "ua-rada2019-vd-d11-12.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Lines[election.Valid].Header != "parliament_voters" || len(m.Votes) != 12 {
		t.Fatalf("lines %v, %d choices; want valid parliament_voters, 12 parties\n%s", m.Lines, len(m.Votes), strings.Join(m.Guesses, "\n"))
	}
	guessed(t, m, `lines.valid: column 2 "parliament_voters": on every row it is the sum of the choices' votes (12 columns, the first is column 3 "Oppobloc")`)
	tab, votes, lines := countReal(t, name, d)
	// python3 csv over the cut's 227 rows.
	if len(tab.Protocols) != 227 || lines[election.Valid] != 167111 || votes["servant-of-the-people"] != 53838 || votes["other-parties"] != 5023 {
		t.Errorf("%d protocols, valid %d, votes %v; want 227, 167111, Servant of the People 53838, Other parties 5023", len(tab.Protocols), lines[election.Valid], votes)
	}
}

// Georgia's CEC file of 2016 (a public copy) numbers the majoritarian
// district, the district and the precinct in columns "MID", "DID" and
// "PID" beside the parties' "Party_N": numbers, not a choice's votes. The
// draft elected them as parties.
func TestDraftGeorgiaIDColumns(t *testing.T) {
	name := "ge-parl2016-prop.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	for _, h := range []string{"MID", "DID", "PID"} {
		for id, c := range m.Votes {
			if c.Header == h {
				t.Errorf("votes.%s: column %q drafted as a choice\n%s", id, h, strings.Join(m.Guesses, "\n"))
			}
		}
	}
	guessed(t, m, `column 2 "MID" is not mapped: its numbers look like the number of a commission, a code or a row`)
	tab, votes, _ := countReal(t, name, d)
	// python3 csv over the cut's 16 rows.
	if len(tab.Protocols) != 16 || len(m.Votes) != 25 || votes["party-41"] != 5618 || votes["party-5"] != 2390 {
		t.Errorf("%d protocols, %d choices, party-41 %d, party-5 %d; want 16, 25, 5618, 2390", len(tab.Protocols), len(m.Votes), votes["party-41"], votes["party-5"])
	}
}
