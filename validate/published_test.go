package validate_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

func i64(n int64) *int64 { return &n }
func seats(n int) *int   { return &n }
func pct(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

var kg2021 = validate.PublishedRules{Decimals: 2, Rounding: validate.HalfUp}

// recount2021 is the final result of 15 Dec 2021 (CEC Resolution 836) for
// the six lists that won seats, and two okrugs (one failed: against all
// ahead).
func recount2021() validate.Recount {
	return validate.Recount{
		Participants: 1281622, Voters: 3703420, Valid: 1275343,
		Lists: []validate.RecountList{
			{ID: "ata-jurt", Votes: 222005, Seats: 15},
			{ID: "ishenim", Votes: 174470, Seats: 12},
			{ID: "yntymak", Votes: 141009, Seats: 9},
			{ID: "alliance", Votes: 106955, Seats: 7},
			{ID: "butun", Votes: 90223, Seats: 6},
			{ID: "yiman-nuru", Votes: 79025, Seats: 5},
		},
		Okrugs: []validate.RecountOkrug{
			{ID: "1", Winner: "c1-2", Outcome: "elected"},
			{ID: "27", Outcome: "repeat_election"},
		},
	}
}

// summary2021 is the correct published summary of recount2021.
func summary2021() validate.Summary {
	return validate.Summary{
		Election: "kg2021", Source: "CEC", Base: "participants",
		Participants: i64(1281622), Voters: i64(3703420), Turnout: pct("34.61"),
		Lists: []validate.PublishedList{
			{ID: "ata-jurt", Votes: i64(222005), Percent: pct("17.32"), Seats: seats(15)},
			{ID: "ishenim", Votes: i64(174470), Percent: pct("13.61"), Seats: seats(12)},
			{ID: "yntymak", Votes: i64(141009), Percent: pct("11.00"), Seats: seats(9)},
			{ID: "alliance", Votes: i64(106955), Percent: pct("8.35"), Seats: seats(7)},
			{ID: "butun", Votes: i64(90223), Percent: pct("7.04"), Seats: seats(6)},
			{ID: "yiman-nuru", Votes: i64(79025), Percent: pct("6.17"), Seats: seats(5)},
		},
		Okrugs: []validate.PublishedOkrug{
			{ID: "1", Winner: "c1-2"},
			{ID: "27", Outcome: "repeat_election"},
		},
	}
}

func TestCheckPublishedCodes(t *testing.T) {
	cases := []struct {
		name string
		mut  func(s *validate.Summary, rc *validate.Recount)
		want []validate.Code
	}{
		{"clean 2021", func(*validate.Summary, *validate.Recount) {}, nil},
		{"S301 wrong percentage", func(s *validate.Summary, _ *validate.Recount) { s.Lists[0].Percent = pct("17.33") }, []validate.Code{validate.PublishedPercent}},
		{"S301 rounded down where half up is the rule", func(s *validate.Summary, _ *validate.Recount) { s.Lists[3].Percent = pct("8.34") }, []validate.Code{validate.PublishedPercent}},
		{"S301 clean: trailing zero", func(s *validate.Summary, _ *validate.Recount) { s.Lists[2].Percent = pct("11.0") }, nil},
		{"S302 votes differ", func(s *validate.Summary, _ *validate.Recount) { s.Lists[0].Votes = i64(223892) }, []validate.Code{validate.PublishedVotes}},
		{"S303 shares past 100%", func(s *validate.Summary, rc *validate.Recount) {
			s.Lists = append(s.Lists, validate.PublishedList{ID: "others", Percent: pct("36.55")})
			rc.Lists = append(rc.Lists, validate.RecountList{ID: "others", Votes: 467935})
		}, []validate.Code{validate.PublishedPercent, validate.SharesOver100}},
		{"S303 clean: all lists, 100%", func(s *validate.Summary, rc *validate.Recount) {
			s.Lists = append(s.Lists, validate.PublishedList{ID: "others", Percent: pct("36.51")})
			rc.Lists = append(rc.Lists, validate.RecountList{ID: "others", Votes: 467935})
		}, nil},
		{"S304 turnout before the annulment", func(s *validate.Summary, _ *validate.Recount) { s.Turnout = pct("34.94") }, []validate.Code{validate.PublishedTurnout}},
		{"S305 participants before the annulment", func(s *validate.Summary, _ *validate.Recount) { s.Participants = i64(1293946) }, []validate.Code{validate.PublishedParticipants}},
		{"S306 voters", func(s *validate.Summary, _ *validate.Recount) { s.Voters = i64(3619292) }, []validate.Code{validate.PublishedVoters}},
		{"S307 seats", func(s *validate.Summary, _ *validate.Recount) { s.Lists[3].Seats = seats(6) }, []validate.Code{validate.PublishedSeats}},
		{"S308 winner", func(s *validate.Summary, _ *validate.Recount) { s.Okrugs[0].Winner = "c1-1" }, []validate.Code{validate.PublishedWinner}},
		{"S309 outcome", func(s *validate.Summary, _ *validate.Recount) {
			s.Okrugs[1] = validate.PublishedOkrug{ID: "27", Winner: "c27-1", Outcome: "elected"}
		}, []validate.Code{validate.PublishedOutcome}},
		{"S310 list not in the recount", func(s *validate.Summary, _ *validate.Recount) {
			s.Lists = append(s.Lists, validate.PublishedList{ID: "el-umutu", Votes: i64(57000)})
		}, []validate.Code{validate.PublishedUnknownList}},
		{"S311 list not published (warning)", func(s *validate.Summary, _ *validate.Recount) { s.Lists = s.Lists[1:] }, []validate.Code{validate.PublishedMissingList}},
		{"S312 okrug not in the recount", func(s *validate.Summary, _ *validate.Recount) {
			s.Okrugs = append(s.Okrugs, validate.PublishedOkrug{ID: "99", Winner: "x"})
		}, []validate.Code{validate.PublishedUnknownOkrug}},
		{"S313 okrug not published (warning)", func(s *validate.Summary, _ *validate.Recount) { s.Okrugs = s.Okrugs[:1] }, []validate.Code{validate.PublishedMissingOkrug}},
		{"S314 list published twice", func(s *validate.Summary, _ *validate.Recount) { s.Lists = append(s.Lists, s.Lists[0]) }, []validate.Code{validate.PublishedDuplicate}},
		{"clean: nothing published", func(s *validate.Summary, _ *validate.Recount) {
			*s = validate.Summary{Lists: []validate.PublishedList{}, Okrugs: []validate.PublishedOkrug{}}
			for _, l := range recount2021().Lists {
				s.Lists = append(s.Lists, validate.PublishedList{ID: l.ID})
			}
			for _, o := range recount2021().Okrugs {
				s.Okrugs = append(s.Okrugs, validate.PublishedOkrug{ID: o.ID})
			}
		}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, rc := summary2021(), recount2021()
			c.mut(&s, &rc)
			rep := validate.CheckPublished(s, rc, kg2021)
			want := c.want
			if want == nil {
				want = []validate.Code{}
			}
			assert.Equal(t, want, codes(rep), "%+v", rep.Findings)
			for _, f := range rep.Findings {
				for _, m := range []string{f.Message().En, f.Message().Ru, f.Message().Ky} {
					assert.NotContains(t, m, "{")
				}
			}
		})
	}
}

