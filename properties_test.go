package shailoo_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/fuzz"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
)

// Properties of the whole pipeline (Count on elections from
// internal/synth), with a fixed seed. The laws of a single Result are
// those of fuzz.Check; the properties here are those that need more than
// one count, or elections built to make a law bite. docs/invariants.md
// lists them all.

const propSeed = 1234

func newProps(t *testing.T, tests int) *gopter.Properties {
	params := gopter.DefaultTestParametersWithSeed(propSeed)
	params.MinSuccessfulTests = tests
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("gopter seed %d (gopter.DefaultTestParametersWithSeed)", propSeed)
		}
	})
	return gopter.NewProperties(params)
}

// world is a small synthetic election, a rule set and a permutation seed.
type world struct {
	Config  synth.Config
	Changes []int  // indexes into ruleChanges
	Perm    uint64 // seeds permutations and edits
}

func (w world) String() string {
	return fmt.Sprintf("config %+v, rule changes %v, perm %d", w.Config, w.changes(), w.Perm)
}

// ruleChanges are the Rules.Set changes the properties draw from.
var ruleChanges = func() [][2]string {
	var cs [][2]string
	for _, n := range []int{0, 1, 7, 9, 20, 54, 60} {
		cs = append(cs, [2]string{"seats.list", strconv.Itoa(n)})
	}
	for _, m := range seats.Methods() {
		cs = append(cs, [2]string{"list.method", string(m)})
	}
	for _, n := range []int{0, 3, 5, 27} {
		cs = append(cs, [2]string{"list.cap", strconv.Itoa(n)})
	}
	for _, p := range []string{"0", "1", "5", "7", "12.5", "30"} {
		cs = append(cs, [2]string{"threshold.percent", p})
	}
	for _, c := range []string{"at_least", "more_than"} {
		cs = append(cs, [2]string{"threshold.comparison", c})
	}
	for _, b := range []string{"participants", "valid", "voters"} {
		cs = append(cs, [2]string{"threshold.base", b})
	}
	for _, q := range []string{"0", "30", "50", "100"} {
		cs = append(cs, [2]string{"list.women_quota", q})
	}
	for _, r := range []string{"half_up", "up", "down"} {
		cs = append(cs, [2]string{"list.women_quota_rounding", r})
	}
	for _, tie := range []string{"lots", "ballot_order", "registration_order"} {
		cs = append(cs, [2]string{"list.tie", tie})
	}
	cs = append(cs,
		[2]string{"okrug.against_all", "ignored"},
		[2]string{"okrug.against_all", "repeat_if_ahead"},
		[2]string{"okrug.against_all_tie", "repeat"},
		[2]string{"okrug.tie", "lots"},
		[2]string{"list.preference_tie", "lots"},
		[2]string{"list.missing_preferences", "lots"},
		[2]string{"regional_threshold", "null"},
		[2]string{"registration", "null"},
		[2]string{"published.decimals", "1"},
		[2]string{"published.rounding", "down"},
		[2]string{"name", "a what-if"},
	)
	return cs
}()

func (w world) changes() [][2]string {
	var cs [][2]string
	for _, i := range w.Changes {
		cs = append(cs, ruleChanges[i])
	}
	return cs
}

// rules is kg2021 with the world's changes.
func (w world) rules() (shailoo.Rules, error) {
	r := shailoo.KG2021()
	for _, c := range w.changes() {
		var err error
		if r, err = r.Set(c[0], c[1]); err != nil {
			return r, fmt.Errorf("Set(%q, %q): %w", c[0], c[1], err)
		}
	}
	return r, nil
}

func (w world) election() (*election.Election, error) { return synth.Generate(w.Config) }

// genConfig draws small synthetic elections: a count takes a millisecond.
func genConfig() gopter.Gen {
	return gopter.CombineGens(
		gen.UInt64(), gen.IntRange(1, 12), gen.IntRange(0, 2), gen.IntRange(1, 3), gen.IntRange(1, 3),
		gen.IntRange(1, 6), gen.IntRange(2, 9), gen.IntRange(1, 4), gen.Bool(),
	).Map(func(v []any) synth.Config {
		precincts := v[1].(int)
		okrugs := min(v[4].(int), precincts)
		return synth.Config{
			Seed: v[0].(uint64), Precincts: precincts, Abroad: v[2].(int),
			Regions: min(v[3].(int), okrugs), Okrugs: okrugs,
			Lists: v[5].(int), CandidatesPerList: v[6].(int), OkrugCandidates: v[7].(int),
			TurnoutMin: 20, TurnoutMax: 60, Preferences: true, MachineProtocols: v[8].(bool),
		}
	})
}

