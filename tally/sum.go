package tally

import (
	"errors"
	"fmt"

	"github.com/shailoo/shailoo/election"
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
	res := Result{List: newTier(e), Okrug: newTier(e)}
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if keep != nil && !keep(p) {
			continue
		}
		var tier *Tier
		switch p.Ballot {
		case election.ListBallot:
			tier = &res.List
		case election.OkrugBallot:
			tier = &res.Okrug
		default:
			return Result{}, &ProtocolError{Index: i, Precinct: p.Precinct, Ballot: p.Ballot, Err: ErrBallotKind}
		}
		if err := tier.add(p, precincts[p.Precinct]); err != nil {
			err.Index = i
			return Result{}, err
		}
	}
	return res, nil
}

func newTier(e *election.Election) Tier {
	t := Tier{
		Nation: NewTotals(), Abroad: NewTotals(), Unplaced: NewTotals(),
		Regions: make(map[string]*Totals, len(e.Regions)),
		Okrugs:  make(map[string]*Totals, len(e.Okrugs)),
	}
	for _, r := range e.Regions {
		x := NewTotals()
		t.Regions[r.ID] = &x
	}
	for _, o := range e.Okrugs {
		x := NewTotals()
		t.Okrugs[o.ID] = &x
	}
	return t
}

// add adds p, whose precinct is pr (nil when not defined), to the tier.
func (t *Tier) add(p *election.Protocol, pr *election.Precinct) *ProtocolError {
	fail := func(scope string, err error) *ProtocolError {
		return &ProtocolError{Precinct: p.Precinct, Ballot: p.Ballot, Scope: scope, Err: err}
	}
	if err := t.Nation.Add(p); err != nil {
		return fail(ScopeNation, err)
	}
	if pr != nil && pr.Abroad {
		if err := t.Abroad.Add(p); err != nil {
			return fail(ScopeAbroad, err)
		}
		return nil
	}
	region, okrug, placed := t.place(pr)
	if !placed {
		if err := t.Unplaced.Add(p); err != nil {
			return fail(ScopeUnplaced, err)
		}
		return nil
	}
	if region != nil {
		if err := region.Add(p); err != nil {
			return fail("region:"+pr.Region, err)
		}
	}
	if okrug != nil {
		if err := okrug.Add(p); err != nil {
			return fail("okrug:"+pr.Okrug, err)
		}
	}
	return nil
}

// place finds the region and okrug totals of a precinct in the country; a
// level the election does not define is skipped (nil), a level it defines
// must hold the precinct.
func (t *Tier) place(pr *election.Precinct) (region, okrug *Totals, placed bool) {
	if pr == nil {
		return nil, nil, false
	}
	if len(t.Regions) > 0 {
		if region = t.Regions[pr.Region]; region == nil {
			return nil, nil, false
		}
	}
	if len(t.Okrugs) > 0 {
		if okrug = t.Okrugs[pr.Okrug]; okrug == nil {
			return nil, nil, false
		}
	}
	return region, okrug, true
}
