package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A rule set's field that the count finds wrong (an okrug of
// okrug.seats_by_okrug the files do not have) names the --rules file and
// the field's line, as an error of loading it does.
func TestRulesErrorOfCountNamesFile(t *testing.T) {
	b, err := os.ReadFile(repo + "examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `"tie": "lots"`, `"tie": "lots",
    "seats_by_okrug": {"District 1": 3}`, 1)
	rules := filepath.Join(t.TempDir(), "rules.json")
	if err := os.WriteFile(rules, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code := cli(t, "count", "--rules", rules, "--protocols", repo+"examples/fptp/constituencies.csv", "--mapping", repo+"examples/fptp/mapping.json")
	want := rules + `:18:5: okrug.seats_by_okrug: okrug "District 1" is not an okrug of the count`
	if code != exitUsage || !strings.Contains(errs, want) {
		t.Errorf("exit %d, %q; want exit %d and %q", code, errs, exitUsage, want)
	}
}
