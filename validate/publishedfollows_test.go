package validate_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// The European Parliament election of 9 June 2024 in Slovenia: the
// national figures the electoral commission (DVK) published on 10 June
// 2024, 12:00 (preliminary; a public copy of its rezultati.csv at
// stefanb/dvk-volitve-ep2024/data/ep2024/rezultati.csv@035cd1348636eae9e22c8a8f20abaee2a832198c),
// shares of the valid ballots, 2 decimals; and a recount of its 88
// districts' rows, which lack the 4,680 valid ballots cast abroad and by
// post. Every published share is right for the published votes and valid
// ballots (147,912 / 667,731 = 22.151…%): its gap from the recount's
// follows from theirs, and is no mis-rounding.
func slovenia2024() (validate.Summary, validate.Recount) {
	s := validate.Summary{Election: "si-ep-2024", Base: validate.BaseValid, Valid: i64(667731),
		Lists: []validate.PublishedList{
			{ID: "svoboda", Name: "SVOBODA", Votes: i64(147912), Percent: pct("22.15")},
			{ID: "sds", Name: "SDS", Votes: i64(204676), Percent: pct("30.65")},
			{ID: "nsi", Name: "NSi", Votes: i64(51135), Percent: pct("7.66")},
		}}
	rc := validate.Recount{Valid: 663051, Lists: []validate.RecountList{
		{ID: "svoboda", Votes: 146936}, {ID: "sds", Votes: 204021}, {ID: "nsi", Votes: 50813},
	}}
	return s, rc
}

func compared(rep validate.Report) map[validate.Code][2]int {
	out := map[validate.Code][2]int{}
	for _, k := range rep.Compared.Checks {
		out[k.Code] = [2]int{k.Figures, k.Matched}
	}
	return out
}

