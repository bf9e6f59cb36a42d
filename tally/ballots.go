package tally

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"

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
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("tally: ballot %d (kind %q, choice %q, candidate %q): %s",
		e.Index, e.Ballot.Kind, e.Ballot.Choice, e.Ballot.Candidate, e.Problem)
}

// Unwrap returns ErrBadBallot.
func (e *BallotError) Unwrap() error { return ErrBadBallot }

// Counter turns the ballots of one precinct into its protocol. It is built
// once per ballot (the choices, and the candidates of NewListCounter, are
// put in perfect hash tables once: about 2 µs for 22 choices, 0.2 ms for
// 1,050 candidates) and may be used for any number of precincts, also from
// several goroutines at once.
type Counter struct {
	kind      election.BallotKind
	kindPrint kindPrint // kind, as countBallots compares it
	choices   *index    // party or candidate IDs, AgainstAll last unless given
	cfast     *perfect  // the choices again, for lookups
	cexact    bool      // cfast holds every choice (else: look misses up in choices)
	against   int       // position of AgainstAll
	lists     bool      // candidate lists known (NewListCounter)
	cands     *index    // list candidates, when lists
	kfast     *perfect  // the candidates again, for lookups
	kexact    bool      // kfast holds every candidate (else: look misses up in cands)
	owner     []int     // owner[c] is the choice position of candidate c's party
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
	c := &Counter{kind: kind, kindPrint: newKindPrint(kind), choices: newIndex(len(choices) + 1)}
	for _, id := range choices {
		if id == "" {
			return nil, fmt.Errorf("%w: empty choice ID", ErrBadChoices)
		}
		if _, fresh := c.choices.insert(id); !fresh {
			return nil, fmt.Errorf("%w: choice %q listed twice", ErrBadChoices, id)
		}
	}
	c.against, _ = c.choices.insert(election.AgainstAll)
	c.cfast, c.cexact = fastIndex(c.choices.keys)
	return c, nil
}

// fastIndex returns the perfect table of keys and true, or, if keys defeat
// it, a table that holds nothing and false: the count then looks the keys
// it misses up in the index. A few short keys get a short table.
func fastIndex(keys []string) (*perfect, bool) {
	if x := buildShort(keys); x != nil {
		return x, true
	}
	if x := newPerfect(keys); x != nil {
		return x, true
	}
	return &perfect{slots: make([]slot, 1), disp: make([]uint64, 1), bshift: 64, sshift: 64}, false
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
	c.kfast, c.kexact = fastIndex(c.cands.keys)
	return c, nil
}

// NewOkrugCounter returns a Counter for the okrug ballot of o: its
// candidates (in registration order) and AgainstAll. A nil o is
// ErrBadChoices.
func NewOkrugCounter(o *election.Okrug) (*Counter, error) {
	if o == nil {
		return nil, fmt.Errorf("%w: nil okrug", ErrBadChoices)
	}
	ids := make([]string, len(o.Candidates))
	for i := range o.Candidates {
		ids[i] = o.Candidates[i].ID
	}
	return NewCounter(election.OkrugBallot, ids)
}

// Choices returns the choices the counter accepts, in the order given, with
// AgainstAll last unless it was given; none for a Counter not made by
// NewCounter (a nil or zero one).
func (c *Counter) Choices() []string {
	if c == nil || c.choices == nil {
		return nil
	}
	return append([]string(nil), c.choices.keys...)
}

