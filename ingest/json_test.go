package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func TestReadElection(t *testing.T) {
	e := smallElection(t)
	if len(e.Parties) != 3 || len(e.Regions) != 2 || len(e.Okrugs) != 2 || len(e.Precincts) != 6 || len(e.Protocols) != 12 {
		t.Fatalf("small election: %d parties, %d regions, %d okrugs, %d precincts, %d protocols",
			len(e.Parties), len(e.Regions), len(e.Okrugs), len(e.Precincts), len(e.Protocols))
	}
	for _, o := range e.Okrugs {
		if len(o.Candidates) != 3 {
			t.Errorf("okrug %s has %d candidates", o.ID, len(o.Candidates))
		}
	}
	// Nulls are accepted where Go has nil.
	got, err := ReadElection(strings.NewReader(`{"id": "x", "name": "X", "regions": null, "okrugs": [], "parties": null, "precincts": [], "protocols": [
		{"precinct": "1", "ballot": "okrug", "lines": null, "votes": {"c": 1}, "preferences": null}]}`), "e.json")
	if err != nil || got.Protocols[0].Votes["c"] != 1 || got.Protocols[0].Ballot != election.OkrugBallot {
		t.Errorf("ReadElection with nulls: %+v, %v", got, err)
	}
}

// TestSmallElectionConsistent checks the hand-written example against the
// control relations of the protocol, so the README example is clean.
func TestSmallElectionConsistent(t *testing.T) {
	e := smallElection(t)
	for i, p := range e.Protocols {
		l := p.Lines
		var sum int64
		for _, v := range p.Votes {
			sum += v
		}
		issued := p.Issued()
		switch {
		case l[election.Received] != issued+l[election.Cancelled]+l[election.Lost]-l[election.Unaccounted]:
			t.Errorf("protocol %d: received != issued + cancelled + lost - unaccounted", i)
		case p.Found() != l[election.Invalid]+l[election.Valid]:
			t.Errorf("protocol %d: found != invalid + valid", i)
		case l[election.Valid] != sum:
			t.Errorf("protocol %d: valid %d != votes %d", i, l[election.Valid], sum)
		case issued > l[election.Voters] || p.Found() > issued:
			t.Errorf("protocol %d: issued or found too large", i)
		}
		if p.Ballot == election.ListBallot {
			for _, party := range e.Parties {
				var prefs int64
				for _, c := range party.Candidates {
					prefs += p.Preferences[c.ID]
				}
				if prefs > p.Votes[party.ID] {
					t.Errorf("protocol %d: preferences of %s exceed its votes", i, party.ID)
				}
			}
		}
	}
}

