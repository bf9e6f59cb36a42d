package tally

// The implementation of Counter before issue 7 (commit ff67337), kept as
// the reference the count is checked against (FuzzCountOld) and as the
// "old" side of BenchmarkFromBallots.

import (
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/shailoo/shailoo/election"
)

// oldCounter turns the ballots of one precinct into its protocol. It is built
// once per ballot (the choices are indexed once) and may be used for any
// number of precincts, also from several goroutines at once.
type oldCounter struct {
	kind    election.BallotKind
	choices *oldIndex // party or candidate IDs, AgainstAll last unless given
	against int       // position of AgainstAll
	lists   bool      // candidate lists known (oldNewListCounter)
	cands   *oldIndex // list candidates, when lists
	owner   []int     // owner[c] is the choice position of candidate c's party
}

// oldNewCounter returns a oldCounter for a ballot of the given kind whose valid
// choices are choices (party IDs on the list ballot, candidate IDs on the
// okrug ballot). AgainstAll is always a valid choice, listed or not.
// Preference votes on the list ballot are counted for any candidate ID,
// since the lists are not known: use oldNewListCounter to check them.
func oldNewCounter(kind election.BallotKind, choices []string) (*oldCounter, error) {
	if kind != election.ListBallot && kind != election.OkrugBallot {
		return nil, fmt.Errorf("%w: ballot kind %q", ErrBadChoices, kind)
	}
	c := &oldCounter{kind: kind, choices: oldNewIndex(len(choices) + 1)}
	for _, id := range choices {
		if id == "" {
			return nil, fmt.Errorf("%w: empty choice ID", ErrBadChoices)
		}
		if _, fresh := c.choices.insert(id); !fresh {
			return nil, fmt.Errorf("%w: choice %q listed twice", ErrBadChoices, id)
		}
	}
	c.against, _ = c.choices.insert(election.AgainstAll)
	return c, nil
}

// oldNewListCounter returns a oldCounter for the list ballot of the given parties
// (in ballot order). A preference vote must be for a candidate on the list
// of the party chosen, and every candidate gets a Preferences entry, 0
// included.
func oldNewListCounter(parties []election.Party) (*oldCounter, error) {
	ids := make([]string, len(parties))
	n := 0
	for i := range parties {
		ids[i] = parties[i].ID
		n += len(parties[i].Candidates)
	}
	c, err := oldNewCounter(election.ListBallot, ids)
	if err != nil {
		return nil, err
	}
	if c.against != len(parties) {
		return nil, fmt.Errorf("%w: a party has the ID %q", ErrBadChoices, election.AgainstAll)
	}
	c.lists, c.cands, c.owner = true, oldNewIndex(n), make([]int, 0, n)
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
	return c, nil
}

// oldNewOkrugCounter returns a oldCounter for the okrug ballot of o: its
// candidates (in registration order) and AgainstAll.
func oldNewOkrugCounter(o *election.Okrug) (*oldCounter, error) {
	ids := make([]string, len(o.Candidates))
	for i := range o.Candidates {
		ids[i] = o.Candidates[i].ID
	}
	return oldNewCounter(election.OkrugBallot, ids)
}

// Choices returns the choices the counter accepts, in the order given, with
// AgainstAll last unless it was given.
func (c *oldCounter) Choices() []string { return append([]string(nil), c.choices.keys...) }

