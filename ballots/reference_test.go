package ballots

import (
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/assert"

	"github.com/shailoo/shailoo/election"
)

// reference counts ballots as the law reads, with maps and nothing else:
// the oracle of Count. It returns the protocol, or the index and problem of
// the first bad ballot.
func reference(kind election.BallotKind, choices []string, lists map[string][]string, precinct string, ballots []election.Ballot) (election.Protocol, int, Problem) {
	owner := map[string]string{}
	for party, cands := range lists {
		for _, c := range cands {
			owner[c] = party
		}
	}
	p := election.Protocol{Precinct: precinct, Ballot: kind, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
	for _, c := range choices {
		p.Votes[c] = 0
	}
	if kind == election.ListBallot {
		p.Preferences = map[string]int64{}
		for c := range owner {
			p.Preferences[c] = 0
		}
	}
	var invalid int64
	for i, b := range ballots {
		_, known := p.Votes[b.Choice]
		switch {
		case b.Kind != kind:
			return election.Protocol{}, i, WrongKind
		case b.Invalid:
			invalid++
			continue
		case !known:
			return election.Protocol{}, i, UnknownChoice
		case b.Candidate != "" && (owner[b.Candidate] != b.Choice || b.Choice == ""):
			return election.Protocol{}, i, BadPreference
		}
		p.Votes[b.Choice]++
		if b.Candidate != "" {
			p.Preferences[b.Candidate]++
		}
	}
	n := int64(len(ballots))
	p.Lines[election.FoundMobile], p.Lines[election.FoundStationary] = 0, n
	p.Lines[election.Invalid], p.Lines[election.Valid] = invalid, n-invalid
	return p, -1, ""
}

// The parties and candidates of the property: "b" has a list of one, "c"
// a closed list; candidate IDs past 16 bytes take the longer compare.
var (
	refParties = []election.Party{
		{ID: "a", Candidates: []election.Candidate{{ID: "a1"}, {ID: "a-candidate-with-a-long-id"}}},
		{ID: "b", Candidates: []election.Candidate{{ID: "b1"}}},
		{ID: "c"},
	}
	refChoices = []string{"a", "b", "c", election.AgainstAll, "", "x"}
	refCands   = []string{"", "a1", "a-candidate-with-a-long-id", "b1", "a-candidate-with-a-long-iD", "zz"}
)

// genBallots makes ballots of every kind of choice and preference, valid
// and not, mostly of the list ballot.
func genBallots() gopter.Gen {
	ballot := gopter.CombineGens(gen.IntRange(0, len(refChoices)-1), gen.IntRange(0, len(refCands)-1),
		gen.IntRange(0, 9), gen.IntRange(0, 30)).
		Map(func(v []any) election.Ballot {
			b := election.Ballot{Kind: election.ListBallot, Choice: refChoices[v[0].(int)], Invalid: v[2].(int) == 0}
			if v[1].(int) < 4 || v[2].(int) == 1 { // bad preferences now and then
				b.Candidate = refCands[v[1].(int)]
			}
			if v[3].(int) == 0 {
				b.Kind = election.OkrugBallot
			}
			return b
		})
	return gen.SliceOf(ballot)
}

func TestPropertyCountEqualsReference(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(1234))
	for _, against := range []bool{false, true} {
		c, err := NewListCounter(refParties, against)
		if err != nil {
			t.Fatal(err)
		}
		choices := c.Choices()
		lists := map[string][]string{}
		for _, p := range refParties {
			lists[p.ID] = nil
			for _, k := range p.Candidates {
				lists[p.ID] = append(lists[p.ID], k.ID)
			}
		}
		properties.Property(fmt.Sprintf("Count = reference (against all %v)", against), prop.ForAll(
			func(ballots []election.Ballot) bool {
				want, at, problem := reference(election.ListBallot, choices, lists, "1", ballots)
				got, err := c.Count("1", ballots)
				if at >= 0 {
					be, ok := err.(*BallotError)
					return ok && be.Index == at && be.Problem == problem && be.Ballot == ballots[at]
				}
				return err == nil && assert.ObjectsAreEqual(want, got)
			},
			genBallots(),
		))
	}
	properties.TestingRun(t)
}