func TestReadElectionErrors(t *testing.T) {
	const head = `{"id": "x", "name": "X", "regions": [], "okrugs": [], "parties": [], "precincts": [],` + "\n"
	proto := func(s string) string {
		return head + ` "protocols": [{"precinct": "1", "ballot": "list", "lines": {}, "votes": {}},` + "\n  " + s + "]}"
	}
	tests := []struct {
		name  string
		in    string
		err   error
		line  int
		col   int
		field string
	}{
		{"unknown field", proto(`{"precinct": "1", "ballot": "list", "lines": {}, "votes": {}, "extra": 1}`), ErrUnknownField, 3, 65, "protocols[1].extra"},
		{"case-folded key", head + ` "protocols": [], "ID": "y"}`, ErrUnknownField, 2, 19, "ID"},
		{"string for a number", proto(`{"precinct": "1", "ballot": "list", "lines": {}, "votes": {"a": "12"}}`), ErrType, 3, 67, "protocols[1].votes.a"},
		{"fraction", proto(`{"precinct": "1", "ballot": "list", "lines": {"valid": 1.5}, "votes": {}}`), ErrType, 3, 58, "protocols[1].lines.valid"},
		{"exponent", proto(`{"precinct": "1", "ballot": "list", "lines": {"valid": 1e3}, "votes": {}}`), ErrType, 3, 58, "protocols[1].lines.valid"},
		{"past int64", proto(`{"precinct": "1", "ballot": "list", "lines": {"valid": 9223372036854775808}, "votes": {}}`), ErrOutOfRange, 3, 58, "protocols[1].lines.valid"},
		{"unknown line", proto(`{"precinct": "1", "ballot": "list", "lines": {"vaild": 1}, "votes": {}}`), ErrBadValue, 3, 49, "protocols[1].lines.vaild"},
		{"bad ballot", proto(`{"precinct": "1", "ballot": "List", "lines": {}, "votes": {}}`), ErrBadValue, 3, 31, "protocols[1].ballot"},
		{"empty ballot", proto(`{"precinct": "1", "ballot": "", "lines": {}, "votes": {}}`), ErrBadValue, 3, 31, "protocols[1].ballot"},
		{"duplicate top-level key", head + ` "protocols": [], "okrugs": []}`, ErrBadValue, 2, 19, "okrugs"},
		{"bad sex in place", `{"okrugs": [{"id": "o", "name": "O", "candidates": [{"id": "c", "name": "C", "position": 1, "sex": "X"}]}]}`, ErrBadValue, 1, 100, "okrugs[0].candidates[0].sex"},
		{"bad provenance", `{"parties": [{"id": "p", "name": "P", "provenance": "rumour"}]}`, ErrBadValue, 1, 53, "parties[0].provenance"},
		{"null name", `{"id": "x", "name": null}`, ErrType, 1, 21, "name"},
		{"duplicate key", "{\"id\": \"x\",\n \"id\": \"y\"}", ErrBadValue, 2, 2, "id"},
		{"duplicate vote", proto(`{"precinct": "1", "ballot": "list", "lines": {}, "votes": {"a": 1, "a": 2}}`), ErrBadValue, 3, 70, "protocols[1].votes.a"},
		{"empty vote key", proto(`{"precinct": "1", "ballot": "list", "lines": {}, "votes": {"": 1}}`), ErrBadValue, 3, 62, "protocols[1].votes."},
		{"syntax error", proto(`{"precinct": "1", "ballot": "list", "lines": {}, "votes": {"a": 1,}}`), ErrSyntax, 3, 69, "protocols[1].votes"},
		{"truncated", head, ErrSyntax, 2, 1, ""},
		{"trailing data", `{"id": "x"}]`, ErrSyntax, 1, 12, ""},
		{"empty input", "", ErrSyntax, 1, 1, ""},
		{"array at the top", `[]`, ErrType, 1, 1, ""},
		{"Cyrillic before the error counts runes", "{\"name\": \"Шайлоо\", \"id\": 5}", ErrType, 1, 26, "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadElection(strings.NewReader(tt.in), "e.json")
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %#v, not a *ParseError", err)
			}
			if pe.File != "e.json" || pe.Line != tt.line || pe.Column != tt.col || pe.Field != tt.field {
				t.Errorf("error at %s:%d:%d field %q, want e.json:%d:%d field %q (%v)", pe.File, pe.Line, pe.Column, pe.Field, tt.line, tt.col, tt.field, err)
			}
		})
	}
}

// TestExampleFiles reads the example CSV files with their mappings and
// checks that they hold the protocols of the example election.
func TestExampleFiles(t *testing.T) {
	e := smallElection(t)
	read := func(csvName, mapName string) Table {
		t.Helper()
		mf, err := os.Open("../testdata/ingest/" + mapName)
		if err != nil {
			t.Fatal(err)
		}
		defer mf.Close()
		m, err := ReadMapping(mf, mapName)
		if err != nil {
			t.Fatal(err)
		}
		cf, err := os.Open("../testdata/ingest/" + csvName)
		if err != nil {
			t.Fatal(err)
		}
		defer cf.Close()
		tab, err := ReadCSV(cf, csvName, m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return tab
	}
	small := read("small-protocols.csv", "small-mapping.json")
	if !equalProtocols(small.Protocols, e.Protocols) {
		t.Errorf("small-protocols.csv differs from small-election.json:\n%v\n%v", small.Protocols, e.Protocols)
	}
	if !equalPrecincts(small.Precincts, e.Precincts) {
		t.Errorf("small-protocols.csv precincts %v, want %v", small.Precincts, e.Precincts)
	}

	var list, okrug []election.Protocol
	for _, p := range e.Protocols {
		if p.Ballot == election.ListBallot {
			p.Preferences = nil
			list = append(list, p)
		} else {
			okrug = append(okrug, p)
		}
	}
	ru := read("protocols-ru.csv", "mapping-ru.json")
	var manual, machine []election.Protocol
	for _, p := range ru.Protocols {
		if p.Machine {
			machine = append(machine, p)
		} else {
			manual = append(manual, p)
		}
	}
	if !equalProtocols(manual, list) {
		t.Errorf("protocols-ru.csv manual counts differ from the list protocols:\n%v\n%v", manual, list)
	}
	if len(machine) != 2 || machine[0].Precinct != "1001" || machine[1].Precinct != "2001" {
		t.Errorf("protocols-ru.csv machine counts: %v", machine)
	}
	ky := read("protocols-ky.csv", "mapping-ky.json")
	if !equalProtocols(ky.Protocols, okrug) {
		t.Errorf("protocols-ky.csv differs from the okrug protocols:\n%v\n%v", ky.Protocols, okrug)
	}
	if ky.Lines[0] != 3 || ky.Precincts[0].Okrug != "1" {
		t.Errorf("protocols-ky.csv: first row on line %d, precinct %v", ky.Lines[0], ky.Precincts[0])
	}
}

func equalPrecincts(a, b []election.Precinct) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestReadProtocol is part of issue 12's attack suite (readers that accept
// what they should refuse): a citizen's copy is read as strictly as the
// protocols of an election.
func TestReadProtocol(t *testing.T) {
	p, err := ReadProtocol(strings.NewReader(`{"precinct": "1001", "ballot": "list", "lines": {"valid": 480}, "votes": {"a": 1}}`), "copy.json")
	if err != nil || p.Precinct != "1001" || p.Lines[election.Valid] != 480 {
		t.Fatalf("ReadProtocol = %+v, %v", p, err)
	}
	for _, c := range []struct {
		name, json string
		is         error
		field      string
		col        int
	}{
		{"misspelt line", `{"precinct": "1001", "ballot": "list", "lines": {"vaild": 480}}`, ErrBadValue, "lines.vaild", 50},
		{"no ballot", `{"precinct": "1001", "lines": {"valid": 480}}`, ErrMissing, "ballot", 1},
		{"duplicate vote", `{"ballot": "list", "votes": {"a": 1, "a": 2}}`, ErrDuplicateKey, "votes.a", 38},
		{"second copy", `{"ballot": "list"} {"ballot": "okrug"}`, ErrSyntax, "", 20},
		{"unknown field", `{"ballot": "list", "vote": {}}`, ErrUnknownField, "vote", 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadProtocol(strings.NewReader(c.json), "copy.json")
			var pe *ParseError
			if !errors.Is(err, c.is) || !errors.As(err, &pe) || pe.Field != c.field || pe.Line != 1 || pe.Column != c.col || pe.File != "copy.json" {
				t.Errorf("err = %v, want %v at copy.json:1:%d %s", err, c.is, c.col, c.field)
			}
			if c.name == "misspelt line" && !strings.Contains(err.Error(), "allowed: voters,") {
				t.Errorf("%v does not list the allowed lines", err)
			}
		})
	}
	if _, err := ReadProtocol(nil, "nil.json"); err == nil {
		t.Error("ReadProtocol(nil) gave no error")
	}
	if _, err := ReadElection(nil, "nil.json"); err == nil {
		t.Error("ReadElection(nil) gave no error")
	}
	if _, err := ReadMapping(nil, "nil.json"); err == nil {
		t.Error("ReadMapping(nil) gave no error")
	}
}

