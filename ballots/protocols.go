package ballots

import (
	"fmt"
	"math"

	"github.com/shailoo/shailoo/election"
)

// Cast is one ballot as a cast-vote record gives it: the precinct where it
// was cast and the ballot. Count is the number of identical ballots the
// record stands for (a condensed record gives one line per ballot
// pattern, with its count); 0 is one ballot, so that a Cast without it is
// a ballot. A record of no ballots is not a Cast: its reader leaves it
// out.
//
// Ranks, of a ranked ballot (a record whose mapping names its ranks), are
// its ranks in order: a candidate ID, "" for a rank not marked, Overvote
// for one marked twice; the first rank is also Choice (Invalid when it is
// no candidate), which the protocols count. irv.Count counts them.
type Cast struct {
	Precinct string
	election.Ballot
	Count int64
	Ranks []string
}

// Overvote is a rank of Cast.Ranks marked for more than one candidate.
// No ID holds "|": a record joins the marks of one rank with it.
const Overvote = "|"

// Protocols counts the ballots cast in the precincts of e into their
// protocols: one per precinct and ballot kind, in the order the first
// ballot of each appears, by the Counter of that ballot (the lists of e's
// parties, the candidates of the precinct's okrug; "against all" where
// againstAll says the ballot offers it; nil: where e.HasAgainstAll says).
// A bad ballot (of a precinct e does not define, an okrug ballot in a
// precinct without okrug, or one Count refuses) stops it with a
// *BallotError giving its index in cast: the first bad ballot of the first
// protocol that has one.
//
// Protocols has no rule set: an okrug ballot cast in a precinct abroad is
// a bad ballot (WrongKind), as under a rule set's okrug.abroad "excluded"
// (kg2021's law: a precinct abroad issues the list ballot alone). Under
// okrug.abroad "counted", ProtocolsWith with Options.AbroadOkrug counts it
// in the okrug its precinct names.
func Protocols(e *election.Election, cast []Cast, againstAll func(election.BallotKind) bool) ([]election.Protocol, error) {
	return ProtocolsWith(e, cast, Options{AgainstAll: againstAll})
}

// Options say how ProtocolsWith counts; the zero value counts as Protocols
// with a nil againstAll.
type Options struct {
	// AgainstAll says whether a ballot offers "against all"; nil: where
	// the election's HasAgainstAll says.
	AgainstAll func(election.BallotKind) bool
	// AbroadOkrug says that a precinct abroad issues the okrug ballot of
	// the okrug it names too (a rule set's okrug.abroad "counted"); without
	// it, an okrug ballot cast abroad is WrongKind.
	AbroadOkrug bool
}

