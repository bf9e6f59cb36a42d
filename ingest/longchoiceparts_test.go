package ingest

import (
	"errors"
	"strings"
	"testing"
)

// dkMapping maps Socialdemokratiet's rows of Fanø's file (Denmark,
// municipal election 2021): the party's votes are its "Listestemmer" row
// and its candidates' rows, four labels of choice_values mapped to one
// choice.
func dkMapping(t *testing.T) Mapping {
	t.Helper()
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "delimiter": ";", "precinct": "Afstemningsområde", "ballot": "list",
		"rows": {"where": [{"column": "Listenavn", "values": ["Socialdemokratiet"]}]},
		"choice_column": "Navn", "votes_column": "Stemmetal",
		"choice_values": {"Listestemmer": "a", "Johan Brink Jensen": "a", "Jørgen Dalsgaard": "a", "Kim Fischer": "a"}}`), "dk.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Labels of choice_values mapped to one choice are summed, as those of
// line_values are: Nordby 48 + 72 + 17 + 11 = 148, Sønderho 2 + 33 + 0 +
// 7 = 42 (before, line 4 was "a second row for the same protocol and
// choice", line 3's other label named as giving it).
func TestLongChoiceParts(t *testing.T) {
	tab, err := ReadCSV(strings.NewReader(string(readReal(t, "dk-kv2021-fanoe.csv"))), "dk.csv", dkMapping(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"1. Nordby": 148, "2. Sønderho": 42}
	if len(tab.Protocols) != 2 {
		t.Fatalf("%d protocols, want 2", len(tab.Protocols))
	}
	for _, p := range tab.Protocols {
		if v, ok := p.Votes["a"]; !ok || v != want[p.Precinct] {
			t.Errorf("%s: a %d (given %v), want %d", p.Precinct, v, ok, want[p.Precinct])
		}
	}
}

// The same label twice for a protocol stays an error, naming the row of
// that label: line 3 gave "Johan Brink Jensen", not line 2's
// "Listestemmer".
func TestLongChoicePartTwice(t *testing.T) {
	rows := strings.SplitAfter(string(readReal(t, "dk-kv2021-fanoe.csv")), "\n")
	data := strings.Join(rows[:3], "") + rows[2] + strings.Join(rows[3:], "")
	_, err := ReadCSV(strings.NewReader(data), "dk.csv", dkMapping(t), Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateRow) || pe.Line != 4 ||
		!strings.Contains(err.Error(), `"Johan Brink Jensen" of protocol "1. Nordby": line 3 gives it already, with the same figure (72)`) {
		t.Errorf("%v; want line 4's Johan Brink Jensen a second row, line 3 named", err)
	}
}

// A negative part is refused, naming the choice and its labels.
func TestLongChoicePartNegative(t *testing.T) {
	data := strings.Replace(string(readReal(t, "dk-kv2021-fanoe.csv")), "Jørgen Dalsgaard;17", "Jørgen Dalsgaard;-17", 1)
	_, err := ReadCSV(strings.NewReader(data), "dk.csv", dkMapping(t), Options{})
	if !errors.Is(err, ErrBadValue) || !strings.Contains(err.Error(), "votes.a: -17 in a part of the sum") {
		t.Errorf("%v; want votes.a's negative part refused", err)
	}
}
