package ingest

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func TestParseIntThousands(t *testing.T) {
	tests := []struct {
		name string
		in   string
		sep  byte
		want int64
		err  error
	}{
		{"comma groups", "10,701", ',', 10701, nil},
		{"comma groups, millions", "1,234,567", ',', 1234567, nil},
		{"comma groups, negative", "-1,000", ',', -1000, nil},
		{"plain digits under a comma", "134", ',', 134, nil},
		{"comma groups then point zero", "10,701.00", ',', 10701, nil},
		{"a group of four", "1,0701", ',', 0, ErrNotNumber},
		{"a group of two", "10,70", ',', 0, ErrNotNumber},
		{"a group of two after a group", "1,234,56", ',', 0, ErrNotNumber},
		{"comma zeros are no fraction under a comma", "314,00", ',', 0, ErrNotNumber},
		{"a first group of four", "1234,567", ',', 0, ErrNotNumber},
		{"trailing comma", "1,", ',', 0, ErrNotNumber},
		{"leading comma", ",123", ',', 0, ErrNotNumber},
		{"spaces under a comma", "1 234", ',', 0, ErrNotNumber},
		{"points under a comma", "1.234", ',', 0, ErrNotNumber},
		{"lakh grouping", "1,23,456", ',', 0, ErrNotNumber},
		{"point groups", "1.234", '.', 1234, nil},
		{"point groups then comma zeros", "1.234,00", '.', 1234, nil},
		{"point groups, misplaced", "12.34", '.', 0, ErrNotNumber},
		{"point zero under a point", "12.0", '.', 0, ErrNotNumber},
		{"commas under a point", "1,234", '.', 0, ErrNotNumber},
		{"past max under a comma", "9,223,372,036,854,775,808", ',', 0, ErrOutOfRange},
		{"max under a comma", "9,223,372,036,854,775,807", ',', 9223372036854775807, nil},
		{"no separator: parseInt", "1 234", 0, 1234, nil},
		{"no separator: comma refused", "10,701", 0, 0, ErrNotNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseIntSep(tt.in, tt.sep)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("parseIntSep(%q, %q) = %d, %v; want %d, %v", tt.in, tt.sep, got, err, tt.want, tt.err)
			}
			if gotB, errB := parseIntSep([]byte(tt.in), tt.sep); gotB != got || errB != err {
				t.Errorf("parseIntSep([]byte(%q)) = %d, %v; string gives %d, %v", tt.in, gotB, errB, got, err)
			}
		})
	}
}

// kedahMapping maps testdata/ingest/real/my-kedah-prn2023-seats.csv
// (Malaysia, Kedah state election 2023: a long file, one row per seat and
// candidate, its votes quoted "10,701").
func kedahMapping(thousands string) Mapping {
	return Mapping{
		Shape: "long", Precinct: Column{Header: "code"}, Okrug: &Column{Header: "seat"}, Region: &Column{Header: "state"},
		Ballot: "okrug", ChoiceColumn: &Column{Header: "ballot_order"}, VotesColumn: &Column{Header: "votes"},
		ChoiceValues: map[string]string{"1": "c1", "2": "c2", "3": "c3", "4": "c4"},
		Thousands:    thousands,
	}
}

