// Package faults plants known faults in a clean election, so that tests
// can check that validate.Check reports exactly the faults planted: no
// more, no fewer.
//
// Inject plants one instance of every protocol relation (P1xx), cross-check
// (X2xx) and input (I602) code that can be planted in an election, each at
// its own precinct, chosen deterministically from a seed. Each planted
// fault is built to break exactly one rule: a vote moved from one party to
// an unknown one keeps valid = sum of votes; ballots moved from cancelled
// to issued keep the received balance; and so on. A fault that must touch
// two figures (a vote moved between two parties in the machine count)
// is listed once per finding it causes. A precinct that receives a fault
// in its manual count loses its machine-count protocols (a missing machine
// count is no fault), so that the fault is not also a machine-versus-manual
// difference; precincts on which validate already reports something are
// never chosen.
//
//	e := faults.Sample(60)
//	planted, err := faults.Inject(e, 1)
//	rep, _ := validate.Check(e, validate.Rules{})
//	// rep.Findings holds exactly one finding per entry of planted.
package faults

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// Injected is one planted fault: the code and the place of the finding
// validate.Check must report for it.
type Injected struct {
	Code  validate.Code  `json:"code"`
	Place validate.Place `json:"place"`
}

// ErrNotPlanted is wrapped by a *NotPlantedError.
var ErrNotPlanted = errors.New("faults: some codes could not be planted")

// NotPlantedError lists the codes Inject could not plant in an election
// (no machine-count protocols, no precinct abroad, too few precincts...).
// The faults it did plant are planted and returned all the same.
type NotPlantedError struct {
	Codes []validate.Code
}

func (e *NotPlantedError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	s := make([]string, len(e.Codes))
	for i, c := range e.Codes {
		s[i] = string(c)
	}
	return fmt.Sprintf("%v: %s", ErrNotPlanted, strings.Join(s, ", "))
}

// Unwrap returns ErrNotPlanted.
func (e *NotPlantedError) Unwrap() error { return ErrNotPlanted }

// ErrNil is returned for a nil election.
var ErrNil = errors.New("faults: nil election")

// Codes returns the codes Inject plants, in code order.
func Codes() []validate.Code {
	out := make([]validate.Code, len(plants))
	for i, p := range plants {
		out[i] = p.code
	}
	return out
}

// Inject mutates e, a clean election (one on which validate.Check reports
// no error), to plant one instance of every code of Codes(), each at its
// own precinct, chosen deterministically from seed among the precincts
// on which validate.Check reports nothing (with validate.Rules{}). It returns the findings
// validate.Check must then report, sorted as validate sorts findings.
// When some codes cannot be planted in e, the others are planted and
// returned with a *NotPlantedError.
func Inject(e *election.Election, seed int64) ([]Injected, error) {
	if e == nil {
		return nil, ErrNil
	}
	in := newInjector(e, seed)
	// Faults go only where the election is clean, so that each planted
	// fault stands out from whatever warnings the data already has.
	before, err := validate.Check(e, validate.Rules{})
	if err != nil {
		return nil, err
	}
	for _, f := range before.Findings {
		in.used[f.Place.Precinct] = true
	}
	var missed []validate.Code
	for _, p := range plants {
		if !p.plant(in) {
			missed = append(missed, p.code)
		}
	}
	in.apply()
	fs := make([]validate.Finding, len(in.out))
	for i, x := range in.out {
		fs[i] = validate.Finding{Code: x.Code, Place: x.Place}
	}
	validate.Sort(fs)
	for i, f := range fs {
		in.out[i] = Injected{Code: f.Code, Place: f.Place}
	}
	if len(missed) > 0 {
		return in.out, &NotPlantedError{Codes: missed}
	}
	return in.out, nil
}

type key struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

type injector struct {
	e    *election.Election
	rng  *rand.Rand
	used map[string]bool
	idx  map[key][]int // protocol indices by precinct, ballot, count
	defs map[string]int
	out  []Injected
	// parties whose preference check a fault relies on: a candidate put
	// on two lists would stop that check for them
	keepParty map[string]bool

	appendP  []election.Protocol
	remove   map[int]bool
	appendPr []election.Precinct
	precinct map[int]func(*election.Precinct)
}

