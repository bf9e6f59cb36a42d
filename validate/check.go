package validate

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/zeroed"
)

// Rules says which protocol control relations are in force and which
// lines the protocol form has. It is part of a rule set and its zero value
// works: every relation in force, every line of election.AllLines on the form.
type Rules struct {
	// Relations in force (codes from Relations()); nil or empty means all.
	Relations []Code `json:"relations,omitempty"`
	// Lines on the protocol form; nil means all of election.AllLines. An empty
	// non-nil list means a form without lines: no relation that needs a
	// line can be evaluated. The lines AddLines declares are on the form
	// whatever Lines says.
	Lines []election.Line `json:"lines"`
	// AddLines declares lines beyond election.AllLines (absentee
	// certificates, ...), in form order.
	AddLines []LineDecl `json:"add_lines,omitempty"`
	// AddRelations declares control relations beyond P101-P110, over the
	// lines of the form and the votes, each with its own code (F1..F9999).
	AddRelations []Relation `json:"add_relations,omitempty"`
	// Ballots says, per ballot ("list", "okrug"), whether it has "against
	// all"; a ballot left out has it.
	Ballots map[election.BallotKind]Ballot `json:"ballots,omitempty"`
	// AbroadOkrug says that the precincts abroad vote the okrug ballot
	// too (a rule set's okrug.abroad "counted", which sets it): their
	// okrug-ballot protocols are checked as any other, OkrugAbroad (X214)
	// is not reported, and one that names no okrug is NoOkrug (X217).
	// Without it a precinct abroad issues only the list ballot.
	AbroadOkrug bool `json:"-"`
}

// ErrRules is wrapped by the error Rules.Validate returns.
var ErrRules = errors.New("validate: invalid rules")

// ErrNilElection is returned by Check for a nil election.
var ErrNilElection = errors.New("validate: nil election")

// Validate reports a relation code that is not a protocol relation, or a
// line name that is not one of election.AllLines() (a misspelt line would turn
// every relation that binds it into "not on the form"), wrapping ErrRules.
func (r Rules) Validate() error {
	if err := r.validateForm(); err != nil {
		return err
	}
	for _, c := range r.Relations {
		if !slices.Contains(r.RelationCodes(), c) {
			return fmt.Errorf("%w: relations: %q is not a protocol relation (known: %s)", ErrRules, c, joinCodes(r.RelationCodes()))
		}
	}
	for i, l := range r.Lines {
		if !r.known(l) {
			return fmt.Errorf("%w: lines[%d]: unknown protocol line %q (allowed: %s)", ErrRules, i, l, joinLines(election.AllLines()))
		}
	}
	return nil
}

// RelationCodes returns the codes of the relations Relations may name
// under r: the built-in ones (the package's Relations) and those r
// declares.
func (r Rules) RelationCodes() []Code {
	cs := Relations()
	for _, rel := range r.AddRelations {
		cs = append(cs, rel.Code)
	}
	return cs
}

func joinLines(ls []election.Line) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

func joinCodes(cs []Code) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// InForce says whether relation c is in force under r.
func (r Rules) InForce(c Code) bool {
	if len(r.Relations) == 0 {
		return slices.Contains(r.RelationCodes(), c)
	}
	return slices.Contains(r.Relations, c)
}

// OnForm says whether line l is on the protocol form under r. The valid
// ballots are on every form, whatever Lines says: a form without a line
// of them (the votes alone, as many countries publish) still has valid
// ballots, never none of them, so what needs the line is not evaluated
// when the protocols do not give it (a relation over none would find
// "found = invalid" false on every protocol).
func (r Rules) OnForm(l election.Line) bool {
	if l == election.Valid {
		return true
	}
	if r.Lines == nil || election.LineIndex(l) < 0 {
		return r.known(l)
	}
	return slices.Contains(r.Lines, l)
}

// The lines of the cross-checks between the list and the okrug ballot.
var (
	issuedLines = []election.Line{election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly}
	foundLines  = []election.Line{election.FoundMobile, election.FoundStationary}
)

// Check checks the protocols of e: the control relations that r puts in
// force, on every protocol, and the cross-checks (machine against manual
// count, list against okrug ballot, the definition of the election, the
// choices on each ballot, duplicates and missing protocols).
//
// A line not on the form (r.Lines) is a quantity the form has none of:
// the relations are checked over the lines it has. A relation with a side
// of no line on the form, a line a protocol lacks, or a figure other than
// 0 a protocol gives for a line not on the form is not evaluated for it
// and is listed in Report.NotEvaluated, never passed. The error return
// means that nothing could be checked: a nil election or an invalid r.
func Check(e *election.Election, r Rules) (Report, error) {
	if e == nil {
		return Report{}, ErrNilElection
	}
	keys := dense.NewKeys()
	table := dense.NewPrecincts(e.Precincts)
	var o StreamOptions
	for i := range e.Protocols {
		if e.Protocols[i].Machine {
			o.Machine = true
			break
		}
	}
	s, err := newStream(e, r, keys, table, o)
	if err != nil {
		return Report{}, err
	}
	var d dense.Protocol
	for i := range e.Protocols {
		p := &e.Protocols[i]
		keys.Load(&d, p)
		s.add(&d, table.Slot(p.Precinct))
	}
	return s.Report(), nil
}

// notEvaluated groups not-evaluated entries by code and reason.
type notEvaluated struct {
	m map[[2]string]*NotEvaluated
}

func (n *notEvaluated) add(c Code, reason string, p *Place) {
	n.entry(c, reason).count(p)
}

// entry returns the entry of code c for reason, made when missing.
func (n *notEvaluated) entry(c Code, reason string) *NotEvaluated {
	if n.m == nil {
		n.m = map[[2]string]*NotEvaluated{}
	}
	k := [2]string{string(c), reason}
	x, ok := n.m[k]
	if !ok {
		x = &NotEvaluated{Code: c, Reason: reason}
		n.m[k] = x
	}
	return x
}

// count counts place p (nil: none) in x, keeping the first place.
func (x *NotEvaluated) count(p *Place) {
	if p != nil {
		x.Count++
		if x.First == nil || placeBefore(p, x.First) {
			q := *p
			x.First = &q
		}
	}
}

