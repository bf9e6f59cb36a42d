package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A header is matched as written but for the spaces at its ends; one
// that differs from a column's header by case or inner spaces alone is named in the error: Malawi's file has
// "year", the mapping said "Year".
func TestMissingHeaderNamesTheNearOne(t *testing.T) {
	for _, c := range []struct{ header, want string }{
		{"Year", `no column has the header "Year"; column 1 has "year" (a header is matched as written, but for the spaces at its ends, which are trimmed: case, spaces inside it and accents count)`},
		{"election type", `column 2 has "election_type"`},
		{"Election_Type", `column 2 has "election_type"`},
		{"yr", `no column has the header "yr"`},
	} {
		t.Run(c.header, func(t *testing.T) {
			m, err := ReadMapping(strings.NewReader(`{"precinct": "dk", "ballot": "list",
				"rows": {"where": [{"column": "`+c.header+`", "values": ["1994"]}]},
				"lines": {"voters": "reg", "found_stationary": "total"}}`), "mw.json")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadCSV(strings.NewReader(string(readReal(t, "mw-turnout-b6-head3.csv"))), "mw.csv", m, Options{})
			if !errors.Is(err, ErrMissingHeader) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("%v; want %q", err, c.want)
			}
			if c.header == "yr" && strings.Contains(err.Error(), "column 1 has") {
				t.Errorf("%v names a column for a header not near it", err)
			}
		})
	}
}

// A header that differs by its accents alone is named too: New
// Zealand's party votes of 2020 head a column "Māori Party" (the header
// and first row of a public copy of the Electoral Commission's file,
// DOSull/Spatial-Data-Science labs/mini-project/anz-elections/
// maori-electorate-detailed-party-results-2020.csv@21e35c1b47f5df694a96df644bb29be533a4da42,
// cut to its first 11 columns), a mapping typed "Maori Party"; so is
// one whose accent is written apart, as a combining mark (NFD).
func TestMissingHeaderNamesTheAccentedOne(t *testing.T) {
	const csv = "Electorate,Place,Address,ACT New Zealand,Advance NZ,Aotearoa Legalise Cannabis Party,Green Party,HeartlandNZ,Labour Party,Māori Party,National Party\n" +
		`"Coromandel","Coromandel","Coromandel Citizen's Hall, 455 Kapanga Road",0,1,0,2,0,20,1,2` + "\n"
	for _, c := range []struct{ name, header, file, want string }{
		{"macron", "Maori Party", csv, `no column has the header "Maori Party"; column 10 has "Māori Party" (a header is matched as written, but for the spaces at its ends, which are trimmed: case, spaces inside it and accents count)`},
		{"combining mark", "Maori Party", strings.Replace(csv, "Māori", "Ma\u0304ori", 1), "column 10 has \"Ma\u0304ori Party\""},
		{"accent typed, none in the file", "Natiönal Party", csv, `column 11 has "National Party"`},
		{"another letter", "Mauri Party", csv, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMapping(strings.NewReader(`{"precinct": "Address", "ballot": "list", "votes": {"p": "`+c.header+`"}}`), "nz.json")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadCSV(strings.NewReader(c.file), "nz.csv", m, Options{})
			if !errors.Is(err, ErrMissingHeader) {
				t.Fatalf("%v; want ErrMissingHeader", err)
			}
			if c.want == "" {
				if strings.Contains(err.Error(), " has \"") {
					t.Errorf("%v names a column for a header not near it", err)
				}
			} else if !strings.Contains(err.Error(), c.want) {
				t.Errorf("%v; want %q", err, c.want)
			}
		})
	}
}

// A header the mapping writes in letters that the file writes in Arabic
// presentation forms (text extracted from a PDF file) is named as near.
func TestMissingHeaderCompatForm(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct": "رقم القلم", "ballot": "list", "lines": {"found_stationary": "عدد المقترعين", "invalid": "الأوراق الملغاة", "valid": "الأصوات الصحيحة"}, "votes": {"blank": "الأوراق البيضاء"}, "blank_votes": ["blank"]}`), "ar.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(readLebanon(t, "SYNTHETIC-arabic-headers-pf-ref.csv")), "ar.csv", m, Options{})
	if !errors.Is(err, ErrMissingHeader) || !strings.Contains(err.Error(), `no column has the header "الأصوات الصحيحة"; column 7 has "اﻷﺻﻮات اﻟﺼﺤﻴﺤﺔ"`) || !strings.Contains(err.Error(), "NFKC") {
		t.Errorf("%v", err)
	}
}

