package threshold

import (
	"encoding/json"
	"math"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

func rule(percent string, base Base, cmp Comparison) Rule {
	return Rule{Percent: decimal.RequireFromString(percent), Base: base, Comparison: cmp}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		rule  Rule
		field string // "" when valid
	}{
		{"2021 national", rule("5", Participants, AtLeast), ""},
		{"2021 regional", rule("0.5", Participants, AtLeast), ""},
		{"zero percent", rule("0", Valid, MoreThan), ""},
		{"hundred percent", rule("100", Voters, AtLeast), ""},
		{"fine percent", rule("7.0001", Found, AtLeast), ""},
		{"zero rule", Rule{}, "base"},
		{"negative percent", rule("-0.1", Participants, AtLeast), "percent"},
		{"over a hundred", rule("100.01", Participants, AtLeast), "percent"},
		{"unknown base", rule("5", "turnout", AtLeast), "base"},
		{"no comparison", rule("5", Participants, ""), "comparison"},
		{"unknown comparison", rule("5", Participants, ">="), "comparison"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.rule.Validate()
			if tc.field == "" {
				assert.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrBadRule)
			var re *RuleError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tc.field, re.Field)
		})
	}
}

func TestRuleJSON(t *testing.T) {
	var r Rule
	require.NoError(t, json.Unmarshal([]byte(`{"percent":"0.5","base":"participants","comparison":"at_least"}`), &r))
	assert.Equal(t, rule("0.5", Participants, AtLeast).Percent.String(), r.Percent.String())
	assert.NoError(t, r.Validate())
	b, err := json.Marshal(rule("5", Participants, AtLeast))
	require.NoError(t, err)
	assert.JSONEq(t, `{"percent":"5","base":"participants","comparison":"at_least"}`, string(b))
}

func TestBaseOf(t *testing.T) {
	full := map[election.Line]int64{
		election.Voters: 1000, election.FoundMobile: 20, election.FoundStationary: 580,
		election.Invalid: 50, election.Valid: 548,
	}
	tests := []struct {
		name  string
		base  Base
		lines map[election.Line]int64
		want  int64
		err   error
		line  election.Line
	}{
		{"participants", Participants, full, 598, nil, ""},
		{"found", Found, full, 600, nil, ""},
		{"valid", Valid, full, 548, nil, ""},
		{"voters", Voters, full, 1000, nil, ""},
		{"zero is a base", Valid, map[election.Line]int64{election.Valid: 0}, 0, nil, ""},
		{"missing valid", Participants, map[election.Line]int64{election.Invalid: 5}, 0, ErrMissingLine, election.Valid},
		{"missing mobile", Found, map[election.Line]int64{election.FoundStationary: 5}, 0, ErrMissingLine, election.FoundMobile},
		{"missing voters", Voters, nil, 0, ErrMissingLine, election.Voters},
		{"negative", Participants, map[election.Line]int64{election.Invalid: -1, election.Valid: 5}, 0, ErrNegative, election.Invalid},
		{"overflow", Participants, map[election.Line]int64{election.Invalid: 1, election.Valid: math.MaxInt64}, 0, exact.ErrOverflow, election.Valid},
		{"unknown base", "turnout", full, 0, ErrBadRule, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := BaseOf(tc.base, tc.lines)
			if tc.err == nil {
				require.NoError(t, err)
				assert.Equal(t, tc.want, got)
				return
			}
			require.ErrorIs(t, err, tc.err)
			var be *BaseError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, tc.line, be.Line)
			assert.Equal(t, tc.base, be.Base)
		})
	}
}

// Base votes is the sum of the votes of the choices on the ballot: a
// choice whose votes are not given is left out (the caller reports it),
// a vote not on the ballot is not summed, and it is no line.
func TestSumVotes(t *testing.T) {
	votes := map[string]int64{"a": 510, "b": 488, "against_all": 12, "other": 1000}
	got, err := SumVotes(votes, []string{"a", "b", "c", "against_all"})
	require.NoError(t, err)
	assert.Equal(t, int64(1010), got)
	require.NoError(t, rule("50", Votes, MoreThan).Validate())
	assert.Nil(t, Votes.Lines())
	_, err = BaseOf(Votes, map[election.Line]int64{election.Valid: 5})
	require.ErrorIs(t, err, ErrBadRule)

	_, err = SumVotes(map[string]int64{"a": 5, "b": -1}, []string{"a", "b"})
	require.ErrorIs(t, err, ErrNegative)
	var be *BaseError
	require.ErrorAs(t, err, &be)
	assert.Equal(t, Votes, be.Base)
	_, err = SumVotes(map[string]int64{"a": math.MaxInt64, "b": 1}, []string{"a", "b"})
	require.ErrorIs(t, err, exact.ErrOverflow)
}