// FromBallots counts the ballots of one precinct into its protocol. It is
// NewCounter(kind, choices) followed by Count(precinct, ballots).
//
// Measured with go test -run XXX -bench 'FromBallots/n=1048576' ./tally
// (2^20 list ballots, 2 cores shared with other work): see
// BenchmarkFromBallots for the figures, and BenchmarkBallotStream for the
// floor that reading the ballots sets.
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
// A large slice (parallelMin ballots per goroutine or more: 2^16 ballots
// on two cores) is counted by up to GOMAXPROCS goroutines, each taking the
// next block of the slice not yet taken, and their counts merged; the
// protocol, and the error, are the same as counted in one pass. A smaller
// slice is counted by the calling goroutine.
func (c *Counter) Count(precinct string, ballots []election.Ballot) (election.Protocol, error) {
	if c == nil || c.choices == nil {
		return election.Protocol{}, fmt.Errorf("%w: a Counter not made by NewCounter", ErrBadChoices)
	}
	workers := min(runtime.GOMAXPROCS(0), len(ballots)/parallelMin)
	if workers <= 1 {
		t := c.newPart(len(ballots))
		defer release(t)
		if err := t.count(c, ballots, 0); err != nil {
			err.Ballot = ballots[err.Index]
			return election.Protocol{}, err
		}
		return c.protocol(precinct, len(ballots), &t.part), nil
	}
	s := &schedule{ballots: ballots}
	s.stop.Store(math.MaxInt64)
	parts := make([]*counting, workers)
	var wg sync.WaitGroup
	for w := range parts {
		wg.Go(func() { parts[w] = c.countBlocks(s, len(ballots)/workers) })
	}
	wg.Wait()
	defer release(parts...)
	var first *BallotError
	for _, t := range parts {
		if err := t.err; err != nil && (first == nil || err.Index < first.Index) {
			first = err
		}
	}
	if first != nil {
		first.Ballot = ballots[first.Index]
		return election.Protocol{}, first
	}
	t := &parts[0].part
	for w := 1; w < len(parts); w++ {
		t.merge(&parts[w].part)
	}
	return c.protocol(precinct, len(ballots), t), nil
}

// parallelMin is the fewest ballots a goroutine of Count is given: below
// it, starting a goroutine costs more than it saves.
const parallelMin = 1 << 15

// block is the number of ballots a goroutine of Count takes at a time.
// The goroutines take the blocks in slice order, each the next one free,
// rather than a part each fixed in advance: on a machine shared with other
// work one goroutine may get much less of a core than another, and a
// goroutine done with its part would then wait for the other. A block is
// large enough that taking it (an atomic add on a word the goroutines
// share) costs nothing next to counting it.
const block = 1 << 14

// schedule hands out the blocks of a parallel count.
type schedule struct {
	ballots []election.Ballot
	next    atomic.Int64 // the next block to take
	stop    atomic.Int64 // the first block found to hold a bad ballot so far
}

// countBlocks counts the blocks it takes from s until none is left, or
// until one of them, or an earlier one, holds a bad ballot. Every block
// before the first block with a bad ballot is taken before it and counted
// whole by the goroutine that took it (no goroutine stops within a block
// unless the block holds a bad ballot), so the bad ballot of smallest index
// found by the goroutines is the first of the slice.
func (c *Counter) countBlocks(s *schedule, share int) *counting {
	t := c.newPart(share)
	blocks := int64((len(s.ballots) + block - 1) / block)
	for {
		j := s.next.Add(1) - 1
		if j >= blocks || j > s.stop.Load() {
			return t
		}
		lo := int(j) * block
		hi := min(lo+block, len(s.ballots))
		if err := t.count(c, s.ballots[lo:hi], lo); err != nil {
			s.lower(j)
			return t
		}
	}
}

// lower makes block j the stop of s if it comes before it.
func (s *schedule) lower(j int64) {
	for {
		stop := s.stop.Load()
		if j >= stop || s.stop.CompareAndSwap(stop, j) {
			return
		}
	}
}

// part is the count of some ballots: invalid ballots, votes per choice
// position, preference votes per candidate position (in found, or in the
// counter's candidate index when the lists are known), or the first bad
// ballot. Its numbers, and their sums over the parts of a count, are at
// most the number of ballots of a slice, below 2^63: they are added
// without overflow checks.
type part struct {
	invalid int64
	counts  []int64
	found   *index
	prefs   []int64
	err     *BallotError
}