func TestCheckPublishedDetail(t *testing.T) {
	s := summary2021()
	s.Lists[3].Percent = pct("8.34")
	s.Turnout = pct("34.94")
	s.Participants = i64(1293946)
	rep := validate.CheckPublished(s, recount2021(), kg2021)
	require.Len(t, rep.Findings, 4)

	f := rep.Findings[0]
	assert.Equal(t, validate.PublishedPercent, f.Code)
	assert.Equal(t, validate.Place{Level: "list", Party: "alliance", Line: "percent"}, f.Place)
	assert.Equal(t, "8.35 (exact 100 × 106955 / 1281622 = 8.345284…)", f.Want)
	assert.Equal(t, "8.34", f.Got)
	assert.Equal(t, int64(-1), f.Gap)
	// Russian and Kyrgyz write the formula's decimals with a comma, as
	// their tables do.
	assert.Equal(t, "Список «alliance»: опубликовано 8,34%, но 100 × 106955 / 1281622 = 8,345284…, что при округлении (половина вверх, знаков после запятой: 2) даёт 8,35%; 8,34% — это 8,345284…, округлённое иначе (отбрасыванием, знаков после запятой: 2): если публикатор округляет так, укажите в наборе правил published.rounding: \"down\".", f.Message().Ru)
	assert.Contains(t, f.Message().Ky, "жарыяланганы 8,34%, бирок 100 × 106955 / 1281622 = 8,345284…")
	assert.Contains(t, f.Message().En, "published 8.34%, but 100 × 106955 / 1281622 = 8.345284…, which rounds")

	// A list the summary names is named so in the sentence, as the
	// tables name it; its place keeps the ID.
	s.Lists[3].Name = "Alliance"
	named := validate.CheckPublished(s, recount2021(), kg2021).Findings[0]
	assert.Equal(t, "alliance", named.Place.Party)
	assert.True(t, strings.HasPrefix(named.Message().Ru, "Список «Alliance»: опубликовано 8,34%"), named.Message().Ru)
	assert.True(t, strings.HasPrefix(named.Message().En, "List «Alliance»: published 8.34%"), named.Message().En)
	s.Lists[3].Name = ""

	// A figure is echoed with the decimals it was published with.
	s.Lists[3].Percent = pct("8.30")
	g := validate.CheckPublished(s, recount2021(), kg2021).Findings[0]
	assert.Equal(t, "8.30", g.Got)
	assert.Contains(t, g.Message().En, "published 8.30%")

	f = rep.Findings[1]
	assert.Equal(t, validate.PublishedParticipants, f.Code)
	assert.Equal(t, int64(12324), f.Gap)

	// 8.34 is not the published figures' share either (the
	// publication's own arithmetic).
	f = rep.Findings[2]
	assert.Equal(t, validate.PublishedOwnPercent, f.Code)
	assert.Equal(t, validate.Place{Level: "list", Party: "alliance", Line: "percent"}, f.Place)
	assert.Equal(t, "8.27 (exact 100 × 106955 / 1293946 = 8.265800…)", f.Want)
	assert.Equal(t, int64(7), f.Gap)

	// The turnout before the annulment is right for the participants
	// published with it: its gap follows from theirs, S305.
	f = rep.Findings[3]
	assert.Equal(t, validate.PercentFollowsGap, f.Code)
	assert.Equal(t, validate.Warning, f.Severity)
	assert.Equal(t, "34.61 (exact 100 × 1281622 / 3703420 = 34.606444…)", f.Want)
	assert.Equal(t, int64(33), f.Gap)
	assert.Equal(t, []validate.Code{validate.PublishedParticipants}, f.Follows())

	// Alone, the wrong turnout is S304.
	s = summary2021()
	s.Turnout = pct("34.94")
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	require.Len(t, rep.Findings, 1)
	f = rep.Findings[0]
	assert.Equal(t, validate.PublishedTurnout, f.Code)
	assert.Equal(t, "34.61 (exact 100 × 1281622 / 3703420 = 34.606444…)", f.Want)
	assert.Equal(t, int64(33), f.Gap)
}

