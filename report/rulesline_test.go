package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/report"
)

// A rule set without a name is named by its ID and version alone, never
// with empty brackets; one with a name keeps it in brackets.
func TestRulesLineWithoutName(t *testing.T) {
	res := small(t)
	res.Rules.ID, res.Rules.Version, res.Rules.Name = "block2", "1", ""
	for _, l := range report.Langs() {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		require.Contains(t, b.String(), ": block2 1\n", l)
		require.NotContains(t, b.String(), "()", l)
	}
	res.Rules.Name = "Block vote"
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.True(t, strings.Contains(b.String(), "Rule set: block2 1 (Block vote)\n"), b.String())
}