func newInjector(e *election.Election, seed int64) *injector {
	in := &injector{e: e, rng: rand.New(rand.NewPCG(uint64(seed), 0x5ba11007)),
		used: map[string]bool{}, idx: map[key][]int{}, defs: map[string]int{},
		remove: map[int]bool{}, precinct: map[int]func(*election.Precinct){}, keepParty: map[string]bool{}}
	for i, p := range e.Protocols {
		k := key{p.Precinct, p.Ballot, p.Machine}
		in.idx[k] = append(in.idx[k], i)
	}
	for _, p := range e.Precincts {
		in.defs[p.ID]++
	}
	return in
}

// pick returns an unused precinct for which ok holds, chosen at random
// among them, and marks it used.
func (in *injector) pick(ok func(p election.Precinct) bool) (election.Precinct, bool) {
	var cands []election.Precinct
	for _, p := range in.e.Precincts {
		if in.defs[p.ID] == 1 && !in.used[p.ID] && ok(p) {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		return election.Precinct{}, false
	}
	slices.SortFunc(cands, func(a, b election.Precinct) int { return strings.Compare(a.ID, b.ID) })
	p := cands[in.rng.IntN(len(cands))]
	in.used[p.ID] = true
	return p, true
}

// proto returns the only protocol of k, or nil.
func (in *injector) proto(k key) *election.Protocol {
	if ix := in.idx[k]; len(ix) == 1 {
		return &in.e.Protocols[ix[0]]
	}
	return nil
}

func (in *injector) has(k key) bool { return len(in.idx[k]) > 0 }

// plain says whether precinct p has exactly one manual protocol of ballot
// b with every line, and at most one machine protocol of it (which the
// plant removes: see strip).
func (in *injector) plain(p election.Precinct, b election.BallotKind) bool {
	pr := in.proto(key{p.ID, b, false})
	return pr != nil && len(in.idx[key{p.ID, b, true}]) <= 1 && allLines(pr)
}

// strip removes the machine-count protocols of precinct id, so that a
// fault planted in its manual count is not also a machine-versus-manual
// difference. A missing machine count is no fault.
func (in *injector) strip(id string) {
	for _, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		for _, i := range in.idx[key{id, b, true}] {
			in.remove[i] = true
		}
	}
}

func allLines(p *election.Protocol) bool {
	for _, l := range election.AllLines() {
		if _, ok := p.Lines[l]; !ok {
			return false
		}
	}
	return true
}

// domestic says whether p is a precinct in the country with a known okrug
// and region, and an okrug protocol as well as a list protocol.
func (in *injector) domestic(p election.Precinct) bool {
	if p.Abroad || p.Okrug == "" || p.Region == "" {
		return false
	}
	_, ok := in.e.Okrug(p.Okrug)
	return ok && in.proto(key{p.ID, election.ListBallot, false}) != nil && in.proto(key{p.ID, election.OkrugBallot, false}) != nil
}

func (in *injector) plant(code validate.Code, p validate.Place) {
	in.out = append(in.out, Injected{Code: code, Place: p})
}

func protoPlace(p *election.Protocol) validate.Place {
	return validate.Place{Level: validate.LevelPrecinct, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine}
}

// apply makes the structural changes (protocols appended or removed,
// precinct definitions changed or appended) after the in-place ones.
func (in *injector) apply() {
	for i := range in.e.Precincts {
		if f, ok := in.precinct[i]; ok {
			f(&in.e.Precincts[i])
		}
	}
	in.e.Precincts = append(in.e.Precincts, in.appendPr...)
	if len(in.remove) > 0 {
		kept := in.e.Protocols[:0:0]
		for i, p := range in.e.Protocols {
			if !in.remove[i] {
				kept = append(kept, p)
			}
		}
		in.e.Protocols = kept
	}
	in.e.Protocols = append(in.e.Protocols, in.appendP...)
}

