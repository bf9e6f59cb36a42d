package validate_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

// shape is what gopter generates; build turns it into a consistent
// election: every control relation and cross-check holds.
type shape struct {
	Precincts, Parties, Okrugs, Candidates int
	Seed                                   uint64
}

func (s shape) String() string {
	return fmt.Sprintf("%d precincts, %d parties, %d okrugs of %d candidates, seed %d", s.Precincts, s.Parties, s.Okrugs, s.Candidates, s.Seed)
}

func genShape() gopter.Gen {
	return gopter.CombineGens(gen.IntRange(1, 10), gen.IntRange(1, 5), gen.IntRange(1, 3), gen.IntRange(1, 4), gen.UInt64()).
		Map(func(v []interface{}) shape {
			return shape{v[0].(int), v[1].(int), v[2].(int), v[3].(int), v[4].(uint64)}
		})
}

// splitInto shares total among n parts at random (n >= 1).
func splitInto(r *rand.Rand, total int64, n int) []int64 {
	out := make([]int64, n)
	left := total
	for i := 0; i < n-1; i++ {
		if left > 0 {
			out[i] = r.Int64N(left + 1)
		}
		left -= out[i]
	}
	out[n-1] = left
	r.Shuffle(n, func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func build(s shape) *election.Election {
	r := rand.New(rand.NewPCG(s.Seed, 7))
	e := &election.Election{ID: "gen", Regions: []election.Region{{ID: "r1"}, {ID: "r2"}}}
	for o := 0; o < s.Okrugs; o++ {
		ok := election.Okrug{ID: fmt.Sprintf("o%d", o+1), Region: fmt.Sprintf("r%d", o%2+1)}
		for c := 0; c < s.Candidates; c++ {
			ok.Candidates = append(ok.Candidates, election.Candidate{ID: fmt.Sprintf("o%d-%d", o+1, c+1), Position: c + 1})
		}
		e.Okrugs = append(e.Okrugs, ok)
	}
	for p := 0; p < s.Parties; p++ {
		pt := election.Party{ID: fmt.Sprintf("p%d", p+1)}
		for c := 0; c < 1+r.IntN(3); c++ {
			pt.Candidates = append(pt.Candidates, election.Candidate{ID: fmt.Sprintf("p%d-%d", p+1, c+1), Position: c + 1})
		}
		e.Parties = append(e.Parties, pt)
	}
	for i := 0; i < s.Precincts; i++ {
		p := election.Precinct{ID: fmt.Sprint(100 + i)}
		if r.IntN(5) == 0 {
			p.Abroad = true
		} else {
			o := e.Okrugs[r.IntN(len(e.Okrugs))]
			p.Okrug, p.Region = o.ID, o.Region
		}
		e.Precincts = append(e.Precincts, p)

		voters := r.Int64N(3000)
		if r.IntN(10) == 0 {
			voters = 0
		}
		issued := splitInto(r, r.Int64N(voters+1), 3)
		found := r.Int64N(issued[0] + issued[1] + issued[2] + 1)
		mobile := min(issued[1], r.Int64N(found+1))
		cancelled, lost, unacc := r.Int64N(500), r.Int64N(3), r.Int64N(3)
		base := map[election.Line]int64{
			election.Voters: voters, election.IssuedInRoom: issued[0], election.IssuedOutside: issued[1], election.IssuedEarly: issued[2],
			election.Cancelled: cancelled, election.Lost: lost, election.Unaccounted: unacc,
			election.Received:    issued[0] + issued[1] + issued[2] + cancelled + lost - unacc,
			election.FoundMobile: mobile, election.FoundStationary: found - mobile,
		}
		if base[election.Received] < 0 {
			base[election.Unaccounted] += base[election.Received]
			base[election.Received] = 0
		}
		ballot := func(b election.BallotKind, choices []string) election.Protocol {
			pr := election.Protocol{Precinct: p.ID, Ballot: b, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
			for k, v := range base {
				pr.Lines[k] = v
			}
			invalid := r.Int64N(found + 1)
			pr.Lines[election.Invalid], pr.Lines[election.Valid] = invalid, found-invalid
			vs := splitInto(r, found-invalid, len(choices)+1)
			for j, c := range choices {
				pr.Votes[c] = vs[j]
			}
			pr.Votes[election.AgainstAll] = vs[len(choices)]
			return pr
		}
		var parties []string
		for _, pt := range e.Parties {
			parties = append(parties, pt.ID)
		}
		list := ballot(election.ListBallot, parties)
		list.Preferences = map[string]int64{}
		for _, pt := range e.Parties {
			for j, v := range splitInto(r, r.Int64N(list.Votes[pt.ID]+1), len(pt.Candidates)) {
				list.Preferences[pt.Candidates[j].ID] = v
			}
		}
		add := func(pr election.Protocol) {
			e.Protocols = append(e.Protocols, pr)
			if r.IntN(3) == 0 {
				m := faults.Clone(pr)
				m.Machine = true
				e.Protocols = append(e.Protocols, m)
			}
		}
		add(list)
		if !p.Abroad {
			o, _ := e.Okrug(p.Okrug)
			var cands []string
			for _, k := range o.Candidates {
				cands = append(cands, k.ID)
			}
			add(ballot(election.OkrugBallot, cands))
		}
	}
	return e
}

func TestPropertyConsistentIsClean(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 300
	props := gopter.NewProperties(params)
	props.Property("a consistent election gives no finding", prop.ForAll(func(s shape) (bool, error) {
		rep, err := validate.Check(build(s), validate.Rules{})
		if err != nil {
			return false, err
		}
		if len(rep.Findings) > 0 {
			return false, fmt.Errorf("%s: %+v", s, rep.Findings[0])
		}
		return true, nil
	}, genShape()))
	props.TestingRun(t)
}

// equalityBound are the lines some equality relation binds: a change of
// one must be caught. Voters is bound only by issued <= voters.
var equalityBound = []election.Line{election.Received, election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly,
	election.Cancelled, election.FoundMobile, election.FoundStationary, election.Invalid, election.Valid,
	election.Lost, election.Unaccounted}

func TestPropertyOffByOneIsCaught(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 300
	props := gopter.NewProperties(params)
	props.Property("±1 on a bound line or a vote of any protocol gives an error finding", prop.ForAll(
		func(s shape, which, line int, up bool) (bool, error) {
			e := build(s)
			p := &e.Protocols[which%len(e.Protocols)]
			d := int64(1)
			if !up {
				d = -1
			}
			var what string
			if n := len(equalityBound); line%(n+1) < n {
				l := equalityBound[line%(n+1)]
				p.Lines[l] += d
				what = string(l)
			} else {
				keys := sortedKeys(p.Votes)
				k := keys[line%len(keys)]
				p.Votes[k] += d
				what = "votes for " + k
			}
			rep, err := validate.Check(e, validate.Rules{})
			if err != nil {
				return false, err
			}
			if rep.Errors() == 0 {
				return false, fmt.Errorf("%s: %+d on %s of %s %s machine=%v not caught", s, d, what, p.Precinct, p.Ballot, p.Machine)
			}
			return true, nil
		}, genShape(), gen.IntRange(0, 1000), gen.IntRange(0, 1000), gen.Bool()))
	props.TestingRun(t)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestDetectionRate changes every line, every vote and every preference
// vote of every protocol of 40 consistent elections by +1 and by -1, and
// logs how often an error finding catches it. Lines bound by an equality
// relation and votes must be caught every time.
func TestDetectionRate(t *testing.T) {
	type rate struct{ caught, total int }
	rates := map[string]*rate{}
	note := func(what string, caught bool) {
		r := rates[what]
		if r == nil {
			r = &rate{}
			rates[what] = r
		}
		r.total++
		if caught {
			r.caught++
		}
	}
	errs := func(e *election.Election) bool {
		rep, err := validate.Check(e, validate.Rules{})
		if err != nil {
			t.Fatal(err)
		}
		return rep.Errors() > 0
	}
	for seed := uint64(0); seed < 40; seed++ {
		e := build(shape{Precincts: 4, Parties: 3, Okrugs: 2, Candidates: 3, Seed: seed})
		for i := range e.Protocols {
			p := &e.Protocols[i]
			for _, d := range []int64{1, -1} {
				for _, l := range election.AllLines() {
					p.Lines[l] += d
					note("line "+string(l), errs(e))
					p.Lines[l] -= d
				}
				for _, k := range sortedKeys(p.Votes) {
					p.Votes[k] += d
					note("votes", errs(e))
					p.Votes[k] -= d
				}
				for _, k := range sortedKeys(p.Preferences) {
					p.Preferences[k] += d
					note("preference votes", errs(e))
					p.Preferences[k] -= d
				}
			}
		}
	}
	var unbound []string
	for _, what := range sortedKeys(rates) {
		r := rates[what]
		t.Logf("%-24s caught %5d of %5d (%.1f%%)", what, r.caught, r.total, 100*float64(r.caught)/float64(r.total))
		if r.caught < r.total {
			unbound = append(unbound, what)
		}
	}
	t.Logf("not bound by any equality relation (caught only at a bound or by another count): %v", unbound)
	for _, l := range equalityBound {
		if r := rates["line "+string(l)]; r.caught != r.total {
			t.Errorf("line %s: %d of %d changes caught", l, r.caught, r.total)
		}
	}
	if r := rates["votes"]; r.caught != r.total {
		t.Errorf("votes: %d of %d changes caught", r.caught, r.total)
	}
}

// permute shuffles every slice of e whose order carries no meaning for
// validation (and, to make sure, those whose order does).
func permute(e *election.Election, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 11))
	r.Shuffle(len(e.Protocols), func(i, j int) { e.Protocols[i], e.Protocols[j] = e.Protocols[j], e.Protocols[i] })
	r.Shuffle(len(e.Precincts), func(i, j int) { e.Precincts[i], e.Precincts[j] = e.Precincts[j], e.Precincts[i] })
	r.Shuffle(len(e.Parties), func(i, j int) { e.Parties[i], e.Parties[j] = e.Parties[j], e.Parties[i] })
	r.Shuffle(len(e.Okrugs), func(i, j int) { e.Okrugs[i], e.Okrugs[j] = e.Okrugs[j], e.Okrugs[i] })
	r.Shuffle(len(e.Regions), func(i, j int) { e.Regions[i], e.Regions[j] = e.Regions[j], e.Regions[i] })
}

func TestPropertyPermutationChangesNothing(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 200
	props := gopter.NewProperties(params)
	props.Property("reordering protocols and definitions changes no finding", prop.ForAll(
		func(s shape, faultSeed int64, permSeed uint64, sample bool) (bool, error) {
			var e *election.Election
			if sample {
				e = faults.Sample(20 + s.Precincts)
			} else {
				e = build(s)
			}
			_, _ = faults.Inject(e, faultSeed) // plants what it can
			before, err := validate.Check(e, validate.Rules{})
			if err != nil {
				return false, err
			}
			permute(e, permSeed)
			after, err := validate.Check(e, validate.Rules{})
			if err != nil {
				return false, err
			}
			if !reflect.DeepEqual(before, after) {
				return false, fmt.Errorf("%s: reports differ", s)
			}
			return true, nil
		}, genShape(), gen.Int64(), gen.UInt64(), gen.Bool()))
	props.TestingRun(t)
}