// placeBefore says whether p sorts before q (comparePlaces), deciding at
// once the common case of two protocols of the same ballot and count in
// different precincts.
func placeBefore(p, q *Place) bool {
	if p.Level == q.Level && p.File == "" && q.File == "" && p.Row == 0 && q.Row == 0 && p.Column == 0 && q.Column == 0 &&
		p.Region == q.Region && p.Okrug == q.Okrug && p.Precinct != q.Precinct {
		return naturalCompare(p.Precinct, q.Precinct) < 0
	}
	return comparePlaces(*p, *q) < 0
}

func (n *notEvaluated) list() []NotEvaluated {
	out := make([]NotEvaluated, 0, len(n.m))
	for _, x := range n.m {
		out = append(out, *x)
	}
	sortNotEvaluated(out)
	return out
}

// precinctInfo is what the definitions of one precinct ID agree on.
type precinctInfo struct {
	// (The string first and the flags together: 24 bytes, not 40, a
	// slice of them per defined precinct.)
	okrug       string
	defined     bool
	abroad      bool // abroad, its okrug ballot not counted (not Rules.AbroadOkrug)
	abroadKnown bool // all definitions agree on abroad
	okrugKnown  bool // all definitions agree on the okrug
}

type checker struct {
	e   *election.Election
	r   Rules
	rep Report
	ne  notEvaluated

	keys       *dense.Keys
	table      *dense.Precincts
	infos      []precinctInfo // by defined slot
	row        precinctInfo   // the precinct of the protocol AddPlaced checks
	parties    map[string]bool
	okrugs     map[string]bool
	okrugCands map[string]map[string]bool // okrug -> its candidates (union of its definitions)
	regions    map[string]bool
	listOf     map[string][]string // list candidate -> the parties listing them (one entry per place)
	partyCands map[string][]string // party -> its candidates, in list order, each once

	gaps map[string]*PrecinctGap

	listAll  bool               // list every finding, not MaxListed of a code
	listed   map[Code]int       // findings listed, by code
	unlisted map[Code]*Unlisted // findings counted but not listed, by code

	// broke is set when a finding of an error of a control relation (a
	// P or F code of error severity) is added: Stream.check counts the
	// protocols that have one (Stream.failing).
	broke bool

	partyIDs    []string            // each party ID once, in ballot order
	okrugChoice map[string][]string // okrug -> its candidate IDs, each once
}

func newChecker(e *election.Election, r Rules, keys *dense.Keys, table *dense.Precincts) *checker {
	c := &checker{e: e, r: r, keys: keys, table: table,
		parties: map[string]bool{}, okrugs: map[string]bool{},
		okrugCands: map[string]map[string]bool{}, regions: map[string]bool{},
		listOf: map[string][]string{}, partyCands: map[string][]string{},
		gaps: map[string]*PrecinctGap{},
	}
	for _, rg := range e.Regions {
		c.regions[rg.ID] = true
	}
	for _, o := range e.Okrugs {
		c.okrugs[o.ID] = true
		if c.okrugCands[o.ID] == nil {
			c.okrugCands[o.ID] = map[string]bool{}
		}
		for _, k := range o.Candidates {
			c.okrugCands[o.ID][k.ID] = true
		}
	}
	c.okrugChoice = map[string][]string{}
	for _, o := range e.Okrugs {
		for _, k := range o.Candidates {
			if !slices.Contains(c.okrugChoice[o.ID], k.ID) {
				c.okrugChoice[o.ID] = append(c.okrugChoice[o.ID], k.ID)
			}
		}
	}
	for _, p := range e.Parties {
		if !c.parties[p.ID] {
			c.partyIDs = append(c.partyIDs, p.ID)
		}
		c.parties[p.ID] = true
		for _, k := range p.Candidates {
			c.listOf[k.ID] = append(c.listOf[k.ID], p.ID)
			if !slices.Contains(c.partyCands[p.ID], k.ID) {
				c.partyCands[p.ID] = append(c.partyCands[p.ID], k.ID)
			}
		}
	}
	c.infos = zeroed.Make[precinctInfo](table.Defined)
	unique := table.Defined == len(e.Precincts) // then precinct i has slot i
	for i, p := range e.Precincts {
		slot := int32(i)
		if !unique {
			slot = table.Find(p.ID)
		}
		x := &c.infos[slot]
		if !x.defined {
			*x = precinctInfo{defined: true, abroad: p.Abroad && !r.AbroadOkrug, abroadKnown: true, okrug: p.Okrug, okrugKnown: true}
			continue
		}
		if x.abroad != p.Abroad {
			x.abroadKnown = false
		}
		if x.okrug != p.Okrug {
			x.okrugKnown = false
		}
	}
	return c
}

// addNew is c.add(newFinding(...)) that renders the message only when the
// finding is listed: the per-precinct checks of a hostile definition may
// find millions.
func (c *checker) addNew(code Code, p Place, want, got string, gap int64, v vars) {
	if !c.listAll && c.listed[code] >= MaxListed {
		d, _ := defOf(code)
		c.add(Finding{Code: code, Severity: d.Severity})
		return
	}
	c.add(newFinding(code, p, want, got, gap, v))
}

// addDef is addNew for the code d defines (a relation a rule set
// declares has no entry in the code table).
func (c *checker) addDef(d codeDef, p Place, want, got string, gap int64, v vars) {
	if !c.listAll && c.listed[d.Code] >= MaxListed {
		c.add(Finding{Code: d.Code, Severity: d.Severity})
		return
	}
	c.add(d.finding(p, want, got, gap, v))
}

// add lists f, or counts it in Unlisted when MaxListed findings of its
// code are listed already.
func (c *checker) add(f Finding) {
	if f.Severity == Error && f.Code != "" && (f.Code[0] == 'P' || f.Code[0] == 'F') {
		c.broke = true
	}
	if !c.listAll {
		if c.listed == nil {
			c.listed, c.unlisted = map[Code]int{}, map[Code]*Unlisted{}
		}
		if c.listed[f.Code] >= MaxListed {
			u := c.unlisted[f.Code]
			if u == nil {
				u = &Unlisted{Code: f.Code, Severity: f.Severity}
				c.unlisted[f.Code] = u
			}
			u.Count++
			return
		}
		c.listed[f.Code]++
	}
	c.rep.Findings = append(c.rep.Findings, f)
}

