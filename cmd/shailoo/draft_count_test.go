package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The README's flow, `mapping draft` then `count`, on a file of the 2011
// Duma (its head): the draft maps the absentee-certificate lines and says
// that the built-in rule sets lack them; counted under the built-in rule
// set the mapping fails with exit 2 and an error naming every such line,
// the rule set and the fix; counted under examples/duma2011's rule set it
// counts.
func TestDraftThenCount(t *testing.T) {
	file := repo + "testdata/ingest/duma2011-head.csv"
	out, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d\n%s", code, errs)
	}
	for _, want := range []string{`"lines.absentee_cancelled: column`, "the built-in rule sets (kg2021 and the others) do not declare it: count with --rules examples/duma2011/rules.json"} {
		if !strings.Contains(out, want) {
			t.Errorf("the draft does not say %q:\n%s", want, out)
		}
	}
	mapping := filepath.Join(t.TempDir(), "drafted.json")
	if err := os.WriteFile(mapping, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = cli(t, "count", "--mapping", mapping, "--protocols", file)
	if code != exitUsage {
		t.Errorf("count under kg2021: exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{
		`lines.absentee_cancelled`, `unknown protocol line "absentee_cancelled" (and "absentee_issued",`, `the rule set "kg2021"`,
		"examples/duma2011/rules.json", "or delete them from the mapping",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("the error does not say %q:\n%s", want, errs)
		}
	}
	_, errs, code = cli(t, "count", "--rules", repo+"examples/duma2011/rules.json", "--mapping", mapping, "--protocols", file)
	if code == exitUsage {
		t.Errorf("count under examples/duma2011/rules.json: exit %d\n%s", code, errs)
	}
}
