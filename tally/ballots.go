package tally

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
	ErrBadBallot = errors.New("tally: bad ballot")
	// ErrBadChoices reports a choice or candidate list a Counter cannot be
	// built from: an empty or duplicated ID, or an unknown ballot kind.
	ErrBadChoices = errors.New("tally: bad choices")
)

// Problem says what is wrong with a ballot.
type Problem string

// The problems a ballot can have.
const (
	// WrongKind: the ballot is of the other kind (or of none).
	WrongKind Problem = "wrong_kind"
	// UnknownChoice: a valid ballot whose choice is not on the ballot
	// (an empty choice included).
	UnknownChoice Problem = "unknown_choice"
	// BadPreference: a preference vote on an okrug ballot, beside "against
	// all", or (when the lists are known) for a candidate not on the list of
	// the party chosen.
	BadPreference Problem = "bad_preference"
)

// BallotError reports the first bad ballot: its index in the slice counted,
// the problem and the ballot itself. It unwraps to ErrBadBallot.
type BallotError struct {
	Index   int             `json:"index"`
	Problem Problem         `json:"problem"`
	Ballot  election.Ballot `json:"ballot"`
}

func (e *BallotError) Error() string {
	return fmt.Sprintf("tally: ballot %d (kind %q, choice %q, candidate %q): %s",
		e.Index, e.Ballot.Kind, e.Ballot.Choice, e.Ballot.Candidate, e.Problem)
}

// Unwrap returns ErrBadBallot.
func (e *BallotError) Unwrap() error { return ErrBadBallot }

// Counter turns the ballots of one precinct into its protocol. It is built
// once per ballot (the choices are indexed once) and may be used for any
// number of precincts, also from several goroutines at once.
type Counter struct {
	kind    election.BallotKind
	choices *index   // party or candidate IDs, AgainstAll last unless given
	cfast   *perfect // the choices again, for lookups (nil: use choices)
	against int      // position of AgainstAll
	lists   bool     // candidate lists known (NewListCounter)
	cands   *index   // list candidates, when lists
	kfast   *perfect // the candidates again, for lookups (nil: use cands)
	owner   []int    // owner[c] is the choice position of candidate c's party
}

// NewCounter returns a Counter for a ballot of the given kind whose valid
// choices are choices (party IDs on the list ballot, candidate IDs on the
// okrug ballot). AgainstAll is always a valid choice, listed or not.
// Preference votes on the list ballot are counted for any candidate ID,
// since the lists are not known: use NewListCounter to check them.
func NewCounter(kind election.BallotKind, choices []string) (*Counter, error) {
	if kind != election.ListBallot && kind != election.OkrugBallot {
		return nil, fmt.Errorf("%w: ballot kind %q", ErrBadChoices, kind)
	}
	c := &Counter{kind: kind, choices: newIndex(len(choices) + 1)}
	for _, id := range choices {
		if id == "" {
			return nil, fmt.Errorf("%w: empty choice ID", ErrBadChoices)
		}
		if _, fresh := c.choices.insert(id); !fresh {
			return nil, fmt.Errorf("%w: choice %q listed twice", ErrBadChoices, id)
		}
	}
	c.against, _ = c.choices.insert(election.AgainstAll)
	c.cfast = newPerfect(c.choices.keys)
	return c, nil
}

// NewListCounter returns a Counter for the list ballot of the given parties
// (in ballot order). A preference vote must be for a candidate on the list
// of the party chosen, and every candidate gets a Preferences entry, 0
// included.
func NewListCounter(parties []election.Party) (*Counter, error) {
	ids := make([]string, len(parties))
	n := 0
	for i := range parties {
		ids[i] = parties[i].ID
		n += len(parties[i].Candidates)
	}
	c, err := NewCounter(election.ListBallot, ids)
	if err != nil {
		return nil, err
	}
	if c.against != len(parties) {
		return nil, fmt.Errorf("%w: a party has the ID %q", ErrBadChoices, election.AgainstAll)
	}
	c.lists, c.cands, c.owner = true, newIndex(n), make([]int, 0, n)
	for i := range parties {
		for _, cand := range parties[i].Candidates {
			if cand.ID == "" {
				return nil, fmt.Errorf("%w: party %q has a candidate without ID", ErrBadChoices, parties[i].ID)
			}
			if _, fresh := c.cands.insert(cand.ID); !fresh {
				return nil, fmt.Errorf("%w: candidate %q listed twice", ErrBadChoices, cand.ID)
			}
			c.owner = append(c.owner, i)
		}
	}
	c.kfast = newPerfect(c.cands.keys)
	return c, nil
}

// NewOkrugCounter returns a Counter for the okrug ballot of o: its
// candidates (in registration order) and AgainstAll.
func NewOkrugCounter(o *election.Okrug) (*Counter, error) {
	ids := make([]string, len(o.Candidates))
	for i := range o.Candidates {
		ids[i] = o.Candidates[i].ID
	}
	return NewCounter(election.OkrugBallot, ids)
}