// duplicates reports each ID of ids that occurs more than once.
func (c *checker) duplicates(code Code, ids []string, place func(id string) Place) {
	n := map[string]int{}
	for _, id := range ids {
		n[id]++
	}
	for id, k := range n {
		if k > 1 {
			c.add(newFinding(code, place(id), "1", strconv.Itoa(k), int64(k-1), nil))
		}
	}
}

// definitions checks the definition of the election: duplicate IDs,
// unknown okrugs and regions, the reserved ID of against all.
func (c *checker) definitions() {
	e := c.e
	var ids []string
	if c.table.Defined < len(e.Precincts) { // some ID is defined twice
		for _, p := range e.Precincts {
			ids = append(ids, p.ID)
		}
		c.duplicates(DuplicatePrecinct, ids, func(id string) Place { return Place{Level: LevelPrecinct, Precinct: id} })
	}
	ids = ids[:0]
	for _, p := range e.Parties {
		ids = append(ids, p.ID)
	}
	c.duplicates(DuplicateParty, ids, func(id string) Place { return Place{Level: LevelList, Party: id} })
	ids = ids[:0]
	for _, o := range e.Okrugs {
		ids = append(ids, o.ID)
	}
	c.duplicates(DuplicateOkrug, ids, func(id string) Place { return Place{Level: LevelOkrug, Okrug: id} })
	ids = ids[:0]
	for _, r := range e.Regions {
		ids = append(ids, r.ID)
	}
	c.duplicates(DuplicateRegion, ids, func(id string) Place { return Place{Level: LevelRegion, Region: id} })
	for id, ps := range c.listOf {
		if len(ps) > 1 {
			c.add(newFinding(DuplicateListCandidate, Place{Level: LevelList, Candidate: id}, "1", strconv.Itoa(len(ps)), int64(len(ps)-1), nil))
		}
	}
	for _, o := range e.Okrugs {
		ids = ids[:0]
		for _, k := range o.Candidates {
			ids = append(ids, k.ID)
		}
		c.duplicates(DuplicateOkrugCandidate, ids, func(id string) Place { return Place{Level: LevelOkrug, Okrug: o.ID, Candidate: id} })
		if o.Region != "" && !c.regions[o.Region] {
			c.add(newFinding(OkrugUnknownRegion, Place{Level: LevelOkrug, Okrug: o.ID, Region: o.Region}, "a defined region", o.Region, 0, nil))
		}
		for _, k := range o.Candidates {
			if k.ID == election.AgainstAll {
				c.add(newFinding(ReservedID, Place{Level: LevelOkrug, Okrug: o.ID, Candidate: k.ID}, "", k.ID, 0, nil))
			}
		}
	}
	for _, p := range e.Parties {
		if p.ID == election.AgainstAll {
			c.add(newFinding(ReservedID, Place{Level: LevelList, Party: p.ID}, "", p.ID, 0, nil))
		}
		for _, k := range p.Candidates {
			if k.ID == election.AgainstAll {
				c.add(newFinding(ReservedID, Place{Level: LevelList, Party: p.ID, Candidate: k.ID}, "", k.ID, 0, nil))
			}
		}
	}
	for _, p := range e.Precincts {
		if p.Okrug != "" && !c.okrugs[p.Okrug] {
			c.addNew(UnknownOkrug, Place{Level: LevelPrecinct, Precinct: p.ID, Okrug: p.Okrug}, "a defined okrug", p.Okrug, 0, nil)
		}
		if p.Region != "" && !c.regions[p.Region] { // (abroad too: in no region, but the one it names exists)
			c.addNew(UnknownRegion, Place{Level: LevelPrecinct, Precinct: p.ID, Region: p.Region}, "a defined region", p.Region, 0, nil)
		}
		if (!p.Abroad || c.r.AbroadOkrug) && p.Okrug == "" && len(e.Okrugs) > 0 {
			c.addNew(NoOkrug, Place{Level: LevelPrecinct, Precinct: p.ID}, "an okrug", "", 0, nil)
		}
		if !p.Abroad && p.Region == "" && len(e.Regions) > 0 {
			c.addNew(NoRegion, Place{Level: LevelPrecinct, Precinct: p.ID}, "a region", "", 0, nil)
		}
	}
	if len(e.Okrugs) == 0 {
		c.ne.add(NoOkrug, "the election defines no okrugs", nil)
	}
	if len(e.Regions) == 0 {
		c.ne.add(NoRegion, "the election defines no regions", nil)
	}
}

// notInForce lists the relations not in force or not on the form, for the
// whole check.
func (s *Stream) notInForce() {
	c := s.c
	for _, code := range []Code{Negative, PreferencesOverVotes} {
		if !c.r.InForce(code) {
			c.ne.add(code, "not in force in the rule set", nil)
		}
	}
	for i := range s.rels {
		r := &s.rels[i]
		if !c.r.InForce(r.def.Code) {
			c.ne.add(r.def.Code, "not in force in the rule set", nil)
		} else if r.unfollowed != "" {
			c.ne.add(r.def.Code, r.unfollowed, nil)
		} else if !r.on {
			c.ne.add(r.def.Code, "not on the protocol form: "+strings.Join(r.off, ", "), nil)
		}
	}
}

// StreamOptions tune a Stream.
type StreamOptions struct {
	// Machine says that machine-count protocols may be added. The stream
	// then keeps a protocol whose twin (the machine count of a manual
	// protocol, or the manual count of a machine protocol) has not come
	// yet, until it comes. Without it a machine-count protocol cannot be
	// compared, and the comparisons are reported not evaluated.
	Machine bool
	// TotalsOnly checks each protocol on its own (the control relations,
	// its precinct and choices) and finds the protocols given twice
	// (DuplicateProtocol), but runs no other cross-check between protocols
	// (missing protocols, machine against manual count, list against okrug
	// ballot), which are reported not evaluated: the stream then keeps per
	// protocol its precinct's ID (the string the caller gave, not copied),
	// ballot and count, about 24 bytes, and nothing else per precinct.
	TotalsOnly bool
	// ListAll lists every finding. Without it a check lists the first
	// MaxListed findings of each code and counts the others in
	// Report.Unlisted, so that its memory stays a small multiple of the
	// input whatever the input holds.
	ListAll bool
	// OkrugsAnnulled are the okrugs whose election a decision annulled:
	// the okrug-ballot protocols of their precincts are left out of the
	// count, not missing (MissingOkrugProtocol).
	OkrugsAnnulled map[string]bool
}

