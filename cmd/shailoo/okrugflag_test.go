package main

import (
	"strings"
	"testing"
)

// count --okrug lists every candidate of the okrugs named below the
// okrugs' table; an okrug the count has not, or a JSON report (which has
// every okrug's candidate_votes), is an error, exit 2.
func TestCountOkrugFlag(t *testing.T) {
	out, _, code := cli(t, "count", "--okrug", "27")
	if code != 0 || !strings.Contains(out, ": every candidate's votes\n") || !strings.Contains(out, "Okrug 27 candidate 1  6,940") {
		t.Errorf("exit %d, output without okrug 27's candidates:\n%s", code, out)
	}
	if _, errOut, code := cli(t, "count", "--okrug", "Nowhere"); code != 2 || !strings.Contains(errOut, `"Nowhere"`) {
		t.Errorf("unknown okrug: exit %d, %q", code, errOut)
	}
	if _, errOut, code := cli(t, "count", "--format", "json", "--okrug", "27"); code != 2 || !strings.Contains(errOut, "candidate_votes") {
		t.Errorf("--format json: exit %d, %q", code, errOut)
	}
}