func genWorld(changes bool) gopter.Gen {
	ch := gen.Const([]int(nil))
	if changes {
		ch = gen.SliceOfN(3, gen.IntRange(0, len(ruleChanges)-1))
	}
	return gopter.CombineGens(genConfig(), ch, gen.UInt64()).Map(func(v []any) world {
		return world{Config: v[0].(synth.Config), Changes: v[1].([]int), Perm: v[2].(uint64)}
	})
}

// count generates the world's election, counts it under the world's rules
// and checks every law of fuzz.Check.
func count(w world) (*election.Election, *shailoo.Result, error) {
	e, err := w.election()
	if err != nil {
		return nil, nil, err
	}
	r, err := w.rules()
	if err != nil {
		return nil, nil, err
	}
	res, err := shailoo.Count(e, r)
	if err != nil {
		return nil, nil, err
	}
	if err := fuzz.Check(e, res); err != nil {
		return nil, nil, err
	}
	return e, res, nil
}

func TestPropertySeatsAddUp(t *testing.T) {
	p := newProps(t, 150)
	p.Property("list seats add up to the house, or fewer with a note or a tie; every law of fuzz.Check holds", prop.ForAll(
		func(w world) (bool, error) {
			_, res, err := count(w)
			if err != nil {
				return false, err
			}
			won := 0
			for _, l := range res.Lists {
				won += l.Seats
			}
			house := res.Rules.Seats.List
			if won > house || won < house && len(res.Notes) == 0 && len(res.Ties) == 0 {
				return false, fmt.Errorf("%d seats of %d, notes %q, ties %v", won, house, res.Notes, res.Ties)
			}
			if res.Seats.List < won && len(res.Notes) == 0 && len(res.Ties) == 0 {
				return false, fmt.Errorf("%d deputies for %d seats, no note", res.Seats.List, won)
			}
			return true, nil
		}, genWorld(true)))
	p.TestingRun(t)
}

func TestPropertyConsistentIsClean(t *testing.T) {
	p := newProps(t, 100)
	p.Property("a consistent synthetic election gives no error finding under any preset", prop.ForAll(
		func(w world) (bool, error) {
			e, err := w.election()
			if err != nil {
				return false, err
			}
			if err := synth.Check(e); err != nil {
				return false, fmt.Errorf("synth made an inconsistent election: %w", err)
			}
			for _, id := range shailoo.Presets() {
				r, err := shailoo.Preset(id)
				if err != nil {
					return false, err
				}
				res, err := shailoo.Count(e, r)
				if err != nil {
					return false, fmt.Errorf("%s: %w", id, err)
				}
				if n := res.Findings.Errors(); n > 0 {
					return false, fmt.Errorf("%s: %d error findings, first %+v", id, n, res.Findings.Findings[0])
				}
			}
			return true, nil
		}, genWorld(false)))
	p.TestingRun(t)
}

// shuffled returns a copy of e with its protocols, precincts, parties,
// regions and okrugs, and the candidates of every list and okrug, in
// another order. Positions (list places, registration order) and ballot
// numbers are kept: they, not the order of the slices, carry the law's
// orders.
func shuffled(e *election.Election, seed uint64) *election.Election {
	r := rand.New(rand.NewPCG(seed, 7))
	var c election.Election
	b, _ := json.Marshal(e)
	_ = json.Unmarshal(b, &c)
	shuffle := func(n int, swap func(i, j int)) { r.Shuffle(n, swap) }
	shuffle(len(c.Protocols), func(i, j int) { c.Protocols[i], c.Protocols[j] = c.Protocols[j], c.Protocols[i] })
	shuffle(len(c.Precincts), func(i, j int) { c.Precincts[i], c.Precincts[j] = c.Precincts[j], c.Precincts[i] })
	shuffle(len(c.Parties), func(i, j int) { c.Parties[i], c.Parties[j] = c.Parties[j], c.Parties[i] })
	shuffle(len(c.Regions), func(i, j int) { c.Regions[i], c.Regions[j] = c.Regions[j], c.Regions[i] })
	shuffle(len(c.Okrugs), func(i, j int) { c.Okrugs[i], c.Okrugs[j] = c.Okrugs[j], c.Okrugs[i] })
	for k := range c.Parties {
		cs := c.Parties[k].Candidates
		shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	}
	for k := range c.Okrugs {
		cs := c.Okrugs[k].Candidates
		shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	}
	return &c
}

