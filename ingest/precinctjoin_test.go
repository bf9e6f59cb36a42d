package ingest

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// doloresMapping maps the cut of Colorado's 2008 Dolores County file
// (OpenElections' long layout: President with an empty district, every
// precinct voting in both County Commissioner districts), each office and
// district an okrug; %s is the precinct's key.
const doloresMapping = `{"layout": "long", "precinct": %s, "okrug": {"columns": ["office", "district"], "join": true},
 "region": "county", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "ignore": ["party"],
 "choice_values": {"Barack Obama I Joe Biden": "biden", "Douglas R. Stowe": "stowe", "Ernest (Ernie) R. Williams": "williams",
  "John McCain I Sarah Palin": "palin", "John T. Salazar": "salazar", "Noelle Hagan": "hagan", "Ricardo Archuleta": "archuleta",
  "Scott R. Tipton": "tipton", "Tim Huskey": "huskey", "Wayne Wolf": "wolf"}}`

func readDolores(t *testing.T, key string) (Table, error) {
	t.Helper()
	m, err := ReadMapping(strings.NewReader(strings.Replace(doloresMapping, "%s", key, 1)), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	return ReadCSV(bytes.NewReader(readReal(t, "us-co-2008-dolores-multi-cut.csv")), "dolores.csv", m, Options{})
}

// A precinct named by the office, the district and its own column under
// "join": true: President's rows, whose district is empty, are named by
// the cells given ("President / 1"), each commissioner's district of a
// precinct is a protocol of its own. The precinct by office and precinct
// alone puts a precinct's two districts in one protocol: the conflict
// error proposes the key of the okrug's columns and the precinct's, with
// join; without join the empty district is an error that proposes it.
func TestPrecinctJoinLeavesOutEmpty(t *testing.T) {
	tab, err := readDolores(t, `{"columns": ["office", "district", "precinct"], "join": true}`)
	if err != nil {
		t.Fatal(err)
	}
	okrug := map[string]string{}
	for _, p := range tab.Precincts {
		okrug[p.ID] = p.Okrug
	}
	want := map[string]string{
		"President / 1": "President", "President / 3": "President",
		"U. S. House / 3.0 / 1": "U. S. House / 3.0", "U.S. House / 3.0 / 3": "U.S. House / 3.0",
		"State House / 58.0 / 1": "State House / 58.0", "State House / 58.0 / 3": "State House / 58.0",
		"County Commissioner / 2.0 / 1": "County Commissioner / 2.0", "County Commissioner / 3.0 / 1": "County Commissioner / 3.0",
		"County Commissioner / 2.0 / 3": "County Commissioner / 2.0", "County Commissioner / 3.0 / 3": "County Commissioner / 3.0",
	}
	if len(okrug) != len(want) || len(tab.Protocols) != len(want) {
		t.Errorf("%d precincts, %d protocols, want %d: %v", len(okrug), len(tab.Protocols), len(want), okrug)
	}
	for id, o := range want {
		if okrug[id] != o {
			t.Errorf("precinct %q in okrug %q, want %q", id, okrug[id], o)
		}
	}

	_, err = readDolores(t, `{"columns": ["office", "precinct"]}`)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Line != 10 || pe.Field != "okrug" ||
		!strings.Contains(err.Error(), `"precinct": {"columns": ["office", "district", "precinct"], "join": true}`) {
		t.Errorf("precinct by office and precinct: %v, want a conflict at line 10 proposing the key of office, district and precinct, joined", err)
	}

	_, err = readDolores(t, `{"columns": ["office", "district", "precinct"]}`)
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 2 || pe.Field != "precinct.columns[1]" ||
		!strings.Contains(err.Error(), `"precinct": {"columns": [...], "join": true}`) {
		t.Errorf("without join: %v, want the empty district at line 2, proposing join", err)
	}
}

// A precinct joined whose every key cell is empty names no precinct: a
// long file's row is an error, whose advice is a row filter, not the
// join the mapping sets already.
func TestPrecinctJoinAllEmpty(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": ["office", "district", "precinct"], "join": true},
		"okrug": {"columns": ["office", "district"], "join": true}, "ballot": "okrug",
		"choice_column": "c", "votes_column": "v", "choice_values": {"X": "x", "Y": "y"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader("office,district,precinct,c,v\nP,,1,X,5\n,,,Y,6\n"), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 || pe.Field != "precinct.columns[2]" ||
		strings.Contains(err.Error(), `"join": true names`) || !strings.Contains(err.Error(), `"except": [""]`) {
		t.Errorf("%v, want an error at line 3 naming the precinct's own column, advising a row filter, not join", err)
	}
}

// A subtotal row, its precinct's cell empty under the office and the
// district, is no precinct of its own ("State House / 58.0", its votes
// counted twice): join leaves out an empty cell of the okrug's columns
// alone. A row filter leaving it out counts the precincts as before.
func TestPrecinctJoinSubtotal(t *testing.T) {
	const joined = `{"columns": ["office", "district", "precinct"], "join": true}`
	read := func(key, mapping string) (Table, error) {
		m, err := ReadMapping(strings.NewReader(strings.TrimSuffix(strings.Replace(doloresMapping, "%s", key, 1), "}")+mapping+"}"), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile("../testdata/ingest/joinsub/SYNTHETIC-EDITED-us-co-2008-dolores-subtotal.csv")
		if err != nil {
			t.Fatal(err)
		}
		return ReadCSV(bytes.NewReader(b), "sub.csv", m, Options{})
	}
	_, err := read(joined, "")
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 14 || pe.Field != "precinct.columns[2]" ||
		strings.Contains(err.Error(), `"join": true names`) || !strings.Contains(err.Error(), `{"column": "precinct", "except": [""]}`) {
		t.Fatalf("%v, want the subtotal's empty precinct at line 14, advising a row filter", err)
	}
	// Without join, the error of the precinct's own cell does not advise
	// join either: join would not leave it out.
	_, err = read(`{"columns": ["office", "precinct"]}`, "")
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 14 || pe.Field != "precinct.columns[1]" || strings.Contains(err.Error(), `"join": true`) {
		t.Errorf("without join: %v, want the empty precinct at line 14, not advising join", err)
	}
	tab, err := read(joined, `, "rows": {"where": [{"column": "precinct", "except": [""]}]}`)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	tipton := int64(0)
	for i, p := range tab.Precincts {
		ids = append(ids, p.ID)
		if p.Okrug == "State House / 58.0" {
			tipton += tab.Protocols[i].Votes["tipton"]
		}
	}
	want := []string{"President / 1", "U. S. House / 3.0 / 1", "State House / 58.0 / 1", "President / 3", "U.S. House / 3.0 / 3", "State House / 58.0 / 3"}
	if !slices.Equal(ids, want) || tipton != 57+213 {
		t.Errorf("precincts %q, Tipton %d; want %q, 270", ids, tipton, want)
	}
}

// Join leaves out the cells of the okrug's columns: a precinct joined
// none of whose columns is the okrug's is a mapping error (it would leave
// out nothing, or the precinct's own cell).
func TestPrecinctJoinNeedsOkrugColumn(t *testing.T) {
	for _, in := range []string{
		`{"layout": "long", "precinct": {"columns": ["a", "b"], "join": true}, "ballot": "list", "choice_column": "c", "votes_column": "v", "choice_values": {"X": "x"}}`,
		`{"layout": "long", "precinct": {"columns": ["a", "b"], "join": true}, "okrug": "o", "ballot": "okrug", "choice_column": "c", "votes_column": "v", "choice_values": {"X": "x"}}`,
		`{"layout": "long", "precinct": {"columns": ["a", "b"], "join": true}, "okrug": {"columns": ["o", "d"], "join": true}, "ballot": "okrug", "choice_column": "c", "votes_column": "v", "choice_values": {"X": "x"}}`,
	} {
		var pe *ParseError
		if _, err := ReadMapping(strings.NewReader(in), "m.json"); !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != "precinct" {
			t.Errorf("%s: %v, want a mapping error of the precinct", in, err)
		}
	}
	for _, in := range []string{
		`{"layout": "long", "precinct": {"columns": ["o", "b"], "join": true}, "okrug": "o", "ballot": "okrug", "choice_column": "c", "votes_column": "v", "choice_values": {"X": "x"}}`,
		`{"layout": "long", "precinct": {"columns": ["d", "b"], "join": true}, "okrug": {"columns": ["o", "d"], "join": true}, "ballot": "okrug", "choice_column": "c", "votes_column": "v", "choice_values": {"X": "x"}}`,
	} {
		if _, err := ReadMapping(strings.NewReader(in), "m.json"); err != nil {
			t.Errorf("%s: %v", in, err)
		}
	}
}

// Joined keys whose cells given are the same in other columns make one
// ID: ("X", "", "1") and ("", "X", "1") both "X / 1". The second row is
// refused, naming the first, not put into the first's protocol; a row
// that leaves the precinct's own cell empty ("X", "1", "") is no precinct.
func TestPrecinctJoinCollision(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": ["office", "district", "precinct"], "join": true},
		"okrug": {"columns": ["office", "district"], "join": true}, "ballot": "okrug",
		"choice_column": "c", "votes_column": "v", "choice_values": {"A": "a", "B": "b"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader("office,district,precinct,c,v\nX,,1,A,10\n,X,1,B,3\n"), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrConflict) || pe.Line != 3 || pe.Field != "precinct.columns[0]" || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("office and district swapped: %v, want a conflict at line 3 naming line 2", err)
	}
	_, err = ReadCSV(strings.NewReader("office,district,precinct,c,v\nX,,1,A,10\nX,1,,B,3\n"), "f.csv", m, Options{})
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 || pe.Field != "precinct.columns[2]" {
		t.Errorf("the precinct's own cell empty: %v, want an error at line 3 naming precinct.columns[2]", err)
	}
	// Rows of one key, the cells empty alike, are one protocol.
	tab, err := ReadCSV(strings.NewReader("office,district,precinct,c,v\nX,,1,A,10\nX,,1,B,3\nX,2,1,A,4\n"), "f.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 2 || tab.Precincts[0].ID != "X / 1" || tab.Precincts[1].ID != "X / 2 / 1" {
		t.Errorf("%v %+v", err, tab.Precincts)
	}
}

// In a wide file a row whose precinct's own cell is empty under join is
// named by its line, as without join (a count says so in a note).
func TestPrecinctJoinWideLineID(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct": {"columns": ["office", "district", "precinct"], "join": true},
		"okrug": {"columns": ["office", "district"], "join": true}, "ballot": "okrug", "votes": {"a": "a", "b": "b"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader("office,district,precinct,a,b\nP,,1,10,5\nS,5,1,9,6\nS,5,,9,6\n"), "f.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range tab.Precincts {
		ids = append(ids, p.ID)
	}
	if want := []string{"P / 1", "S / 5 / 1", "S / 5 / line 4"}; !slices.Equal(ids, want) {
		t.Errorf("precincts %q, want %q", ids, want)
	}
}
