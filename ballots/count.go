package ballots

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/shailoo/shailoo/election"
)

// Errors of counting ballots; callers branch on them with errors.Is.
var (
	// ErrBadBallot is wrapped by a *BallotError naming the ballot.
	ErrBadBallot = errors.New("ballots: bad ballot")
	// ErrBadChoices reports a choice or candidate list a Counter cannot be
	// built from: an empty or duplicated ID, or an unknown ballot kind.
	ErrBadChoices = errors.New("ballots: bad choices")
)

// Problem says what is wrong with a ballot.
type Problem string

// The problems a ballot can have.
const (
	// WrongKind: the ballot is of the other kind (or of none), or an okrug
	// ballot cast in a precinct that has no okrug (or abroad, where the
	// okrug ballot is not issued: Options.AbroadOkrug).
	WrongKind Problem = "wrong_kind"
	// UnknownChoice: a valid ballot whose choice is not on the ballot
	// (an empty choice included).
	UnknownChoice Problem = "unknown_choice"
	// BadPreference: a preference vote on a ballot without preference
	// votes (the okrug ballot, a closed list), beside "against all", or for
	// a candidate not on the list of the party chosen.
	BadPreference Problem = "bad_preference"
	// UnknownPrecinct: the precinct of a ballot is not in the election.
	UnknownPrecinct Problem = "unknown_precinct"
	// TooMany: the counts of a precinct's records (Cast.Count) sum past
	// the largest int64; the ballot is the record that passes it.
	TooMany Problem = "too_many"
)

// BallotError reports the first bad ballot: its index in the slice counted,
// the problem and the ballot itself; of a ranked ballot's later rank
// (irv.Count), Rank is its place (1-based) and Ballot.Choice what it
// names. It unwraps to ErrBadBallot.
type BallotError struct {
	Index   int             `json:"index"`
	Rank    int             `json:"rank,omitempty"`
	Problem Problem         `json:"problem"`
	Ballot  election.Ballot `json:"ballot"`
}

func (e *BallotError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("ballots: ballot %d (kind %q, choice %q, candidate %q): %s",
		e.Index, e.Ballot.Kind, e.Ballot.Choice, e.Ballot.Candidate, e.Problem)
}

// Unwrap returns ErrBadBallot.
func (e *BallotError) Unwrap() error { return ErrBadBallot }

// Counter turns the ballots of one precinct into its protocol. It is built
// once per ballot (its choices and candidates put in perfect hash tables,
// see table.go) and may be used for any number of precincts, also from
// several goroutines at once.
type Counter struct {
	kind    election.BallotKind
	choices *table // party or candidate IDs, as given
	cands   *table // list candidates: none on a closed list or the okrug ballot
	owner   []int  // owner[c] is the choice position of candidate c's party
}

// NewCounter returns a Counter for a ballot of the given kind whose valid
// choices are choices (party IDs on the list ballot, candidate IDs on the
// okrug ballot, election.AgainstAll where the ballot offers it), without
// preference votes: see NewListCounter.
func NewCounter(kind election.BallotKind, choices []string) (*Counter, error) {
	if kind != election.ListBallot && kind != election.OkrugBallot {
		return nil, fmt.Errorf("%w: ballot kind %q", ErrBadChoices, kind)
	}
	t, err := newTable(choices, "choice")
	if err != nil {
		return nil, err
	}
	return &Counter{kind: kind, choices: t, cands: &table{}}, nil
}

// NewListCounter returns a Counter for the list ballot of the given parties
// (in ballot order), with "against all" when againstAll. A preference vote
// must be for a candidate on the list of the party chosen, and every
// candidate gets a Preferences entry, 0 included.
func NewListCounter(parties []election.Party, againstAll bool) (*Counter, error) {
	ids := make([]string, 0, len(parties)+1)
	var cands []string
	var owner []int
	for i := range parties {
		ids = append(ids, parties[i].ID)
		for _, cand := range parties[i].Candidates {
			cands = append(cands, cand.ID)
			owner = append(owner, i)
		}
	}
	if againstAll {
		ids = append(ids, election.AgainstAll)
	}
	c, err := NewCounter(election.ListBallot, ids)
	if err != nil {
		return nil, err
	}
	if c.cands, err = newTable(cands, "candidate"); err != nil {
		return nil, err
	}
	c.owner = owner
	return c, nil
}

// NewOkrugCounter returns a Counter for the okrug ballot of o: its
// candidates (in registration order) and, when againstAll, "against all".
// A nil o is ErrBadChoices.
func NewOkrugCounter(o *election.Okrug, againstAll bool) (*Counter, error) {
	if o == nil {
		return nil, fmt.Errorf("%w: nil okrug", ErrBadChoices)
	}
	ids := make([]string, 0, len(o.Candidates)+1)
	for i := range o.Candidates {
		ids = append(ids, o.Candidates[i].ID)
	}
	if againstAll {
		ids = append(ids, election.AgainstAll)
	}
	return NewCounter(election.OkrugBallot, ids)
}

// Choices returns the choices the counter accepts, in the order given;
// none for a Counter not made by NewCounter (a nil or zero one).
func (c *Counter) Choices() []string {
	if c == nil || c.choices == nil {
		return nil
	}
	return append([]string(nil), c.choices.keys...)
}

