package shailoo_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/report"
)

// A count of one okrug (New Zealand's Auckland Central, 2023, the whole
// file of testdata/okrugscope) is a report about it: under the okrugs'
// table of leaders, every candidate's votes, the most first, each share,
// and the one elected; the JSON names them (candidate_names).
func TestOneOkrugListsEveryCandidate(t *testing.T) {
	res := countScope(t, nil, fptpRules(t), false, shailoo.Options{SkipBadRows: true}, scopeFile{"nz2023-candidate-votes-1.csv", "nz2023-1.mapping.json"})
	if len(res.Okrugs) != 1 || res.Okrugs[0].CandidateNames["swarbrick"] != "SWARBRICK, Chlöe Charlotte" {
		t.Fatalf("okrugs %d, names %v", len(res.Okrugs), res.Okrugs[0].CandidateNames)
	}
	var b bytes.Buffer
	if err := report.Text(&b, res, report.English); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := []string{"Auckland Central: every candidate's votes",
		"SWARBRICK, Chlöe Charlotte       16,624  47.84              elected",
		"MURALIDHAR, Mahesh               12,728  36.63",
		"SLOCUM, Guy                      89      0.26"}
	at := 0
	for _, w := range want {
		i := strings.Index(out[at:], w)
		if i < 0 {
			t.Fatalf("no %q (in order) in\n%s", w, out)
		}
		at += i
	}
}

// A count of 36 okrugs keeps its okrugs' table of leaders, a line each,
// and lists the candidates of the okrugs named (by ID or name) alone; an
// okrug it does not have is ErrNoOkrug.
func TestOkrugsNamedListTheirCandidates(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.Count(d.Election, shailoo.KG2021())
	if err != nil {
		t.Fatal(err)
	}
	var plain, named bytes.Buffer
	if err := report.Text(&plain, res, report.English); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "every candidate's votes") {
		t.Errorf("36 okrugs, none named: a section of candidates")
	}
	name := res.Okrugs[26].Name // okrug 27
	if err := report.MarkdownWith(&named, res, report.English, report.Options{Okrugs: []string{"1", name}}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(named.String(), "every candidate's votes"); n != 2 || !strings.Contains(named.String(), "## "+name+": every candidate's votes") {
		t.Errorf("%d sections of candidates, want okrug 1's and %s's", n, name)
	}
	err = report.TextWith(&named, res, report.English, report.Options{Okrugs: []string{"Nowhere"}})
	if !errors.Is(err, report.ErrNoOkrug) || !strings.Contains(err.Error(), `"Nowhere"`) {
		t.Errorf("err %v, want ErrNoOkrug naming Nowhere", err)
	}
}
