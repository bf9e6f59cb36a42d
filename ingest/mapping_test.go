package ingest

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func TestReadMapping(t *testing.T) {
	short := `{"precinct": "№ УИК", "okrug": 2, "ballot": "okrug",
	           "lines": {"valid": "Число действительных бюллетеней"},
	           "votes": {"c1": {"column": 5}, "against_all": "Против всех"}}`
	long := `{"precinct": {"header": "№ УИК"}, "okrug": {"column": 2}, "ballot": "okrug",
	          "lines": {"valid": {"header": "Число действительных бюллетеней"}},
	          "votes": {"c1": {"column": 5}, "against_all": {"header": "Против всех"}}}`
	want := Mapping{
		Precinct: Column{Header: "№ УИК"},
		Okrug:    &Column{Index: 2},
		Ballot:   "okrug",
		Lines:    map[election.Line]Column{election.Valid: {Header: "Число действительных бюллетеней"}},
		Votes:    map[string]Column{"c1": {Index: 5}, election.AgainstAll: {Header: "Против всех"}},
	}
	for name, in := range map[string]string{"shorthand": short, "objects": long, "BOM": "\uFEFF" + long} {
		got, err := ReadMapping(strings.NewReader(in), "m.json")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %+v, want %+v", name, got, want)
		}
	}
}

func TestReadMappingErrors(t *testing.T) {
	const ok = `"ballot": "list", "lines": {"valid": "V"}`
	tests := []struct {
		name  string
		in    string
		err   error // besides ErrMapping
		line  int
		col   int
		field string
	}{
		{"unknown field", "{\"precinct\": \"P\",\n " + ok + ",\n \"precint\": \"P\"}", ErrUnknownField, 3, 2, "precint"},
		{"unknown field in a column", "{\"precinct\": {\"heder\": \"P\"},\n " + ok + "}", ErrUnknownField, 1, 15, "precinct.heder"},
		{"keys are case-sensitive", "{\"Precinct\": \"P\", " + ok + "}", ErrUnknownField, 1, 2, "Precinct"},
		{"unknown line name", "{\"precinct\": \"P\", \"ballot\": \"list\",\n \"lines\": {\n   \"valid\": \"V\",\n   \"recieved\": \"R\"}}", ErrBadValue, 4, 4, "lines.recieved"},
		{"header and column", "{\"precinct\": \"P\", \"ballot\": \"list\",\n \"lines\": {\"valid\": {\"header\": \"V\", \"column\": 3}}}", ErrMapping, 2, 12, "lines.valid"},
		{"neither header nor column", "{\"precinct\": {},\n " + ok + "}", ErrMapping, 1, 2, "precinct"},
		{"blank header", "{\"precinct\": \"  \",\n " + ok + "}", ErrMapping, 1, 2, "precinct"},
		{"column zero or less", "{\"precinct\": -1,\n " + ok + "}", ErrMapping, 1, 2, "precinct"},
		{"no precinct", "{" + ok + "}", ErrMissing, 1, 1, "precinct"},
		{"no ballot", "{\"precinct\": \"P\", \"lines\": {\"valid\": \"V\"}}", ErrMapping, 1, 1, "ballot"},
		{"ballot and ballot column", "{\"precinct\": \"P\", \"ballot_column\": \"B\",\n " + ok + "}", ErrMapping, 2, 2, "ballot"},
		{"bad ballot", "{\"precinct\": \"P\", \"ballot\": \"party\", \"lines\": {\"valid\": \"V\"}}", ErrMapping, 1, 19, "ballot"},
		{"bad ballot value", "{\"precinct\": \"P\", \"ballot_column\": \"B\", \"ballot_values\": {\"П\": \"list\",\n \"О\": \"single\"}, \"lines\": {\"valid\": \"V\"}}", ErrMapping, 2, 2, "ballot_values.О"},
		{"ballot values without a column", "{\"precinct\": \"P\", \"ballot_values\": {\"П\": \"list\"}, " + ok + "}", ErrMapping, 1, 19, "ballot_values"},
		{"machine and machine column", "{\"precinct\": \"P\", \"machine\": true, \"machine_column\": \"M\", " + ok + "}", ErrMapping, 1, 19, "machine"},
		{"machine values without a column", "{\"precinct\": \"P\", \"machine_values\": {\"A\": true}, " + ok + "}", ErrMapping, 1, 19, "machine_values"},
		{"abroad values without a column", "{\"precinct\": \"P\", \"abroad_values\": {\"A\": true}, " + ok + "}", ErrMapping, 1, 19, "abroad_values"},
		{"nothing mapped", "{\"precinct\": \"P\", \"ballot\": \"list\"}", ErrMapping, 1, 1, "lines"},
		{"same column twice", "{\"precinct\": \"P\", \"ballot\": \"list\",\n \"lines\": {\"valid\": \"V\"},\n \"votes\": {\"a\": \" V \"}}", ErrMapping, 3, 12, "votes.a"},
		{"same column number twice", "{\"precinct\": 1, \"ballot\": \"list\",\n \"lines\": {\"valid\": 2, \"invalid\": 3},\n \"votes\": {\"a\": 4, \"b\": 2}}", ErrMapping, 3, 20, "votes.b"},
		{"bad delimiter", "{\"precinct\": \"P\", \"delimiter\": \":\", " + ok + "}", ErrMapping, 1, 19, "delimiter"},
		{"wrong type", "{\"precinct\": \"P\", \"machine\": \"yes\", " + ok + "}", ErrType, 1, 30, "machine"},
		{"fraction as column", "{\"precinct\": 1.5, " + ok + "}", ErrType, 1, 14, "precinct"},
		{"null column", "{\"precinct\": null, " + ok + "}", ErrType, 1, 14, "precinct"},
		{"array as column", "{\"precinct\": [1], " + ok + "}", ErrType, 1, 14, "precinct"},
		{"duplicate key", "{\"precinct\": \"P\", " + ok + ",\n \"precinct\": \"Q\"}", ErrBadValue, 2, 2, "precinct"},
		{"duplicate line", "{\"precinct\": \"P\", \"ballot\": \"list\", \"lines\": {\"valid\": \"V\",\n \"valid\": \"W\"}}", ErrBadValue, 2, 2, "lines.valid"},
		{"missing comma", "{\"precinct\": \"P\"\n \"ballot\": \"list\"}", ErrSyntax, 2, 2, ""},
		{"empty", "  ", ErrSyntax, 1, 3, ""},
		{"truncated", "{\"precinct\": \"P\", \"lines\": {", ErrSyntax, 1, 29, "lines"},
		{"trailing data", "{\"precinct\": \"P\", " + ok + "} {}", ErrSyntax, 1, 62, ""},
		{"not an object", "[]", ErrType, 1, 1, ""},
		{"negative skip rows", "{\"precinct\": \"P\", \"skip_rows\": -1, " + ok + "}", ErrMapping, 1, 19, "skip_rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMapping(strings.NewReader(tt.in), "m.json")
			if !errors.Is(err, ErrMapping) || !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want ErrMapping and %v", err, tt.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %#v, not a *ParseError", err)
			}
			if pe.File != "m.json" || pe.Line != tt.line || pe.Column != tt.col || pe.Field != tt.field {
				t.Errorf("error at %s:%d:%d field %q, want m.json:%d:%d field %q (%v)", pe.File, pe.Line, pe.Column, pe.Field, tt.line, tt.col, tt.field, err)
			}
		})
	}
}

