package shailoo

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/sha"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// Errors of a Tally's corrections; callers branch on them with errors.Is.
var (
	// ErrRejected is wrapped by the *RejectedError of a protocol that
	// Add or Replace refuses for its own error findings.
	ErrRejected = errors.New("shailoo: protocol rejected")
	// ErrCounted: Add or Replace was given a protocol with the figures of
	// one the Tally has counted in its slot (precinct, ballot and count,
	// manual or machine): a resend, which changes nothing. A protocol of
	// a slot counted with other figures is a correction (Replace) or,
	// given to Add, a second protocol of the slot (see Add).
	ErrCounted = errors.New("shailoo: protocol counted already")
	// ErrNotCounted: Replace or Withdraw named a protocol the Tally has
	// not counted.
	ErrNotCounted = errors.New("shailoo: protocol not counted")
	// ErrNoPrecincts: NewTally was given a definition that lists no
	// precinct, as one inferred from a mapping (ingest.Define) lists none.
	// A Tally counts the protocols of the precincts defined and refuses
	// the others (validate.UnknownPrecinct), so it would count nothing; a
	// count of files learns the precincts from the rows, but a protocol
	// does not say where its precinct is.
	ErrNoPrecincts = errors.New("shailoo: the definition lists no precincts")
)

// RejectedError is a protocol refused for its own findings: Findings
// holds them (the errors, which refuse it, and the warnings that came
// with them; Tally.Check gives its findings against the protocols counted
// too). It unwraps to ErrRejected. Its message says the first error
// finding whole (code, place, want, got, gap) and how many more there
// are, so that a log line alone says what to fix.
type RejectedError struct {
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Findings []validate.Finding
}

func (e *RejectedError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var codes []string
	var first *validate.Finding
	n := 0
	for i, f := range e.Findings {
		if f.Severity != validate.Error {
			continue
		}
		if n++; first == nil {
			first = &e.Findings[i]
		}
		if !slices.Contains(codes, string(f.Code)) {
			codes = append(codes, string(f.Code))
		}
	}
	msg := fmt.Sprintf("shailoo: protocol of precinct %q (%s ballot%s) rejected", e.Precinct, e.Ballot, machineWords(e.Machine))
	if first == nil {
		return msg
	}
	// The place without what the message names already.
	pl := first.Place
	if pl.Precinct == e.Precinct && pl.Ballot == e.Ballot && pl.Machine == e.Machine {
		pl.Level, pl.Precinct, pl.Ballot, pl.Machine = "", "", "", false
	}
	msg += ": " + string(first.Code)
	if where := pl.String(); where != "" {
		msg += " (" + where + ")"
	}
	msg += fmt.Sprintf(": want %s, got %s", first.Want, first.Got)
	if first.Gap != 0 {
		msg += fmt.Sprintf(", gap %d", first.Gap)
	}
	if n > 1 {
		msg += fmt.Sprintf("; and %d more (findings %s)", n-1, strings.Join(codes, ", "))
	}
	return msg
}

func (e *RejectedError) Unwrap() error { return ErrRejected }

func machineWords(machine bool) string {
	if machine {
		return ", machine count"
	}
	return ""
}

// Correction is one change a Tally made to a protocol it had counted:
// a Replace or a Withdraw, in the order made (Seq from 1), and what it
// changed. A resend of the figures counted changes nothing and is no
// Correction (Replace returns ErrCounted).
type Correction struct {
	Seq      int                 `json:"seq"`
	Kind     string              `json:"kind"` // "replace" or "withdraw"
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
	// Changes is every figure the correction changed, the protocol taken
	// back against the one counted in its place (none, for a withdrawal:
	// every figure is taken back), in the order lines, votes, preferences
	// and then by key.
	Changes []FigureChange `json:"changes,omitempty"`
	// Copies is the protocols of the slot taken back, when there were
	// several (validate.DuplicateProtocol); Changes is against the one
	// counted first.
	Copies int `json:"copies,omitempty"`
}

// FigureChange is one figure of a protocol that a Correction changed:
// its value before and after, nil where the protocol does not give it.
type FigureChange struct {
	// Section is "lines", "votes" or "preferences", as a protocol's JSON
	// names them; Key the line, choice or candidate.
	Section string `json:"section"`
	Key     string `json:"key"`
	Before  *int64 `json:"before"`
	After   *int64 `json:"after"`
}

// The kinds of a Correction.
const (
	CorrectionReplace  = "replace"
	CorrectionWithdraw = "withdraw"
)

// Reporting says how far a count is: of the precincts the election
// defines, how many have reported (every manual-count protocol expected
// of them counted), and of the manual-count protocols expected of each
// ballot, how many are counted. A list protocol is expected of every
// precinct unless the rule set has no list tier (then the list ballot is
// not followed), an okrug protocol of every precinct in the country
// placed in an okrug.
type Reporting struct {
	Precincts      int `json:"precincts"`
	Reporting      int `json:"reporting"`
	ListExpected   int `json:"list_expected"`
	ListCounted    int `json:"list_counted"`
	OkrugExpected  int `json:"okrug_expected"`
	OkrugCounted   int `json:"okrug_counted"`
	MissingList    int `json:"missing_list"`
	MissingOkrug   int `json:"missing_okrug"`
	MachineCounted int `json:"machine_counted,omitempty"`
}

// Partial says whether some precinct has not reported.
func (r Reporting) Partial() bool { return r.Reporting < r.Precincts }

// AreaProgress is the Reporting of one region or okrug.
type AreaProgress struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	Reporting
}

// Progress is how far a Tally is: overall, per region and per okrug the
// election defines (in definition order). The precincts abroad and those
// placed in no defined region or okrug count in the overall figures only.
type Progress struct {
	Reporting
	Regions []AreaProgress `json:"regions"`
	Okrugs  []AreaProgress `json:"okrugs"`
}