// Choices returns the choices the counter accepts, in the order given, with
// AgainstAll last unless it was given.
func (c *Counter) Choices() []string { return append([]string(nil), c.choices.keys...) }

// FromBallots counts the ballots of one precinct into its protocol. It is
// NewCounter(kind, choices) followed by Count(precinct, ballots).
func FromBallots(precinct string, kind election.BallotKind, choices []string, ballots []election.Ballot) (election.Protocol, error) {
	c, err := NewCounter(kind, choices)
	if err != nil {
		return election.Protocol{}, err
	}
	return c.Count(precinct, ballots)
}

// Count counts the ballots of one precinct into its protocol:
//
//   - Lines[FoundStationary] is every ballot (and Lines[FoundMobile] 0, so
//     that "found" is a complete base), Lines[Invalid] the ballots marked
//     Invalid (whatever else they hold), Lines[Valid] the others;
//   - Votes has an entry for every choice (AgainstAll included), 0 included;
//   - on the list ballot, Preferences has the preference votes per
//     candidate (an entry for every candidate when the lists are known).
//
// The first bad ballot (of the other kind, a valid ballot whose choice is
// not on the ballot, a bad preference) stops the count with a *BallotError
// giving its index.
//
// A large slice (parallelMin ballots per goroutine or more) is counted in
// parts by up to GOMAXPROCS goroutines; the protocol, and the error, are
// the same as counted in one pass.
func (c *Counter) Count(precinct string, ballots []election.Ballot) (election.Protocol, error) {
	workers := min(runtime.GOMAXPROCS(0), len(ballots)/parallelMin)
	if workers <= 1 {
		t := c.count(ballots)
		if t.err != nil {
			t.err.Ballot = ballots[t.err.Index]
			return election.Protocol{}, t.err
		}
		return c.protocol(precinct, len(ballots), &t), nil
	}
	parts := make([]part, workers)
	size := (len(ballots) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*size, min((w+1)*size, len(ballots))
		wg.Go(func() {
			parts[w] = c.count(ballots[lo:hi])
			if parts[w].err != nil {
				parts[w].err.Index += lo
			}
		})
	}
	wg.Wait()
	for w := range parts {
		if err := parts[w].err; err != nil {
			err.Ballot = ballots[err.Index]
			return election.Protocol{}, err
		}
	}
	t := &parts[0]
	for w := 1; w < len(parts); w++ {
		t.merge(&parts[w])
	}
	return c.protocol(precinct, len(ballots), t), nil
}

// parallelMin is the fewest ballots a goroutine of Count is given: below
// it, starting a goroutine costs more than it saves.
const parallelMin = 1 << 15

// part is the count of some ballots: invalid ballots, votes per choice
// position, preference votes per candidate position (in found, or in the
// counter's candidate index when the lists are known), or the first bad
// ballot.
type part struct {
	invalid int64
	counts  []int64
	found   *index
	prefs   []int64
	err     *BallotError
}

func (c *Counter) count(ballots []election.Ballot) part {
	t := part{counts: make([]int64, c.choices.len())}
	mc := newMemo(c.choices.len(), len(ballots))
	var mk memo
	switch {
	case c.kind == election.OkrugBallot:
	case c.lists:
		t.prefs = make([]int64, c.cands.len())
		mk = newMemo(c.cands.len(), len(ballots)/2)
	default:
		t.found = newIndex(0)
		mk = newMemo(memoMax, len(ballots)/2)
	}
	for lo := 0; lo < len(ballots); lo += chunk {
		bs := ballots[lo:min(lo+chunk, len(ballots))]
		var invalid int64
		switch {
		case c.kind == election.OkrugBallot:
			invalid, t.err = c.countOkrug(bs, t.counts, &mc)
		case c.lists:
			invalid, t.err = c.countLists(bs, t.counts, t.prefs, &mc, &mk)
		default:
			invalid, t.err = c.countList(bs, &t, &mc, &mk)
		}
		if t.err != nil {
			t.err.Index += lo
			return t
		}
		t.invalid += invalid
		mc.adapt()
		mk.adapt()
	}
	return t
}

// chunk is the number of ballots a count loop is given at a time: after
// each chunk, the memos that do not pay are turned off for a while.
const chunk = 1 << 12

// choice returns the position of the choice id, or -1.
func (c *Counter) choice(id string) int {
	if c.cfast != nil {
		return c.cfast.find(id)
	}
	return c.choices.find(id)
}

// candidate returns the position of the list candidate id, or -1.
func (c *Counter) candidate(id string) int {
	if c.kfast != nil {
		return c.kfast.find(id)
	}
	return c.cands.find(id)
}

// merge adds the count o to t.
func (t *part) merge(o *part) {
	t.invalid += o.invalid
	for i, v := range o.counts {
		t.counts[i] += v
	}
	if t.found == nil {
		for i, v := range o.prefs {
			t.prefs[i] += v
		}
		return
	}
	for i, id := range o.found.keys {
		q, fresh := t.found.insert(id)
		if fresh {
			t.prefs = append(t.prefs, 0)
		}
		t.prefs[q] += o.prefs[i]
	}
}