// foundMax is the most candidates a count makes room for before it finds
// them, when the lists are not known.
const foundMax = 1 << 11

// counting is the state of one goroutine of a count: its part and its
// memos.
type counting struct {
	part
	mc, mk memo
	idx    *index // found, the lists not known; kept for the next count
}

// newPart returns the state of a goroutine that counts about n ballots,
// cleared: fresh, or one a count gave back (release).
func (c *Counter) newPart(n int) *counting {
	t, _ := spare.Get().(*counting)
	if t == nil {
		t = &counting{}
	}
	t.invalid, t.err, t.found = 0, nil, nil
	t.counts = zeroed(t.counts, c.choices.len())
	t.mc.reset(c.choices.len(), n)
	switch {
	case c.kind == election.OkrugBallot:
		t.prefs = t.prefs[:0]
		t.mk.reset(0, 0) // no candidates: unused
	case c.lists:
		t.prefs = zeroed(t.prefs, c.cands.len())
		t.mk.reset(c.cands.len(), n/4)
	default:
		// Room for the candidates of 2021 (1,050) without growing: a
		// table that grows is allocated anew.
		room := min(n/3, foundMax)
		if t.idx == nil {
			t.idx = newIndex(room)
		} else {
			t.idx.reset(room)
		}
		t.found = t.idx
		t.prefs = t.prefs[:0]
		t.mk.reset(memoMax, n/4)
	}
	return t
}

// spare keeps the state of finished counts for the next ones. A goroutine
// counting 2^20 ballots has about half a megabyte of tables (its memos and,
// the lists not known, the index of the candidates it finds); memory new
// from the system costs a page fault at its first touch, and a count that
// allocated its tables anew spent more on those faults than on clearing
// tables it had before (measured: 7% of the count). Taking a state from
// the pool changes nothing but the cost: newPart clears it (a memo must be
// cleared, as an address it remembers may now hold another string).
var spare sync.Pool // of *counting

// release gives the states of a finished count back for the next ones,
// without the strings they refer to (the candidates found).
func release(ts ...*counting) {
	for _, t := range ts {
		if t.idx != nil {
			clear(t.idx.keys)
			t.idx.keys = t.idx.keys[:0]
		}
		t.found, t.err = nil, nil
		spare.Put(t)
	}
}

