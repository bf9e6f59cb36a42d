package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountBallotsOfSynth: counting the cast-vote records of a synthetic
// election (synth --ballots) gives the count of its protocols: the same
// lists, okrugs, seats and ties, and the same totals but those a count of
// ballots cannot give (voters on the list), which it reports not evaluated.
func TestCountBallotsOfSynth(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := cli(t, "synth", "--out", dir, "--precincts", "40", "--ballots")
	require.Equal(t, exitOK, code, stderr)
	at := func(f string) string { return filepath.Join(dir, f) }
	count := func(args ...string) map[string]json.RawMessage {
		out, stderr, code := cli(t, append([]string{"count", "--format", "json", "--election", at("election.json")}, args...)...)
		require.Contains(t, []int{exitOK, exitDecided}, code, stderr)
		var res map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(out), &res))
		return res
	}
	protocols := count("--protocols", at("list.csv"), "--mapping", at("list-mapping.json"),
		"--protocols", at("okrug.csv"), "--mapping", at("okrug-mapping.json"))
	cvr := count("--ballots", at("ballots.csv"))
	for _, k := range []string{"lists", "okrugs", "seats"} {
		assert.JSONEq(t, string(protocols[k]), string(cvr[k]), k)
	}
	assert.Equal(t, string(protocols["ties"]), string(cvr["ties"]), "ties")
	var pt, ct map[string]any
	require.NoError(t, json.Unmarshal(protocols["totals"], &pt))
	require.NoError(t, json.Unmarshal(cvr["totals"], &ct))
	// The form's lines: ballots give found, invalid and valid ballots
	// alone, the other lines not evaluated (given by no protocol).
	for _, k := range []string{"voters", "okrug_voters", "turnout", "lines", "okrug_lines"} {
		delete(pt, k)
		delete(ct, k)
	}
	assert.Equal(t, float64(40), ct["voters_not_evaluated"], "ballots give no voters on the list")
	assert.Equal(t, float64(40), ct["okrug_voters_not_evaluated"], "nor on the okrug ballot")
	assert.Equal(t, []any{"voters", "turnout", "okrug_voters"}, ct["not_evaluated"], "the figures ballots do not give")
	delete(ct, "voters_not_evaluated")
	delete(ct, "okrug_voters_not_evaluated")
	delete(ct, "not_evaluated")
	assert.Equal(t, pt, ct)
	assert.Contains(t, string(cvr["findings"]), `"P101"`, "the lines a count of ballots lacks are not evaluated")
}