// ProtocolsWith is Protocols under o.
func ProtocolsWith(e *election.Election, cast []Cast, opts Options) ([]election.Protocol, error) {
	if e == nil {
		return nil, fmt.Errorf("%w: nil election", ErrBadChoices)
	}
	againstAll := opts.AgainstAll
	if againstAll == nil {
		againstAll = e.HasAgainstAll
	}
	type group struct {
		precinct string
		kind     election.BallotKind
		at       []int // indexes in cast
	}
	var groups []*group
	byKey := map[[2]string]*group{}
	for i := range cast {
		k := [2]string{cast[i].Precinct, string(cast[i].Kind)}
		g := byKey[k]
		if g == nil {
			g = &group{precinct: k[0], kind: cast[i].Kind}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.at = append(g.at, i)
	}
	precincts := make(map[string]*election.Precinct, len(e.Precincts))
	for i := range e.Precincts {
		precincts[e.Precincts[i].ID] = &e.Precincts[i]
	}
	counters := map[string]*Counter{} // by "list" or "okrug/<ID>"
	out := make([]election.Protocol, 0, len(groups))
	for _, g := range groups {
		bad := func(problem Problem) error {
			return &BallotError{Index: g.at[0], Problem: problem, Ballot: cast[g.at[0]].Ballot}
		}
		c, problem, err := counterOf(e, precincts[g.precinct], g.kind, counters, againstAll, opts)
		if err != nil {
			return nil, err
		}
		if problem != "" {
			return nil, bad(problem)
		}
		in := make([]election.Ballot, len(g.at))
		var times []int64 // nil while every record is one ballot
		all := int64(0)
		for j, i := range g.at {
			in[j] = cast[i].Ballot
			n := max(cast[i].Count, 1)
			if n > 1 && times == nil {
				times = make([]int64, len(g.at))
				for k := range j {
					times[k] = 1
				}
			}
			if times != nil {
				times[j] = n
			}
			if all > math.MaxInt64-n {
				return nil, &BallotError{Index: i, Problem: TooMany, Ballot: cast[i].Ballot}
			}
			all += n
		}
		p, err := c.countTimes(g.precinct, in, times, all)
		if be, ok := err.(*BallotError); ok {
			be.Index = g.at[be.Index]
		}
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// BadBallots returns every bad ballot of cast that ProtocolsWith would
// refuse, in the order of cast, in one pass: a caller that leaves bad
// ballots out leaves them all out at once, and one that names a bad
// ballot names the first of the file, not the first of the first
// protocol that has one. A ballot whose precinct or kind is refused
// (UnknownPrecinct, WrongKind) is refused with every ballot of its
// precinct and kind, as ProtocolsWith refuses the protocol; TooMany is the
// record that takes the counts of the ballots kept before it in its
// protocol past the largest int64. Without the ballots it returns,
// ProtocolsWith counts cast.
func BadBallots(e *election.Election, cast []Cast, opts Options) ([]*BallotError, error) {
	if e == nil {
		return nil, fmt.Errorf("%w: nil election", ErrBadChoices)
	}
	againstAll := opts.AgainstAll
	if againstAll == nil {
		againstAll = e.HasAgainstAll
	}
	precincts := make(map[string]*election.Precinct, len(e.Precincts))
	for i := range e.Precincts {
		precincts[e.Precincts[i].ID] = &e.Precincts[i]
	}
	// The counter of each protocol (precinct and kind), or the problem
	// that refuses it, decided in the order ProtocolsWith decides them:
	// that of the protocols' first ballots.
	type group struct {
		c       *Counter
		problem Problem
		all     int64 // the ballots kept so far
	}
	groups := map[[2]string]*group{}
	counters := map[string]*Counter{} // by "list" or "okrug/<ID>"
	var bad []*BallotError
	for i := range cast {
		k := [2]string{cast[i].Precinct, string(cast[i].Kind)}
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
			var err error
			if g.c, g.problem, err = counterOf(e, precincts[k[0]], cast[i].Kind, counters, againstAll, opts); err != nil {
				return nil, err
			}
		}
		problem := g.problem
		n := max(cast[i].Count, 1)
		if problem == "" {
			_, _, problem = g.c.place(&cast[i].Ballot)
		}
		if problem == "" && g.all > math.MaxInt64-n {
			problem = TooMany
		}
		if problem != "" {
			bad = append(bad, &BallotError{Index: i, Problem: problem, Ballot: cast[i].Ballot})
			continue
		}
		g.all += n
	}
	return bad, nil
}

// counterOf returns the counter of the protocols of precinct pr on ballots
// of kind: one for the list ballot, one per okrug for the okrug ballot,
// made at its first protocol and kept in counters; or the problem that
// refuses them (a precinct the election does not have, nil; a ballot its
// precinct does not issue).
func counterOf(e *election.Election, pr *election.Precinct, kind election.BallotKind, counters map[string]*Counter,
	againstAll func(election.BallotKind) bool, opts Options) (*Counter, Problem, error) {
	if pr == nil {
		return nil, UnknownPrecinct, nil
	}
	key := string(election.ListBallot)
	if kind == election.OkrugBallot {
		// (Abroad before the kept counter: the okrug's counter, made at a
		// home precinct's ballot, took a ballot from abroad that the
		// same ballot first in the file was refused.)
		if pr.Abroad && !opts.AbroadOkrug {
			return nil, WrongKind, nil
		}
		key = "okrug/" + pr.Okrug
	}
	if c := counters[key]; c != nil {
		return c, "", nil
	}
	var c *Counter
	var err error
	switch o, ok := e.Okrug(pr.Okrug); {
	case kind == election.ListBallot:
		c, err = NewListCounter(e.Parties, againstAll(election.ListBallot))
	case kind == election.OkrugBallot && ok:
		c, err = NewOkrugCounter(o, againstAll(election.OkrugBallot))
	default:
		return nil, WrongKind, nil
	}
	if err != nil {
		return nil, "", err
	}
	counters[key] = c
	return c, "", nil
}
