package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// A verify says what it compared, check by check: "all matched" and
// "nothing compared" must not read alike. The Greek municipality 9042's
// published sums against its two units (testdata/published/real).
func TestVerifySaysWhatItCompared(t *testing.T) {
	d := repo + "testdata/published/real/"
	greek := func(published string, args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", d + "gr-test-rules.json", "--protocols", d + "gr2012j-munits.tsv",
			"--mapping", d + "gr2012j-9042-mapping.json", "--published", d + published}, args...)...)
	}
	out, _, code := greek("gr2012j-9042-published.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Compared with the recount: 24 published figures, 24 matched:")
	require.Contains(t, out, "S302: 22 compared, 22 matched")
	require.Contains(t, out, "S305: 1 compared, 1 matched")
	require.Contains(t, out, "S306: 1 compared, 1 matched")

	out, _, code = greek("EDITED-gr2012j-9042-published-nd-plus1.json", "--format", "json")
	require.Equal(t, exitFindings, code, out)
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Equal(t, &validate.Compared{Figures: 24, Matched: 23, Checks: []validate.ComparedCheck{
		{Code: validate.PublishedVotes, Figures: 22, Matched: 21},
		{Code: validate.PublishedParticipants, Figures: 1, Matched: 1},
		{Code: validate.PublishedVoters, Figures: 1, Matched: 1},
	}}, rep.Compared)

	out, _, _ = greek("gr2012j-9042-published.json", "--lang", "ru")
	require.Contains(t, out, "Сверено с пересчётом: 24 опубликованные цифры, 24 совпали:")
}

// Montana's counties as published against the precincts' rows: each
// county's winner and the votes of its two candidates compared; a summary
// of the counties' IDs alone compares nothing, and that is no pass.
func TestVerifyThatComparedNothingIsNoPass(t *testing.T) {
	d := repo + "testdata/published/real/"
	montana := func(published string, args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", repo + "examples/fptp/rules.json", "--protocols", d + "mt2020-pres-precinct.csv",
			"--mapping", d + "mt2020-precinct-mapping.json", "--published", d + published}, args...)...)
	}
	out, _, code := montana("mt2020-pres-county-published.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Compared with the recount: 18 published figures, 18 matched:")
	require.Contains(t, out, "S308: 6 compared, 6 matched")
	require.Contains(t, out, "S315: 12 compared, 12 matched")

	out, errs, code := montana("EDITED-mt2020-pres-county-ids-only.json")
	require.Equal(t, exitFindings, code, out)
	require.Contains(t, out, "Nothing was compared")
	require.Contains(t, errs, "shailoo verify: Nothing was compared")

	out, _, code = montana("EDITED-mt2020-pres-county-ids-only.json", "--format", "json")
	require.Equal(t, exitFindings, code, out)
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Equal(t, &validate.Compared{Checks: []validate.ComparedCheck{}}, rep.Compared)
	require.True(t, rep.Compared.Nothing())
}