func TestPublishedRounding(t *testing.T) {
	// 12345 / 100000 = 12.345% exactly: the rounding modes differ.
	rc := validate.Recount{Participants: 100000, Lists: []validate.RecountList{{ID: "a", Votes: 12345}}}
	for _, c := range []struct {
		mode, published string
		ok              bool
	}{
		{validate.HalfUp, "12.35", true}, {validate.HalfUp, "12.34", false},
		{validate.HalfEven, "12.34", true}, {validate.HalfEven, "12.35", false},
		{validate.Down, "12.34", true}, {validate.Down, "12.35", false},
		{"", "12.35", true},
	} {
		s := validate.Summary{Lists: []validate.PublishedList{{ID: "a", Percent: pct(c.published)}}}
		rep := validate.CheckPublished(s, rc, validate.PublishedRules{Decimals: 2, Rounding: c.mode})
		if c.ok {
			assert.Empty(t, rep.Findings, "%s %s", c.mode, c.published)
		} else {
			require.Len(t, rep.Findings, 1, "%s %s", c.mode, c.published)
			assert.Contains(t, rep.Findings[0].Want, "(exact 100 × 12345 / 100000 = 12.345)")
		}
	}
	// half to even rounds 12.355 up to the even 12.36
	rc.Lists[0].Votes = 12355
	s := validate.Summary{Lists: []validate.PublishedList{{ID: "a", Percent: pct("12.36")}}}
	assert.Empty(t, validate.CheckPublished(s, rc, validate.PublishedRules{Decimals: 2, Rounding: validate.HalfEven}).Findings)
}

