package shailoo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// notaListRules is a rule set of list seats given per region under a
// national, a regional and a constituency threshold of 10% of base, its
// list ballot's "against all" counted outside the valid ballots (outside).
func notaListRules(t *testing.T, base string, outside bool) shailoo.Rules {
	t.Helper()
	rules := `{"format": 1, "id": "nota-list", "version": "1",
 "seats": {"list": 10},
 "threshold": {"percent": "10", "base": "BASE", "comparison": "at_least"},
 "regional_threshold": {"percent": "10", "base": "BASE", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "hare", "constituency": "region", "seats_by_region": {"N": 6, "S": 4},
  "constituency_threshold": {"percent": "10", "base": "BASE", "comparison": "at_least"}},
 "protocol": {"ballots": {"list": {"against_all": true, "against_all_outside_valid": OUTSIDE}}}}`
	rules = strings.ReplaceAll(rules, "BASE", base)
	rules = strings.Replace(rules, "OUTSIDE", map[bool]string{true: "true", false: "false"}[outside], 1)
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	require.NoError(t, err)
	return r
}

// countNotaList counts testdata/nota/SYNTHETIC-list-nota.csv under r.
func countNotaList(t *testing.T, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	const mapping = `{"precinct": "precinct", "region": "region", "ballot": "list", "provenance": "synthetic",
 "lines": {"voters": "voters", "invalid": "invalid", "valid": "valid", "found_mobile": "found_mobile", "found_stationary": "found_stationary"},
 "votes": {"a": "a", "b": "b", "c": "c", "against_all": "nota"}}`
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "SYNTHETIC-list-nota.csv", Mapping: m,
		R: strings.NewReader(readFile(t, "testdata/nota/SYNTHETIC-list-nota.csv"))}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// Under against_all_outside_valid a voter of "against all" took part:
// every threshold of those who took part (the national, the regional,
// the constituency's) counts its votes beside the invalid and valid
// ballots, as the totals' participants do. The other bases hold them as
// before: found ballots are the boxes' (NOTA's among them), the valid
// ballots leave them out, the voters are the list, and the votes for the
// choices sum against all's wherever the ballot has it. SYNTHETIC: N
// gives invalid 10, valid 600, NOTA 90; S 5, 360, 95; list c has
// 100 + 10 = 110 votes, under the 116 line of 10% of 1,160 who took
// part, over the 97.5 of the 975 that NOTA's votes left out made.
func TestOutsideValidThresholdBases(t *testing.T) {
	for _, c := range []struct {
		base      string
		outside   bool
		nation    int64
		n, s      int64
		cNational threshold.Status
	}{
		{"participants", true, 10 + 600 + 90 + 5 + 360 + 95, 700, 460, threshold.Failed},
		{"participants", false, 10 + 600 + 5 + 360, 610, 365, threshold.Passed},
		{"found", true, 700 + 460, 700, 460, threshold.Failed},
		{"valid", true, 600 + 360, 600, 360, threshold.Passed},
		{"voters", true, 1000 + 800, 1000, 800, threshold.Failed},
		{"votes", true, 960 + 185, 690, 455, threshold.Failed},
	} {
		res := countNotaList(t, notaListRules(t, c.base, c.outside))
		require.Empty(t, res.NotCounted, c.base)
		require.Equal(t, c.nation, res.Totals.ThresholdBase, "%s (outside %v): the national base", c.base, c.outside)
		for _, li := range res.Lists {
			require.Equal(t, c.nation, li.National.Base, "%s: %s's national base", c.base, li.ID)
			if li.ID == "c" {
				require.Equal(t, c.cNational, li.National.Status, "%s (outside %v): c's national verdict", c.base, c.outside)
			}
			require.NotNil(t, li.Regional, c.base)
			bases := map[string]int64{}
			for _, v := range li.Regional.Regions {
				bases[v.Scope] = v.Base
			}
			require.Equal(t, map[string]int64{"N": c.n, "S": c.s}, bases, "%s (outside %v): %s's regional bases", c.base, c.outside, li.ID)
		}
		bases := map[string]int64{}
		for _, k := range res.Constituencies {
			for _, cl := range k.Lists {
				if cl.Threshold != nil {
					bases[k.Region] = cl.Threshold.Base
				}
			}
		}
		require.Equal(t, map[string]int64{"N": c.n, "S": c.s}, bases, "%s (outside %v): the constituency thresholds' bases", c.base, c.outside)
	}
}

