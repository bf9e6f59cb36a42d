package tally

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/exact"
)

// The dense-form entry points, for the root package (internal/bridge):
// they take internal types, so they are not part of the public API.
func init() {
	bridge.NewAccumulator = newAccumulator
	bridge.AccumulatorAdd = (*Accumulator).add
	bridge.AccumulatorRemove = (*Accumulator).remove
}

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
// but for the list ballot, which needs no okrug: its protocol of a precinct
// in the country that names no okrug is placed in the precinct's region
// alone (in the nation alone when the election defines no regions), so in
// the list ballot's Tier the okrugs leave those protocols out of the second
// sum.
//
// and for the okrug ballot, which needs no region: its protocol of a
// precinct that names a defined okrug is placed in that okrug alone when
// its region is missing or not defined, so in the okrug ballot's Tier the
// regions leave those protocols out of the first sum. (SumWith and the
// root package's count may also place the okrug protocols of precincts
// abroad in their okrugs, under a rule set's okrug.abroad "counted"
// (Options.AbroadOkrug, Result.AbroadOkrug): the okrug ballot's Abroad is
// then empty but for those in no defined okrug.)
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
//
// AbroadOkrug says where the okrug-ballot protocols of precincts abroad
// were summed: true, in the okrugs they name (Options.AbroadOkrug, a rule
// set's okrug.abroad "counted"), the okrug ballot's Abroad holding only
// those of no defined okrug; false (Sum's and SumWhere's), apart in the
// okrug ballot's Abroad, in no okrug (okrug.abroad "excluded").
type Result struct {
	List        Tier `json:"list"`
	Okrug       Tier `json:"okrug"`
	AbroadOkrug bool `json:"abroad_okrug"`
}

// ProtocolError reports the protocol Sum could not add: its index in
// Election.Protocols (-1 for a protocol of no such list, a live count's),
// its precinct and ballot, and the scope being summed ("nation", "abroad",
// "unplaced", "region:<ID>", "okrug:<ID>"; empty for ErrBallotKind). It
// unwraps to ErrBallotKind or to an *OverflowError (itself unwrapping to
// exact.ErrOverflow).
type ProtocolError struct {
	Index    int                 `json:"index"`
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Scope    string              `json:"scope,omitempty"`
	Err      error               `json:"-"`
}

