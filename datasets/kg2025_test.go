package datasets_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
)

// KG2025 is deterministic, keeps the published figures with their
// provenance and labels every other figure synthetic. (That its protocols
// balance is checked by the count: TestKG2025SyntheticElection, no error
// finding.)
func TestKG2025(t *testing.T) {
	c := datasets.KG2025DefaultConfig()
	a, err := datasets.KG2025(c)
	require.NoError(t, err)
	b, err := datasets.KG2025(c)
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	require.Equal(t, string(ja), string(jb), "the same config gives the same election")
	assert.Len(t, a.Okrugs, 30)
	assert.Len(t, a.Precincts, 30*40)

	totals := map[string]int64{}
	for _, p := range a.Protocols {
		for id, v := range p.Votes {
			totals[id] += v
		}
	}
	pub := map[string]datasets.KG2025Candidate{}
	for _, d := range datasets.KG2025PublishedDistricts() {
		for _, c := range d.Candidates {
			pub[c.Name] = c
		}
	}
	kept := 0
	for _, o := range a.Okrugs {
		assert.Len(t, o.Candidates, 15)
		for _, cd := range o.Candidates {
			if p, ok := pub[cd.Name]; ok {
				kept++
				assert.Equal(t, election.Preliminary, cd.Provenance, cd.Name)
				assert.Equal(t, p.Votes, totals[cd.ID], cd.Name)
				assert.Equal(t, p.Sex, cd.Sex, cd.Name)
				continue
			}
			assert.Equal(t, election.Synthetic, cd.Provenance, cd.ID)
		}
	}
	assert.Equal(t, 9, kept)

	_, err = datasets.KG2025(datasets.KG2025Config{})
	assert.Error(t, err)
}