func (c *Counter) protocol(precinct string, n int, t *part) election.Protocol {
	all := int64(n)
	p := election.Protocol{
		Precinct: precinct,
		Ballot:   c.kind,
		Lines: map[election.Line]int64{
			election.FoundMobile:     0,
			election.FoundStationary: all,
			election.Invalid:         t.invalid,
			election.Valid:           all - t.invalid,
		},
		Votes: make(map[string]int64, len(t.counts)),
	}
	for i, id := range c.choices.keys {
		p.Votes[id] = t.counts[i]
	}
	if c.kind == election.ListBallot {
		cands := t.found
		if cands == nil {
			cands = c.cands
		}
		p.Preferences = make(map[string]int64, len(t.prefs))
		for i, id := range cands.keys {
			p.Preferences[id] = t.prefs[i]
		}
	}
	return p
}

// The count loops look a string up in a memo first, when it is on (see
// memo): ballots that share their strings cost a compare of an address, the
// others a lookup in the counter's perfect hash table. They check each
// ballot in the order of the problems (kind, choice, preference) and stop
// at the first bad one.

// countOkrug counts okrug ballots: no preference votes.
func (c *Counter) countOkrug(ballots []election.Ballot, counts []int64, mc *memo) (int64, *BallotError) {
	var invalid int64
	cm, cmiss := *mc, 0
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.OkrugBallot {
			return 0, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		var p int
		if cm.on {
			e := cm.slot(b.Choice)
			p = int(e.pos1) - 1
			if !e.holds(b.Choice) {
				p = c.choice(b.Choice)
				e.remember(b.Choice, p)
				cmiss++
			}
		} else {
			p = c.choice(b.Choice)
		}
		if p < 0 {
			return 0, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			return 0, &BallotError{Index: i, Problem: BadPreference}
		}
		counts[p]++
	}
	mc.tally(len(ballots)-int(invalid), cmiss)
	return invalid, nil
}

// countLists counts list ballots whose candidate lists are known.
func (c *Counter) countLists(ballots []election.Ballot, counts, prefs []int64, mc, mk *memo) (int64, *BallotError) {
	var invalid int64
	cm, km := *mc, *mk
	cmiss, klook, kmiss := 0, 0, 0
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.ListBallot {
			return 0, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		var p int
		if cm.on {
			e := cm.slot(b.Choice)
			p = int(e.pos1) - 1
			if !e.holds(b.Choice) {
				p = c.choice(b.Choice)
				e.remember(b.Choice, p)
				cmiss++
			}
		} else {
			p = c.choice(b.Choice)
		}
		if p < 0 {
			return 0, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			var q int
			if km.on {
				e := km.slot(b.Candidate)
				q = int(e.pos1) - 1
				if !e.holds(b.Candidate) {
					q = c.candidate(b.Candidate)
					e.remember(b.Candidate, q)
					kmiss++
				}
			} else {
				q = c.candidate(b.Candidate)
			}
			if q < 0 || c.owner[q] != p {
				return 0, &BallotError{Index: i, Problem: BadPreference}
			}
			prefs[q]++
			klook++
		}
		counts[p]++
	}
	mc.tally(len(ballots)-int(invalid), cmiss)
	mk.tally(klook, kmiss)
	return invalid, nil
}

// countList counts list ballots whose candidate lists are not known: the
// candidates are indexed in t.found as they come.
func (c *Counter) countList(ballots []election.Ballot, t *part, mc, mk *memo) (int64, *BallotError) {
	var invalid int64
	counts, found, prefs := t.counts, t.found, t.prefs
	defer func() { t.prefs = prefs }()
	cm, km := *mc, *mk
	cmiss, klook, kmiss := 0, 0, 0
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.ListBallot {
			return 0, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		var p int
		if cm.on {
			e := cm.slot(b.Choice)
			p = int(e.pos1) - 1
			if !e.holds(b.Choice) {
				p = c.choice(b.Choice)
				e.remember(b.Choice, p)
				cmiss++
			}
		} else {
			p = c.choice(b.Choice)
		}
		if p < 0 {
			return 0, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			if p == c.against {
				return 0, &BallotError{Index: i, Problem: BadPreference}
			}
			q := -1
			if km.on {
				e := km.slot(b.Candidate)
				q = int(e.pos1) - 1
				if !e.holds(b.Candidate) {
					q = -1
					kmiss++
				}
			}
			if q < 0 {
				var fresh bool
				q, fresh = found.insert(b.Candidate)
				if fresh {
					prefs = append(prefs, 0)
				}
				if km.on {
					km.slot(b.Candidate).remember(b.Candidate, q)
				}
			}
			prefs[q]++
			klook++
		}
		counts[p]++
	}
	mc.tally(len(ballots)-int(invalid), cmiss)
	mk.tally(klook, kmiss)
	return invalid, nil
}