// Eight lists of one vote each in a base of 8 are 12.5% each, 13% each
// rounded half up to whole percentages: 104% in all, which is exactly 100%
// plus the allowance of half a percent per share, and so no finding. One
// more percent is.
func TestSharesBoundary(t *testing.T) {
	rc := validate.Recount{Participants: 8}
	s := validate.Summary{}
	for _, id := range strings.Fields("a b c d e f g h") {
		rc.Lists = append(rc.Lists, validate.RecountList{ID: id, Votes: 1})
		s.Lists = append(s.Lists, validate.PublishedList{ID: id, Percent: pct("13")})
	}
	r := validate.PublishedRules{Decimals: 0}
	assert.Empty(t, validate.CheckPublished(s, rc, r).Findings)
	s.Lists[0].Percent = pct("14")
	assert.Equal(t, []validate.Code{validate.PublishedPercent, validate.SharesOver100}, codes(validate.CheckPublished(s, rc, r)))
	// rounded down, there is no allowance: 13% each is wrong and over 100%
	s.Lists[0].Percent = pct("13")
	rep := validate.CheckPublished(s, rc, validate.PublishedRules{Decimals: 0, Rounding: validate.Down})
	assert.Contains(t, codes(rep), validate.SharesOver100)
}

func TestPublishedRoundExact(t *testing.T) {
	r := validate.PublishedRules{Decimals: 2}
	d, ok := r.Round(222005, 1281622)
	require.True(t, ok)
	assert.Equal(t, "17.32", d.StringFixed(2))
	_, ok = r.Round(1, 0)
	assert.False(t, ok)
	d, _ = validate.PublishedRules{Decimals: 0, Rounding: validate.HalfUp}.Round(-1, 200)
	assert.Equal(t, "-1", d.String(), "half away from zero")
}

func TestCheckPublishedNotEvaluated(t *testing.T) {
	s := summary2021()
	rc := recount2021()
	rc.Participants = 0
	rep := validate.CheckPublished(s, rc, kg2021)
	// The turnout is right for the participants published: its gap
	// from the recount follows from theirs.
	assert.Equal(t, []validate.Code{validate.PublishedParticipants, validate.PercentFollowsGap}, codes(rep))
	require.NotEmpty(t, notEvaluated(rep, validate.PublishedPercent))
	assert.Equal(t, 6, notEvaluated(rep, validate.PublishedPercent)[0].Count)

	rep = validate.CheckPublished(summary2021(), recount2021(), validate.PublishedRules{Decimals: 2, Rounding: "banker"})
	assert.Empty(t, rep.Findings)
	assert.NotEmpty(t, notEvaluated(rep, validate.PublishedPercent))

	s = validate.Summary{Lists: []validate.PublishedList{{ID: "ata-jurt", Votes: i64(222005)}}}
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	assert.Equal(t, []validate.Code{validate.PublishedMissingList, validate.PublishedMissingList, validate.PublishedMissingList,
		validate.PublishedMissingList, validate.PublishedMissingList}, codes(rep), "a summary with no okrug at all leaves the okrugs not evaluated")
	for _, c := range []validate.Code{validate.PublishedMissingOkrug, validate.PublishedPercent, validate.PublishedSeats, validate.PublishedTurnout,
		validate.PublishedParticipants, validate.PublishedVoters, validate.SharesOver100} {
		assert.NotEmpty(t, notEvaluated(rep, c), c)
	}
	assert.Empty(t, notEvaluated(rep, validate.PublishedVotes))

	s = summary2021()
	s.Base = validate.BaseVoters
	rep = validate.CheckPublished(s, recount2021(), kg2021)
	assert.Len(t, rep.Findings, 6, "percentages of participants checked as percentages of voters")
}

