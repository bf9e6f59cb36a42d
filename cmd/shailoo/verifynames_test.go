package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// Greeley, Kansas, 2012, President: a summary keyed by the mapping's IDs
// (obama 113, johnson 12, baldwin 2, winner romney) matches; one keyed by
// the names exactly as the file's candidate cells write them ("Obama,
// Barack") matches too, and says which names it read as which IDs; one
// keyed by the county file's names ("Barack Obama", "Mitt Romney"),
// which are neither, lists the okrug's candidates by ID with their names
// (it said "recount none (not a candidate in the okrug)" alone, and
// "recount «romney»").
func TestVerifyOkrugCandidatesByName(t *testing.T) {
	d := repo + "testdata/published/real/"
	greeley := func(published string, args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", repo + "examples/fptp/rules.json", "--protocols", repo + "testdata/ingest/real/us-ks-2012-greeley-precinct.csv",
			"--mapping", d + "us-ks-2012-greeley-mapping.json", "--published", d + published}, args...)...)
	}
	out, _, code := greeley("us-ks-2012-greeley-published.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Compared with the recount: 4 published figures, 4 matched:")

	out, _, code = greeley("EDITED-us-ks-2012-greeley-published-by-cell-names.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Compared with the recount: 4 published figures, 4 matched:")
	require.Contains(t, out, "okrug president: «Obama, Barack», a candidate's name exactly as the recount writes it, compared as «obama»")
	out, _, _ = greeley("EDITED-us-ks-2012-greeley-published-by-cell-names.json", "--format", "json")
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Equal(t, []validate.NamedChoice{
		{Okrug: "president", Published: "Baldwin, Chuck", ID: "baldwin"},
		{Okrug: "president", Published: "Johnson, Gary", ID: "johnson"},
		{Okrug: "president", Published: "Obama, Barack", ID: "obama"},
		{Okrug: "president", Published: "Romney, Mitt", ID: "romney"},
	}, rep.Compared.Named)

	out, _, code = greeley("EDITED-us-ks-2012-greeley-published-by-names.json")
	require.Equal(t, exitFindings, code, out)
	require.Contains(t, out, "Compared with the recount: 4 published figures, 0 matched:")
	require.Contains(t, out, `«Barack Obama»: published 113 votes, but the okrug has no candidate of that ID, nor of that name exactly as the recount writes it; its candidates: "romney" (Romney, Mitt), "obama" (Obama, Barack), "johnson" (Johnson, Gary), "baldwin" (Baldwin, Chuck), `)
	require.Contains(t, out, "published winner «Mitt Romney», no candidate of the okrug by ID, nor by name exactly as the recount writes it: the recount elects «romney (Romney, Mitt)»")
}
