package tally

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// Errors Sum returns; callers branch on them with errors.Is.
var (
	ErrNilElection       = errors.New("tally: nil election")
	ErrBallotKind        = errors.New("tally: unknown ballot kind")
	ErrDuplicatePrecinct = errors.New("tally: precinct defined twice")
)

// Scopes of a Tier, as ProtocolError names them. A region or okrug scope is
// written "region:<ID>" or "okrug:<ID>".
const (
	ScopeNation   = "nation"
	ScopeAbroad   = "abroad"
	ScopeUnplaced = "unplaced"
)

// Tier holds the totals of one ballot at every level.
//
// Nation is every protocol summed (abroad and unplaced included). Abroad is
// the protocols of precincts marked Abroad. Regions and Okrugs hold, per
// region and okrug ID the election defines, the protocols of the precincts in
// the country placed there; every defined region and okrug has an entry, an
// empty one when no protocol reached it.
//
// Unplaced holds the protocols that could not be placed: those whose precinct
// is not defined, and those of a precinct in the country whose region (when
// the election defines regions) or okrug (when it defines okrugs) is missing
// or not defined. An unplaced protocol counts in Nation and Unplaced only, so
// no vote is lost and no vote is counted in a region but not in an okrug:
//
//	Nation = sum of Regions + Abroad + Unplaced   (when regions are defined)
//	Nation = sum of Okrugs  + Abroad + Unplaced   (when okrugs are defined)
//
// The validate package reports unplaced protocols.
type Tier struct {
	Nation   Totals             `json:"nation"`
	Abroad   Totals             `json:"abroad"`
	Regions  map[string]*Totals `json:"regions"`
	Okrugs   map[string]*Totals `json:"okrugs"`
	Unplaced Totals             `json:"unplaced"`
}

// Result holds the totals of the list ballot and of the okrug ballot.
type Result struct {
	List  Tier `json:"list"`
	Okrug Tier `json:"okrug"`
}

// ProtocolError reports the protocol Sum could not add: its index in
// Election.Protocols, its precinct and ballot, and the scope being summed
// ("nation", "abroad", "unplaced", "region:<ID>", "okrug:<ID>"; empty for
// ErrBallotKind). It unwraps to ErrBallotKind or to an *OverflowError
// (itself unwrapping to exact.ErrOverflow).
type ProtocolError struct {
	Index    int                 `json:"index"`
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Scope    string              `json:"scope,omitempty"`
	Err      error               `json:"-"`
}

func (e *ProtocolError) Error() string {
	if e.Scope == "" {
		return fmt.Sprintf("tally: protocol %d (precinct %q, ballot %q): %v", e.Index, e.Precinct, e.Ballot, e.Err)
	}
	return fmt.Sprintf("tally: protocol %d (precinct %q, ballot %q), %s: %v", e.Index, e.Precinct, e.Ballot, e.Scope, e.Err)
}

func (e *ProtocolError) Unwrap() error { return e.Err }

// Sum sums the manual-count protocols of e (Machine == false), which are the
// official count, into totals at every level. See SumWhere.
func Sum(e *election.Election) (Result, error) {
	return SumWhere(e, manual)
}

func manual(p *election.Protocol) bool { return !p.Machine }

