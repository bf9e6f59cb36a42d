package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
)

// okrugRows are the rows of the report's okrug table, by okrug number.
func okrugRows(out string) map[string]string {
	rows := map[string]string{}
	in := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "  #   okrug"):
			in = true
		case line == "":
			in = false
		case in:
			if f := strings.Fields(line); len(f) > 1 {
				rows[f[0]] = line
			}
		}
	}
	return rows
}

// Only the okrugs an annulment touches say their figures are recomputed:
// precinct 5249's own okrug, not the 35 others (a tester found every okrug
// labelled).
func TestAnnulLabelsOnlyItsOkrug(t *testing.T) {
	out, errs, code := cli(t, "count", "--annul", "precinct:5249")
	require.NotEqual(t, exitUsage, code, errs)
	rows := okrugRows(out)
	require.Len(t, rows, 36, clip(out))
	var labelled []string
	for id, row := range rows {
		if strings.Contains(row, "recomputed") {
			labelled = append(labelled, id)
		}
	}
	assert.Len(t, labelled, 1, "okrugs labelled recomputed: %v", labelled)
}

// okrug:ID annuls the okrug's election: its okrug ballot. The list votes
// stand, so the lists keep their sources; okrug 5 alone is annulled and
// labelled; nothing is provisional.
func TestCountAnnulOkrug(t *testing.T) {
	out, errs, code := cli(t, "count", "--annul", "okrug:5")
	require.Equal(t, exitOK, code, errs+clip(out))
	assert.Contains(t, out, "Counted without annulled results (the okrug-ballot results of okrug 5)")
	assert.Contains(t, out, "Ata-Jurt Kyrgyzstan  222,005  17.32              +157,923  passed (synthetic)  15     5/5    official\n")
	assert.NotContains(t, out, "PROVISIONAL")
	rows := okrugRows(out)
	require.Len(t, rows, 36)
	for id, row := range rows {
		assert.Equal(t, id == "5", strings.Contains(row, "recomputed"), row)
		assert.Equal(t, id == "5", strings.Contains(row, "annulled:"), row)
	}
	assert.Contains(t, out, "87 / 90")

	// The page's words for a wrong one name the kinds.
	_, errs, code = cli(t, "count", "--annul", "okrug:99")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, `the election defines no okrug "99"`)
	_, errs, code = cli(t, "count", "--annul", "ward:1")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "want precinct:ID, candidate:ID, okrug:ID or region:ID")
}

// An annulment alone is a what-if: whatif --annul-file without --set
// compares the count without them with the count as the protocols stand.
func TestWhatIfAnnulAlone(t *testing.T) {
	f := filepath.Join(t.TempDir(), "annul.json")
	require.NoError(t, os.WriteFile(f, []byte(`{"annulments": [{"kind": "okrug", "id": "5", "reason": "a court's decision"}]}`), 0o644))
	out, errs, code := cli(t, "whatif", "--annul-file", f)
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, "Annulled: what changes")
	assert.Contains(t, out, "annulled okrug:5 (a court's decision)")
	assert.Contains(t, out, "88 / 90 → 87 / 90")

	out, errs, code = cli(t, "whatif", "--annul", "precinct:5249", "--format", "json")
	require.NotEqual(t, exitUsage, code, errs)
	var w shailoo.WhatIf
	require.NoError(t, json.Unmarshal([]byte(out), &w))
	require.NotNil(t, w.Base)
	require.NotNil(t, w.Alternative)
	assert.Empty(t, w.Base.Annulled)
	assert.Equal(t, []shailoo.Annulment{{Kind: "precinct", ID: "5249"}}, w.Alternative.Annulled)
	assert.Equal(t, []string{"annulled precinct:5249"}, w.Changes)

	// Nothing to compare is still a usage error, which names --annul.
	_, errs, code = cli(t, "whatif")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "--annul")
}

// The README's annulments run on the data they name: each command of
// the README, docs/cli.md and docs/page/README.md that annuls and names no placeholder ("...",
// a file made elsewhere), and each of the page's "Annul" field's examples
// on the demo (a tester's precinct:5514, of another file, failed there).
func TestREADMEAnnulments(t *testing.T) {
	readme, err := os.ReadFile(repo + "README.md")
	require.NoError(t, err)
	for _, doc := range []string{"docs/cli.md", "docs/page/README.md"} {
		b, err := os.ReadFile(repo + doc)
		require.NoError(t, err)
		readme = append(append(readme, '\n'), b...)
	}
	n := 0
	for _, line := range strings.Split(string(readme), "\n") {
		if !strings.HasPrefix(line, "shailoo ") || !strings.Contains(line, "--annul") ||
			strings.Contains(line, "...") || strings.Contains(line, "/tmp/") {
			continue
		}
		cmd, _, _ := strings.Cut(line, "#")
		args := strings.Fields(cmd)[1:]
		for i, a := range args {
			if strings.HasPrefix(a, "testdata/") {
				args[i] = repo + a
			}
		}
		out, errs, code := cli(t, args...)
		if code == exitUsage || !strings.Contains(out, "Counted without annulled results") {
			t.Errorf("the README's %q: exit %d\n%s\n%s", line, code, errs, clip(out))
		}
		n++
	}
	assert.GreaterOrEqual(t, n, 5, "the README's annulments")

	m := regexp.MustCompile("\"Annul\" field \\(on the demo `([^`]+)`").FindSubmatch(readme)
	require.NotNil(t, m, "the README no longer gives the page's annulments on the demo")
	for _, a := range strings.Split(string(m[1]), ",") {
		out, errs, code := cli(t, "count", "--annul", strings.TrimSpace(a))
		if code == exitUsage || !strings.Contains(out, "Counted without annulled results") {
			t.Errorf("the README's page annulment %q on the demo: exit %d\n%s", a, code, errs)
		}
	}
}
