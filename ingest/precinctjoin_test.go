package ingest

import (
	"bytes"
	"errors"
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
// long file's row is an error, as a one-column precinct's empty cell is.
func TestPrecinctJoinAllEmpty(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": ["a", "b"], "join": true}, "ballot": "list",
		"choice_column": "c", "votes_column": "v", "choice_values": {"X": "x", "Y": "y"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader("a,b,c,v\n1,,X,5\n1,,Y,6\n,2,X,7\n,2,Y,8\n"), "f.csv", m, Options{})
	if err != nil || len(tab.Protocols) != 2 || tab.Precincts[0].ID != "1" || tab.Precincts[1].ID != "2" {
		t.Fatalf("%v %+v", err, tab)
	}
	_, err = ReadCSV(strings.NewReader("a,b,c,v\n1,,X,5\n,,Y,6\n"), "f.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBadValue) || pe.Line != 3 {
		t.Errorf("%v, want an error at line 3", err)
	}
}
