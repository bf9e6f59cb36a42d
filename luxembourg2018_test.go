package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// Luxembourg's Hagenbach-Bischoff system (the quota total/(seats+1), the
// seats left by the highest averages) is D'Hondt: the rule set "dhondt"
// gives the 2018 Chamber's seats in its 4 circonscriptions; the method
// "hagenbach_bischoff", the same quota with the largest remainders,
// gives others (docs/rules.md "Rule sets in use", testdata/lu2018).
func TestLuxembourgHagenbachBischoffIsDHondt(t *testing.T) {
	const dir = "testdata/lu2018/"
	read := func(name string) *os.File {
		f, err := os.Open(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	m, err := ingest.ReadMapping(read("mapping.json"), "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dir + "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		method string
		want   map[string]int
	}{
		{"dhondt", map[string]int{"csv": 21, "dp": 12, "lsap": 10, "greng": 9, "adr": 4, "piraten": 2, "lenk": 2}},
		{"hagenbach_bischoff", map[string]int{"csv": 17, "dp": 12, "lsap": 10, "greng": 10, "adr": 5, "piraten": 4, "lenk": 2}},
	} {
		t.Run(c.method, func(t *testing.T) {
			r, err := shailoo.ReadRules(strings.NewReader(strings.Replace(string(data), `"method": "dhondt"`, `"method": "`+c.method+`"`, 1)), "rules.json")
			if err != nil {
				t.Fatal(err)
			}
			res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "lu.csv", R: read("lu-chambre2018-circonscriptions.csv"), Mapping: m}}, shailoo.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, l := range res.Lists {
				if l.Seats > 0 {
					got[l.ID] = l.Seats
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("seats %v, want %v", got, c.want)
			}
			for id, n := range c.want {
				if got[id] != n {
					t.Errorf("%s: %d seats, want %d", id, got[id], n)
				}
			}
		})
	}
}