// SumWhere sums the protocols of e for which keep returns true (every
// protocol, machine counts included, when keep is nil) into a Tier per
// ballot. A protocol of an unknown ballot kind is an error (ErrBallotKind),
// as is a precinct ID defined twice (ErrDuplicatePrecinct); an overflow is an
// error naming the protocol and the field. On error the Result is empty.
//
// Two protocols of the same precinct and ballot are both summed: finding
// them is the job of the validate package.
func SumWhere(e *election.Election, keep func(*election.Protocol) bool) (Result, error) {
	if e == nil {
		return Result{}, ErrNilElection
	}
	precincts := make(map[string]*election.Precinct, len(e.Precincts))
	for i := range e.Precincts {
		p := &e.Precincts[i]
		if _, dup := precincts[p.ID]; dup {
			return Result{}, fmt.Errorf("%w: %q", ErrDuplicatePrecinct, p.ID)
		}
		precincts[p.ID] = p
	}
	s := newSummer()
	list, okrug := newTierSum(e), newTierSum(e)
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if keep != nil && !keep(p) {
			continue
		}
		var tier *tierSum
		switch p.Ballot {
		case election.ListBallot:
			tier = list
		case election.OkrugBallot:
			tier = okrug
		default:
			return Result{}, &ProtocolError{Index: i, Precinct: p.Precinct, Ballot: p.Ballot, Err: ErrBallotKind}
		}
		s.load(p)
		scope, err := tier.add(s, precincts[p.Precinct])
		if err != nil {
			err.Precinct, err.Ballot = p.Precinct, p.Ballot
			return Result{}, &ProtocolError{Index: i, Precinct: p.Precinct, Ballot: p.Ballot, Scope: scope, Err: err}
		}
	}
	return Result{List: list.tier(s), Okrug: okrug.tier(s)}, nil
}

// Sum adds each protocol to up to three totals (the nation, and a region
// and an okrug, or abroad, or unplaced), and a list protocol may hold a
// thousand preference votes. So rather than maps it keeps dense sums: every
// line, choice and candidate ID gets a position once (in summer.keys), each
// protocol is read once into (position, figure) pairs, and each scope adds
// those into slices. The maps of Totals are built at the end.

// The sections of a protocol, in the order an overflow is looked for.
const (
	secLines = iota
	secVotes
	secPrefs
	sections
)

var sectionNames = [sections]string{"lines", "votes", "preferences"}

type entry struct {
	pos int32
	v   int64
}

// summer holds the positions of the keys seen so far and the protocol being
// added.
type summer struct {
	keys    [sections]*index
	current [sections][]entry
}

func newSummer() *summer {
	s := &summer{}
	for i := range s.keys {
		s.keys[i] = newIndex(64)
	}
	return s
}

// load reads p into s.current.
func (s *summer) load(p *election.Protocol) {
	s.current[secLines] = s.current[secLines][:0]
	for k, v := range p.Lines {
		s.current[secLines] = s.entry(secLines, string(k), v)
	}
	s.current[secVotes] = s.current[secVotes][:0]
	for k, v := range p.Votes {
		s.current[secVotes] = s.entry(secVotes, k, v)
	}
	s.current[secPrefs] = s.current[secPrefs][:0]
	for k, v := range p.Preferences {
		s.current[secPrefs] = s.entry(secPrefs, k, v)
	}
}

func (s *summer) entry(sec int, key string, v int64) []entry {
	pos, _ := s.keys[sec].insert(key)
	return append(s.current[sec], entry{int32(pos), v})
}

// sum is the dense form of a Totals: vals[sec][pos] is the sum of the key
// at pos, has[sec][pos] says whether any protocol gave it.
type sum struct {
	vals      [sections][]int64
	has       [sections][]bool
	protocols int
}

// add adds the current protocol of s to u, all or nothing; an overflow
// names the first field (in section order, then by key) that overflows.
func (u *sum) add(s *summer) *OverflowError {
	for sec := range sections {
		vals := u.vals[sec]
		for _, e := range s.current[sec] {
			var cur int64
			if int(e.pos) < len(vals) {
				cur = vals[e.pos]
			}
			if _, err := exact.Add(cur, e.v); err != nil {
				return u.overflow(s, sec)
			}
		}
	}
	for sec := range sections {
		if n := s.keys[sec].len(); len(u.vals[sec]) < n {
			u.vals[sec] = append(u.vals[sec], make([]int64, n-len(u.vals[sec]))...)
			u.has[sec] = append(u.has[sec], make([]bool, n-len(u.has[sec]))...)
		}
		vals, has := u.vals[sec], u.has[sec]
		for _, e := range s.current[sec] {
			vals[e.pos] += e.v
			has[e.pos] = true
		}
	}
	u.protocols++
	return nil
}

