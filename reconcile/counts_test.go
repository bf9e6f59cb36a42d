package reconcile

import (
	"bytes"
	"strings"
	"testing"
)

// A count in the text is a label's figure ("okrugs: 1", "error findings:
// 1"), never "1 okrugs" or "1 error findings".
func TestTextCounts(t *testing.T) {
	line := pairLine(Pair{A: "a", B: "b", Compared: 3, Differ: 1, Share: "33.33", Figures: 2, Okrugs: []string{"7"}, Regions: []string{"Chui"}})
	if !strings.Contains(line, "; okrugs: 1 (7); regions: 1 (Chui)") {
		t.Errorf("pair line %q", line)
	}
	var b bytes.Buffer
	p := &printer{w: &b}
	p.impact(Impact{Source: "b", Base: CountState{Errors: 1, Ties: 1}}, "a")
	if s := b.String(); !strings.Contains(s, "the count of a: ties and decisions: 1, error findings: 1") {
		t.Errorf("impact:\n%s", s)
	}
}