// Stream checks protocols one at a time: the streaming form of Check,
// which is a Stream fed with the protocols of an election. The root
// package feeds it CSV rows it never holds, and keeps one open for a live
// count (shailoo.Tally). Its methods that take protocols in their dense
// form are reached through internal/bridge: they take internal types, so
// they are not part of this package's API.
//
// Per protocol it keeps nothing (a TotalsOnly stream: the protocol's
// precinct ID, ballot and count, for DuplicateProtocol); per precinct (a slot of the
// dense.Precincts) it keeps what the cross-checks need, at most 64 bytes:
// how many protocols of each ballot and count it has seen (duplicates,
// missing protocols), 4 bytes each, and for the first manual protocol of
// each ballot the ballots issued and found (list against okrug ballot), 24
// bytes, each kind's made at the first protocol of that kind (28 bytes
// for files of one ballot's manual counts). A protocol whose
// machine or manual twin has not come yet is kept until it comes (only
// when StreamOptions.Machine says twins may come), and a comparison that
// found differences until the end, when the counts say whether it stands.
// Findings are kept, as they are the result.
type Stream struct {
	c    *checker
	o    StreamOptions
	late bool // a machine-count protocol came though o.Machine was false
	// ownFrom, ownTo: the findings (c.rep.Findings) of the last protocol
	// added on its own (check), which placeOwn places at its row.
	ownFrom, ownTo int

	// counts[2*ballot + machine][slot] and lo[ballot][slot]: each kind's
	// slice is made at its first protocol (a file of one ballot and count
	// touches a quarter of the counts and half the loStates); a slot past
	// a slice's end has no protocol of that kind yet. nslots is the number
	// of slots the cross-checks look at.
	counts [4][]int32
	nslots int
	// seen counts the protocols of each precinct, ballot and count of a
	// TotalsOnly stream, which has no slots: the duplicates check needs
	// the precinct's ID alone.
	seen     seenSet
	lo       [2][]loState
	loBig    map[int64]*big.Int // 4*slot + 2*ballot + (0 issued, 1 found), when the sum overflows int64
	loOff    uint8              // the issued and found lines not on the form, as loState.mask's bits: a protocol that gives one but 0 is not compared
	pending  map[int64][]byte   // protocols awaiting their twin (appendPending)
	compared map[int64]*machineResult
	twin     dense.Protocol
	has      [2]bool // a manual protocol of the ballot was seen

	// the checks of a protocol on its own (eval.go)
	rels      []relation     // the relations of the form, compiled
	lineKnown []bool         // per line position: a line of the form's catalog
	lineWords map[int32]vars // the names of the lines the rule set adds, by position
	againstOn [2]bool        // the list and the okrug ballot have against all
	negative  bool
	prefs     bool
	// overFound is P111 in force; votesPer the votes a ballot carries,
	// per ballotSlot.
	overFound bool
	votesPer  [2]int64
	partyPos  []int32
	isParty   []bool
	against   int32
	okrugPos  map[string][]int32
	prefCands [][]int32 // per party of partyIDs, its candidates' positions
	candLists []int32   // per preference position, the lists holding the candidate
	plainList []bool    // per party of partyIDs: no candidate of its list is on another
	stamp     uint32
	lineFig   []figure // by position: the figures of the protocol being checked
	voteFig   []figure
	prefFig   []figure
	noPrefs   *NotEvaluated // PreferencesOverVotes for protocols without preference votes
	// relNE is, per relation of rels, the not-evaluated entry of the
	// lines the last protocol lacking some of them lacked (relMask, as
	// bits of present): one reason built per file, not per protocol.
	relNE   []*NotEvaluated
	relMask []uint64
	// overVoters is P112 in force.
	overVoters bool
	// failing counts the protocols checked with an error of a control
	// relation (P101-P104, P106, P107, P103 of a ballot of several votes,
	// and the relations a rule set declares with severity error), listed
	// or not: the findings say which, up to MaxListed of a code.
	failing int
}

// appendPending appends the figures of p in a compact form (varints): a
// protocol awaiting its twin costs a few bytes per figure and holds no
// pointer.
func appendPending(dst []byte, p *dense.Protocol) []byte {
	for sec := range dense.Sections {
		es := p.Section(sec)
		dst = binary.AppendUvarint(dst, uint64(len(es)))
		for _, e := range es {
			dst = binary.AppendUvarint(dst, uint64(e.Pos))
			dst = binary.AppendVarint(dst, e.V)
		}
	}
	return dst
}

// decodePending reads the figures appendPending wrote into d.
func decodePending(b []byte, d *dense.Protocol) *dense.Protocol {
	read := func() uint64 {
		v, n := binary.Uvarint(b)
		b = b[n:]
		return v
	}
	for sec := range dense.Sections {
		n := int(read())
		es := make([]dense.Entry, n)
		for i := range es {
			es[i].Pos = int32(read())
			v, k := binary.Varint(b)
			b = b[k:]
			es[i].V = v
		}
		switch sec {
		case dense.SecLines:
			d.Lines = es
		case dense.SecVotes:
			d.Votes = es
		default:
			d.Prefs = es
		}
	}
	return d
}

type loState struct {
	issued, found int64
	mask          uint8 // bits 0-2 issued lines present, 3-4 found lines present, 5 issued overflowed, 6 found overflowed
}

type machineResult struct {
	findings []Finding
	gap      int64
	items    int
}

const (
	lineVoters = iota
	lineReceived
	lineInRoom
	lineOutside
	lineEarly
	lineCancelled
	lineMobile
	lineStationary
	lineInvalid
	lineValid
	lineLost
	lineUnaccounted
)

