package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/reconcile"
)

// Montana's 2020 precinct file is sorted by candidate: a county's Biden
// rows and its Trump rows stand far apart. Summed into one protocol per
// county ("choice_rows": "sum"), a difference in Carbon's Trump votes is
// at the 13 Trump rows of Carbon (lines 115-127), not at the protocol's
// first row (line 50, a Biden row).
func TestReconcilePlacesASummedFigureAtItsRows(t *testing.T) {
	d := repo + "testdata/published/real/"
	args := []string{"reconcile", "--rules", repo + "examples/fptp/rules.json",
		"--source", "precincts=" + d + "mt2020-pres-precinct.csv:" + d + "mt2020-county-sum-mapping.json",
		"--source", "county=" + d + "EDITED-mt2020-pres-county-carbon-minus1.csv:" + d + "mt2020-county-mapping.json"}
	out, errs, code := cli(t, append(args, "--format", "json")...)
	require.Equal(t, exitFindings, code, errs)
	var r reconcile.Report
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Differences, 1)
	diff := r.Differences[0]
	require.Equal(t, "votes.donald-trump", diff.Field)
	require.Equal(t, "Carbon", diff.Precinct)
	summed, county := diff.Values[0], diff.Values[1]
	require.Equal(t, 115, summed.Line)
	require.Equal(t, []int{115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127}, summed.Lines)
	require.Equal(t, 12, county.Line)
	require.Nil(t, county.Lines)

	out, _, _ = cli(t, args...)
	require.Contains(t, out, "(precincts "+d+"mt2020-pres-precinct.csv:115, 116, 117, 118, 119, 120, 121, …, 127 (13 rows summed), county "+d+"EDITED-mt2020-pres-county-carbon-minus1.csv:12)")
}
