// Package inputs is how a count hashes and lays out its inputs: the
// SHA-256 of a file's bytes computed beside the reading, whether the file
// is read as it comes or is in memory (AsyncHash: the one way a file is
// hashed), the SHA-256 of an election's JSON written from its protocols in
// dense form as they come (ElectionHash: the bytes encoding/json would
// give, without building them), and the dense positions of a CSV file's
// figures (FileLayout). The root package's pipeline uses them; they moved
// here from it so that its API is only the count's.
package inputs

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"runtime"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
)

// AsyncHash is the SHA-256 of a file, computed on a goroutine of its own
// beside the reading: the one way a count hashes a file. Write hands it a
// copy of the bytes as they are read (NewAsyncHash); HashOf hashes bytes
// already in memory, without a copy.
type AsyncHash struct {
	chunks chan []byte
	free   chan []byte
	done   chan string
}

// HashOf returns the AsyncHash of b, computed by h on a goroutine of its
// own when there are cores for it. b must not change until Sum returns.
func HashOf(b []byte, h hash.Hash) *AsyncHash {
	if h == nil {
		return nil
	}
	a := &AsyncHash{done: make(chan string, 1)}
	sum := func() {
		h.Write(b)
		a.done <- hex.EncodeToString(h.Sum(nil))
	}
	if runtime.GOMAXPROCS(0) > 1 {
		go sum()
	} else {
		sum()
	}
	return a
}

// NewAsyncHash returns the AsyncHash of the bytes to be written, computed
// by h.
func NewAsyncHash(h hash.Hash) *AsyncHash {
	if h == nil {
		return nil
	}
	a := &AsyncHash{chunks: make(chan []byte, 4), free: make(chan []byte, 6), done: make(chan string, 1)}
	for range cap(a.free) {
		a.free <- make([]byte, 0, 64<<10)
	}
	go func() {
		for b := range a.chunks {
			h.Write(b)
			a.free <- b[:0]
		}
		a.done <- hex.EncodeToString(h.Sum(nil))
	}()
	return a
}

func (a *AsyncHash) Write(p []byte) (int, error) {
	if a == nil || a.free == nil {
		return 0, errors.New("inputs: an AsyncHash not made by NewAsyncHash")
	}
	for rest := p; len(rest) > 0; {
		b := <-a.free
		n := min(len(rest), cap(b))
		a.chunks <- append(b, rest[:n]...)
		rest = rest[n:]
	}
	return len(p), nil
}

// Sum waits for the bytes written and returns their hash (hex). It is
// called once.
func (a *AsyncHash) Sum() string {
	if a == nil || a.done == nil {
		return ""
	}
	if a.chunks != nil {
		close(a.chunks)
	}
	return <-a.done
}

// FileLayout maps the figures of a file's rows (ingest.Layout) to dense
// positions. The entries of a protocol come in file order: the validator
// and the tally read them in any order, as they read the maps of CountWith.
type FileLayout struct {
	pos [dense.Sections][]int32 // figure i of the row's section -> position
	Big uint64                  // not 0: a figure loaded is a big one (BigFigure)
}

func NewFileLayout(k *dense.Keys, m ingest.Mapping) *FileLayout {
	if k == nil {
		return nil
	}
	l := m.Layout()
	lines := make([]string, len(l.Lines))
	for i, x := range l.Lines {
		lines[i] = string(x)
	}
	fl := &FileLayout{}
	for sec, names := range [dense.Sections][]string{lines, l.Votes, l.Preferences} {
		x := k.Section(sec)
		for _, n := range names {
			fl.pos[sec] = append(fl.pos[sec], x.Insert(n))
		}
	}
	return fl
}