func TestCheck(t *testing.T) {
	national := rule("5", Participants, AtLeast)
	tests := []struct {
		name        string
		rule        Rule
		votes, base int64
		line        string
		lineDecimal string
		needed      int64
		status      Status
	}{
		// CEC Resolution 836: 5% of 1,281,622 participants is 64,081.1.
		{"2021 Ata-Jurt", national, 222_005, 1_281_622, "640811/10", "64081.10", 64_082, Passed},
		{"2021 Yiman Nuru", national, 79_025, 1_281_622, "640811/10", "64081.10", 64_082, Passed},
		{"2021 one vote short", national, 64_081, 1_281_622, "640811/10", "64081.10", 64_082, Failed},
		{"2021 just enough", national, 64_082, 1_281_622, "640811/10", "64081.10", 64_082, Passed},
		{"2021 more than, just enough", rule("5", Participants, MoreThan), 64_082, 1_281_622, "640811/10", "64081.10", 64_082, Passed},
		// Exactly 5%: passes under at least, fails under more than.
		{"at least, below", national, 4, 100, "5", "5.00", 5, Failed},
		{"at least, exactly", national, 5, 100, "5", "5.00", 5, Passed},
		{"at least, above", national, 6, 100, "5", "5.00", 5, Passed},
		{"more than, below", rule("5", Participants, MoreThan), 4, 100, "5", "5.00", 6, Failed},
		{"more than, exactly", rule("5", Participants, MoreThan), 5, 100, "5", "5.00", 6, Failed},
		{"more than, above", rule("5", Participants, MoreThan), 6, 100, "5", "5.00", 6, Passed},
		{"regional 0.5%", rule("0.5", Participants, AtLeast), 1_000, 200_001, "200001/200", "1000.01", 1_001, Failed},
		{"zero percent at least", rule("0", Valid, AtLeast), 0, 10, "0", "0.00", 0, Passed},
		{"zero percent more than", rule("0", Valid, MoreThan), 0, 10, "0", "0.00", 1, Failed},
		{"hundred percent", rule("100", Valid, AtLeast), 10, 10, "10", "10.00", 10, Passed},
		{"votes above the base", national, 200, 100, "5", "5.00", 5, Passed},
		{"a third of a percent", rule("0.3333", Valid, AtLeast), 1, 300, "9999/10000", "1.00", 1, Passed},
		{"largest base", rule("100", Valid, AtLeast), math.MaxInt64, math.MaxInt64,
			"9223372036854775807", "9223372036854775807.00", math.MaxInt64, Passed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := tc.rule.Check("party", "nation", tc.votes, tc.base)
			require.NoError(t, err)
			assert.Equal(t, "party", v.Choice)
			assert.Equal(t, "nation", v.Scope)
			assert.Equal(t, tc.votes, v.Votes)
			assert.Equal(t, tc.base, v.Base)
			assert.Equal(t, tc.line, v.Line)
			assert.Equal(t, tc.lineDecimal, v.LineDecimal)
			assert.Equal(t, tc.needed, v.Needed)
			assert.Equal(t, tc.votes-tc.needed, v.Margin)
			assert.Equal(t, tc.status, v.Status)
			assert.NotEmpty(t, v.Reason)
		})
	}
}

func TestCheck2021Margin(t *testing.T) {
	v, err := rule("5", Participants, AtLeast).Check("ata-jurt", "nation", 222_005, 1_281_622)
	require.NoError(t, err)
	assert.Equal(t, int64(157_923), v.Margin)
	assert.Equal(t, Passed, v.Status)
}

