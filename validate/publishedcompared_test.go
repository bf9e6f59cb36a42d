package validate_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// Every published figure compared is counted under its check, and a check
// compared n figures of which m matched has n − m findings: what was
// compared is said beside what disagreed.
func TestCheckPublishedCountsWhatItCompared(t *testing.T) {
	codes := func(rep validate.Report) map[validate.Code]int {
		n := map[validate.Code]int{}
		for _, f := range rep.Findings {
			n[f.Code]++
		}
		return n
	}
	rep := validate.CheckPublished(summary2021(), recount2021(), kg2021)
	require.Empty(t, rep.Findings)
	require.Equal(t, rep.Compared.Figures, rep.Compared.Matched)
	want := map[validate.Code]int{validate.PublishedPercent: 6, validate.PublishedVotes: 6, validate.SharesOver100: 1,
		validate.PublishedTurnout: 1, validate.PublishedParticipants: 1, validate.PublishedVoters: 1, validate.PublishedSeats: 6}
	got := map[validate.Code]int{}
	for _, k := range rep.Compared.Checks {
		got[k.Code] = k.Figures
	}
	for code, n := range want {
		require.Equal(t, n, got[code], code)
	}

	s := summary2021()
	*s.Lists[0].Votes++
	*s.Lists[1].Percent = s.Lists[1].Percent.Add(*s.Lists[1].Percent)
	*s.Participants--
	s.Okrugs[0].Winner = "c1-9"
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	found := codes(rep)
	require.NotEmpty(t, found)
	for _, k := range rep.Compared.Checks {
		require.Equal(t, found[k.Code], k.Figures-k.Matched, k.Code)
	}
	require.Equal(t, rep.Compared.Figures-rep.Compared.Matched, len(rep.Findings))

	empty := validate.CheckPublished(validate.Summary{Election: "kg2021"}, recount2021(), kg2021)
	require.True(t, empty.Compared.Nothing())
	require.False(t, rep.Compared.Nothing())
	require.Equal(t, []validate.ComparedCheck{{Code: validate.PublishedVotes, Figures: 6, Matched: 5}},
		rep.Compared.Without(validate.PublishedPercent, validate.PublishedOwnPercent, validate.SharesOver100, validate.PublishedTurnout, validate.PublishedParticipants,
			validate.PublishedVoters, validate.PublishedSeats, validate.PublishedWinner, validate.PublishedOutcome).Checks)
}