func (in *injector) precinctIndex(id string) int {
	for i, p := range in.e.Precincts {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// preferenceSlack is the votes for party on p less the preference votes
// for its candidates, or -1 when p lacks any of them.
func (in *injector) preferenceSlack(p *election.Protocol, party string) int64 {
	v, ok := p.Votes[party]
	if !ok {
		return -1
	}
	pt, ok := in.e.Party(party)
	if !ok || len(pt.Candidates) == 0 {
		return -1
	}
	for _, k := range pt.Candidates {
		x, ok := p.Preferences[k.ID]
		if !ok {
			return -1
		}
		v -= x
	}
	return v
}

// partyWith returns a party (in ballot order) whose votes on p are at
// least min and exceed its preference votes by at least slack.
func (in *injector) partyWith(p *election.Protocol, min, slack int64) (string, bool) {
	for _, pt := range in.e.Parties {
		if v, ok := p.Votes[pt.ID]; ok && v >= min && in.preferenceSlack(p, pt.ID) >= slack {
			return pt.ID, true
		}
	}
	return "", false
}

type plantFunc struct {
	code  validate.Code
	plant func(in *injector) bool
}

// withProto picks a precinct for which ok holds and whose protocol of k
// (precinct filled in) passes test, then runs f on that protocol.
func withProto(b election.BallotKind, machine bool, ok func(in *injector, p election.Precinct) bool, test func(in *injector, pr *election.Protocol) bool, f func(in *injector, pr *election.Protocol)) func(in *injector) bool {
	return func(in *injector) bool {
		p, found := in.pick(func(p election.Precinct) bool {
			if !ok(in, p) {
				return false
			}
			pr := in.proto(key{p.ID, b, machine})
			return pr != nil && test(in, pr)
		})
		if !found {
			return false
		}
		if !machine {
			in.strip(p.ID)
		}
		f(in, in.proto(key{p.ID, b, machine}))
		return true
	}
}

func anyProto(*injector, *election.Protocol) bool { return true }

// plainDomestic: a precinct in the country whose manual protocols of both
// ballots are the only ones (no machine count).
func plainDomestic(in *injector, p election.Precinct) bool {
	return in.domestic(p) && in.plain(p, election.ListBallot) && in.plain(p, election.OkrugBallot)
}

func plainAbroad(in *injector, p election.Precinct) bool {
	return p.Abroad && in.plain(p, election.ListBallot) && !in.has(key{p.ID, election.OkrugBallot, false})
}

// withMachine: a precinct whose list ballot has one manual and one machine
// protocol with every line.
func withMachine(in *injector, p election.Precinct) bool {
	m, h := in.proto(key{p.ID, election.ListBallot, true}), in.proto(key{p.ID, election.ListBallot, false})
	return m != nil && h != nil && allLines(m) && allLines(h)
}

var plants = []plantFunc{
	{validate.ReceivedBalance, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.Received]++
		q := protoPlace(pr)
		q.Line = string(election.Received)
		in.plant(validate.ReceivedBalance, q)
	})},
	{validate.FoundBalance, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.Invalid]++
		in.plant(validate.FoundBalance, protoPlace(pr))
	})},
	{validate.ValidBalance, withProto(election.ListBallot, false, plainDomestic, hasParty, func(in *injector, pr *election.Protocol) {
		party, _ := in.partyWith(pr, 0, 0)
		pr.Votes[party]++
		q := protoPlace(pr)
		q.Line = string(election.Valid)
		in.plant(validate.ValidBalance, q)
	})},
	{validate.IssuedOverVoters, withProto(election.ListBallot, false, plainDomestic, func(_ *injector, pr *election.Protocol) bool { return pr.Issued() > 0 }, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.Voters] = pr.Issued() - 1
		in.plant(validate.IssuedOverVoters, protoPlace(pr))
	})},
	{validate.FoundOverIssued, withProto(election.ListBallot, false, plainAbroad, anyProto, func(in *injector, pr *election.Protocol) {
		d := pr.Issued() - pr.Found() + 1
		pr.Lines[election.FoundStationary] += d
		pr.Lines[election.Invalid] += d
		in.plant(validate.FoundOverIssued, protoPlace(pr))
	})},
	{validate.Negative, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.Cancelled] += pr.Lines[election.Lost] + 1
		pr.Lines[election.Lost] = -1
		q := protoPlace(pr)
		q.Line = string(election.Lost)
		in.plant(validate.Negative, q)
	})},
	{validate.PreferencesOverVotes, withProto(election.ListBallot, false, plainDomestic, hasParty, func(in *injector, pr *election.Protocol) {
		party, _ := in.partyWith(pr, 0, 0)
		pt, _ := in.e.Party(party)
		pr.Preferences[pt.Candidates[0].ID] += in.preferenceSlack(pr, party) + 1
		in.keepParty[party] = true
		q := protoPlace(pr)
		q.Party = party
		in.plant(validate.PreferencesOverVotes, q)
	})},
	// A protocol that gives no valid ballots, a vote lost: votes = found −
	// invalid − 1 (P113); P102 and P103 lack the valid line, and the
	// votes stay under the ballots found (P111).
	{validate.VotesUnderFound, withProto(election.ListBallot, false, plainDomestic, func(in *injector, pr *election.Protocol) bool {
		_, ok := in.partyWith(pr, 1, 1)
		return ok
	}, func(in *injector, pr *election.Protocol) {
		party, _ := in.partyWith(pr, 1, 1)
		pr.Votes[party]--
		delete(pr.Lines, election.Valid)
		in.plant(validate.VotesUnderFound, protoPlace(pr))
	})},

	{validate.MachineLine, withProto(election.ListBallot, true, withMachine, anyProto, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.Voters]++
		q := protoPlace(pr)
		q.Line = string(election.Voters)
		in.plant(validate.MachineLine, q)
	})},
	{validate.MachineVotes, withProto(election.ListBallot, true, withMachine, func(in *injector, pr *election.Protocol) bool {
		_, ok := in.partyWith(pr, 1, 1)
		return ok && len(in.e.Parties) > 1
	}, func(in *injector, pr *election.Protocol) {
		from, _ := in.partyWith(pr, 1, 1)
		to := in.e.Parties[0].ID
		if to == from {
			to = in.e.Parties[1].ID
		}
		pr.Votes[from]--
		pr.Votes[to]++
		for _, ch := range []string{from, to} {
			q := protoPlace(pr)
			q.Choice = ch
			in.plant(validate.MachineVotes, q)
		}
	})},
	{validate.MachinePreferences, withProto(election.ListBallot, true, withMachine, func(in *injector, pr *election.Protocol) bool {
		_, ok := in.partyWith(pr, 1, 1)
		return ok
	}, func(in *injector, pr *election.Protocol) {
		party, _ := in.partyWith(pr, 1, 1)
		pt, _ := in.e.Party(party)
		pr.Preferences[pt.Candidates[0].ID]++
		q := protoPlace(pr)
		q.Candidate = pt.Candidates[0].ID
		in.plant(validate.MachinePreferences, q)
	})},
	{validate.ListOkrugIssued, withProto(election.OkrugBallot, false, plainDomestic, func(_ *injector, pr *election.Protocol) bool {
		return pr.Lines[election.Cancelled] > 0 && pr.Issued() < pr.Lines[election.Voters]
	}, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.IssuedInRoom]++
		pr.Lines[election.Cancelled]--
		in.plant(validate.ListOkrugIssued, protoPlace(pr))
	})},
	{validate.ListOkrugFound, withProto(election.OkrugBallot, false, plainDomestic, func(_ *injector, pr *election.Protocol) bool {
		return pr.Found() < pr.Issued()
	}, func(in *injector, pr *election.Protocol) {
		pr.Lines[election.FoundStationary]++
		pr.Lines[election.Invalid]++
		in.plant(validate.ListOkrugFound, protoPlace(pr))
	})},
	{validate.DuplicatePrecinct, func(in *injector) bool {
		p, ok := in.pick(func(p election.Precinct) bool { return plainDomestic(in, p) })
		if !ok {
			return false
		}
		in.strip(p.ID)
		in.appendPr = append(in.appendPr, p)
		in.plant(validate.DuplicatePrecinct, validate.Place{Level: validate.LevelPrecinct, Precinct: p.ID})
		return true
	}},
	{validate.DuplicateProtocol, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		in.appendP = append(in.appendP, Clone(*pr))
		in.plant(validate.DuplicateProtocol, protoPlace(pr))
	})},
	{validate.UnknownPrecinct, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		c := Clone(*pr)
		c.Precinct = in.unusedChoice("unknown-" + pr.Precinct)
		in.appendP = append(in.appendP, c)
		in.plant(validate.UnknownPrecinct, protoPlace(&c))
	})},
	{validate.UnknownParty, withProto(election.ListBallot, false, plainDomestic, func(in *injector, pr *election.Protocol) bool {
		_, ok := in.partyWith(pr, 1, 1)
		return ok
	}, func(in *injector, pr *election.Protocol) {
		from, _ := in.partyWith(pr, 1, 1)
		ghost := in.unusedChoice("no-such-party")
		pr.Votes[from]--
		pr.Votes[ghost] = 1
		q := protoPlace(pr)
		q.Choice = ghost
		in.plant(validate.UnknownParty, q)
	})},
	{validate.UnknownCandidate, withProto(election.OkrugBallot, false, plainDomestic, func(in *injector, pr *election.Protocol) bool {
		_, _, ok := in.okrugMove(pr)
		return ok
	}, func(in *injector, pr *election.Protocol) {
		from, to, _ := in.okrugMove(pr)
		pr.Votes[from]--
		pr.Votes[to]++
		q := protoPlace(pr)
		q.Choice = to
		q.Okrug = in.okrugOf(pr.Precinct)
		in.plant(validate.UnknownCandidate, q)
	})},
	{validate.UnknownPreference, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		ghost := in.unusedChoice("no-such-candidate")
		if pr.Preferences == nil {
			pr.Preferences = map[string]int64{}
		}
		pr.Preferences[ghost] = 1
		q := protoPlace(pr)
		q.Candidate = ghost
		in.plant(validate.UnknownPreference, q)
	})},
	{validate.UnknownOkrug, func(in *injector) bool {
		return in.redefine(validate.UnknownOkrug, func(p *election.Precinct, q *validate.Place) {
			p.Okrug = in.unusedChoice("no-such-okrug")
			q.Okrug = p.Okrug
		})
	}},
	{validate.UnknownRegion, func(in *injector) bool {
		return in.redefine(validate.UnknownRegion, func(p *election.Precinct, q *validate.Place) {
			p.Region = in.unusedChoice("no-such-region")
			q.Region = p.Region
		})
	}},
	{validate.OkrugAbroad, func(in *injector) bool {
		var tmpl *election.Protocol
		for i := range in.e.Protocols {
			if p := &in.e.Protocols[i]; p.Ballot == election.OkrugBallot && !p.Machine && !in.used[p.Precinct] {
				tmpl = p
				break
			}
		}
		if tmpl == nil {
			return false
		}
		p, ok := in.pick(func(p election.Precinct) bool { return plainAbroad(in, p) })
		if !ok {
			return false
		}
		in.strip(p.ID)
		c := Clone(*tmpl)
		c.Precinct = p.ID
		in.appendP = append(in.appendP, c)
		in.plant(validate.OkrugAbroad, protoPlace(&c))
		return true
	}},
	{validate.MissingListProtocol, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		in.remove[in.idx[key{pr.Precinct, election.ListBallot, false}][0]] = true
		in.plant(validate.MissingListProtocol, validate.Place{Level: validate.LevelPrecinct, Precinct: pr.Precinct, Ballot: election.ListBallot})
	})},
	{validate.MissingOkrugProtocol, withProto(election.OkrugBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		in.remove[in.idx[key{pr.Precinct, election.OkrugBallot, false}][0]] = true
		in.plant(validate.MissingOkrugProtocol, validate.Place{Level: validate.LevelPrecinct, Precinct: pr.Precinct, Ballot: election.OkrugBallot})
	})},
	{validate.NoOkrug, func(in *injector) bool {
		return in.redefine(validate.NoOkrug, func(p *election.Precinct, _ *validate.Place) { p.Okrug = "" })
	}},
	{validate.NoRegion, func(in *injector) bool {
		return in.redefine(validate.NoRegion, func(p *election.Precinct, _ *validate.Place) { p.Region = "" })
	}},
	{validate.DuplicateParty, func(in *injector) bool {
		if len(in.e.Parties) == 0 {
			return false
		}
		p := in.e.Parties[in.rng.IntN(len(in.e.Parties))]
		in.e.Parties = append(in.e.Parties, election.Party{ID: p.ID, Name: p.Name})
		in.plant(validate.DuplicateParty, validate.Place{Level: validate.LevelList, Party: p.ID})
		return true
	}},
	{validate.DuplicateOkrug, func(in *injector) bool {
		if len(in.e.Okrugs) == 0 {
			return false
		}
		o := in.e.Okrugs[in.rng.IntN(len(in.e.Okrugs))]
		in.e.Okrugs = append(in.e.Okrugs, election.Okrug{ID: o.ID, Name: o.Name, Region: o.Region})
		in.plant(validate.DuplicateOkrug, validate.Place{Level: validate.LevelOkrug, Okrug: o.ID})
		return true
	}},
	{validate.DuplicateRegion, func(in *injector) bool {
		if len(in.e.Regions) == 0 {
			return false
		}
		r := in.e.Regions[in.rng.IntN(len(in.e.Regions))]
		in.e.Regions = append(in.e.Regions, r)
		in.plant(validate.DuplicateRegion, validate.Place{Level: validate.LevelRegion, Region: r.ID})
		return true
	}},
	{validate.DuplicateListCandidate, func(in *injector) bool {
		var from, to = -1, -1
		for i, p := range in.e.Parties {
			switch {
			case in.keepParty[p.ID]:
			case len(p.Candidates) > 0 && from < 0:
				from = i
			case to < 0 && from >= 0 && p.ID != in.e.Parties[from].ID:
				to = i
			}
		}
		if from < 0 || to < 0 {
			return false
		}
		k := in.e.Parties[from].Candidates[0]
		k.Position = len(in.e.Parties[to].Candidates) + 1
		// The copy must not break the receiving list's composition rules
		// (a finding of its own): under 35, of another ethnicity and of
		// the sex fewer candidates of that list have only raise shares the
		// rules bound from below and lower the one bound from above.
		yes := true
		k.Under35, k.Minority = &yes, &yes
		women := 0
		for _, c := range in.e.Parties[to].Candidates {
			if c.Sex == election.Female {
				women++
			}
		}
		k.Sex = election.Female
		if 2*women > len(in.e.Parties[to].Candidates) {
			k.Sex = election.Male
		}
		in.e.Parties[to].Candidates = append(in.e.Parties[to].Candidates, k)
		in.plant(validate.DuplicateListCandidate, validate.Place{Level: validate.LevelList, Candidate: k.ID})
		return true
	}},
	{validate.DuplicateOkrugCandidate, func(in *injector) bool {
		for i, o := range in.e.Okrugs {
			if len(o.Candidates) > 0 {
				k := o.Candidates[0]
				in.e.Okrugs[i].Candidates = append(in.e.Okrugs[i].Candidates, k)
				in.plant(validate.DuplicateOkrugCandidate, validate.Place{Level: validate.LevelOkrug, Okrug: o.ID, Candidate: k.ID})
				return true
			}
		}
		return false
	}},
	{validate.ReservedID, func(in *injector) bool {
		if _, ok := in.e.Party(election.AgainstAll); ok {
			return false
		}
		in.e.Parties = append(in.e.Parties, election.Party{ID: election.AgainstAll, Name: "Against all, as a party"})
		in.plant(validate.ReservedID, validate.Place{Level: validate.LevelList, Party: election.AgainstAll})
		return true
	}},
	{validate.OkrugUnknownRegion, func(in *injector) bool {
		o := election.Okrug{ID: in.unusedChoice("okrug-in-no-region"), Name: "Okrug in no region", Region: in.unusedChoice("no-such-region")}
		in.e.Okrugs = append(in.e.Okrugs, o)
		in.plant(validate.OkrugUnknownRegion, validate.Place{Level: validate.LevelOkrug, Okrug: o.ID, Region: o.Region})
		return true
	}},
	{validate.OkrugPreferences, withProto(election.OkrugBallot, false, plainDomestic, func(_ *injector, pr *election.Protocol) bool {
		return len(pr.Preferences) == 0
	}, func(in *injector, pr *election.Protocol) {
		cand := in.unusedChoice("okrug-preference")
		pr.Preferences = map[string]int64{cand: 1}
		q := protoPlace(pr)
		q.Candidate = cand
		in.plant(validate.OkrugPreferences, q)
	})},
	{validate.UnknownBallot, withProto(election.ListBallot, false, plainDomestic, anyProto, func(in *injector, pr *election.Protocol) {
		c := Clone(*pr)
		c.Ballot = "senate"
		in.appendP = append(in.appendP, c)
		in.plant(validate.UnknownBallot, protoPlace(&c))
	})},
}

