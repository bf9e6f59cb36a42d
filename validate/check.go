package validate

import (
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// Rules says which protocol control relations are in force and which
// lines the protocol form has. It is part of a rule set and its zero value
// works: every relation in force, every line of election.Lines on the form.
type Rules struct {
	// Relations in force (codes from Relations()); nil or empty means all.
	Relations []Code `json:"relations,omitempty"`
	// Lines on the protocol form; nil means all of election.Lines. An empty
	// non-nil list means a form without lines: no relation that needs a
	// line can be evaluated.
	Lines []election.Line `json:"lines"`
}

// ErrRules is wrapped by the error Rules.Validate returns.
var ErrRules = errors.New("validate: invalid rules")

// ErrNilElection is returned by Check for a nil election.
var ErrNilElection = errors.New("validate: nil election")

// Validate reports a relation code that is not a protocol relation, or an
// empty line name, wrapping ErrRules.
func (r Rules) Validate() error {
	for _, c := range r.Relations {
		if !slices.Contains(Relations(), c) {
			return fmt.Errorf("%w: relations: %q is not a protocol relation (known: %s)", ErrRules, c, joinCodes(Relations()))
		}
	}
	for i, l := range r.Lines {
		if l == "" {
			return fmt.Errorf("%w: lines[%d]: empty line name", ErrRules, i)
		}
	}
	return nil
}

func joinCodes(cs []Code) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// InForce says whether relation c is in force under r.
func (r Rules) InForce(c Code) bool {
	if len(r.Relations) == 0 {
		return slices.Contains(Relations(), c)
	}
	return slices.Contains(r.Relations, c)
}

// OnForm says whether line l is on the protocol form under r.
func (r Rules) OnForm(l election.Line) bool {
	if r.Lines == nil {
		return slices.Contains(election.Lines, l)
	}
	return slices.Contains(r.Lines, l)
}

// The lines each relation binds.
var (
	issuedLines   = []election.Line{election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly}
	foundLines    = []election.Line{election.FoundMobile, election.FoundStationary}
	relationLines = map[Code][]election.Line{
		ReceivedBalance:  {election.Received, election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly, election.Cancelled, election.Lost, election.Unaccounted},
		FoundBalance:     {election.FoundMobile, election.FoundStationary, election.Invalid, election.Valid},
		ValidBalance:     {election.Valid},
		IssuedOverVoters: {election.Voters, election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly},
		FoundOverIssued:  {election.FoundMobile, election.FoundStationary, election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly},
	}
)

// Check checks the protocols of e: the control relations that r puts in
// force, on every protocol, and the cross-checks (machine against manual
// count, list against okrug ballot, the definition of the election, the
// choices on each ballot, duplicates and missing protocols).
//
// A relation whose lines are not on the form, or not in a protocol, is not
// evaluated for it and is listed in Report.NotEvaluated, never passed. The
// error return means that nothing could be checked: a nil election or an
// invalid r.
func Check(e *election.Election, r Rules) (Report, error) {
	if e == nil {
		return Report{}, ErrNilElection
	}
	if err := r.Validate(); err != nil {
		return Report{}, err
	}
	c := newChecker(e, r)
	c.definitions()
	c.protocols()
	c.rep.NotEvaluated = c.ne.list()
	c.rep.sort()
	return c.rep, nil
}

// notEvaluated groups not-evaluated entries by code and reason.
type notEvaluated struct {
	m map[[2]string]*NotEvaluated
}

func (n *notEvaluated) add(c Code, reason string, p *Place) {
	if n.m == nil {
		n.m = map[[2]string]*NotEvaluated{}
	}
	k := [2]string{string(c), reason}
	x, ok := n.m[k]
	if !ok {
		x = &NotEvaluated{Code: c, Reason: reason}
		n.m[k] = x
	}
	if p != nil {
		x.Count++
		if x.First == nil || comparePlaces(*p, *x.First) < 0 {
			q := *p
			x.First = &q
		}
	}
}

func (n *notEvaluated) list() []NotEvaluated {
	out := make([]NotEvaluated, 0, len(n.m))
	for _, x := range n.m {
		out = append(out, *x)
	}
	slices.SortFunc(out, func(a, b NotEvaluated) int {
		if c := compareCodes(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Reason, b.Reason)
	})
	return out
}

// precinctInfo is what the definitions of one precinct ID agree on.
type precinctInfo struct {
	defs        int
	abroad      bool
	abroadKnown bool // all definitions agree on abroad
	okrug       string
	okrugKnown  bool // all definitions agree on the okrug
}

type protoKey struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

type checker struct {
	e   *election.Election
	r   Rules
	rep Report
	ne  notEvaluated

	precincts  map[string]*precinctInfo
	parties    map[string]bool
	okrugs     map[string]bool
	okrugCands map[string]map[string]bool // okrug -> its candidates (union of its definitions)
	regions    map[string]bool
	listOf     map[string][]string // list candidate -> the parties listing them (one entry per place)
	partyCands map[string][]string // party -> its candidates, in list order, each once

	groups map[protoKey][]*election.Protocol
	gaps   map[string]*PrecinctGap

	partyIDs    []string            // each party ID once, in ballot order
	okrugChoice map[string][]string // okrug -> its candidate IDs, each once
}

func newChecker(e *election.Election, r Rules) *checker {
	c := &checker{e: e, r: r,
		precincts: map[string]*precinctInfo{}, parties: map[string]bool{}, okrugs: map[string]bool{},
		okrugCands: map[string]map[string]bool{}, regions: map[string]bool{},
		listOf: map[string][]string{}, partyCands: map[string][]string{},
		groups: map[protoKey][]*election.Protocol{}, gaps: map[string]*PrecinctGap{},
	}
	for _, rg := range e.Regions {
		c.regions[rg.ID] = true
	}
	for _, o := range e.Okrugs {
		c.okrugs[o.ID] = true
		if c.okrugCands[o.ID] == nil {
			c.okrugCands[o.ID] = map[string]bool{}
		}
		for _, k := range o.Candidates {
			c.okrugCands[o.ID][k.ID] = true
		}
	}
	c.okrugChoice = map[string][]string{}
	for _, o := range e.Okrugs {
		for _, k := range o.Candidates {
			if !slices.Contains(c.okrugChoice[o.ID], k.ID) {
				c.okrugChoice[o.ID] = append(c.okrugChoice[o.ID], k.ID)
			}
		}
	}
	for _, p := range e.Parties {
		if !c.parties[p.ID] {
			c.partyIDs = append(c.partyIDs, p.ID)
		}
		c.parties[p.ID] = true
		for _, k := range p.Candidates {
			c.listOf[k.ID] = append(c.listOf[k.ID], p.ID)
			if !slices.Contains(c.partyCands[p.ID], k.ID) {
				c.partyCands[p.ID] = append(c.partyCands[p.ID], k.ID)
			}
		}
	}
	for _, p := range e.Precincts {
		x, ok := c.precincts[p.ID]
		if !ok {
			c.precincts[p.ID] = &precinctInfo{defs: 1, abroad: p.Abroad, abroadKnown: true, okrug: p.Okrug, okrugKnown: true}
			continue
		}
		x.defs++
		if x.abroad != p.Abroad {
			x.abroadKnown = false
		}
		if x.okrug != p.Okrug {
			x.okrugKnown = false
		}
	}
	return c
}

func (c *checker) add(f Finding) { c.rep.Findings = append(c.rep.Findings, f) }

// duplicates reports each ID of ids that occurs more than once.
func (c *checker) duplicates(code Code, ids []string, place func(id string) Place) {
	n := map[string]int{}
	for _, id := range ids {
		n[id]++
	}
	for id, k := range n {
		if k > 1 {
			c.add(newFinding(code, place(id), "1", strconv.Itoa(k), int64(k-1), nil))
		}
	}
}

// definitions checks the definition of the election: duplicate IDs,
// unknown okrugs and regions, the reserved ID of against all.
func (c *checker) definitions() {
	e := c.e
	var ids []string
	for _, p := range e.Precincts {
		ids = append(ids, p.ID)
	}
	c.duplicates(DuplicatePrecinct, ids, func(id string) Place { return Place{Level: LevelPrecinct, Precinct: id} })
	ids = ids[:0]
	for _, p := range e.Parties {
		ids = append(ids, p.ID)
	}
	c.duplicates(DuplicateParty, ids, func(id string) Place { return Place{Level: LevelList, Party: id} })
	ids = ids[:0]
	for _, o := range e.Okrugs {
		ids = append(ids, o.ID)
	}
	c.duplicates(DuplicateOkrug, ids, func(id string) Place { return Place{Level: LevelOkrug, Okrug: id} })
	ids = ids[:0]
	for _, r := range e.Regions {
		ids = append(ids, r.ID)
	}
	c.duplicates(DuplicateRegion, ids, func(id string) Place { return Place{Level: LevelRegion, Region: id} })
	for id, ps := range c.listOf {
		if len(ps) > 1 {
			c.add(newFinding(DuplicateListCandidate, Place{Level: LevelList, Candidate: id}, "1", strconv.Itoa(len(ps)), int64(len(ps)-1), nil))
		}
	}
	for _, o := range e.Okrugs {
		ids = ids[:0]
		for _, k := range o.Candidates {
			ids = append(ids, k.ID)
		}
		c.duplicates(DuplicateOkrugCandidate, ids, func(id string) Place { return Place{Level: LevelOkrug, Okrug: o.ID, Candidate: id} })
		if o.Region != "" && !c.regions[o.Region] {
			c.add(newFinding(OkrugUnknownRegion, Place{Level: LevelOkrug, Okrug: o.ID, Region: o.Region}, "a defined region", o.Region, 0, nil))
		}
		for _, k := range o.Candidates {
			if k.ID == election.AgainstAll {
				c.add(newFinding(ReservedID, Place{Level: LevelOkrug, Okrug: o.ID, Candidate: k.ID}, "", k.ID, 0, nil))
			}
		}
	}
	for _, p := range e.Parties {
		if p.ID == election.AgainstAll {
			c.add(newFinding(ReservedID, Place{Level: LevelList, Party: p.ID}, "", p.ID, 0, nil))
		}
		for _, k := range p.Candidates {
			if k.ID == election.AgainstAll {
				c.add(newFinding(ReservedID, Place{Level: LevelList, Party: p.ID, Candidate: k.ID}, "", k.ID, 0, nil))
			}
		}
	}
	for _, p := range e.Precincts {
		if p.Okrug != "" && !c.okrugs[p.Okrug] {
			c.add(newFinding(UnknownOkrug, Place{Level: LevelPrecinct, Precinct: p.ID, Okrug: p.Okrug}, "a defined okrug", p.Okrug, 0, nil))
		}
		if p.Region != "" && !c.regions[p.Region] {
			c.add(newFinding(UnknownRegion, Place{Level: LevelPrecinct, Precinct: p.ID, Region: p.Region}, "a defined region", p.Region, 0, nil))
		}
		if !p.Abroad && p.Okrug == "" && len(e.Okrugs) > 0 {
			c.add(newFinding(NoOkrug, Place{Level: LevelPrecinct, Precinct: p.ID}, "an okrug", "", 0, nil))
		}
		if !p.Abroad && p.Region == "" && len(e.Regions) > 0 {
			c.add(newFinding(NoRegion, Place{Level: LevelPrecinct, Precinct: p.ID}, "a region", "", 0, nil))
		}
	}
	if len(e.Okrugs) == 0 {
		c.ne.add(NoOkrug, "the election defines no okrugs", nil)
	}
	if len(e.Regions) == 0 {
		c.ne.add(NoRegion, "the election defines no regions", nil)
	}
}

func protoPlace(p *election.Protocol) Place {
	return Place{Level: LevelPrecinct, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine}
}

// protocols checks each protocol, then the protocols against each other.
func (c *checker) protocols() {
	for _, code := range Relations() {
		if !c.r.InForce(code) {
			c.ne.add(code, "not in force in the rule set", nil)
			continue
		}
		var off []string
		for _, l := range relationLines[code] {
			if !c.r.OnForm(l) {
				off = append(off, string(l))
			}
		}
		if len(off) > 0 {
			c.ne.add(code, "not on the protocol form: "+strings.Join(off, ", "), nil)
		}
	}
	for i := range c.e.Protocols {
		p := &c.e.Protocols[i]
		if p.Ballot != election.ListBallot && p.Ballot != election.OkrugBallot {
			c.add(newFinding(UnknownBallot, protoPlace(p), "list or okrug", string(p.Ballot), 0, nil))
			continue
		}
		k := protoKey{p.Precinct, p.Ballot, p.Machine}
		c.groups[k] = append(c.groups[k], p)
		c.relations(p)
		c.choices(p)
	}
	for k, ps := range c.groups {
		if len(ps) > 1 {
			c.add(newFinding(DuplicateProtocol, Place{Level: LevelPrecinct, Precinct: k.precinct, Ballot: k.ballot, Machine: k.machine},
				"1", strconv.Itoa(len(ps)), int64(len(ps)-1), nil))
		}
	}
	c.machine()
	c.listOkrug()
	c.missing()
	for _, g := range c.gaps {
		c.rep.MachineGaps = append(c.rep.MachineGaps, *g)
	}
}

// lines returns the values of ls in p, or the names of those p lacks.
func lines(p *election.Protocol, ls ...election.Line) ([]*big.Int, []string) {
	var vs []*big.Int
	var missing []string
	for _, l := range ls {
		v, ok := p.Lines[l]
		if !ok {
			missing = append(missing, string(l))
			continue
		}
		vs = append(vs, big.NewInt(v))
	}
	return vs, missing
}

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		s.Add(s, v)
	}
	return s
}

