package ingest

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestOneSpace(t *testing.T) {
	for _, c := range []struct {
		in, want string
		changed  bool
	}{
		{"Maharagama Urban Council", "Maharagama Urban Council", false},
		{"Maharagama  Urban Council", "Maharagama Urban Council", true},
		{"Dehiwala   Mount Lavinia", "Dehiwala Mount Lavinia", true},
		{"a\tb", "a b", true},
		{"a\u00a0b", "a b", true},
		{"a \u00a0\u3000 b c", "a b c", true},
		{"Москва «Центр»", "Москва «Центр»", false},
		{"Москва  «Центр»", "Москва «Центр»", true},
		{"—–", "—–", false},
		{"", "", false},
		{"x", "x", false},
	} {
		got, ok := oneSpace([]byte(c.in))
		if string(got) != c.want || ok != c.changed {
			t.Errorf("oneSpace(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.changed)
		}
	}
}

// Sri Lanka's Election Commission gives local authority 008 of 2025
// twice, the same figures, once named "Maharagama  Urban Council" (two
// spaces): named by code and name, the two rows are one precinct, not
// two counted (X207 is then found by the count), and a note counts the
// cells read so, those of "Dehiwala   Mount Lavinia" too.
func TestInnerSpacesOneKey(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"precinct": {"columns": ["lg_code", "lg_name"]}, "okrug": "lg_code", "region": "district", "ballot": "okrug",
		"lines": {"voters": "electors", "found_stationary": "polled", "valid": "valid", "invalid": "rejected"},
		"votes": {"npp": "NPP", "sjb": "SJB"}, "empty_votes": "not_on_ballot"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"lk-lg2025-wide-dup-008.csv", "lk-lg2025-colombo-gampaha.csv"} {
		for _, concurrent := range []bool{false, true} {
			tab, err := ReadCSV(strings.NewReader(string(readReal(t, name))), name, m, Options{Concurrent: concurrent, chunkBytes: 300})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, p := range tab.Protocols {
				if p.Precinct == "008 / Maharagama Urban Council" {
					ids = append(ids, p.Precinct)
				}
				if strings.Contains(p.Precinct, "  ") {
					t.Errorf("%s: precinct %q", name, p.Precinct)
				}
			}
			if len(ids) != 2 {
				t.Errorf("%s: %d protocols of 008 / Maharagama Urban Council, want 2 (one precinct)", name, len(ids))
			}
			want := []int{3}
			if name == "lk-lg2025-colombo-gampaha.csv" {
				want = []int{3, 9, 18, 19}
			}
			if !slices.Equal(tab.SpaceLines, want) || tab.SpaceCells != len(want) {
				t.Errorf("%s: %d cells at %v; want lines %v", name, tab.SpaceCells, tab.SpaceLines, want)
			}
			if n := ScriptNotes(name, tab.Counts); len(n) != 1 || !strings.Contains(n[0], "each run read as one space") {
				t.Errorf("%s: notes %q", name, n)
			}
		}
	}
}

// A long file's choice cell is read so too, and a mapping's key: "Party
// A" and "Party  A" are one label; mapped to two IDs, the mapping is
// refused.
func TestInnerSpacesChoiceLabel(t *testing.T) {
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "party", "votes_column": "votes",
		"choice_values": {"Party  A": "a", "B": "b"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadCSV(strings.NewReader("p,party,votes\n1,Party A,5\n1,B,3\n2,Party\tA,7\n2,B,1\n"), "l.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Protocols) != 2 || tab.Protocols[0].Votes["a"] != 5 || tab.Protocols[1].Votes["a"] != 7 {
		t.Fatalf("%+v", tab.Protocols)
	}
	_, err = ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "p", "ballot": "list", "choice_column": "party", "votes_column": "votes",
		"choice_values": {"Party  A": "a", "Party A": "b"}}`), "m.json")
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "more spaces between its words") {
		t.Fatalf("%v", err)
	}
}
