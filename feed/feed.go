//go:build !js

package feed

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// Tally is what a feed needs of a running count; *shailoo.Tally has it.
// The feed makes every change under its own lock, in the order of the
// journal, so that a replay makes the same changes in the same order.
type Tally interface {
	Add(p election.Protocol) error
	Replace(p election.Protocol) error
	Withdraw(precinct string, ballot election.BallotKind, machine bool) error
	Result() (*shailoo.Result, error)
	Progress() shailoo.Progress
}

// Key names one protocol: its precinct, ballot and count (manual or
// machine). A precinct has at most one protocol of each.
type Key struct {
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
}

// KeyOf returns the key of p.
func KeyOf(p *election.Protocol) Key {
	if p == nil {
		return Key{}
	}
	return Key{Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine}
}

func (k Key) machine() int {
	if k.Machine {
		return 1
	}
	return 0
}

// count is "machine" or "manual", as the query parameter count says.
func (k Key) count() string {
	if k.Machine {
		return "machine"
	}
	return "manual"
}

func (k Key) String() string {
	return fmt.Sprintf("precinct %q, %s ballot, %s count", k.Precinct, k.Ballot, k.count())
}

// Mapping is a column mapping for protocols sent as CSV, under the name a
// request gives with ?mapping=NAME (not needed when there is one).
type Mapping struct {
	Name    string
	Mapping ingest.Mapping
}

// Identity is what a journal was written for: the SHA-256 of the
// election's definition and of the rule set, as Identify makes them. A
// journal written for one is never replayed into another.
type Identity struct {
	Definition string
	Rules      string
}

// Identify returns the identity of a feed of def counted under r: the
// SHA-256 of their JSON (the definition without protocols).
func Identify(def *election.Election, r shailoo.Rules) (Identity, error) {
	if def == nil {
		return Identity{}, errors.New("feed: no election definition")
	}
	d := *def
	d.Protocols = nil
	db, err := json.Marshal(&d)
	if err != nil {
		return Identity{}, err
	}
	rb, err := json.Marshal(r)
	if err != nil {
		return Identity{}, err
	}
	ds, rs := sha256.Sum256(db), sha256.Sum256(rb)
	return Identity{Definition: hex.EncodeToString(ds[:]), Rules: hex.EncodeToString(rs[:])}, nil
}

// Config is what Open needs.
type Config struct {
	// NewTally makes an empty count (shailoo.NewTally): Open fills it
	// from the journal, and so does a feed whose journal failed to
	// commit, so that what it publishes is always what the journal holds.
	NewTally func() (Tally, error)
	// Journal is the SQLite file of the journal; created when missing,
	// replayed into Tally when not.
	Journal  string
	Identity Identity
	// Tokens are the clerks who may write.
	Tokens []Token
	// Mappings read protocols sent as text/csv; none: CSV is refused.
	Mappings []Mapping
	// Lines are the protocol lines the rule set adds to the built-in ones
	// (the names of its protocol.add_lines, such as the Russian absentee
	// certificates): protocols posted as JSON and the journal's entries
	// may give them, as a mapping read for the rule set may
	// (ingest.ReadMappingFor). Nil: the built-in lines alone.
	Lines []election.Line
	// MaxFollowers bounds the open event streams (/results/events);
	// 0 means 1000.
	MaxFollowers int
	// Now stamps journal entries; nil means time.Now.
	Now func() time.Time
}

// MaxBody is the largest request body the feed reads: far above one
// protocol of any real ballot (a list protocol of 2021 with its
// preference votes is some 20 KB as JSON).
const MaxBody = 1 << 20

// maxBatch bounds the changes committed in one transaction.
const maxBatch = 256

// Feed is a results feed: an http.Handler that takes protocols from
// clerks, writes each accepted change to the journal before answering,
// and serves the running result. Its methods are safe for concurrent use.
type Feed struct {
	newTally func() (Tally, error)
	tally    Tally // under mu
	j        *journal
	keys     *keyring
	mappings []Mapping
	now      func() time.Time
	mux      *http.ServeMux

	ops        chan *op
	quit       chan struct{}
	writerDone chan struct{}
	closeOnce  sync.Once
	closeErr   error

	// renderMu makes one reader at a time write out the result.
	renderMu sync.Mutex
	// mu orders the changes of the tally and the journal and guards
	// what follows.
	mu       sync.Mutex
	version  uint64
	snap     *snapshot
	prog     *snapshot
	broken   error
	replayed int64
	// commitFault, in tests, fails a commit (a disk full, say).
	commitFault func() error

	followers
}

// An op is one change a request asks for.
type op struct {
	kind  string // opAdd, opReplace, opWithdraw
	key   Key
	p     *election.Protocol
	clerk string
	done  chan result
}

type result struct {
	seq int64
	err error
}

var (
	// ErrClosed is the error of a change sent to a closed feed.
	ErrClosed = errors.New("feed: closed")
	// errJournal wraps a failure to record a change.
	errJournal = errors.New("feed: journal")
)

