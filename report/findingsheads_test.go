package report_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A check of a published summary's findings hold the recount in want and
// the published figure in got: the table's heads say so, and a
// percentage's gap is in percentage points; the other checks' tables keep
// want and got.
func TestFindingsHeads(t *testing.T) {
	turnout := decimal.RequireFromString("34.5") // wrong at its own decimals too: S304, not S320
	s := validate.Summary{Turnout: &turnout}
	rc := validate.Recount{Participants: 1281622, Voters: 3703420}
	rep := validate.CheckPublished(s, rc, validate.PublishedRules{Decimals: 2})
	if len(rep.Findings) != 1 {
		t.Fatalf("findings %v, want one S304", rep.Findings)
	}
	for _, c := range []struct {
		l    report.Lang
		want string
	}{
		{report.English, `code +recount +published +gap *\n  S304 .* 34\.5 +-0\.11 pp `},
		{report.Russian, `код +пересчёт +опубликовано +разница *\n  S304 .* 34,5 +-0,11 п\. п\. `},
	} {
		var b bytes.Buffer
		if err := report.FindingsText(&b, rep, c.l); err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(c.want).MatchString(b.String()) {
			t.Errorf("%s:\n%s\nwant %s", c.l, b.String(), c.want)
		}
	}
	rep.Compared = nil // not a published summary's
	var b bytes.Buffer
	if err := report.FindingsText(&b, rep, report.English); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`code +want +got +gap`).MatchString(b.String()) {
		t.Errorf("a check's table:\n%s", b.String())
	}
}
