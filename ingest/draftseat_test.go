package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Uganda's MPs, a row per candidate: "category" says the same on every
// row and names no area; the constituency is the precinct and the okrug
// (each elects its member), the district that holds one or several of
// them the region.
func TestDraftConstituencyWithinDistrict(t *testing.T) {
	d, err := draftReal(t, "ug-mp2021-const.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "constituency" || m.Okrug == nil || m.Okrug.Header != "constituency" || m.Region == nil || m.Region.Header != "district" {
		t.Fatalf("precinct %+v, okrug %+v, region %+v; want constituency, constituency, district", m.Precinct, m.Okrug, m.Region)
	}
	ps, err := ReadCSV(strings.NewReader(string(readReal(t, "ug-mp2021-const.csv"))), "ug.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps.Protocols) != 3 {
		t.Errorf("%d protocols, want 3 (LABWOR, ADJUMANI EAST and WEST COUNTY)", len(ps.Protocols))
	}
}

// Tanzania's 2010 results (rows of michielvandijk/pol data/leg10.txt,
// converted from its space-delimited text to commas): a candidate stands
// in one "const" alone, and each lies in one district of fewer: the
// constituency is the okrug, not the district.
func TestDraftCandidatesOfOneConstituency(t *testing.T) {
	const in = `region,district,const,candidate,party,votes,spltvotes,perc
ARUSHA,JIJI LA ARUSHA,ARUSHA  MJINI,LEMA GODBLESS JONATHAN,CHADEMA,56196,1115,57.68
ARUSHA,JIJI LA ARUSHA,ARUSHA  MJINI,BATILDA DR. SALHA BURIAN,CCM,37460,1115,38.45
ARUSHA,JIJI LA ARUSHA,ARUSHA  MJINI,YUSSUPH BAALAWAY GHARIB,CUF,2022,1115,2.08
DAR ES SALAAM,MANISPAA YA ILALA,ILALA,MUSSA AZZAN ZUNGU,CCM,25038,626,62.12
DAR ES SALAAM,MANISPAA YA ILALA,ILALA,SHAWEJI ABDALLAH MKETO,CUF,7582,626,18.81
DAR ES SALAAM,MANISPAA YA ILALA,ILALA,JOSEPH FRANCIS RWEYEMAMU,CHADEMA,6624,626,16.43
DAR ES SALAAM,MANISPAA YA ILALA,SEGEREA,MAKONGORO MAHANGA,CCM,43554,1464,44.99
DAR ES SALAAM,MANISPAA YA ILALA,SEGEREA,FRED MPENDAZOE,CHADEMA,42214,1464,43.61
DAR ES SALAAM,MANISPAA YA ILALA,SEGEREA,JULIUS MTATIRO,CUF,9371,1464,9.68
`
	d, err := DraftMapping(strings.NewReader(in), "tz.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "const" || m.Okrug == nil || m.Okrug.Header != "const" {
		t.Fatalf("precinct %+v, okrug %+v; want const, const", m.Precinct, m.Okrug)
	}
}

// A precinct column of one value on every row before a conflict names
// no precincts: the error does not advise a key of both columns, which
// would merge a district's constituencies.
func TestConflictOfOnePrecinctColumn(t *testing.T) {
	m := Mapping{Shape: "long", Precinct: Column{Header: "category"}, Okrug: &Column{Header: "district"}, Ballot: "okrug",
		ChoiceColumn: &Column{Header: "candidate_name"}, VotesColumn: &Column{Header: "votes"}}
	in := string(readReal(t, "ug-mp2021-const.csv"))
	d, err := DraftMapping(strings.NewReader(in), "ug.csv")
	if err != nil {
		t.Fatal(err)
	}
	m.ChoiceValues = d.Mapping.ChoiceValues
	_, err = ReadCSV(strings.NewReader(in), "ug.csv", m, Options{})
	if !errors.Is(err, ErrConflict) || strings.Contains(err.Error(), `"columns"`) || !strings.Contains(err.Error(), "names no precincts") {
		t.Errorf("%v; want a conflict saying the column names no precincts", err)
	}
}

