package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// DR Congo's 2023 provinces (testdata/drc2023): Mai-Ndombe gives the
// voters, the valid and the invalid (blank) ballots, the USA's diaspora
// row none. The note said "the protocols do not give line(s) ... invalid,
// valid", where one of the two protocols gives them: it says they are
// missing in 1 of 2 protocols, and names among the lines no protocol
// gives only those.
func TestDRC2023FormLinesMissingInSome(t *testing.T) {
	r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/drc2023/rules-cd.json")), "rules-cd.json")
	if err != nil {
		t.Fatal(err)
	}
	res := countMapped(t, "testdata/drc2023/", "CUT-drc2023-prov-long-mn-usa.csv", "map-prov-long.json", "", r)
	part := slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, "line(s) voters, invalid, valid are not evaluated") && strings.Contains(n, "missing in 1 of 2 protocols")
	})
	if !part {
		t.Errorf("notes %q: want voters, invalid and valid missing in 1 of 2 protocols", res.Notes)
	}
	for _, n := range res.Notes {
		if ids, ok := strings.CutPrefix(n, "Relations of the protocol form are not evaluated: the protocols do not give line(s) "); ok {
			ids, _, _ = strings.Cut(ids, ".")
			if slices.Contains(strings.Split(ids, ", "), "valid") {
				t.Errorf("note %q: Mai-Ndombe gives the valid votes", n)
			}
		}
	}
}

// Ghana's 2020 Ashanti collation (testdata/gh2020): the Regional
// Director gave NPP "71.77 per cent of the total valid ballots cast" and
// NDC 26.1. verify refused the shares of a president's candidates
// (okrugs[0].percent: unknown field); it checks them as a list's, on the
// base the summary declares (valid: 72.79 and 26.47, S301), and says that
// each is the recount's share of the votes cast, the participants.
func TestGhana2020OkrugPercent(t *testing.T) {
	r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/gh2020/rules-gh.json")), "rules-gh.json")
	if err != nil {
		t.Fatal(err)
	}
	res := countMapped(t, "testdata/gh2020/", "gh2020_pres_ashanti.csv", "map-ashanti.json", "", r)
	s, err := validate.ReadSummary(strings.NewReader(readFile(t, "testdata/gh2020/published-ashanti-percent.json")), "published-ashanti-percent.json")
	if err != nil {
		t.Fatal(err)
	}
	rep := shailoo.Verify(res, s)
	want := map[string]string{"npp": "72.79 (exact 100 × 1795824 / 2467291 = 72.785253…)", "ndc": "26.47 (exact 100 × 653149 / 2467291 = 26.472313…)"}
	for _, f := range rep.Findings {
		if f.Code != validate.PublishedPercent {
			continue
		}
		if f.Want != want[f.Place.Candidate] || !strings.Contains(f.Message().En, "share of another base") || !strings.Contains(f.Message().En, `"base" to "participants"`) {
			t.Errorf("%s %s: want %q, got %q: %s", f.Code, f.Place.Candidate, want[f.Place.Candidate], f.Want, f.Message().En)
		}
		delete(want, f.Place.Candidate)
	}
	if len(want) != 0 {
		t.Errorf("no S301 of %v: %+v", want, rep.Findings)
	}
	s.Base = "participants"
	for _, f := range shailoo.Verify(res, s).Findings {
		if f.Code == validate.PublishedPercent {
			t.Errorf("base participants: %s %s: %s", f.Code, f.Place.Candidate, f.Message().En)
		}
	}
}
