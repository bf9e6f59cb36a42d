package main

import (
	"strings"
	"testing"
)

// "mapping draft --help" prints the usage (it opened a file named
// "--help"), and "shailoo draft FILE" is "shailoo mapping draft FILE".
func TestMappingDraftUsage(t *testing.T) {
	for _, args := range [][]string{{"mapping", "draft", "--help"}, {"mapping", "draft", "-h"}, {"draft", "--help"}, {"mapping", "--help"}} {
		out, errs, code := cli(t, args...)
		if code != exitOK || out != "" || !strings.Contains(errs, "Usage: shailoo mapping draft FILE.csv") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	for _, args := range [][]string{{"mapping"}, {"mapping", "draft"}, {"mapping", "draft", "a.csv", "b.csv"}, {"mapping", "drat", "a.csv"}} {
		if _, errs, code := cli(t, args...); code != exitUsage || !strings.Contains(errs, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
	file := repo + "examples/openelections/precincts.csv"
	want, _, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d", code)
	}
	if got, _, code := cli(t, "draft", file); code != exitOK || got != want {
		t.Errorf("draft: exit %d, a draft other than mapping draft's:\n%s", code, got)
	}
}
