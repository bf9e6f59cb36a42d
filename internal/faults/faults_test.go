package faults_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/validate"
)

func check(t *testing.T, e *election.Election) validate.Report {
	t.Helper()
	rep, err := validate.Check(e, validate.Rules{})
	require.NoError(t, err)
	return rep
}

// planted returns the findings of after that are not in before, as
// Injected values.
func planted(before, after validate.Report) []faults.Injected {
	out := []faults.Injected{}
	for _, f := range after.Findings {
		if !slices.Contains(before.Findings, f) {
			out = append(out, faults.Injected{Code: f.Code, Place: f.Place})
		}
	}
	return out
}

func TestInjectSample(t *testing.T) {
	for _, seed := range []int64{0, 1, 7, 99, 123456789} {
		e := faults.Sample(60)
		before := check(t, e)
		require.Empty(t, before.Findings)
		got, err := faults.Inject(e, seed)
		require.NoError(t, err)
		assert.Equal(t, got, planted(before, check(t, e)), "seed %d", seed)
		var cs []validate.Code
		for _, x := range got {
			cs = append(cs, x.Code)
		}
		for _, c := range faults.Codes() {
			assert.Contains(t, cs, c)
		}
	}
}

func TestInjectDeterministic(t *testing.T) {
	a, b := faults.Sample(60), faults.Sample(60)
	ia, err := faults.Inject(a, 5)
	require.NoError(t, err)
	ib, err := faults.Inject(b, 5)
	require.NoError(t, err)
	assert.Equal(t, ia, ib)
	assert.Equal(t, a, b)
	c := faults.Sample(60)
	ic, _ := faults.Inject(c, 6)
	assert.NotEqual(t, ia, ic, "another seed, other precincts")
}

func TestInjectTooSmall(t *testing.T) {
	e := faults.Sample(3)
	got, err := faults.Inject(e, 1)
	var np *faults.NotPlantedError
	require.True(t, errors.As(err, &np))
	assert.ErrorIs(t, err, faults.ErrNotPlanted)
	assert.NotEmpty(t, np.Codes)
	assert.Equal(t, got, planted(validate.Report{}, check(t, e)), "what was planted is reported exactly")
	_, err = faults.Inject(nil, 1)
	assert.ErrorIs(t, err, faults.ErrNil)
}

// The 2021 shape: 2,435 precincts in the country and 59 abroad, with
// machine counts. Clean, it has no error finding (the okrug ballot's
// found-in-boxes is up to 1% below the list ballot's by design of synth,
// which validate reports as X205 warnings); after Inject, exactly the
// planted faults are new.
func TestInjectSynth2494(t *testing.T) {
	if testing.Short() {
		t.Skip("2,494 precincts")
	}
	c := synth.DefaultConfig(2021, 2435)
	c.MachineProtocols = true
	e, err := synth.Generate(c)
	require.NoError(t, err)
	require.Len(t, e.Precincts, 2494)
	before := check(t, e)
	require.Zero(t, before.Errors(), "first: %+v", before.Err())
	for _, f := range before.Findings {
		require.Equal(t, validate.ListOkrugFound, f.Code, "%+v", f)
	}
	t.Logf("clean synthetic election: %d warnings (X205)", before.Warnings())
	got, err := faults.Inject(e, 2021)
	require.NoError(t, err)
	after := check(t, e)
	assert.Equal(t, got, planted(before, after))
	assert.Equal(t, len(before.Findings)+len(got), len(after.Findings), "no finding of the clean election changed or vanished")
	t.Logf("planted %d faults of %d codes", len(got), len(faults.Codes()))
}

// A consistent synthetic election of every size gives no error finding.
func TestSynthSizesNoErrors(t *testing.T) {
	for _, n := range []int{0, 1, 2, 10, 36, 100, 1000} {
		for _, m := range []bool{false, true} {
			c := synth.DefaultConfig(uint64(n)+7, n)
			c.MachineProtocols = m
			e, err := synth.Generate(c)
			require.NoError(t, err, "%d precincts", n)
			rep := check(t, e)
			assert.Zero(t, rep.Errors(), "%d precincts, machine %v: %v", n, m, rep.Err())
			for _, f := range rep.Findings {
				assert.Equal(t, validate.ListOkrugFound, f.Code, "%+v", f)
			}
		}
	}
}