func hasParty(in *injector, pr *election.Protocol) bool {
	_, ok := in.partyWith(pr, 0, 0)
	return ok
}

// redefine picks a plain precinct in the country and changes its
// definition with f, which may fill the place of the finding further.
func (in *injector) redefine(code validate.Code, f func(*election.Precinct, *validate.Place)) bool {
	p, ok := in.pick(func(p election.Precinct) bool { return plainDomestic(in, p) })
	if !ok {
		return false
	}
	in.strip(p.ID)
	i := in.precinctIndex(p.ID)
	q := validate.Place{Level: validate.LevelPrecinct, Precinct: p.ID}
	c := in.e.Precincts[i]
	f(&c, &q)
	in.precinct[i] = func(d *election.Precinct) { *d = c }
	in.plant(code, q)
	return true
}

func (in *injector) okrugOf(precinct string) string {
	for _, p := range in.e.Precincts {
		if p.ID == precinct {
			return p.Okrug
		}
	}
	return ""
}

// okrugMove finds a candidate of the precinct's okrug with a vote and a
// candidate of another okrug, for a vote moved from one to the other.
func (in *injector) okrugMove(pr *election.Protocol) (from, to string, ok bool) {
	own := in.okrugOf(pr.Precinct)
	o, found := in.e.Okrug(own)
	if !found {
		return "", "", false
	}
	for _, k := range o.Candidates {
		if pr.Votes[k.ID] > 0 {
			from = k.ID
			break
		}
	}
	for _, other := range in.e.Okrugs {
		if other.ID == own {
			continue
		}
		for _, k := range other.Candidates {
			if !slices.ContainsFunc(o.Candidates, func(c election.Candidate) bool { return c.ID == k.ID }) {
				if _, on := pr.Votes[k.ID]; !on {
					to = k.ID
					break
				}
			}
		}
		if to != "" {
			break
		}
	}
	return from, to, from != "" && to != ""
}

