package forensics

import "testing"

// TestMachine: differences summed over the choices per precinct, grouped
// by okrug, the largest of each okrug and of all named.
func TestMachine(t *testing.T) {
	d := &Data{
		Choices:    []string{"a", "b"},
		OkrugNames: map[string]string{"o1": "One", "o2": "Two"},
		Pairs: []Pair{
			{Precinct: "1", Okrug: "o1", Diff: []int64{0, 0}},
			{Precinct: "2", Okrug: "o1", Diff: []int64{3, -5}},
			{Precinct: "3", Okrug: "o2", Diff: []int64{-1, 0}},
			{Precinct: "4", Okrug: "o1", Diff: []int64{2, 0}},
		},
	}
	m := machine(d)
	if m.Pairs != 4 || m.Differing != 3 || m.By != "okrug" || len(m.Groups) != 2 {
		t.Fatalf("%+v", m)
	}
	g := m.Groups[0]
	if g.ID != "o1" || g.Name != "One" || g.Pairs != 3 || g.Differing != 2 || g.Abs != 10 || g.Max != "2" || g.MaxAbs != 8 {
		t.Errorf("o1: %+v", g)
	}
	if l := m.Largest; len(l) != 3 || l[0].Precinct != "2" || l[0].Abs != 8 || l[0].Choice != "b" || l[0].Diff != -5 || l[2].Precinct != "3" {
		t.Errorf("largest: %+v", l)
	}
	if m := machine(&Data{}); m.Pairs != 0 || m.By != "region" || m.Groups == nil {
		t.Errorf("no pairs: %+v", m)
	}
}