func TestShareFollowsGapOfPublishedFigures(t *testing.T) {
	s, rc := slovenia2024()
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedVotes, validate.PublishedVotes, validate.PublishedVotes,
		validate.PercentFollowsGap, validate.PercentFollowsGap, validate.PublishedValid}, codes(rep))

	f := finding(t, rep, validate.PercentFollowsGap, "svoboda")
	assert.Equal(t, validate.Warning, f.Severity)
	assert.Equal(t, "22.16 (exact 100 × 146936 / 663051 = 22.160587…)", f.Want)
	assert.Equal(t, "22.15", f.Got)
	assert.Equal(t, int64(-1), f.Gap)
	assert.Equal(t, []validate.Code{validate.PublishedVotes, validate.PublishedValid}, f.Follows())
	assert.Equal(t, "List «SVOBODA»: published 22.15% is right for the published figures (100 × 147912 / 667731 = 22.151435…), "+
		"but the recount's 100 × 146936 / 663051 = 22.160587… rounds (half up, 2 decimals) to 22.16%: "+
		"the gap follows from the gap of the list's votes (S302) and the valid ballots (S318), not from rounding.", f.Message().En)
	assert.Contains(t, f.Message().Ru, "опубликованные 22,15% верны для опубликованных чисел (100 × 147912 / 667731 = 22,151435…)")
	assert.Contains(t, f.Message().Ru, "расхождения голосов списка (S302) и числа действительных бюллетеней (S318)")
	assert.Contains(t, f.Message().Ky, "тизменин добуштарынын (S302) жана жарактуу бюллетендердин санынын (S318) айырмасынан")

	// The JSON names the findings it follows from, and reads them back.
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"follows":["S302","S318"]`)
	var back validate.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, f.Follows(), back.Follows())
	assert.Equal(t, f.Message(), back.Message())

	// NSi's 7.66 is the recount's share too: right, whatever the votes.
	assert.Equal(t, map[validate.Code][2]int{
		validate.PublishedPercent: {1, 1}, validate.PublishedVotes: {3, 0}, validate.SharesOver100: {1, 1},
		validate.PublishedOwnPercent: {2, 2}, validate.PercentFollowsGap: {2, 0}, validate.PublishedValid: {1, 0},
	}, compared(rep))
	assert.Empty(t, notEvaluated(rep, validate.PublishedOwnPercent))

	// The valid ballots as published are the recount's: the gap is the
	// list's votes alone.
	rc.Valid = 667731
	f = finding(t, validate.CheckPublished(s, rc, kg2021), validate.PercentFollowsGap, "svoboda")
	assert.Equal(t, []validate.Code{validate.PublishedVotes}, f.Follows())
	assert.True(t, strings.HasSuffix(f.Message().En, "the gap follows from the gap of the list's votes (S302), not from rounding."), f.Message().En)
}

// A summary that does not publish the base of its shares leaves the
// publication's own arithmetic not evaluated: a share that is not the
// recount's is S301, whose sentence says that the list's votes differ and
// that whether the share follows from them is not known.
func TestShareWithoutPublishedBase(t *testing.T) {
	s, rc := slovenia2024()
	s.Valid = nil
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedPercent, validate.PublishedPercent,
		validate.PublishedVotes, validate.PublishedVotes, validate.PublishedVotes}, codes(rep))
	f := finding(t, rep, validate.PublishedPercent, "svoboda")
	assert.Equal(t, "List «SVOBODA»: published 22.15%, but 100 × 146936 / 663051 = 22.160587…, which rounds (half up, 2 decimals) to 22.16%; "+
		"the published votes differ from the recount's (S302), but the summary does not give the base of its shares, "+
		"so whether the share follows from that gap is not evaluated (S316).", f.Message().En)
	assert.Empty(t, f.Follows())
	ne := notEvaluated(rep, validate.PublishedOwnPercent)
	require.Len(t, ne, 1)
	assert.Equal(t, `the summary does not publish the valid ballots ("valid"), the base of its percentages`, ne[0].Reason)
	assert.Equal(t, 2, ne[0].Count, "the two shares that are not the recount's")

	// A share whose votes are the recount's is S301 as it always was.
	*s.Lists[0].Votes = 146936
	f = finding(t, validate.CheckPublished(s, rc, kg2021), validate.PublishedPercent, "svoboda")
	assert.Equal(t, "List «SVOBODA»: published 22.15%, but 100 × 146936 / 663051 = 22.160587…, which rounds (half up, 2 decimals) to 22.16%.", f.Message().En)
}

// A share that is neither the recount's nor the published figures' is
// wrong twice: against the recount (S301) and in the publication's own
// arithmetic (S316).
func TestShareMisroundedFromPublishedFigures(t *testing.T) {
	s, rc := slovenia2024()
	s.Lists[0].Percent = pct("22.14")
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.Contains(t, codes(rep), validate.PublishedPercent)
	f := finding(t, rep, validate.PublishedOwnPercent, "svoboda")
	assert.Equal(t, validate.Error, f.Severity)
	assert.Equal(t, "22.15 (exact 100 × 147912 / 667731 = 22.151435…)", f.Want)
	assert.Equal(t, int64(-1), f.Gap)
	assert.Equal(t, "List «SVOBODA»: published 22.14%, but the published figures give 100 × 147912 / 667731 = 22.151435…, which rounds (half up, 2 decimals) to 22.15%.", f.Message().En)
	assert.Equal(t, "22.16 (exact 100 × 146936 / 663051 = 22.160587…)", finding(t, rep, validate.PublishedPercent, "svoboda").Want)

	// Where the recount's base is not known, the publication's own
	// arithmetic is still checked.
	rc.NotEvaluated = []string{validate.BaseValid}
	rep = validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedVotes, validate.PublishedVotes, validate.PublishedVotes, validate.PublishedOwnPercent}, codes(rep))
	assert.Equal(t, [2]int{3, 2}, compared(rep)[validate.PublishedOwnPercent])
	require.NotEmpty(t, notEvaluated(rep, validate.PublishedPercent))
	require.NotEmpty(t, notEvaluated(rep, validate.PublishedValid))
}

// Base "votes": the published base is the sum of the published votes, and
// a share's gap may follow from another list's votes.
func TestShareFollowsOtherListsVotes(t *testing.T) {
	s := validate.Summary{Base: validate.BaseVotes, Lists: []validate.PublishedList{
		{ID: "a", Votes: i64(60), Percent: pct("60.00")},
		{ID: "b", Votes: i64(40), Percent: pct("40.00")},
	}}
	rc := validate.Recount{Lists: []validate.RecountList{{ID: "a", Votes: 60}, {ID: "b", Votes: 50}}}
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedVotes, validate.PercentFollowsGap, validate.PercentFollowsGap}, codes(rep))
	a := finding(t, rep, validate.PercentFollowsGap, "a")
	assert.Equal(t, []validate.Code{validate.PublishedVotes}, a.Follows())
	assert.Contains(t, a.Message().En, "the gap follows from the gap of the other lists' votes (S302), not from rounding")
	b := finding(t, rep, validate.PercentFollowsGap, "b")
	assert.Contains(t, b.Message().En, "the gap follows from the gap of the list's votes (S302), not from rounding")

	// A list the summary lacks leaves the published sum unknown.
	s.Lists = s.Lists[:1]
	rep = validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedPercent, validate.PublishedMissingList}, codes(rep))
	ne := notEvaluated(rep, validate.PublishedOwnPercent)
	require.Len(t, ne, 1)
	assert.Equal(t, "the sum of the published votes, the base of the percentages, is not known: a list of the recount is not in the summary: b", ne[0].Reason)

	// A list the recount lacks is in the published sum, and its gap.
	s.Lists = []validate.PublishedList{
		{ID: "a", Votes: i64(60), Percent: pct("50.00")},
		{ID: "b", Votes: i64(50), Percent: pct("41.67")},
		{ID: "x", Votes: i64(10), Percent: pct("8.33")},
	}
	rep = validate.CheckPublished(s, rc, kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedUnknownList, validate.PercentFollowsGap, validate.PercentFollowsGap}, codes(rep))
	assert.Equal(t, []validate.Code{validate.PublishedUnknownList}, finding(t, rep, validate.PercentFollowsGap, "a").Follows())
}
