package main

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// verify against the built-in dataset says that the recount is that
// dataset, what its figures' provenance is, and that its precinct
// protocols are synthetic, made to reproduce the official totals: "92
// matched" there proves nothing (tester A's report). Against a file, it
// names the file and its mapping's provenance, or says none is given.
func TestVerifySaysTheRecount(t *testing.T) {
	out, errs, code := cli(t, "verify", "--published", repo+"testdata/published/kg2021-official.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "The recount: Jogorku Kenesh election, 28 November 2021 (kg2021), counted from the definition's own protocols; where its figures come from: kg2021: national totals official")
	require.Contains(t, out, "The recount's precinct protocols are SYNTHETIC, made to reproduce published figures")
	require.Contains(t, errs, "shailoo verify: The recount's precinct protocols are SYNTHETIC")
	// the summary's okrug winners are preliminary, its lists official
	require.Contains(t, out, "where its figures come from: by part (totals: official; lists: official; okrug results: preliminary): CEC Resolution No. 836")
	require.Contains(t, out, "S308: 34 compared, 34 matched (preliminary)")
	require.Contains(t, out, "S307: 6 compared, 6 matched\n")

	out, _, _ = cli(t, "verify", "--published", repo+"testdata/published/kg2021-official.json", "--format", "json")
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotNil(t, rep.Recount)
	require.Equal(t, "kg2021", rep.Recount.Election)
	require.True(t, rep.Recount.SyntheticProtocols)
	require.Empty(t, rep.Recount.Files)
	require.NotNil(t, rep.Published)
	require.Equal(t, []validate.PublishedPart{{Part: validate.PartTotals, Provenance: "official"},
		{Part: validate.PartLists, Provenance: "official", Entries: 6}, {Part: validate.PartOkrugs, Provenance: "preliminary", Entries: 36}}, rep.Published.Parts)
	require.Equal(t, 92, rep.Compared.Matched)

	d := repo + "testdata/published/real/"
	out, errs, code = cli(t, "verify", "--rules", d+"gr-test-rules.json", "--protocols", d+"gr2012j-munits.tsv",
		"--mapping", d+"gr2012j-9042-mapping.json", "--published", d+"gr2012j-9042-published.json", "--format", "md")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "counted from the files "+d+"gr2012j-munits.tsv; where its figures come from: provenance not given")
	require.NotContains(t, out+errs, "SYNTHETIC")
}

// A count of a file whose mapping gives no provenance says so in the
// text, the JSON and the export tables; the 2011 Duma example's mapping
// says its file is official.
func TestCountSaysProvenanceNotGiven(t *testing.T) {
	d := repo + "testdata/published/real/"
	args := []string{"--rules", d + "gr-test-rules.json", "--protocols", d + "gr2012j-munits.tsv", "--mapping", d + "gr2012j-9042-mapping.json"}
	out, _, code := cli(t, append([]string{"count"}, args...)...)
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Provenance not given: neither the election's definition nor the mapping")
	require.Contains(t, out, "gr2012j-munits.tsv (provenance not given)")

	out, _, _ = cli(t, append([]string{"count", "--format", "json"}, args...)...)
	var res struct {
		Election struct{ Provenance *string }
		Inputs   []struct{ Name, Provenance string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.NotNil(t, res.Election.Provenance, "a key, never left out")
	require.Equal(t, "not_given", *res.Election.Provenance)

	out, _, _ = cli(t, append([]string{"export", "--table", "totals"}, args...)...)
	require.Contains(t, out, ",not_given,")
}

// The 2011 Duma file is the commission's precinct protocols as published:
// its example's mapping says so.
func TestDuma2011MappingIsOfficial(t *testing.T) {
	b, err := os.ReadFile(repo + "examples/duma2011/mapping.json")
	require.NoError(t, err)
	var m ingest.Mapping // (its lines are the rule set's: read as data here)
	require.NoError(t, json.Unmarshal(b, &m))
	require.Equal(t, election.Official, m.Provenance)
	require.Contains(t, m.Source, "Russian CEC")
}