// newStream returns a Stream for the protocols of the election e defines,
// under r: e's definition is checked at once (duplicate IDs, unknown
// okrugs and regions...), its protocols are not read (add them). Keys and
// precincts index the protocols that will be added; the caller gives each
// protocol the slot of its precinct (precincts.Slot).
func newStream(e *election.Election, r Rules, keys *dense.Keys, precincts *dense.Precincts, o StreamOptions) (*Stream, error) {
	if e == nil {
		return nil, ErrNilElection
	}
	if keys == nil || keys.Lines == nil || keys.Votes == nil || keys.Prefs == nil || precincts == nil {
		return nil, errors.New("validate: a Stream: nil keys or precincts (dense.NewKeys, dense.NewPrecincts make them)")
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if err := againstAllAgrees(e, r); err != nil {
		return nil, err
	}
	c := newChecker(e, r, keys, precincts)
	c.listAll = o.ListAll
	c.definitions()
	s := &Stream{c: c, o: o, loBig: map[int64]*big.Int{}, pending: map[int64][]byte{}, compared: map[int64]*machineResult{}}
	lineAt := func(l election.Line) int32 { return keys.Lines.Insert(string(l)) }
	s.rels = compileRelations(r, lineAt)
	for _, l := range election.AllLines() {
		s.markKnown(lineAt(l))
	}
	for _, d := range r.AddLines {
		at := lineAt(d.Name)
		s.markKnown(at)
		if d.Words.En != "" && d.Words.Ru != "" && d.Words.Ky != "" {
			if s.lineWords == nil {
				s.lineWords = map[int32]vars{}
			}
			s.lineWords[at] = vars{"what": d.Words}
		}
	}
	s.notInForce()
	for i, l := range append(slices.Clip(issuedLines), foundLines...) {
		if !r.OnForm(l) {
			s.loOff |= 1 << i
		}
	}
	s.againstOn = [2]bool{r.AgainstAllOn(election.ListBallot) && e.HasAgainstAll(election.ListBallot),
		r.AgainstAllOn(election.OkrugBallot) && e.HasAgainstAll(election.OkrugBallot)}
	if !o.TotalsOnly {
		s.nslots = precincts.Len()
	}
	s.negative = r.InForce(Negative)
	s.prefs = r.InForce(PreferencesOverVotes)
	s.overFound = r.InForce(VotesOverFound)
	s.overVoters = r.InForce(VotesOverVoters)
	s.votesPer = [2]int64{int64(r.VotesPerBallot(election.ListBallot)), int64(r.VotesPerBallot(election.OkrugBallot))}
	for _, id := range c.partyIDs {
		s.partyPos = append(s.partyPos, keys.Votes.Insert(id))
	}
	s.against = keys.Votes.Insert(election.AgainstAll)
	s.okrugPos = map[string][]int32{}
	for o, ids := range c.okrugChoice {
		ps := make([]int32, len(ids))
		for i, id := range ids {
			ps[i] = keys.Votes.Insert(id)
		}
		s.okrugPos[o] = ps
	}
	s.isParty = make([]bool, keys.Votes.Len())
	for _, p := range s.partyPos {
		s.isParty[p] = true
	}
	for _, party := range c.partyIDs {
		var ps []int32
		for _, k := range c.partyCands[party] {
			ps = append(ps, keys.Prefs.Insert(k))
		}
		s.prefCands = append(s.prefCands, ps)
	}
	for k := range c.listOf {
		keys.Prefs.Insert(k)
	}
	s.candLists = make([]int32, keys.Prefs.Len())
	for k, ps := range c.listOf {
		s.candLists[keys.Prefs.Find(k)] = int32(len(ps))
	}
	s.plainList = make([]bool, len(s.prefCands))
	for j, ps := range s.prefCands {
		s.plainList[j] = !slices.ContainsFunc(ps, func(k int32) bool { return s.candLists[k] > 1 })
	}
	return s, nil
}

func ballotIndex(b election.BallotKind) int {
	switch b {
	case election.ListBallot:
		return 0
	case election.OkrugBallot:
		return 1
	}
	return -1
}

func densePlace(p *dense.Protocol) Place {
	return Place{Level: LevelPrecinct, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine}
}

// Add checks protocol p, whose precinct has the given slot. p may be
// reused once Add returns. A Stream not made by the package (nil or zero)
// checks nothing, and its Report says so; a nil p is ignored.
func (s *Stream) add(p *dense.Protocol, slot int32) {
	if s == nil || s.c == nil || p == nil {
		return
	}
	c := s.c
	s.ownFrom, s.ownTo = 0, 0
	b := ballotIndex(p.Ballot)
	if b < 0 {
		c.add(newFinding(UnknownBallot, densePlace(p), "list or okrug", string(p.Ballot), 0, nil))
		return
	}
	if !s.o.TotalsOnly {
		s.cross(p, slot, b)
	} else {
		s.see(p, b)
	}
	var info *precinctInfo
	if slot >= 0 && int(slot) < c.table.Defined {
		info = &c.infos[slot]
	}
	s.ownFrom = len(c.rep.Findings)
	s.check(p, info)
	s.ownTo = len(c.rep.Findings)
}

// ownFound returns the findings of the last protocol Add checked on its
// own (not the cross-checks, which are about every protocol of its
// precinct), for the caller to place at its row (Place.File, Row,
// Column): a protocol that several rows give (a duplicate) is then told
// apart by its findings' rows. They are the Report's: a change to them
// is a change to its.
func (s *Stream) ownFound() []Finding {
	if s == nil || s.c == nil || s.ownTo > len(s.c.rep.Findings) {
		return nil
	}
	return s.c.rep.Findings[s.ownFrom:s.ownTo]
}

func (s *Stream) markKnown(at int32) {
	if n := int(at) + 1; len(s.lineKnown) < n {
		s.lineKnown = append(s.lineKnown, make([]bool, n-len(s.lineKnown))...)
	}
	s.lineKnown[at] = true
}

// AddPlaced checks protocol p of a count whose definition lists no
// precincts, in a TotalsOnly stream: p's precinct is pr, as its row gives
// it, and counts as defined. As with Add, a Stream not made by the package
// checks nothing; a nil p or pr is ignored.
func (s *Stream) addPlaced(p *dense.Protocol, pr *election.Precinct) {
	if s == nil || s.c == nil || p == nil || pr == nil {
		return
	}
	c := s.c
	b := ballotIndex(p.Ballot)
	if b < 0 {
		c.add(newFinding(UnknownBallot, densePlace(p), "list or okrug", string(p.Ballot), 0, nil))
		return
	}
	if s.o.TotalsOnly {
		s.see(p, b)
	}
	c.row = precinctInfo{defined: true, abroad: pr.Abroad && !c.r.AbroadOkrug, abroadKnown: true, okrug: pr.Okrug, okrugKnown: true}
	// The checks of the precinct's definition, on each of its rows (the
	// findings of two rows of one precinct are the same, and kept once).
	if pr.Okrug != "" && !c.okrugs[pr.Okrug] {
		c.add(newFinding(UnknownOkrug, Place{Level: LevelPrecinct, Precinct: pr.ID, Okrug: pr.Okrug}, "a defined okrug", pr.Okrug, 0, nil))
	}
	if pr.Region != "" && !c.regions[pr.Region] { // (abroad too: in no region, but the one it names exists)
		c.add(newFinding(UnknownRegion, Place{Level: LevelPrecinct, Precinct: pr.ID, Region: pr.Region}, "a defined region", pr.Region, 0, nil))
	}
	if (!pr.Abroad || c.r.AbroadOkrug) && pr.Okrug == "" && len(c.e.Okrugs) > 0 {
		c.add(newFinding(NoOkrug, Place{Level: LevelPrecinct, Precinct: pr.ID}, "an okrug", "", 0, nil))
	}
	if !pr.Abroad && pr.Region == "" && len(c.e.Regions) > 0 {
		c.add(newFinding(NoRegion, Place{Level: LevelPrecinct, Precinct: pr.ID}, "a region", "", 0, nil))
	}
	s.check(p, &c.row)
}

// see counts p, of ballot b, in a TotalsOnly stream: a protocol given twice
// (X207) is found without the per-slot state of a full check.
func (s *Stream) see(p *dense.Protocol, b int) { s.seen.add(p, b) }

// seenTwice reports the protocols a TotalsOnly stream saw more than once.
func (s *Stream) seenTwice() {
	places, counts := s.seen.twice()
	for i, pl := range places {
		n := counts[i]
		s.c.add(newFinding(DuplicateProtocol, pl, "1", strconv.Itoa(int(n)), int64(n-1), nil))
	}
}

// cross records what the cross-checks need of p.
func (s *Stream) cross(p *dense.Protocol, slot int32, b int) {
	m := 0
	if p.Machine {
		m = 1
		if !s.o.Machine {
			s.late = true
		}
	}
	s.nslots = max(s.nslots, int(slot)+1)
	counts := slotsOf(&s.counts[2*b+m], s.nslots, int(slot))
	if counts[slot] < math.MaxInt32 {
		counts[slot]++
	}
	if counts[slot] != 1 {
		return // only the first protocol of a precinct, ballot and count is compared
	}
	if m == 0 {
		s.has[b] = true
		s.keepIssuedFound(p, slot, b)
	}
	if s.o.Machine {
		key := int64(2*int(slot) + b)
		if enc, ok := s.pending[key]; ok {
			delete(s.pending, key)
			twin := decodePending(enc, &s.twin)
			twin.Precinct, twin.Ballot, twin.Machine = p.Precinct, p.Ballot, !p.Machine
			if p.Machine {
				s.compare(twin, p, slot, b)
			} else {
				s.compare(p, twin, slot, b)
			}
		} else {
			s.pending[key] = appendPending(nil, p)
		}
	}
}

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		s.Add(s, v)
	}
	return s
}