// Load sets d to row.
func (fl *FileLayout) Load(d *dense.Protocol, row *ingest.Row) {
	if fl == nil || d == nil || row == nil {
		return
	}
	d.Precinct, d.Ballot, d.Machine = row.Precinct.ID, row.Ballot, row.Machine
	d.NilLines, d.NilVotes = false, false
	d.Lines = fl.entries(d.Lines[:0], dense.SecLines, row.Lines, row.PresentLines)
	d.Votes = fl.entries(d.Votes[:0], dense.SecVotes, row.Votes, row.PresentVotes)
	d.Prefs = fl.entries(d.Prefs[:0], dense.SecPrefs, row.Preferences, row.PresentPreferences)
}

func (fl *FileLayout) entries(dst []dense.Entry, sec int, vs []ingest.Value, present []int32) []dense.Entry {
	pos := fl.pos[sec]
	var big uint64
	for _, i := range present {
		v := vs[i].N
		big |= (uint64(v) + BigFigure) >> 32 // no branch: |v| >= BigFigure, roughly
		dst = append(dst, dense.Entry{Pos: pos[i], V: v})
	}
	fl.Big |= big
	return dst
}

// ElectionHash is the SHA-256 of the JSON of an election (json.Marshal)
// whose protocols come one at a time: the definition's JSON up to its
// protocols, then each protocol, then the end. All of it is written and
// hashed on a goroutine of its own (the second core's share of a count):
// the definition's precincts first, then the protocols a batch at a time.
type ElectionHash struct {
	h    hash.Hash
	j    *dense.JSON
	keys *dense.Keys
	buf  []byte
	n    int

	cur        *hashBatch
	work, free chan *hashBatch
	done       chan struct{}
}

// hashBatch is protocols to write, their entries in one slice, or the
// JSON of one protocol already written (raw).
type hashBatch struct {
	ps      []dense.Protocol
	entries []dense.Entry
	names   [dense.Sections][]string
	raw     []byte
}

const (
	hashBatchProtocols = 512
	hashBatchEntries   = 1 << 16
)

func NewElectionHash(def *election.Election, k *dense.Keys, sum hash.Hash) (*ElectionHash, error) {
	if def == nil || k == nil || sum == nil {
		return nil, errors.New("inputs: NewElectionHash: nil election, keys or hash")
	}
	head := *def
	head.Protocols, head.Precincts = nil, nil
	b, err := json.Marshal(&head)
	if err != nil {
		return nil, fmt.Errorf("shailoo: hashing input: %w", err)
	}
	const tail = `"precincts":null,"protocols":null}`
	if !strings.HasSuffix(string(b), tail) {
		return nil, errors.New("shailoo: hashing input: the election's JSON does not end with its precincts and protocols")
	}
	h := &ElectionHash{h: sum, j: dense.NewJSON(k), keys: k, buf: make([]byte, 0, 1<<18)}
	h.buf = append(h.buf, b[:len(b)-len(tail)]...)
	h.buf = append(h.buf, `"precincts":`...)
	h.work, h.free, h.done = make(chan *hashBatch, 2), make(chan *hashBatch, 3), make(chan struct{})
	for range 3 {
		h.free <- &hashBatch{} // its entries made by Add: a count of CSV files adds none
	}
	h.cur = <-h.free
	precincts := def.Precincts
	go func() {
		defer close(h.done)
		switch {
		case precincts == nil:
			h.buf = append(h.buf, "null"...)
		case len(precincts) == 0:
			h.buf = append(h.buf, "[]"...)
		default:
			for i := range precincts {
				if i == 0 {
					h.buf = append(h.buf, '[')
				} else {
					h.buf = append(h.buf, ',')
				}
				h.buf = dense.AppendPrecinct(h.buf, &precincts[i])
				h.flush()
			}
			h.buf = append(h.buf, ']')
		}
		h.buf = append(h.buf, `,"protocols":`...)
		for b := range h.work {
			if b.raw != nil {
				h.sep()
				h.buf = append(h.buf, b.raw...)
				h.flush()
				b.raw = nil
			}
			h.j.Use(b.names)
			for i := range b.ps {
				h.sep()
				h.buf = h.j.Append(h.buf, &b.ps[i])
				h.flush()
			}
			b.ps, b.entries = b.ps[:0], b.entries[:0]
			h.free <- b
		}
	}()
	return h, nil
}