func TestMappingForValidates(t *testing.T) {
	e := smallElection(t)
	for _, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		m := MappingFor(e, kind)
		if err := m.Validate(); err != nil {
			t.Errorf("MappingFor(%s): %v", kind, err)
		}
	}
	if err := MappingFor(nil, election.ListBallot).Validate(); err != nil {
		t.Errorf("MappingFor(nil): %v", err)
	}
	if err := MappingFor(e, "party").Validate(); !errors.Is(err, ErrMapping) {
		t.Errorf("MappingFor with a bad kind validates: %v", err)
	}
}

func TestYesNo(t *testing.T) {
	for _, s := range []string{"1", "TRUE", "Yes", "y", "Да", "ООБА", "ооба"} {
		if v, ok := yesNo([]byte(s)); !v || !ok {
			t.Errorf("yesNo(%q) = %v, %v", s, v, ok)
		}
	}
	for _, s := range []string{"", "0", "False", "NO", "n", "нет", "Жок"} {
		if v, ok := yesNo([]byte(s)); v || !ok {
			t.Errorf("yesNo(%q) = %v, %v", s, v, ok)
		}
	}
	for _, s := range []string{"2", "maybe", "-", "да!"} {
		if _, ok := yesNo([]byte(s)); ok {
			t.Errorf("yesNo(%q) accepted", s)
		}
	}
}

func smallElection(t testing.TB) *election.Election {
	t.Helper()
	f, err := os.Open("../testdata/ingest/small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e, err := ReadElection(f, "small-election.json")
	if err != nil {
		t.Fatal(err)
	}
	return e
}
