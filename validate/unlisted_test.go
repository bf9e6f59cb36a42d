package validate_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/validate"
)

// Part of issue 12's standing attack suite (resources): a definition whose
// every precinct names an undefined region and okrug gets two findings per
// precinct. The first MaxListed of each code are listed, the rest counted,
// so that the check's memory does not grow by a rendered finding (some 500
// bytes in three languages) per precinct; ListAll lists them all.
func TestUnlisted(t *testing.T) {
	n := validate.MaxListed + 250
	e := &election.Election{ID: "x", Name: "x"}
	for i := range n {
		e.Precincts = append(e.Precincts, election.Precinct{ID: fmt.Sprintf("p%05d", i), Region: "zz", Okrug: "9"})
	}
	rep, err := validate.Check(e, validate.Rules{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[validate.Code]int{}
	for _, f := range rep.Findings {
		got[f.Code]++
	}
	if got[validate.UnknownRegion] != validate.MaxListed || got[validate.UnknownOkrug] != validate.MaxListed {
		t.Errorf("listed %v", got)
	}
	want := []validate.Unlisted{{Code: validate.UnknownOkrug, Severity: validate.Error, Count: 250}, {Code: validate.UnknownRegion, Severity: validate.Error, Count: 250}}
	if fmt.Sprint(rep.Unlisted) != fmt.Sprint(want) {
		t.Errorf("unlisted %v, want %v", rep.Unlisted, want)
	}
	if rep.Errors() != 2*n {
		t.Errorf("%d errors, want %d", rep.Errors(), 2*n)
	}
	// The first precincts of the input are those listed.
	if f := rep.Findings[0]; f.Place.Precinct != "p00000" {
		t.Errorf("first finding %v", f.Place)
	}

	keys := dense.NewKeys()
	table := dense.NewPrecincts(e.Precincts)
	s, err := bridge.NewStream.(func(*election.Election, validate.Rules, *dense.Keys, *dense.Precincts, validate.StreamOptions) (*validate.Stream, error))(e, validate.Rules{}, keys, table, validate.StreamOptions{ListAll: true})
	if err != nil {
		t.Fatal(err)
	}
	all := s.Report()
	if len(all.Findings) != 2*n || all.Unlisted != nil || all.Errors() != 2*n {
		t.Errorf("ListAll: %d findings, unlisted %v", len(all.Findings), all.Unlisted)
	}

	merged := validate.Merge(rep, validate.Report{Unlisted: rep.Unlisted})
	if merged.Errors() != 2*n+500 || len(merged.Unlisted) != 2 || merged.Unlisted[0].Count != 500 {
		t.Errorf("merged: %d errors, unlisted %v", merged.Errors(), merged.Unlisted)
	}
}

// The memory a check keeps for findings does not grow with the precincts
// once every code has MaxListed listed.
func TestUnlistedMemory(t *testing.T) {
	heap := func(n int) uint64 {
		e := &election.Election{ID: "x", Name: "x"}
		for i := range n {
			e.Precincts = append(e.Precincts, election.Precinct{ID: fmt.Sprintf("p%07d", i), Region: "zz", Okrug: "9"})
		}
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		rep, err := validate.Check(e, validate.Rules{})
		runtime.GC()
		runtime.ReadMemStats(&after)
		if err != nil || rep.Errors() != 2*n {
			t.Fatal(err, rep.Errors())
		}
		runtime.KeepAlive(rep)
		runtime.KeepAlive(e)
		return after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
	}
	small, large := heap(10_000), heap(100_000)
	// The check's own per-precinct table (some 64 bytes a precinct) grows;
	// ten times the precincts may not cost ten times the findings.
	if large > small+100*90_000 {
		t.Errorf("kept %d bytes for 10,000 precincts, %d for 100,000", small, large)
	}
	t.Logf("kept %d bytes for 10,000 precincts, %d for 100,000", small, large)
}