// zeroed returns s with length n, every element 0, reusing its array when
// it is large enough.
func zeroed(s []int64, n int) []int64 {
	if cap(s) < n {
		return make([]int64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// count counts ballots, which start at index lo of the slice counted, into
// t, a chunk at a time, or returns (and keeps in t) the first bad ballot,
// with its index in the slice.
func (t *counting) count(c *Counter, ballots []election.Ballot, lo int) *BallotError {
	for at := 0; at < len(ballots); {
		n := chunk
		if t.mc.fresh || t.mk.fresh {
			n = firstChunk
		}
		hi := min(at+n, len(ballots))
		invalid, err := c.countBallots(ballots[at:hi], &t.part, &t.mc, &t.mk)
		if err != nil {
			err.Index += lo + at
			t.err = err
			return err
		}
		t.invalid += invalid
		t.mc.adapt()
		t.mk.adapt()
		at = hi
	}
	return nil
}

// chunk is the number of ballots countBallots is given at a time (after
// a memo is turned on, firstChunk): after each chunk, the memos that do not
// pay are turned off for a while.
const (
	chunk      = 1 << 12
	firstChunk = 1 << 8
)

// choiceMiss returns the position of a choice the perfect table does not
// hold, or -1.
func (c *Counter) choiceMiss(id string) int {
	if c.cexact {
		return -1
	}
	return c.choices.find(id)
}

// candidateMiss returns the position of a list candidate the perfect table
// does not hold, or -1.
func (c *Counter) candidateMiss(id string) int {
	if c.kexact {
		return -1
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

// countBallots counts ballots into t and returns the number of invalid
// ballots, or the first bad ballot. It checks each ballot in the order of
// the problems (kind, choice, preference), in two passes: the first counts
// the choices and notes the ballots with a preference vote, 256 at a time;
// the second (countCandidates) counts those, while they are in the cache (a
// branch taken by a third of the ballots, at random, costs more). When the
// second pass finds a bad ballot, the first has checked every ballot
// before it, and it is the first bad ballot. A preference vote on the okrug
// ballot is noted too, and the second pass reports it.
//
// The first pass is written twice, the memo of the choices on and off
// (the choice of loop is made once a chunk): in the loop, every ballot costs
// instructions, and fewer of them let the processor look further ahead in
// the slice, whose reading is most of the cost of a count. With the memo on,
// ballots that share their strings cost a compare of an address, and a
// miss goes out of the loop (findChoice); with it off, the short table of
// the choices is looked up with the fingerprint computed inline. Choices
// that have no short table (more than shortMax of them, or keys it cannot
// tell apart) are always counted with the memo.
func (c *Counter) countBallots(ballots []election.Ballot, t *part, mc, mk *memo) (int64, *BallotError) {
	counts := t.counts
	kind := c.kindPrint
	var with [256]noted
	var k int
	// The ballots not counted for a choice are the invalid ones: the loops
	// do not count them (a register less, in loops that have too few).
	before := total(counts)
	if mc.on || !c.cfast.short {
		slots, shift := mc.slots, mc.shift
		var miss int
		for i := range ballots {
			b := &ballots[i]
			if !kind.holds(string(b.Kind)) {
				return c.bad(ballots, t, mk, with[:k], i, WrongKind)
			}
			if b.Invalid {
				continue
			}
			e := memoSlot(slots, shift, b.Choice)
			p := int(e.pos1) - 1
			if !e.holds(b.Choice) {
				p = c.findChoice(b.Choice)
				e.remember(b.Choice, p)
				miss++
			}
			if p < 0 {
				return c.bad(ballots, t, mk, with[:k], i, UnknownChoice)
			}
			counts[p]++
			with[k] = noted{int32(i), int32(p)}
			k += min(len(b.Candidate), 1)
			if k == len(with) {
				if err := c.countCandidates(ballots, t, mk, with[:]); err != nil {
					return 0, err
				}
				k = 0
			}
		}
		mc.tally(int(total(counts)-before), miss)
	} else {
		cf := c.cfast
		for i := range ballots {
			b := &ballots[i]
			if !kind.holds(string(b.Kind)) {
				return c.bad(ballots, t, mk, with[:k], i, WrongKind)
			}
			if b.Invalid {
				continue
			}
			// c.findChoice(b.Choice), written out (cf is short).
			key := b.Choice
			n := len(key)
			var head, tail, mid uint64
			switch {
			case n >= 8:
				head = le64(key)
				tail = le64(key[n-8:])
				if n > 16 {
					mid = le64(key[n/2-4:])
				}
			case n >= 4:
				head = uint64(le32(key))
				tail = uint64(le32(key[n-4:]))
			case n > 0:
				head = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
			}
			s := cf.shortSlot(head, tail, mid, n)
			p := int(s.pos1) - 1
			if !s.holds(key, head, tail, cf.keys) {
				p = c.choiceMiss(key)
			}
			if p < 0 {
				return c.bad(ballots, t, mk, with[:k], i, UnknownChoice)
			}
			counts[p]++
			with[k] = noted{int32(i), int32(p)}
			k += min(len(b.Candidate), 1)
			if k == len(with) {
				if err := c.countCandidates(ballots, t, mk, with[:]); err != nil {
					return 0, err
				}
				k = 0
			}
		}
	}
	if err := c.countCandidates(ballots, t, mk, with[:k]); err != nil {
		return 0, err
	}
	return int64(len(ballots)) - (total(counts) - before), nil
}

// total returns the sum of counts: at most the ballots of a slice, below
// 2^63.
func total(counts []int64) int64 {
	var n int64
	for _, v := range counts {
		n += v
	}
	return n
}

// findChoice returns the position of a choice, or -1.
func (c *Counter) findChoice(id string) int {
	if p := c.cfast.find(id); p >= 0 {
		return p
	}
	return c.choiceMiss(id)
}

// kindPrint is a ballot kind as countBallots compares it, inline (a
// comparison of strings that are not constants is a call): its length, its
// first byte and its last 4 bytes, which for the kinds there are ("list",
// "okrug": 4 and 5 bytes) cover every byte.
type kindPrint struct {
	n     int
	first byte
	tail  uint32
}

func newKindPrint(kind election.BallotKind) kindPrint {
	s := string(kind)
	return kindPrint{n: len(s), first: s[0], tail: le32(s[len(s)-4:])}
}

// holds reports whether k is the kind.
func (p kindPrint) holds(k string) bool {
	return len(k) == p.n && k[0] == p.first && le32(k[p.n-4:]) == p.tail
}

// bad returns the first bad ballot when the first pass of countBallots
// finds ballot i bad: a ballot noted before it may be bad.
func (c *Counter) bad(ballots []election.Ballot, t *part, mk *memo, with []noted, i int, problem Problem) (int64, *BallotError) {
	if err := c.countCandidates(ballots, t, mk, with); err != nil {
		return 0, err
	}
	return 0, &BallotError{Index: i, Problem: problem}
}

// noted is a ballot with a preference vote: its index in the chunk and the
// position of its choice.
type noted struct{ i, p int32 }

// countCandidates is the second pass of countBallots: it counts the
// preference votes of the ballots noted in with.
func (c *Counter) countCandidates(ballots []election.Ballot, t *part, mk *memo, with []noted) *BallotError {
	lists, against := c.lists, c.against
	okrug := c.kind == election.OkrugBallot
	prefs, found, owner := t.prefs, t.found, c.owner
	kf := c.kfast
	kon, kslots, kshift := mk.on, mk.slots, mk.shift
	var miss int
	for _, w := range with {
		key := ballots[w.i].Candidate
		p := int(w.p)
		if okrug || !lists && p == against {
			return &BallotError{Index: int(w.i), Problem: BadPreference}
		}
		q, hit := -1, false
		var e *seen
		if kon {
			e = memoSlot(kslots, kshift, key)
			q, hit = int(e.pos1)-1, e.holds(key)
		}
		if !hit {
			// kf.find(key) or found.insert(key), written out.
			n := len(key)
			var head, tail, mid uint64
			switch {
			case n >= 8:
				head = le64(key)
				tail = le64(key[n-8:])
				if n > 16 {
					mid = le64(key[n/2-4:])
				}
			case n >= 4:
				head = uint64(le32(key))
				tail = uint64(le32(key[n-4:]))
			default:
				head = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
			}
			h := hash(head, tail, mid, n)
			if lists {
				var s *slot
				if kf.short {
					s = kf.shortSlot(head, tail, mid, n)
				} else {
					s = &kf.slots[((h^kf.disp[h>>kf.bshift])*k3)>>kf.sshift]
				}
				q = int(s.pos1) - 1
				if !s.holds(key, head, tail, kf.keys) {
					q = c.candidateMiss(key)
				}
			} else {
				q = -1
				if !found.full {
					if s := &found.slots[h>>found.shift]; s.holds(key, head, tail, found.keys) {
						q = int(s.pos1) - 1
					}
				}
				if q < 0 {
					var fresh bool
					q, fresh = found.insert(key)
					if fresh {
						prefs = append(prefs, 0)
					}
				}
			}
			if kon {
				e.remember(key, q)
				miss++
			}
		}
		if lists && (q < 0 || owner[q] != p) {
			return &BallotError{Index: int(w.i), Problem: BadPreference}
		}
		prefs[q]++
	}
	t.prefs = prefs
	mk.tally(len(with), miss)
	return nil
}