// keepIssuedFound keeps the ballots issued and found of the first manual
// protocol of a precinct and ballot.
func (s *Stream) keepIssuedFound(p *dense.Protocol, slot int32, b int) {
	var st loState
	var iss, fnd [3]int64
	for _, e := range p.Lines {
		if uint32(e.Pos) > lineStationary {
			continue // (most of a protocol's lines: one comparison)
		}
		var bit uint8
		switch e.Pos {
		case lineInRoom, lineOutside, lineEarly:
			iss[e.Pos-lineInRoom] = e.V
			bit = 1 << (e.Pos - lineInRoom)
		case lineMobile, lineStationary:
			fnd[e.Pos-lineMobile] = e.V
			bit = 1 << (3 + e.Pos - lineMobile)
		}
		if e.V != 0 || s.loOff&bit == 0 {
			st.mask |= bit // a 0 of a line not on the form is what the form says
		}
	}
	a, ok1 := add64(iss[0], iss[1])
	a, ok2 := add64(a, iss[2])
	st.issued = a
	base := 4*int64(slot) + 2*int64(b)
	if !ok1 || !ok2 {
		st.mask |= 1 << 5
		s.loBig[base] = sum(big.NewInt(iss[0]), big.NewInt(iss[1]), big.NewInt(iss[2]))
	}
	f, ok := add64(fnd[0], fnd[1])
	st.found = f
	if !ok {
		st.mask |= 1 << 6
		s.loBig[base+1] = sum(big.NewInt(fnd[0]), big.NewInt(fnd[1]))
	}
	slotsOf(&s.lo[b], s.nslots, int(slot))[slot] = st
}

// slotsOf returns *x, made (of n slots, n > slot) at the first call and
// grown to hold slot.
func slotsOf[T any](x *[]T, n, slot int) []T {
	if *x == nil {
		*x = zeroed.Make[T](n)
	} else if slot >= len(*x) {
		*x = append(*x, make([]T, slot+1-len(*x))...)
	}
	return *x
}

// count is the number of protocols of slot of ballot b and count m (1:
// machine) added so far.
func (s *Stream) count(slot, b, m int) int32 {
	if c := s.counts[2*b+m]; slot < len(c) {
		return c[slot]
	}
	return 0
}

