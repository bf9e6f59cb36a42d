package shailoo_test

import (
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// Verify says what the summary is, its election, provenance and source,
// as it says what the recount is: "not_given" when the summary does not
// say, and for a nil Result too.
func TestVerifySaysWhatTheSummaryIs(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    validate.Summary
		want validate.PublishedOf
	}{
		{"given", validate.Summary{Election: "e", Provenance: "preliminary", Source: "the portal at 21:00"}, validate.PublishedOf{Election: "e", Provenance: "preliminary", Source: "the portal at 21:00"}},
		{"not given", validate.Summary{Source: "a newspaper"}, validate.PublishedOf{Provenance: shailoo.ProvenanceNotGiven, Source: "a newspaper"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, res := range []*shailoo.Result{nil, {}} {
				rep := shailoo.Verify(res, tc.s)
				if rep.Published == nil || *rep.Published != tc.want {
					t.Errorf("res %v: Published %+v, want %+v", res != nil, rep.Published, tc.want)
				}
			}
		})
	}
}
