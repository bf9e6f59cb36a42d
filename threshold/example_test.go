package threshold_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/threshold"
)

// The 2021 national threshold: at least 5% of the 1,281,622 voters who took
// part (CEC Resolution 836 of 15 December 2021).
func ExampleRule_Check() {
	national := threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Participants, Comparison: threshold.AtLeast}
	for _, p := range []struct {
		id    string
		votes int64
	}{
		{"ata-jurt", 222_005}, {"ishenim", 174_470}, {"yntymak", 141_009},
		{"alliance", 106_955}, {"butun-kyrgyzstan", 90_223}, {"yiman-nuru", 79_025},
	} {
		v, err := national.Check(p.id, "nation", p.votes, 1_281_622)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-17s %7d  needed %d  margin %+7d  %s\n", v.Choice, v.Votes, v.Needed, v.Margin, v.Status)
	}
	v, _ := national.Check("ata-jurt", "nation", 222_005, 1_281_622)
	fmt.Println("line:", v.Line, "=", v.LineDecimal)
	fmt.Println(v.Reason)
	// Output:
	// ata-jurt           222005  needed 64082  margin +157923  passed
	// ishenim            174470  needed 64082  margin +110388  passed
	// yntymak            141009  needed 64082  margin  +76927  passed
	// alliance           106955  needed 64082  margin  +42873  passed
	// butun-kyrgyzstan    90223  needed 64082  margin  +26141  passed
	// yiman-nuru          79025  needed 64082  margin  +14943  passed
	// line: 640811/10 = 64081.10
	// at least 5% of 1281622 participants = 640811/10: 64082 votes needed, 222005 got, passed by 157923
}

// Exactly 5% passes "at least 5%" and fails "more than 5%": the comparison
// decides the boundary, so a rule always names it.
func ExampleRule_Check_boundary() {
	for _, cmp := range []threshold.Comparison{threshold.AtLeast, threshold.MoreThan} {
		r := threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Valid, Comparison: cmp}
		for _, votes := range []int64{4, 5, 6} {
			v, _ := r.Check("p", "nation", votes, 100)
			fmt.Printf("%-9s %d of 100: %-6s (needed %d)\n", cmp, votes, v.Status, v.Needed)
		}
	}
	// Output:
	// at_least  4 of 100: failed (needed 5)
	// at_least  5 of 100: passed (needed 5)
	// at_least  6 of 100: passed (needed 5)
	// more_than 4 of 100: failed (needed 6)
	// more_than 5 of 100: failed (needed 6)
	// more_than 6 of 100: passed (needed 6)
}

func ExampleBaseOf() {
	// The 2021 manual count of 7 December, before 20 precincts were annulled.
	lines := map[election.Line]int64{election.Invalid: 120_236, election.Valid: 1_173_710}
	participants, err := threshold.BaseOf(threshold.Participants, lines)
	fmt.Println(participants, err)
	_, err = threshold.BaseOf(threshold.Voters, lines)
	fmt.Println(err)
	// Output:
	// 1293946 <nil>
	// threshold: base "voters", line "voters": threshold: line not given
}

// The regional threshold of 0.5% in each region. The regional figures of
// 2021 were not published; these are made up to show the three outcomes.
func ExampleRegional() {
	regional := threshold.Rule{Percent: decimal.RequireFromString("0.5"), Base: threshold.Participants, Comparison: threshold.AtLeast}
	regions := []threshold.RegionCount{
		{Region: "bishkek", Reported: true, Base: 250_000, Votes: map[string]int64{"a": 40_000, "b": 1_300, "c": 900}},
		{Region: "osh-city", Reported: true, Base: 80_000, Votes: map[string]int64{"a": 9_000, "b": 380, "c": 2_000}},
		{Region: "talas", Reported: false},
	}
	verdicts, err := threshold.Regional(regional, []string{"a", "b", "c"}, regions)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, rv := range verdicts {
		fmt.Printf("%s: %s, not evaluated in %v\n", rv.Choice, rv.Status, rv.NotEvaluated)
		for _, v := range rv.Regions {
			if v.Status != threshold.NotEvaluated {
				fmt.Printf("  %-8s %6d of %6d, needed %4d: %s\n", v.Scope, v.Votes, v.Base, v.Needed, v.Status)
			}
		}
	}
	// Output:
	// a: not_evaluated, not evaluated in [talas]
	//   bishkek   40000 of 250000, needed 1250: passed
	//   osh-city   9000 of  80000, needed  400: passed
	// b: failed, not evaluated in [talas]
	//   bishkek    1300 of 250000, needed 1250: passed
	//   osh-city    380 of  80000, needed  400: failed
	// c: failed, not evaluated in [talas]
	//   bishkek     900 of 250000, needed 1250: failed
	//   osh-city   2000 of  80000, needed  400: passed
}

// Poland's Sejm (Electoral Code, art. 196 and 197): at least 5% of the
// valid votes, 8% for a coalition's list, none for a registered national
// minority's list. A list is held to its kind's percent (For); the
// SYNTHETIC figures are those of testdata/kinds.
func ExampleRule_For() {
	sejm := threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Valid, Comparison: threshold.AtLeast,
		Kinds: map[string]decimal.Decimal{"coalition": decimal.NewFromInt(8), "minority": decimal.Zero}}
	for _, l := range []struct {
		id, kind string
		votes    int64
	}{{"party-f", "", 4_000}, {"coalition-k", "coalition", 6_000}, {"minority-m", "minority", 1_000}} {
		v, err := sejm.For(l.kind).Check(l.id, "nation", l.votes, 100_000)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-11s %-9q %s%%: %s\n", l.id, v.Kind, sejm.For(l.kind).Percent, v.Reason)
	}
	// Output:
	// party-f     ""        5%: at least 5% of 100000 valid = 5000: 5000 votes needed, 4000 got, missed by 1000
	// coalition-k "coalition" 8%: at least 8% of 100000 valid (the threshold of coalition lists) = 8000: 8000 votes needed, 6000 got, missed by 2000
	// minority-m  "minority" 0%: at least 0% of 100000 valid (the threshold of minority lists) = 0: 0 votes needed, 1000 got, passed by 1000
}