// Open opens (or creates) the journal c.Journal, checks that it was
// written for c.Identity, replays it into c.Tally, and returns the feed,
// ready to serve. Close it when done.
func Open(ctx context.Context, c Config) (*Feed, error) {
	if ctx == nil {
		return nil, errors.New("feed: no context")
	}
	if c.NewTally == nil {
		return nil, errors.New("feed: no NewTally")
	}
	if len(c.Tokens) == 0 {
		return nil, fmt.Errorf("%w: no tokens", ErrTokens)
	}
	if err := checkLines(c.Mappings, c.Lines); err != nil {
		return nil, err
	}
	j, err := openJournal(ctx, c.Journal)
	if err != nil {
		return nil, err
	}
	j.lines = c.Lines
	if err := j.bind(ctx, map[string]string{"definition": c.Identity.Definition, "rules": c.Identity.Rules}); err != nil {
		j.close()
		return nil, err
	}
	f := &Feed{
		newTally: c.NewTally, j: j, keys: newKeyring(c.Tokens), mappings: c.Mappings,
		now: c.Now, ops: make(chan *op), quit: make(chan struct{}), writerDone: make(chan struct{}),
	}
	if f.now == nil {
		f.now = time.Now
	}
	f.followers.init(c.MaxFollowers)
	if f.tally, f.replayed, err = f.replay(ctx); err != nil {
		j.close()
		return nil, err
	}
	f.version = uint64(f.replayed)
	f.routes()
	go f.write()
	return f, nil
}

// checkLines refuses a mapping that reads a line neither the built-in
// form nor lines has: the feed would accept its protocols and write them
// to a journal it could not read back.
func checkLines(mappings []Mapping, lines []election.Line) error {
	known := func(l election.Line) bool { return election.LineIndex(l) >= 0 || slices.Contains(lines, l) }
	for _, m := range mappings {
		err := m.Mapping.CheckLines(known)
		var ul *ingest.UnknownLineError
		if errors.As(err, &ul) && len(ul.Lines) > 0 {
			return fmt.Errorf("feed: mapping %q reads protocol line %q, neither a built-in line nor one of Config.Lines, the lines the rule set adds: %w", m.Name, ul.Lines[0], ingest.ErrMapping)
		}
		if err != nil {
			return fmt.Errorf("feed: mapping %q: %w", m.Name, err)
		}
	}
	return nil
}

// Replayed is the number of journal entries replayed when the feed opened.
func (f *Feed) Replayed() int64 {
	if !f.open() {
		return 0
	}
	return f.replayed
}

// errNotOpen is the error of a Feed that Open did not make.
var errNotOpen = errors.New("feed: not opened by Open")

// open says whether f was made by Open.
func (f *Feed) open() bool { return f != nil && f.mux != nil }

// Close stops taking changes (those in flight are finished first), ends
// the event streams and closes the journal.
func (f *Feed) Close() error {
	if !f.open() {
		return errNotOpen
	}
	f.closeOnce.Do(func() {
		close(f.quit)
		<-f.writerDone
		f.followers.end()
		f.mu.Lock()
		f.closeErr = f.j.close()
		f.mu.Unlock()
	})
	return f.closeErr
}

// EndFollowers ends the event streams (/results/events), so that an
// http.Server's Shutdown, which waits for every request to end, does not
// wait for them (see http.Server.RegisterOnShutdown).
func (f *Feed) EndFollowers() {
	if f.open() {
		f.followers.end()
	}
}

// replay makes a new tally and fills it from the journal.
func (f *Feed) replay(ctx context.Context) (Tally, int64, error) {
	t, err := f.newTally()
	if err != nil {
		return nil, 0, err
	}
	if t == nil {
		return nil, 0, errors.New("feed: NewTally returned no tally")
	}
	n := int64(0)
	err = f.j.replay(ctx, func(e entry) error {
		n++
		err := applyOp(t, &op{kind: e.Op, key: e.Key, p: e.Protocol})
		if e.Op == opReplace && errors.Is(err, shailoo.ErrCounted) {
			// A resend journaled as a correction by an earlier version,
			// which took it as one: it changes nothing.
			return nil
		}
		return err
	})
	return t, n, err
}

// applyOp makes the change o asks for in t.
func applyOp(t Tally, o *op) error {
	switch o.kind {
	case opAdd:
		if o.p == nil {
			return errors.New("an addition without a protocol")
		}
		return t.Add(*o.p)
	case opReplace:
		if o.p == nil {
			return errors.New("a replacement without a protocol")
		}
		return t.Replace(*o.p)
	case opWithdraw:
		return t.Withdraw(o.key.Precinct, o.key.Ballot, o.key.Machine)
	}
	return fmt.Errorf("unknown operation %q", o.kind)
}

