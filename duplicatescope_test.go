package shailoo_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// A second copy of one protocol makes provisional what its sums went
// into, not every seat: an okrug-ballot copy its precinct's okrug, a
// list-ballot copy the list tier, a machine-count copy nothing (it is in
// no sum). A tester's one duplicate once marked all 36 okrugs and the list
// seats provisional, the X207 place naming no okrug.
func TestDuplicateAffectsItsOwnSums(t *testing.T) {
	def, _ := kg2021Def(t)
	okrugOf := map[string]string{}
	for _, pr := range def.Precincts {
		okrugOf[pr.ID] = pr.Okrug
	}
	for _, c := range []struct {
		name    string
		ballot  election.BallotKind
		machine bool
		affects func(okrug string) []string // nil: no duplicate_protocols reason
	}{
		{"okrug ballot", election.OkrugBallot, false, func(o string) []string { return []string{"okrug/" + o} }},
		{"list ballot", election.ListBallot, false, func(string) []string { return []string{"list"} }},
		{"machine count", election.ListBallot, true, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var dup election.Protocol
			res := kg2021Count(t, func(e *election.Election) {
				for _, p := range e.Protocols {
					if p.Ballot == c.ballot && !p.Machine {
						if c.machine { // two machine counts of it
							p = machineTwin(p, false)
							e.Protocols = append(e.Protocols, p)
						}
						dup, _ = moveVote(p, 1)
						break
					}
				}
				e.Protocols = append(e.Protocols, dup)
			})
			require.NotEmpty(t, dup.Precinct)
			i := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.DuplicateProtocol })
			require.GreaterOrEqual(t, i, 0, "no X207")
			pl := res.Findings.Findings[i].Place
			require.Equal(t, dup.Precinct, pl.Precinct)
			if c.ballot == election.OkrugBallot {
				require.Equal(t, okrugOf[dup.Precinct], pl.Okrug, "X207 names the okrug")
			} else {
				require.Empty(t, pl.Okrug)
			}
			var u *shailoo.Unevaluated
			for j := range res.ProvisionalReasons {
				if res.ProvisionalReasons[j].Kind == shailoo.UnevaluatedDuplicates {
					u = &res.ProvisionalReasons[j]
				}
			}
			if c.affects == nil {
				require.Nil(t, u, "a machine-count copy is in no sum")
				return
			}
			require.NotNil(t, u)
			require.Equal(t, c.affects(okrugOf[dup.Precinct]), u.Affects)
			require.Equal(t, []string{dup.Precinct}, u.Scope)
			require.Equal(t, 1, u.Count)
			for _, o := range res.Okrugs {
				want := c.ballot == election.OkrugBallot && o.Okrug == okrugOf[dup.Precinct]
				require.Equal(t, want, o.Provisional, "okrug %s", o.Okrug)
			}
		})
	}
}