// The spaces at a mapping header's ends are trimmed, as the file's are:
// " NPP" and "NPP " are the column "NPP" (Sri Lanka's 2025 local
// authorities, a tester's mistyped mappings), and the error of a header
// that differs otherwise says so.
func TestHeaderEndsTrimmed(t *testing.T) {
	const csv = "code,NPP,SJB\n001,5,3\n"
	for _, h := range []string{" NPP", "NPP ", " NPP "} {
		m, err := ReadMapping(strings.NewReader(`{"precinct": "code", "ballot": "list", "votes": {"npp": "`+h+`", "sjb": "SJB"}}`), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ReadCSV(strings.NewReader(csv), "lk.csv", m, Options{}); err != nil {
			t.Errorf("%q: %v", h, err)
		}
	}
	m, err := ReadMapping(strings.NewReader(`{"precinct": "code", "ballot": "list", "votes": {"npp": "npp", "sjb": "SJB"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(csv), "lk.csv", m, Options{})
	if want := "but for the spaces at its ends, which are trimmed"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("%v; want %q", err, want)
	}
}

// A header typed with German's umlauts where the file writes them as two
// letters (Hamburg 2025's "Stimmzettel gueltig (E2)", a mapping's
// "Stimmzettel gültig (E2)"), or the other way round, is named as near;
// so is a header of two rows typed as the reader sees it, "Ousmane
// SONKO", which the file's joined header writes "Ousmane / SONKO"
// (Senegal 2019, header_rows 2).
func TestMissingHeaderGermanLettersAndJoinedRows(t *testing.T) {
	const de = "Wahlkreis;Stimmzettel ungueltig (E1);Stimmzettel gueltig (E2);Straße;F1\n1;2;100;7;50\n"
	const sn = "Département;Inscrits;Ousmane ;Macky SALL\n;;SONKO;\nDakar;663 021;101 003;212 355\n"
	for _, c := range []struct{ name, mapping, file, want string }{
		{"umlaut typed", `{"delimiter": ";", "precinct": "Wahlkreis", "ballot": "list", "lines": {"valid": "Stimmzettel gültig (E2)"}, "votes": {"f1": "F1"}}`, de,
			`no column has the header "Stimmzettel gültig (E2)"; column 3 has "Stimmzettel gueltig (E2)", the same text but for German's umlauts or ß written as two letters`},
		{"ß typed", `{"delimiter": ";", "precinct": "Wahlkreis", "ballot": "list", "lines": {"valid": "Strasse"}, "votes": {"f1": "F1"}}`, de,
			`column 4 has "Straße", the same text but for German's umlauts`},
		{"another word", `{"delimiter": ";", "precinct": "Wahlkreis", "ballot": "list", "lines": {"valid": "Stimmzettel gütig (E2)"}, "votes": {"f1": "F1"}}`, de, ""},
		{"two rows typed as one", `{"delimiter": ";", "header_rows": 2, "precinct": "Département", "ballot": "okrug", "okrug_id": "SN", "votes": {"sonko": "Ousmane SONKO", "sall": "Macky SALL"}}`, sn,
			`no column has the header "Ousmane SONKO"; column 3 has "Ousmane / SONKO", the cells of a header of several rows joined by " / " (header_rows)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := ReadMapping(strings.NewReader(c.mapping), "m.json")
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadCSV(strings.NewReader(c.file), "p.csv", m, Options{})
			if !errors.Is(err, ErrMissingHeader) {
				t.Fatalf("%v; want ErrMissingHeader", err)
			}
			if c.want == "" {
				if strings.Contains(err.Error(), " has \"") {
					t.Errorf("%v names a column for a header not near it", err)
				}
			} else if !strings.Contains(err.Error(), c.want) {
				t.Errorf("%v; want %q", err, c.want)
			}
		})
	}
}
