package shailoo_test

import (
	"reflect"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/validate"
)

// Verify says what the summary is, its election, provenance and source,
// as it says what the recount is: "not_given" when the summary does not
// say, and for a nil Result too; and, when its parts come from different
// places, where each part's figures come from.
func TestVerifySaysWhatTheSummaryIs(t *testing.T) {
	seats := 3
	participants := int64(10)
	for _, tc := range []struct {
		name string
		s    validate.Summary
		want validate.PublishedOf
	}{
		{"given", validate.Summary{Election: "e", Provenance: "preliminary", Source: "the portal at 21:00"}, validate.PublishedOf{Election: "e", Provenance: "preliminary", Source: "the portal at 21:00"}},
		{"not given", validate.Summary{Source: "a newspaper"}, validate.PublishedOf{Provenance: shailoo.ProvenanceNotGiven, Source: "a newspaper"}},
		{"parts the same", validate.Summary{Provenance: "official", Participants: &participants,
			Lists:  []validate.PublishedList{{ID: "a", Seats: &seats, Provenance: "official"}},
			Okrugs: []validate.PublishedOkrug{{ID: "1", Winner: "x"}}},
			validate.PublishedOf{Provenance: "official"}},
		{"okrugs preliminary", validate.Summary{Provenance: "official", Participants: &participants,
			Lists:  []validate.PublishedList{{ID: "a", Seats: &seats}, {ID: "b", Seats: &seats}},
			Okrugs: []validate.PublishedOkrug{{ID: "1", Winner: "x", Provenance: "preliminary"}, {ID: "2", Winner: "y", Provenance: "preliminary"}}},
			validate.PublishedOf{Provenance: "official", Parts: []validate.PublishedPart{
				{Part: validate.PartTotals, Provenance: "official"},
				{Part: validate.PartLists, Provenance: "official", Entries: 2},
				{Part: validate.PartOkrugs, Provenance: "preliminary", Entries: 2}}}},
		{"mixed lists, file not given", validate.Summary{Participants: &participants,
			Lists: []validate.PublishedList{{ID: "a", Seats: &seats}, {ID: "b", Seats: &seats, Provenance: "official"}}},
			validate.PublishedOf{Provenance: shailoo.ProvenanceNotGiven, Parts: []validate.PublishedPart{
				{Part: validate.PartTotals, Provenance: shailoo.ProvenanceNotGiven},
				{Part: validate.PartLists, Provenance: shailoo.ProvenanceNotGiven, Entries: 1},
				{Part: validate.PartLists, Provenance: "official", Entries: 1}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, res := range []*shailoo.Result{nil, {}} {
				rep := shailoo.Verify(res, tc.s)
				if rep.Published == nil || !reflect.DeepEqual(*rep.Published, tc.want) {
					t.Errorf("res %v: Published %+v, want %+v", res != nil, rep.Published, tc.want)
				}
			}
		})
	}
}

// A check of the built-in 2021 count against a summary whose okrug
// entries are preliminary, its lists official as the file says: each
// okrug's finding and compared checks say "preliminary", the lists'
// nothing (the summary's own provenance), nor an okrug's that the summary
// lacks (S313: no figure of its own), and the verdicts are those of the
// same summary without the okrugs' provenance.
func TestVerifyProvenancePerPart(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(d.Election, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l, o := res.Lists[0], res.Okrugs[0]
	votes := l.Votes + 1
	s := validate.Summary{Provenance: "official",
		Lists:  []validate.PublishedList{{ID: l.ID, Votes: &votes}},
		Okrugs: []validate.PublishedOkrug{{ID: o.Okrug, Winner: "no-such-candidate", Provenance: "preliminary"}, {ID: res.Okrugs[1].Okrug, Winner: res.Okrugs[1].Winner, Provenance: "preliminary"}}}
	rep := shailoo.Verify(res, s)
	got := map[validate.Code]string{}
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedVotes || f.Code == validate.PublishedWinner || f.Code == validate.PublishedMissingOkrug {
			got[f.Code] = f.Provenance()
		}
	}
	want := map[validate.Code]string{validate.PublishedVotes: "", validate.PublishedWinner: "preliminary", validate.PublishedMissingOkrug: ""}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings' provenance %v, want %v", got, want)
	}
	checks := map[validate.Code]validate.ComparedCheck{}
	for _, k := range rep.Compared.Checks {
		checks[k.Code] = k
	}
	if k := checks[validate.PublishedWinner]; k != (validate.ComparedCheck{Code: validate.PublishedWinner, Figures: 2, Matched: 1, Provenance: "preliminary"}) {
		t.Errorf("S308 compared %+v", k)
	}
	if k := checks[validate.PublishedVotes]; k != (validate.ComparedCheck{Code: validate.PublishedVotes, Figures: 1}) {
		t.Errorf("S302 compared %+v", k)
	}
	// The same verdicts without the okrugs' provenance.
	plain := s
	plain.Okrugs = []validate.PublishedOkrug{s.Okrugs[0], s.Okrugs[1]}
	for i := range plain.Okrugs {
		plain.Okrugs[i].Provenance = ""
	}
	other := shailoo.Verify(res, plain)
	if len(other.Findings) != len(rep.Findings) || other.Compared.Figures != rep.Compared.Figures || other.Compared.Matched != rep.Compared.Matched {
		t.Errorf("verdicts differ: %d findings, %d/%d compared; without provenance %d, %d/%d",
			len(rep.Findings), rep.Compared.Figures, rep.Compared.Matched, len(other.Findings), other.Compared.Figures, other.Compared.Matched)
	}
	for i, f := range other.Findings {
		if f.Provenance() != "" || f.Code != rep.Findings[i].Code || f.Place != rep.Findings[i].Place {
			t.Errorf("finding %d: %+v, with provenance %+v", i, f, rep.Findings[i])
		}
	}
}