func TestReadSummary(t *testing.T) {
	const good = `{
  "election": "kg2021",
  "base": "participants",
  "participants": 1281622,
  "turnout": "34.61",
  "lists": [
    {"id": "ata-jurt", "votes": 222005, "percent": 17.32, "seats": 15},
    {"id": "ishenim", "percent": "13.61", "seats": null}
  ],
  "okrugs": [{"id": "27", "outcome": "repeat_election"}]
}`
	s, err := validate.ReadSummary(strings.NewReader(good), "summary.json")
	require.NoError(t, err)
	assert.Equal(t, int64(1281622), *s.Participants)
	assert.Nil(t, s.Voters)
	assert.Equal(t, "17.32", s.Lists[0].Percent.String())
	assert.Equal(t, "13.61", s.Lists[1].Percent.String())
	assert.Nil(t, s.Lists[1].Seats)
	assert.Equal(t, "repeat_election", s.Okrugs[0].Outcome)

	for _, c := range []struct {
		name, json string
		line       int
		field      string
		is         error
	}{
		{"unknown field", "{\n  \"lists\": [\n    {\"id\": \"a\",\n     \"percnt\": 1}\n  ]\n}", 4, "lists[0].percnt", validate.ErrUnknownField},
		{"unknown top-level field", "{\"election\": \"x\",\n\"turnuot\": 1}", 2, "turnuot", validate.ErrUnknownField},
		{"duplicate field", "{\"base\": \"voters\",\n \"base\": \"valid\"}", 2, "base", validate.ErrDuplicateField},
		{"votes as a string", "{\"lists\": [\n{\"id\": \"a\", \"votes\": \"12\"}]}", 2, "lists[0].votes", nil},
		{"votes past int64", "{\"lists\": [{\"id\": \"a\",\n \"votes\": 9223372036854775808}]}", 2, "lists[0].votes", nil},
		{"fractional votes", "{\"participants\": 1.5}", 1, "participants", nil},
		{"percent not a number", "{\"turnout\": \"34,61\"}", 1, "turnout", nil},
		{"unknown base", "{\n\"base\": \"everyone\"}", 2, "base", nil},
		{"list without id", "{\"lists\": [\n {\"votes\": 1}]}", 2, "lists[0].id", nil},
		{"lists not a list", "{\"lists\": {\"id\": \"a\"}}", 1, "lists", nil},
		{"syntax error", "{\"election\": \"x\",\n,}", 2, "", nil},
		{"truncated", "{\"lists\": [", 1, "lists", nil},
		{"trailing data", "{}\n{}", 2, "", nil},
		{"empty", "", 1, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := validate.ReadSummary(strings.NewReader(c.json), "s.json")
			require.Error(t, err)
			assert.ErrorIs(t, err, validate.ErrSummary)
			var se *validate.SummaryError
			require.True(t, errors.As(err, &se), "%T %v", err, err)
			assert.Equal(t, "s.json", se.File)
			assert.Equal(t, c.line, se.Line, "%v", err)
			assert.Equal(t, c.field, se.Field, "%v", err)
			if c.is != nil {
				assert.ErrorIs(t, err, c.is)
			}
		})
	}
}

// TestPublishedBaseIsHonoured is part of issue 12's attack suite (readers
// that accept what they should refuse): a summary whose percentages are of
// valid ballots is checked against valid ballots, not participants, and a
// base the checker does not know leaves the percentages not evaluated.
func TestPublishedBaseIsHonoured(t *testing.T) {
	rc := recount2021()
	valid := summary2021()
	valid.Base = validate.BaseValid
	for i, l := range valid.Lists {
		d, ok := kg2021.Round(*l.Votes, rc.Valid)
		require.True(t, ok)
		valid.Lists[i].Percent = &d
	}
	rep := validate.CheckPublished(valid, rc, kg2021)
	assert.Empty(t, rep.Findings, "correct percentages of valid ballots")

	wrong := summary2021() // percentages of participants, declared of valid ballots
	wrong.Base = validate.BaseValid
	rep = validate.CheckPublished(wrong, rc, kg2021)
	assert.Len(t, rep.Findings, 6, "percentages of participants checked as percentages of valid ballots")

	unknown := summary2021()
	unknown.Base = "everyone"
	rep = validate.CheckPublished(unknown, rc, kg2021)
	assert.Empty(t, rep.Findings)
	assert.NotEmpty(t, notEvaluated(rep, validate.PublishedPercent))
}

