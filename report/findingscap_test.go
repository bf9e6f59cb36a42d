package report_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A count's report lists the first report.FindingsPerCode findings of
// each code, and says how many more of it there are: one X230 after 83
// P109 and P110 (Quebec 2018's Gaspé file) is listed, not hidden in a
// count of the rest; --all-findings (Options.AllFindings) lists them all.
func TestFindingsPerCode(t *testing.T) {
	var fs []validate.Finding
	add := func(code validate.Code, n int) {
		for i := range n {
			fs = append(fs, validate.Finding{Code: code, Severity: validate.Warning,
				Place: validate.Place{Level: "precinct", Precinct: "line " + strconv.Itoa(100+i), Ballot: election.OkrugBallot}})
		}
	}
	add("P109", 40)
	add("P110", 43)
	add("X230", 1)
	res := &shailoo.Result{Findings: validate.Report{Findings: fs}}
	var b bytes.Buffer
	require.NoError(t, report.TextWith(&b, res, report.English, report.Options{}))
	out := b.String()
	require.Equal(t, report.FindingsPerCode, strings.Count(out, "\n  P109 "), out)
	require.Equal(t, report.FindingsPerCode, strings.Count(out, "\n  P110 "), out)
	require.Equal(t, 1, strings.Count(out, "\n  X230 "), out)
	require.Contains(t, out, "… +20 more of P109 not listed here: the report lists the first 20 findings of each code")
	require.Contains(t, out, "… +23 more of P110 not listed here")
	require.NotContains(t, out, "more of X230")

	b.Reset()
	require.NoError(t, report.TextWith(&b, res, report.English, report.Options{AllFindings: true}))
	out = b.String()
	require.Equal(t, 40, strings.Count(out, "\n  P109 "), out)
	require.Equal(t, 43, strings.Count(out, "\n  P110 "), out)
	require.NotContains(t, out, "more of")
}
