package main

import (
	"strings"
	"testing"
)

// `shailoo rules FILE` prints a user's rule set as `--rules FILE` reads it,
// with its defaults filled in (a tester was told "unknown rule set"), and
// its errors name the field.
func TestRulesCommandReadsAFile(t *testing.T) {
	out, errs, code := cli(t, "rules", repo+"examples/fptp/rules.json")
	if code != exitOK || !strings.Contains(out, `"id": "fptp"`) || !strings.Contains(out, `"against_all"`) {
		t.Fatalf("rules FILE: exit %d\n%s\n%s", code, out, errs)
	}
	dirOut, _, code := cli(t, "rules", repo+"examples/fptp")
	if code != exitOK || dirOut != out {
		t.Errorf("rules DIR: exit %d, not the file's output", code)
	}
	_, errs, code = cli(t, "rules", repo+"testdata/no-such-rules.json")
	if code != exitUsage || !strings.Contains(errs, "not a built-in rule set") {
		t.Errorf("rules of no file: exit %d\n%s", code, errs)
	}
}