// Count counts the ballots of one precinct into its protocol:
//
//   - Lines[FoundStationary] is every ballot (and Lines[FoundMobile] 0, so
//     that "found" is a complete base), Lines[Invalid] the ballots marked
//     Invalid (whatever else they hold), Lines[Valid] the others; a count
//     of ballots gives no other line;
//   - Votes has an entry for every choice, 0 included;
//   - on the list ballot, Preferences has an entry for every candidate of
//     the lists, 0 included.
//
// The first bad ballot (of the other kind, a valid ballot whose choice is
// not on the ballot, a bad preference) stops the count with a *BallotError
// giving its index.
func (c *Counter) Count(precinct string, ballots []election.Ballot) (election.Protocol, error) {
	return c.countTimes(precinct, ballots, nil, int64(len(ballots)))
}

// countTimes is Count with times[i] the number of identical ballots that
// ballots[i] stands for (nil: one each), all their sum (at most the
// largest int64, which the caller has checked).
func (c *Counter) countTimes(precinct string, ballots []election.Ballot, times []int64, all int64) (election.Protocol, error) {
	if c == nil || c.choices == nil {
		return election.Protocol{}, fmt.Errorf("%w: a Counter not made by NewCounter", ErrBadChoices)
	}
	// A large slice is counted in parts, one a goroutine, and the parts
	// summed: the first bad ballot is the first of the first part that has
	// one.
	n := max(1, min(runtime.GOMAXPROCS(0), len(ballots)/parallelMin))
	parts := make([]part, n)
	if n == 1 {
		parts[0] = c.count(ballots, times, 0)
	} else {
		var wg sync.WaitGroup
		for w := range parts {
			lo, hi := w*len(ballots)/n, (w+1)*len(ballots)/n
			var ts []int64
			if times != nil {
				ts = times[lo:hi]
			}
			wg.Go(func() { parts[w] = c.count(ballots[lo:hi], ts, lo) })
		}
		wg.Wait()
	}
	t := &parts[0]
	for w := range parts {
		if parts[w].err != nil {
			return election.Protocol{}, parts[w].err
		}
		if w > 0 {
			t.invalid += parts[w].invalid
			for i, v := range parts[w].counts {
				t.counts[i] += v
			}
			for i, v := range parts[w].prefs {
				t.prefs[i] += v
			}
		}
	}
	invalid, counts, prefs := t.invalid, t.counts, t.prefs
	p := election.Protocol{
		Precinct: precinct,
		Ballot:   c.kind,
		Lines: map[election.Line]int64{
			election.FoundMobile:     0,
			election.FoundStationary: all,
			election.Invalid:         invalid,
			election.Valid:           all - invalid,
		},
		Votes: make(map[string]int64, len(counts)),
	}
	for i, id := range c.choices.keys {
		p.Votes[id] = counts[i]
	}
	if c.kind == election.ListBallot {
		p.Preferences = make(map[string]int64, len(prefs))
		for i, id := range c.cands.keys {
			p.Preferences[id] = prefs[i]
		}
	}
	return p, nil
}

// parallelMin is the fewest ballots a goroutine of Count is given: below
// it, starting a goroutine costs more than it saves. A precinct's ballots
// are counted by one.
const parallelMin = 1 << 15

// part is the count of some ballots: the invalid ones, the votes per
// choice and the preference votes per candidate (by position), or the
// first bad ballot. Its numbers are at most the number of ballots of a
// slice, whose sum the caller has checked to stay within int64: they are
// added without overflow checks.
type part struct {
	invalid       int64
	counts, prefs []int64
	err           *BallotError
}

// count counts ballots, which start at index lo of the slice counted,
// ballots[i] standing for times[i] identical ballots (nil: one each).
func (c *Counter) count(ballots []election.Ballot, times []int64, lo int) part {
	t := part{counts: make([]int64, len(c.choices.keys)), prefs: make([]int64, len(c.cands.keys))}
	for i := range ballots {
		b := &ballots[i]
		n := int64(1)
		if times != nil {
			n = times[i]
		}
		switch p, q, problem := c.place(b); {
		case problem != "":
			t.err = &BallotError{Index: lo + i, Problem: problem, Ballot: *b}
			return t
		case p < 0:
			t.invalid += n
		default:
			t.counts[p] += n
			if q >= 0 {
				t.prefs[q] += n
			}
		}
	}
	return t
}

// place returns where ballot b counts: the index of its choice, p, and
// of the candidate its preference vote names, q (-1: none); p is -1 for
// an invalid ballot. Or the problem that refuses it. Count and BadBallots
// both ask it, so that they refuse the same ballots.
func (c *Counter) place(b *election.Ballot) (p, q int, problem Problem) {
	p = c.choices.find(b.Choice)
	switch {
	case b.Kind != c.kind:
		return 0, 0, WrongKind
	case b.Invalid:
		return -1, -1, ""
	case p < 0:
		return 0, 0, UnknownChoice
	case b.Candidate == "":
		return p, -1, ""
	}
	if q = c.cands.find(b.Candidate); q < 0 || c.owner[q] != p {
		return 0, 0, BadPreference
	}
	return p, q, ""
}
