package validate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// A published percentage written with fewer decimals than the rule set
// publishes: the finding says so, and whether the exact value rounded to
// the published decimals is the published figure (then S320, a warning,
// not the error of a mis-rounding); its gap is given in percentage
// points, exactly, besides the units of the last decimal.
func TestPublishedFewerDecimals(t *testing.T) {
	check := func(turnout string, code validate.Code) validate.Finding {
		t.Helper()
		s := summary2021()
		s.Turnout = pct(turnout)
		rep := validate.CheckPublished(s, recount2021(), kg2021)
		require.Len(t, rep.Findings, 1)
		require.Equal(t, code, rep.Findings[0].Code)
		return rep.Findings[0]
	}
	// 100 × 1281622 / 3703420 = 34.606444…: 34.61 to 2 decimals, 34.6 to 1.
	f := check("34.6", validate.PercentFewerDecimals)
	assert.Equal(t, validate.Warning, f.Severity)
	assert.Equal(t, int64(-1), f.Gap)
	assert.Equal(t, "-0.01", f.GapPoints())
	m := f.Message()
	assert.Equal(t, "Nation: published 34.6%: 100 × 1281622 / 3703420 = 34.606444… rounds (half up, 2 decimals) to 34.61%; the summary writes it with 1 decimal(s), fewer than the rule set's 2: rounded (half up) to 1 decimal(s), 34.606444… is 34.6%, as published.", m.En)
	assert.Contains(t, m.Ru, "при округлении (половина вверх, знаков после запятой: 1) 34,606444… даёт 34,6%, как и опубликовано.")
	assert.Contains(t, m.Ky, "1 белгиге тегеректегенде (жарымы жогору) 34,606444… 34,6% болот, жарыялангандай эле.")

	f = check("34.7", validate.PublishedTurnout)
	assert.Equal(t, validate.Error, f.Severity)
	assert.Equal(t, int64(9), f.Gap)
	assert.Equal(t, "0.09", f.GapPoints())
	assert.Contains(t, f.Message().En, "rounded (half up) to 1 decimal(s), 34.606444… is 34.6%, not as published either.")

	// As many decimals as the rule set: said as before, the gap in points too.
	f = check("34.94", validate.PublishedTurnout)
	assert.Equal(t, int64(33), f.Gap)
	assert.Equal(t, "0.33", f.GapPoints())
	assert.Equal(t, "Nation: published 34.94%, but 100 × 1281622 / 3703420 = 34.606444…, which rounds (half up, 2 decimals) to 34.61%.", f.Message().En)
	// More: the points are exact where the units are rounded.
	f = check("34.6064", validate.PublishedTurnout)
	assert.Equal(t, "-0.0036", f.GapPoints())

	// A share right at its own decimals (S320, not S301: the summary's
	// compared figures say which) and a gap that follows from the
	// published figures (S317) say it too.
	s := summary2021()
	s.Lists[0].Percent = pct("17.3")
	rep := validate.CheckPublished(s, recount2021(), kg2021)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, validate.PercentFewerDecimals, rep.Findings[0].Code)
	assert.Contains(t, rep.Compared.Checks, validate.ComparedCheck{Code: validate.PercentFewerDecimals, Figures: 1})
	s.Lists[0].Percent = pct("17.4")
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, validate.PublishedPercent, rep.Findings[0].Code)
	s.Lists[0].Percent = pct("17.3")
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	assert.Equal(t, "-0.02", rep.Findings[0].GapPoints())
	assert.Contains(t, rep.Findings[0].Message().En, "is 17.3%, as published")
	// Published participants 1285087: the published figures give
	// 34.700…, 34.70 to 2 decimals, and 34.7 is right for them (S317); with
	// 1282856, 34.639…, it is not (S316).
	for _, c := range []struct {
		participants int64
		code         validate.Code
		points, says string
	}{
		{1285087, validate.PercentFollowsGap, "0.09", "34.606444… is 34.6%, not as published either"},
		{1282856, validate.PublishedOwnPercent, "-0.04", "34.639765… is 34.6%, as published"},
	} {
		s = summary2021()
		s.Participants, s.Turnout = i64(c.participants), pct("34.7")
		if c.code == validate.PublishedOwnPercent {
			s.Turnout = pct("34.6")
		}
		rep = validate.CheckPublished(s, recount2021(), kg2021)
		found := false
		for _, f := range rep.Findings {
			if f.Code == c.code && f.Place.Line == "turnout" {
				found = true
				assert.Equal(t, c.points, f.GapPoints(), c.code)
				assert.Contains(t, f.Message().En, "; the summary writes it with 1 decimal(s), fewer than the rule set's 2: ", c.code)
				assert.Contains(t, f.Message().En, c.says, c.code)
			}
		}
		assert.True(t, found, "no %s in %v", c.code, rep.Findings)
	}
}