// formOK says whether every line of code is on the form.
func (c *checker) formOK(code Code) bool {
	for _, l := range relationLines[code] {
		if !c.r.OnForm(l) {
			return false
		}
	}
	return true
}

// values returns the lines code needs from p, or nil after noting that
// the relation is not evaluated for p.
func (c *checker) values(code Code, p *election.Protocol) []*big.Int {
	if !c.r.InForce(code) || !c.formOK(code) {
		return nil
	}
	vs, missing := lines(p, relationLines[code]...)
	if len(missing) > 0 {
		pl := protoPlace(p)
		c.ne.add(code, "the protocol lacks line(s) "+strings.Join(missing, ", "), &pl)
		return nil
	}
	return vs
}

// relations checks the control relations in force on one protocol.
func (c *checker) relations(p *election.Protocol) {
	pl := protoPlace(p)
	// received = issued (in the room + outside + early) + cancelled + lost − unaccounted
	if v := c.values(ReceivedBalance, p); v != nil {
		want := sum(v[1], v[2], v[3], v[4], v[5])
		want.Sub(want, v[6])
		if v[0].Cmp(want) != 0 {
			q := pl
			q.Line = string(election.Received)
			c.add(newFinding(ReceivedBalance, q, want.String(), v[0].String(), gapOf(v[0], want), nil))
		}
	}
	// found (mobile + stationary) = invalid + valid
	if v := c.values(FoundBalance, p); v != nil {
		got, want := sum(v[0], v[1]), sum(v[2], v[3])
		if got.Cmp(want) != 0 {
			c.add(newFinding(FoundBalance, pl, want.String(), got.String(), gapOf(got, want), nil))
		}
	}
	// valid = the votes for all choices, against all included
	if v := c.values(ValidBalance, p); v != nil {
		c.validBalance(p, v[0])
	}
	// issued <= voters on the list
	if v := c.values(IssuedOverVoters, p); v != nil {
		got := sum(v[1], v[2], v[3])
		if got.Cmp(v[0]) > 0 {
			c.add(newFinding(IssuedOverVoters, pl, "<= "+v[0].String(), got.String(), gapOf(got, v[0]),
				vars{"bound": same(v[0].String())}))
		}
	}
	// found <= issued (a warning)
	if v := c.values(FoundOverIssued, p); v != nil {
		got, bound := sum(v[0], v[1]), sum(v[2], v[3], v[4])
		if got.Cmp(bound) > 0 {
			c.add(newFinding(FoundOverIssued, pl, "<= "+bound.String(), got.String(), gapOf(got, bound),
				vars{"bound": same(bound.String())}))
		}
	}
	if c.r.InForce(Negative) {
		c.negative(p)
	}
	if c.r.InForce(PreferencesOverVotes) && p.Ballot == election.ListBallot {
		c.preferences(p)
	}
}