// loOf is what keepIssuedFound kept of slot's ballot b.
func (s *Stream) loOf(slot, b int) loState {
	if lo := s.lo[b]; slot < len(lo) {
		return lo[slot]
	}
	return loState{}
}

// compare compares the manual protocol hp with its machine twin mp.
func (s *Stream) compare(hp, mp *dense.Protocol, slot int32, b int) {
	k := s.c.keys
	res := &machineResult{}
	pl := Place{Level: LevelPrecinct, Precinct: mp.Precinct, Ballot: mp.Ballot, Machine: true}
	for sec := range dense.Sections {
		manual := map[int32]int64{}
		for _, e := range hp.Section(sec) {
			manual[e.Pos] = e.V
		}
		for _, e := range mp.Section(sec) {
			hv, ok := manual[e.Pos]
			if !ok || hv == e.V {
				continue
			}
			q := pl
			var code Code
			switch sec {
			case dense.SecLines:
				code, q.Line = MachineLine, k.Lines.Key(e.Pos)
			case dense.SecVotes:
				code, q.Choice = MachineVotes, k.Votes.Key(e.Pos)
			default:
				code, q.Candidate = MachinePreferences, k.Prefs.Key(e.Pos)
			}
			m, h := big.NewInt(e.V), big.NewInt(hv)
			gap := gapOf(m, h)
			res.findings = append(res.findings, newFinding(code, q, h.String(), m.String(), gap, nil))
			res.gap = addSat(res.gap, absSat(gap))
			res.items++
		}
	}
	if res.items > 0 {
		s.compared[int64(2*int(slot)+b)] = res
	}
}

var ballots = [2]election.BallotKind{election.ListBallot, election.OkrugBallot}

// Report returns the findings: those of each protocol and, unless
// TotalsOnly, the cross-checks between them. Call it once, after the last
// Add. For a Stream not made by the package (nil or zero), every protocol
// check is not evaluated.
func (s *Stream) Report() Report {
	if s == nil || s.c == nil {
		var rep Report
		for _, ci := range Codes() {
			if ci.Code[0] == 'P' || ci.Code[0] == 'X' {
				rep.NotEvaluated = append(rep.NotEvaluated, NotEvaluated{Code: ci.Code, Reason: "a Stream not made by the package checks nothing"})
			}
		}
		return rep
	}
	c := s.c
	if s.o.TotalsOnly {
		for _, code := range []Code{MachineLine, MachineVotes, MachinePreferences, ListOkrugIssued, ListOkrugFound,
			MissingListProtocol, MissingOkrugProtocol} {
			c.ne.add(code, "a totals-only count runs no cross-check between protocols", nil)
		}
		s.seenTwice()
	} else {
		s.duplicates()
		s.machine()
		s.listOkrug()
		s.missing()
	}
	gaps := make([]string, 0, len(c.gaps))
	for id := range c.gaps {
		gaps = append(gaps, id)
	}
	slices.Sort(gaps)
	for _, id := range gaps {
		c.rep.MachineGaps = append(c.rep.MachineGaps, *c.gaps[id])
	}
	c.rep.NotEvaluated = c.ne.list()
	for _, u := range c.unlisted {
		c.rep.Unlisted = append(c.rep.Unlisted, *u)
	}
	c.rep.sort()
	return c.rep
}

func (s *Stream) slots() int { return s.nslots }

func (s *Stream) duplicates() {
	for slot := range s.slots() {
		s.duplicatesAt(slot)
	}
}

// duplicatesAt reports the protocols of slot given more than once. The
// place of an okrug-ballot duplicate names its precinct's okrug, when the
// definition gives one: the okrug whose sums may count it twice.
func (s *Stream) duplicatesAt(slot int) {
	for b, kind := range ballots {
		for m := range 2 {
			if n := s.count(slot, b, m); n > 1 {
				pl := Place{Level: LevelPrecinct, Precinct: s.c.table.IDs[slot], Ballot: kind, Machine: m == 1}
				if kind == election.OkrugBallot && slot < s.c.table.Defined {
					if info := &s.c.infos[slot]; info.okrugKnown && info.abroadKnown && !info.abroad {
						pl.Okrug = info.okrug
					}
				}
				s.c.add(newFinding(DuplicateProtocol, pl, "1", strconv.Itoa(int(n)), int64(n-1), nil))
			}
		}
	}
}

// machine compares each machine-count protocol with the manual-count
// protocol of the same precinct and ballot.
func (s *Stream) machine() {
	for slot := range s.slots() {
		s.machineAt(slot)
	}
}

// machineAt compares the machine-count protocols of slot with their
// manual-count twins.
func (s *Stream) machineAt(slot int) {
	c := s.c
	codes := []Code{MachineLine, MachineVotes, MachinePreferences}
	for b, kind := range ballots {
		nm := s.count(slot, b, 1)
		if nm == 0 {
			continue
		}
		id := c.table.IDs[slot]
		pl := Place{Level: LevelPrecinct, Precinct: id, Ballot: kind, Machine: true}
		reason := ""
		switch nh := s.count(slot, b, 0); {
		case nm > 1:
			reason = "duplicate machine-count protocols"
		case nh == 0:
			reason = "no manual-count protocol to compare with"
		case nh > 1:
			reason = "duplicate manual-count protocols"
		case s.late:
			reason = "the machine-count protocols came to a check not told to expect them"
		}
		if reason != "" {
			for _, code := range codes {
				c.ne.add(code, reason, &pl)
			}
			continue
		}
		res := s.compared[int64(2*slot+b)]
		if res == nil {
			continue
		}
		for _, f := range res.findings {
			c.add(f)
		}
		g := c.gaps[id]
		if g == nil {
			g = &PrecinctGap{Precinct: id}
			c.gaps[id] = g
		}
		g.Gap = addSat(g.Gap, res.gap)
		g.Items += res.items
	}
}

// listOkrug compares the ballots issued and found in the boxes on the list
// and the okrug ballot of each precinct in the country (manual counts).
func (s *Stream) listOkrug() {
	checks := s.listOkrugChecks()
	for slot := range s.slots() {
		s.listOkrugAt(slot, &checks)
	}
}