// A recount whose participants and voters are not evaluated (protocols
// lack their lines) compares no published figure with them: S305, S306,
// S307 and the percentages over participants are not evaluated, never a
// gap as large as the published figure.
func TestCheckPublishedRecountNotEvaluated(t *testing.T) {
	rc := recount2021()
	rc.Participants, rc.Voters = 0, 0
	rc.NotEvaluated = []string{validate.BaseParticipants, validate.BaseVoters}
	rep := validate.CheckPublished(summary2021(), rc, kg2021)
	assert.Empty(t, rep.Findings)
	for _, c := range []validate.Code{validate.PublishedParticipants, validate.PublishedVoters, validate.PublishedTurnout, validate.PublishedPercent} {
		ne := notEvaluated(rep, c)
		if assert.NotEmpty(t, ne, c) {
			assert.Contains(t, ne[0].Reason, "is not evaluated: protocols lack a line of it", c)
		}
	}
	// Percentages of the valid votes are still checked.
	rc.NotEvaluated = []string{validate.BaseParticipants}
	s := summary2021()
	s.Base = validate.BaseValid
	rep = validate.CheckPublished(s, rc, kg2021)
	assert.Empty(t, notEvaluated(rep, validate.PublishedPercent))
}

// An okrug the recount cannot decide, and list seats it cannot fill (its
// threshold not evaluated), are not compared: not evaluated, never a gap
// of every seat.
func TestCheckPublishedUndecidedRecount(t *testing.T) {
	rc := recount2021()
	rc.Okrugs[0] = validate.RecountOkrug{ID: "1", Outcome: "not_evaluated_majority_base"}
	for i := range rc.Lists {
		rc.Lists[i].Seats = 0
	}
	rc.NotEvaluated = []string{validate.SeatsFigure}
	rep := validate.CheckPublished(summary2021(), rc, kg2021)
	assert.Empty(t, rep.Findings)
	assert.NotEmpty(t, notEvaluated(rep, validate.PublishedOutcome))
	if ne := notEvaluated(rep, validate.PublishedSeats); assert.NotEmpty(t, ne) {
		assert.Contains(t, ne[0].Reason, "fills no list seat")
	}
}

// A published winner of an okrug the recount sends to a second round: the
// finding's recount side says the outcome, not an empty name.
func TestPublishedWinnerOfARunoff(t *testing.T) {
	rc := recount2021()
	rc.Okrugs[0] = validate.RecountOkrug{ID: "1", Outcome: "runoff"}
	rep := validate.CheckPublished(summary2021(), rc, kg2021)
	var got []string
	for _, f := range rep.Findings {
		if f.Code == validate.PublishedWinner {
			got = append(got, f.Want+" / "+f.Got)
		}
	}
	assert.Equal(t, []string{"runoff / c1-2"}, got)
}

// "Against all" in the recount but not in the summary is said as the
// choice it is, never as a list.
func TestPublishedMissingAgainstAll(t *testing.T) {
	rc := validate.Recount{Participants: 10, Lists: []validate.RecountList{{ID: "a", Votes: 6}, {ID: election.AgainstAll, Votes: 4}}}
	rep := validate.CheckPublished(validate.Summary{Lists: []validate.PublishedList{{ID: "a", Votes: i64(6)}}}, rc, validate.PublishedRules{Decimals: 2})
	require.Len(t, rep.Findings, 1)
	assert.Equal(t, validate.PublishedMissingList, rep.Findings[0].Code)
	assert.Equal(t, "«against all» is in the recount but not in the published summary.", rep.Findings[0].Sentence("en"))
}