func TestCheckNotEvaluated(t *testing.T) {
	for _, r := range []Rule{rule("5", Participants, AtLeast), rule("0.01", Participants, AtLeast), rule("5", Voters, MoreThan)} {
		v, err := r.Check("party", "osh", 10, 0)
		require.NoError(t, err)
		assert.Equal(t, Verdict{Choice: "party", Scope: "osh", Votes: 10, Status: NotEvaluated, Reason: v.Reason}, v)
		assert.NotEmpty(t, v.Reason)
	}
	// A threshold of 0% needs no base: 0% of anything is 0 votes.
	for _, c := range []struct {
		r     Rule
		votes int64
		want  Status
	}{{rule("0", Participants, AtLeast), 0, Passed}, {rule("0", Valid, MoreThan), 1, Passed}, {rule("0", Valid, MoreThan), 0, Failed}} {
		v, err := c.r.Check("party", "osh", c.votes, 0)
		require.NoError(t, err)
		assert.Equal(t, c.want, v.Status, "%+v, %d votes", c.r, c.votes)
	}
}

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		name        string
		rule        Rule
		votes, base int64
		err         error
	}{
		{"bad rule", Rule{}, 1, 1, ErrBadRule},
		{"negative votes", rule("5", Valid, AtLeast), -1, 100, ErrNegative},
		{"negative base", rule("5", Valid, AtLeast), 1, -100, ErrNegative},
		{"needed past int64", rule("100", Valid, MoreThan), 1, math.MaxInt64, exact.ErrOverflow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.rule.Check("party", "nation", tc.votes, tc.base)
			assert.ErrorIs(t, err, tc.err)
		})
	}
}

func TestVerdictJSON(t *testing.T) {
	v, err := rule("5", Participants, AtLeast).Check("ata-jurt", "nation", 222_005, 1_281_622)
	require.NoError(t, err)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	assert.ElementsMatch(t, []string{"choice", "scope", "votes", "base", "line", "line_decimal", "needed", "margin", "status", "reason"}, keys)
	assert.Equal(t, "passed", m["status"])
}

func reported(region string, base int64, votes map[string]int64) RegionCount {
	return RegionCount{Region: region, Reported: true, Base: base, Votes: votes}
}

func TestRegional(t *testing.T) {
	r := rule("0.5", Participants, AtLeast)
	tests := []struct {
		name         string
		regions      []RegionCount
		status       Status
		statuses     []Status
		notEvaluated []string
	}{
		{"passes everywhere", []RegionCount{reported("bishkek", 1000, map[string]int64{"a": 5}), reported("osh", 200, map[string]int64{"a": 1})},
			Passed, []Status{Passed, Passed}, []string{}},
		{"fails in one region", []RegionCount{reported("bishkek", 1000, map[string]int64{"a": 4}), reported("osh", 200, map[string]int64{"a": 1})},
			Failed, []Status{Failed, Passed}, []string{}},
		{"not reported", []RegionCount{reported("bishkek", 1000, map[string]int64{"a": 5}), {Region: "osh", Base: 200, Votes: map[string]int64{"a": 100}}},
			NotEvaluated, []Status{Passed, NotEvaluated}, []string{"osh"}},
		{"base 0", []RegionCount{reported("bishkek", 0, map[string]int64{"a": 0}), reported("osh", 200, map[string]int64{"a": 1})},
			NotEvaluated, []Status{NotEvaluated, Passed}, []string{"bishkek"}},
		{"no figure for the choice", []RegionCount{reported("bishkek", 1000, map[string]int64{"b": 5}), reported("osh", 200, map[string]int64{"a": 1})},
			NotEvaluated, []Status{NotEvaluated, Passed}, []string{"bishkek"}},
		{"a failure outweighs a region not reported", []RegionCount{{Region: "bishkek"}, reported("osh", 200, map[string]int64{"a": 0})},
			Failed, []Status{NotEvaluated, Failed}, []string{"bishkek"}},
		{"nothing reported", []RegionCount{{Region: "bishkek"}, {Region: "osh"}},
			NotEvaluated, []Status{NotEvaluated, NotEvaluated}, []string{"bishkek", "osh"}},
		{"no regions", nil, NotEvaluated, []Status{}, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Regional(r, []string{"a"}, tc.regions)
			require.NoError(t, err)
			require.Len(t, got, 1)
			rv := got[0]
			assert.Equal(t, "a", rv.Choice)
			assert.Equal(t, tc.status, rv.Status)
			assert.Equal(t, tc.notEvaluated, rv.NotEvaluated)
			statuses := []Status{}
			for i, v := range rv.Regions {
				statuses = append(statuses, v.Status)
				assert.Equal(t, tc.regions[i].Region, v.Scope, "regions in the order given")
				if v.Status == NotEvaluated {
					assert.NotEmpty(t, v.Reason)
				}
			}
			assert.Equal(t, tc.statuses, statuses)
		})
	}
}