// oldFromBallots counts the ballots of one precinct into its protocol. It is
// oldNewCounter(kind, choices) followed by Count(precinct, ballots).
func oldFromBallots(precinct string, kind election.BallotKind, choices []string, ballots []election.Ballot) (election.Protocol, error) {
	c, err := oldNewCounter(kind, choices)
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
// A large slice (oldParallelMin ballots per goroutine or more) is counted in
// parts by up to GOMAXPROCS goroutines; the protocol, and the error, are
// the same as counted in one pass.
func (c *oldCounter) Count(precinct string, ballots []election.Ballot) (election.Protocol, error) {
	workers := min(runtime.GOMAXPROCS(0), len(ballots)/oldParallelMin)
	if workers <= 1 {
		t := c.count(ballots)
		if t.err != nil {
			t.err.Ballot = ballots[t.err.Index]
			return election.Protocol{}, t.err
		}
		return c.protocol(precinct, len(ballots), &t), nil
	}
	parts := make([]oldPart, workers)
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

// oldParallelMin is the fewest ballots a goroutine of Count is given.
const oldParallelMin = 1 << 17

// part is the count of some ballots: invalid ballots, votes per choice
// position, preference votes per candidate position (in found, or in the
// counter's candidate index when the lists are known), or the first bad
// ballot.
type oldPart struct {
	invalid int64
	counts  []int64
	found   *oldIndex
	prefs   []int64
	err     *BallotError
}

func (c *oldCounter) count(ballots []election.Ballot) oldPart {
	t := oldPart{counts: make([]int64, c.choices.len())}
	switch {
	case c.kind == election.OkrugBallot:
		t.invalid, t.err = c.countOkrug(ballots, t.counts)
	case c.lists:
		t.prefs = make([]int64, c.cands.len())
		t.invalid, t.err = c.countLists(ballots, t.counts, t.prefs)
	default:
		t.found = oldNewIndex(0)
		t.invalid, t.prefs, t.err = c.countList(ballots, t.counts, t.found)
	}
	return t
}

// merge adds the count o to t.
func (t *oldPart) merge(o *oldPart) {
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

func (c *oldCounter) protocol(precinct string, n int, t *oldPart) election.Protocol {
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

// countOkrug counts okrug ballots: no preference votes.
func (c *oldCounter) countOkrug(ballots []election.Ballot, counts []int64) (int64, *BallotError) {
	var invalid int64
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.OkrugBallot {
			return 0, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		p := c.choices.find(b.Choice)
		if p < 0 {
			return 0, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			return 0, &BallotError{Index: i, Problem: BadPreference}
		}
		counts[p]++
	}
	return invalid, nil
}

// countLists counts list ballots whose candidate lists are known.
func (c *oldCounter) countLists(ballots []election.Ballot, counts, prefs []int64) (int64, *BallotError) {
	var invalid int64
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.ListBallot {
			return 0, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		p := c.choices.find(b.Choice)
		if p < 0 {
			return 0, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			q := c.cands.find(b.Candidate)
			if q < 0 || c.owner[q] != p {
				return 0, &BallotError{Index: i, Problem: BadPreference}
			}
			prefs[q]++
		}
		counts[p]++
	}
	return invalid, nil
}

// countList counts list ballots whose candidate lists are not known: the
// candidates are indexed in found as they come.
func (c *oldCounter) countList(ballots []election.Ballot, counts []int64, found *oldIndex) (int64, []int64, *BallotError) {
	var invalid int64
	var prefs []int64
	for i := range ballots {
		b := &ballots[i]
		if b.Kind != election.ListBallot {
			return 0, nil, &BallotError{Index: i, Problem: WrongKind}
		}
		if b.Invalid {
			invalid++
			continue
		}
		p := c.choices.find(b.Choice)
		if p < 0 {
			return 0, nil, &BallotError{Index: i, Problem: UnknownChoice}
		}
		if b.Candidate != "" {
			if p == c.against {
				return 0, nil, &BallotError{Index: i, Problem: BadPreference}
			}
			q, fresh := found.insert(b.Candidate)
			if fresh {
				prefs = append(prefs, 0)
			}
			prefs[q]++
		}
		counts[p]++
	}
	return invalid, prefs, nil
}

// index maps the IDs of a ballot's choices (or candidates) to dense
// positions 0..n-1 so that counting is a slice increment. It is a small
// open-addressing hash table with linear probing, built once per ballot: a
// Go map lookup costs more than all the rest of counting one ballot.
//
// Each slot keeps a oldFingerprint of its key: the length and two words read
// from the head and the tail of the ID. For an ID of at most 16 bytes the
// oldFingerprint is the ID itself (the words cover every byte), so a lookup
// compares two words instead of calling a string comparison; longer IDs
// are compared in full once the oldFingerprint matches. The hash mixes the
// oldFingerprint (and, past 16 bytes, a word from the middle); IDs built to
// collide on those bytes still work, the table then hashes every byte
// (FNV-1a).
type oldIndex struct {
	slots []oldSlot
	mask  uint64
	shift uint     // oldSlot of a hash h is h>>shift: the top bits mix best
	keys  []string // keys in insertion order: keys[i] has position i
	full  bool     // hash every byte
}

type oldSlot struct {
	head, tail uint64
	n          int32 // length of the key
	pos        int32 // position+1; 0 is an empty oldSlot
}

// oldMaxProbe is the longest probe accepted before the table switches to the
// full hash.
const oldMaxProbe = 8

func oldNewIndex(capacity int) *oldIndex {
	x := &oldIndex{}
	x.rebuild(capacity)
	return x
}

// rebuild makes a table for capacity keys (at most a quarter full) and puts
// the keys in it, switching to the full hash if a probe gets long.
func (x *oldIndex) rebuild(capacity int) {
	n := 8
	for n < 4*capacity {
		n *= 2
	}
	for {
		x.slots = make([]oldSlot, n)
		x.mask = uint64(n - 1)
		x.shift = uint(64 - bits.TrailingZeros(uint(n)))
		ok := true
		for i, k := range x.keys {
			if x.put(k, int32(i)) > oldMaxProbe && !x.full {
				ok = false
				break
			}
		}
		if ok {
			return
		}
		x.full = true
	}
}

// len returns the number of keys.
func (x *oldIndex) len() int { return len(x.keys) }

// oldFingerprint returns two words that, with the length, identify a key of
// at most 16 bytes exactly, and a hash of the key.
func oldFingerprint(s string) (head, tail, h uint64) {
	n := len(s)
	switch {
	case n >= 8:
		head = oldLe64(s)
		tail = oldLe64(s[n-8:])
		h = tail
		if n > 16 {
			h ^= oldLe64(s[n/2-4:]) * 0xc2b2ae3d27d4eb4f
		}
	case n >= 4:
		head = uint64(oldLe32(s))
		tail = uint64(oldLe32(s[n-4:]))
		h = tail
	case n > 0:
		head = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	h = (head^uint64(n)<<59)*0x9e3779b97f4a7c15 ^ h*0xff51afd7ed558ccd
	h ^= h >> 32 * 0x9e3779b97f4a7c15
	return head, tail, h
}

// find returns the position of key, or -1.
func (x *oldIndex) find(key string) int {
	// oldFingerprint(key), written out: this is the inner loop of counting.
	n := len(key)
	var head, tail, h uint64
	switch {
	case n >= 8:
		head = oldLe64(key)
		tail = oldLe64(key[n-8:])
		h = tail
		if n > 16 {
			h ^= oldLe64(key[n/2-4:]) * 0xc2b2ae3d27d4eb4f
		}
	case n >= 4:
		head = uint64(oldLe32(key))
		tail = uint64(oldLe32(key[n-4:]))
		h = tail
	case n > 0:
		head = uint64(key[0]) | uint64(key[n/2])<<8 | uint64(key[n-1])<<16
	}
	h = (head^uint64(n)<<59)*0x9e3779b97f4a7c15 ^ h*0xff51afd7ed558ccd
	h ^= h >> 32 * 0x9e3779b97f4a7c15
	if x.full {
		h = oldFnv(key)
	}
	i := h >> x.shift
	for {
		s := &x.slots[i]
		if s.pos == 0 {
			return -1
		}
		if s.head == head && s.tail == tail && int(s.n) == n && (n <= 16 || x.keys[s.pos-1] == key) {
			return int(s.pos - 1)
		}
		i = (i + 1) & x.mask
	}
}

// insert adds key at the next position and returns it, or returns the
// position key already has and false.
func (x *oldIndex) insert(key string) (int, bool) {
	if p := x.find(key); p >= 0 {
		return p, false
	}
	x.keys = append(x.keys, key)
	pos := len(x.keys) - 1
	if 4*len(x.keys) > len(x.slots) {
		x.rebuild(2 * len(x.keys))
	} else if x.put(key, int32(pos)) > oldMaxProbe && !x.full {
		x.full = true
		x.rebuild(len(x.keys))
	}
	return pos, true
}

// put puts key in the first free slot of its probe sequence and returns the
// length of the probe.
func (x *oldIndex) put(key string, pos int32) int {
	head, tail, h := oldFingerprint(key)
	if x.full {
		h = oldFnv(key)
	}
	i := h >> x.shift
	for probe := 0; ; probe++ {
		s := &x.slots[i]
		if s.pos == 0 {
			*s = oldSlot{head: head, tail: tail, n: int32(len(key)), pos: pos + 1}
			return probe
		}
		i = (i + 1) & x.mask
	}
}

func oldLe64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func oldLe32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func oldFnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h * 0x9e3779b97f4a7c15
}

// ballotMix makes ballots for differential tests: runs of ballots that
// share the strings of the election, share substrings of one buffer, or
// hold strings of their own, with bad ballots sprinkled in (wrong kind,
// unknown or empty choice, a prefix of a choice at the same address,
// preferences for unknown candidates, candidates of another list, beside
// against all or on the okrug ballot).
type ballotMix struct {
	kind    election.BallotKind
	parties []election.Party // choices are the party IDs, or the okrug's candidates
	buf     string           // every ID, concatenated
	at      map[string]int   // offset of an ID in buf
}

func newBallotMix(kind election.BallotKind, parties []election.Party) *ballotMix {
	m := &ballotMix{kind: kind, parties: parties, at: map[string]int{}}
	var sb strings.Builder
	add := func(id string) {
		if _, ok := m.at[id]; !ok {
			m.at[id] = sb.Len()
			sb.WriteString(id)
		}
	}
	add(string(election.ListBallot))
	add(string(election.OkrugBallot))
	add(election.AgainstAll)
	for _, p := range parties {
		add(p.ID)
		for _, c := range p.Candidates {
			add(c.ID)
		}
	}
	m.buf = sb.String()
	return m
}

// ballots returns n ballots; bad is the chance in 10^6 that a ballot is bad.
func (m *ballotMix) ballots(r *rand.Rand, n, bad int) []election.Ballot {
	bs := make([]election.Ballot, 0, n)
	mode := r.IntN(3)
	str := func(s string) string {
		switch mode {
		case 1:
			return strings.Clone(s)
		case 2:
			if s == "" {
				return s
			}
			return m.buf[m.at[s] : m.at[s]+len(s)]
		}
		return s
	}
	for len(bs) < n {
		if r.IntN(200) == 0 {
			mode = r.IntN(3)
		}
		b := election.Ballot{Kind: m.kind}
		p := &m.parties[r.IntN(len(m.parties))]
		switch x := r.IntN(100); {
		case x < 8:
			b.Invalid = true
			if r.IntN(4) == 0 {
				b.Choice, b.Candidate = "nobody", "nobody"
			}
		case x < 12:
			b.Choice = election.AgainstAll
		default:
			b.Choice = p.ID
			if m.kind == election.ListBallot && len(p.Candidates) > 0 && r.IntN(3) == 0 {
				b.Candidate = p.Candidates[r.IntN(len(p.Candidates))].ID
			}
		}
		b.Kind = election.BallotKind(str(string(b.Kind)))
		b.Choice, b.Candidate = str(b.Choice), str(b.Candidate)
		if r.IntN(1_000_000) < bad {
			q := &m.parties[r.IntN(len(m.parties))]
			switch r.IntN(8) {
			case 0:
				b.Kind = "okrug"
				if m.kind == election.OkrugBallot {
					b.Kind = "list"
				}
			case 1:
				b.Choice = "nobody"
			case 2:
				b.Choice, b.Invalid = "", false
			case 3: // a prefix of an ID, at the ID's address in buf
				if id := q.ID; len(id) > 1 {
					b.Choice, b.Invalid = m.buf[m.at[id]:m.at[id]+len(id)-1], false
				}
			case 4:
				b.Candidate = "nobody"
			case 5:
				if len(q.Candidates) > 0 {
					b.Candidate = str(q.Candidates[0].ID)
				}
			case 6:
				b.Choice, b.Candidate, b.Invalid = election.AgainstAll, str(p.ID), false
			case 7: // an ID with one more byte of buf, at the ID's address
				if at := m.at[q.ID]; at+len(q.ID) < len(m.buf) {
					b.Choice, b.Invalid = m.buf[at:at+len(q.ID)+1], false
				}
			}
		}
		bs = append(bs, b)
	}
	return bs
}

// counterPair returns a Counter and the counter before issue 7 for the
// same ballot.
type counterPair struct {
	name     string
	new, old interface {
		Count(string, []election.Ballot) (election.Protocol, error)
	}
}

func counterPairs(t testing.TB, kind election.BallotKind, parties []election.Party) []counterPair {
	ids := make([]string, len(parties))
	for i := range parties {
		ids[i] = parties[i].ID
	}
	var pairs []counterPair
	add := func(name string, n, o interface {
		Count(string, []election.Ballot) (election.Protocol, error)
	}, errN, errO error) {
		if errN != nil || errO != nil {
			t.Fatalf("%s: %v, %v", name, errN, errO)
		}
		pairs = append(pairs, counterPair{name, n, o})
	}
	n, errN := NewCounter(kind, ids)
	o, errO := oldNewCounter(kind, ids)
	add("plain", n, o, errN, errO)
	if kind == election.ListBallot {
		n, errN := NewListCounter(parties)
		o, errO := oldNewListCounter(parties)
		add("lists", n, o, errN, errO)
	}
	return pairs
}

// sameCount checks that both counters give the same protocol, or the same
// first bad ballot.
func sameCount(t testing.TB, p counterPair, ballots []election.Ballot) bool {
	t.Helper()
	want, errWant := p.old.Count("1", ballots)
	got, errGot := p.new.Count("1", ballots)
	if errWant != nil || errGot != nil {
		var bw, bg *BallotError
		if !errors.As(errWant, &bw) || !errors.As(errGot, &bg) {
			t.Errorf("%s: errors %v, want %v", p.name, errGot, errWant)
			return false
		}
		if *bg != *bw {
			t.Errorf("%s: error %+v, want %+v", p.name, *bg, *bw)
			return false
		}
		return true
	}
	if !assert.Equal(t, want, got, p.name) {
		return false
	}
	return true
}

func mixParties(r *rand.Rand) []election.Party {
	parties := make([]election.Party, 1+r.IntN(30))
	for i := range parties {
		// IDs of every length class: short (1-3, 4-7 bytes), 8-16, longer.
		parties[i].ID = fmt.Sprintf("%s%d", strings.Repeat("p", r.IntN(20)), i)
		for j := range r.IntN(60) {
			parties[i].Candidates = append(parties[i].Candidates,
				election.Candidate{ID: fmt.Sprintf("%s%d-%d", strings.Repeat("c", r.IntN(20)), i, j)})
		}
	}
	return parties
}

// TestCountAgainstOld counts random ballots, small and large (several
// chunks, several goroutines), shared, in one buffer or cloned, with and
// without bad ballots, with the implementation before issue 7 and checks
// that the protocols, or the first bad ballots, are the same.
func TestCountAgainstOld(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	sizes := []int{0, 1, 2, 10, 100, chunk - 1, chunk + 1, 3*chunk + 17}
	if !testing.Short() {
		sizes = append(sizes, 2*parallelMin+3, 5*parallelMin+chunk/2)
	}
	for round := range 12 {
		parties := mixParties(r)
		kind := election.ListBallot
		if round%3 == 2 {
			kind = election.OkrugBallot
			for i := range parties {
				parties[i].Candidates = nil
			}
		}
		mix := newBallotMix(kind, parties)
		for _, pair := range counterPairs(t, kind, parties) {
			for _, n := range sizes {
				for _, bad := range []int{0, 30, 3000, 300_000} {
					ballots := mix.ballots(r, n, bad)
					if !sameCount(t, pair, ballots) {
						t.Fatalf("round %d, %s, %d ballots, bad %d", round, pair.name, n, bad)
					}
				}
			}
		}
	}
}

// FuzzCountAgainstOld counts ballots drawn from the input with both
// implementations (see TestCountAgainstOld).
func FuzzCountAgainstOld(f *testing.F) {
	f.Add(uint64(1), uint16(100), uint32(3000), false)
	f.Add(uint64(2), uint16(5000), uint32(0), false)
	f.Add(uint64(3), uint16(9000), uint32(100), true)
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, bad uint32, okrug bool) {
		r := rand.New(rand.NewPCG(seed, 7))
		parties := mixParties(r)
		kind := election.ListBallot
		if okrug {
			kind = election.OkrugBallot
			for i := range parties {
				parties[i].Candidates = nil
			}
		}
		mix := newBallotMix(kind, parties)
		ballots := mix.ballots(r, int(n), int(bad%1_000_000))
		for _, pair := range counterPairs(t, kind, parties) {
			sameCount(t, pair, ballots)
		}
	})
}