// choicesOn returns the choices of p's ballot (without against all), or
// ok false with the reason they are not known.
func (c *checker) choicesOn(p *election.Protocol) (choices []string, okrug string, reason string) {
	if p.Ballot == election.ListBallot {
		return c.partyIDs, "", ""
	}
	info, ok := c.precincts[p.Precinct]
	switch {
	case !ok:
		return nil, "", "the precinct is not defined"
	case !info.okrugKnown:
		return nil, "", "the definitions of the precinct name different okrugs"
	case !info.abroadKnown || info.abroad:
		return nil, "", "the precinct is abroad"
	case info.okrug == "":
		return nil, "", "the precinct names no okrug"
	case !c.okrugs[info.okrug]:
		return nil, "", "the precinct's okrug is not defined"
	}
	choices = c.okrugChoice[info.okrug]
	return choices, info.okrug, ""
}

func (c *checker) validBalance(p *election.Protocol, valid *big.Int) {
	pl := protoPlace(p)
	choices, _, reason := c.choicesOn(p)
	if reason != "" {
		c.ne.add(ValidBalance, "the choices on the ballot are not known: "+reason, &pl)
		return
	}
	var missing []string
	for _, ch := range choices {
		if _, ok := p.Votes[ch]; !ok {
			missing = append(missing, ch)
		}
	}
	if _, ok := p.Votes[election.AgainstAll]; !ok {
		missing = append(missing, election.AgainstAll)
	}
	if len(missing) > 0 {
		c.ne.add(ValidBalance, "the protocol lacks the votes for some choices on the ballot", &pl)
		return
	}
	want := new(big.Int)
	for _, v := range p.Votes {
		want.Add(want, big.NewInt(v))
	}
	if valid.Cmp(want) != 0 {
		pl.Line = string(election.Valid)
		c.add(newFinding(ValidBalance, pl, want.String(), valid.String(), gapOf(valid, want), nil))
	}
}

