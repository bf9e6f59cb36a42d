package shailoo

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// TestResultAgainstAllFollowsDefinition: a ballot the counted definition
// declares without "against all" (as a definition inferred from a mapping
// that maps no such column does) has none in the Result, its recount or
// its tables, whatever the rule set's form says; the definition's word
// survives the Result's JSON.
func TestResultAgainstAllFollowsDefinition(t *testing.T) {
	hasRow := func(rc validate.Recount) bool {
		return slices.ContainsFunc(rc.Lists, func(l validate.RecountList) bool { return l.ID == election.AgainstAll })
	}
	no := false
	cases := []struct {
		name      string
		def, form *bool // the definition's and the rule set's list ballot
		want      bool
	}{
		{"both say nothing", nil, nil, true},
		{"the definition says none", &no, nil, false},
		{"the rule set says none", nil, &no, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := oneRegion(t, map[string]int64{"a": 600, "b": 400}, []string{"a", "b"}, []int64{300, 200}, 10)
			e.Protocols[0].Votes = map[string]int64{"a": 600, "b": 400}
			e.Ballots.List.AgainstAll = tc.def
			r := KG2021()
			if tc.form != nil {
				r.Protocol.Ballots = map[election.BallotKind]validate.Ballot{election.ListBallot: {AgainstAll: tc.form}}
			}
			res, err := Count(e, r)
			require.NoError(t, err)
			require.Equal(t, tc.want, res.AgainstAll(election.ListBallot))
			require.Equal(t, tc.want, hasRow(res.Recount()))
			require.True(t, res.AgainstAll(election.OkrugBallot), "the okrug ballot keeps it")

			b, err := json.Marshal(res)
			require.NoError(t, err)
			var back Result
			require.NoError(t, json.Unmarshal(b, &back))
			require.Equal(t, tc.want, back.AgainstAll(election.ListBallot), "read back from JSON")
		})
	}
}
