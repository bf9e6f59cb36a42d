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
	want := rules + `:19:5: okrug.seats_by_okrug: okrug "District 1" is not an okrug of the count`
	if code != exitUsage || !strings.Contains(errs, want) {
		t.Errorf("exit %d, %q; want exit %d and %q", code, errs, exitUsage, want)
	}
}

// --rules given a directory reads its rules.json (examples/fptp, as the
// README's examples are laid out), and names it where the count places an
// error of a field; a directory without one is an error that says which
// file to give.
func TestRulesDirectory(t *testing.T) {
	out, errs, code := cli(t, "count", "--rules", repo+"examples/fptp", "--protocols", repo+"examples/fptp/constituencies.csv", "--mapping", repo+"examples/fptp/mapping.json")
	if code == exitUsage || !strings.Contains(out, "Rule set: fptp 1.0.0") {
		t.Errorf("--rules examples/fptp: exit %d, %q", code, errs)
	}
	b, err := os.ReadFile(repo + "examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	s := strings.Replace(string(b), `"tie": "lots"`, `"tie": "lots",
    "seats_by_okrug": {"District 1": 3}`, 1)
	if err := os.WriteFile(filepath.Join(dir, "rules.json"), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = cli(t, "count", "--rules", dir, "--protocols", repo+"examples/fptp/constituencies.csv", "--mapping", repo+"examples/fptp/mapping.json")
	if want := filepath.Join(dir, "rules.json") + `:19:5: okrug.seats_by_okrug`; code != exitUsage || !strings.Contains(errs, want) {
		t.Errorf("exit %d, %q; want exit %d and %q", code, errs, exitUsage, want)
	}
	empty := t.TempDir()
	_, errs, code = cli(t, "count", "--rules", empty, "--protocols", repo+"examples/fptp/constituencies.csv", "--mapping", repo+"examples/fptp/mapping.json")
	if code != exitUsage || !strings.Contains(errs, "a directory without a rules.json: give the rule set's JSON file") {
		t.Errorf("--rules of a directory without rules.json: exit %d, %q", code, errs)
	}
}