// loCheck is one comparison of the list and the okrug ballot.
type loCheck struct {
	code Code
	ls   []election.Line
	need uint8  // the bits of loState.mask of the lines of ls on the form
	off  string // no line of ls is on the form: the check is not evaluated
}

// listOkrugChecks are the comparisons listOkrug makes, over the lines of
// each that are on the form (a form without early voting compares the
// ballots issued in the room and outside it).
func (s *Stream) listOkrugChecks() [2]loCheck {
	checks := [2]loCheck{{code: ListOkrugIssued, ls: issuedLines}, {code: ListOkrugFound, ls: foundLines}}
	for x := range checks {
		shift := 3 * x
		var off []string
		for i, l := range checks[x].ls {
			if s.loOff&(1<<(shift+i)) != 0 {
				off = append(off, string(l))
			} else {
				checks[x].need |= 1 << (shift + i)
			}
		}
		if checks[x].need == 0 {
			checks[x].off = "not on the protocol form: " + strings.Join(off, ", ")
		}
	}
	return checks
}

// lineBits are the bits of loState.mask of n lines from shift.
func lineBits(shift uint8, n int) uint8 { return (1<<n - 1) << shift }

// listOkrugAt compares the list and the okrug ballot of slot.
func (s *Stream) listOkrugAt(slot int, checks *[2]loCheck) {
	c := s.c
	no, nl := s.count(slot, 1, 0), s.count(slot, 0, 0)
	if no == 0 {
		return
	}
	if slot < c.table.Defined {
		if info := &c.infos[slot]; !info.abroadKnown || info.abroad {
			return // X214 covers okrug protocols from abroad
		}
	}
	pl := Place{Level: LevelPrecinct, Precinct: c.table.IDs[slot], Ballot: election.OkrugBallot}
	if no != 1 || nl != 1 {
		reason := "no manual-count list protocol to compare with"
		if no > 1 || nl > 1 {
			reason = "duplicate manual-count protocols"
		}
		c.ne.add(ListOkrugIssued, reason, &pl)
		c.ne.add(ListOkrugFound, reason, &pl)
		return
	}
	ls, os := s.loOf(slot, 0), s.loOf(slot, 1)
	for x := range checks {
		check := &checks[x]
		if check.off != "" {
			c.ne.add(check.code, check.off, nil)
			continue
		}
		shift := uint8(3 * x)
		if given := (os.mask | ls.mask) & s.loOff & lineBits(shift, len(check.ls)); given != 0 {
			// A figure but 0 of a line the form has none of: the sums
			// without it would compare what the protocols do not say.
			var names []string
			for i, l := range check.ls {
				if given&(1<<(shift+uint8(i))) != 0 {
					names = append(names, string(l))
				}
			}
			c.ne.add(check.code, "a protocol gives line(s) the form does not have: "+strings.Join(names, ", "), &pl)
			continue
		}
		if need := check.need; os.mask&need != need || ls.mask&need != need {
			var missing []string // each line once, lacked by either protocol
			for i, l := range check.ls {
				if bit := uint8(1) << (shift + uint8(i)); need&bit != 0 && os.mask&ls.mask&bit == 0 {
					missing = append(missing, string(l))
				}
			}
			c.ne.add(check.code, "a protocol lacks line(s) "+strings.Join(missing, ", "), &pl)
			continue
		}
		over := uint8(1) << (5 + x) // the sum overflowed int64: it is in loBig
		if os.mask&over == 0 && ls.mask&over == 0 && (x == 0 && os.issued == ls.issued || x == 1 && os.found == ls.found) {
			continue // equal: the common case, without big.Ints
		}
		value := func(st loState, b int) *big.Int {
			if st.mask&over != 0 {
				return s.loBig[4*int64(slot)+2*int64(b)+int64(x)]
			}
			if x == 0 {
				return big.NewInt(st.issued)
			}
			return big.NewInt(st.found)
		}
		if got, want := value(os, 1), value(ls, 0); got.Cmp(want) != 0 {
			c.add(newFinding(check.code, pl, want.String(), got.String(), gapOf(got, want), nil))
		}
	}
}

// missing reports the precincts without a manual-count protocol of a
// ballot, when the election has protocols of that ballot at all.
func (s *Stream) missing() {
	c := s.c
	if !s.has[0] {
		c.ne.add(MissingListProtocol, "the election has no manual-count list protocols", nil)
	}
	if !s.has[1] {
		c.ne.add(MissingOkrugProtocol, "the election has no manual-count okrug protocols", nil)
	}
	for slot := range c.table.Defined {
		if s.has[0] && s.count(slot, 0, 0) == 0 {
			c.add(MissingProtocol(c.table.IDs[slot], election.ListBallot))
		}
		info := &c.infos[slot]
		if s.has[1] && info.abroadKnown && !info.abroad && info.okrugKnown && info.okrug != "" && s.count(slot, 1, 0) == 0 && !s.o.OkrugsAnnulled[info.okrug] {
			c.add(MissingProtocol(c.table.IDs[slot], election.OkrugBallot))
		}
	}
}

// againstAllAgrees checks that the definition (Election.Ballots) and the
// rule set's form (Rules.Ballots) do not say opposite things of a ballot's
// "against all": either may say a ballot has none (the other then says
// nothing, which means it has), never one "yes" and the other "no".
func againstAllAgrees(e *election.Election, r Rules) error {
	for _, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		def := e.Ballots.List.AgainstAll
		if b == election.OkrugBallot {
			def = e.Ballots.Okrug.AgainstAll
		}
		form, ok := r.Ballots[b]
		if def == nil || !ok || form.AgainstAll == nil || *def == *form.AgainstAll {
			continue
		}
		// (A definition inferred from a mapping never says it: the rule
		// set alone decides then. This one was given.)
		return fmt.Errorf("%w: ballots.%s.against_all: the election's definition given (its \"ballots\": {%q: {\"against_all\": %v}}) says %v, the rule set's protocol form (\"protocol\": {\"ballots\": {%q: {\"against_all\": %v}}}) says %v: make them agree, as the ballot has it or not",
			ErrRules, b, b, *def, *def, b, *form.AgainstAll, *form.AgainstAll)
	}
	return nil
}
