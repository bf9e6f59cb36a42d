package shailoo

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/validate"
)

// Errors of a Tally's corrections; callers branch on them with errors.Is.
var (
	// ErrRejected is wrapped by the *RejectedError of a protocol that
	// Add or Replace refuses for its error findings.
	ErrRejected = errors.New("shailoo: protocol rejected")
	// ErrCounted: Add was given a protocol whose precinct, ballot and
	// count (manual or machine) the Tally has counted already; correct it
	// with Replace.
	ErrCounted = errors.New("shailoo: protocol counted already")
	// ErrNotCounted: Replace or Withdraw named a protocol the Tally has
	// not counted.
	ErrNotCounted = errors.New("shailoo: protocol not counted")
)

// RejectedError is a protocol refused for its findings: Findings holds
// them (the errors, which refuse it, and the warnings that came with
// them). It unwraps to ErrRejected.
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
	for _, f := range e.Findings {
		if f.Severity == validate.Error && !slices.Contains(codes, string(f.Code)) {
			codes = append(codes, string(f.Code))
		}
	}
	return fmt.Sprintf("shailoo: protocol of precinct %q (%s ballot%s) rejected: findings %s",
		e.Precinct, e.Ballot, machineWords(e.Machine), strings.Join(codes, ", "))
}

func (e *RejectedError) Unwrap() error { return ErrRejected }

func machineWords(machine bool) string {
	if machine {
		return ", machine count"
	}
	return ""
}