// Tally is a count that grows one protocol at a time, for a service that
// receives protocols as commissions enter them: Add counts a protocol
// unless it is wrong in itself (its own errors: figures that break a
// control relation, an unknown precinct or choice); what it says against
// the protocols counted (its machine or manual twin, the other ballot of
// its precinct, a second protocol of its slot) and the lines it does not
// give are findings of the Result, as Count has them. Check tells both
// beforehand. Replace and Withdraw correct a protocol counted, and the
// Result records each correction with the figures it changed; Result
// gives the count as it stands, which says that it is partial while
// precincts have not reported.
//
// A Tally is the pipeline of Count kept open: each protocol is checked by
// the same validate.Stream and summed by the same tally.Accumulator, and
// Result decides thresholds and seats as Count does. It also keeps each
// protocol counted (a few bytes per figure), its findings and its
// precinct's cross-checks, so that a correction takes back exactly what
// the protocol brought; Result then costs what the parties, regions,
// okrugs and candidates cost (and the findings listed), not what the
// protocols cost. The Result of a Tally equals Count's on the protocols
// it counted, whatever the order they came in and the corrections made
// on the way, except for its inputs (Result.Inputs: the definition as
// given to NewTally and, once protocols were added or corrected, an
// order-free digest of the protocols counted) and its corrections. A
// protocol refused (ErrRejected, or a sum past int64) or resent
// (ErrCounted: the figures of one counted in its slot) is not counted.
// Beyond validate.MaxListed findings of one code, which are listed may
// differ. A count of CSV files (CountCSV) places each finding of a
// protocol at its file and row too, and findings sort by them before the
// precinct: the same findings of a Tally, which has no file or row, come
// in the order of their regions, okrugs and precincts.
//
// A Tally is safe for use by several goroutines at once: each method
// holds the Tally's lock while it runs. Each Result is the caller's own:
// the Tally never changes it, and a caller who changes it changes no
// other.
type Tally struct {
	mu      sync.Mutex
	p       *pipeline
	defHash string // SHA-256 of the JSON of the definition as given

	// counted holds each protocol counted, by key (protocolKey): the
	// SHA-256 of its JSON, then its figures (dense.AppendCompact); a
	// definition's duplicate protocols are kept in dups.
	counted map[int64][]byte
	dups    map[int64][][]byte
	odd     int // the definition's protocols of no known ballot (not correctable)

	own      map[int64]validate.Report // per key: the findings of its protocols on their own, when any
	fails    map[int64]int             // per key: its protocols that fail a control relation (Result.RelationErrors)
	failing  int                       // the sum of fails
	ownNE    map[int64][]validate.NotEvaluated
	cross    map[int32]validate.Report // per slot: its cross-checks, when they found anything
	lacks    map[int64]*baseLack       // per key: the threshold base lines its protocols lack
	ne       map[[2]string]*neSum      // every not-evaluated entry, summed
	fixed    validate.Report           // the definition's findings (Stream.Recorded)
	manual   [2]int                    // manual-count protocols counted, per ballot
	area     []areaOf                  // per defined slot: its region and okrug in progress
	rank     []int32                   // the defined slots in the order of their IDs
	progress Progress                  // as it stands
	digest   [4]uint64                 // the sum of the counted protocols' SHA-256, mod 2^256
	changed  bool                      // protocols were added or corrected after NewTally

	corrections []Correction
	last        *Result // the Result of the protocols as they stand, nil when changed since
	d, twin     dense.Protocol
	json        *dense.JSON
	buf         []byte
	missingMade map[int64]validate.Finding
}

// areaOf is where a defined precinct counts in Progress: the index of its
// region and okrug (-1: none, and for a precinct abroad).
type areaOf struct {
	region, okrug int32
}

// neSum is a not-evaluated entry summed over the protocols; dirty says
// that its first place was taken back and must be found again.
type neSum struct {
	e     validate.NotEvaluated
	refs  int // the entries summed
	dirty bool
}

// protocolKey is the key of the protocol of a slot, ballot and count.
func protocolKey(slot int32, b election.BallotKind, machine bool) int64 {
	k := 4 * int64(slot)
	if b == election.OkrugBallot {
		k += 2
	}
	if machine {
		k++
	}
	return k
}

func ballotOfKey(k int64) election.BallotKind {
	if k&2 != 0 {
		return election.OkrugBallot
	}
	return election.ListBallot
}

