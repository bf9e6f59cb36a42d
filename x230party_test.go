package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A long file whose choice_column holds parties names a party per row, as
// a wide file's column does: PEI 2019's districts 1 and 5, where PC and
// Green stand in both and each wins one, gave X230 ("two people of one
// name") read long and nothing read wide. The two layouts agree now; a
// long file's column of candidates ("Smith" in two okrugs) is still said.
func TestLongPartyChoicesAreNoPeople(t *testing.T) {
	rf, err := os.Open("examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	defer rf.Close()
	r, err := shailoo.ReadRules(rf, "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	count := func(file, mapping string) *shailoo.Result {
		t.Helper()
		m, err := ingest.ReadMapping(strings.NewReader(mapping), "m.json")
		if err != nil {
			t.Fatal(err)
		}
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	x230 := func(res *shailoo.Result) []string {
		var ids []string
		for _, f := range res.Findings.Findings {
			if f.Code == validate.CandidateInOkrugs {
				ids = append(ids, f.Place.Candidate)
			}
		}
		return ids
	}
	const values = `{"Green": "green", "Independent": "independent", "Liberal": "liberal", "NDP": "ndp", "PC": "pc"}`
	long := count("testdata/ingest/real/ca-pe2019-polls-long-d1d5.csv", `{"layout": "long", "precinct": {"columns": ["district", "poll"]},
 "okrug": "district", "ballot": "okrug", "choice_column": "party", "votes_column": "votes", "choice_values": `+values+`}`)
	wide := count("testdata/ingest/real/ca-pe2019-polls-wide-d1d5.csv", `{"precinct": {"columns": ["district", "poll"]}, "okrug": "district",
 "ballot": "okrug", "empty_votes": "not_on_ballot", "votes": {"green": "Green", "independent": "Independent", "liberal": "Liberal", "ndp": "NDP", "pc": "PC"}}`)
	if got := x230(long); len(got) != 0 {
		t.Errorf("long, its choices parties: X230 for %v", got)
	}
	if got := x230(wide); len(got) != 0 {
		t.Errorf("wide: X230 for %v", got)
	}
	if len(long.Okrugs) != 2 || long.Okrugs[0].Winner != wide.Okrugs[0].Winner || long.Okrugs[1].Winner != wide.Okrugs[1].Winner {
		t.Errorf("the layouts elect differently: long %v, wide %v", long.Okrugs, wide.Okrugs)
	}
	// The same rows, their choice_column a candidate's: one name in two
	// okrugs, elected in one, is said.
	b, err := os.ReadFile("testdata/ingest/real/ca-pe2019-polls-long-d1d5.csv")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir() + "/cand.csv"
	if err := os.WriteFile(tmp, []byte(strings.Replace(string(b), "district,poll,party,votes", "district,poll,candidate,votes", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cand := count(tmp, `{"layout": "long", "precinct": {"columns": ["district", "poll"]},
 "okrug": "district", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes", "choice_values": `+values+`}`)
	if got := x230(cand); len(got) != 2 {
		t.Errorf("long, its choices candidates: X230 for %v, want green and pc", got)
	}
	for _, h := range []string{"party", "Partei", "PARTIDO", "Партия", "affiliation", "party_name"} {
		if !ingest.PartyHeader(h) {
			t.Errorf("PartyHeader(%q) = false", h)
		}
	}
	for _, h := range []string{"candidate", "Party / Candidate", "name", "votes", "partial"} {
		if ingest.PartyHeader(h) {
			t.Errorf("PartyHeader(%q) = true", h)
		}
	}
}