// submit hands o to the writer and waits for its result. Once the writer
// has o, the result is waited for even if the client has gone: the
// change may be in the journal already.
func (f *Feed) submit(ctx context.Context, o *op) result {
	o.done = make(chan result, 1)
	select {
	case f.ops <- o:
	case <-f.quit:
		return result{err: ErrClosed}
	case <-ctx.Done():
		return result{err: ctx.Err()}
	}
	return <-o.done
}

// write is the writer: it takes the changes sent, as many as are waiting
// (up to maxBatch), and applies them as one transaction (apply), until the
// feed is closed.
func (f *Feed) write() {
	defer close(f.writerDone)
	for {
		var batch []*op
		select {
		case o := <-f.ops:
			batch = append(batch, o)
		case <-f.quit:
			return
		}
	more:
		for len(batch) < maxBatch {
			select {
			case o := <-f.ops:
				batch = append(batch, o)
			default:
				break more
			}
		}
		f.apply(batch)
	}
}

// apply makes the changes of batch in the tally and records them in one
// transaction of the journal, in order; each op gets its result once the
// transaction is committed (or not). A change the tally refuses is not
// recorded and does not stop the others. If the journal fails, the
// transaction is rolled back, each change made is answered with the
// error, and the tally is made again from the journal (replay), so that
// nothing unrecorded is ever acknowledged or published; if that fails
// too, the feed takes no more changes (a restart replays the journal).
func (f *Feed) apply(batch []*op) {
	f.mu.Lock()
	defer f.mu.Unlock()
	res := make([]result, len(batch))
	defer func() {
		for i, o := range batch {
			o.done <- res[i]
		}
	}()
	if f.broken != nil {
		for i := range res {
			res[i].err = f.broken
		}
		return
	}
	ctx := context.Background()
	tx, err := f.j.db.BeginTx(ctx, nil)
	if err != nil {
		for i := range res {
			res[i].err = fmt.Errorf("%w: %v", errJournal, f.j.wrap(err))
		}
		return
	}
	changed := false
	fail := func(err error) {
		tx.Rollback()
		for i := range res {
			if res[i].err == nil {
				res[i] = result{err: fmt.Errorf("%w: %v", errJournal, err)}
			}
		}
		if !changed {
			return
		}
		t, _, rerr := f.replay(ctx)
		if rerr != nil {
			f.broken = fmt.Errorf("%w: %v; then the journal could not be replayed: %v", errJournal, err, rerr)
			return
		}
		f.tally = t
	}
	at := f.now()
	for i, o := range batch {
		if err := applyOp(f.tally, o); err != nil {
			res[i].err = err
			continue
		}
		changed = true
		seq, err := f.j.insert(ctx, tx, o.kind, o.key, o.p, o.clerk, at)
		if err != nil {
			fail(err)
			return
		}
		res[i].seq = seq
	}
	if !changed {
		tx.Rollback()
		return
	}
	if f.commitFault != nil {
		if err := f.commitFault(); err != nil {
			fail(err)
			return
		}
	}
	if err := tx.Commit(); err != nil {
		fail(f.j.wrap(err))
		return
	}
	f.version++
	f.followers.notify()
}

// snapshot is a rendered reading of the tally and its ETag.
type snapshot struct {
	version uint64
	body    []byte
	etag    string
}

func newSnapshot(version uint64, body []byte) *snapshot {
	sum := sha256.Sum256(body)
	return &snapshot{version: version, body: body, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
}

// results returns the result as `shailoo count --format json` writes it,
// made again only when something changed since it was last asked for.
// The Result is taken under mu (never between a change and its commit);
// it is written out after mu is released, so that a large result does
// not hold up the writer, one reader at a time (renderMu), so that a
// version is written out once however many ask for it.
func (f *Feed) results() (*snapshot, error) {
	f.renderMu.Lock()
	defer f.renderMu.Unlock()
	f.mu.Lock()
	if f.snap != nil && (f.snap.version == f.version || f.broken != nil) {
		s := f.snap
		f.mu.Unlock()
		return s, nil
	}
	v := f.version
	res, err := f.tally.Result()
	f.mu.Unlock()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := report.JSON(&b, res); err != nil {
		return nil, err
	}
	s := newSnapshot(v, b.Bytes())
	f.mu.Lock()
	f.snap = s
	f.mu.Unlock()
	return s, nil
}

// progressJSON is the progress as one line of JSON, with the version of
// the feed it describes: {"version": N, "progress": {...}}.
func (f *Feed) progressJSON() (*snapshot, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.prog != nil && (f.prog.version == f.version || f.broken != nil) {
		return f.prog, nil
	}
	b, err := json.Marshal(struct {
		Version  uint64           `json:"version"`
		Progress shailoo.Progress `json:"progress"`
	}{f.version, f.tally.Progress()})
	if err != nil {
		return nil, err
	}
	f.prog = newSnapshot(f.version, b)
	return f.prog, nil
}

// lookup returns the protocol the journal has for k, or nil.
func (f *Feed) lookup(ctx context.Context, k Key) (*entry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	select {
	case <-f.quit:
		return nil, ErrClosed
	default:
	}
	return f.j.current(ctx, k)
}