// unusedChoice returns an ID, starting with base, that no precinct, party,
// okrug, region or candidate uses, nor any fault planted so far.
func (in *injector) unusedChoice(base string) string {
	taken := map[string]bool{election.AgainstAll: true}
	for _, p := range in.e.Precincts {
		taken[p.ID], taken[p.Okrug], taken[p.Region] = true, true, true
	}
	for _, p := range in.e.Parties {
		taken[p.ID] = true
		for _, k := range p.Candidates {
			taken[k.ID] = true
		}
	}
	for _, o := range in.e.Okrugs {
		taken[o.ID] = true
		for _, k := range o.Candidates {
			taken[k.ID] = true
		}
	}
	for _, r := range in.e.Regions {
		taken[r.ID] = true
	}
	for _, p := range in.appendPr {
		taken[p.ID] = true
	}
	for _, p := range in.appendP {
		taken[p.Precinct] = true
	}
	for _, x := range in.out {
		taken[x.Place.Choice], taken[x.Place.Candidate], taken[x.Place.Okrug], taken[x.Place.Region] = true, true, true, true
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// UnknownPartyVotes says whether p is a list protocol with votes for a
// choice that is no party of e (what a planted validate.UnknownParty
// leaves). Writers of planted elections keep such a protocol in the
// election JSON: in a CSV file it would be a column the mapping maps and
// the definition lacks, which reading refuses (ingest.CheckChoices).
func UnknownPartyVotes(e *election.Election, p election.Protocol) bool {
	if p.Ballot != election.ListBallot {
		return false
	}
	for id := range p.Votes {
		if _, ok := e.Party(id); !ok && id != election.AgainstAll {
			return true
		}
	}
	return false
}