func TestThousandsKedah(t *testing.T) {
	const name = "my-kedah-prn2023-seats.csv"
	data := readReal(t, name)
	_, err := ReadCSV(strings.NewReader(string(data)), name, kedahMapping(""), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.File != name || pe.Line != 2 || pe.Column != 7 || pe.Field != "votes_column" {
		t.Fatalf("without thousands: %v; want ErrNotNumber at %s:2:7, votes_column", err, name)
	}
	if !strings.Contains(err.Error(), `"thousands": ","`) {
		t.Errorf("without thousands: %v; want the key named", err)
	}
	tab, err := ReadCSV(strings.NewReader(string(data)), name, kedahMapping(","), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]int64{
		{"c1": 10701, "c2": 6877, "c3": 4909, "c4": 134},
		{"c1": 13364, "c2": 5394, "c3": 2013},
		{"c1": 17180, "c2": 4090, "c3": 312},
	}
	if len(tab.Protocols) != len(want) {
		t.Fatalf("%d protocols, want %d", len(tab.Protocols), len(want))
	}
	for i, w := range want {
		for id, v := range w {
			if got := tab.Protocols[i].Votes[id]; got != v {
				t.Errorf("protocol %d (%s): %s = %d, want %d", i, tab.Protocols[i].Precinct, id, got, v)
			}
		}
	}
}

// A misplaced separator is an error naming the file, line, column and
// field, in every way a row is read: by the tokenizer (a quoted cell), in
// one walk (fillLine), and in parallel.
func TestThousandsMisplaced(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Delimiter: ";", Thousands: ",",
		Lines: map[election.Line]Column{election.Voters: {Header: "voters"}}, Votes: map[string]Column{"a": {Header: "a"}}}
	for _, tt := range []struct {
		name, csv string
		line, col int
		field     string
	}{
		{"a group of four", "p;voters;a\n1;1,234;5\n2;1,0701;6\n", 3, 2, "lines.voters"},
		{"a group of two", "p;voters;a\n1;1,234;10,70\n", 2, 3, "votes.a"},
		{"quoted", "p;voters;a\n1;\"1,234\";\"10,70\"\n", 2, 3, "votes.a"},
	} {
		for _, concurrent := range []bool{false, true} {
			_, err := ReadCSV(strings.NewReader(tt.csv), "t.csv", m, Options{Concurrent: concurrent})
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrNotNumber) || pe.File != "t.csv" || pe.Line != tt.line || pe.Column != tt.col || pe.Field != tt.field {
				t.Errorf("%s (concurrent %v): %v; want ErrNotNumber at t.csv:%d:%d, %s", tt.name, concurrent, err, tt.line, tt.col, tt.field)
			}
		}
	}
	tab, err := ReadCSV(strings.NewReader("p;voters;a\n1;1,234;5\n2;\"12,345\";1.000\n"), "t.csv", Mapping{Precinct: m.Precinct, Ballot: "list", Delimiter: ";", Thousands: ".",
		Lines: m.Lines, Votes: m.Votes}, Options{})
	if err == nil || tab.Protocols != nil {
		t.Errorf(`"thousands": "." read "1,234": %v`, err)
	}
}

func TestThousandsValues(t *testing.T) {
	base := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}}
	for _, v := range []string{",", ".", " ", "\u00a0", "\u202f"} {
		m := base
		m.Thousands = v
		if err := m.Validate(); err != nil {
			t.Errorf("thousands %q: %v", v, err)
		}
	}
	for _, v := range []string{"'", ",,", "\u2009", "_"} {
		m := base
		m.Thousands = v
		var pe *ParseError
		if err := m.Validate(); !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != "thousands" {
			t.Errorf("thousands %q: %v; want ErrMapping at thousands", v, err)
		}
	}
	_, err := ReadMapping(strings.NewReader("{\"precinct\": \"p\", \"ballot\": \"list\", \"votes\": {\"a\": \"a\"},\n \"thousands\": \";\"}"), "m.json")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Field != "thousands" {
		t.Errorf("ReadMapping: %v; want an error at m.json:2, thousands", err)
	}
}

// A cell that says a figure is not given ("NA"), in a file whose mapping
// does not say so, is refused with the key that would read it.
func TestNotGivenHint(t *testing.T) {
	m := Mapping{Precinct: Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]Column{election.Voters: {Header: "voters"}}, Votes: map[string]Column{"a": {Header: "a"}}}
	_, err := ReadCSV(strings.NewReader("precinct,voters,a\n1,NA,5\n"), "na.csv", m, Options{})
	if err == nil || !strings.Contains(err.Error(), `"not_given": ["NA"]`) {
		t.Errorf("err %v, want the not_given key named", err)
	}
	m.Thousands = ","
	_, err = ReadCSV(strings.NewReader("precinct,voters,a\n1,NA,5\n"), "na.csv", m, Options{})
	if err == nil || !strings.Contains(err.Error(), `"not_given": ["NA"]`) {
		t.Errorf("with thousands: err %v, want the not_given key named", err)
	}
}

