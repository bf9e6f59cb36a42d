package report_test

import (
	"bytes"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// The text and Markdown reports say an okrug's majority step: a leader one
// vote short of more than 50% and one who passed it exactly both show
// "50.00"; the line under the okrug's votes tells them apart (Niger 2020's
// first round over four communes, the leader's votes edited to the
// boundary, as a tester made it).
func TestMajorityLine(t *testing.T) {
	for _, tc := range []struct {
		got, base int64
		outcome   seats.Outcome
		want      map[report.Lang]string
	}{
		{23429, 46858, seats.OutcomeRunoff, map[report.Lang]string{
			report.English: "Majority rule: more than 50% of 46,858 (valid ballots): 23,430 votes needed; Mohamed Bazoum got 23,429: missed by 1",
			report.Russian: "Правило большинства: более 50% от 46\u00a0858 (действительные бюллетени): нужно голосов: 23\u00a0430; у Mohamed Bazoum — 23\u00a0429: не хватило 1",
			report.Kyrgyz:  "Көпчүлүк эрежеси: 46\u00a0858 (жарактуу бюллетендер) 50%дан ашыгы: 23\u00a0430 добуш керек; Mohamed Bazoum 23\u00a0429 алды: 1 жетпей калды"}},
		{23430, 46859, seats.OutcomeElected, map[report.Lang]string{
			report.English: "Majority rule: more than 50% of 46,859 (valid ballots): 23,430 votes needed; Mohamed Bazoum got 23,430: passed exactly"}},
		{23431, 46859, seats.OutcomeElected, map[report.Lang]string{
			report.English: "23,430 votes needed; Mohamed Bazoum got 23,431: passed by 1"}},
	} {
		res := &shailoo.Result{}
		res.Rules.Okrug.Majority = &seats.MajorityRule{Percent: decimal.NewFromInt(50), Base: threshold.Valid, Comparison: threshold.MoreThan}
		o := shailoo.Okrug{LeaderName: "Mohamed Bazoum", MajorityBase: tc.base,
			CandidateVotes: map[string]int64{"bazoum": tc.got, "ousmane": 7829}, CandidateNames: map[string]string{"bazoum": "Mohamed Bazoum", "ousmane": "Mahamane Ousmane"}}
		o.Okrug, o.Outcome, o.Leader, o.LeaderVotes = "ne", tc.outcome, "bazoum", tc.got
		o.Steps = []election.Step{{Kind: "majority", Subject: "ne", Value: "23430", Detail: "majority rule: (as the count writes it)"}}
		res.Okrugs = []shailoo.Okrug{o}
		for l, want := range tc.want {
			var b bytes.Buffer
			require.NoError(t, report.Text(&b, res, l))
			require.Contains(t, b.String(), want, l)
			b.Reset()
			require.NoError(t, report.Markdown(&b, res, l))
			require.Contains(t, b.String(), want, l)
		}
	}
}
