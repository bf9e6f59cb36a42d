package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A check not evaluated at some protocols only says how many and the
// first, in the text and in Markdown: "P103: the protocol lacks line(s)
// valid" beside a P103 error read as if P103 were never checked (a
// tester's Chile 2022 cut: one protocol gives its valid ballots, the other
// "NA").
func TestNotEvaluatedAtSomePlaces(t *testing.T) {
	rep := validate.Report{NotEvaluated: []validate.NotEvaluated{
		{Code: "P101", Reason: "not on the protocol form: received"},
		{Code: "P103", Reason: "the protocol lacks line(s) valid", Count: 1, First: &validate.Place{Level: "precinct", Precinct: "ALEMANIA", Ballot: election.ListBallot}},
		{Code: "S315", Reason: "some reason", Count: 3, First: &validate.Place{Level: "okrug", Okrug: "7"}},
	}}
	for _, tc := range []struct {
		lang report.Lang
		md   bool
		want []string
	}{
		{report.English, false, []string{"P101: not on the protocol form: received\n", "P103: not evaluated on 1 protocol (first: precinct ALEMANIA, list ballot, manual count): the protocol lacks line(s) valid", "S315: not evaluated at 3 places (first: okrug 7): some reason"}},
		{report.English, true, []string{"P103: not evaluated on 1 protocol (first: precinct ALEMANIA"}},
		{report.Russian, false, []string{"P103: не проверено в 1 протоколе (первый: "}},
		{report.Kyrgyz, false, []string{"P103: 1 протоколдо текшерилген жок (биринчиси: "}},
	} {
		var b bytes.Buffer
		write := report.FindingsText
		if tc.md {
			write = report.FindingsMarkdown
		}
		if err := write(&b, rep, tc.lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s md=%v: no %q in\n%s", tc.lang, tc.md, w, b.String())
			}
		}
	}
}