// NewTally returns a Tally of the election def defines (its regions,
// okrugs, parties and precincts) under r, with the options o (lots, a
// lot seed, inputs, as CountWith takes them; o.Annul and o.TotalsOnly
// are refused: an annulment is a decision on the whole count, and a
// Tally cross-checks). def's own protocols, if any, are counted as
// CountWith counts them, errors and duplicates included. The Tally keeps
// def, which must not change afterwards. def must list the precincts
// (ErrNoPrecincts): each protocol is counted in its precinct's region and
// okrug, and Progress counts the precincts to report.
func NewTally(def *election.Election, r Rules, o Options) (*Tally, error) {
	if def == nil {
		return nil, errors.New("shailoo: nil election")
	}
	if len(def.Precincts) == 0 {
		return nil, fmt.Errorf("%w: a Tally counts the protocols of the precincts it defines, and refuses the others (finding %s); give the election's precincts (election.Election.Precincts: each one's ID, region and okrug, as the commission lists them) in the definition: one inferred from a mapping (ingest.Define) has none",
			ErrNoPrecincts, validate.UnknownPrecinct)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if len(o.Annul) > 0 {
		return nil, fmt.Errorf("shailoo: %w: a Tally takes no annulments (count the whole election with CountWith)", ErrAnnul)
	}
	if o.TotalsOnly {
		return nil, errors.New("shailoo: a Tally cross-checks its protocols: Options.TotalsOnly is for CountCSV")
	}
	h, err := hashJSON(def, o)
	if err != nil {
		return nil, err
	}
	d := *def
	d.Protocols = nil
	p, err := newPipeline(&d, r, o, true, nil)
	if err != nil {
		return nil, err
	}
	p.memo = &threshold.Memo{}
	t := &Tally{p: p, defHash: h, counted: map[int64][]byte{}, dups: map[int64][][]byte{},
		own: map[int64]validate.Report{}, fails: map[int64]int{}, ownNE: map[int64][]validate.NotEvaluated{},
		cross: map[int32]validate.Report{}, lacks: map[int64]*baseLack{}, ne: map[[2]string]*neSum{}}
	t.fixed = streamRecorded(p.check)
	for _, e := range t.fixed.NotEvaluated {
		t.addNE(e)
	}
	t.fixed.NotEvaluated = nil
	t.layout()
	for i := range def.Protocols {
		q := &def.Protocols[i]
		if q.Ballot != election.ListBallot && q.Ballot != election.OkrugBallot {
			// Counted as Count counts it: a finding, and no seats.
			p.keys.Load(&t.d, q)
			rep := streamOwn(p.check, &t.d, -1)
			t.own[-1-int64(i)] = rep
			if err := p.add(&t.d, nil, -1); err != nil {
				return nil, err
			}
			t.odd++
			continue
		}
		if err := t.put(q, p.table.Slot(q.Precinct), true); err != nil {
			return nil, err
		}
	}
	t.changed = false
	return t, nil
}

// layout places each defined slot in the regions and okrugs of Progress
// and orders the slots by ID.
func (t *Tally) layout() {
	e, table := t.p.def, t.p.table
	var pg Progress
	regions, okrugs := map[string]int32{}, map[string]int32{}
	for _, r := range e.Regions {
		if _, ok := regions[r.ID]; !ok {
			regions[r.ID] = int32(len(pg.Regions))
			pg.Regions = append(pg.Regions, AreaProgress{ID: r.ID, Name: r.Name})
		}
	}
	for _, o := range e.Okrugs {
		if _, ok := okrugs[o.ID]; !ok {
			okrugs[o.ID] = int32(len(pg.Okrugs))
			pg.Okrugs = append(pg.Okrugs, AreaProgress{ID: o.ID, Name: o.Name})
		}
	}
	t.area = make([]areaOf, table.Defined)
	t.rank = make([]int32, table.Defined)
	for slot := range table.Defined {
		pr := &e.Precincts[table.First[slot]]
		a := areaOf{region: -1, okrug: -1}
		if !pr.Abroad || t.p.r.Okrug.Abroad.Counted() { // abroad: in no region (Region "")
			if x, ok := regions[pr.Region]; ok {
				a.region = x
			}
			if x, ok := okrugs[pr.Okrug]; ok {
				a.okrug = x
			}
		}
		t.area[slot] = a
		t.rank[slot] = int32(slot)
	}
	slices.SortStableFunc(t.rank, func(a, b int32) int { return validate.ComparePrecincts(table.IDs[a], table.IDs[b]) })
	t.progress = pg
	for slot := range table.Defined {
		t.reporting(int32(slot), 0, +1)
	}
}

// reporting adds (sign +1) or takes back (-1) the Reporting of a defined
// slot whose protocols came as the bits h say.
func (t *Tally) reporting(slot int32, h uint8, sign int) {
	if slot < 0 || int(slot) >= len(t.area) {
		return
	}
	p := t.p
	pr := &p.def.Precincts[p.table.First[slot]]
	x := reportingOf(pr, h, !p.r.NoListTier(), p.r.Okrug.Abroad.Counted())
	if sign < 0 {
		x = x.neg()
	}
	t.progress.Reporting.add(x)
	a := t.area[slot]
	if a.region >= 0 {
		t.progress.Regions[a.region].add(x)
	}
	if a.okrug >= 0 {
		t.progress.Okrugs[a.okrug].add(x)
	}
}

func (r Reporting) neg() Reporting {
	return Reporting{-r.Precincts, -r.Reporting, -r.ListExpected, -r.ListCounted, -r.OkrugExpected, -r.OkrugCounted, -r.MissingList, -r.MissingOkrug, -r.MachineCounted}
}

// bits says which protocols of a defined slot are counted (pipeline.got).
func (t *Tally) bits(slot int32) uint8 {
	var h uint8
	if _, ok := t.counted[protocolKey(slot, election.ListBallot, false)]; ok {
		h |= gotList
	}
	if _, ok := t.counted[protocolKey(slot, election.OkrugBallot, false)]; ok {
		h |= gotOkrug
	}
	_, lm := t.counted[protocolKey(slot, election.ListBallot, true)]
	_, om := t.counted[protocolKey(slot, election.OkrugBallot, true)]
	if lm || om {
		h |= gotMachine
	}
	return h
}

// addNE adds e to the summed not-evaluated entries.
func (t *Tally) addNE(e validate.NotEvaluated) {
	k := [2]string{string(e.Code), e.Reason}
	s := t.ne[k]
	if s == nil || s.refs == 0 {
		t.ne[k] = &neSum{e: e, refs: 1}
		if e.First != nil {
			f := *e.First
			t.ne[k].e.First = &f
		}
		return
	}
	s.refs++
	s.e.Count += e.Count
	if e.First != nil && (s.e.First == nil || e.First.Before(*s.e.First)) {
		f := *e.First
		s.e.First = &f
	}
}

// subNE takes e back from the summed entries.
func (t *Tally) subNE(e validate.NotEvaluated) {
	s := t.ne[[2]string{string(e.Code), e.Reason}]
	if s == nil {
		return
	}
	s.e.Count -= e.Count
	if s.refs--; s.refs == 0 {
		delete(t.ne, [2]string{string(e.Code), e.Reason})
		return
	}
	if e.First != nil && s.e.First != nil && *e.First == *s.e.First {
		s.dirty = true
	}
}

// protocolJSONHash is the SHA-256 of p's JSON, a term of the digest.
func protocolJSONHash(p *election.Protocol) [32]byte {
	b, _ := json.Marshal(p)
	return sha.Sum256(b)
}

// jsonHash is protocolJSONHash of the protocol d was loaded from, written
// from d (dense.JSON writes what encoding/json writes); d's entries are
// sorted by key on the way.
func (t *Tally) jsonHash(d *dense.Protocol) [32]byte {
	k := t.p.keys
	dense.SortByKey(d, k)
	if t.json == nil {
		t.json = dense.NewJSON(k)
	}
	t.json.Use([dense.Sections][]string{k.Lines.Keys(), k.Votes.Keys(), k.Prefs.Keys()})
	t.buf = t.json.Append(t.buf[:0], d)
	return sha.Sum256(t.buf)
}

// addDigest adds (sign +1) or subtracts (-1) h to the digest, mod 2^256.
func (t *Tally) addDigest(h []byte, sign int) {
	var x [4]uint64
	for i := range 4 {
		x[i] = binary.BigEndian.Uint64(h[24-8*i:])
	}
	var c uint64
	for i := range 4 {
		if sign > 0 {
			t.digest[i], c = bits.Add64(t.digest[i], x[i], c)
		} else {
			t.digest[i], c = bits.Sub64(t.digest[i], x[i], c)
		}
	}
}

func (t *Tally) digestHex() string {
	var b [32]byte
	for i := range 4 {
		binary.BigEndian.PutUint64(b[24-8*i:], t.digest[i])
	}
	return hex.EncodeToString(b[:])
}

// load sets t.d to p and returns its slot: -1 for a precinct the
// election does not define, unless insert (then it gets a slot, as Count
// gives one).
func (t *Tally) load(p *election.Protocol, insert bool) int32 {
	t.p.keys.Load(&t.d, p)
	if insert {
		return t.p.table.Slot(p.Precinct)
	}
	return t.p.table.Find(p.Precinct)
}

// decode sets d to the protocol kept as enc at key k.
func (t *Tally) decode(d *dense.Protocol, k int64, enc []byte) {
	d.Precinct, d.Ballot, d.Machine = t.p.table.IDs[k/4], ballotOfKey(k), k&1 != 0
	dense.DecodeCompact(enc[32:], d)
}

// precinctOf is the definition of slot's precinct; nil when not defined.
func (t *Tally) precinctOf(slot int32) *election.Precinct {
	if slot < 0 || int(slot) >= t.p.table.Defined {
		return nil
	}
	return &t.p.def.Precincts[t.p.table.First[slot]]
}

// crossWith sets the stream's record of slot to its protocols counted,
// without key skip (>= 0) and with extra (when not nil), and returns its
// cross-checks.
func (t *Tally) crossWith(slot int32, skip int64, extra *dense.Protocol) validate.Report {
	s := t.p.check
	streamResetSlot(s, slot)
	for m := range 4 {
		k := 4*int64(slot) + int64(m)
		if k == skip {
			continue
		}
		enc, ok := t.counted[k]
		if !ok {
			continue
		}
		t.decode(&t.twin, k, enc)
		streamCross(s, &t.twin, slot)
		for _, e := range t.dups[k] {
			t.decode(&t.twin, k, e)
			streamCross(s, &t.twin, slot)
		}
	}
	if extra != nil {
		streamCross(s, extra, slot)
	}
	return streamSlotReport(s, slot)
}

// Check says what Add would do with p now, counting nothing: the error
// Add would return (nil: p would be counted) and what the Result would
// then say about p, in the context of the protocols counted: p's own
// findings (its control relations, precinct, choices and lines, and the
// relations not evaluated for the lines it does not give), the lines of a
// threshold base it lacks (validate.BaseLineMissing), and its
// cross-checks with the protocols counted (its machine or manual twin,
// the other ballot of its precinct, a protocol of its slot counted with
// other figures: validate.DuplicateProtocol). The error is one of Add's:
//   - ErrCounted: p has the figures of a protocol counted in its slot (a
//     resend), which Add would not count again: the Report is empty, as
//     the Result would say nothing new of it;
//   - a *RejectedError (ErrRejected): p's own errors refuse it, and the
//     Report holds them with the rest;
//   - a *tally.ProtocolError wrapping a *tally.OverflowError (errors.As):
//     p's figures would take a sum past int64.
//
// A precinct's missing protocols are not findings about p. Another
// goroutine's Add between Check and Add may change the answer.
func (t *Tally) Check(p election.Protocol) (validate.Report, error) {
	if t == nil || t.p == nil {
		var s *validate.Stream
		return s.Report(), errNotMade // every check not evaluated
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.resent(&p) {
		return validate.Report{}, resendError(&p, "")
	}
	rep, own := t.check(&p, -1)
	slot := t.p.table.Find(p.Precinct)
	var err error
	if own.Errors() > 0 {
		err = &RejectedError{Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine, Findings: own.Findings}
	} else {
		err = t.fits(&p, slot)
	}
	if slot >= 0 {
		t.crossWith(slot, -1, nil) // as it was
	}
	return rep, err
}

var errNotMade = errors.New("shailoo: a Tally not made by NewTally")

// resendError is ErrCounted for a resend of p; why, when given, is said
// after it.
func resendError(p *election.Protocol, why string) error {
	return fmt.Errorf("%w: precinct %q, %s ballot%s, with the same figures%s", ErrCounted, p.Precinct, p.Ballot, machineWords(p.Machine), why)
}

// fits returns the error Add would return when adding p, of the given
// slot, to the sums takes one past int64 (liveError), nil otherwise: it
// adds p as Add would, the same scopes and the same check, and takes it
// back at once.
func (t *Tally) fits(p *election.Protocol, slot int32) error {
	if p.Machine || t.p.accErr != nil || !knownBallot(p.Ballot) {
		return nil // in no sum
	}
	t.p.keys.Load(&t.d, p)
	pr := t.precinctOf(slot)
	if err := accumulatorAdd(t.p.acc, -1, &t.d, pr); err != nil {
		return liveError(err)
	}
	_ = accumulatorRemove(t.p.acc, &t.d, pr) // added just now: it fits
	return nil
}

// liveError is err, from the sums, as a Tally returns it: its protocol is
// none of a list, so a *tally.ProtocolError has no index (-1).
func liveError(err error) error {
	var pe *tally.ProtocolError
	if errors.As(err, &pe) {
		pe.Index = -1
	}
	return err
}

// check is Check, without the protocol of key skip (>= 0: the one p
// replaces); it leaves the stream's record of p's slot with p in it. own
// is p's findings on its own: its errors refuse it.
func (t *Tally) check(p *election.Protocol, skip int64) (rep, own validate.Report) {
	slot := t.load(p, false)
	own = streamOwn(t.p.check, &t.d, slot)
	rep = own
	rep.Findings = slices.Clone(own.Findings)
	if !t.d.Machine && knownBallot(p.Ballot) {
		// What the Result says of the lines p lacks (as put keeps it).
		var l baseLack
		pr := t.precinctOf(slot)
		given := givenLines(&t.d)
		if p.Ballot == election.ListBallot {
			t.p.checkBase(&t.d, pr, &l, given)
		}
		t.p.checkTurnout(&t.d, pr, &l, given)
		rep.Findings = append(rep.Findings, l.findings...)
	}
	if slot >= 0 && knownBallot(p.Ballot) {
		cross := t.crossWith(slot, skip, &t.d)
		old := map[string]int{}
		for _, f := range t.cross[slot].Findings {
			old[findingKey(f)]++
		}
		for _, f := range cross.Findings {
			if k := findingKey(f); old[k] > 0 {
				old[k]--
				continue
			}
			rep.Findings = append(rep.Findings, f)
		}
	}
	validate.Sort(rep.Findings)
	validate.Sort(own.Findings)
	return rep, own
}

func findingKey(f validate.Finding) string {
	b, _ := json.Marshal(struct {
		C validate.Code
		P validate.Place
		W string
		G string
	}{f.Code, f.Place, f.Want, f.Got})
	return string(b)
}

// Add counts protocol p, all or nothing. It refuses p, and counts
// nothing, in three cases, each its own error:
//   - p's own errors, those of its figures, precinct, choices and lines
//     (Check's errors but the two kinds below): a *RejectedError
//     (errors.Is(err, ErrRejected)) that holds them;
//   - figures that would take a sum past int64: a *tally.ProtocolError
//     that names the level summed (Scope) and unwraps to a
//     *tally.OverflowError naming the line, choice or candidate
//     (errors.As), and to exact.ErrOverflow;
//   - a resend, p with the figures of a protocol counted in its slot:
//     ErrCounted; it changes nothing.
//
// Whatever else the Result will say of p is a finding of the Result, as
// Count has it, and p is counted:
//   - its disagreements with the protocols counted: its machine or manual
//     twin (validate.MachineLine, MachineVotes, MachinePreferences), the
//     other ballot of its precinct, and a protocol of its slot (precinct,
//     ballot, count) counted already with other figures: both are counted,
//     as Count counts duplicates (validate.DuplicateProtocol, an error
//     that makes the Result provisional) until Replace or Withdraw leaves
//     one;
//   - the lines it does not give: the relations that need them are not
//     evaluated, and a line of a threshold base it lacks is an error of
//     the Result (validate.BaseLineMissing: that threshold is not
//     evaluated, never decided on a smaller base).
//
// Check says all of it beforehand, the error included.
func (t *Tally) Add(p election.Protocol) error {
	if t == nil || t.p == nil {
		return errNotMade
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.resent(&p) {
		return resendError(&p, "")
	}
	return t.accept(&p, -1)
}

// resent says whether a protocol of p's slot with p's figures is counted.
func (t *Tally) resent(p *election.Protocol) bool {
	slot := t.p.table.Find(p.Precinct)
	k := protocolKey(slot, p.Ballot, p.Machine)
	if slot < 0 || !knownBallot(p.Ballot) || !t.has(k) {
		return false
	}
	t.load(p, false)
	h := t.jsonHash(&t.d)
	if bytes.Equal(t.counted[k][:32], h[:]) {
		return true
	}
	for _, e := range t.dups[k] {
		if bytes.Equal(e[:32], h[:]) {
			return true
		}
	}
	return false
}

func knownBallot(b election.BallotKind) bool {
	return b == election.ListBallot || b == election.OkrugBallot
}

func (t *Tally) has(k int64) bool { _, ok := t.counted[k]; return ok }

// accept checks p (without key skip, which it replaces) and counts it
// unless refused; a protocol of a slot counted already (skip < 0) is
// counted beside it, a duplicate.
func (t *Tally) accept(p *election.Protocol, skip int64) error {
	_, own := t.check(p, skip)
	slot := t.p.table.Find(p.Precinct)
	if own.Errors() > 0 {
		if slot >= 0 {
			t.crossWith(slot, -1, nil)
		}
		return &RejectedError{Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine, Findings: own.Findings}
	}
	var old [][]byte
	if skip >= 0 {
		old = append([][]byte{t.counted[skip]}, t.dups[skip]...)
		t.remove(skip)
	}
	if err := t.put(p, slot, true); err != nil {
		for _, enc := range old {
			t.restore(skip, enc)
		}
		if slot >= 0 {
			t.crossWith(slot, -1, nil)
		}
		return liveError(err)
	}
	t.changed, t.last = true, nil
	return nil
}

// put counts p, whose slot is given, without checking whether it may be:
// its findings are kept with it. force says that a second protocol of the
// slot is kept too (the definition's duplicates, as Count counts them).
func (t *Tally) put(p *election.Protocol, slot int32, force bool) error {
	t.p.keys.Load(&t.d, p)
	d := &t.d
	k := protocolKey(slot, p.Ballot, p.Machine)
	pr := t.precinctOf(slot)
	// The sums first: all or nothing.
	if !d.Machine && t.p.accErr == nil {
		if err := accumulatorAdd(t.p.acc, t.p.n, d, pr); err != nil {
			if !errors.Is(err, tally.ErrBallotKind) {
				return err
			}
			t.p.accErr = err
		}
	}
	t.p.n++
	own := streamOwn(t.p.check, d, slot)
	h := t.jsonHash(d)
	enc := dense.AppendCompact(append(make([]byte, 0, 48+4*(len(d.Lines)+len(d.Votes)+len(d.Prefs))), h[:]...), d)
	oldBits := t.bits(slot)
	if _, dup := t.counted[k]; dup && force {
		t.dups[k] = append(t.dups[k], enc)
	} else {
		t.counted[k] = enc
	}
	t.addDigest(h[:], +1)
	if len(own.Findings) > 0 {
		r := t.own[k]
		r.Findings = append(r.Findings, own.Findings...)
		t.own[k] = r
		t.fail(k, own)
	}
	for _, e := range own.NotEvaluated {
		t.ownNE[k] = append(t.ownNE[k], e)
		t.addNE(e)
	}
	if !d.Machine {
		var l baseLack
		given := givenLines(d)
		if d.Ballot == election.ListBallot {
			t.p.checkBase(d, pr, &l, given)
			t.manual[0]++
		} else {
			t.manual[1]++
		}
		t.p.checkTurnout(d, pr, &l, given)
		if !l.empty() {
			if x := t.lacks[k]; x != nil {
				x.merge(&l)
			} else {
				t.lacks[k] = &l
			}
		}
	}
	t.setCross(slot, t.crossWith(slot, -1, nil))
	t.reporting(slot, oldBits, -1)
	t.reporting(slot, t.bits(slot), +1)
	return nil
}

// fail counts a protocol of key k whose findings on their own are own
// among those that fail a control relation, if it does: as the Stream
// counts those it checks (Stream.failing), which a Tally's checks, each
// set aside, leave as they were.
func (t *Tally) fail(k int64, own validate.Report) {
	for _, f := range own.Findings {
		if f.Severity == validate.Error && f.Code != "" && (f.Code[0] == 'P' || f.Code[0] == 'F') {
			t.fails[k]++
			t.failing++
			return
		}
	}
}

// setCross keeps rep as slot's cross-checks.
func (t *Tally) setCross(slot int32, rep validate.Report) {
	if old, ok := t.cross[slot]; ok {
		for _, e := range old.NotEvaluated {
			t.subNE(e)
		}
		delete(t.cross, slot)
	}
	if len(rep.Findings)+len(rep.NotEvaluated)+len(rep.MachineGaps) == 0 {
		return
	}
	for _, e := range rep.NotEvaluated {
		t.addNE(e)
	}
	t.cross[slot] = rep
}

// remove takes back every protocol of key k (counted).
func (t *Tally) remove(k int64) {
	slot := int32(k / 4)
	pr := t.precinctOf(slot)
	oldBits := t.bits(slot)
	for _, enc := range append([][]byte{t.counted[k]}, t.dups[k]...) {
		t.decode(&t.d, k, enc)
		if !t.d.Machine && t.p.accErr == nil {
			accumulatorRemove(t.p.acc, &t.d, pr)
		}
		t.addDigest(enc[:32], -1)
		if !t.d.Machine {
			t.manual[k&2>>1]--
		}
	}
	delete(t.counted, k)
	delete(t.dups, k)
	delete(t.own, k)
	t.failing -= t.fails[k]
	delete(t.fails, k)
	for _, e := range t.ownNE[k] {
		t.subNE(e)
	}
	delete(t.ownNE, k)
	delete(t.lacks, k)
	t.setCross(slot, t.crossWith(slot, -1, nil))
	t.reporting(slot, oldBits, -1)
	t.reporting(slot, t.bits(slot), +1)
}

// restore counts again the protocol enc of key k, taken back by remove.
func (t *Tally) restore(k int64, enc []byte) {
	var q dense.Protocol
	t.decode(&q, k, enc)
	p := election.Protocol{Precinct: q.Precinct, Ballot: q.Ballot, Machine: q.Machine}
	p.Lines, p.Votes, p.Preferences = map[election.Line]int64{}, map[string]int64{}, map[string]int64{}
	keys := t.p.keys
	for _, e := range q.Lines {
		p.Lines[election.Line(keys.Lines.Key(e.Pos))] = e.V
	}
	for _, e := range q.Votes {
		p.Votes[keys.Votes.Key(e.Pos)] = e.V
	}
	for _, e := range q.Prefs {
		p.Preferences[keys.Prefs.Key(e.Pos)] = e.V
	}
	if len(p.Preferences) == 0 {
		p.Preferences = nil
	}
	_ = t.put(&p, int32(k/4), true) // it was counted before: it fits
	// The digest term of the protocol as it came (its JSON may have
	// differed: nil maps, say).
	h := protocolJSONHash(&p)
	t.addDigest(h[:], -1)
	t.addDigest(enc[:32], +1)
	kept := t.counted[k]
	if ds := t.dups[k]; len(ds) > 0 {
		kept = ds[len(ds)-1]
	}
	copy(kept[:32], enc[:32])
}

// Replace counts p in place of the protocol of its slot (precinct,
// ballot, count) counted before (every one of that slot, when it holds
// duplicates): ErrNotCounted when there is none. p is checked as Add
// checks it, in the context of the protocols counted without the one it
// replaces, and refused the same way, leaving the protocol counted
// before. The Result records the correction and the figures it changed;
// p with the figures counted (a resend) changes nothing and is no
// correction: ErrCounted.
func (t *Tally) Replace(p election.Protocol) error {
	if t == nil || t.p == nil {
		return errNotMade
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	slot := t.p.table.Find(p.Precinct)
	k := protocolKey(slot, p.Ballot, p.Machine)
	if slot < 0 || !knownBallot(p.Ballot) || !t.has(k) {
		return fmt.Errorf("%w: precinct %q, %s ballot%s", ErrNotCounted, p.Precinct, p.Ballot, machineWords(p.Machine))
	}
	if len(t.dups[k]) == 0 && t.resent(&p) {
		return resendError(&p, ": nothing to correct")
	}
	c := t.correction(CorrectionReplace, k, &p)
	if err := t.accept(&p, k); err != nil {
		return err
	}
	t.corrections = append(t.corrections, c)
	return nil
}

// Withdraw takes back the protocol of precinct, ballot and count
// (machine) counted before (every one of that slot, when it holds
// duplicates): ErrNotCounted when there is none. The Result records the
// correction and the figures taken back.
func (t *Tally) Withdraw(precinct string, ballot election.BallotKind, machine bool) error {
	if t == nil || t.p == nil {
		return errNotMade
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	slot := t.p.table.Find(precinct)
	k := protocolKey(slot, ballot, machine)
	if slot < 0 || !knownBallot(ballot) || !t.has(k) {
		return fmt.Errorf("%w: precinct %q, %s ballot%s", ErrNotCounted, precinct, ballot, machineWords(machine))
	}
	c := t.correction(CorrectionWithdraw, k, nil)
	c.Precinct = precinct
	t.remove(k)
	t.changed, t.last = true, nil
	t.corrections = append(t.corrections, c)
	return nil
}

// correction is the Correction of kind that takes back the protocols of
// key k (counted) and counts p in their place (nil: none).
func (t *Tally) correction(kind string, k int64, p *election.Protocol) Correction {
	c := Correction{Seq: len(t.corrections) + 1, Kind: kind, Precinct: t.p.table.IDs[k/4], Ballot: ballotOfKey(k), Machine: k&1 != 0}
	if p != nil {
		c.Precinct = p.Precinct
	}
	if n := 1 + len(t.dups[k]); n > 1 {
		c.Copies = n
	}
	var before dense.Protocol
	t.decode(&before, k, t.counted[k])
	keys := t.p.keys
	type figure struct {
		section string
		key     string
	}
	values := map[figure][2]*int64{}
	note := func(f figure, side int, v int64) {
		x := values[f]
		x[side] = &v
		values[f] = x
	}
	for _, e := range before.Lines {
		note(figure{"lines", keys.Lines.Key(e.Pos)}, 0, e.V)
	}
	for _, e := range before.Votes {
		note(figure{"votes", keys.Votes.Key(e.Pos)}, 0, e.V)
	}
	for _, e := range before.Prefs {
		note(figure{"preferences", keys.Prefs.Key(e.Pos)}, 0, e.V)
	}
	if p != nil {
		for l, v := range p.Lines {
			note(figure{"lines", string(l)}, 1, v)
		}
		for id, v := range p.Votes {
			note(figure{"votes", id}, 1, v)
		}
		for id, v := range p.Preferences {
			note(figure{"preferences", id}, 1, v)
		}
	}
	for f, x := range values {
		if x[0] != nil && x[1] != nil && *x[0] == *x[1] {
			continue
		}
		c.Changes = append(c.Changes, FigureChange{Section: f.section, Key: f.key, Before: x[0], After: x[1]})
	}
	order := map[string]int{"lines": 0, "votes": 1, "preferences": 2}
	slices.SortFunc(c.Changes, func(a, b FigureChange) int {
		if d := order[a.Section] - order[b.Section]; d != 0 {
			return d
		}
		return strings.Compare(a.Key, b.Key)
	})
	return c
}

// Result returns the count of the protocols counted so far: a snapshot
// of its own, which the Tally never changes and which shares nothing with
// another Result or the Tally, so that a caller may change it freely.
// While precincts have not reported, Result.Reporting says how many have,
// the seats rest on a partial count (Result.Provisional), and the missing
// protocols are counted, the first few listed.
func (t *Tally) Result() (*Result, error) {
	if t == nil || t.p == nil {
		return nil, errNotMade
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.last == nil {
		p := t.p
		p.report = t.report
		p.lack = t.lack()
		p.failing = t.failing
		res, err := p.finish(t.defHash)
		p.report, p.failing = nil, 0
		if err != nil {
			return nil, err
		}
		if t.changed {
			res.Inputs = append(res.Inputs, Input{Name: "protocols", SHA256: t.digestHex()})
		}
		res.Corrections = slices.Clone(t.corrections)
		t.last = res
	}
	return cloneResult(t.last), nil
}

// lack sums what the protocols counted lack of the threshold bases.
func (t *Tally) lack() baseLack {
	var l baseLack
	for _, x := range t.lacks {
		l.merge(x)
	}
	return l
}

// report is the findings of the protocols counted, as Stream.Report
// gives those of a count, and how far they go.
func (t *Tally) report() (validate.Report, Progress) {
	rep := validate.Report{Findings: slices.Clone(t.fixed.Findings), Unlisted: slices.Clone(t.fixed.Unlisted)}
	for _, r := range t.own {
		rep.Findings = append(rep.Findings, r.Findings...)
	}
	for _, r := range t.cross {
		rep.Findings = append(rep.Findings, r.Findings...)
		rep.MachineGaps = append(rep.MachineGaps, r.MachineGaps...)
	}
	ne := make(map[[2]string]validate.NotEvaluated, len(t.ne)+2)
	for k, s := range t.ne {
		if s.dirty {
			t.refirst(k, s)
		}
		ne[k] = s.e
	}
	// The missing protocols: counted, the first few listed.
	var missing [2]int
	limit := MaxListedMissing
	if t.p.o.AllFindings {
		limit = math.MaxInt
	}
	for _, slot := range t.rank {
		if missing[0] >= limit && missing[1] >= limit {
			break
		}
		h := t.bits(slot)
		pr := t.precinctOf(slot)
		if t.manual[0] > 0 && h&gotList == 0 && missing[0] < limit {
			rep.Findings = append(rep.Findings, t.missingFinding(slot, 0))
			missing[0]++
		}
		if t.manual[1] > 0 && h&gotOkrug == 0 && (!pr.Abroad || t.p.r.Okrug.Abroad.Counted()) && pr.Okrug != "" && missing[1] < limit {
			rep.Findings = append(rep.Findings, t.missingFinding(slot, 1))
			missing[1]++
		}
	}
	pg := t.progress
	for b, n := range [2]int{pg.MissingList, pg.MissingOkrug} {
		code := [2]validate.Code{validate.MissingListProtocol, validate.MissingOkrugProtocol}[b]
		if t.manual[b] == 0 {
			what := [2]string{"list", "okrug"}[b]
			e := validate.NotEvaluated{Code: code, Reason: "the election has no manual-count " + what + " protocols"}
			ne[[2]string{string(code), e.Reason}] = e
			continue
		}
		if n > missing[b] {
			rep.Unlisted = append(rep.Unlisted, validate.Unlisted{Code: code, Severity: validate.MissingProtocol("", ballotKinds[b]).Severity, Count: n - missing[b]})
		}
	}
	for _, e := range ne {
		rep.NotEvaluated = append(rep.NotEvaluated, e)
	}
	rep = validate.Merge(rep)
	pg.Regions = slices.Clone(pg.Regions)
	pg.Okrugs = slices.Clone(pg.Okrugs)
	return rep, pg
}

var ballotKinds = [2]election.BallotKind{election.ListBallot, election.OkrugBallot}

// missingFinding is validate.MissingProtocol of slot and ballot b, made
// once while it stays missing: the same findings are listed after every
// protocol until their precincts report.
func (t *Tally) missingFinding(slot int32, b int) validate.Finding {
	k := protocolKey(slot, ballotKinds[b], false)
	if f, ok := t.missingMade[k]; ok {
		return f
	}
	if t.missingMade == nil || len(t.missingMade) > 4*MaxListedMissing {
		t.missingMade = map[int64]validate.Finding{}
	}
	f := validate.MissingProtocol(t.p.table.IDs[slot], ballotKinds[b])
	t.missingMade[k] = f
	return f
}

// refirst finds again the first place of the summed entry s (key k),
// whose first protocol was taken back.
func (t *Tally) refirst(k [2]string, s *neSum) {
	s.e.First, s.dirty = nil, false
	consider := func(e validate.NotEvaluated) {
		if [2]string{string(e.Code), e.Reason} == k && e.First != nil && (s.e.First == nil || e.First.Before(*s.e.First)) {
			f := *e.First
			s.e.First = &f
		}
	}
	for _, es := range t.ownNE {
		for _, e := range es {
			consider(e)
		}
	}
	for _, r := range t.cross {
		for _, e := range r.NotEvaluated {
			consider(e)
		}
	}
}

// Progress says how many precincts have reported, overall and per region
// and okrug.
func (t *Tally) Progress() Progress {
	if t == nil || t.p == nil {
		return Progress{}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	pg := t.progress
	pg.Regions = slices.Clone(pg.Regions)
	pg.Okrugs = slices.Clone(pg.Okrugs)
	return pg
}

// noteGot notes that d, a protocol of the defined precinct slot, came.
func (p *pipeline) noteGot(slot int32, d *dense.Protocol) {
	if p.got == nil {
		p.got = make([]uint8, p.table.Defined)
	}
	switch {
	case d.Machine:
		p.got[slot] |= gotMachine
	case d.Ballot == election.ListBallot:
		p.got[slot] |= gotList
	case d.Ballot == election.OkrugBallot:
		p.got[slot] |= gotOkrug
	}
}

// The bits of pipeline.got.
const (
	gotList uint8 = 1 << iota
	gotOkrug
	gotMachine
)

// progressOf says how far the protocols added go: a list protocol is
// expected of every precinct, an okrug protocol of every precinct in the
// country placed in an okrug, and abroad too under okrug.abroad "counted"
// (as validate expects them).
//
// A precinct's Reporting depends on its kind alone (kindOf), so the
// precincts of each area are counted by kind, and each kind's Reporting is
// added to the area once, times its count.
func (p *pipeline) progressOf() Progress {
	e := p.def
	var pg Progress
	regions := map[string]int{}
	okrugs := map[string]int{}
	for _, r := range e.Regions {
		if _, ok := regions[r.ID]; !ok {
			regions[r.ID] = len(pg.Regions)
			pg.Regions = append(pg.Regions, AreaProgress{ID: r.ID, Name: r.Name})
		}
	}
	for _, o := range e.Okrugs {
		if _, ok := okrugs[o.ID]; !ok {
			okrugs[o.ID] = len(pg.Okrugs)
			pg.Okrugs = append(pg.Okrugs, AreaProgress{ID: o.ID, Name: o.Name})
		}
	}
	var all kinds
	abroadOkrug := p.r.Okrug.Abroad.Counted()
	regionKinds := make([]kinds, len(pg.Regions))
	okrugKinds := make([]kinds, len(pg.Okrugs))
	unique := p.table.Defined == len(e.Precincts)
	lastRegion, lastOkrug := "", ""
	regionAt, regionOK := regions[""]
	okrugAt, okrugOK := okrugs[""]
	for i := range e.Precincts {
		pr := &e.Precincts[i]
		slot := int32(i)
		if !unique {
			slot = p.table.Find(pr.ID)
		}
		var h uint8
		if int(slot) < len(p.got) && slot >= 0 {
			h = p.got[slot]
		}
		k := kindOf(pr, h, abroadOkrug)
		if p.o.okrugsAnnulled[pr.Okrug] {
			k &^= kindInOkrug // its okrug ballot is annulled, not expected
		}
		all[k]++
		if pr.Abroad && !abroadOkrug {
			continue
		}
		// The precincts of a region, and of an okrug, come together: the
		// last one looked up is tried first.
		if pr.Region != lastRegion {
			lastRegion = pr.Region
			regionAt, regionOK = regions[pr.Region]
		}
		if regionOK {
			regionKinds[regionAt][k]++
		}
		if pr.Okrug != lastOkrug {
			lastOkrug = pr.Okrug
			okrugAt, okrugOK = okrugs[pr.Okrug]
		}
		if okrugOK {
			okrugKinds[okrugAt][k]++
		}
	}
	list := !p.r.NoListTier()
	all.addTo(&pg.Reporting, list)
	for i := range pg.Regions {
		regionKinds[i].addTo(&pg.Regions[i].Reporting, list)
	}
	for i := range pg.Okrugs {
		okrugKinds[i].addTo(&pg.Okrugs[i].Reporting, list)
	}
	return pg
}

// kindOf is what a precinct's Reporting depends on: the bits h of the
// protocols that came (got*), whether it is abroad with no okrug ballot
// (abroadOkrug: the rule set counts the votes cast abroad, okrug.abroad
// "counted", and a precinct abroad issues the okrug ballot too), and
// whether it is placed in an okrug.
func kindOf(pr *election.Precinct, h uint8, abroadOkrug bool) uint8 {
	k := h & (gotList | gotOkrug | gotMachine)
	if pr.Abroad && !abroadOkrug {
		k |= kindAbroad
	}
	if pr.Okrug != "" {
		k |= kindInOkrug
	}
	return k
}

// The bits of a kind beside the got* bits.
const (
	kindAbroad uint8 = 1 << (iota + 3)
	kindInOkrug
)

// kinds counts precincts by kind.
type kinds [1 << 5]int

// addTo adds to r the Reporting of the precincts counted.
func (n *kinds) addTo(r *Reporting, list bool) {
	for k, c := range n {
		if c > 0 {
			r.addTimes(reportingOfKind(uint8(k), list), c)
		}
	}
}

// reportingOf is the Reporting of one precinct, whose protocols came as
// the bits h say. list says whether a precinct is expected to give a list
// protocol: not under a rule set without a list tier (NoListTier), whose
// elections may have no list ballot at all (kg2025, a plurality system).
func reportingOf(pr *election.Precinct, h uint8, list, abroadOkrug bool) Reporting {
	return reportingOfKind(kindOf(pr, h, abroadOkrug), list)
}

// reportingOfKind is the Reporting of one precinct of kind k (kindOf).
func reportingOfKind(k uint8, list bool) Reporting {
	x := Reporting{Precincts: 1}
	done := true
	switch {
	case !list:
	case k&gotList != 0:
		x.ListExpected, x.ListCounted = 1, 1
	default:
		x.ListExpected, x.MissingList, done = 1, 1, false
	}
	if k&kindAbroad == 0 && k&kindInOkrug != 0 {
		x.OkrugExpected = 1
		if k&gotOkrug != 0 {
			x.OkrugCounted = 1
		} else {
			x.MissingOkrug, done = 1, false
		}
	}
	if done {
		x.Reporting = 1
	}
	if k&gotMachine != 0 {
		x.MachineCounted = 1
	}
	return x
}

// MaxListedMissing is how many findings of a missing protocol
// (validate.MissingListProtocol, validate.MissingOkrugProtocol) a Result
// lists of each ballot, the first in the order of their precincts' IDs,
// unless Options.AllFindings: the others are counted (Report.Unlisted),
// as Result.Reporting counts them all. A partial count would otherwise
// list a finding for every precinct still to report.
const MaxListedMissing = 10

// missing replaces the missing protocols of the stream's report rep by
// the first MaxListedMissing of each ballot, in the order of their
// precincts' IDs, and the count of the others.
func (p *pipeline) missing(rep validate.Report) validate.Report {
	missing := func(c validate.Code) bool {
		return c == validate.MissingListProtocol || c == validate.MissingOkrugProtocol
	}
	rep.Findings = slices.DeleteFunc(rep.Findings, func(f validate.Finding) bool { return missing(f.Code) })
	rep.Unlisted = slices.DeleteFunc(rep.Unlisted, func(u validate.Unlisted) bool { return missing(u.Code) })
	if p.o.TotalsOnly {
		return rep
	}
	var first [2][]int32 // the first slots missing each ballot, in ID order
	var n [2]int
	limit := MaxListedMissing
	if p.o.AllFindings {
		limit = math.MaxInt
	}
	ids := p.table.IDs
	keep := func(b int, slot int32) {
		n[b]++
		if p.o.AllFindings { // sorted below
			first[b] = append(first[b], slot)
			return
		}
		f := first[b]
		at, _ := slices.BinarySearchFunc(f, slot, func(x, y int32) int { return validate.ComparePrecincts(ids[x], ids[y]) })
		if at >= limit {
			return
		}
		f = slices.Insert(f, at, slot)
		if len(f) > limit {
			f = f[:limit]
		}
		first[b] = f
	}
	for slot := range p.table.Defined {
		var h uint8
		if slot < len(p.got) {
			h = p.got[slot]
		}
		pr := &p.def.Precincts[p.table.First[slot]]
		if p.manual[0] > 0 && h&gotList == 0 {
			keep(0, int32(slot))
		}
		if p.manual[1] > 0 && h&gotOkrug == 0 && (!pr.Abroad || p.r.Okrug.Abroad.Counted()) && pr.Okrug != "" && !p.o.okrugsAnnulled[pr.Okrug] {
			keep(1, int32(slot))
		}
	}
	var extra validate.Report
	for b := range 2 {
		if p.o.AllFindings {
			slices.SortFunc(first[b], func(x, y int32) int { return validate.ComparePrecincts(ids[x], ids[y]) })
		}
		for _, slot := range first[b] {
			extra.Findings = append(extra.Findings, validate.MissingProtocol(ids[slot], ballotKinds[b]))
		}
		if n[b] > len(first[b]) {
			f := validate.MissingProtocol("", ballotKinds[b])
			extra.Unlisted = append(extra.Unlisted, validate.Unlisted{Code: f.Code, Severity: f.Severity, Count: n[b] - len(first[b])})
		}
	}
	if len(extra.Findings) == 0 {
		return rep
	}
	return validate.Merge(rep, extra)
}

// addTimes adds x to r n times.
func (r *Reporting) addTimes(x Reporting, n int) {
	r.Precincts += n * x.Precincts
	r.Reporting += n * x.Reporting
	r.ListExpected += n * x.ListExpected
	r.ListCounted += n * x.ListCounted
	r.OkrugExpected += n * x.OkrugExpected
	r.OkrugCounted += n * x.OkrugCounted
	r.MissingList += n * x.MissingList
	r.MissingOkrug += n * x.MissingOkrug
	r.MachineCounted += n * x.MachineCounted
}

func (r *Reporting) add(x Reporting) {
	r.Precincts += x.Precincts
	r.Reporting += x.Reporting
	r.ListExpected += x.ListExpected
	r.ListCounted += x.ListCounted
	r.OkrugExpected += x.OkrugExpected
	r.OkrugCounted += x.OkrugCounted
	r.MissingList += x.MissingList
	r.MissingOkrug += x.MissingOkrug
	r.MachineCounted += x.MachineCounted
}
