package ballots

import (
	"errors"
	"fmt"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/assert"

	"github.com/shailoo/shailoo/election"
)

// An okrug ballot cast in a precinct abroad that names its okrug: a bad
// ballot (WrongKind) for Protocols, which has no rule set, and for
// ProtocolsWith without AbroadOkrug (okrug.abroad "excluded"); counted in
// the precinct's okrug under AbroadOkrug (okrug.abroad "counted").
func TestProtocolsAbroadOkrug(t *testing.T) {
	e := &election.Election{
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "o1"}, {ID: "o2"}}}},
		Precincts: []election.Precinct{{ID: "1001", Okrug: "1"}, {ID: "9001", Okrug: "1", Abroad: true}},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(bool)}},
	}
	cast := []Cast{{Precinct: "9001", Ballot: election.Ballot{Kind: election.OkrugBallot, Choice: "o2"}, Count: 3}}
	for name, err := range map[string]error{
		"Protocols": func() error { _, err := Protocols(e, cast, nil); return err }(),
		"excluded":  func() error { _, err := ProtocolsWith(e, cast, Options{}); return err }(),
	} {
		var be *BallotError
		if !errors.As(err, &be) || be.Problem != WrongKind {
			t.Errorf("%s: %v, want WrongKind", name, err)
		}
	}
	ps, err := ProtocolsWith(e, cast, Options{AbroadOkrug: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Precinct != "9001" || ps[0].Votes["o2"] != 3 {
		t.Errorf("counted: %+v, want one protocol of 9001, o2 3", ps)
	}
}

// TestPropertyAbroadOrder: which ballots are refused does not depend on
// their order in the file. The okrug's counter, once made at a home
// precinct's ballot, took an okrug ballot cast abroad that the same
// ballot first in the file was refused (rev24's t1/b1.csv, b2.csv).
func TestPropertyAbroadOrder(t *testing.T) {
	e := &election.Election{
		Parties:   []election.Party{{ID: "p"}, {ID: "q"}},
		Okrugs:    []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "o1"}, {ID: "o2"}}}},
		Precincts: []election.Precinct{{ID: "1001", Okrug: "1"}, {ID: "9001", Okrug: "1", Abroad: true}},
		Ballots:   election.Ballots{Okrug: election.BallotForm{AgainstAll: new(bool)}},
	}
	precincts := []string{"1001", "9001", "7"}
	cast := gopter.CombineGens(gen.IntRange(0, 2), gen.Bool(), gen.IntRange(0, 2), gen.IntRange(1, 3)).
		Map(func(v []any) Cast {
			c := Cast{Precinct: precincts[v[0].(int)], Ballot: election.Ballot{Kind: election.ListBallot, Choice: "p"}, Count: int64(v[3].(int))}
			if v[1].(bool) {
				c.Kind, c.Choice = election.OkrugBallot, []string{"o1", "o2", "x"}[v[2].(int)]
			}
			return c
		})
	// refused returns the ballots refused, by their index in the file as
	// given (order maps the index read to it), and whether ProtocolsWith
	// counts the file.
	refused := func(cs []Cast, order []int, opts Options) (map[int]Problem, bool) {
		bad, err := BadBallots(e, cs, opts)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int]Problem{}
		for _, b := range bad {
			out[order[b.Index]] = b.Problem
		}
		_, err = ProtocolsWith(e, cs, opts)
		return out, err == nil
	}
	properties := gopter.NewProperties(gopter.DefaultTestParametersWithSeed(1234))
	for _, abroad := range []bool{false, true} {
		opts := Options{AbroadOkrug: abroad}
		properties.Property(fmt.Sprintf("refused whatever the order (AbroadOkrug %v)", abroad), prop.ForAll(
			func(cs []Cast, seed int64) bool {
				order := rand.New(rand.NewSource(seed)).Perm(len(cs))
				shuffled := make([]Cast, len(cs))
				for i, j := range order {
					shuffled[i] = cs[j]
				}
				identity := make([]int, len(cs))
				for i := range identity {
					identity[i] = i
				}
				want, wantOK := refused(cs, identity, opts)
				got, gotOK := refused(shuffled, order, opts)
				return wantOK == gotOK && assert.ObjectsAreEqual(want, got)
			},
			gen.SliceOf(cast), gen.Int64(),
		))
	}
	properties.TestingRun(t)
}
