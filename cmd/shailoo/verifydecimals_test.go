package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// Scotland's EU referendum of 2016 as the Electoral Commission published
// it, shares to 1 decimal, against a rule set that publishes 2
// (testdata/published/real): the turnout, 67.2%, is 100 × 2681179 /
// 3987112 = 67.246…, 67.25 to 2 decimals but 67.2 to 1: right at its own
// decimals, a warning (S320), and verify exits 0. The finding says both,
// its gap in percentage points in every output, and the table's heads say
// which column is the recount and which the published figure.
func TestVerifyFewerDecimalsThanTheRules(t *testing.T) {
	d := repo + "testdata/published/real/"
	verify := func(args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", d + "uk-euref2016-test-rules.json", "--protocols", d + "uk-euref2016-scotland.csv",
			"--mapping", d + "uk-euref2016-mapping.json", "--published", d + "uk-euref2016-scotland-published.json"}, args...)...)
	}
	out, _, code := verify()
	require.Equal(t, exitOK, code, out)
	require.Regexp(t, `code +recount +published +gap`, out)
	require.Contains(t, out, "S320: 1 compared, right at their own decimals only, fewer than the rule set's (not counted as matched)")
	require.Regexp(t, `S320 +warning +line turnout +67\.25 \(exact 100 × 2681179 / 3987112 = 67\.246142…\) +67\.2 +-0\.05 pp +`, out)
	require.Contains(t, out, "rounds (half up, 2 decimals) to 67.25%; the summary writes it with 1 decimal(s), fewer than the rule set's 2: rounded (half up) to 1 decimal(s), 67.246142… is 67.2%, as published.")

	out, _, _ = verify("--format", "md")
	require.Regexp(t, `\| code \|[^\n]*\| recount \| published \| gap \|`, out)
	require.Contains(t, out, "-0.05 pp")

	out, _, _ = verify("--lang", "ru")
	require.Regexp(t, `пересчёт +опубликовано +разница`, out)
	require.Contains(t, out, "-0,05 п. п.")
	require.Contains(t, out, "в итогах он записан с меньшим числом знаков после запятой (1), чем по набору правил (2): при округлении (половина вверх, знаков после запятой: 1) 67,246142… даёт 67,2%, как и опубликовано.")

	out, _, _ = verify("--format", "json")
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	require.Equal(t, validate.PercentFewerDecimals, f.Code)
	require.Equal(t, int64(-5), f.Gap)
	require.Equal(t, "-0.05", f.GapPoints())
	require.Contains(t, out, `"gap_points": "-0.05"`)
}