// outcome is what a count decides, independent of the order of the input.
type outcome struct {
	Lists    map[string]shailoo.List
	Okrugs   map[string]shailoo.Okrug
	Totals   shailoo.Totals
	Seats    shailoo.SeatTally
	Ties     []shailoo.Tie
	Notes    []string
	Findings json.RawMessage
}

func outcomeOf(res *shailoo.Result) (outcome, error) {
	o := outcome{Lists: map[string]shailoo.List{}, Okrugs: map[string]shailoo.Okrug{},
		Totals: res.Totals, Seats: res.Seats, Ties: res.Ties, Notes: slices.Sorted(slices.Values(res.Notes))}
	for _, l := range res.Lists {
		if l.Regional != nil { // regions come in definition order
			rv := *l.Regional
			rv.Regions = slices.Clone(rv.Regions)
			slices.SortFunc(rv.Regions, func(a, b threshold.Verdict) int { return strings.Compare(a.Scope, b.Scope) })
			rv.NotEvaluated = slices.Sorted(slices.Values(rv.NotEvaluated))
			l.Regional = &rv
		}
		o.Lists[l.ID] = l
	}
	for _, ok := range res.Okrugs {
		ok.Steps = nil // the transcript lists candidates in input order where votes tie
		o.Okrugs[ok.Okrug] = ok
	}
	var err error
	o.Findings, err = json.Marshal(res.Findings)
	return o, err
}

// jsonDiff names the first place where two JSON texts differ.
func jsonDiff(a, b []byte) string {
	var va, vb any
	_ = json.Unmarshal(a, &va)
	_ = json.Unmarshal(b, &vb)
	var walk func(path string, x, y any) string
	walk = func(path string, x, y any) string {
		mx, okx := x.(map[string]any)
		my, oky := y.(map[string]any)
		if okx && oky {
			for _, k := range slices.Sorted(maps.Keys(mx)) {
				if d := walk(path+"."+k, mx[k], my[k]); d != "" {
					return d
				}
			}
			for k := range my {
				if _, ok := mx[k]; !ok {
					return path + "." + k + ": only in the second"
				}
			}
			return ""
		}
		sx, okx := x.([]any)
		sy, oky := y.([]any)
		if okx && oky && len(sx) == len(sy) {
			for i := range sx {
				if d := walk(path+"["+strconv.Itoa(i)+"]", sx[i], sy[i]); d != "" {
					return d
				}
			}
			return ""
		}
		bx, _ := json.Marshal(x)
		by, _ := json.Marshal(y)
		if !bytes.Equal(bx, by) {
			return fmt.Sprintf("%s: %s != %s", path, bx, by)
		}
		return ""
	}
	return walk("", va, vb)
}

