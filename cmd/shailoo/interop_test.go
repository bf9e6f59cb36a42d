package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestVerifyERR: our own ERR v2 report of kg2021 agrees with the recount
// (exit 0); the same report with one vote count changed names the
// difference (exit 1); a malformed report is refused with its place
// (exit 2).
func TestVerifyERR(t *testing.T) {
	out, _, code := cli(t, "count", "--format", "nist-err")
	require.Equal(t, exitOK, code)
	dir := t.TempDir()
	own := filepath.Join(dir, "kg2021.err.json")
	require.NoError(t, os.WriteFile(own, []byte(out), 0o644))
	vout, verr, code := cli(t, "verify", "--published", own)
	require.Equal(t, exitOK, code, vout+verr)
	require.Contains(t, vout, "0 errors")

	var rep map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	sel := rep["Election"].([]any)[0].(map[string]any)["Contest"].([]any)[0].(map[string]any)["ContestSelection"].([]any)[0].(map[string]any)
	vc := sel["VoteCounts"].([]any)[0].(map[string]any)
	vc["Count"] = vc["Count"].(float64) + 1
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	changed := filepath.Join(dir, "changed.json")
	require.NoError(t, os.WriteFile(changed, b, 0o644))
	vout, _, code = cli(t, "verify", "--published", changed)
	require.Equal(t, exitFindings, code)
	require.Contains(t, vout, "S302")
	require.Contains(t, vout, "Ata-Jurt Kyrgyzstan") // the list by its name
	require.Regexp(t, `222005 +222006`, vout)

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(out, `"Issuer": "shailoo",`, `"Issuer": "shailoo", "Issuers": 1,`, 1)), 0o644))
	_, verr, code = cli(t, "verify", "--published", bad)
	require.Equal(t, exitUsage, code)
	require.Contains(t, verr, "bad.json:")
	require.Contains(t, verr, "Issuers")
}

// TestExportUsage: a table or format the command does not know is bad
// usage; nist-err is a format of count only.
func TestExportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"export"},
		{"export", "--table", "votes"},
		{"export", "--table", "totals", "--format", "xlsx"},
		{"check", "--format", "nist-err"},
	} {
		_, _, code := cli(t, args...)
		require.Equal(t, exitUsage, code, args)
	}
	out, _, code := cli(t, "export", "--table", "totals", "--format", "jsonl")
	require.Equal(t, exitOK, code)
	require.Contains(t, out, `{"level":"nation","unit":"","ballot":"list","kind":"votes","item":"ata-jurt","value":222005,"seats":15,`)
}