// Digits grouped as India's tables group them, by lakh and crore: read
// under "digit_grouping": "indian", refused with the key that reads them
// otherwise.
func TestParseIntIndian(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		err  error
	}{
		{"4,52,644", 452644, nil},
		{"1,23,45,678", 12345678, nil},
		{"17,35,295", 1735295, nil},
		{"1,000", 1000, nil},
		{"12,345", 12345, nil},
		{"-1,00,000", -100000, nil},
		{"644", 644, nil},
		{"1,00,000.00", 100000, nil},
		{"452,644", 0, ErrNotNumber},   // a first group of three: threes, not lakhs
		{"1,234,567", 0, ErrNotNumber}, // groups of three
		{"4,52,64", 0, ErrNotNumber},   // a last group of two
		{"4,5,644", 0, ErrNotNumber},   // an inner group of one
		{"4 52 644", 0, ErrNotNumber},  // spaces
	} {
		got, err := parseIntSep(tt.in, sepIndian)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("parseIntSep(%q, indian) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	base := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}}
	for _, m := range []Mapping{{DigitGrouping: "indian"}, {Thousands: ".", DigitGrouping: "indian"}, {Thousands: ",", DigitGrouping: "lakh"}} {
		bad := base
		bad.Thousands, bad.DigitGrouping = m.Thousands, m.DigitGrouping
		var pe *ParseError
		if err := bad.Validate(); !errors.As(err, &pe) || pe.Field != "digit_grouping" {
			t.Errorf("thousands %q, digit_grouping %q: %v; want an error at digit_grouping", m.Thousands, m.DigitGrouping, err)
		}
	}
}

// ECI's report 33 for Mumbai North West, its figures written by lakh and
// crore: read under "digit_grouping": "indian" as the file of plain
// digits is; under "thousands": "," alone, or with no key, the first such
// cell is refused with the keys that read it.
func TestIndianGroupingECI(t *testing.T) {
	dir := "../testdata/ingest/lakh/"
	b, err := os.ReadFile(dir + "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	read := func(file, thousands, grouping string) (*Table, error) {
		m, err := ReadMapping(bytes.NewReader(b), "mapping.json")
		if err != nil {
			t.Fatal(err)
		}
		m.Thousands, m.DigitGrouping = thousands, grouping
		f, err := os.Open(dir + file)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		tab, err := ReadCSV(f, file, m, Options{})
		if err != nil {
			return nil, err
		}
		return &tab, nil
	}
	plain, err := read("eci2024-r33-mumbai-north-west.csv", "", "")
	if err != nil {
		t.Fatal(err)
	}
	lakh, err := read("SYNTHETIC-EDITED-eci2024-r33-mumbai-north-west-lakh.csv", ",", "indian")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(plain.Protocols, lakh.Protocols) {
		t.Errorf("by lakh and crore: %+v\nplain: %+v", lakh.Protocols, plain.Protocols)
	}
	if v := lakh.Protocols[0].Votes["ravindra-dattaram-waikar"]; v != 452644 {
		t.Errorf("WAIKAR %d, want 452644", v)
	}
	for _, k := range []string{"", ","} {
		_, err := read("SYNTHETIC-EDITED-eci2024-r33-mumbai-north-west-lakh.csv", k, "")
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != 2 || !strings.Contains(err.Error(), `"digit_grouping": "indian"`) {
			t.Errorf("thousands %q: %v; want line 2 refused, naming \"digit_grouping\": \"indian\"", k, err)
		}
	}
}

// The draft of a file whose figures are grouped by lakh and crore
// proposes "digit_grouping": "indian" and reads them; with a cell grouped
// by threes alone beside them it proposes threes (a count then names the
// other cell).
func TestDraftIndianGrouping(t *testing.T) {
	f, err := os.Open("../testdata/ingest/lakh/SYNTHETIC-EDITED-eci2024-r33-mumbai-north-west-lakh.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := DraftMapping(f, "lakh.csv")
	if err != nil || d.Mapping.Thousands != "," || d.Mapping.DigitGrouping != "indian" {
		t.Fatalf("draft: thousands %q, digit_grouping %q, %v; want \",\" and \"indian\"", d.Mapping.Thousands, d.Mapping.DigitGrouping, err)
	}
	d, err = DraftMapping(strings.NewReader("p,a,b\n1,\"1,234,567\",12\n2,\"4,52,644\",3\n"), "mixed.csv")
	if err != nil || d.Mapping.Thousands != "," || d.Mapping.DigitGrouping != "" {
		t.Errorf("mixed: thousands %q, digit_grouping %q, %v; want \",\" and by threes", d.Mapping.Thousands, d.Mapping.DigitGrouping, err)
	}
}
