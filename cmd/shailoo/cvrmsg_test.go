package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/ingest"
)

// The messages of a cast-vote record's mistakes say what to change: the
// mapping's field, the record's own words for a rank not marked, the
// definition's precincts, a line left out as a ballot (Maine's record,
// one ballot edited to "undervote"; Alaska's Dominion record).
func TestBallotsMessages(t *testing.T) {
	me := cvrReal + "EDITED-us-me-cd2-2018-cvr-undervote.csv"
	m := `{"precinct": "Precinct", "ballot": "okrug", "choice": ` + meChoice + `}`

	// "undervote" not listed: the hint names blank_values and invalid_values
	_, stderr, code := cvrResult(t, meElection, me, m)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `:8: choice: "undervote" is not a choice of the okrug ballot; if "undervote" is how the record writes a rank not marked or marked more than once, list it in the mapping's "blank_values" or "invalid_values"`)

	// a candidate the definition lacks: the hint names the definition,
	// not blank_values, which would void the candidate's votes (rev24's
	// t1 "zz"); a run of X's is a record's word, as "undervote" is
	dir := t.TempDir()
	file := filepath.Join(dir, "b.csv")
	require.NoError(t, os.WriteFile(file, []byte("precinct,ballot,choice\nA,okrug,a\nA,okrug,zz\nA,okrug,XXX\n"), 0o644))
	zzDef := filepath.Join(dir, "e.json")
	require.NoError(t, os.WriteFile(zzDef, []byte(`{"id": "t", "name": "t", "regions": [{"id": "r", "name": "R"}], "parties": [],
		"okrugs": [{"id": "1", "name": "One", "region": "r", "candidates": [{"id": "a", "name": "A", "position": 1}, {"id": "b", "name": "B", "position": 2}]}],
		"precincts": [{"id": "A", "region": "r", "okrug": "1"}]}`), 0o644))
	_, stderr, code = cvrResult(t, zzDef, file, `{"precinct": "precinct", "ballot_column": "ballot", "choice": "choice"}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `:3: choice: "zz" is not a choice of the okrug ballot; if "zz" is a candidate on this ballot, the election definition (--election) lacks it: add it to its okrug's "candidates"`)
	assert.NotContains(t, stderr, "blank_values")
	assert.True(t, ingest.NoChoiceWord("XXX") && ingest.NoChoiceWord(" Overvote") && !ingest.NoChoiceWord("x") && !ingest.NoChoiceWord("zz"))

	// skipped: I601 names the row, not "column ?", and the provisional
	// reason says what a line of ballots is
	res, stderr, code := cvrResult(t, meElection, me, m, "--skip-bad-rows")
	require.Equal(t, exitFindings, code, stderr)
	var skipped []map[string]any
	for _, f := range res["findings"].(map[string]any)["findings"].([]any) {
		if f := f.(map[string]any); f["code"] == "I601" {
			skipped = append(skipped, f["message"].(map[string]any))
		}
	}
	require.Len(t, skipped, 1, "the line of \"undervote\" is I601")
	assert.Contains(t, skipped[0]["en"], "row 8 could not be read: ")
	for _, lang := range []string{"en", "ru", "ky"} {
		assert.NotContains(t, skipped[0][lang], "?", lang)
	}
	b, err := json.Marshal(res["provisional_reasons"])
	require.NoError(t, err)
	assert.Contains(t, string(b), "a cast-vote record's line one ballot, or as many as its count says")

	// a definition without precincts: the precincts come from the
	// ballots, with no okrug, and the error says the definition must
	// give them
	var def map[string]any
	data, err := os.ReadFile(meElection)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &def))
	def["precincts"] = []any{}
	data, err = json.Marshal(def)
	require.NoError(t, err)
	noPrecincts := filepath.Join(t.TempDir(), "e.json")
	require.NoError(t, os.WriteFile(noPrecincts, data, 0o644))
	_, stderr, code = cvrResult(t, noPrecincts, cvrReal+"us-me-cd2-2018-uocava-cvr.csv", m)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `has no okrug ballot: the election definition (--election) lists no precincts ("precincts": []), so they were taken from the ballots, which name no okrug; it must give each precinct with its okrug`)

	// a delimiter that is not the file's: the mapping's field named
	ak := cvrReal + "us-ak-2024-house-dominion-cvr-cut.csv"
	_, stderr, code = cvrResult(t, meElection, ak, `{"precinct": "Precinct Portion", "ballot": "okrug", "choice": "Rank 1", "delimiter": ";"}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `:1: delimiter: bad mapping: the mapping's "delimiter" is ";", but the file's first line holds no ";" and 11 ",": its cells are separated by ","; delete "delimiter" from the mapping`)
	assert.NotContains(t, stderr, "no line of the first 10")
}

// Dominion's JSON export given to --ballots, and to the draft: what it is,
// what --ballots reads, and how to write it so.
func TestBallotsDominionJSON(t *testing.T) {
	for _, name := range []string{"SYNTHETIC-EDITED-us-ak-2024-dominion-cvrexport.json", "SYNTHETIC-EDITED-us-ak-2024-dominion-cvrexport-pretty.json"} {
		_, stderr, code := cvrResult(t, meElection, cvrReal+name, `{"precinct": "Precinct Portion", "ballot": "okrug", "choice": "Rank 1"}`)
		require.Equal(t, exitUsage, code, name)
		assert.Contains(t, stderr, name+`:1: syntax error: the file is Dominion's cast-vote record export`, name)
		assert.Contains(t, stderr, "one ballot object a line", name)
		assert.NotContains(t, stderr, "unexpected end of input", name)
		assert.NotContains(t, stderr, "has no key", name)

		_, stderr, code = cli(t, "mapping", "draft", cvrReal+name)
		require.Equal(t, exitUsage, code, name)
		assert.Contains(t, stderr, "Dominion's cast-vote record export", name)
		assert.NotContains(t, stderr, "a row per protocol", name)
	}
	// JSON Lines drafted as such
	out, stderr, code := cli(t, "mapping", "draft", cvrReal+"SYNTHETIC-EDITED-us-mn-w1-2009-cvr.jsonl")
	require.Equal(t, exitOK, code, stderr)
	assert.True(t, strings.Contains(out, `"choice": "First Choice"`) && strings.Contains(out, `"count": "Count"`), out)
}
