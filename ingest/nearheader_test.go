package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A header is matched exactly; one that differs from a column's header
// by case or spaces alone is named in the error: Malawi's file has
// "year", the mapping said "Year".
func TestMissingHeaderNamesTheNearOne(t *testing.T) {
	for _, c := range []struct{ header, want string }{
		{"Year", `no column has the header "Year"; column 1 has "year" (a header is matched exactly, case and spaces included)`},
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