func (c *checker) negative(p *election.Protocol) {
	for l, v := range p.Lines {
		if v < 0 {
			pl := protoPlace(p)
			pl.Line = string(l)
			c.add(newFinding(Negative, pl, ">= 0", strconv.FormatInt(v, 10), v, nil))
		}
	}
	for ch, v := range p.Votes {
		if v < 0 {
			pl := protoPlace(p)
			pl.Choice = ch
			c.add(newFinding(Negative, pl, ">= 0", strconv.FormatInt(v, 10), v, nil))
		}
	}
	for k, v := range p.Preferences {
		if v < 0 {
			pl := protoPlace(p)
			pl.Candidate = k
			c.add(newFinding(Negative, pl, ">= 0", strconv.FormatInt(v, 10), v, nil))
		}
	}
}

// preferences checks, for each list with votes on p, that the preference
// votes for its candidates do not exceed them.
func (c *checker) preferences(p *election.Protocol) {
	pl := protoPlace(p)
	if len(p.Preferences) == 0 {
		c.ne.add(PreferencesOverVotes, "the protocol gives no preference votes", &pl)
		return
	}
	for _, party := range c.partyIDs {
		q := pl
		q.Party = party
		votes, ok := p.Votes[party]
		if !ok {
			c.ne.add(PreferencesOverVotes, "the protocol lacks the votes for the list", &q)
			continue
		}
		cands := c.partyCands[party]
		if len(cands) == 0 {
			c.ne.add(PreferencesOverVotes, "the list has no candidates defined", &q)
			continue
		}
		var total int64
		var bigSum *big.Int // the sum, once it leaves the int64 range
		reason := ""
		for _, k := range cands {
			if len(c.listOf[k]) > 1 {
				reason = "a candidate of the list holds more than one list place"
				break
			}
			v, ok := p.Preferences[k]
			if !ok {
				reason = "the protocol lacks preference votes for some candidates of the list"
				break
			}
			if bigSum != nil {
				bigSum.Add(bigSum, big.NewInt(v))
			} else if t, err := exact.Add(total, v); err == nil {
				total = t
			} else {
				bigSum = new(big.Int).Add(big.NewInt(total), big.NewInt(v))
			}
		}
		if reason != "" {
			c.ne.add(PreferencesOverVotes, reason, &q)
			continue
		}
		if bigSum == nil && total <= votes {
			continue
		}
		if bigSum == nil {
			bigSum = big.NewInt(total)
		}
		sum, bound := bigSum, big.NewInt(votes)
		if sum.Cmp(bound) > 0 {
			c.add(newFinding(PreferencesOverVotes, q, "<= "+bound.String(), sum.String(), gapOf(sum, bound),
				vars{"bound": same(bound.String())}))
		}
	}
}