func TestPropertyOrderChangesNothing(t *testing.T) {
	p := newProps(t, 100)
	p.Property("permuting protocols, precincts, parties, regions, okrugs and candidates changes no seat and no finding", prop.ForAll(
		func(w world) (bool, error) {
			e, res, err := count(w)
			if err != nil {
				return false, err
			}
			r, _ := w.rules()
			res2, err := shailoo.Count(shuffled(e, w.Perm), r)
			if err != nil {
				return false, err
			}
			a, err := outcomeOf(res)
			if err != nil {
				return false, err
			}
			b, err := outcomeOf(res2)
			if err != nil {
				return false, err
			}
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if !bytes.Equal(ja, jb) {
				return false, fmt.Errorf("outcomes differ: %s", jsonDiff(ja, jb))
			}
			return true, nil
		}, genWorld(false)))
	p.TestingRun(t)
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	p := newProps(t, 100)
	roundTrip := func(v, into any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, into); err != nil {
			return err
		}
		b2, err := json.Marshal(into)
		if err != nil {
			return err
		}
		if !bytes.Equal(b, b2) {
			return fmt.Errorf("round trip changed\n%s\ninto\n%s", b, b2)
		}
		return nil
	}
	for _, id := range shailoo.Presets() {
		r, err := shailoo.Preset(id)
		if err != nil {
			t.Fatal(err)
		}
		var back shailoo.Rules
		if err := roundTrip(r, &back); err != nil {
			t.Errorf("preset %s: %v", id, err)
		}
	}
	p.Property("Rules with any Set changes: marshal, unmarshal (and ReadRules), marshal is byte-identical", prop.ForAll(
		func(w world) (bool, error) {
			r, err := w.rules()
			if err != nil {
				return false, err
			}
			var back shailoo.Rules
			if err := roundTrip(r, &back); err != nil {
				return false, err
			}
			b, _ := json.Marshal(r)
			read, err := shailoo.ReadRules(bytes.NewReader(b), "rules.json")
			if err != nil {
				return false, err
			}
			b2, _ := json.Marshal(read)
			if !bytes.Equal(b, b2) {
				return false, fmt.Errorf("ReadRules changed\n%s\ninto\n%s", b, b2)
			}
			return true, nil
		}, genWorld(true)))
	p.Property("Result: marshal, unmarshal, marshal is byte-identical", prop.ForAll(
		func(w world) (bool, error) {
			_, res, err := count(w)
			if err != nil {
				return false, err
			}
			var back shailoo.Result
			return true, roundTrip(res, &back)
		}, genWorld(true)))
	p.TestingRun(t)
}

func TestPropertyDeterministic(t *testing.T) {
	p := newProps(t, 100)
	p.Property("the same inputs give byte-identical Result and transcript JSON", prop.ForAll(
		func(w world) (bool, error) {
			_, res, err := count(w)
			if err != nil {
				return false, err
			}
			_, res2, err := count(w) // a fresh election from the same config
			if err != nil {
				return false, err
			}
			for _, pair := range [][2]any{{res, res2}, {res.Transcript(), res2.Transcript()}} {
				a, err := json.Marshal(pair[0])
				if err != nil {
					return false, err
				}
				b, err := json.Marshal(pair[1])
				if err != nil {
					return false, err
				}
				if !bytes.Equal(a, b) {
					return false, fmt.Errorf("two counts differ")
				}
			}
			return true, nil
		}, genWorld(true)))
	p.TestingRun(t)
}

// againstAllAhead moves votes from the candidates to "against all" on the
// manual okrug protocols of some okrugs (a share drawn per okrug), keeping
// every protocol consistent: valid ballots stay the sum of the votes.
// Machine protocols are dropped, since they would no longer match.
func againstAllAhead(e *election.Election, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 11))
	okrugOf := map[string]string{}
	for _, p := range e.Precincts {
		okrugOf[p.ID] = p.Okrug
	}
	share := map[string]int64{} // percent of each candidate's votes moved
	for _, o := range e.Okrugs {
		share[o.ID] = []int64{0, 0, 30, 50, 70, 90, 100}[r.IntN(7)]
	}
	kept := e.Protocols[:0]
	for _, p := range e.Protocols {
		if p.Machine {
			continue
		}
		if p.Ballot == election.OkrugBallot {
			s := share[okrugOf[p.Precinct]]
			for _, id := range slices.Sorted(maps.Keys(p.Votes)) {
				if id == election.AgainstAll {
					continue
				}
				moved := p.Votes[id] * s / 100
				p.Votes[id] -= moved
				p.Votes[election.AgainstAll] += moved
			}
		}
		kept = append(kept, p)
	}
	e.Protocols = kept
}