// The votes of an okrug's candidates, when a summary publishes them, are
// compared with the recount, candidate by candidate (S315); a candidate
// the okrug does not have is one too; a recount that does not know them
// leaves them not evaluated.
func TestPublishedOkrugVotes(t *testing.T) {
	rc := recount2021()
	rc.Okrugs[0].Votes = map[string]int64{"c1-1": 4000, "c1-2": 5210, election.AgainstAll: 300}
	s := summary2021()
	s.Okrugs[0].Votes = map[string]int64{"c1-1": 4000, "c1-2": 5210, election.AgainstAll: 300}
	rep := validate.CheckPublished(s, rc, kg2021)
	require.Empty(t, rep.Findings)
	s.Okrugs[0].Votes = map[string]int64{"c1-1": 4001, "c1-2": 5210, "c1-9": 7, election.AgainstAll: 300}
	rep = validate.CheckPublished(s, rc, kg2021)
	require.Len(t, rep.Findings, 2)
	f := rep.Findings[0]
	require.Equal(t, validate.PublishedOkrugVotes, f.Code)
	require.Equal(t, "c1-1", f.Place.Candidate)
	require.Equal(t, "4000", f.Want)
	require.Equal(t, "4001", f.Got)
	require.Equal(t, int64(1), f.Gap)
	require.Contains(t, f.Message().En, "«c1-1»: published 4001 votes, recount 4000 (gap +1)")
	require.Equal(t, "c1-9", rep.Findings[1].Place.Candidate)
	rc.Okrugs[0].Votes = nil
	rep = validate.CheckPublished(s, rc, kg2021)
	require.Empty(t, rep.Findings)
	require.NotEmpty(t, rep.NotEvaluated)
}

// A candidate published as a list (a president's votes in a summary of
// lists) is S310 that says where the recount has it: a candidate of an
// okrug, its votes published under okrugs[].votes.
func TestPublishedListIsCandidate(t *testing.T) {
	rc := recount2021()
	rc.Okrugs[0].Votes = map[string]int64{"c1-1": 4000, "c1-2": 5210}
	s := summary2021()
	s.Lists = append(s.Lists, validate.PublishedList{ID: "c1-2", Votes: i64(5210)})
	var f []validate.Finding
	for _, x := range validate.CheckPublished(s, rc, kg2021).Findings {
		if x.Code == validate.PublishedUnknownList {
			f = append(f, x)
		}
	}
	require.Len(t, f, 1)
	require.Contains(t, f[0].Message().En, "the recount has it as a candidate of okrug 1")
	s.Lists[len(s.Lists)-1].ID = "nobody"
	for _, x := range validate.CheckPublished(s, rc, kg2021).Findings {
		if x.Code == validate.PublishedUnknownList {
			require.Contains(t, x.Message().En, "is in the published summary but not in the recount")
		}
	}
}

// A summary of shares of the votes (base "votes") is checked against the
// sum of the recount's votes of the lists, against all's among them where
// the recount has it, never against the valid ballots; a negative figure
// or a sum past int64 leaves the percentages not evaluated.
func TestPublishedBaseVotes(t *testing.T) {
	rc := recount2021()
	rc.Lists = append(rc.Lists, validate.RecountList{ID: election.AgainstAll, Votes: 25000})
	var sum int64
	for _, l := range rc.Lists {
		sum += l.Votes
	}
	s := summary2021()
	s.Base = validate.BaseVotes
	s.Lists = append(s.Lists, validate.PublishedList{ID: election.AgainstAll, Votes: i64(25000)})
	for i, l := range s.Lists {
		d, ok := kg2021.Round(*l.Votes, sum)
		require.True(t, ok)
		s.Lists[i].Percent = &d
	}
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.Empty(t, rep.Findings, "correct shares of the votes")
	assert.Empty(t, notEvaluated(rep, validate.PublishedPercent))

	// The same shares read as shares of the valid ballots are all wrong.
	valid := s
	valid.Base = validate.BaseValid
	rep = validate.CheckPublished(valid, rc, kg2021)
	assert.NotEmpty(t, rep.Findings)

	for name, votes := range map[string]int64{"negative": -1, "past int64": math.MaxInt64} {
		bad := recount2021()
		bad.Lists[1].Votes = votes
		rep = validate.CheckPublished(s, bad, kg2021)
		for _, f := range rep.Findings {
			assert.NotEqual(t, validate.PublishedPercent, f.Code, name)
		}
		assert.NotEmpty(t, notEvaluated(rep, validate.PublishedPercent), name)
	}

	read, err := validate.ReadSummary(strings.NewReader(`{"base": "votes"}`), "s.json")
	require.NoError(t, err)
	assert.Equal(t, validate.BaseVotes, read.Base)
}