func TestRegionalOrder(t *testing.T) {
	regions := []RegionCount{reported("talas", 100, map[string]int64{"b": 1, "a": 0}), reported("chui", 100, map[string]int64{"b": 1, "a": 1})}
	got, err := Regional(rule("1", Participants, AtLeast), []string{"b", "a"}, regions)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, "b", got[0].Choice)
	assert.Equal(t, Passed, got[0].Status)
	assert.Equal(t, "a", got[1].Choice)
	assert.Equal(t, Failed, got[1].Status)
	assert.Equal(t, []string{"talas", "chui"}, []string{got[1].Regions[0].Scope, got[1].Regions[1].Scope})
	assert.Equal(t, int64(-1), got[1].Regions[0].Margin)
}

func TestRegionalErrors(t *testing.T) {
	ok := []RegionCount{reported("osh", 100, map[string]int64{"a": 1})}
	tests := []struct {
		name    string
		rule    Rule
		choices []string
		regions []RegionCount
		err     error
	}{
		{"bad rule", Rule{Percent: decimal.NewFromInt(1)}, []string{"a"}, ok, ErrBadRule},
		{"empty choice", rule("1", Valid, AtLeast), []string{""}, ok, ErrBadInput},
		{"choice twice", rule("1", Valid, AtLeast), []string{"a", "a"}, ok, ErrBadInput},
		{"empty region", rule("1", Valid, AtLeast), []string{"a"}, []RegionCount{reported("", 1, nil)}, ErrBadInput},
		{"region twice", rule("1", Valid, AtLeast), []string{"a"}, append(ok, ok...), ErrBadInput},
		{"negative votes", rule("1", Valid, AtLeast), []string{"a"}, []RegionCount{reported("osh", 100, map[string]int64{"a": -1})}, ErrNegative},
		{"negative base", rule("1", Valid, AtLeast), []string{"a"}, []RegionCount{reported("osh", -100, map[string]int64{"a": 1})}, ErrNegative},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Regional(tc.rule, tc.choices, tc.regions)
			assert.ErrorIs(t, err, tc.err)
		})
	}
}

// passes decides the threshold by cross-multiplication, independently of
// Check: votes*100*den >= base*num (at least) or > (more than), where
// num/den is the percent.
func passes(r Rule, votes, base int64) bool {
	p := r.Percent.Rat()
	lhs := new(big.Int).Mul(big.NewInt(votes), big.NewInt(100))
	lhs.Mul(lhs, p.Denom())
	rhs := new(big.Int).Mul(big.NewInt(base), p.Num())
	c := lhs.Cmp(rhs)
	if r.Comparison == AtLeast {
		return c >= 0
	}
	return c > 0
}