func TestPropertyRepeatElection(t *testing.T) {
	p := newProps(t, 100)
	outcomes := map[seats.Outcome]int{} // the property must see both sides
	p.Property(`an okrug repeats exactly when "against all" has more votes than the leader (summed from the protocols)`, prop.ForAll(
		func(w world, ignored bool) (bool, error) {
			e, err := w.election()
			if err != nil {
				return false, err
			}
			againstAllAhead(e, w.Perm)
			r := shailoo.KG2021()
			if ignored {
				r.Okrug.AgainstAll = seats.AgainstAllIgnored
			}
			res, err := shailoo.Count(e, r)
			if err != nil {
				return false, err
			}
			if err := fuzz.Check(e, res); err != nil {
				return false, err
			}
			if n := res.Findings.Errors(); n > 0 {
				return false, fmt.Errorf("the edit broke the protocols: %+v", res.Findings.Findings[0])
			}
			// The votes of each okrug, summed here from the protocols.
			okrugOf := map[string]string{}
			for _, pr := range e.Precincts {
				okrugOf[pr.ID] = pr.Okrug
			}
			votes := map[string]map[string]int64{}
			for _, pr := range e.Protocols {
				if pr.Ballot != election.OkrugBallot || pr.Machine {
					continue
				}
				o := okrugOf[pr.Precinct]
				if votes[o] == nil {
					votes[o] = map[string]int64{}
				}
				for id, n := range pr.Votes {
					votes[o][id] += n
				}
			}
			for _, o := range res.Okrugs {
				var leader int64
				for id, n := range votes[o.Okrug] {
					if id != election.AgainstAll {
						leader = max(leader, n)
					}
				}
				against := votes[o.Okrug][election.AgainstAll]
				repeat := !ignored && against > leader
				outcomes[o.Outcome]++
				if repeat != (o.Outcome == seats.OutcomeRepeat) || o.AgainstAll != against || o.LeaderVotes != leader {
					return false, fmt.Errorf("okrug %s: against all %d, leader %d, ignored %v: outcome %s (result says %d, %d)",
						o.Okrug, against, leader, ignored, o.Outcome, o.AgainstAll, o.LeaderVotes)
				}
			}
			return true, nil
		}, genWorld(false), gen.Bool()))
	p.TestingRun(t)
	if outcomes[seats.OutcomeRepeat] == 0 || outcomes[seats.OutcomeElected] == 0 {
		t.Errorf("the elections drawn never reach both outcomes: %v", outcomes)
	}
}

func TestPropertyWomenQuota(t *testing.T) {
	p := newProps(t, 100)
	byQuota := 0 // women seated by the quota over men with more preference votes
	p.Property("women seated >= WomenRequired whenever the list has that many women, even when women have no preference votes", prop.ForAll(
		func(w world, quota int, rounding int, noWomenPrefs bool) (bool, error) {
			e, err := w.election()
			if err != nil {
				return false, err
			}
			women := map[string]bool{}
			for _, pt := range e.Parties {
				for _, c := range pt.Candidates {
					women[c.ID] = c.Sex == election.Female
				}
			}
			if noWomenPrefs {
				for _, pr := range e.Protocols {
					for id := range pr.Preferences {
						if women[id] {
							pr.Preferences[id] = 0
						}
					}
				}
			}
			r := shailoo.KG2021()
			r.Seats.List = 20
			r.List.Cap = 0
			r.List.WomenQuota = decimal.NewFromInt(int64(quota))
			r.List.WomenQuotaRounding = []seats.Rounding{seats.RoundHalfUp, seats.RoundUp, seats.RoundDown}[rounding]
			res, err := shailoo.Count(e, r)
			if err != nil {
				return false, err
			}
			if err := fuzz.Check(e, res); err != nil {
				return false, err
			}
			for i, l := range res.Lists {
				if l.Seats == 0 {
					continue
				}
				want := seats.WomenRequired(l.Seats, seats.ListRule{Lists: r.List.Lists, WomenQuota: r.List.WomenQuota, Rounding: r.List.WomenQuotaRounding, Tie: r.List.PreferenceTie})
				if l.WomenRequired != want {
					return false, fmt.Errorf("%s: WomenRequired %d, want %d", l.ID, l.WomenRequired, want)
				}
				stood, seated := 0, 0
				for _, c := range e.Parties[i].Candidates {
					if c.Sex == election.Female {
						stood++
					}
				}
				for _, d := range l.Deputies {
					if d.Sex == election.Female {
						seated++
					}
					if d.Reason == seats.ReasonWomenQuota && d.Preferences == 0 && noWomenPrefs {
						byQuota++
					}
				}
				if stood >= want && seated < want {
					return false, fmt.Errorf("%s: %d women seated of %d required, %d stood", l.ID, seated, want, stood)
				}
			}
			return true, nil
		}, genWorld(false), gen.IntRange(0, 10).Map(func(n int) int { return n * 10 }), gen.IntRange(0, 2), gen.Bool()))
	p.TestingRun(t)
	if byQuota == 0 {
		t.Errorf("the elections drawn never make the quota bite")
	}
}
