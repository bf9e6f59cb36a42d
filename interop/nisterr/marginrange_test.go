package nisterr_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/nisterr"
)

// An okrug whose runner-up is an aggregate ("Others") has a margin known
// as a range: the contest carries its least (shailoo-margin) and its most
// (shailoo-margin-at-most), never the least alone as if exact. K2: B 80,
// Others 20, A 10: B leads the aggregate by 60 and the named A by 70, so
// the margin is 60 to 70. K1: A 100, Others 90, B 50: 10 to 50. K3, won
// over a named runner-up with Others behind both, has one exact margin and
// no upper bound.
func TestMarginRange(t *testing.T) {
	rules, err := os.ReadFile("../../examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(string(rules)), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	const mapping = `{"precinct":"precinct","okrug":"okrug","ballot":"okrug","votes":{"A":"A","B":"B","Others":"Others"},"aggregates":["Others"]}`
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	const csv = "precinct,okrug,A,B,Others\n1,K1,60,30,50\n2,K1,40,20,40\n3,K2,10,80,20\n4,K3,50,45,5\n"
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	var rep nisterr.Report
	if err := json.Unmarshal(write(t, res, nisterr.Options{}), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]map[string]string{}
	for _, c := range rep.Election[0].Contest {
		keys := map[string]string{}
		for _, x := range c.ExternalIdentifier {
			if x.OtherType == nisterr.MarginKey || x.OtherType == nisterr.MarginAtMostKey {
				keys[x.OtherType] = x.Value
			}
		}
		got[c.AtID] = keys
	}
	for id, want := range map[string]map[string]string{
		"contest-okrug-K1": {nisterr.MarginKey: "10", nisterr.MarginAtMostKey: "50"},
		"contest-okrug-K3": {nisterr.MarginKey: "5"},
		"contest-okrug-K2": {nisterr.MarginKey: "60", nisterr.MarginAtMostKey: "70"},
	} {
		if g := got[id]; len(g) != len(want) || g[nisterr.MarginKey] != want[nisterr.MarginKey] || g[nisterr.MarginAtMostKey] != want[nisterr.MarginAtMostKey] {
			t.Errorf("%s: %v, want %v (contests: %v)", id, g, want, got)
		}
	}
}