// Iowa's OpenElections file: the county's rows name no precinct, and a
// long file's row joins a precinct's protocol, so the draft leaves them
// out (as a count would refuse them); "Under Votes" is no choice (it
// would be votes, and could win a seat) and is left out too; "Over
// Votes" is the invalid ballots. The count of the draft reads the rest.
func TestDraftRowsOfNoPrecinct(t *testing.T) {
	d, err := draftReal(t, "us-ia-2012-adair.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if _, ok := m.ChoiceValues["Under Votes"]; ok {
		t.Errorf("choice_values %v: Under Votes is a choice", m.ChoiceValues)
	}
	if m.LineValues["Over Votes"] != election.Invalid {
		t.Errorf("line_values %v, want Over Votes invalid", m.LineValues)
	}
	tab, err := ReadCSV(strings.NewReader(string(readReal(t, "us-ia-2012-adair.csv"))), "ia.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 2 {
		t.Fatalf("%d protocols, want 2 (1NW, 2NE)", len(tab.Protocols))
	}
	var romney int64
	for _, p := range tab.Protocols {
		romney += p.Votes[m.ChoiceValues["Mitt Romney Paul Ryan"]]
	}
	if romney != 473+384 {
		t.Errorf("Romney %d, want %d", romney, 473+384)
	}
}

// Guatemala's acta of a mesa (derekurizar/TSE_DATASETS_2023, mesa 1513,
// its JSON put in rows by the tester, no figure changed): the lines of
// the acta in the party column are no choices. The ballots received and
// not used, the citizens who came, valid, null and blank (summed, the
// invalid line) are lines; the challenged ballots, "Total Votos" and
// "Votos Inválidos" beside the null ones are left out, saying why.
func TestDraftLongSpanishLines(t *testing.T) {
	const in = `departamento,municipio,centro,mesa,partido,votos
0,1,111,1513,UNIDAD NACIONAL DE LA ESPERANZA,19
0,1,111,1513,PARTIDO AZUL,2
0,1,111,1513,VALOR UNIONISTA,18
0,1,111,1513,CABAL,11
0,1,111,1513,TODOS,0
0,1,111,1513,VAMOS POR UNA GUATEMALA DIFERENTE,4
0,1,111,1513,PARTIDO HUMANISTA DE GUATEMALA,1
0,1,111,1513,PARTIDO REPUBLICANO,0
0,1,111,1513,PARTIDO DE INTEGRACIÓN NACIONAL,0
0,1,111,1513,COMUNIDAD ELEFANTE,1
0,1,111,1513,VICTORIA,6
0,1,111,1513,MOVIMIENTO SEMILLA,54
0,1,111,1513,FRENTE DE CONVERGENCIA NACIONAL,0
0,1,111,1513,PARTIDO POLITICO NOSOTROS,0
0,1,111,1513,UNION REPUBLICANA,2
0,1,111,1513,URNG-MAIZ WINAQ,8
0,1,111,1513,"COMPROMISO, RENOVACION Y ORDEN",5
0,1,111,1513,BIENESTAR NACIONAL,9
0,1,111,1513,VISION CON VALORES,7
0,1,111,1513,MI FAMILIA,8
0,1,111,1513,CAMBIO,0
0,1,111,1513,"VOLUNTAD, OPORTUNIDAD Y SOLIDARIDAD",19
0,1,111,1513,Total Votos Válidos,174
0,1,111,1513,Votos Nulos,25
0,1,111,1513,Votos en Blanco,4
0,1,111,1513,Total Votos Válidamente Emitidos,203
0,1,111,1513,Votos Inválidos,0
0,1,111,1513,Total Votos,0
0,1,111,1513,Impugnaciones,396
0,1,111,1513,Cantidad de papeletas recibidas,193
0,1,111,1513,Cantidad de papeletas no usadas,0
0,1,111,1513,Ciudadanos que se presentaron a votar,203
`
	d, err := DraftMapping(strings.NewReader(in), "gt.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	for cell, want := range map[string]election.Line{
		"Cantidad de papeletas recibidas":       election.Received,
		"Cantidad de papeletas no usadas":       election.Cancelled,
		"Ciudadanos que se presentaron a votar": election.IssuedInRoom,
		"Total Votos Válidos":                   election.Valid,
		"Votos Nulos":                           election.Invalid,
		"Votos en Blanco":                       election.Invalid,
		"Total Votos Válidamente Emitidos":      election.FoundStationary,
	} {
		if got := m.LineValues[cell]; got != want {
			t.Errorf("line_values[%q] = %q, want %q", cell, got, want)
		}
	}
	for _, cell := range []string{"Impugnaciones", "Total Votos", "Votos Inválidos"} {
		if id, ok := m.ChoiceValues[cell]; ok {
			t.Errorf("%q is the choice %s", cell, id)
		}
	}
	if len(m.ChoiceValues) != 22 {
		t.Errorf("%d choices, want the 22 parties", len(m.ChoiceValues))
	}
	tab, err := ReadCSV(strings.NewReader(in), "gt.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p := tab.Protocols[0]; p.Lines[election.Invalid] != 25+4 || p.Lines[election.Valid] != 174 {
		t.Errorf("lines %v, want invalid 29 (null 25 + blank 4), valid 174", p.Lines)
	}
}

