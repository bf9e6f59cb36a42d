package shailoo_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// The election of an okrug annulled (okrug:ID) takes out the okrug ballot
// of its precincts and nothing else: the okrug has no result, its seat is
// not filled, the list votes stand as counted, and its precincts' okrug
// protocols are annulled, not missing (no X216, nothing provisional).
// Only that okrug says it is recomputed.
func TestAnnulOkrugElection(t *testing.T) {
	d, err := datasets.KG2021Shared()
	require.NoError(t, err)
	r := shailoo.KG2021()
	base, err := shailoo.CountWith(d.Election, r, shailoo.Options{})
	require.NoError(t, err)
	res, err := shailoo.CountWith(d.Election, r, shailoo.Options{Annul: []shailoo.Annulment{{Kind: shailoo.AnnulOkrug, ID: "5"}}})
	require.NoError(t, err)
	for i, l := range res.Lists {
		assert.Equal(t, base.Lists[i].Votes, l.Votes, l.ID)
		assert.Equal(t, base.Lists[i].Seats, l.Seats, l.ID)
	}
	// The list ballot's totals stand; the okrug ballot's lose okrug 5's.
	assert.Equal(t, []int64{base.Totals.Voters, base.Totals.Participants, base.Totals.Valid, base.Totals.ThresholdBase},
		[]int64{res.Totals.Voters, res.Totals.Participants, res.Totals.Valid, res.Totals.ThresholdBase})
	assert.Equal(t, base.Totals.Protocols-56, res.Totals.Protocols)
	assert.Less(t, res.Totals.OkrugParticipants, base.Totals.OkrugParticipants)
	for _, o := range res.Okrugs {
		if o.Okrug == "5" {
			assert.Equal(t, seats.OutcomeAnnulled, o.Outcome)
			assert.Equal(t, 1, o.Annulled)
			continue
		}
		assert.Zero(t, o.Annulled, o.Okrug)
		assert.NotEqual(t, seats.OutcomeAnnulled, o.Outcome, o.Okrug)
	}
	assert.Equal(t, base.Seats.Okrug-1, res.Seats.Okrug)
	assert.False(t, res.Provisional, "%v", res.ProvisionalReasons)
	assert.False(t, slices.ContainsFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.MissingOkrugProtocol }))
	assert.Equal(t, "annulled", res.Steps[0].Kind)
	assert.Equal(t, "56", res.Steps[0].Value, res.Steps[0].Detail)
}

// A region annulled (region:ID) is every precinct of it annulled: the
// same count as those precincts named one by one, each okrug of the
// region touched once.
func TestAnnulRegionIsItsPrecincts(t *testing.T) {
	d, err := datasets.KG2021Shared()
	require.NoError(t, err)
	r := shailoo.KG2021()
	var each []shailoo.Annulment
	okrugs := map[string]bool{}
	for _, p := range d.Election.Precincts {
		if p.Region == "talas" {
			each = append(each, shailoo.Annulment{Kind: shailoo.AnnulPrecinct, ID: p.ID})
			okrugs[p.Okrug] = true
		}
	}
	require.NotEmpty(t, each)
	byRegion, err := shailoo.CountWith(d.Election, r, shailoo.Options{Annul: []shailoo.Annulment{{Kind: shailoo.AnnulRegion, ID: "talas"}}})
	require.NoError(t, err)
	byPrecinct, err := shailoo.CountWith(d.Election, r, shailoo.Options{Annul: each})
	require.NoError(t, err)
	assert.Equal(t, byPrecinct.Totals, byRegion.Totals)
	assert.Equal(t, byPrecinct.Seats, byRegion.Seats)
	for i, o := range byRegion.Okrugs {
		assert.Equal(t, byPrecinct.Okrugs[i].Outcome, o.Outcome, o.Okrug)
		if okrugs[o.Okrug] {
			assert.Equal(t, 1, o.Annulled, o.Okrug)
		} else {
			assert.Zero(t, o.Annulled, o.Okrug)
		}
	}
}

// A precinct annulled touches its own okrug only.
func TestAnnulPrecinctTouchesItsOkrug(t *testing.T) {
	d, err := datasets.KG2021Shared()
	require.NoError(t, err)
	res, err := shailoo.CountWith(d.Election, shailoo.KG2021(), shailoo.Options{Annul: []shailoo.Annulment{{Kind: shailoo.AnnulPrecinct, ID: "5249"}}})
	require.NoError(t, err)
	var touched []string
	for _, o := range res.Okrugs {
		if o.Annulled > 0 {
			touched = append(touched, o.Okrug)
		}
	}
	want := ""
	for _, p := range d.Election.Precincts {
		if p.ID == "5249" {
			want = p.Okrug
		}
	}
	assert.Equal(t, []string{want}, touched)
}