func (u *sum) overflow(s *summer, sec int) *OverflowError {
	var bad []string
	for _, e := range s.current[sec] {
		var cur int64
		if int(e.pos) < len(u.vals[sec]) {
			cur = u.vals[sec][e.pos]
		}
		if _, err := exact.Add(cur, e.v); err != nil {
			bad = append(bad, s.keys[sec].keys[e.pos])
		}
	}
	return &OverflowError{Field: sectionNames[sec], Key: slices.Min(bad)}
}

func (u *sum) totals(s *summer) Totals {
	t := NewTotals()
	for pos, ok := range u.has[secLines] {
		if ok {
			t.Lines[election.Line(s.keys[secLines].keys[pos])] = u.vals[secLines][pos]
		}
	}
	for pos, ok := range u.has[secVotes] {
		if ok {
			t.Votes[s.keys[secVotes].keys[pos]] = u.vals[secVotes][pos]
		}
	}
	for pos, ok := range u.has[secPrefs] {
		if ok {
			t.Preferences[s.keys[secPrefs].keys[pos]] = u.vals[secPrefs][pos]
		}
	}
	t.Protocols = u.protocols
	return t
}

// tierSum is a Tier being summed.
type tierSum struct {
	nation, abroad, unplaced sum
	regions, okrugs          map[string]*sum
	regionIDs, okrugIDs      []string
}

func newTierSum(e *election.Election) *tierSum {
	t := &tierSum{regions: make(map[string]*sum, len(e.Regions)), okrugs: make(map[string]*sum, len(e.Okrugs))}
	for _, r := range e.Regions {
		if t.regions[r.ID] == nil {
			t.regions[r.ID] = &sum{}
			t.regionIDs = append(t.regionIDs, r.ID)
		}
	}
	for _, o := range e.Okrugs {
		if t.okrugs[o.ID] == nil {
			t.okrugs[o.ID] = &sum{}
			t.okrugIDs = append(t.okrugIDs, o.ID)
		}
	}
	return t
}

// add adds the current protocol of s, whose precinct is pr (nil when not
// defined), to the tier; on overflow it returns the scope concerned.
func (t *tierSum) add(s *summer, pr *election.Precinct) (string, *OverflowError) {
	if err := t.nation.add(s); err != nil {
		return ScopeNation, err
	}
	if pr != nil && pr.Abroad {
		if err := t.abroad.add(s); err != nil {
			return ScopeAbroad, err
		}
		return "", nil
	}
	region, okrug, placed := t.place(pr)
	if !placed {
		if err := t.unplaced.add(s); err != nil {
			return ScopeUnplaced, err
		}
		return "", nil
	}
	if region != nil {
		if err := region.add(s); err != nil {
			return "region:" + pr.Region, err
		}
	}
	if okrug != nil {
		if err := okrug.add(s); err != nil {
			return "okrug:" + pr.Okrug, err
		}
	}
	return "", nil
}

// place finds the region and okrug sums of a precinct in the country; a
// level the election does not define is skipped (nil), a level it defines
// must hold the precinct.
func (t *tierSum) place(pr *election.Precinct) (region, okrug *sum, placed bool) {
	if pr == nil {
		return nil, nil, false
	}
	if len(t.regions) > 0 {
		if region = t.regions[pr.Region]; region == nil {
			return nil, nil, false
		}
	}
	if len(t.okrugs) > 0 {
		if okrug = t.okrugs[pr.Okrug]; okrug == nil {
			return nil, nil, false
		}
	}
	return region, okrug, true
}

func (t *tierSum) tier(s *summer) Tier {
	out := Tier{
		Nation: t.nation.totals(s), Abroad: t.abroad.totals(s), Unplaced: t.unplaced.totals(s),
		Regions: make(map[string]*Totals, len(t.regions)),
		Okrugs:  make(map[string]*Totals, len(t.okrugs)),
	}
	for _, id := range t.regionIDs {
		x := t.regions[id].totals(s)
		out.Regions[id] = &x
	}
	for _, id := range t.okrugIDs {
		x := t.okrugs[id].totals(s)
		out.Okrugs[id] = &x
	}
	return out
}
