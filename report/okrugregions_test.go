package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

// The votes of a single okrug (a president's) in each region, which the
// JSON gives as okrug_regions, are a section of the text and Markdown
// reports too, in each language: a row per region, a column per
// candidate (the most votes first, 6 at most, a line saying how many more
// there are), a figure no protocol of the region gives "not evaluated"
// and one that protocols do not all give marked partial.
func TestOkrugRegionsReported(t *testing.T) {
	votes := map[string]int64{"a": 700, "b": 600, "c": 50, "d": 40, "e": 30, "f": 20, "g": 10, "h": 5}
	res := &shailoo.Result{
		Election: shailoo.Election{ID: "p", Name: "President"},
		Okrugs: []shailoo.Okrug{{OkrugResult: seats.OkrugResult{Okrug: "pres", Outcome: seats.OutcomeElected, Winner: "a"},
			Name: "President", CandidateVotes: votes, CandidateNames: map[string]string{"a": "Ann", "b": "Bob"}}},
		OkrugRegions: []shailoo.RegionVotes{
			{Region: "North", Ballot: election.OkrugBallot, Okrug: "pres", Protocols: 3, Votes: votes, VotesMissing: map[string]int{"b": 1}},
			{Region: "South", Ballot: election.OkrugBallot, Okrug: "pres", Votes: map[string]int64{}},
		},
	}
	for _, tc := range []struct {
		lang report.Lang
		md   bool
		want []string
	}{
		{report.English, false, []string{"President: votes by region", "region  protocols  Ann ",
			"600 (partial: 1 protocol(s) without it)  50 ", "South   0          not evaluated  not evaluated",
			"2 more candidate(s) with fewer votes not shown here"}},
		{report.English, true, []string{"## President: votes by region", "| region | protocols | Ann | Bob | c | d | e | f |", "| North | 3 | 700 |"}},
		{report.Russian, false, []string{"President: голоса по регионам", "регион  протоколы", "ещё 2 кандидата"}},
		{report.Kyrgyz, false, []string{"President: аймактар боюнча добуштар", "аймак", "дагы 2 талапкер"}},
	} {
		var b bytes.Buffer
		write := report.Text
		if tc.md {
			write = report.Markdown
		}
		if err := write(&b, res, tc.lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s (md %v): no %q in\n%s", tc.lang, tc.md, w, b.String())
			}
		}
		sec := b.String()[strings.Index(b.String(), "President: "+map[report.Lang]string{report.English: "votes", report.Russian: "голоса по", report.Kyrgyz: "аймактар"}[tc.lang]):]
		sec = sec[:strings.Index(sec, "\n\n")]
		if strings.Contains(sec, " g ") || strings.Contains(sec, "| g |") {
			t.Errorf("%s: a 7th candidate's column in\n%s", tc.lang, sec)
		}
	}
}
