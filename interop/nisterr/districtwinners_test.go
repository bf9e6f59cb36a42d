package nisterr_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/validate"
)

// A report read back gives the winners of a district of several seats
// (each selection with a seat), so that verify compares them with the
// deputies the recount elects (S308) as it does a summary's "winners";
// before, they were read for a single-mandate okrug alone, and a
// district's were "not published".
func TestDistrictWinnersReadBack(t *testing.T) {
	e, err := datasets.KG2025(datasets.KG2025DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	res := count(t, e, "kg2025")
	s, err := nisterr.ReadSummary(bytes.NewReader(write(t, res, nisterr.Options{})), "kg2025.err.json")
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, o := range s.Okrugs {
		at[o.ID] = i
	}
	for _, o := range res.Okrugs {
		var want []string
		for _, d := range o.Elected {
			want = append(want, d.ID)
		}
		got := s.Okrugs[at[o.Okrug]].Winners
		if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) {
			t.Fatalf("district %s: winners read back %v, want %v", o.Okrug, got, want)
		}
	}
	rep := shailoo.Verify(res, s)
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.PublishedWinner {
			t.Errorf("S308 not evaluated: %s", n.Reason)
		}
	}
	// A district's winners swapped for one not elected: S308.
	o := res.Okrugs[0]
	i := at[o.Okrug]
	for _, c := range e.Okrugs {
		if c.ID != o.Okrug {
			continue
		}
		for _, cd := range c.Candidates {
			if !slices.Contains(s.Okrugs[i].Winners, cd.ID) {
				s.Okrugs[i].Winners[0] = cd.ID
				break
			}
		}
	}
	n := 0
	for _, f := range shailoo.Verify(res, s).Findings {
		if f.Code == validate.PublishedWinner {
			n++
		}
	}
	if n != 1 {
		t.Errorf("winners edited: %d S308 findings, want 1", n)
	}
}