// choices checks that p belongs to a defined precinct and that every
// choice and preference vote on it is on its ballot.
func (c *checker) choices(p *election.Protocol) {
	pl := protoPlace(p)
	info, known := c.precincts[p.Precinct]
	if !known {
		c.add(newFinding(UnknownPrecinct, pl, "a defined precinct", p.Precinct, 0, nil))
	}
	if p.Ballot == election.OkrugBallot && known && info.abroadKnown && info.abroad {
		c.add(newFinding(OkrugAbroad, pl, "no okrug-ballot protocol", "okrug-ballot protocol", 0, nil))
	}
	if p.Ballot == election.OkrugBallot {
		for k, v := range p.Preferences {
			q := pl
			q.Candidate = k
			c.add(newFinding(OkrugPreferences, q, "no preference votes", strconv.FormatInt(v, 10), 0, nil))
		}
	} else {
		for k, v := range p.Preferences {
			if len(c.listOf[k]) == 0 {
				q := pl
				q.Candidate = k
				c.add(newFinding(UnknownPreference, q, "a candidate on a party list", strconv.FormatInt(v, 10), 0, nil))
			}
		}
	}
	choices, okrug, reason := c.choicesOn(p)
	code := UnknownParty
	if p.Ballot == election.OkrugBallot {
		code = UnknownCandidate
	}
	if reason != "" {
		if len(p.Votes) > 0 {
			c.ne.add(code, "the choices on the ballot are not known: "+reason, &pl)
		}
		return
	}
	for ch, v := range p.Votes {
		if ch == election.AgainstAll || slices.Contains(choices, ch) {
			continue
		}
		q := pl
		q.Choice = ch
		q.Okrug = okrug
		want := "a party on the ballot"
		if code == UnknownCandidate {
			want = "a candidate in okrug " + okrug
		}
		c.add(newFinding(code, q, want, strconv.FormatInt(v, 10), 0, nil))
	}
}

