package validate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

func TestCompareCopy(t *testing.T) {
	published := *proto(t, sample(), "1002", L, false)
	cases := []struct {
		name string
		mut  func(c *election.Protocol)
		want []validate.Code
	}{
		{"identical", func(*election.Protocol) {}, nil},
		{"C401 line differs", func(c *election.Protocol) { c.Lines[election.Invalid] += 40 }, []validate.Code{validate.CopyLine}},
		{"C402 votes differ", func(c *election.Protocol) {
			c.Votes["p1"] -= 40
			c.Votes["p3"] += 40
		}, []validate.Code{validate.CopyVotes, validate.CopyVotes}},
		{"C403 preference votes differ", func(c *election.Protocol) { c.Preferences["p2-2"]++ }, []validate.Code{validate.CopyPreferences}},
		{"C404 figure only on the copy (warning)", func(c *election.Protocol) { c.Votes["p9"] = 3 }, []validate.Code{validate.CopyOnly}},
		{"C405 figure only published (warning)", func(c *election.Protocol) { delete(c.Lines, election.Lost) }, []validate.Code{validate.PublishedOnly}},
		{"C406 another precinct", func(c *election.Protocol) { c.Precinct = "1003" }, []validate.Code{validate.CopyMismatch}},
		{"C406 another ballot", func(c *election.Protocol) { c.Ballot = O }, []validate.Code{validate.CopyMismatch}},
		{"clean: the copy of a machine count is compared all the same", func(c *election.Protocol) { c.Machine = true }, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cp := faults.Clone(published)
			c.mut(&cp)
			rep := validate.CompareCopy(cp, faults.Clone(published))
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

	cp := faults.Clone(published)
	cp.Lines[election.Invalid] += 40
	rep := validate.CompareCopy(cp, published)
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	assert.Equal(t, "invalid", f.Place.Line)
	assert.Equal(t, int64(40), f.Gap)
	assert.Contains(t, f.Message().Ky, "жараксыз бюллетендер")
	assert.Contains(t, f.Message().Ru, "недействительных бюллетеней")
}

func b(v bool) *bool { return &v }

func TestCheckLists(t *testing.T) {
	// A list of n candidates: w women, u under 35, m of other
	// ethnicities, d with disabilities.
	list := func(n, w, u, m, d int) election.Party {
		p := election.Party{ID: "p"}
		for i := 0; i < n; i++ {
			k := election.Candidate{ID: string(rune('a'+i%26)) + string(rune('a'+i/26)), Position: i + 1,
				Sex: election.Male, Under35: b(i < u), Minority: b(i < m), Disability: b(i < d)}
			if i < w {
				k.Sex = election.Female
			}
			p.Candidates = append(p.Candidates, k)
		}
		return p
	}
	r := validate.KG2021ListRules()
	cases := []struct {
		name string
		p    election.Party
		want []validate.Code
	}{
		{"clean: 54 candidates, 17 women (70% of 54 is 37.8: 37 men allowed), 9 under 35 (15% is 8.1)", list(54, 17, 9, 9, 2), nil},
		{"L501 55 candidates", list(55, 17, 9, 9, 2), []validate.Code{validate.ListTooLong}},
		{"L502 38 men of 54", list(54, 16, 9, 9, 2), []validate.Code{validate.ListOneSex}},
		{"L502 all women", list(10, 10, 2, 2, 2), []validate.Code{validate.ListOneSex}},
		{"clean: 7 of 10 of one sex is exactly 70%", list(10, 3, 2, 2, 2), nil},
		{"L503 8 under 35 of 54", list(54, 17, 8, 9, 2), []validate.Code{validate.ListUnder35}},
		{"L504 8 of other ethnicities of 54", list(54, 17, 9, 8, 2), []validate.Code{validate.ListMinority}},
		{"clean: 15% of 20 is exactly 3", list(20, 10, 3, 3, 2), nil},
		{"L505 one person with a disability", list(54, 17, 9, 9, 1), []validate.Code{validate.ListDisability}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep := validate.CheckLists([]election.Party{c.p}, r)
			want := c.want
			if want == nil {
				want = []validate.Code{}
			}
			assert.Equal(t, want, codes(rep), "%+v", rep.Findings)
			assert.Empty(t, rep.NotEvaluated)
		})
	}

	t.Run("exact bounds in want", func(t *testing.T) {
		rep := validate.CheckLists([]election.Party{list(54, 16, 8, 9, 2)}, r)
		require.Len(t, rep.Findings, 2)
		assert.Equal(t, "<= 37", rep.Findings[0].Want)
		assert.Equal(t, "38", rep.Findings[0].Got)
		assert.Equal(t, "men", rep.Findings[0].Place.Line)
		assert.Equal(t, ">= 9", rep.Findings[1].Want)
		assert.Equal(t, int64(-1), rep.Findings[1].Gap)
		assert.Contains(t, rep.Findings[0].Message().Ru, "мужчины: 38 из 54")
	})
	t.Run("an attribute missing on one candidate: not evaluated for that list", func(t *testing.T) {
		p := list(54, 10, 0, 0, 0)
		p.Candidates[3].Sex = ""
		p.Candidates[4].Under35 = nil
		p.Candidates[5].Minority = nil
		p.Candidates[6].Disability = nil
		rep := validate.CheckLists([]election.Party{p}, r)
		assert.Empty(t, rep.Findings)
		for _, c := range []validate.Code{validate.ListOneSex, validate.ListUnder35, validate.ListMinority, validate.ListDisability} {
			ne := notEvaluated(rep, c)
			require.Len(t, ne, 1, c)
			assert.Equal(t, "p", ne[0].First.Party)
		}
	})
	t.Run("zero rules are not in force", func(t *testing.T) {
		rep := validate.CheckLists([]election.Party{list(60, 60, 0, 0, 0)}, validate.ListRules{})
		assert.Empty(t, rep.Findings)
		assert.Len(t, rep.NotEvaluated, 5)
	})
	t.Run("invalid rules", func(t *testing.T) {
		bad := r
		bad.MaxOneSexPercent = bad.MaxOneSexPercent.Neg()
		assert.ErrorIs(t, bad.Validate(), validate.ErrListRules)
		rep := validate.CheckLists([]election.Party{list(60, 60, 0, 0, 0)}, bad)
		assert.Empty(t, rep.Findings)
		assert.Len(t, rep.NotEvaluated, 5)
	})
	t.Run("sample lists are clean", func(t *testing.T) {
		rep := validate.CheckLists(sample().Parties, r)
		assert.Empty(t, rep.Findings)
	})
}

func TestUnreadableRow(t *testing.T) {
	f := validate.UnreadableRow("protocols.csv", 17, 4, `strconv.ParseInt: parsing "12a": invalid syntax`)
	assert.Equal(t, validate.RowUnreadable, f.Code)
	assert.Equal(t, validate.Error, f.Severity)
	assert.Equal(t, validate.Place{Level: "file", File: "protocols.csv", Row: 17, Column: 4}, f.Place)
	assert.Equal(t, `File protocols.csv: row 17, column 4 could not be read: strconv.ParseInt: parsing "12a": invalid syntax.`, f.Message().En)
	assert.Contains(t, f.Message().Ru, "строку 17, столбец 4")
	assert.Contains(t, f.Message().Ky, "17-сап, 4-мамыча")
	// a row whose column is not known (a ballot's choice): the row alone
	unknown := validate.UnreadableRow("a.csv", 3, 0, `a.csv:3: choice: "undervote" is not a choice`).Message()
	assert.Equal(t, `File a.csv: row 3 could not be read: a.csv:3: choice: "undervote" is not a choice.`, unknown.En)
	assert.NotContains(t, unknown.Ru+unknown.Ky, "?")
	rep := validate.Merge(validate.Report{Findings: []validate.Finding{f}})
	assert.Error(t, rep.Err())
}