func (h *ElectionHash) flush() {
	if len(h.buf) >= 1<<18-4096 {
		h.h.Write(h.buf)
		h.buf = h.buf[:0]
	}
}

func (h *ElectionHash) sep() {
	if h.n == 0 {
		h.buf = append(h.buf, '[')
	} else {
		h.buf = append(h.buf, ',')
	}
	h.n++
}

// Marshal writes protocol p with encoding/json.
func (h *ElectionHash) Marshal(p *election.Protocol) error {
	if h == nil || h.cur == nil || h.work == nil {
		return errors.New("inputs: an ElectionHash not made by NewElectionHash, or stopped")
	}
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("shailoo: hashing input: %w", err)
	}
	if len(h.cur.ps) > 0 {
		h.send()
	}
	h.cur.raw = b
	h.send()
	return nil
}

// Add writes protocol d, whose entries are sorted by key: it is copied
// into a batch, which the hashing goroutine writes once full.
func (h *ElectionHash) Add(d *dense.Protocol) {
	if h == nil || h.cur == nil || h.work == nil || d == nil {
		return
	}
	b := h.cur
	n := len(d.Lines) + len(d.Votes) + len(d.Prefs)
	if b.entries != nil && (len(b.ps) == hashBatchProtocols || len(b.entries)+n > cap(b.entries)) {
		h.send()
		b = h.cur
	}
	if b.entries == nil {
		b.entries = make([]dense.Entry, 0, hashBatchEntries)
	}
	q := dense.Protocol{Precinct: d.Precinct, Ballot: d.Ballot, Machine: d.Machine, NilLines: d.NilLines, NilVotes: d.NilVotes}
	if n > cap(b.entries) { // a protocol larger than a batch
		b.entries = make([]dense.Entry, 0, n)
	}
	at := len(b.entries)
	b.entries = append(b.entries, d.Lines...)
	b.entries = append(b.entries, d.Votes...)
	b.entries = append(b.entries, d.Prefs...)
	q.Lines = b.entries[at : at+len(d.Lines)]
	q.Votes = b.entries[at+len(d.Lines) : at+len(d.Lines)+len(d.Votes)]
	q.Prefs = b.entries[at+len(d.Lines)+len(d.Votes) : at+n]
	b.ps = append(b.ps, q)
}

// send hands the current batch to the hashing goroutine.
func (h *ElectionHash) send() {
	b := h.cur
	for sec := range dense.Sections {
		b.names[sec] = h.keys.Section(sec).Keys()
	}
	h.work <- b
	h.cur = <-h.free
}

// Stop ends the hashing goroutine once it has written what it was given.
func (h *ElectionHash) Stop() {
	if h == nil {
		return
	}
	if h.work == nil {
		return
	}
	if len(h.cur.ps) > 0 {
		h.send()
	}
	close(h.work)
	<-h.done
	h.work = nil
}

// Sum ends the JSON and returns the hash: no protocol is null, or [] when
// the definition's protocols were an empty list.
func (h *ElectionHash) Sum(defList bool) string {
	if h == nil || h.h == nil {
		return ""
	}
	h.Stop()
	switch {
	case h.n > 0:
		h.buf = append(h.buf, ']')
	case defList:
		h.buf = append(h.buf, "[]"...)
	default:
		h.buf = append(h.buf, "null"...)
	}
	h.buf = append(h.buf, '}')
	h.h.Write(h.buf)
	return hex.EncodeToString(h.h.Sum(nil))
}

// BigFigure is the size from which the root package remembers a figure
// (its bigFigures), and FileLayout notes one (Big):
// 2^31, more than any count of voters, and still too small for a few
// thousand rows to take a sum past int64.
const BigFigure = 1 << 31