// one returns the only protocol of k, or nil with the number there are.
func (c *checker) one(k protoKey) (*election.Protocol, int) {
	ps := c.groups[k]
	if len(ps) != 1 {
		return nil, len(ps)
	}
	return ps[0], 1
}

// machine compares each machine-count protocol with the manual-count
// protocol of the same precinct and ballot.
func (c *checker) machine() {
	for k := range c.groups {
		if !k.machine {
			continue
		}
		mp, n := c.one(k)
		pl := Place{Level: LevelPrecinct, Precinct: k.precinct, Ballot: k.ballot, Machine: true}
		if mp == nil {
			for _, code := range []Code{MachineLine, MachineVotes, MachinePreferences} {
				c.ne.add(code, "duplicate machine-count protocols", &pl)
			}
			continue
		}
		mk := k
		mk.machine = false
		hp, n := c.one(mk)
		if hp == nil {
			reason := "no manual-count protocol to compare with"
			if n > 1 {
				reason = "duplicate manual-count protocols"
			}
			for _, code := range []Code{MachineLine, MachineVotes, MachinePreferences} {
				c.ne.add(code, reason, &pl)
			}
			continue
		}
		g := c.gaps[k.precinct]
		if g == nil {
			g = &PrecinctGap{Precinct: k.precinct}
		}
		diff := func(code Code, q Place, manual, machine int64) {
			if manual == machine {
				return
			}
			m, h := big.NewInt(machine), big.NewInt(manual)
			gap := gapOf(m, h)
			c.add(newFinding(code, q, h.String(), m.String(), gap, nil))
			g.Gap = addSat(g.Gap, absSat(gap))
			g.Items++
		}
		for l, mv := range mp.Lines {
			if hv, ok := hp.Lines[l]; ok {
				q := pl
				q.Line = string(l)
				diff(MachineLine, q, hv, mv)
			}
		}
		for ch, mv := range mp.Votes {
			if hv, ok := hp.Votes[ch]; ok {
				q := pl
				q.Choice = ch
				diff(MachineVotes, q, hv, mv)
			}
		}
		for cand, mv := range mp.Preferences {
			if hv, ok := hp.Preferences[cand]; ok {
				q := pl
				q.Candidate = cand
				diff(MachinePreferences, q, hv, mv)
			}
		}
		if g.Items > 0 {
			c.gaps[k.precinct] = g
		}
	}
}