// The okrug's majority rule and spread rule over those who took part
// count NOTA's votes under against_all_outside_valid: Mumbai North West's
// 111 + 939,778 + 15,161 = 955,050 (testdata/nota, the invalid 111
// SYNTHETIC-EDITED), 939,889 with NOTA inside the valid ballots; the
// valid ballots stay 939,778, the voters 1,735,295, the votes for the
// choices 939,778 + 15,161 = 954,939. The spread rule's 25% of 955,050
// is 238,763 votes (234,973 of 939,889), which the winner's 452,644 pass. NOTA's votes not given leave a majority over
// those who took part not evaluated, never taken without them; one over
// the valid ballots is decided.
func TestOutsideValidMajorityBases(t *testing.T) {
	b, err := os.ReadFile("testdata/nota/SYNTHETIC-EDITED-in-ls2024-r33-mumbai-nw-invalid-111.csv")
	require.NoError(t, err)
	in := string(b)
	rules := func(base threshold.Base, outside bool) shailoo.Rules {
		r := indiaRules(t)
		ob := r.Protocol.Ballots[election.OkrugBallot]
		ob.AgainstAllOutsideValid = outside
		r.Protocol.Ballots[election.OkrugBallot] = ob
		r.Okrug.Majority = &seats.MajorityRule{Percent: decimal.NewFromInt(50), Base: base, Comparison: threshold.MoreThan}
		return r
	}
	for _, c := range []struct {
		base    threshold.Base
		outside bool
		want    int64
	}{
		{threshold.Participants, true, 111 + 939778 + 15161},
		{threshold.Participants, false, 111 + 939778},
		{threshold.Valid, true, 939778},
		{threshold.Voters, true, 1735295},
		{threshold.Votes, true, 939778 + 15161},
	} {
		res := countNotaInvalid(t, in, rules(c.base, c.outside))
		o := res.Okrugs[0]
		require.Equal(t, c.want, o.MajorityBase, "%s (outside %v)", c.base, c.outside)
		require.Equal(t, seats.OutcomeRunoff, o.Outcome, "%s (outside %v)", c.base, c.outside)
	}

	for _, c := range []struct {
		outside bool
		needed  string
	}{{true, "(452644 votes, needed 238763)"}, {false, "(452644 votes, needed 234973)"}} {
		r := indiaRules(t)
		ob := r.Protocol.Ballots[election.OkrugBallot]
		ob.AgainstAllOutsideValid = c.outside
		r.Protocol.Ballots[election.OkrugBallot] = ob
		r.Okrug.Spread = &threshold.Rule{Percent: decimal.NewFromInt(25), Base: threshold.Participants, Comparison: threshold.AtLeast, InAtLeast: 1}
		res := countNotaInvalid(t, in, r)
		o := res.Okrugs[0]
		require.Equal(t, seats.OutcomeElected, o.Outcome)
		var got []string
		for _, st := range o.Steps {
			if st.Kind == "spread" {
				got = append(got, st.Detail)
			}
		}
		require.Len(t, got, 1)
		require.Contains(t, got[0], "Maharashtra passed "+c.needed, "outside %v: the spread step", c.outside)
	}

	noNota := strings.Replace(in, ",15036,125,15161,", ",15036,125,,", 1)
	require.NotEqual(t, in, noNota)
	res := countNotaInvalid(t, noNota, rules(threshold.Participants, true))
	require.Equal(t, seats.OutcomeMajorityNotEvaluated, res.Okrugs[0].Outcome)
	require.Contains(t, reasonKinds(res), shailoo.UnevaluatedMajorityBase)
	res = countNotaInvalid(t, noNota, rules(threshold.Valid, true))
	require.Equal(t, int64(939778), res.Okrugs[0].MajorityBase)
	require.Equal(t, seats.OutcomeRunoff, res.Okrugs[0].Outcome)
}