// TestReadProtocolFor reads a protocol of a form that adds lines (the
// Russian absentee certificates of examples/duma2011): the added lines
// are read, a line neither the built-in form nor the rule set knows is
// refused with both in its allowed list, and the built-in reader still
// refuses the added lines.
func TestReadProtocolFor(t *testing.T) {
	added := []election.Line{"absentee_received", "absentee_cancelled"}
	const doc = `{"precinct": "1", "ballot": "list", "lines": {"valid": 480, "absentee_cancelled": 3}, "votes": {"er": 480}}`
	p, err := ReadProtocolFor(strings.NewReader(doc), "p.json", added)
	if err != nil || p.Lines["absentee_cancelled"] != 3 || p.Lines[election.Valid] != 480 || p.Votes["er"] != 480 {
		t.Fatalf("ReadProtocolFor = %+v, %v", p, err)
	}
	if q, err := ReadProtocolFor(strings.NewReader(`{"ballot": "list", "lines": {"valid": 1}}`), "p.json", nil); err != nil || q.Lines[election.Valid] != 1 {
		t.Errorf("ReadProtocolFor(nil lines) = %+v, %v", q, err)
	}
	for _, c := range []struct {
		name, json string
		added      []election.Line
		field      string
		col        int
		allowed    string
	}{
		{"misspelt added line", `{"ballot": "list", "lines": {"absentee_canceled": 3}}`, added, "lines.absentee_canceled", 30,
			"allowed: voters, received, issued_in_room, issued_outside, issued_early, cancelled, found_mobile, found_stationary, invalid, valid, lost, unaccounted, absentee_received, absentee_cancelled)"},
		{"added line without its rule set", doc, nil, "lines.absentee_cancelled", 61, "allowed: voters,"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadProtocolFor(strings.NewReader(c.json), "p.json", c.added)
			var pe *ParseError
			if !errors.Is(err, ErrBadValue) || !errors.As(err, &pe) || pe.File != "p.json" || pe.Field != c.field || pe.Line != 1 || pe.Column != c.col {
				t.Fatalf("err = %v, want ErrBadValue at p.json:1:%d %s", err, c.col, c.field)
			}
			if !strings.Contains(err.Error(), c.allowed) {
				t.Errorf("%v does not say %q", err, c.allowed)
			}
		})
	}
	if _, err := ReadProtocol(strings.NewReader(doc), "p.json"); !errors.Is(err, ErrBadValue) {
		t.Errorf("ReadProtocol read an added line: %v", err)
	}
}
