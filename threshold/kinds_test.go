package threshold

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sejm is Poland's Sejm threshold: at least 5% of the valid votes, 8%
// for a coalition's list, none for a national minority's.
func sejm() Rule {
	r := rule("5", Valid, AtLeast)
	r.Kinds = map[string]decimal.Decimal{"coalition": decimal.RequireFromString("8"), "minority": decimal.Zero}
	return r
}

func TestKindsFor(t *testing.T) {
	r := sejm()
	c := r.For("coalition")
	assert.Equal(t, "8", c.Percent.String())
	assert.Equal(t, "coalition", c.Kind())
	assert.Nil(t, c.Kinds)
	assert.Equal(t, Valid, c.Base)
	assert.Equal(t, AtLeast, c.Comparison)
	// A kind not named, and no kind, are held to the rule's percent.
	for _, k := range []string{"", "party", "coalition3"} {
		o := r.For(k)
		assert.Equal(t, "5", o.Percent.String(), k)
		assert.Equal(t, "", o.Kind(), k)
	}
	assert.False(t, r.Zero())
	z := rule("0", Valid, AtLeast)
	assert.True(t, z.Zero())
	z.Kinds = map[string]decimal.Decimal{"big": decimal.NewFromInt(1)}
	assert.False(t, z.Zero(), "0% for most lists, 1% for one kind: a base is needed")
}

// TestKindsBoundary checks the coalition's 8% on both sides of its line,
// and that the verdict says the kind and the percent.
func TestKindsBoundary(t *testing.T) {
	r := sejm().For("coalition")
	v, err := r.Check("k", "nation", 8000, 100_000)
	require.NoError(t, err)
	assert.Equal(t, Passed, v.Status)
	assert.Equal(t, int64(8000), v.Needed)
	assert.Equal(t, "coalition", v.Kind)
	assert.Equal(t, "8", v.Percent)
	assert.Contains(t, v.Reason, "the threshold of coalition lists")
	v, err = r.Check("k", "nation", 7999, 100_000)
	require.NoError(t, err)
	assert.Equal(t, Failed, v.Status)
	assert.Equal(t, int64(-1), v.Margin)
	// A list of no kind at 6% passes the rule's own 5%, and says no kind.
	v, err = sejm().For("").Check("p", "nation", 6000, 100_000)
	require.NoError(t, err)
	assert.Equal(t, Passed, v.Status)
	assert.Empty(t, v.Kind)
	assert.Empty(t, v.Percent)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"kind"`)
	// A minority's list at 0% passes with 1 vote; a shortfall of a
	// partial sum keeps its kind.
	v, err = sejm().For("minority").CheckLower("m", "nation", 1, 100_000, 0)
	require.NoError(t, err)
	assert.Equal(t, Passed, v.Status)
	assert.Equal(t, "0", v.Percent)
	v, err = sejm().For("coalition").CheckLower("k", "nation", 10, 100_000, 3)
	require.NoError(t, err)
	assert.Equal(t, NotEvaluated, v.Status)
	assert.Equal(t, "coalition", v.Kind)
}

func TestKindsValidate(t *testing.T) {
	for _, tc := range []struct {
		name, kind, percent, field string
	}{
		{"above 100", "coalition", "100.5", "kinds.coalition"},
		{"negative", "minority", "-0.7", "kinds.minority"},
		{"empty kind", "", "3", "kinds."},
		{"exact decimal", "minority", "0.35", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rule("5", Valid, AtLeast)
			r.Kinds = map[string]decimal.Decimal{tc.kind: decimal.RequireFromString(tc.percent)}
			err := r.Validate()
			if tc.field == "" {
				require.NoError(t, err)
				return
			}
			var re *RuleError
			require.True(t, errors.As(err, &re), "%v", err)
			assert.Equal(t, tc.field, re.Field)
			assert.ErrorIs(t, err, ErrBadRule)
		})
	}
}

// TestRegionalKinds checks each choice in each region under its kind's
// rule, with a Memo (a live count) and without.
func TestRegionalKinds(t *testing.T) {
	r := rule("5", Valid, AtLeast)
	r.Kinds = map[string]decimal.Decimal{"minority": decimal.RequireFromString("0.7")}
	regions := []RegionCount{
		{Region: "north", Reported: true, Base: 10_000, Votes: map[string]int64{"p": 600, "m": 70}},
		{Region: "south", Reported: true, Base: 10_000, Votes: map[string]int64{"p": 500, "m": 69}},
	}
	kinds := map[string]string{"m": "minority"}
	var memo Memo
	for range 2 { // the second call answers from the memo
		got, err := memo.RegionalKinds(r, kinds, []string{"p", "m"}, regions)
		require.NoError(t, err)
		require.Len(t, got, 2)
		assert.Equal(t, Passed, got[0].Status)
		assert.Empty(t, got[0].Kind)
		assert.Equal(t, Failed, got[1].Status, "69 votes of 10,000 is below 0.7%")
		assert.Equal(t, "minority", got[1].Kind)
		assert.Equal(t, "0.7", got[1].Percent)
		assert.Equal(t, Passed, got[1].Regions[0].Status)
		assert.Equal(t, int64(70), got[1].Regions[0].Needed)
		assert.Equal(t, "0.7", got[1].Regions[1].Percent)
	}
	// Without kinds every choice is held to 5%: the minority's fails both.
	got, err := Regional(r, []string{"m"}, regions)
	require.NoError(t, err)
	assert.Equal(t, Failed, got[0].Status)
	assert.Equal(t, int64(500), got[0].Regions[0].Needed)
	// A bad kind's percent is the rule's error.
	r.Kinds["minority"] = decimal.NewFromInt(101)
	_, err = RegionalKinds(r, kinds, []string{"m"}, regions)
	assert.ErrorIs(t, err, ErrBadRule)
}
