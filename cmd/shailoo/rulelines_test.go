//go:build !js

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/stretchr/testify/require"
)

// The 2011 Duma's rule set (examples/duma2011) adds the absentee
// certificates' lines to the form; its first rows are
// testdata/ingest/duma2011-head.csv.
const (
	dumaRules   = repo + "examples/duma2011/rules.json"
	dumaMapping = repo + "examples/duma2011/mapping.json"
	dumaHead    = repo + "testdata/ingest/duma2011-head.csv"
)

// TestFeedRuleSetLines runs shailoo feed under the 2011 Duma's rule set:
// a protocol posted as a CSV row and one posted as JSON, both with the
// lines the rule set adds, are journaled, and the feed reopened on the
// journal gives the same result (it stopped at "unknown protocol line
// absentee_cancelled").
func TestFeedRuleSetLines(t *testing.T) {
	dir := t.TempDir()
	rf, err := os.Open(dumaRules)
	require.NoError(t, err)
	defer rf.Close()
	rules, err := shailoo.ReadRules(rf, "rules.json")
	require.NoError(t, err)
	mb, err := os.ReadFile(dumaMapping)
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(bytes.NewReader(mb), "mapping.json", rules.Protocol.Known)
	require.NoError(t, err)
	csv, err := os.ReadFile(dumaHead)
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	def, _, err = shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "duma2011-head.csv", R: bytes.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	p := def.Protocols[1]
	def.Protocols = nil
	b, err := json.Marshal(def)
	require.NoError(t, err)
	defFile := filepath.Join(dir, "election.json")
	require.NoError(t, os.WriteFile(defFile, b, 0o644))

	flags := feedFlags{rules: dumaRules, election: defFile, db: filepath.Join(dir, "r.sqlite"), tokens: writeTokens(t, dir), mappings: multi{dumaMapping}}
	f, err := openFeed(context.Background(), flags)
	require.NoError(t, err)
	post := func(body, contentType string) {
		t.Helper()
		r := httptest.NewRequest("POST", "/protocols", strings.NewReader(body))
		r.Header.Set("Authorization", "Bearer "+feedToken)
		r.Header.Set("Content-Type", contentType)
		w := httptest.NewRecorder()
		f.ServeHTTP(w, r)
		require.Equal(t, 201, w.Code, w.Body.String())
	}
	results := func() string {
		w := httptest.NewRecorder()
		f.ServeHTTP(w, httptest.NewRequest("GET", "/results", nil))
		return w.Body.String()
	}
	rows := strings.SplitAfter(string(csv), "\n")
	post(rows[0]+rows[1], "text/csv")
	pj, err := json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(pj), `"absentee_cancelled":`)
	post(string(pj), "application/json")
	before := results()
	require.True(t, strings.Contains(before, `"protocols": 2,`), "the result does not count 2 protocols")
	require.NoError(t, f.Close())

	f, err = openFeed(context.Background(), flags)
	require.NoError(t, err, "reopen on the journal")
	defer f.Close()
	require.EqualValues(t, 2, f.Replayed())
	require.Equal(t, before, results())
}

// TestCopyRuleSetLines compares a copy that gives a line the rule set adds
// (the 2011 Duma's absentee_cancelled) with the published protocol.
func TestCopyRuleSetLines(t *testing.T) {
	copyFile := filepath.Join(t.TempDir(), "copy.json")
	require.NoError(t, os.WriteFile(copyFile, []byte(`{"precinct": "Республика Адыгея (Адыгея) / 1", "ballot": "list", "lines": {"valid": 1792, "absentee_cancelled": 99}}`), 0o644))
	out, errs, code := cli(t, "copy", "--rules", dumaRules, "--protocols", dumaHead, "--mapping", dumaMapping, "--copy", copyFile)
	require.Equal(t, exitFindings, code, errs)
	require.Contains(t, out, "line absentee_cancelled")
	require.Contains(t, out, "copy 99, published 0 (gap +99)")
}