func (e *ProtocolError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	var b strings.Builder
	if e.Index >= 0 {
		fmt.Fprintf(&b, "tally: protocol %d (precinct %q, ballot %q)", e.Index, e.Precinct, e.Ballot)
	} else {
		fmt.Fprintf(&b, "tally: precinct %q (%s ballot)", e.Precinct, e.Ballot)
	}
	if e.Scope != "" {
		b.WriteString(", " + e.Scope)
	}
	var oe *OverflowError
	if errors.As(e.Err, &oe) && oe.Precinct == e.Precinct && oe.Ballot == e.Ballot {
		// The protocol is named above: the figure alone.
		b.WriteString(": " + oe.figure())
	} else {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

func (e *ProtocolError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Sum sums the manual-count protocols of e (Machine == false), which are the
// official count, into totals at every level. See SumWhere.
//
// Sum has no rule set: the okrug-ballot protocols of precincts abroad are
// summed apart, in the okrug ballot's Abroad (a rule set's okrug.abroad
// "excluded", kg2021's law), and Result.AbroadOkrug says so (false). Under a
// rule set that counts them in their okrugs (okrug.abroad "counted"), use
// SumWith with Options.AbroadOkrug.
func Sum(e *election.Election) (Result, error) {
	return SumWith(e, Options{Keep: manual})
}

func manual(p *election.Protocol) bool { return !p.Machine }

// SumWhere sums the protocols of e for which keep returns true (every
// protocol, machine counts included, when keep is nil) into a Tier per
// ballot: SumWith with Options{Keep: keep}, the okrug-ballot protocols of
// precincts abroad summed apart, in Abroad, as Sum sums them.
func SumWhere(e *election.Election, keep func(*election.Protocol) bool) (Result, error) {
	return SumWith(e, Options{Keep: keep})
}

// Options say which protocols SumWith sums and where it places those of
// precincts abroad. The zero value sums every protocol, those abroad apart.
type Options struct {
	// Keep, when not nil, says which protocols are summed; nil sums every
	// protocol, machine counts included.
	Keep func(*election.Protocol) bool
	// AbroadOkrug says that the precincts abroad vote the okrug ballot too
	// (a rule set's okrug.abroad "counted", as validate.Rules.AbroadOkrug
	// says it): their okrug-ballot protocols are summed in the okrugs they
	// name, and the okrug ballot's Abroad holds only those of no defined
	// okrug. Without it (okrug.abroad "excluded") they are summed apart, in
	// Abroad. The list ballot's protocols abroad are in Abroad either way.
	AbroadOkrug bool
}

// SumWith sums the protocols of e that o keeps into a Tier per ballot. A
// protocol of an unknown ballot kind is an error (ErrBallotKind), as is a
// precinct ID defined twice (ErrDuplicatePrecinct); an overflow is an
// error naming the protocol and the field. On error the Result is empty.
// Result.AbroadOkrug says where the okrug-ballot protocols abroad were
// summed (o.AbroadOkrug).
//
// Two protocols of the same precinct and ballot are both summed: finding
// them is the job of the validate package.
//
// SumWith is an Accumulator fed with the protocols of e.
func SumWith(e *election.Election, o Options) (Result, error) {
	if e == nil {
		return Result{}, ErrNilElection
	}
	keys := dense.NewKeys()
	a, err := newAccumulator(e, keys, nil, o.AbroadOkrug)
	if err != nil {
		return Result{}, err
	}
	precincts := make(map[string]*election.Precinct, len(e.Precincts))
	for i := range e.Precincts {
		precincts[e.Precincts[i].ID] = &e.Precincts[i]
	}
	var d dense.Protocol
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if o.Keep != nil && !o.Keep(p) {
			continue
		}
		keys.Load(&d, p)
		if err := a.add(i, &d, precincts[p.Precinct]); err != nil {
			return Result{}, err
		}
	}
	return a.Result(), nil
}

// Accumulator sums protocols one at a time into a Result: the streaming
// form of SumWhere, which the root package feeds from CSV rows without
// ever holding the protocols. Its memory does not grow with the number of
// protocols or precincts. Its constructor and the methods that take
// protocols in their dense form are reached through internal/bridge: they
// take internal types, so they are not part of this package's API.
//
// Every line, choice and candidate ID has a position in a dense.Keys, each
// protocol comes as (position, figure) pairs, and each scope adds those
// into slices; the maps of Totals are built by Result.
type Accumulator struct {
	keys        *dense.Keys
	list, okrug *tierSum
}

// newAccumulator returns an Accumulator for the protocols of the election
// e defines (its regions and okrugs; its precincts, whose IDs must be
// distinct: ErrDuplicatePrecinct), with the positions of keys. precincts,
// when not nil, indexes e's precincts and says at once whether an ID is
// defined twice. countAbroad says that the okrug-ballot protocols of
// precincts abroad count in the okrugs their precincts name (a rule set's
// okrug.abroad "counted"), not apart in the tier's Abroad.
func newAccumulator(e *election.Election, keys *dense.Keys, precincts *dense.Precincts, countAbroad bool) (*Accumulator, error) {
	if e == nil {
		return nil, ErrNilElection
	}
	if keys == nil {
		return nil, errors.New("tally: an Accumulator: nil keys")
	}
	a := &Accumulator{keys: keys, list: newTierSum(e), okrug: newTierSum(e)}
	a.list.noOkrug = true
	a.okrug.noRegion = true
	a.okrug.abroadCounted = countAbroad
	if precincts != nil && precincts.Defined == len(e.Precincts) {
		return a, nil
	}
	seen := make(map[string]bool, len(e.Precincts))
	for i := range e.Precincts {
		id := e.Precincts[i].ID
		if seen[id] {
			return nil, fmt.Errorf("%w: %q", ErrDuplicatePrecinct, id)
		}
		seen[id] = true
	}
	return a, nil
}

// add adds protocol p, the index-th of the count, whose precinct is pr
// (nil when the election does not define it). It is all or nothing: an
// unknown ballot kind is a *ProtocolError wrapping ErrBallotKind, an
// overflow a *ProtocolError naming the scope and the field.
func (a *Accumulator) add(index int, p *dense.Protocol, pr *election.Precinct) error {
	if a == nil || a.list == nil || a.keys == nil {
		return errors.New("tally: an Accumulator not made by the package, or made without keys")
	}
	if p == nil {
		return &ProtocolError{Index: index, Err: ErrNilProtocol}
	}
	var tier *tierSum
	switch p.Ballot {
	case election.ListBallot:
		tier = a.list
	case election.OkrugBallot:
		tier = a.okrug
	default:
		return &ProtocolError{Index: index, Precinct: p.Precinct, Ballot: p.Ballot, Err: ErrBallotKind}
	}
	scope, err := tier.add(a.keys, p, pr)
	if err != nil {
		err.Precinct, err.Ballot = p.Precinct, p.Ballot
		return &ProtocolError{Index: index, Precinct: p.Precinct, Ballot: p.Ballot, Scope: scope, Err: err}
	}
	return nil
}

// Result returns the totals summed so far; empty totals for an
// Accumulator not made by the package (nil or zero) or made without keys.
func (a *Accumulator) Result() Result {
	if a == nil || a.list == nil || a.keys == nil {
		return Result{}
	}
	a.list.unsplit()
	a.okrug.unsplit()
	return Result{List: a.list.tier(a.keys), Okrug: a.okrug.tier(a.keys), AbroadOkrug: a.okrug.abroadCounted}
}

var sectionNames = [dense.Sections]string{"lines", "votes", "preferences"}

// sum is the dense form of a Totals: vals[sec][pos] is the sum of the key
// at pos, n[sec][pos] the number of protocols that gave it.
type sum struct {
	vals      [dense.Sections][]int64
	n         [dense.Sections][]int32
	protocols int
}

// add adds p to u, all or nothing; an overflow names the first field (in
// section order, then by key) that overflows. It adds in one pass and, in
// the rare case of an overflow, takes back what it added.
func (u *sum) add(k *dense.Keys, p *dense.Protocol) *OverflowError {
	u.grow(k, p)
	for sec := range dense.Sections {
		vals, n := u.vals[sec], u.n[sec]
		for i, e := range p.Section(sec) {
			cur := vals[e.Pos]
			s := cur + e.V
			if (s > cur) != (e.V > 0) {
				u.undo(p, sec, i)
				return u.overflow(k, p, sec)
			}
			vals[e.Pos] = s
			n[e.Pos]++
		}
	}
	u.protocols++
	return nil
}

// grow makes room in u for every position of k in the sections where p
// has figures.
func (u *sum) grow(k *dense.Keys, p *dense.Protocol) {
	for sec := range dense.Sections {
		if n := k.Section(sec).Len(); len(u.vals[sec]) < n && len(p.Section(sec)) > 0 {
			u.vals[sec] = append(u.vals[sec], make([]int64, n-len(u.vals[sec]))...)
			u.n[sec] = append(u.n[sec], make([]int32, n-len(u.n[sec]))...)
		}
	}
}

// merge adds v to u where no sum can overflow (tierSum.unsplit).
func (u *sum) merge(v *sum) {
	for sec := range dense.Sections {
		if m := len(v.vals[sec]); len(u.vals[sec]) < m {
			u.vals[sec] = append(u.vals[sec], make([]int64, m-len(u.vals[sec]))...)
			u.n[sec] = append(u.n[sec], make([]int32, m-len(u.n[sec]))...)
		}
		for pos, x := range v.vals[sec] {
			u.vals[sec][pos] += x
			u.n[sec][pos] += v.n[sec][pos]
		}
	}
	u.protocols += v.protocols
}

// undo takes back the figures of p added before entry i of section sec.
func (u *sum) undo(p *dense.Protocol, sec, i int) {
	for s := range sec + 1 {
		es := p.Section(s)
		if s == sec {
			es = es[:i]
		}
		for _, e := range es {
			u.vals[s][e.Pos] -= e.V
			u.n[s][e.Pos]--
		}
	}
}

func (u *sum) overflow(k *dense.Keys, p *dense.Protocol, sec int) *OverflowError {
	var bad []string
	for _, e := range p.Section(sec) {
		var cur int64
		if int(e.Pos) < len(u.vals[sec]) {
			cur = u.vals[sec][e.Pos]
		}
		if _, err := exact.Add(cur, e.V); err != nil {
			bad = append(bad, k.Section(sec).Key(e.Pos))
		}
	}
	return &OverflowError{Field: sectionNames[sec], Key: slices.Min(bad)}
}

func (u *sum) totals(k *dense.Keys) Totals {
	var size [dense.Sections]int // the maps made at their size: a live count reads them after every protocol
	for sec := range dense.Sections {
		for _, n := range u.n[sec] {
			if n > 0 {
				size[sec]++
			}
		}
	}
	t := Totals{Lines: make(map[election.Line]int64, size[dense.SecLines]), Votes: make(map[string]int64, size[dense.SecVotes]),
		Preferences: make(map[string]int64, size[dense.SecPrefs])}
	for pos, n := range u.n[dense.SecLines] {
		if n > 0 {
			t.Lines[election.Line(k.Lines.Key(int32(pos)))] = u.vals[dense.SecLines][pos]
		}
	}
	for pos, n := range u.n[dense.SecVotes] {
		if n > 0 {
			t.Votes[k.Votes.Key(int32(pos))] = u.vals[dense.SecVotes][pos]
		}
	}
	for pos, n := range u.n[dense.SecPrefs] {
		if n > 0 {
			t.Preferences[k.Prefs.Key(int32(pos))] = u.vals[dense.SecPrefs][pos]
		}
	}
	t.Protocols = u.protocols
	return t
}

// tierSum is a Tier being summed.
//
// While split, a protocol placed in the country is added to one sum only,
// its leaf (the precinct's region and okrug), not to the nation, its
// region and its okrug: a third of the work of a wide protocol. The
// nation, regions and okrugs are then the sums of the leaves (and the
// nation also of abroad and unplaced), made when they are read (unsplit).
// A tier stays split only while no sum can overflow: each figure added
// has |v| < 2^31 and fewer than 2^31 protocols are added, so every sum of
// any scope stays below 2^62 in magnitude. The first protocol that breaks
// that bound unsplits the tier before it is added, and from then on each
// protocol is added to every scope with its overflow check, as an
// overflow must be found at the protocol that causes it, in the scope it
// causes it in.
type tierSum struct {
	nation, abroad, unplaced sum
	regions, okrugs          map[string]*sum
	regionIDs, okrugIDs      []string
	// The last region and okrug looked up: protocols come by okrug.
	lastRegion, lastOkrug string
	lastR, lastO          *sum

	// noOkrug says that a precinct in the country that names no okrug
	// is placed (in its region) all the same: the list ballot's tier,
	// whose votes need a region, not an okrug.
	noOkrug bool
	// noRegion says that a precinct that names a defined okrug is
	// placed in it whatever its region (none, or one not defined): the
	// okrug ballot's tier, whose votes need an okrug, not a region. Such
	// a protocol counts in no region of the tier.
	noRegion bool
	// abroadCounted says that a precinct abroad is placed like one in
	// the country, in its okrug alone (in no region): the okrug ballot's
	// tier under a rule set that counts the okrug votes cast abroad.
	abroadCounted bool

	split     bool
	leaves    []*leaf
	leafOf    map[[2]*sum]*leaf // by region and okrug sum
	lastLeaf  *leaf
	protocols int // added while split
}

// leaf is the sum of a tier's protocols of one region and okrug.
type leaf struct {
	region, okrug *sum // nil: a level the election does not define
	sum
}

// maxSplit is the most protocols a split tier adds, and smallFigure the
// bound of a figure's magnitude: their product stays below 2^62.
const (
	maxSplit    = 1 << 31
	smallFigure = 1 << 31
)

// addSplit adds p to a split tier, to one sum without overflow checks,
// when every figure of p has a magnitude below smallFigure; otherwise it
// takes back what it added (the sums wrap around and back) and returns
// false.
func (t *tierSum) addSplit(k *dense.Keys, p *dense.Protocol, pr *election.Precinct) bool {
	u := &t.unplaced
	if t.apart(pr) {
		u = &t.abroad
	} else if region, okrug, placed := t.place(pr); placed {
		l := t.lastLeaf
		if l == nil || l.region != region || l.okrug != okrug {
			key := [2]*sum{region, okrug}
			if l = t.leafOf[key]; l == nil {
				if t.leafOf == nil {
					t.leafOf = map[[2]*sum]*leaf{}
				}
				l = &leaf{region: region, okrug: okrug}
				t.leafOf[key] = l
				t.leaves = append(t.leaves, l)
			}
			t.lastLeaf = l
		}
		u = &l.sum
	}
	u.grow(k, p)
	var big uint64
	for sec := range dense.Sections {
		vals, n := u.vals[sec], u.n[sec]
		for _, e := range p.Section(sec) {
			vals[e.Pos] += e.V
			n[e.Pos]++
			big |= (uint64(e.V) + smallFigure) >> 32 // not 0: e.V < -2^31 or e.V >= 2^31
		}
	}
	if big != 0 {
		u.sub(p)
		u.protocols++ // sub counts one protocol off
		return false
	}
	u.protocols++
	t.protocols++
	return true
}

// unsplit makes the nation, the regions and the okrugs the sums of the
// leaves (and the nation also of abroad and unplaced), and ends the split.
// No sum overflows: the split kept every one below 2^62.
func (t *tierSum) unsplit() {
	if !t.split {
		return
	}
	t.split = false
	t.nation.merge(&t.abroad)
	t.nation.merge(&t.unplaced)
	for _, l := range t.leaves {
		t.nation.merge(&l.sum)
		if l.region != nil {
			l.region.merge(&l.sum)
		}
		if l.okrug != nil {
			l.okrug.merge(&l.sum)
		}
	}
	t.leaves, t.leafOf, t.lastLeaf = nil, nil, nil
}

func newTierSum(e *election.Election) *tierSum {
	t := &tierSum{regions: make(map[string]*sum, len(e.Regions)), okrugs: make(map[string]*sum, len(e.Okrugs)), split: true}
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
func (t *tierSum) add(s *dense.Keys, p *dense.Protocol, pr *election.Precinct) (string, *OverflowError) {
	if t.split {
		if t.protocols < maxSplit-1 && t.addSplit(s, p, pr) {
			return "", nil
		}
		t.unsplit()
	}
	if err := t.nation.add(s, p); err != nil {
		return ScopeNation, err
	}
	if t.apart(pr) {
		if err := t.abroad.add(s, p); err != nil {
			return ScopeAbroad, err
		}
		return "", nil
	}
	region, okrug, placed := t.place(pr)
	if !placed {
		if err := t.unplaced.add(s, p); err != nil {
			return ScopeUnplaced, err
		}
		return "", nil
	}
	if region != nil {
		if err := region.add(s, p); err != nil {
			return "region:" + pr.Region, err
		}
	}
	if okrug != nil {
		if err := okrug.add(s, p); err != nil {
			return "okrug:" + pr.Okrug, err
		}
	}
	return "", nil
}

// place finds the region and okrug sums of a precinct in the country (or
// abroad, in a tier that counts them: abroadCounted); a level the election
// does not define is skipped (nil), a level it defines must hold the
// precinct, but for the okrug of a precinct that names none in the list
// ballot's tier (noOkrug): placed in its region alone; and for the region
// of a precinct in a defined okrug in the okrug ballot's tier (noRegion),
// or abroad: placed in its okrug alone.
func (t *tierSum) place(pr *election.Precinct) (region, okrug *sum, placed bool) {
	if pr == nil {
		return nil, nil, false
	}
	// inOkrug: a precinct abroad (counted only where the tier counts
	// them), or one whose region is not defined under noRegion, is
	// placed only in a defined okrug.
	inOkrug := pr.Abroad
	if len(t.regions) > 0 && !pr.Abroad {
		if t.lastR != nil && pr.Region == t.lastRegion {
			region = t.lastR
		} else if region = t.regions[pr.Region]; region != nil {
			t.lastRegion, t.lastR = pr.Region, region
		} else if t.noRegion {
			inOkrug = true
		} else {
			return nil, nil, false
		}
	}
	if inOkrug && len(t.okrugs) == 0 {
		return nil, nil, false
	}
	if len(t.okrugs) > 0 {
		if pr.Okrug == "" && t.noOkrug {
			// The list ballot needs no okrug: a precinct that names none
			// is placed in its region alone.
			return region, nil, true
		}
		if t.lastO != nil && pr.Okrug == t.lastOkrug {
			okrug = t.lastO
		} else if okrug = t.okrugs[pr.Okrug]; okrug == nil {
			return nil, nil, false
		}
		t.lastOkrug, t.lastO = pr.Okrug, okrug
	}
	return region, okrug, true
}

// apart says whether a protocol of precinct pr counts apart, abroad: a
// precinct abroad, unless the tier counts the votes abroad in the okrugs.
func (t *tierSum) apart(pr *election.Precinct) bool {
	return pr != nil && pr.Abroad && !t.abroadCounted
}

func (t *tierSum) tier(s *dense.Keys) Tier {
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

// remove takes back protocol p, added before with the same precinct pr:
// a live count's correction. Taking back what was added cannot overflow;
// a protocol that was not added is not detected (the caller keeps what it
// added).
func (a *Accumulator) remove(p *dense.Protocol, pr *election.Precinct) error {
	if a == nil || a.list == nil || a.keys == nil {
		return errors.New("tally: an Accumulator not made by the package, or made without keys")
	}
	if p == nil {
		return &ProtocolError{Index: -1, Err: ErrNilProtocol}
	}
	a.list.unsplit() // a live count's: taken back from every scope
	a.okrug.unsplit()
	switch p.Ballot {
	case election.ListBallot:
		a.list.remove(p, pr)
	case election.OkrugBallot:
		a.okrug.remove(p, pr)
	default:
		return &ProtocolError{Index: -1, Precinct: p.Precinct, Ballot: p.Ballot, Err: ErrBallotKind}
	}
	return nil
}

// remove takes p, added to the tier with precinct pr, back.
func (t *tierSum) remove(p *dense.Protocol, pr *election.Precinct) {
	t.nation.sub(p)
	if t.apart(pr) {
		t.abroad.sub(p)
		return
	}
	region, okrug, placed := t.place(pr)
	if !placed {
		t.unplaced.sub(p)
		return
	}
	if region != nil {
		region.sub(p)
	}
	if okrug != nil {
		okrug.sub(p)
	}
}

// sub takes back the figures of p, added before.
func (u *sum) sub(p *dense.Protocol) {
	for sec := range dense.Sections {
		for _, e := range p.Section(sec) {
			if int(e.Pos) < len(u.vals[sec]) {
				u.vals[sec][e.Pos] -= e.V
				u.n[sec][e.Pos]--
			}
		}
	}
	u.protocols--
}

// Decisive returns the totals a count decides seats on, and only those:
// the list ballot in the nation (with preference votes), in each region
// (lines and votes) and unplaced; the okrug ballot in the nation, in each
// okrug and unplaced, and in each region when the election has a single
// okrug (a president's race: its votes per region are published). The
// other scopes are empty. It costs a fraction of
// Result, for a live count that reads its totals after every protocol.
func (a *Accumulator) Decisive() Result {
	if a == nil || a.list == nil || a.keys == nil {
		return Result{}
	}
	k := a.keys
	l, o := a.list, a.okrug
	l.unsplit() // a live count reads after every protocol: it sums every scope
	o.unsplit()
	out := Result{
		List:  Tier{Nation: l.nation.totals(k), Unplaced: Totals{Protocols: l.unplaced.protocols}, Regions: make(map[string]*Totals, len(l.regions))},
		Okrug: Tier{Nation: o.nation.totals(k), Unplaced: o.unplaced.totals(k), Okrugs: make(map[string]*Totals, len(o.okrugs))},
	}
	for _, id := range l.regionIDs {
		x := l.regions[id].totalsNoPrefs(k)
		out.List.Regions[id] = &x
	}
	for _, id := range o.okrugIDs {
		x := o.okrugs[id].totals(k)
		out.Okrug.Okrugs[id] = &x
	}
	if len(o.okrugIDs) == 1 && len(o.regionIDs) > 0 {
		out.Okrug.Regions = make(map[string]*Totals, len(o.regions))
		for _, id := range o.regionIDs {
			x := o.regions[id].totalsNoPrefs(k)
			out.Okrug.Regions[id] = &x
		}
	}
	return out
}

// totalsNoPrefs is totals without the preference votes.
func (u *sum) totalsNoPrefs(k *dense.Keys) Totals {
	var v sum
	v.vals[dense.SecLines], v.n[dense.SecLines] = u.vals[dense.SecLines], u.n[dense.SecLines]
	v.vals[dense.SecVotes], v.n[dense.SecVotes] = u.vals[dense.SecVotes], u.n[dense.SecVotes]
	v.protocols = u.protocols
	return v.totals(k)
}
