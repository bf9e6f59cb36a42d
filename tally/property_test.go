package tally

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/assert"

	"github.com/shailoo/shailoo/election"
)

var (
	propChoices    = []string{"a", "b", "c", election.AgainstAll}
	propCandidates = []string{"a1", "a2", "b1"}
)

// genProtocol makes a protocol of one of 12 precincts (p10 and p11 are not
// defined), with figures between 0 and 10^6 and some figures missing.
func genProtocol() gopter.Gen {
	return gopter.CombineGens(
		gen.IntRange(0, 11),
		gen.Bool(),
		gen.Bool(),
		gen.SliceOfN(len(election.AllLines()), gen.Int64Range(-200_000, 1_000_000)),
		gen.SliceOfN(len(propChoices), gen.Int64Range(-200_000, 1_000_000)),
		gen.SliceOfN(len(propCandidates), gen.Int64Range(-500, 1_000)),
	).Map(func(v []any) election.Protocol {
		p := election.Protocol{
			Precinct: fmt.Sprintf("p%d", v[0].(int)),
			Ballot:   election.OkrugBallot,
			Machine:  v[2].(bool),
			Lines:    map[election.Line]int64{},
			Votes:    map[string]int64{},
		}
		if v[1].(bool) {
			p.Ballot = election.ListBallot
			p.Preferences = map[string]int64{}
		}
		for i, x := range v[3].([]int64) {
			if x >= 0 {
				p.Lines[election.AllLines()[i]] = x
			}
		}
		for i, x := range v[4].([]int64) {
			if x >= 0 {
				p.Votes[propChoices[i]] = x
			}
		}
		if p.Preferences != nil {
			for i, x := range v[5].([]int64) {
				if x >= 0 {
					p.Preferences[propCandidates[i]] = x
				}
			}
		}
		return p
	})
}

// genElection makes an election of 3 regions, 7 okrugs and 10 precincts
// placed at random (abroad, in an okrug and its region, with no okrug, in
// an undefined region), with random protocols.
func genElection() gopter.Gen {
	return gopter.CombineGens(
		gen.SliceOfN(10, gen.IntRange(0, 9)),
		gen.SliceOf(genProtocol()),
	).Map(func(v []any) *election.Election {
		e := &election.Election{Regions: []election.Region{{ID: "r0"}, {ID: "r1"}, {ID: "r2"}}}
		for i := range 7 {
			e.Okrugs = append(e.Okrugs, election.Okrug{ID: fmt.Sprintf("o%d", i), Region: fmt.Sprintf("r%d", i%3)})
		}
		for i, code := range v[0].([]int) {
			p := election.Precinct{ID: fmt.Sprintf("p%d", i)}
			switch code {
			case 0:
				p.Abroad = true
			case 1:
				p.Region = "r1"
			case 2:
				p.Region, p.Okrug = "elsewhere", "o1"
			default:
				o := e.Okrugs[code-3]
				p.Region, p.Okrug = o.Region, o.ID
			}
			e.Precincts = append(e.Precincts, p)
		}
		e.Protocols = v[1].([]election.Protocol)
		return e
	})
}

func sumAll(ps []election.Protocol) (Totals, error) {
	t := NewTotals()
	for i := range ps {
		if err := t.Add(&ps[i]); err != nil {
			return Totals{}, err
		}
	}
	return t, nil
}

func mergeAll(ts ...*Totals) Totals {
	t := NewTotals()
	for _, x := range ts {
		if err := t.Merge(x); err != nil {
			panic(err)
		}
	}
	return t
}

// sortedValues returns m's values in key order.
func sortedValues(m map[string]*Totals, ids []string) []*Totals {
	out := make([]*Totals, len(ids))
	for i, id := range ids {
		out[i] = m[id]
	}
	return out
}

