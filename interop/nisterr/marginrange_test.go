package nisterr_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
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
	const mapping = `{"precinct":"precinct","okrug":"okrug","ballot":"okrug","votes":{"A":"A","B":"B","Others":"Others"},"aggregates":["Others"]}`
	const csv = "precinct,okrug,A,B,Others\n1,K1,60,30,50\n2,K1,40,20,40\n3,K2,10,80,20\n4,K3,50,45,5\n"
	res, _ := countFPTP(t, mapping, csv)
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

// countFPTP counts text, a CSV file read by mapping, under
// examples/fptp/rules.json with the definition the mapping infers, and
// returns the result and that definition.
func countFPTP(t *testing.T, mapping, text string) (*shailoo.Result, *election.Election) {
	t.Helper()
	rules, err := os.ReadFile("../../examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(bytes.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(text), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res, def
}

// A single okrug's votes in each region (okrug_regions: Taiwan's
// president of 2024 in two counties, testdata/regionvotes) are counts of
// each candidate's selection at the region's GpUnit, with or without the
// definition (whose learnt regions are then added as GpUnits), and the
// report satisfies NIST's schema; a region's partial sum is marked on its
// GpUnit, and a figure not given there is no count at all.
func TestOkrugRegionsCounted(t *testing.T) {
	b, err := os.ReadFile("../../testdata/regionvotes/tw-pres2024-lienchiang-pingtung.csv")
	if err != nil {
		t.Fatal(err)
	}
	const mapping = `{"layout": "long", "precinct": "polling_place", "region": "county", "okrug_id": "president", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"侯友宜/趙少康": "hou", "柯文哲/吳欣盈": "ko", "賴清德/蕭美琴": "lai"}}`
	res, def := countFPTP(t, mapping, string(b))
	if len(res.OkrugRegions) != 2 {
		t.Fatalf("okrug_regions %+v, want 2 counties", res.OkrugRegions)
	}
	// A partial sum and a figure not given, in the second county.
	pt := &res.OkrugRegions[1]
	pt.VotesMissing = map[string]int{"ko": 2, "lai": 18}
	delete(pt.Votes, "lai")
	s := schema(t)
	for _, o := range []nisterr.Options{{}, {Election: def}} {
		out := write(t, res, o)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(doc); err != nil {
			t.Fatalf("definition given %v: the report does not satisfy NIST's schema: %v", o.Election != nil, err)
		}
		var rep nisterr.Report
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		got := map[string]int64{} // "region/candidate" → count
		for _, c := range rep.Election[0].Contest {
			for _, sel := range c.ContestSelection {
				for _, v := range sel.VoteCounts {
					if strings.HasPrefix(v.GpUnitId, "gpu-region-") {
						got[strings.TrimPrefix(v.GpUnitId, "gpu-region-")+"/"+strings.TrimPrefix(sel.CandidateIds[0], "cand-")] = v.Count
					}
				}
			}
		}
		want := map[string]int64{"連江縣/hou": 3860, "連江縣/ko": 1651, "連江縣/lai": 648, "屏東縣/hou": 4051, "屏東縣/ko": 1547}
		if len(got) != len(want) {
			t.Errorf("definition given %v: region counts %v, want %v", o.Election != nil, got, want)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("definition given %v: %s: %d, want %d", o.Election != nil, k, got[k], v)
			}
		}
		units := map[string]bool{}
		var marked []string
		for _, u := range rep.GpUnit {
			units[u.AtID] = true
			for _, x := range u.ExternalIdentifier {
				if x.OtherType == nisterr.VotesMissingKey {
					marked = append(marked, u.AtID+" "+x.Label+" "+x.Value)
				}
			}
		}
		if !units["gpu-region-連江縣"] || !units["gpu-region-屏東縣"] {
			t.Errorf("definition given %v: no GpUnit of a county: %v", o.Election != nil, units)
		}
		if len(marked) != 1 || marked[0] != "gpu-region-屏東縣 ko 2" {
			t.Errorf("definition given %v: partial sums marked %v, want [gpu-region-屏東縣 ko 2]", o.Election != nil, marked)
		}
	}
}