// FuzzCheck checks any rule on any counts: no panic; an error only for a
// bad rule, a negative figure or a Needed past int64; otherwise a verdict
// whose status agrees with cross-multiplication and with its margin, and
// whose Needed is the smallest passing vote count.
func FuzzCheck(f *testing.F) {
	f.Add("5", true, int64(222005), int64(1281622))
	f.Add("5", false, int64(5), int64(100))
	f.Add("0.5", true, int64(0), int64(0))
	f.Add("100", false, int64(1), int64(math.MaxInt64))
	f.Add("33.3333333333333333333", true, int64(1), int64(3))
	f.Fuzz(func(t *testing.T, percent string, atLeast bool, votes, base int64) {
		if len(percent) > 40 {
			return
		}
		p, err := decimal.NewFromString(percent)
		if err != nil || p.Exponent() < -40 || p.Exponent() > 40 {
			return
		}
		r := Rule{Percent: p, Base: Valid, Comparison: MoreThan}
		if atLeast {
			r.Comparison = AtLeast
		}
		v, err := r.Check("c", "nation", votes, base)
		if err != nil {
			if r.Validate() == nil && votes >= 0 && base >= 0 && (r.Comparison != MoreThan || base == 0 || !p.Equal(decimal.NewFromInt(100))) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if base == 0 && !p.IsZero() { // 0% needs no base: checked as any other below
			if v.Status != NotEvaluated || v.Reason == "" {
				t.Fatalf("base 0: %+v", v)
			}
			return
		}
		if want := passes(r, votes, base); (v.Status == Passed) != want {
			t.Fatalf("%+v: passed %v, cross-multiplication says %v", v, v.Status == Passed, want)
		}
		if (v.Margin >= 0) != (v.Status == Passed) || v.Margin != votes-v.Needed {
			t.Fatalf("margin disagrees: %+v", v)
		}
		if !passes(r, v.Needed, base) || (v.Needed > 0 && passes(r, v.Needed-1, base)) {
			t.Fatalf("needed %d is not the smallest passing count: %+v", v.Needed, v)
		}
	})
}

func TestCheckZeroValuePercent(t *testing.T) {
	v, err := Rule{Base: Valid, Comparison: MoreThan}.Check("c", "nation", 1, 10)
	require.NoError(t, err)
	assert.Equal(t, int64(1), v.Needed)
	assert.Equal(t, "0", v.Line)
	assert.Equal(t, Passed, v.Status)
}

// A regional threshold met in at least K regions: passed at K, failed
// when the regions met and not evaluated are fewer than K, otherwise not
// evaluated; fewer regions than K is not evaluated, never failed.
func TestRegionalInAtLeast(t *testing.T) {
	r := rule("25", Valid, AtLeast)
	regions := []RegionCount{
		reported("a", 100, map[string]int64{"x": 25}),
		reported("b", 100, map[string]int64{"x": 24}),
		reported("c", 100, map[string]int64{"x": 30}),
		{Region: "d", Base: 100},
	}
	for _, tc := range []struct {
		k      int
		status Status
	}{{1, Passed}, {2, Passed}, {3, NotEvaluated}, {4, Failed}, {5, NotEvaluated}} {
		r.InAtLeast = tc.k
		got, err := Regional(r, []string{"x"}, regions)
		require.NoError(t, err)
		assert.Equal(t, tc.status, got[0].Status, "in at least %d", tc.k)
		assert.Equal(t, 2, got[0].Passed)
	}
	r.InAtLeast = -1
	require.ErrorIs(t, r.Validate(), ErrBadRule)
}

// A figure not known is null in the JSON, and read back as not known; a
// verdict made writes every figure, 0 included.
func TestVerdictJSONNulls(t *testing.T) {
	v := Verdict{Choice: "a", Scope: "r", Votes: 12, Status: NotEvaluated, BaseNotGiven: true, Reason: "why"}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, `{"choice":"a","scope":"r","votes":12,"base":null,"line":"","line_decimal":"","needed":null,"margin":null,"status":"not_evaluated","reason":"why"}`, string(b))
	var back Verdict
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, v, back)

	v = Verdict{Choice: "a", Scope: "nation", Status: NotEvaluated, VotesNotGiven: true, Base: 100, Reason: "<none>"}
	b, err = json.Marshal(v)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"votes":null,"base":100,`)
	back = Verdict{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, v, back)

	// A verdict of no status checks no threshold (the blank votes): it
	// has no base, needed or margin, and writes none as a 0.
	v = Verdict{Choice: "blank", Scope: "nation", Votes: 450}
	b, err = json.Marshal(v)
	require.NoError(t, err)
	assert.Equal(t, `{"choice":"blank","scope":"nation","votes":450,"base":null,"line":"","line_decimal":"","needed":null,"margin":null,"status":"","reason":""}`, string(b))
	back = Verdict{}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, v, back)

	made, err := rule("5", Participants, AtLeast).Check("a", "nation", 0, 20)
	require.NoError(t, err)
	b, err = json.Marshal(made)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"votes":0,"base":20,"line":"1","line_decimal":"1.00","needed":1,"margin":-1,"status":"failed"`)
}