func TestPropertiesTotals(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	properties := gopter.NewProperties(params)

	properties.Property("any order or grouping of the protocols gives the same totals", prop.ForAll(
		func(ps []election.Protocol, seed uint64) bool {
			want, err := sumAll(ps)
			if err != nil {
				return false
			}
			r := rand.New(rand.NewPCG(seed, 7))
			shuffled := append([]election.Protocol(nil), ps...)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			// Cut the shuffled protocols into groups, sum each, merge the
			// partial sums in a shuffled order.
			var parts []Totals
			for rest := shuffled; len(rest) > 0; {
				n := 1 + r.IntN(len(rest))
				part, err := sumAll(rest[:n])
				if err != nil {
					return false
				}
				parts = append(parts, part)
				rest = rest[n:]
			}
			r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
			var got Totals // the zero value, merged into
			for i := range parts {
				if err := got.Merge(&parts[i]); err != nil {
					return false
				}
			}
			if len(ps) == 0 {
				return got.Protocols == 0 && want.Protocols == 0
			}
			return assert.ObjectsAreEqual(want, got)
		},
		gen.SliceOf(genProtocol()), gen.UInt64(),
	))

	properties.Property("okrug, region and national sums agree", prop.ForAll(
		func(e *election.Election) bool {
			res, err := Sum(e)
			if err != nil {
				return false
			}
			regionIDs := []string{"r0", "r1", "r2"}
			var okrugIDs []string
			for _, o := range e.Okrugs {
				okrugIDs = append(okrugIDs, o.ID)
			}
			for _, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
				tier := res.List
				if kind == election.OkrugBallot {
					tier = res.Okrug
				}
				var kept []election.Protocol
				for _, p := range e.Protocols {
					if p.Ballot == kind && !p.Machine {
						kept = append(kept, p)
					}
				}
				direct, err := sumAll(kept)
				if err != nil {
					return false
				}
				byRegion := mergeAll(append(sortedValues(tier.Regions, regionIDs), &tier.Abroad, &tier.Unplaced)...)
				byOkrug := mergeAll(append(sortedValues(tier.Okrugs, okrugIDs), &tier.Abroad, &tier.Unplaced)...)
				// The list ballot needs no okrug: the protocols of
				// precincts in a region that name none are in their
				// region, in no okrug.
				noOkrug := NewTotals()
				regionOnly := make(map[string]*Totals, len(regionIDs))
				for _, r := range regionIDs {
					x := NewTotals()
					regionOnly[r] = &x
				}
				if kind == election.ListBallot {
					for i := range kept {
						for _, pr := range e.Precincts {
							if pr.ID == kept[i].Precinct && !pr.Abroad && pr.Okrug == "" && regionOnly[pr.Region] != nil {
								if noOkrug.Add(&kept[i]) != nil || regionOnly[pr.Region].Add(&kept[i]) != nil {
									return false
								}
							}
						}
					}
				}
				byOkrug = mergeAll(&byOkrug, &noOkrug)
				// The okrug ballot needs no region: the protocols of
				// precincts in a defined okrug whose region is missing
				// or not defined are in their okrug, in no region.
				noRegion := NewTotals()
				okrugOnly := map[string]*Totals{}
				if kind == election.OkrugBallot && len(e.Regions) > 0 {
					for i := range kept {
						for _, pr := range e.Precincts {
							if pr.ID != kept[i].Precinct || pr.Abroad || tier.Regions[pr.Region] != nil || tier.Okrugs[pr.Okrug] == nil {
								continue
							}
							if okrugOnly[pr.Okrug] == nil {
								x := NewTotals()
								okrugOnly[pr.Okrug] = &x
							}
							if noRegion.Add(&kept[i]) != nil || okrugOnly[pr.Okrug].Add(&kept[i]) != nil {
								return false
							}
						}
					}
				}
				byRegion = mergeAll(&byRegion, &noRegion)
				if !assert.ObjectsAreEqual(direct, tier.Nation) ||
					!assert.ObjectsAreEqual(tier.Nation, byRegion) ||
					!assert.ObjectsAreEqual(tier.Nation, byOkrug) {
					return false
				}
				// Each region is the sum of its okrugs (less, on the
				// okrug ballot, their protocols in no region).
				for _, r := range regionIDs {
					var in []*Totals
					region := []*Totals{tier.Regions[r]}
					for _, o := range e.Okrugs {
						if o.Region == r {
							in = append(in, tier.Okrugs[o.ID])
							if x := okrugOnly[o.ID]; x != nil {
								region = append(region, x)
							}
						}
					}
					in = append(in, regionOnly[r])
					if !assert.ObjectsAreEqual(mergeAll(region...), mergeAll(in...)) {
						return false
					}
				}
			}
			return true
		},
		genElection(),
	))

	properties.TestingRun(t)
}