// Vermont's file says "NA" (R's missing value) in "district" on every
// row: an empty column, no district of the file.
func TestDraftNAColumnIsEmpty(t *testing.T) {
	d, err := draftReal(t, "us-vt-2012-gov.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Okrug != nil || m.Region != nil && m.Region.Header == "district" {
		t.Errorf("okrug %+v, region %+v: a column of NA names no area", m.Okrug, m.Region)
	}
	if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
		return strings.HasPrefix(g, `column 5 "district" is not mapped: each of its cells says "NA"`)
	}) {
		t.Errorf("guesses %q: none says column 5 is empty", d.Mapping.Guesses)
	}
}

// Thailand's constituency file (a row per candidate): the province holds
// districts numbered from 1 in each, so it is the region and a district
// is named by both; the Thai words of the repeated lines are read (those
// who came, the good ballots, the spoilt ones), the vote-no ballots are
// said to be no choice; and the IDs keep the vowel and tone marks. The
// cut of one province drafts so too: a column of one value on every row
// beside several districts names no precinct.
func TestDraftThaiConstituencies(t *testing.T) {
	for _, tc := range []struct {
		file      string
		protocols int
	}{
		{"th-2026-constituency.csv", 3},     // Krabi 1 and 2, Bangkok 1
		{"th2026-constituency-head.csv", 3}, // Krabi 1, 2 and 3
	} {
		t.Run(tc.file, func(t *testing.T) {
			d, err := draftReal(t, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			const both = "จังหวัด+เขตเลือกตั้งที่"
			if m.Shape != "long" || headersOf(&m.Precinct) != both || headersOf(m.Okrug) != both || headersOf(m.Region) != "จังหวัด" || m.Ballot != "okrug" {
				t.Errorf("layout %q, precinct %q, okrug %q, region %q, ballot %q; want long, %s twice, จังหวัด, okrug", m.Shape, headersOf(&m.Precinct), headersOf(m.Okrug), headersOf(m.Region), m.Ballot, both)
			}
			for l, h := range map[election.Line]string{election.FoundStationary: "ผู้มาใช้สิทธิ์", election.Valid: "บัตรดี", election.Invalid: "บัตรเสีย"} {
				if m.Lines[l].Header != h {
					t.Errorf("lines.%s = %+v, want %q", l, m.Lines[l], h)
				}
			}
			if !slices.ContainsFunc(d.Mapping.Guesses, func(g string) bool {
				return strings.HasPrefix(g, `column 12 "บัตรไม่เลือกผู้ใด" is not mapped: the ballots marked for no one`)
			}) {
				t.Errorf("no guess says the vote-no ballots are no choice")
			}
			tab, err := ReadCSV(strings.NewReader(string(readReal(t, tc.file))), "th.csv", m, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(tab.Protocols) != tc.protocols {
				t.Errorf("%d protocols, want %d", len(tab.Protocols), tc.protocols)
			}
		})
	}
}

// A long file of one state's districts: the state, one value on every
// row, names no precinct of the file's several protocols but their
// region, and each district, named by both, is a precinct and an okrug.
func TestDraftOneValueBesideOkrugs(t *testing.T) {
	const file = `state,district,candidate,party,votes,invalid
Ohio,1,Ann Lee,Blue,500,20
Ohio,1,Bob Ray,Red,400,20
Ohio,2,Cy Moe,Blue,300,15
Ohio,2,Di Fox,Red,350,15
Ohio,3,Ed Poe,Blue,200,9
Ohio,3,Fa Joy,Red,250,9
`
	d, err := DraftMapping(strings.NewReader(file), "oh.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	const both = "state+district"
	if m.Shape != "long" || headersOf(&m.Precinct) != both || headersOf(m.Okrug) != both || headersOf(m.Region) != "state" {
		t.Errorf("layout %q, precinct %q, okrug %q, region %q; want long, %s twice, state", m.Shape, headersOf(&m.Precinct), headersOf(m.Okrug), headersOf(m.Region), both)
	}
	tab, err := ReadCSV(strings.NewReader(file), "oh.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 3 {
		t.Errorf("%d protocols, want 3", len(tab.Protocols))
	}
}

// headersOf writes a mapped column as its header, or its parts' headers
// joined by "+"; "" for none.
func headersOf(c *Column) string {
	if c == nil {
		return ""
	}
	var hs []string
	for _, p := range c.Columns {
		hs = append(hs, p.Header)
	}
	return c.Header + strings.Join(hs, "+")
}

// Vowel and tone marks (Unicode Mn, Mc) are parts of their words, in IDs
// and in the words a header is read by: Thai, Devanagari, Bengali.
func TestMarksWithinWords(t *testing.T) {
	for in, want := range map[string]string{
		"เขตเลือกตั้งที่": "เขตเลือกตั้งที่",
		"ใหม่":                 "ใหม่",
		"ประชาธิปัตย์":         "ประชาธิปัตย์",
		"भारतीय जनता पार्टी":   "भारतीय-जनता-पार्टी",
		"বাংলাদেশ আওয়ামী লীগ": "বাংলাদেশ-আওয়ামী-লীগ",
		"Cafe\u0301 Party":     "cafe-party",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	if !wordsIn("ผู้มาใช้สิทธิ์", []string{"ผู้มาใช้สิทธิ์"}) || wordsIn("ร้อยละผู้มาใช้สิทธิ์", []string{"ผู้มาใช้สิทธิ์"}) {
		t.Errorf("wordsIn does not read a Thai word whole")
	}
}

// Tanzania's Dodoma rows (of the same file, converted to commas, an
// unopposed candidate's name joined on one line): the shares say "NA"
// where a candidate stood unopposed, a column of figures with gaps, no
// names that tell the rows apart with the district; the constituency is
// still the precinct and the okrug.
func TestDraftSharesWithNA(t *testing.T) {
	const in = `region,district,const,candidate,party,votes,spltvotes,perc
DODOMA,MANISPAA YA DODOMA,DODOMA MJINI,RUNNA MASSARE KARYA,UPDP,578,2025,0.78
DODOMA,WILAYA YA BAHI,BAHI,BADWEL OMARY AHMAD,CCM,30266,1046,91.1
DODOMA,WILAYA YA BAHI,BAHI,KAKA EVA HABELI,CUF,1347,1046,4.05
DODOMA,WILAYA YA BAHI,BAHI,LESAKA MELKZEDEK WILSON,SAU,564,1046,1.7
DODOMA,WILAYA YA CHAMWINO,CHILONWA,CHIBULUNJE HEZEKIAH NDAHANI,CCM,19021,942,80.57
DODOMA,WILAYA YA CHAMWINO,CHILONWA,NKONYA CLETUS MAGAKA,CHADEMA,3295,942,13.96
DODOMA,WILAYA YA CHAMWINO,CHILONWA,NGOMOKA THOMAS WILLIAM,CUF,351,942,1.49
DODOMA,WILAYA YA CHAMWINO,MTERA,LUSINDE JOSEPH LIVINGSTONE,CCM,23612,939,80.02
DODOMA,WILAYA YA CHAMWINO,MTERA,LAMECK JOHN LUBOTE,CHADEMA,4520,939,15.32
DODOMA,WILAYA YA CHAMWINO,MTERA,NGOMOKA THOMAS JOSEPH,CUF,389,939,1.32
DODOMA,WILAYA YA CHAMWINO,MTERA,MAGOYE CHIHANGA STEPHENI,NCCR-MAGEUZI,30,939,0.1
DODOMA,WILAYA YA KONGWA,KONGWA,JOB YUSTINO NDUGAI - Unopposed,CCM,0,0,NA
`
	d, err := DraftMapping(strings.NewReader(in), "tz.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := readBack(t, d)
	if m.Precinct.Header != "const" || m.Okrug == nil || m.Okrug.Header != "const" {
		t.Fatalf("precinct %+v, okrug %+v; want const, const", m.Precinct, m.Okrug)
	}
}