// Correction is one change a Tally made to a protocol it had counted:
// a Replace or a Withdraw, in the order made (Seq from 1).
type Correction struct {
	Seq      int                 `json:"seq"`
	Kind     string              `json:"kind"` // "replace" or "withdraw"
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
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
// precinct when the election has parties, an okrug protocol of every
// precinct in the country placed in an okrug when it has okrugs.
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

// protocolKey names a protocol slot of a Tally: one precinct, ballot and
// count.
type protocolKey struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

func keyOf(p *election.Protocol) protocolKey {
	return protocolKey{p.Precinct, p.Ballot, p.Machine}
}

// Tally is a count that grows one protocol at a time, for a service that
// receives protocols as commissions enter them: Add checks a protocol in
// the context of those counted (its machine or manual twin, the other
// ballot of its precinct, a protocol counted already) and counts it only
// if nothing in it is an error; Replace and Withdraw correct a protocol
// counted, and the Result records each correction; Result gives the count
// as it stands, which says that it is partial while precincts have not
// reported.
//
// Count, CountWith and CountCSV are a Tally filled once and read once:
// the Result of a Tally equals Count's on the same protocols, whatever
// the order they came in and the corrections made on the way, except for
// its inputs (Result.Inputs: the definition as given to NewTally and a
// digest of the protocols counted since) and its corrections.
//
// A Tally is safe for use by several goroutines at once: each method
// holds the Tally's lock while it runs. A Result, once returned, is never
// changed by the Tally and must not be changed by the caller.
type Tally struct {
	mu      sync.Mutex
	def     *election.Election // the definition, without protocols
	defHash string             // SHA-256 of the JSON of the definition as given
	r       Rules
	o       Options

	// counted holds the protocols counted, by slot; order is their slots
	// in the order first counted: the definition's own protocols first,
	// in their order (duplicates among them included, as Count counts
	// them), then those added.
	counted map[protocolKey][]election.Protocol
	order   []protocolKey
	changed bool // a protocol was added, replaced or withdrawn after NewTally

	corrections []Correction
	last        *Result  // the Result of the protocols as they stand, nil when changed since
	progress    Progress // with last
}

// NewTally returns a Tally of the election def defines (its regions,
// okrugs, parties and precincts) under r, with the options o (lots, a
// lot seed, inputs: as CountWith takes them; o.Annul is refused: an
// annulment is a decision on the whole count). def's own protocols, if
// any, are counted as CountWith counts them, errors and duplicates
// included. The Tally keeps def, which must not change afterwards.
func NewTally(def *election.Election, r Rules, o Options) (*Tally, error) {
	if def == nil {
		return nil, errors.New("shailoo: nil election")
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if len(o.Annul) > 0 {
		return nil, fmt.Errorf("shailoo: %w: a Tally takes no annulments (count the whole election with CountWith)", ErrAnnul)
	}
	if err := CheckLots(def, o.Lots); err != nil {
		return nil, fmt.Errorf("shailoo: %w", err)
	}
	h, err := hashJSON(def, o)
	if err != nil {
		return nil, err
	}
	d := *def
	d.Protocols = nil
	t := &Tally{def: &d, defHash: h, r: r, o: o, counted: map[protocolKey][]election.Protocol{}}
	for i := range def.Protocols {
		p := def.Protocols[i]
		k := keyOf(&p)
		if len(t.counted[k]) == 0 {
			t.order = append(t.order, k)
		}
		t.counted[k] = append(t.counted[k], p)
	}
	// The count of the definition as given must be possible (no sum
	// past int64): a Tally never holds what Count refuses.
	if _, err := t.result(); err != nil {
		return nil, err
	}
	return t, nil
}

// election returns the definition with the protocols counted, extra
// (when not nil) added in its slot (replacing the one there), and the
// slot skip left out (when not nil).
func (t *Tally) election(extra *election.Protocol, skip *protocolKey) *election.Election {
	e := *t.def
	e.Protocols = make([]election.Protocol, 0, len(t.order)+1)
	done := false
	for _, k := range t.order {
		if skip != nil && k == *skip {
			continue
		}
		if extra != nil && k == keyOf(extra) {
			e.Protocols = append(e.Protocols, *extra)
			done = true
			continue
		}
		e.Protocols = append(e.Protocols, t.counted[k]...)
	}
	if extra != nil && !done {
		e.Protocols = append(e.Protocols, *extra)
	}
	return &e
}

// Check returns the findings about p alone, in the context of the
// protocols counted: its own control relations, its precinct and
// choices, and its cross-checks with the protocols counted (its machine
// or manual twin, the other ballot of its precinct, a protocol of its
// slot counted already: validate.DuplicateProtocol). It counts nothing.
// A precinct's missing protocols (validate.MissingListProtocol,
// validate.MissingOkrugProtocol) are not findings about p.
func (t *Tally) Check(p election.Protocol) validate.Report {
	if t == nil || t.def == nil {
		var s *validate.Stream
		return s.Report() // every check not evaluated
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.check(&p, nil)
}

// check is Check; skip, when not nil, is a slot left out of the context
// (the protocol p replaces).
func (t *Tally) check(p *election.Protocol, skip *protocolKey) validate.Report {
	rules := protocolRules(t.r)
	before, err := validate.Check(t.election(nil, skip), rules)
	if err != nil {
		return validate.Report{}
	}
	with := t.election(nil, skip)
	with.Protocols = append(with.Protocols, *p)
	after, err := validate.Check(with, rules)
	if err != nil {
		return validate.Report{}
	}
	seen := map[string]int{}
	for _, f := range before.Findings {
		seen[findingKey(f)]++
	}
	var out validate.Report
	for _, f := range after.Findings {
		if seen[findingKey(f)] > 0 {
			seen[findingKey(f)]--
			continue
		}
		if f.Code == validate.MissingListProtocol || f.Code == validate.MissingOkrugProtocol {
			continue
		}
		out.Findings = append(out.Findings, f)
	}
	return out
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

// Add counts protocol p, all or nothing: a protocol with an error
// finding (Check) is refused with a *RejectedError (errors.Is(err,
// ErrRejected)) and nothing is counted; so is a protocol whose slot
// (precinct, ballot, count) is counted already (ErrCounted: use
// Replace), and one whose figures would take a sum past int64. A
// protocol with warnings only is counted; its warnings are in the
// Result's findings.
func (t *Tally) Add(p election.Protocol) error {
	if t == nil || t.def == nil {
		return errors.New("shailoo: a Tally not made by NewTally")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	k := keyOf(&p)
	if len(t.counted[k]) > 0 {
		return fmt.Errorf("%w: precinct %q, %s ballot%s", ErrCounted, p.Precinct, p.Ballot, machineWords(p.Machine))
	}
	return t.put(&p, nil, "")
}

// put counts p, after checking it (without the slot skip, which it
// replaces) and the count with it; kind, when not "", records a
// correction.
func (t *Tally) put(p *election.Protocol, skip *protocolKey, kind string) error {
	rep := t.check(p, skip)
	if rep.Errors() > 0 {
		return &RejectedError{Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine, Findings: rep.Findings}
	}
	p = cloneProtocol(p)
	k := keyOf(p)
	old, had := t.counted[k]
	if !had {
		t.order = append(t.order, k)
	}
	t.counted[k] = []election.Protocol{*p}
	last := t.last
	t.last = nil
	if _, err := t.result(); err != nil {
		if had {
			t.counted[k] = old
		} else {
			delete(t.counted, k)
			t.order = t.order[:len(t.order)-1]
		}
		t.last = last
		return err
	}
	t.changed = true
	if kind != "" {
		t.corrections = append(t.corrections, Correction{Seq: len(t.corrections) + 1, Kind: kind, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine})
		t.last = nil
	}
	return nil
}

// cloneProtocol copies p's maps: the caller may reuse them.
func cloneProtocol(p *election.Protocol) *election.Protocol {
	q := *p
	q.Lines = cloneMap(p.Lines)
	q.Votes = cloneMap(p.Votes)
	q.Preferences = cloneMap(p.Preferences)
	return &q
}

func cloneMap[K comparable](m map[K]int64) map[K]int64 {
	if m == nil {
		return nil
	}
	out := make(map[K]int64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Replace counts p in place of the protocol of its slot (precinct,
// ballot, count) counted before: ErrNotCounted when there is none. p is
// checked as Add checks it, in the context of the protocols counted
// without the one it replaces, and refused the same way. The Result
// records the correction.
func (t *Tally) Replace(p election.Protocol) error {
	if t == nil || t.def == nil {
		return errors.New("shailoo: a Tally not made by NewTally")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	k := keyOf(&p)
	if len(t.counted[k]) == 0 {
		return fmt.Errorf("%w: precinct %q, %s ballot%s", ErrNotCounted, p.Precinct, p.Ballot, machineWords(p.Machine))
	}
	return t.put(&p, &k, CorrectionReplace)
}

// Withdraw takes back the protocol of precinct, ballot and count
// (machine) counted before (every one of that slot, when the
// definition gave several): ErrNotCounted when there is none. The Result
// records the correction.
func (t *Tally) Withdraw(precinct string, ballot election.BallotKind, machine bool) error {
	if t == nil || t.def == nil {
		return errors.New("shailoo: a Tally not made by NewTally")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	k := protocolKey{precinct, ballot, machine}
	if len(t.counted[k]) == 0 {
		return fmt.Errorf("%w: precinct %q, %s ballot%s", ErrNotCounted, precinct, ballot, machineWords(machine))
	}
	delete(t.counted, k)
	t.order = slices.DeleteFunc(t.order, func(x protocolKey) bool { return x == k })
	t.changed = true
	t.corrections = append(t.corrections, Correction{Seq: len(t.corrections) + 1, Kind: CorrectionWithdraw, Precinct: precinct, Ballot: ballot, Machine: machine})
	t.last = nil
	return nil
}

// Result returns the count of the protocols counted so far: a snapshot
// that later calls never change (the caller must not change it either).
// While precincts have not reported, Result.Reporting says how many have,
// the seats rest on a partial count (Result.Provisional), and the
// missing protocols are counted, not listed one finding each.
func (t *Tally) Result() (*Result, error) {
	if t == nil || t.def == nil {
		return nil, errors.New("shailoo: a Tally not made by NewTally")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.result()
}

func (t *Tally) result() (*Result, error) {
	if t.last != nil {
		return t.last, nil
	}
	e := t.election(nil, nil)
	var res *Result
	var pg Progress
	var err error
	if !t.changed {
		e.Protocols = nil
		for _, k := range t.order {
			e.Protocols = append(e.Protocols, t.counted[k]...)
		}
		res, pg, err = countProgress(e, t.r, t.o, nil)
		if err == nil {
			// The "election" input is the definition as given.
			for i := range res.Inputs {
				if res.Inputs[i].Name == "election" {
					res.Inputs[i].SHA256 = t.defHash
				}
			}
		}
	} else {
		res, pg, err = countProgress(e, t.r, t.o, t.def)
		if err == nil {
			for i := range res.Inputs {
				if res.Inputs[i].Name == "election" {
					res.Inputs[i].SHA256 = t.defHash
				}
			}
			res.Inputs = append(res.Inputs, Input{Name: "protocols", SHA256: protocolsDigest(e.Protocols)})
		}
	}
	if err != nil {
		return nil, err
	}
	res.Corrections = slices.Clone(t.corrections)
	t.last, t.progress = res, pg
	return res, nil
}

// protocolsDigest is a digest of a set of protocols that does not depend
// on their order: the sum, modulo 2^256, of the SHA-256 of each
// protocol's JSON (hex).
func protocolsDigest(ps []election.Protocol) string {
	sum := new(big.Int)
	mod := new(big.Int).Lsh(big.NewInt(1), 256)
	for i := range ps {
		b, _ := json.Marshal(&ps[i])
		h := sha256.Sum256(b)
		sum.Add(sum, new(big.Int).SetBytes(h[:]))
	}
	sum.Mod(sum, mod)
	out := make([]byte, 32)
	sum.FillBytes(out)
	return hex.EncodeToString(out)
}

// Progress says how many precincts have reported, overall and per region
// and okrug.
func (t *Tally) Progress() Progress {
	if t == nil || t.def == nil {
		return Progress{}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, err := t.result(); err != nil {
		return Progress{}
	}
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
// country placed in an okrug (as validate expects them).
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
	unique := p.table.Defined == len(e.Precincts)
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
		x := reportingOf(pr, h)
		pg.Reporting.add(x)
		if pr.Abroad {
			continue
		}
		if a, ok := regions[pr.Region]; ok {
			pg.Regions[a].add(x)
		}
		if a, ok := okrugs[pr.Okrug]; ok {
			pg.Okrugs[a].add(x)
		}
	}
	return pg
}

// reportingOf is the Reporting of one precinct, whose protocols came as
// the bits h say.
func reportingOf(pr *election.Precinct, h uint8) Reporting {
	x := Reporting{Precincts: 1, ListExpected: 1}
	done := true
	if h&gotList != 0 {
		x.ListCounted = 1
	} else {
		x.MissingList, done = 1, false
	}
	if !pr.Abroad && pr.Okrug != "" {
		x.OkrugExpected = 1
		if h&gotOkrug != 0 {
			x.OkrugCounted = 1
		} else {
			x.MissingOkrug, done = 1, false
		}
	}
	if done {
		x.Reporting = 1
	}
	if h&gotMachine != 0 {
		x.MachineCounted = 1
	}
	return x
}

// maxListedMissing is how many findings of a missing protocol
// (validate.MissingListProtocol, validate.MissingOkrugProtocol) a Result
// lists, the first in order of precinct: the others are counted
// (Report.Unlisted), as Result.Reporting counts them all. A partial count
// would otherwise list a finding for every precinct still to report.
const maxListedMissing = 10

// capMissing lists the first maxListedMissing findings of each missing
// protocol code of rep (sorted) and counts the others.
func capMissing(rep validate.Report) validate.Report {
	n := map[validate.Code]int{}
	out := rep.Findings[:0:0]
	var extra []validate.Unlisted
	for _, f := range rep.Findings {
		if f.Code == validate.MissingListProtocol || f.Code == validate.MissingOkrugProtocol {
			if n[f.Code]++; n[f.Code] > maxListedMissing {
				i := slices.IndexFunc(extra, func(u validate.Unlisted) bool { return u.Code == f.Code })
				if i < 0 {
					extra = append(extra, validate.Unlisted{Code: f.Code, Severity: f.Severity})
					i = len(extra) - 1
				}
				extra[i].Count++
				continue
			}
		}
		out = append(out, f)
	}
	if len(extra) == 0 {
		return rep
	}
	rep.Findings = out
	return validate.Merge(rep, validate.Report{Unlisted: extra})
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
