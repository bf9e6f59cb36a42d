//go:build !js

package feed

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// The operations of the journal, as its op column writes them.
const (
	opAdd      = "add"
	opReplace  = "replace"
	opWithdraw = "withdraw"
)

// schema is the journal: one row per accepted change, in the order the
// feed applied them (seq). A row's protocol is the JSON of
// election.Protocol (its maps sorted by key), read back with
// ingest.ReadProtocolFor with the lines the rule set adds; a withdrawal
// has none. Meta holds what the journal was written for (the definition's
// and the rule set's SHA-256): a journal is never replayed into another
// election.
const schema = `
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS journal (
	seq      INTEGER PRIMARY KEY,
	op       TEXT NOT NULL CHECK (op IN ('add', 'replace', 'withdraw')),
	precinct TEXT NOT NULL,
	ballot   TEXT NOT NULL,
	machine  INTEGER NOT NULL CHECK (machine IN (0, 1)),
	protocol TEXT,
	clerk    TEXT NOT NULL,
	at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_key ON journal (precinct, ballot, machine, seq);
`

// journal is the SQLite file every accepted change is written to before it
// is acknowledged. It has one connection, used under the Feed's mutex.
//
// The file is opened in WAL mode with synchronous=FULL: a commit returns
// only once the write-ahead log is on the disk (fsync), so that an
// acknowledged protocol survives a power cut as well as a killed process.
// NORMAL would survive a killed process only (the log is synced at
// checkpoints): a clerk who was told "accepted" does not enter the paper
// protocol again, so the feed pays the fsync, once per batch of requests
// (see Feed.apply), not once per protocol. locking_mode=EXCLUSIVE keeps
// a second feed process off the same file.
type journal struct {
	db   *sql.DB
	name string
	// lines are the lines the rule set adds (Config.Lines), read in the
	// entries' protocols.
	lines []election.Line
}

// errJournalLocked is returned when another process holds the journal.
var errJournalLocked = errors.New("the journal is locked by another process (is another feed running on it?)")

func openJournal(ctx context.Context, name string) (*journal, error) {
	if name == "" {
		return nil, errors.New("feed: no journal file named")
	}
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "locking_mode(EXCLUSIVE)")
	q.Add("_pragma", "busy_timeout(1000)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: name}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("feed: journal %s: %w", name, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	j := &journal{db: db, name: name}
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		db.Close()
		return nil, j.wrap(err)
	}
	if mode != "wal" {
		db.Close()
		return nil, fmt.Errorf("feed: journal %s: journal_mode is %q, not wal", name, mode)
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, j.wrap(err)
	}
	// A write takes the exclusive lock, held until close: a second feed
	// on the same file fails here, not at its first protocol.
	if _, err := db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('opened', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", time.Now().UTC().Format(time.RFC3339)); err != nil {
		db.Close()
		return nil, j.wrap(err)
	}
	return j, nil
}

// wrap names the journal file in err, and says what a busy file means.
func (j *journal) wrap(err error) error {
	if err == nil {
		return nil
	}
	if bytes.Contains([]byte(err.Error()), []byte("SQLITE_BUSY")) || bytes.Contains([]byte(err.Error()), []byte("database is locked")) {
		err = fmt.Errorf("%w: %v", errJournalLocked, err)
	}
	return fmt.Errorf("feed: journal %s: %w", j.name, err)
}

func (j *journal) close() error { return j.wrap(j.db.Close()) }

// bind checks that the journal was written for the election and rule set
// whose identity is given (key -> SHA-256), and records them in a new one.
func (j *journal) bind(ctx context.Context, ident map[string]string) error {
	for _, k := range []string{"definition", "rules"} {
		var have string
		err := j.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", k).Scan(&have)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := j.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?)", k, ident[k]); err != nil {
				return j.wrap(err)
			}
		case err != nil:
			return j.wrap(err)
		case have != ident[k]:
			return fmt.Errorf("feed: journal %s was written for another %s (SHA-256 %s, this one is %s): give the same --election and --rules, or a new --db", j.name, k, have, ident[k])
		}
	}
	return nil
}

// entry is one row of the journal.
type entry struct {
	Seq      int64
	Op       string
	Key      Key
	Protocol *election.Protocol // nil for a withdrawal
	Clerk    string
	At       string
}

// replay calls fn with every entry in order.
func (j *journal) replay(ctx context.Context, fn func(e entry) error) error {
	rows, err := j.db.QueryContext(ctx, "SELECT seq, op, precinct, ballot, machine, protocol, clerk, at FROM journal ORDER BY seq")
	if err != nil {
		return j.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := j.scanEntry(rows)
		if err != nil {
			return j.wrap(err)
		}
		if err := fn(e); err != nil {
			return fmt.Errorf("feed: journal %s, entry %d (%s of %s by %s at %s): %w", j.name, e.Seq, e.Op, e.Key, e.Clerk, e.At, err)
		}
	}
	return j.wrap(rows.Err())
}

type scanner interface{ Scan(dest ...any) error }

func (j *journal) scanEntry(s scanner) (entry, error) {
	var e entry
	var body sql.NullString
	var ballot string
	var machine int
	if err := s.Scan(&e.Seq, &e.Op, &e.Key.Precinct, &ballot, &machine, &body, &e.Clerk, &e.At); err != nil {
		return e, err
	}
	e.Key.Ballot, e.Key.Machine = election.BallotKind(ballot), machine == 1
	if body.Valid {
		p, err := ingest.ReadProtocolFor(bytes.NewReader([]byte(body.String)), fmt.Sprintf("journal entry %d", e.Seq), j.lines)
		if err != nil {
			return e, err
		}
		e.Protocol = &p
	}
	return e, nil
}

// current returns the entry that last changed the protocol k names, or
// nil when it has none (never added, or withdrawn).
func (j *journal) current(ctx context.Context, k Key) (*entry, error) {
	const q = "SELECT seq, op, precinct, ballot, machine, protocol, clerk, at FROM journal WHERE precinct = ? AND ballot = ? AND machine = ? ORDER BY seq DESC LIMIT 1"
	e, err := j.scanEntry(j.db.QueryRowContext(ctx, q, k.Precinct, string(k.Ballot), k.machine()))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, j.wrap(err)
	case e.Op == opWithdraw:
		return nil, nil
	}
	return &e, nil
}

// insert writes one entry in tx and returns its sequence number.
func (j *journal) insert(ctx context.Context, tx *sql.Tx, op string, k Key, p *election.Protocol, clerk string, at time.Time) (int64, error) {
	var body any
	if p != nil {
		b, err := json.Marshal(p)
		if err != nil {
			return 0, err
		}
		body = string(b)
	}
	r, err := tx.ExecContext(ctx, "INSERT INTO journal (op, precinct, ballot, machine, protocol, clerk, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
		op, k.Precinct, string(k.Ballot), k.machine(), body, clerk, at.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return 0, j.wrap(err)
	}
	seq, err := r.LastInsertId()
	return seq, j.wrap(err)
}