// listOkrug compares the ballots issued and found in the boxes on the list
// and the okrug ballot of each precinct in the country (manual counts).
func (c *checker) listOkrug() {
	for k := range c.groups {
		if k.machine || k.ballot != election.OkrugBallot {
			continue
		}
		if info, ok := c.precincts[k.precinct]; ok && (!info.abroadKnown || info.abroad) {
			continue // X214 covers okrug protocols from abroad
		}
		pl := Place{Level: LevelPrecinct, Precinct: k.precinct, Ballot: election.OkrugBallot}
		op, n := c.one(k)
		lk := k
		lk.ballot = election.ListBallot
		lp, ln := c.one(lk)
		if op == nil || lp == nil {
			reason := "no manual-count list protocol to compare with"
			if n > 1 || ln > 1 {
				reason = "duplicate manual-count protocols"
			}
			c.ne.add(ListOkrugIssued, reason, &pl)
			c.ne.add(ListOkrugFound, reason, &pl)
			continue
		}
		for _, x := range []struct {
			code Code
			ls   []election.Line
		}{{ListOkrugIssued, issuedLines}, {ListOkrugFound, foundLines}} {
			var off []string
			for _, l := range x.ls {
				if !c.r.OnForm(l) {
					off = append(off, string(l))
				}
			}
			if len(off) > 0 {
				c.ne.add(x.code, "not on the protocol form: "+strings.Join(off, ", "), nil)
				continue
			}
			ov, om := lines(op, x.ls...)
			lv, lm := lines(lp, x.ls...)
			if len(om) > 0 || len(lm) > 0 {
				c.ne.add(x.code, "a protocol lacks line(s) "+strings.Join(append(om, lm...), ", "), &pl)
				continue
			}
			got, want := sum(ov...), sum(lv...)
			if got.Cmp(want) != 0 {
				c.add(newFinding(x.code, pl, want.String(), got.String(), gapOf(got, want), nil))
			}
		}
	}
}

// missing reports the precincts without a manual-count protocol of a
// ballot, when the election has protocols of that ballot at all.
func (c *checker) missing() {
	has := map[election.BallotKind]bool{}
	for k := range c.groups {
		if !k.machine {
			has[k.ballot] = true
		}
	}
	if !has[election.ListBallot] {
		c.ne.add(MissingListProtocol, "the election has no manual-count list protocols", nil)
	}
	if !has[election.OkrugBallot] {
		c.ne.add(MissingOkrugProtocol, "the election has no manual-count okrug protocols", nil)
	}
	for id, info := range c.precincts {
		pl := Place{Level: LevelPrecinct, Precinct: id}
		if has[election.ListBallot] {
			if _, ok := c.groups[protoKey{id, election.ListBallot, false}]; !ok {
				q := pl
				q.Ballot = election.ListBallot
				c.add(newFinding(MissingListProtocol, q, "a manual-count protocol", "none", 0, nil))
			}
		}
		if has[election.OkrugBallot] && info.abroadKnown && !info.abroad && info.okrugKnown && info.okrug != "" {
			if _, ok := c.groups[protoKey{id, election.OkrugBallot, false}]; !ok {
				q := pl
				q.Ballot = election.OkrugBallot
				c.add(newFinding(MissingOkrugProtocol, q, "a manual-count protocol", "none", 0, nil))
			}
		}
	}
}
