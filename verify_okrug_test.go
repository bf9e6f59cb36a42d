package shailoo_test

import (
	"maps"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// Verify compares the published votes of an okrug's candidates with the
// count's (the transcript's candidate steps), against all's too.
func TestVerifyOkrugVotes(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(d.Election, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o := res.Okrugs[0]
	votes := map[string]int64{election.AgainstAll: o.AgainstAll}
	for _, s := range o.Steps {
		if s.Kind == "candidate" {
			v, _ := strconv.ParseInt(s.Value, 10, 64)
			votes[s.Subject] = v
		}
	}
	if len(votes) < 3 {
		t.Fatalf("okrug %s: steps give %v", o.Okrug, votes)
	}
	s315 := func(rep validate.Report) []validate.Finding {
		var out []validate.Finding
		for _, f := range rep.Findings {
			if f.Code == validate.PublishedOkrugVotes || f.Severity == validate.Error {
				out = append(out, f)
			}
		}
		return out
	}
	pub := validate.PublishedOkrug{ID: o.Okrug, Winner: o.Winner, Votes: votes}
	if fs := s315(shailoo.Verify(res, validate.Summary{Okrugs: []validate.PublishedOkrug{pub}})); len(fs) != 0 {
		t.Fatalf("the count's own votes: %+v", fs)
	}
	pub.Votes = maps.Clone(votes)
	pub.Votes[o.Leader]++
	fs := s315(shailoo.Verify(res, validate.Summary{Okrugs: []validate.PublishedOkrug{pub}}))
	if len(fs) != 1 || fs[0].Code != validate.PublishedOkrugVotes || fs[0].Gap != 1 || fs[0].Place.Candidate != o.Leader {
		t.Errorf("one vote more for %s: %+v", o.Leader, fs)
	}
}
