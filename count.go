package shailoo

import (
	"cmp"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"maps"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/internal/inputs"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/internal/sha"
	"github.com/shailoo/shailoo/irv"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
	"github.com/shopspring/decimal"
)

// Options are the inputs of a count beyond the election and the rules.
type Options struct {
	// Lots settle ties the rule set leaves to lots, keyed by the tie's
	// context: "list" for the list seats, "list/<party ID>" inside a list,
	// "okrug/<okrug ID>" in an okrug. Each value is the order drawn.
	// CheckLots says what is refused (a context the count cannot have).
	Lots map[string][]string `json:"lots,omitempty"`
	// LotSeed, when set, draws the lots of every tie the rule set leaves to
	// lots and Lots does not settle, from a public seed (seats.DrawLots), so
	// that anyone can redo the draw.
	LotSeed string `json:"lot_seed,omitempty"`
	// Inputs are added to the Result's inputs (the files the caller read).
	Inputs []Input `json:"inputs,omitempty"`
	// Extra findings (say, rows ingest could not read) are merged into the
	// Result's findings.
	Findings []validate.Finding `json:"-"`
	// TotalsOnly checks each protocol on its own and finds the protocols
	// given twice (validate.DuplicateProtocol), but runs no other
	// cross-check between protocols (missing protocols, machine against
	// manual count, list against okrug ballot: reported not evaluated), so
	// that a streaming count keeps per protocol its precinct's ID alone
	// (see CountCSV). A duplicate makes the Result provisional, as in a
	// full count: every figure would rest on a protocol counted twice.
	TotalsOnly bool `json:"totals_only,omitempty"`
	// SkipBadRows turns each CSV row CountCSV cannot read into a finding
	// (validate.UnreadableRow) instead of an error.
	SkipBadRows bool `json:"skip_bad_rows,omitempty"`
	// AllFindings lists every finding of the check. Without it the first
	// validate.MaxListed findings of each code are listed and the others
	// counted (Report.Unlisted), which bounds the memory of a count of a
	// hostile file (validate.StreamOptions.ListAll).
	AllFindings bool `json:"all_findings,omitempty"`
	// Annul lists the results annulled by a decision (a precinct's, or an
	// okrug candidate's votes): the count leaves them out, and the
	// transcript says so. CompareAnnulled compares the count with and
	// without them. CountCSV refuses it: the annulments need the whole
	// election (MergeCSV, then CountWith).
	Annul []Annulment `json:"annul,omitempty"`
	// SHA256, when set, returns the SHA-256 hashes of the inputs in place
	// of crypto/sha256: a WASM host passes its own (Node's crypto module),
	// since Go's SHA-256 compiled to WASM is some 10 times slower. It must
	// compute SHA-256: the hashes are part of the Result.
	SHA256 func() hash.Hash `json:"-"`
	// ElectionSHA256, when set, is the SHA-256 (in hex) of the JSON of the
	// election CountWith is given, as json.Marshal writes it, known
	// beforehand: the count takes it as the "election" input and does not
	// write and hash the election again (in a browser, half of the count
	// of the embedded dataset). Only a caller that knows it to be that hash
	// sets it: internal/loader, for the embedded dataset, whose hash
	// datasets checks in a test. Annulments, and CountCSV, ignore it.
	ElectionSHA256 string `json:"-"`
	// EachRow, when set, is called by CountCSV with each row of the CSV
	// files that it counts, once the row is counted: file is the row's
	// file (its index in CountCSV's files), row as ingest.ScanRows gave
	// it (its Precinct holds the row's own cells, the ID of a place that
	// serves several okrugs scoped by the row's okrug, "<okrug> / <key>",
	// as the count counts it) but for its Index: the
	// index in def.Precincts of the row's precinct (the first of its ID,
	// should def define one twice), or -1 when def does not define it
	// (or defines no precinct). A row CountCSV skips (unreadable, with
	// SkipBadRows; a row that contradicts an earlier one of its precinct)
	// is not given. It runs on the goroutine that counts, so it is on the
	// count's critical path: it copies what it needs of the row, which is
	// reused after it returns. An error it returns ends the count with
	// that error. When CountCSV reads the files whole (def lists no
	// precincts and they cannot be learnt from the files first: with
	// SkipBadRows, or a file that cannot be read ahead) it is called for
	// no row, so a caller that gets no call for any row reads the files
	// itself. CountWith ignores it.
	EachRow func(file int, row *ingest.Row) error `json:"-"`

	// Notes are added to the Result's notes: what the caller assumed
	// (a definition inferred from a mapping, say).
	Notes []string `json:"-"`

	// FirstChoices are the okrugs whose ballots were counted by their
	// first choices alone, from ranked cast-vote records whose later
	// ranks no field reads (FirstChoiceFiles): the rounds of a ranked
	// count were not run, and each okrug decided on them is provisional
	// (UnevaluatedFirstChoices) and says so (Okrug.FirstChoices).
	FirstChoices, FirstChoiceFiles []string `json:"-"`

	// Ranked are the ranked okrug ballots of cast-vote records whose
	// mapping reads their ranks, by okrug: under a rule set's
	// okrug.ranked each such okrug is decided by irv.Count
	// (Okrug.Ranked), its protocols (round 1 as the first ranks give it)
	// checked as any others.
	Ranked map[string][]ballots.Cast `json:"-"`

	// unreadableListed and unreadableUnlisted count the rows ingest could
	// not read that became findings, and those only counted (unreadable).
	unreadableListed, unreadableUnlisted int
	// elsewhereListed and elsewhereUnlisted count the rows that place
	// their precinct elsewhere than the definition (validate.RowElsewhere).
	elsewhereListed, elsewhereUnlisted int
	// guessed are the files whose mapping still holds the guesses of a
	// draft (ingest.Mapping.Guesses): the seats rest on them.
	guessed []string
	// totals are the rows found totals of other rows (validate.TotalRow)
	// and counted as precincts: the sums of their ballot count their
	// rows twice or more, and the seats decided on them rest on it
	// (totalRowsProvisional).
	totals []countedTotal
	// copies are the rows that give every figure of an earlier row of
	// another precinct (validate.SameFigures), counted as precincts:
	// one protocol counted twice (sameFiguresProvisional).
	copies []sameRow
	// summedRepeats are the protocols of long files whose rows summed
	// each repeat one figure (validate.SummedRepeat): the sums may count
	// a total once per row (summedRepeatProvisional).
	summedRepeats []countedTotal
	// summedPeople are the protocols of long files whose rows summed for
	// a candidate name two people (validate.SummedPeople): the sums make
	// two candidates one (summedPeopleProvisional).
	summedPeople []countedTotal
	// summedNums are the okrug-ballot choices of long files summed from
	// rows that differ in numeric cells alone (validate.SummedAlike):
	// most likely two people of one label (summedNumbersProvisional).
	summedNums []summedChoice
	// sameParts are the protocols of long files where a part of the
	// votes_column sum gives every choice one figure (validate.PartAllSame):
	// the sum adds a protocol's line to every choice's votes
	// (samePartsProvisional).
	sameParts []countedTotal
	// summedOvers are, by file, the protocols of long files whose votes,
	// some summed from rows, are more than their voters on the list
	// (summedOverVoters).
	summedOvers []summedOverFile
	// named are the rows named a total that total no block of rows: the
	// count compares each with its region's and okrug's sums (namedTotals).
	named []namedTotal
	// columnChoices are the choices that one column of wide files gives
	// (columnChoices): a party's candidate in each okrug, never said to
	// be one ID elected in two okrugs (candidatesInOkrugs).
	columnChoices map[string]bool
	// totalChoices are the choices of long files named by a total row's
	// words (totalChoicesProvisional).
	totalChoices []totalChoice
	// table indexes the definition's precincts when CountCSV learnt them
	// from the files and the learning built it (newPipeline's own).
	table *dense.Precincts
	// moved are the rows of the okrug ballot counted in another okrug
	// than they name (validate.RowElsewhere): both okrugs rest on them.
	moved movedRows
	// scoped holds the precinct keys of places that serve several okrugs
	// (okrugScope), learnt from the files: each row of one is counted as
	// the precinct of its okrug.
	scoped okrugScope
	// okrugsLearnt: the okrugs were learnt from the files (learnsOkrugs),
	// and the rule set must fit them (checkLearntOkrugs).
	okrugsLearnt bool
	// abroadCounted: the rule set counts the okrug-ballot votes cast
	// abroad (okrug.abroad "counted"): an okrug learnt from the rows
	// learns its candidates from the rows abroad too.
	abroadCounted bool
	// mergedAbroad: the okrug-ballot rows of precincts abroad that name
	// an okrug, in the files MergeCSV read when it learnt the okrugs from
	// them, and mergedCounted whether it learnt from them (the rule set
	// it was given counts them: MergeCSVFor). A count under a rule set
	// that says otherwise would be of okrugs learnt under another rule
	// (ErrMergedRules).
	mergedAbroad  int
	mergedCounted bool
	// listsLoose: the rule set does not compensate, so a candidate's list
	// cell that matches no party is a note, not an error (choicelists.go).
	listsLoose bool
	// regionsLearnt: the regions were learnt from the files' region
	// cells, in the order of the rows, which says nothing (a file's rows
	// shuffled name them otherwise): Result.ListRegions is then in the
	// order of their IDs.
	regionsLearnt bool
	// places says where the protocols MergeCSV read from files are: a
	// count under the Options it returned (whatif, annulments) places its
	// findings at their rows, as CountCSV does.
	places *rowPlaces
	// okrugsAnnulled holds the okrugs whose election is annulled
	// (AnnulOkrug): the okrug-ballot protocols of their precincts are
	// not expected, rather than missing.
	okrugsAnnulled map[string]bool
}

// newSHA256 returns o.SHA256(), or SHA-256 as internal/sha gives it
// (crypto/sha256 in a native build).
func (o Options) newSHA256() hash.Hash {
	if o.SHA256 != nil {
		return o.SHA256()
	}
	return sha.New()
}

// Count runs the whole pipeline on e under r. See CountWith.
//
// A tie that the rule set leaves to lots is not an error: the Result
// lists it in Ties (as it lists every tie settled otherwise) and leaves
// the seats concerned unfilled. An error means
// the election could not be counted at all (an invalid rule set, a sum
// past int64).
func Count(e *election.Election, r Rules) (*Result, error) {
	return CountWith(e, r, Options{})
}

// CountWith is Count with lots and extra inputs.
func CountWith(e *election.Election, r Rules, o Options) (*Result, error) {
	return countWith(e, r, o, nil)
}

// countWith is CountWith; the "election" input is the SHA-256 of the JSON
// of hashed when it is not nil (CountCSV's definition), of e otherwise.
func countWith(e *election.Election, r Rules, o Options, hashed *election.Election) (*Result, error) {
	res, _, err := countProgress(e, r, o, hashed)
	if err == nil && o.places != nil {
		o.places.locate(res.Findings.Findings, r.Protocol)
		validate.Sort(res.Findings.Findings)
		res.Notes = append(res.Notes, noRowNotes(res.Findings.Findings, o.places.long)...)
		res.Notes = append(res.Notes, emptyRowNotes(res.Findings.Findings, o.places.wide)...)
	}
	return res, err
}

// countProgress is countWith, also saying how far the protocols go.
func countProgress(e *election.Election, r Rules, o Options, hashed *election.Election) (*Result, Progress, error) {
	if e == nil {
		return nil, Progress{}, errors.New("shailoo: nil election")
	}
	if err := r.Validate(); err != nil {
		return nil, Progress{}, err
	}
	if o.mergedAbroad > 0 && o.mergedCounted != r.Okrug.Abroad.Counted() {
		return nil, Progress{}, mergedRulesError(o, r)
	}
	var an annulment
	if len(o.Annul) > 0 {
		if err := CheckAnnulments(e, o.Annul); err != nil {
			return nil, Progress{}, fmt.Errorf("shailoo: %w", err)
		}
		if hashed == nil {
			hashed = e // the input is the election as given
		}
		e, an = annul(e, o)
		ah, err := hashJSON(o.Annul, o)
		if err != nil {
			return nil, Progress{}, err
		}
		o.Inputs = append(slices.Clone(o.Inputs), Input{Name: "annulments", SHA256: ah})
	}
	machine := false
	for i := range e.Protocols {
		if e.Protocols[i].Machine {
			machine = true
			break
		}
	}
	o.okrugsAnnulled = an.elections
	p, err := newPipeline(e, r, o, machine, nil)
	if err != nil {
		return nil, Progress{}, err
	}
	p.pre, p.annulled = an.steps, an.noResult
	places := o.places // the rows of the protocols of a merged election
	if len(o.Annul) > 0 {
		places = nil // by index: an annulment leaves some out
	}
	var d dense.Protocol
	if hashed != nil {
		for i := range e.Protocols {
			p.keys.Load(&d, &e.Protocols[i])
			if err := p.add(&d, nil, -1); err != nil {
				return nil, Progress{}, err
			}
			places.placeOwn(p.check, i)
		}
		sum, err := hashJSON(hashed, o)
		if err != nil {
			return nil, Progress{}, err
		}
		res, err := p.finish(sum)
		markAnnulled(res, an.touched)
		return res, p.progress, err
	}
	if hashed == nil && o.ElectionSHA256 != "" {
		for i := range e.Protocols {
			p.keys.Load(&d, &e.Protocols[i])
			if err := p.add(&d, nil, -1); err != nil {
				return nil, Progress{}, err
			}
			places.placeOwn(p.check, i)
		}
		res, err := p.finish(o.ElectionSHA256)
		markAnnulled(res, an.touched)
		return res, p.progress, err
	}
	h, err := inputs.NewElectionHash(e, p.keys, o.newSHA256())
	if err != nil {
		return nil, Progress{}, err
	}
	defer h.Stop()
	for i := range e.Protocols {
		p.keys.Load(&d, &e.Protocols[i])
		if err := p.add(&d, nil, -1); err != nil {
			return nil, Progress{}, err
		}
		places.placeOwn(p.check, i)
		dense.SortByKey(&d, p.keys)
		h.Add(&d)
	}
	res, err := p.finish(h.Sum(e.Protocols != nil))
	markAnnulled(res, an.touched)
	return res, p.progress, err
}

// okrugsNeedOkrugBallot notes, in a count that counted no protocol of the
// okrug ballot, the precincts whose rows name an okrug not defined
// (X212, listed or not): okrugs are learnt from the okrug ballot's rows,
// so a mapping of the list ballot that maps "okrug" names okrugs no
// protocol can decide, and X212 alone does not say why.
func (c *counter) okrugsNeedOkrugBallot(rep validate.Report) {
	n := 0
	var okrugs []string
	for _, f := range rep.Findings {
		if f.Code != validate.UnknownOkrug {
			continue
		}
		n++
		if !slices.Contains(okrugs, f.Place.Okrug) && len(okrugs) < 10 {
			okrugs = append(okrugs, f.Place.Okrug)
		}
	}
	for _, u := range rep.Unlisted {
		if u.Code == validate.UnknownOkrug {
			n += u.Count
		}
	}
	if n == 0 {
		return
	}
	list := strings.Join(okrugs, ", ")
	if len(okrugs) == 10 {
		list += ", …"
	}
	c.res.Notes = append(c.res.Notes, words.Say("en", "note.okrugs_need_okrug_ballot", words.Args{"n": strconv.Itoa(n), "okrugs": list}))
}

// pipeline is the one path every protocol takes, whichever entry point
// it came in by (CountWith, CountCSV): each protocol, in dense form, is
// checked by a validate.Stream and summed by a tally.Accumulator as it
// comes; finish decides thresholds and seats on the totals.
type pipeline struct {
	def    *election.Election
	r      Rules
	o      Options
	keys   *dense.Keys
	table  *dense.Precincts // nil in a totals-only count
	check  *validate.Stream
	acc    *tally.Accumulator
	accErr error // why the seats cannot be decided (the validator reports it)
	n      int   // protocols added
	notes  []string
	pre    []election.Step // the first steps of the transcript (annulments)
	// annulled holds the okrugs whose every precinct is annulled.
	annulled map[string]bool
	bases    []baseLine // the lines of the threshold bases
	turnout  [3]int32   // the positions of turnoutLines
	// form holds the lines of the protocol form, in form order, and
	// formAt the index in form of each line position (-1: not on it):
	// each line's national sum is given with the protocols that lack it
	// (Totals.Lines).
	form   []election.Line
	formAt []int16
	// found are the positions of the lines of found ballots on the form
	// (found_stationary, found_mobile), -1 for one the form leaves out.
	found [2]int32
	lack  baseLack // the counted protocols that lack them
	// got says, per defined precinct slot, which protocols came: bit 0 a
	// manual list protocol, bit 1 a manual okrug protocol, bit 2 a machine
	// count (Reporting).
	got      []uint8
	progress Progress // as finish found it
	// report, when set, gives the findings and progress in place of
	// check.Report and got: a Tally's, kept per protocol.
	report func() (validate.Report, Progress)
	// failing is, with report, the protocols counted that fail a control
	// relation (the Tally's count: its checks leave the Stream's as it was).
	failing int
	manual  [2]int // manual-count protocols added, per ballot
	memo    *threshold.Memo
	lists   *validate.Report // the check of the lists' registration, once made
	// choices are the dense positions of the choices on each ballot (the
	// list's under "", each okrug's under its ID), "against all" among
	// them where the ballot has it (checkVotes).
	choices     map[string][]choicePos
	listChoices []choicePos // choices[""], looked up once
	steps       int         // the steps of the last Result (a Tally's next has about as many)
}

// choicePos is a choice on a ballot and its position in dense.Keys.Votes.
type choicePos struct {
	id  string
	pos int32
}

// choicePositions returns the choices on each ballot of def under r, and
// their positions: the parties under "", each okrug's candidates under its
// ID, with "against all" where the ballot has it, as the validator takes
// them (finding validate.MissingVotes).
func choicePositions(def *election.Election, r Rules, keys *dense.Keys) map[string][]choicePos {
	out := map[string][]choicePos{}
	add := func(ballot string, id string) {
		out[ballot] = append(out[ballot], choicePos{id, keys.Votes.Insert(id)})
	}
	for _, p := range def.Parties {
		add("", p.ID)
	}
	if def.HasAgainstAll(election.ListBallot) && r.Protocol.AgainstAllOn(election.ListBallot) {
		add("", election.AgainstAll)
	}
	against := def.HasAgainstAll(election.OkrugBallot) && r.Protocol.AgainstAllOn(election.OkrugBallot)
	for _, o := range def.Okrugs {
		if _, twice := out[o.ID]; twice || o.ID == "" {
			continue // the validator reports it; the count is not made
		}
		for _, c := range o.Candidates {
			add(o.ID, c.ID)
		}
		if against {
			add(o.ID, election.AgainstAll)
		}
	}
	return out
}

// checkVotes notes each choice on the ballot of the manual-count protocol
// d whose votes it does not give: a sum of the choice's votes is partial,
// and a base of votes that sums it is not evaluated. def is d's precinct,
// nil when not defined (an okrug protocol's choices are then not known,
// and the validator says so).
func (p *pipeline) checkVotes(d *dense.Protocol, def *election.Precinct, l *baseLack) {
	ballot, b := "", 0
	if d.Ballot == election.OkrugBallot {
		if def == nil || def.Abroad && !p.r.Okrug.Abroad.Counted() || def.Okrug == "" {
			return
		}
		ballot, b = def.Okrug, 1
	}
	region := ""
	if def != nil && !def.Abroad {
		region = def.Region
	}
	choices := p.listChoices
	if b == 1 {
		// (an okrug's protocols often come one after another: the last
		// okrug's choices are kept, a map look-up saved)
		if ballot != l.lastOkrug {
			l.lastOkrug, l.lastChoices = ballot, p.choices[ballot]
		}
		choices = l.lastChoices
	}
	if len(choices) == 0 {
		return
	}
	// The positions d gives, marked with a stamp of its own: a choice's
	// look-up is then one load, not a search of d.Votes.
	if l.stamp++; l.stamp == 0 {
		clear(l.given)
		l.stamp = 1
	}
	for _, e := range d.Votes {
		if int(e.Pos) >= len(l.given) {
			l.given = append(l.given, make([]uint32, int(e.Pos)+1-len(l.given))...)
		}
		l.given[e.Pos] = l.stamp
	}
	lacks := false
	var room int64 // the most the votes d does not give could be, if bounded
	bounded := false
	for _, c := range choices {
		if int(c.pos) < len(l.given) && l.given[c.pos] == l.stamp {
			continue
		}
		if l.votes == nil {
			l.votes = map[choiceKey]int{}
		}
		k := choiceKey{ballot, c.id}
		l.votes[k]++
		if region != "" {
			l.addRegionVotes(b, region, c.id, 1)
		}
		if b == 1 {
			if !lacks {
				room, bounded = p.room(d, choices)
			}
			l.addRoom(k, room, bounded)
		}
		lacks = true
	}
	if lacks {
		l.votesProtocols[b]++
	}
}

// room returns the most the votes of the choices of okrug protocol d that
// it does not give could add up to: its valid ballots (else its found
// ballots) less the votes of choices it gives, each ballot holding one
// vote. ok is false where no bound is known: a ballot of several votes,
// a protocol that gives neither line, or one whose votes given exceed it
// (its figures disagree: finding P103).
func (p *pipeline) room(d *dense.Protocol, choices []choicePos) (room int64, ok bool) {
	if p.r.Protocol.VotesPerBallot(election.OkrugBallot) > 1 {
		return 0, false
	}
	line := func(pos int32) (int64, bool) {
		for _, e := range d.Lines {
			if e.Pos == pos {
				return e.V, true
			}
		}
		return 0, false
	}
	most, ok := line(p.turnout[2]) // valid
	if !ok {
		if p.found == [2]int32{-1, -1} {
			return 0, false
		}
		for _, pos := range p.found {
			if pos < 0 {
				continue // not on the form: none found there
			}
			v, given := line(pos)
			if !given || v < 0 || most > math.MaxInt64-v {
				return 0, false
			}
			most += v
		}
	}
	if most < 0 {
		return 0, false
	}
	for _, e := range d.Votes {
		if !slices.ContainsFunc(choices, func(c choicePos) bool { return c.pos == e.Pos }) {
			continue // not a choice on this ballot
		}
		if e.V < 0 || e.V > most {
			return 0, false
		}
		most -= e.V
	}
	return most, true
}

// addRoom adds room, the most the votes of choice k a protocol does not
// give could be, to k's bound; a protocol of no known bound leaves k none.
func (l *baseLack) addRoom(k choiceKey, room int64, bounded bool) {
	if l.room == nil {
		l.room = map[choiceKey]int64{}
	}
	r, had := l.room[k]
	if !bounded || (had && r < 0) || r > math.MaxInt64-room {
		l.room[k] = -1 // no bound
		return
	}
	l.room[k] = r + room
}

// addRegionVotes adds n to the protocols of region that do not give the
// votes of choice id on ballot b (0 list, 1 okrug).
func (l *baseLack) addRegionVotes(b int, region, id string, n int) {
	if l.votesRegions[b] == nil {
		l.votesRegions[b] = map[string]map[string]int{}
	}
	if l.votesRegions[b][region] == nil {
		l.votesRegions[b][region] = map[string]int{}
	}
	l.votesRegions[b][region][id] += n
}

// missingVotes returns the number of counted protocols that do not give
// the votes of choice id on the list ballot (okrug "") or okrug okrug's.
func (l *baseLack) missingVotes(okrug, id string) int { return l.votes[choiceKey{okrug, id}] }

// baseLine is a line a threshold base of the rule set is made of: every
// counted list protocol must give it (national), or every one placed in a
// region (regional only).
type baseLine struct {
	line     election.Line
	pos      int32  // its position in dense.Keys.Lines
	base     string // the base that needs it, for the finding
	national bool
}

// baseLack is what the counted list protocols lack of the threshold
// bases: the protocols and lines of the national base, the regions whose
// regional base is short, and a finding for each protocol and line.
type baseLack struct {
	protocols int                   // protocols lacking a line of the national base
	lines     map[election.Line]int // per line of the national base, the protocols lacking it
	// turnout counts, per ballot (0 list, 1 okrug), the manual-count
	// protocols that lack each line of the turnout (turnoutLines).
	turnout [2][3]int
	// counted counts, per ballot, the manual-count protocols, and given
	// (lineGiven) those that give each line of the form (pipeline.form), nil when
	// none is counted.
	counted   [2]int
	lineGiven [2][]int
	// runLines and runN are, per ballot, the lines (their positions
	// below 64, as bits) of the last protocols counted that gave the same
	// ones, and how many they are, not yet in lineGiven (flush): a file's
	// protocols mostly give the same lines, so lineGiven is added to once
	// per run of them rather than once per line of each. formAt is the
	// pipeline's.
	runLines [2]uint64
	runN     [2]int
	formAt   []int16
	// okrugs has, per okrug, a bit per line of turnoutLines that a
	// manual-count protocol of its ballot lacks: an okrug's own figures
	// are not evaluated for the protocols of another.
	okrugs  map[string]uint8
	regions map[string]bool // regions whose regional base lacks a line
	// constituencies are the regions whose base of the constituency
	// threshold (list.constituency_threshold) lacks a line.
	constituencies map[string]bool
	findings       []validate.Finding
	// votes counts, per choice on a ballot, the counted manual-count
	// protocols that do not give its votes (finding validate.MissingVotes):
	// a sum of its votes is then partial. votesProtocols counts, per
	// ballot (0 list, 1 okrug), the protocols lacking any; votesRegions
	// counts them per ballot, region and choice (region → choice →
	// protocols), for the regional threshold and an okrug's region
	// votes (Result.OkrugRegions).
	votes          map[choiceKey]int
	votesProtocols [2]int
	// room holds, per choice of an okrug's ballot that some protocol does
	// not give, the most its votes in those protocols could add up to
	// (pipeline.room), or -1 where a protocol gives no bound: whether the
	// missing votes could overturn the okrug's outcome.
	room         map[choiceKey]int64
	votesRegions [2]map[string]map[string]int
	// given holds, per vote position, the stamp of the last protocol
	// checkVotes read that gives it (scratch, never merged).
	given []uint32
	stamp uint32
	// lastOkrug and lastChoices are the okrug of the last okrug-ballot
	// protocol checkVotes read and its choices (scratch).
	lastOkrug   string
	lastChoices []choicePos
}

// choiceKey is a choice on a ballot: a party (or "against all") of the
// list ballot when Okrug is "", a candidate (or "against all") of okrug
// Okrug otherwise.
type choiceKey struct {
	Okrug, Choice string
}

// newPipeline prepares the count of the protocols of the election def
// defines (its own protocols are not read: add them). machine says that
// machine-count protocols may come. With o.TotalsOnly and rows, each
// protocol comes with its own precinct (the definition lists none).
func newPipeline(def *election.Election, r Rules, o Options, machine bool, keys *dense.Keys) (*pipeline, error) {
	if o.okrugsLearnt {
		if err := CheckLearntOkrugs(def, r); err != nil {
			return nil, err
		}
	}
	if err := checkListSeats(def, r); err != nil {
		return nil, err
	}
	if err := CheckLots(def, o.Lots); err != nil {
		return nil, fmt.Errorf("shailoo: %w", err)
	}
	if keys == nil {
		keys = dense.NewKeys()
	}
	table := o.table
	if table == nil || table.Defined != len(def.Precincts) || table.Len() != table.Defined {
		table = dense.NewPrecincts(def.Precincts)
	}
	p := &pipeline{def: def, r: r, o: o, keys: keys, table: table}
	p.o.table = nil
	p.bases = baseLines(r, keys)
	p.choices = choicePositions(def, r, keys)
	p.listChoices = p.choices[""]
	for i, l := range turnoutLines {
		p.turnout[i] = keys.Lines.Insert(string(l))
	}
	p.form = formLines(r)
	for i, l := range p.form {
		pos := int(keys.Lines.Insert(string(l)))
		for len(p.formAt) <= pos {
			p.formAt = append(p.formAt, -1)
		}
		p.formAt[pos] = int16(i)
	}
	for i, l := range []election.Line{election.FoundStationary, election.FoundMobile} {
		p.found[i] = -1
		if r.Protocol.OnForm(l) {
			p.found[i] = keys.Lines.Insert(string(l))
		}
	}
	var err error
	if p.check, err = newStream(def, protocolRules(r), keys, p.table, validate.StreamOptions{Machine: machine, TotalsOnly: o.TotalsOnly, ListAll: o.AllFindings, OkrugsAnnulled: o.okrugsAnnulled}); err != nil {
		return nil, fmt.Errorf("shailoo: %w", err) // validate's errors say "validate:" themselves
	}
	if p.acc, err = newAccumulator(def, keys, p.table, r.Okrug.Abroad.Counted()); err != nil {
		if !errors.Is(err, tally.ErrDuplicatePrecinct) {
			return nil, err
		}
		p.acc, p.accErr = nil, err
	}
	return p, nil
}

// protocolRules is the protocol rules of r, without P107 (preference
// votes <= the list's votes) under closed lists: a closed-list ballot has
// no preference votes, so the relation does not apply, rather than being
// "not evaluated" on every protocol.
func protocolRules(r Rules) validate.Rules {
	pr := r.Protocol
	pr.AbroadOkrug = r.Okrug.Abroad.Counted()
	if !r.List.closed() {
		return pr
	}
	in := pr.Relations
	if len(in) == 0 {
		in = pr.RelationCodes()
	}
	pr.Relations = nil
	for _, c := range in {
		if c != validate.PreferencesOverVotes {
			pr.Relations = append(pr.Relations, c)
		}
	}
	if len(pr.Relations) == 0 {
		// Only P107 was named: no relations would mean all of them.
		pr.Relations = r.Protocol.Relations
	}
	return pr
}

// add adds protocol d. pr, when not nil, is d's precinct as its row gives
// it (a totals-only count of files whose precincts the definition does not
// list); otherwise the definition's precinct is looked up, unless slot
// (>= 0) gives it.
func (p *pipeline) add(d *dense.Protocol, pr *election.Precinct, slot int32) error {
	index := p.n
	p.n++
	var def *election.Precinct
	if pr != nil {
		def = pr
		streamAddPlaced(p.check, d, pr)
	} else {
		if slot < 0 {
			slot = p.table.Slot(d.Precinct)
		}
		if slot >= 0 && int(slot) < p.table.Defined {
			def = &p.def.Precincts[p.table.First[slot]]
			p.noteGot(slot, d)
		}
		streamAdd(p.check, d, slot)
	}
	if !d.Machine {
		switch d.Ballot {
		case election.ListBallot:
			p.manual[0]++
		case election.OkrugBallot:
			p.manual[1]++
		}
	}
	if p.accErr != nil || d.Machine {
		return nil
	}
	given := givenLines(d)
	if d.Ballot == election.ListBallot {
		p.checkBase(d, def, &p.lack, given)
	}
	p.checkTurnout(d, def, &p.lack, given)
	if err := accumulatorAdd(p.acc, index, d, def); err != nil {
		if !errors.Is(err, tally.ErrBallotKind) {
			return err
		}
		p.accErr = err
	}
	return nil
}

// baseLines returns the lines of the national threshold base and, when the
// rule set has one, of the regional threshold base, each once.
func baseLines(r Rules, keys *dense.Keys) []baseLine {
	var out []baseLine
	add := func(b threshold.Base, national bool) {
		for _, l := range r.baseLines(b) {
			i := slices.IndexFunc(out, func(x baseLine) bool { return x.line == l })
			if i >= 0 {
				out[i].national = out[i].national || national
				continue
			}
			out = append(out, baseLine{line: l, pos: keys.Lines.Insert(string(l)), base: string(b), national: national})
		}
	}
	// A threshold of 0% is passed by any number of votes, whatever its
	// base: its lines are not needed, and a file without them (a file of
	// candidates' votes alone) is counted in full.
	if !r.Threshold.Zero() {
		add(r.Threshold.Base, true)
	}
	if r.RegionalThreshold != nil && !r.RegionalThreshold.Zero() {
		add(r.RegionalThreshold.Base, false)
	}
	if t := r.List.ConstituencyThreshold; t != nil && !t.Zero() {
		add(t.Base, false)
	}
	return out
}

// checkBase notes each line of a threshold base that the counted list
// protocol d lacks: a finding (validate.BaseLineMissing) naming the
// precinct and the line, and the threshold concerned is not evaluated (see
// lists). Summing without the line would give a smaller base, and a list
// could pass on missing data. def is d's precinct, nil when not defined.
func (p *pipeline) checkBase(d *dense.Protocol, def *election.Precinct, l *baseLack, given uint64) {
	placed := def != nil && !def.Abroad && def.Region != ""
	lacks := false
	for _, b := range p.bases {
		if !b.national && !placed {
			continue
		}
		if givesLine(d, given, b.pos) {
			continue
		}
		l.findings = append(l.findings, validate.MissingBaseLine(d.Precinct, election.ListBallot, b.line, b.base))
		if placed && p.r.RegionalThreshold != nil && slices.Contains(p.r.baseLines(p.r.RegionalThreshold.Base), b.line) {
			if l.regions == nil {
				l.regions = map[string]bool{}
			}
			l.regions[def.Region] = true
		}
		if t := p.r.List.ConstituencyThreshold; placed && t != nil && slices.Contains(p.r.baseLines(t.Base), b.line) {
			if l.constituencies == nil {
				l.constituencies = map[string]bool{}
			}
			l.constituencies[def.Region] = true
		}
		if b.national {
			if l.lines == nil {
				l.lines = map[election.Line]int{}
			}
			l.lines[b.line]++
			lacks = true
		}
	}
	if lacks {
		l.protocols++
	}
}

// givenLines returns the positions below 64 of the lines d gives, as bits
// (givesLine): the checks of the lines a protocol lacks then test a bit
// per line rather than search d's lines for each.
func givenLines(d *dense.Protocol) uint64 {
	var given uint64
	for _, e := range d.Lines {
		if uint32(e.Pos) < 64 {
			given |= 1 << e.Pos
		}
	}
	return given
}

// givesLine says whether d, whose lines below 64 are given (givenLines),
// gives the line at pos.
func givesLine(d *dense.Protocol, given uint64, pos int32) bool {
	if uint32(pos) < 64 {
		return given&(1<<pos) != 0
	}
	return slices.ContainsFunc(d.Lines, func(e dense.Entry) bool { return e.Pos == pos })
}

// turnoutLines are the lines the voters on the list, those who took part
// and the turnout are made of.
var turnoutLines = [3]election.Line{election.Voters, election.Invalid, election.Valid}

// checkTurnout notes each line of turnoutLines that the manual-count
// protocol d lacks: a national figure summed without it would be too small
// (see totals), and so would its okrug's (def is d's precinct, nil when
// not defined). Under a majority rule, an okrug-ballot protocol that lacks
// a line of the rule's base is a finding (validate.MissingBaseLine).
func (p *pipeline) checkTurnout(d *dense.Protocol, def *election.Precinct, l *baseLack, given uint64) {
	p.checkVotes(d, def, l) // every manual-count protocol comes here, a Tally's too
	b := 0
	if d.Ballot == election.OkrugBallot {
		b = 1
	}
	if len(p.form) > 0 {
		if l.lineGiven[b] == nil {
			l.lineGiven[b] = make([]int, len(p.form))
		}
		l.counted[b]++
		l.formAt = p.formAt
		if bits.OnesCount64(given) == len(d.Lines) {
			// Every line of d is a bit of given (none below 64 given
			// twice, none past it).
			if l.runN[b] > 0 && l.runLines[b] != given {
				l.flush(b)
			}
			l.runLines[b] = given
			l.runN[b]++
		} else {
			for _, e := range d.Lines {
				if int(e.Pos) < len(p.formAt) && p.formAt[e.Pos] >= 0 {
					l.lineGiven[b][p.formAt[e.Pos]]++
				}
			}
		}
	}
	var mask uint8
	for i, pos := range p.turnout {
		if !givesLine(d, given, pos) {
			l.turnout[b][i]++
			mask |= 1 << i
		}
	}
	if b == 0 || mask == 0 {
		return
	}
	if def != nil && def.Okrug != "" {
		if l.okrugs == nil {
			l.okrugs = map[string]uint8{}
		}
		l.okrugs[def.Okrug] |= mask
	}
	if m := p.r.Okrug.Majority; m != nil {
		for _, line := range p.r.baseLines(m.Base) {
			if mask&(1<<slices.Index(turnoutLines[:], line)) != 0 {
				l.findings = append(l.findings, validate.MissingBaseLine(d.Precinct, election.OkrugBallot, line, string(m.Base)))
			}
		}
	}
}

// flush adds the run of protocols of ballot b alike (runLines) to
// lineGiven.
func (l *baseLack) flush(b int) {
	if l.runN[b] == 0 {
		return
	}
	for m := l.runLines[b]; m != 0; m &= m - 1 {
		if pos := bits.TrailingZeros64(m); pos < len(l.formAt) && l.formAt[pos] >= 0 {
			l.lineGiven[b][l.formAt[pos]] += l.runN[b]
		}
	}
	l.runN[b] = 0
}

// empty says that l holds nothing: its protocol lacks no line.
func (l *baseLack) empty() bool {
	return l.turnout == [2][3]int{} && len(l.findings) == 0 && l.votesProtocols == [2]int{} && l.counted == [2]int{}
}

// lacks says whether counted protocols of ballot b (0 list, 1 okrug) lack
// any of lines, which must be of turnoutLines.
func (l *baseLack) lacks(b int, lines ...election.Line) bool {
	for _, x := range lines {
		if l.turnout[b][slices.Index(turnoutLines[:], x)] > 0 {
			return true
		}
	}
	return false
}

// okrugLacks says whether counted protocols of okrug id's ballot lack any
// of lines, which must be of turnoutLines.
func (l *baseLack) okrugLacks(id string, lines ...election.Line) bool {
	m := l.okrugs[id]
	for _, x := range lines {
		if m&(1<<slices.Index(turnoutLines[:], x)) != 0 {
			return true
		}
	}
	return false
}

// merge adds what x lacks to l.
func (l *baseLack) merge(x *baseLack) {
	l.protocols += x.protocols
	for b := range l.counted {
		x.flush(b)
		l.counted[b] += x.counted[b]
		if l.formAt == nil {
			l.formAt = x.formAt
		}
		if x.lineGiven[b] != nil && l.lineGiven[b] == nil {
			l.lineGiven[b] = make([]int, len(x.lineGiven[b]))
		}
		for i, n := range x.lineGiven[b] {
			l.lineGiven[b][i] += n
		}
	}
	for id, m := range x.okrugs {
		if l.okrugs == nil {
			l.okrugs = map[string]uint8{}
		}
		l.okrugs[id] |= m
	}
	for b := range l.turnout {
		for i := range l.turnout[b] {
			l.turnout[b][i] += x.turnout[b][i]
		}
	}
	for line, n := range x.lines {
		if l.lines == nil {
			l.lines = map[election.Line]int{}
		}
		l.lines[line] += n
	}
	for r := range x.regions {
		if l.regions == nil {
			l.regions = map[string]bool{}
		}
		l.regions[r] = true
	}
	for r := range x.constituencies {
		if l.constituencies == nil {
			l.constituencies = map[string]bool{}
		}
		l.constituencies[r] = true
	}
	l.findings = append(l.findings, x.findings...)
	for k, n := range x.votes {
		if l.votes == nil {
			l.votes = map[choiceKey]int{}
		}
		l.votes[k] += n
	}
	for b := range l.votesProtocols {
		l.votesProtocols[b] += x.votesProtocols[b]
	}
	for k, r := range x.room {
		l.addRoom(k, r, r >= 0)
	}
	for b := range x.votesRegions {
		for r, m := range x.votesRegions[b] {
			for id, n := range m {
				l.addRegionVotes(b, r, id, n)
			}
		}
	}
}

// ballotsOf returns a copy of e's ballot forms that shares no pointer
// with e: a Result does not change when the definition does.
func ballotsOf(e *election.Election) election.Ballots {
	b := e.Ballots
	for _, f := range []*election.BallotForm{&b.List, &b.Okrug} {
		if f.AgainstAll != nil {
			v := *f.AgainstAll
			f.AgainstAll = &v
		}
	}
	return b
}

// finish decides the count once every protocol is in (decide), its
// findings naming lists, candidates and choices by the definition's names
// in each language (validate.Report.Named).
func (p *pipeline) finish(electionHash string) (*Result, error) {
	res, err := p.decide(electionHash)
	if res != nil {
		res.Findings = res.Findings.Named(validate.NamesOf(p.def))
	}
	return res, err
}

// decide decides the count once every protocol is in. electionHash is the
// SHA-256 of the election's JSON, protocols included.
func (p *pipeline) decide(electionHash string) (*Result, error) {
	e, r, o := p.def, p.r, p.o
	c := counter{e: e, r: r, o: o, lack: &p.lack, memo: p.memo, annulledOkrugs: p.annulled}
	c.res = &Result{
		Library:  "shailoo " + Version,
		Rules:    r,
		Election: Election{ID: e.ID, Name: e.Name, Date: e.Date, Provenance: e.Provenance, Ballots: ballotsOf(e)},
		LotSeed:  o.LotSeed,
		Annulled: slices.Clone(o.Annul),
		Steps:    append(make([]election.Step, 0, max(p.steps, len(p.pre))), p.pre...),
	}
	rh, err := hashJSON(r, o)
	if err != nil {
		return nil, err
	}
	c.res.Inputs = append(c.res.Inputs, Input{Name: "election", SHA256: electionHash}, Input{Name: "rules", SHA256: rh})
	c.res.Inputs = append(c.res.Inputs, o.Inputs...)
	c.res.Election.Provenance = provenanceOf(e.Provenance, c.res.Inputs)

	var report validate.Report
	if p.report != nil {
		report, p.progress = p.report()
	} else {
		report, p.progress = p.check.Report(), p.progressOf()
		report = p.missing(report)
	}
	if p.progress.Partial() {
		rep := p.progress.Reporting
		c.res.Reporting = &rep
	}
	if r.List.closed() {
		for i, n := range report.NotEvaluated {
			if n.Code == validate.PreferencesOverVotes && n.Reason == "not in force in the rule set" {
				report.NotEvaluated[i].Reason = "does not apply: the lists are closed (no preference votes)"
			}
		}
	}
	if r.Registration != nil {
		if p.lists == nil { // the same for every read of a Tally
			l := validate.CheckLists(e.Parties, *r.Registration)
			p.lists = &l
		}
		report = validate.Merge(report, *p.lists)
	}
	over, overRows := summedOverVoters(r, o.summedOvers)
	c.summedOver = overRows
	if len(o.Findings) > 0 || len(over) > 0 || o.unreadableUnlisted > 0 || o.elsewhereUnlisted > 0 {
		extra := validate.Report{Findings: append(slices.Clip(o.Findings), over...)}
		if o.unreadableUnlisted > 0 {
			sev := validate.UnreadableRow("", 0, 0, "").Severity
			extra.Unlisted = []validate.Unlisted{{Code: validate.RowUnreadable, Severity: sev, Count: o.unreadableUnlisted}}
		}
		if o.elsewhereUnlisted > 0 {
			sev := validate.RowPlacedElsewhere("", 0, "", "", "", "").Severity
			extra.Unlisted = append(extra.Unlisted, validate.Unlisted{Code: validate.RowElsewhere, Severity: sev, Count: o.elsewhereUnlisted})
		}
		report = validate.Merge(report, extra)
	}
	if len(p.lack.findings) > 0 {
		report = validate.Merge(report, validate.Report{Findings: p.lack.findings})
	}
	c.res.Findings = report
	if p.check != nil {
		c.res.RelationErrors = relationErrors(streamFailing(p.check)+p.failing, report)
	}
	c.namedTotals(p)
	c.res.Notes = append(c.res.Notes, p.notes...)
	if p.manual[1] == 0 && len(e.Okrugs) == 0 {
		c.okrugsNeedOkrugBallot(report)
	}
	for _, q := range r.OpenQuestions {
		if v := openValue(r, q); v != "" {
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.open_question", words.Args{"rules": r.ID, "question": q, "value": v}))
		} else {
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.open_question_unused", words.Args{"rules": r.ID, "question": q}))
		}
	}
	c.res.Notes = append(c.res.Notes, p.o.Notes...)
	if e.ID == ingest.InferredID {
		var notes []string
		c.r, notes = inferredTies(c.r)
		c.res.Notes = append(c.res.Notes, notes...)
	}
	if n := c.rowsOnlyNote(); n != "" {
		c.res.Notes = append(c.res.Notes, n)
	}
	c.res.RelationsUnchecked = c.relationsUnchecked()
	if c.res.RelationsUnchecked == nil {
		// (a file of no line lacks them all: the headline says so, and
		// that a form without them is no fix)
		c.res.Notes = append(c.res.Notes, formNotes(report, r, c.lineMissing)...)
	}
	okrugSeats := r.okrugSeats(e)
	c.res.Seats = SeatTally{ListOf: r.Seats.List, OkrugOf: okrugSeats, Of: r.Seats.List + okrugSeats}

	if p.accErr != nil {
		// The validator has reported it; the findings stand, the seats
		// cannot be decided.
		c.res.NotCounted = p.accErr.Error()
		return c.res, nil
	}
	if why := ambiguous(report); why != "" {
		c.res.NotCounted = why
		return c.res, nil
	}
	if p.report != nil && r.Okrug.Spread == nil {
		// A Tally's: what the seats need, after every protocol (a spread
		// rule needs the okrug ballot's regions too: Result has them).
		c.t = p.acc.Decisive()
	} else {
		c.t = p.acc.Result()
	}
	if err := c.totals(); err != nil {
		if !errors.Is(err, threshold.ErrMissingLine) && !errors.Is(err, threshold.ErrNegative) {
			return nil, err
		}
		c.res.NotCounted = "the threshold base cannot be computed from the protocols: " + err.Error()
		return c.res, nil
	}
	if r.NoListTier() {
		c.step(election.Step{Kind: "no_list_tier", Detail: "the rule set has no list tier: no threshold, no list seats"})
		if len(e.Parties) > 0 {
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.no_list_tier", words.Args{"rules": r.ID, "n": strconv.Itoa(len(e.Parties))}))
		}
	} else if err := c.lists(); err != nil {
		return nil, err
	} else if len(e.Parties) == 0 && c.t.List.Nation.Protocols > 0 {
		// Protocols of the list ballot counted, but no party on it: the
		// files give no party's votes (a mapping of lines alone).
		c.noChoices = append(c.noChoices, "list")
	}
	if c.r.List.compensates() {
		if err := c.checkCandidateLists(); err != nil {
			return nil, err
		}
	}
	if err := c.okrugs(); err != nil {
		return nil, err
	}
	if c.compensating != nil {
		won, err := c.constituencies(*c.compensating)
		if err != nil {
			return nil, err
		}
		if err := c.seatLists(won); err != nil {
			return nil, err
		}
	}
	c.candidatesInOkrugs()
	c.twoNamesProvisional()
	c.oneListFigure()
	c.choicesTotal()
	c.notChoicesSeated()
	c.pooledChoicesSeated()
	c.placingChoicesSeated()
	c.okrugRegionVotes()
	c.listRegionVotes()
	c.res.Totals.noAgainstAll = !c.res.AgainstAll(c.res.Totals.Ballot)
	c.noChoicesProvisional()
	c.missingProtocols(report, p.progress)
	c.unreadable(report)
	c.duplicates(report)
	c.totalRowsProvisional()
	c.sameFiguresProvisional()
	c.namedTotalsProvisional()
	c.summedRepeatProvisional()
	c.summedPeopleProvisional()
	c.summedNumbersProvisional()
	c.samePartsProvisional()
	c.summedOverProvisional()
	c.totalChoicesProvisional()
	c.movedProvisional()
	c.unconfirmed()
	c.firstChoicesProvisional()
	c.unplaced()
	c.relationGaps(report)
	c.seatTally()
	c.okrugSeatsByChoice()
	c.res.Provisional = len(c.res.ProvisionalReasons) > 0
	c.okrugsProvisional()
	c.compensationProvisional()
	p.steps = len(c.res.Steps)
	return c.res, nil
}

// relationsUnchecked returns, when manual-count protocols are counted
// and no control relation of the form can be evaluated with the lines
// they give, how many they are, the lines given and those to map
// (Result.RelationsUnchecked). Nil when none is counted, or the form
// has no line (c.lack counts nothing then).
func (c *counter) relationsUnchecked() *RelationsUnchecked {
	n := 0
	for b := range 2 {
		c.lack.flush(b)
		n += c.lack.counted[b]
	}
	if n == 0 {
		return nil
	}
	var given []election.Line
	for i, l := range formLines(c.r) { // the pipeline's order
		for b := range 2 {
			if g := c.lack.lineGiven[b]; i < len(g) && g[i] > 0 {
				given = append(given, l)
				break
			}
		}
	}
	toMap, ok := uncheckable(protocolRules(c.r), given, c.hasChoices())
	if !ok {
		return nil
	}
	return &RelationsUnchecked{Protocols: n, Given: given, Map: toMap,
		Turnout: len(given) == 0 && slices.Equal(toMap, turnoutLines[:])}
}

// formNotes says, when relations of the built-in form are not evaluated
// for want of lines (formNote), which lines: note.form_lines those no
// protocol gives,
// and a note of each count of protocols (missing says how many of how
// many counted protocols lack a line) names those some protocols give and
// others lack (DR Congo's provinces: Mai-Ndombe gives the valid votes, the
// five diaspora provinces do not): "missing in 5 of 6 protocols", never
// "the protocols do not give" a line one of them gives. A nil missing
// takes every line as given by none.
func formNotes(rep validate.Report, r Rules, missing func(election.Line) (int, int)) []string {
	var notes []string
	lines := formLinesLacked(rep)
	if formNote(lines, r) == "" {
		return nil
	}
	var none []election.Line
	some := map[[2]int][]election.Line{}
	var counts [][2]int
	for _, l := range lines {
		n, of := 0, 0
		if missing != nil {
			n, of = missing(l)
		}
		if n == 0 || n >= of {
			none = append(none, l)
			continue
		}
		k := [2]int{n, of}
		if _, ok := some[k]; !ok {
			counts = append(counts, k)
		}
		some[k] = append(some[k], l)
	}
	if len(none) > 0 {
		notes = append(notes, words.Say("en", "note.form_lines", words.Args{"line_ids": lineIDs(none)}))
	}
	for _, k := range counts {
		notes = append(notes, words.Say("en", "note.form_lines_part", words.Args{"line_ids": lineIDs(some[k]), "n": strconv.Itoa(k[0]), "of": strconv.Itoa(k[1])}))
	}
	return notes
}

// formLinesLacked returns the lines the relations not evaluated (rep's P
// codes) lack, once each, in the form's order.
func formLinesLacked(rep validate.Report) []election.Line {
	var lines []election.Line
	for _, ne := range rep.NotEvaluated {
		rest, ok := strings.CutPrefix(ne.Reason, "the protocol lacks line(s) ")
		if !ok || !strings.HasPrefix(string(ne.Code), "P") {
			continue
		}
		// P111's reads "valid, and found_mobile and found_stationary"
		for _, l := range strings.FieldsFunc(strings.ReplaceAll(rest, " and ", ", "), func(r rune) bool { return r == ',' || r == ' ' }) {
			if !slices.Contains(lines, election.Line(l)) {
				lines = append(lines, election.Line(l))
			}
		}
	}
	order.Stable(lines, func(a, b election.Line) int {
		return cmp.Compare(uint(election.LineIndex(a)), uint(election.LineIndex(b)))
	})
	return lines
}

// formNote says, of lines that no protocol gives, when some are lines that
// many commissions' forms do not have (mobile boxes, early voting, voting
// outside the room, lost or unaccounted ballots), how a rule set says that
// its form has none of them (protocol.lines): the relations are then
// checked over the lines the form has. It names every such line, so that
// a file of no protocol lines is seen as one. "" when none of those lines
// is among them, or the rule set names the form's lines already.
func formNote(lines []election.Line, r Rules) string {
	if r.Protocol.Lines != nil || !slices.ContainsFunc(lines, func(l election.Line) bool {
		switch l {
		case election.FoundMobile, election.IssuedEarly, election.IssuedOutside, election.Lost, election.Unaccounted:
			return true
		}
		return false
	}) {
		return ""
	}
	return words.Say("en", "note.form_lines", words.Args{"line_ids": lineIDs(lines)})
}

// lineIDs joins the lines' IDs with commas.
func lineIDs(lines []election.Line) string {
	ids := make([]string, len(lines))
	for i, l := range lines {
		ids[i] = string(l)
	}
	return strings.Join(ids, ", ")
}

// lineMissing says how many of the counted manual-count protocols (of
// both ballots) lack line l, and of how many.
func (c *counter) lineMissing(l election.Line) (missing, of int) {
	i := slices.Index(formLines(c.r), l)
	for b := range 2 {
		c.lack.flush(b)
		if g := c.lack.lineGiven[b]; i >= 0 && i < len(g) {
			missing += c.lack.counted[b] - g[i]
			of += c.lack.counted[b]
		}
	}
	return missing, of
}

// ambiguous says why the definition of the election leaves the seats
// undecidable: an ID defined twice (a precinct, a party, an okrug, a region)
// or a party or candidate using the ID of "against all". The validator has
// reported each with its place; "" when there is none.
func ambiguous(rep validate.Report) string {
	var codes []string
	seen := map[validate.Code]bool{}
	for _, f := range rep.Findings {
		switch f.Code {
		case validate.ReservedID:
			// A list candidate called "against_all" collides with nothing
			// (preference votes are kept apart); a party or an okrug
			// candidate of that ID is the choice "against all" itself.
			if f.Place.Okrug == "" && f.Place.Candidate != "" {
				continue
			}
			fallthrough
		case validate.DuplicatePrecinct, validate.DuplicateParty, validate.DuplicateOkrug, validate.DuplicateRegion:
			if !seen[f.Code] {
				seen[f.Code] = true
				codes = append(codes, string(f.Code))
			}
		}
	}
	if len(codes) == 0 {
		return ""
	}
	return "the election's definition is ambiguous (findings " + strings.Join(codes, ", ") + "): an ID is defined twice or reserved"
}

type counter struct {
	// compensating holds the lists that passed the thresholds, when the
	// list seats compensate for okrug seats (list.compensate): they are
	// apportioned after the okrugs are decided.
	compensating *[]seats.Entry
	// exhausted lists the lists that won, or would have won, more seats
	// than their candidates (list.exhausted; exhausted.go).
	exhausted []exhaustion
	memo      *threshold.Memo // a Tally's: the regional verdicts of the regions unchanged are kept
	e         *election.Election
	r         Rules
	o         Options
	res       *Result
	t         tally.Result
	lack      *baseLack
	// noChoices are the ballots ("list", "okrug/<id>") of counted
	// protocols with no choice on them: their votes are not given.
	noChoices []string
	// negatives holds, per negativeKey (ballot, the okrug ballot's okrug,
	// choice), the precinct of the first finding validate.Negative on its
	// votes (see negative).
	negatives map[string]string
	// baseNegative lists, under threshold base votes, the choices of the
	// list ballot whose votes are not evaluated for negative figures
	// (negative): the base, their sum, is not evaluated either; and
	// regionNegative, per region, those of the regional base there.
	baseNegative []string
	// baseMissing lists, under threshold base votes, the choices of the
	// list ballot whose votes counted protocols do not all give: the
	// base, their sum, is partial and not evaluated.
	baseMissing    []string
	regionNegative map[string][]string
	// regionMissing lists, per region, those of the regional base of votes
	// there: it is not evaluated.
	regionMissing  map[string][]string
	precinctRegion map[string]string // precinct ID → its region (negativeIn)
	// annulledOkrugs holds the okrugs whose every precinct is annulled:
	// they have no result, which is not a protocol missing.
	annulledOkrugs map[string]bool
	// namedFound are the rows of Options.named found the total of their
	// region or okrug (namedTotals): counted as totals_rows_counted's
	// rows; namedCounted the others, counted as precincts.
	namedFound, namedCounted []countedTotal
	// placed says of each precinct whether an okrug's sums count it
	// (inOkrugSums); built when first asked.
	placed map[string]bool
	// summedOver are the protocols of long files whose votes, summed
	// from rows, pass their voters times the votes a ballot carries
	// (validate.SummedOverVoters; summedOverProvisional).
	summedOver []countedTotal
}

func (c *counter) step(s ...election.Step) { c.res.Steps = append(c.res.Steps, s...) }

// markMissing says, in an okrug's steps of a candidate's (or "against
// all") votes, where counted protocols do not give them (X229), as the
// okrug's VotesMissing does: a figure no protocol gives has no value
// (not a 0 that reads as a count); a partial sum keeps its value and its
// detail says how many protocols it lacks. votes holds the figures some
// protocol gives.
// overturn sets o.Overturn for an okrug decided while votes of its
// choices are missing: it cannot be overturned only where one winner of a
// single seat, decided by plurality, leads every other choice that
// competes with it by more than that choice's missing votes could be (the
// winner's own missing votes could only add to its lead). Under a
// majority rule, so too where its base is a line the protocols give
// (valid ballots, participants: no missing vote moves it) and the
// winner's votes given pass the rule's first way to win over it (its own
// missing votes could only add to them): Niger's 25,650 of 49,079 valid
// ballots are above half of them whatever a missing figure is. A base of
// votes, a winner elected by the second way (a lead, MajorityOr), a
// spread rule, a district of several seats, a tie settled, an outcome
// other than "elected": could, as no bound says otherwise.
func (c *counter) overturn(o *Okrug) {
	if len(o.VotesMissing) == 0 || strings.HasPrefix(string(o.Outcome), "not_evaluated") ||
		o.Outcome == seats.OutcomeAnnulled || o.Outcome == seats.OutcomeNoCandidates {
		return
	}
	o.Overturn = OverturnCould
	if o.Outcome != seats.OutcomeElected || o.Winner == "" || c.r.Okrug.SeatsOf(o.Okrug) != 1 ||
		c.r.Okrug.Spread != nil || okrugTiedIn(c.res.Ties, o.Okrug) {
		return
	}
	t := c.t.Okrug.Okrugs[o.Okrug]
	if t == nil {
		return
	}
	if m := c.r.Okrug.ForOkrug(o.Okrug).Majority; m != nil {
		if m.Base == threshold.Votes {
			return
		}
		if v, err := m.Rule().Check("the winner", o.Okrug, t.Votes[o.Winner], o.MajorityBase); err != nil || v.Status != threshold.Passed {
			return
		}
	}
	var rivals []string
	for _, ok := range c.e.Okrugs {
		if ok.ID != o.Okrug {
			continue
		}
		for _, cd := range ok.Candidates {
			if cd.ID != o.Winner && !c.annulled(cd.ID) && !cd.Blank {
				rivals = append(rivals, cd.ID)
			}
		}
	}
	if c.r.Okrug.AgainstAll != seats.AgainstAllIgnored && c.res.AgainstAll(election.OkrugBallot) {
		rivals = append(rivals, election.AgainstAll)
	}
	lead := t.Votes[o.Winner]
	for _, id := range rivals {
		most := t.Votes[id]
		if o.VotesMissing[id] > 0 {
			r, ok := o.VotesMissingAtMost[id]
			if !ok || most > math.MaxInt64-r {
				return
			}
			most += r
		}
		if most >= lead { // as many ties
			return
		}
	}
	o.Overturn = OverturnCannot
}

// okrugTiedIn says whether a tie of ties was in okrug id.
func okrugTiedIn(ties []Tie, id string) bool {
	return slices.ContainsFunc(ties, func(t Tie) bool { return t.Context == "okrug/"+id })
}

func (c *counter) markMissing(okrug string, votes map[string]int64, steps []election.Step) {
	for i, s := range steps {
		if s.Kind != "candidate" && s.Kind != "against_all" {
			continue
		}
		n := c.lack.missingVotes(okrug, s.Subject)
		if n == 0 {
			continue
		}
		if _, given := votes[s.Subject]; !given {
			steps[i].Value = ""
			steps[i].Detail = fmt.Sprintf("%s: votes not given (%d counted protocols leave them empty: %s)", s.Subject, n, validate.MissingVotes)
			continue
		}
		steps[i].Detail = fmt.Sprintf("%s: %s votes, a partial sum: %d counted protocols do not give them (%s)", s.Subject, s.Value, n, validate.MissingVotes)
	}
}

func hashJSON(v any, o Options) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", fmt.Errorf("shailoo: hashing input: %w", err)
	}
	h := o.newSHA256()
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// baseLines returns the lines base b is the sum of on r's protocol form:
// those of b.Lines() the form has. A line the form leaves out is a
// quantity it has none of (found = found_stationary on a form without
// mobile boxes), as in the control relations; Validate refuses a base
// with no line left. Nil for base votes, which is of no line.
func (r Rules) baseLines(b threshold.Base) []election.Line {
	var out []election.Line
	for _, l := range b.Lines() {
		if r.Protocol.OnForm(l) {
			out = append(out, l)
		}
	}
	return out
}

// baseOf computes base b of t, a sum of protocols of ballot k whose
// choices are choices: from its lines, or under threshold.Votes from the
// votes of the choices and of "against all" where the ballot has it;
// those who took part sum the votes against all too where the ballot
// counts them outside the valid ballots (notaIn).
func (c *counter) baseOf(b threshold.Base, t *tally.Totals, k election.BallotKind, choices []string) (int64, error) {
	if b == threshold.Votes {
		if c.e.HasAgainstAll(k) && c.r.Protocol.AgainstAllOn(k) {
			choices = append(slices.Clip(choices), election.AgainstAll)
		}
		return threshold.SumVotes(t.Votes, choices)
	}
	parts := c.r.baseLines(b)
	for _, l := range b.Lines() {
		// A line off the form that protocols give all the same is
		// summed: left out, the base would be smaller than the ballots
		// they give (the relations over it are not evaluated, P102...).
		if _, given := t.Lines[l]; given && !slices.Contains(parts, l) {
			parts = append(parts, l)
		}
	}
	n, err := threshold.SumLines(b, parts, t.Lines)
	if err != nil || !c.notaIn(b, k) {
		return n, err
	}
	nota, err := threshold.SumVotes(t.Votes, []string{election.AgainstAll})
	if err != nil {
		return 0, err
	}
	if n, err = exact.Add(n, nota); err != nil {
		return 0, &threshold.BaseError{Base: b, Err: err}
	}
	return n, nil
}

// notaIn says whether base b of ballot k sums the votes against all
// beside its lines: those who took part (threshold.Participants) where
// the ballot counts against all outside the valid ballots (outsideValid:
// India's NOTA), whose voters took part as the invalid ballots' did, as
// the totals' participants count them. The other bases hold them as they
// are: the ballots found (found) are the boxes' ballots, NOTA's among
// them (P102 there: found = invalid + valid + against all); the voters
// on the list are the list; the valid ballots leave them out, which is
// what outside the valid ballots means; and the votes for the choices
// (threshold.Votes) sum against all's wherever the ballot has it.
func (c *counter) notaIn(b threshold.Base, k election.BallotKind) bool {
	return b == threshold.Participants && c.outsideValid(k)
}

// votesBase returns, under base b threshold.Votes, the choices the base
// of ballot k sums (choices, and "against all" where the ballot has it)
// for which bad holds (a vote not evaluated for a negative figure, or one
// that counted protocols do not all give): the base, their sum, is not
// evaluated either. Under those who took part where they sum the votes
// against all (notaIn), "against all" where bad holds of it. Nil under
// another base of lines, which rests on no vote.
func (c *counter) votesBase(b threshold.Base, k election.BallotKind, choices []string, bad func(id string) bool) []string {
	if c.notaIn(b, k) {
		// those who took part, against all's votes among them
		if bad(election.AgainstAll) {
			return []string{election.AgainstAll}
		}
		return nil
	}
	if b != threshold.Votes {
		return nil
	}
	if c.e.HasAgainstAll(k) && c.r.Protocol.AgainstAllOn(k) {
		choices = append(slices.Clip(choices), election.AgainstAll)
	}
	var out []string
	for _, id := range choices {
		if bad(id) {
			out = append(out, id)
		}
	}
	return out
}

// zeroPercentReason is the reason of verdict v under a threshold of 0% on
// a base b that is not evaluated: 0% of any base is 0 votes, so v stands,
// and the reason names no base and no line, which are not there.
func zeroPercentReason(b threshold.Base, v threshold.Verdict) string {
	why := fmt.Sprintf("a threshold of 0%%%s needs no base, and the base (%s) is not evaluated: %d votes needed, %d got, %s", heldTo(v.Kind, v.Percent), b, v.Needed, v.Votes, v.Status)
	if v.VotesMissing > 0 {
		why += fmt.Sprintf(", without the votes of %d counted protocols that do not give them: the pass holds whatever they are", v.VotesMissing)
	}
	return why
}

// votesMissingShort says why a base of votes is not evaluated: counted
// protocols do not give the votes of the choices missing, which it sums.
func votesMissingShort(what string, missing []string) string {
	return fmt.Sprintf("%s, the votes for the choices on the ballot, sums those of %s, which counted protocols do not all give (findings %s): it is not evaluated, never taken smaller", what, strings.Join(missing, ", "), validate.MissingVotes)
}

// votesBaseShort says why a base of votes is not evaluated: the votes of
// the choices neg, which it sums, are given as negative figures.
func votesBaseShort(what string, neg []string) string {
	return fmt.Sprintf("%s, the votes for the choices on the ballot, sums those of %s, which counted protocols give as negative figures (findings %s): it is not evaluated", what, strings.Join(neg, ", "), validate.Negative)
}

// kinds maps the ID of each party of a kind (election.Party.Kind) to
// its kind; nil when no party has one.
func (c *counter) kinds() map[string]string {
	var m map[string]string
	for _, p := range c.e.Parties {
		if p.Kind != "" {
			if m == nil {
				m = map[string]string{}
			}
			m[p.ID] = p.Kind
		}
	}
	return m
}

// heldTo says, for a step's detail, the threshold a list of a kind is
// held to (threshold.Rule.Kinds): " (minority lists: 0.7%)"; "" for a
// list held to the rule's own percent.
func heldTo(kind, percent string) string {
	if kind == "" {
		return ""
	}
	return fmt.Sprintf(" (%s lists: %s%%)", kind, percent)
}

// partyIDs returns the IDs of the election's lists, in ballot order.
func (c *counter) partyIDs() []string {
	ids := make([]string, len(c.e.Parties))
	for i, p := range c.e.Parties {
		ids[i] = p.ID
	}
	return ids
}

func (c *counter) totals() error {
	n := &c.t.List.Nation
	var base int64
	var err error
	if !c.baseOpen() && !c.r.NoListTier() { // else not evaluated: see lists
		c.baseNegative = c.votesBase(c.r.Threshold.Base, election.ListBallot, c.partyIDs(), func(id string) bool {
			return c.negative(election.ListBallot, "", id, n.Votes[id]) != ""
		})
	}
	if !c.baseOpen() && !c.r.NoListTier() && len(c.baseNegative) == 0 {
		c.baseMissing = c.votesBase(c.r.Threshold.Base, election.ListBallot, c.partyIDs(), func(id string) bool {
			return c.lack.missingVotes("", id) > 0
		})
	}
	if !c.baseOpen() && !c.r.NoListTier() && len(c.baseNegative) == 0 && len(c.baseMissing) == 0 {
		base, err = c.baseOf(c.r.Threshold.Base, n, election.ListBallot, c.partyIDs())
		switch {
		case errors.Is(err, threshold.ErrMissingLine) && c.r.Threshold.Zero():
			// 0% of any base is 0 votes: the base is not needed (baseLines).
			base, err = 0, nil
		case err != nil:
			return fmt.Errorf("shailoo: threshold base: %w", err)
		}
	}
	t := Totals{
		Precincts:     len(c.e.Precincts),
		Protocols:     n.Protocols + c.t.Okrug.Nation.Protocols,
		Voters:        n.Lines[election.Voters],
		Valid:         n.Lines[election.Valid],
		Invalid:       n.Lines[election.Invalid],
		AgainstAll:    n.Votes[election.AgainstAll],
		ThresholdBase: base,
		OkrugVoters:   c.t.Okrug.Nation.Lines[election.Voters],
	}
	// A figure summed without the protocols that lack one of its lines is
	// too small (and a turnout over it wrong): it is not evaluated, 0, and
	// the turnout "". So is Participants when no list protocol is counted.
	if n.Protocols > 0 && !c.participantsLack(0) {
		if t.Participants, err = c.participants(election.ListBallot, n.Lines, n.Votes); err != nil {
			return err
		}
	}
	if c.t.Okrug.Nation.Protocols > 0 && !c.participantsLack(1) {
		if t.OkrugParticipants, err = c.participants(election.OkrugBallot, c.t.Okrug.Nation.Lines, c.t.Okrug.Nation.Votes); err != nil {
			return err
		}
	}
	if k := c.lack.turnout[0][0]; k > 0 {
		t.Voters, t.VotersNotEvaluated = 0, k
	}
	if k := c.lack.turnout[1][0]; k > 0 {
		t.OkrugVoters, t.OkrugVotersNotEvaluated = 0, k
	}
	if n.Protocols > 0 && !c.lack.lacks(0, turnoutLines[:]...) && !c.participantsLack(0) {
		t.Turnout = c.percent(t.Participants, t.Voters)
	}
	list := 0 // the ballot of the national figures (c.lack's index)
	if c.r.NoListTier() && n.Protocols == 0 {
		// No list ballot: the national figures are the district ballot's.
		o := &c.t.Okrug.Nation
		t.Voters, t.Valid, t.Invalid, t.AgainstAll = t.OkrugVoters, o.Lines[election.Valid], o.Lines[election.Invalid], o.Votes[election.AgainstAll]
		t.VotersNotEvaluated = t.OkrugVotersNotEvaluated
		t.Participants = t.OkrugParticipants
		t.Ballot = election.OkrugBallot
		if o.Protocols > 0 && !c.lack.lacks(1, turnoutLines[:]...) && !c.participantsLack(1) {
			t.Turnout = c.percent(t.Participants, t.Voters)
		}
		list = 1
	}
	t.NotEvaluated = c.notEvaluated(&t, list)
	t.Lines = c.lineTotals(list)
	if list == 0 {
		t.OkrugLines = c.lineTotals(1)
	}
	c.res.Totals = t
	return nil
}

// formLines returns the lines of r's protocol form, in form order: those
// of election.AllLines on it, then the lines the rule set adds.
func formLines(r Rules) []election.Line {
	var out []election.Line
	for _, l := range election.AllLines() {
		if r.Protocol.OnForm(l) {
			out = append(out, l)
		}
	}
	for _, d := range r.Protocol.AddLines {
		if !slices.Contains(out, d.Name) {
			out = append(out, d.Name)
		}
	}
	return out
}

// lineTotals returns the national sum of each line of the form over the
// counted manual-count protocols of ballot b (0 list, 1 okrug), with the
// protocols that give it and those that lack it; nil when none is
// counted.
func (c *counter) lineTotals(b int) []LineTotal {
	c.lack.flush(b)
	n, given := c.lack.counted[b], c.lack.lineGiven[b]
	if n == 0 || given == nil {
		return nil
	}
	sums := &c.t.List.Nation
	if b == 1 {
		sums = &c.t.Okrug.Nation
	}
	form := formLines(c.r) // the pipeline's order
	if len(form) != len(given) {
		return nil
	}
	out := make([]LineTotal, len(form))
	for i, l := range form {
		out[i] = LineTotal{Line: l, Given: given[i], Missing: n - given[i]}
		if given[i] > 0 {
			out[i].Sum = sums.Lines[l]
		}
	}
	return out
}

// outsideValid says whether ballot k counts its "against all" outside
// the valid ballots (validate.Ballot.AgainstAllOutsideValid: India's
// NOTA): those who took part are then its invalid and valid ballots and
// its votes against all.
func (c *counter) outsideValid(k election.BallotKind) bool {
	return c.r.Protocol.Ballots[k].AgainstAllOutsideValid && c.e.HasAgainstAll(k) && c.r.Protocol.AgainstAllOn(k)
}

// participants returns those who took part, of ballot k's sums of lines
// and votes: its invalid and valid ballots (threshold.Participants), and
// its votes against all where it counts them outside the valid ballots
// (outsideValid).
func (c *counter) participants(k election.BallotKind, lines map[election.Line]int64, votes map[string]int64) (int64, error) {
	n, err := threshold.BaseOf(threshold.Participants, lines)
	if err != nil || !c.outsideValid(k) {
		return n, err
	}
	return exact.Add(n, votes[election.AgainstAll])
}

// participantsLack says whether the national sum of those who took part
// on ballot b (0 list, 1 okrug) is not evaluated: counted protocols lack
// a line of it, or, where the ballot counts against all outside the
// valid ballots, the votes against all (finding validate.MissingVotes).
func (c *counter) participantsLack(b int) bool {
	if c.lack.lacks(b, threshold.Participants.Lines()...) {
		return true
	}
	k := [2]election.BallotKind{election.ListBallot, election.OkrugBallot}[b]
	return c.outsideValid(k) && c.againstAllLacks(b)
}

// againstAllLacks says whether counted protocols of ballot b (0 list, 1
// okrug) do not give the votes against all (finding
// validate.MissingVotes): their national sum is then not evaluated.
func (c *counter) againstAllLacks(b int) bool {
	for key, n := range c.lack.votes {
		if n > 0 && key.Choice == election.AgainstAll && (key.Okrug == "") == (b == 0) {
			return true
		}
	}
	return false
}

// notEvaluated returns the names of t's figures that are not evaluated
// (Totals.NotEvaluated), and sets valid and invalid, summed without the
// protocols that lack them, to 0. list is c.lack's index of the ballot of
// the national figures (1: the district ballot's, without a list tier).
func (c *counter) notEvaluated(t *Totals, list int) []string {
	var out []string
	if t.Precincts == 0 && t.Protocols > 0 {
		// Protocols counted, no precinct known: a totals-only count of
		// files whose definition lists none takes no precinct from them.
		out = append(out, "precincts")
	}
	protocols := [2]int{c.t.List.Nation.Protocols, c.t.Okrug.Nation.Protocols}
	lacks := func(b int, lines ...election.Line) bool { return protocols[b] == 0 || c.lack.lacks(b, lines...) }
	if lacks(list, election.Voters) {
		out = append(out, "voters")
	}
	if protocols[list] == 0 || c.participantsLack(list) {
		out = append(out, "participants")
	}
	if lacks(list, election.Valid) {
		t.Valid = 0
		out = append(out, "valid")
	}
	if lacks(list, election.Invalid) {
		t.Invalid = 0
		out = append(out, "invalid")
	}
	if c.againstAllLacks(list) {
		// A sum without the protocols that do not give them is no
		// count of the votes against all: never a 0 that reads as one.
		t.AgainstAll = 0
		out = append(out, "against_all")
	}
	if t.Turnout == "" {
		out = append(out, "turnout")
	}
	if c.r.NoListTier() || list == 0 && (c.baseOpen() || c.baseNotGiven() || len(c.baseNegative) > 0 || len(c.baseMissing) > 0) {
		// (no list tier: there is no threshold, and no base)
		t.ThresholdBase = 0
		out = append(out, "threshold_base")
	}
	if lacks(1, election.Voters) {
		out = append(out, "okrug_voters")
	}
	if protocols[1] == 0 || c.participantsLack(1) {
		out = append(out, "okrug_participants")
	}
	return out
}

// baseNotGiven says that a line of the national threshold base is lacking
// though baseOpen does not say so: under a threshold of 0%, whose lines no
// protocol is asked for (baseLines), a protocol lacks a line of the
// turnout, or no protocol gives a line of the base.
func (c *counter) baseNotGiven() bool {
	for _, l := range c.r.baseLines(c.r.Threshold.Base) {
		if i := slices.Index(turnoutLines[:], l); i >= 0 && c.lack.turnout[0][i] > 0 {
			return true
		}
		if _, given := c.t.List.Nation.Lines[l]; !given {
			return true
		}
	}
	return false
}

// percent is 100*num/den rounded as the rule set says published
// percentages are; "" when den is 0.
func (c *counter) percent(num, den int64) string {
	s, _ := Percent(num, den, c.r.Display()) // the rules were validated before the count
	return s
}

// Percent is 100*num/den rounded to p.Decimals places with p.Rounding, the
// way a commission publishes it; "" when den is 0. Percent(222005, 1281622,
// kg2021's rules) is "17.32". Rules that p.Validate refuses (a negative
// number of decimals, an unknown rounding) are an error wrapping
// validate.ErrPublishedRules, never a number.
func Percent(num, den int64, p validate.PublishedRules) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	d, ok := p.Round(num, den)
	if !ok {
		return "", nil
	}
	return d.StringFixed(p.Decimals), nil
}

func (c *counter) lists() error {
	e, r, nation := c.e, c.r, &c.t.List.Nation
	if !r.List.byRegion() {
		if err := c.nationLots(); err != nil {
			return err
		}
	} else if err := c.checkConstituencies(); err != nil {
		// Checked before anything may stop the seats being given (a
		// base not evaluated): a rule set that does not fit the election
		// is an error whatever the figures.
		return err
	}
	// Seats given per constituency under a national threshold of 0%: a
	// negative figure is one region's, and the national verdict rests on
	// no base and on no list's votes but its others' (regionZero).
	regionZero := r.List.byRegion() && r.Threshold.Zero()
	base := c.res.Totals.ThresholdBase
	ids := make([]string, len(e.Parties))
	for i, p := range e.Parties {
		ids[i] = p.ID
	}

	var regional []threshold.RegionalVerdict
	if r.RegionalThreshold != nil {
		var regions []threshold.RegionCount
		regionsNoBase := map[string]bool{} // regions whose base, not needed under 0%, is not evaluated
		for _, reg := range e.Regions {
			rc := threshold.RegionCount{Region: reg.ID}
			t, ok := c.t.List.Regions[reg.ID]
			if ok && t.Protocols > 0 {
				// The votes are known whether or not the base is: a
				// region not reported keeps them (a partial sum where
				// protocols do not give them), never 0. Only what rests
				// on the base, the line and the verdict, is not
				// evaluated.
				rc.Votes, rc.Missing = withoutNegative(t.Votes), c.lack.votesRegions[0][reg.ID]
			}
			if ok && t.Protocols > 0 && !c.lack.regions[reg.ID] {
				if neg := c.votesBase(r.RegionalThreshold.Base, election.ListBallot, ids, func(id string) bool {
					return c.negativeIn(reg.ID, id, t.Votes[id]) != ""
				}); len(neg) > 0 {
					// Not reported: its base is not evaluated (said below).
					if c.regionNegative == nil {
						c.regionNegative = map[string][]string{}
					}
					c.regionNegative[reg.ID] = neg
					regions = append(regions, rc)
					continue
				}
				// Votes the region's protocols do not give leave a base
				// of votes partial: the region is not reported (said
				// below), as the nation's base is not evaluated. A base
				// of lines rests on no vote: each list is then judged on
				// its own votes, a partial sum by CheckLower.
				missing := c.lack.votesRegions[0][reg.ID]
				short := c.votesBase(r.RegionalThreshold.Base, election.ListBallot, ids, func(id string) bool { return missing[id] > 0 })
				if len(short) > 0 && !r.RegionalThreshold.Zero() {
					if c.regionMissing == nil {
						c.regionMissing = map[string][]string{}
					}
					c.regionMissing[reg.ID] = short
					regions = append(regions, rc)
					continue
				}
				b, err := c.baseOf(r.RegionalThreshold.Base, t, election.ListBallot, ids)
				switch {
				case errors.Is(err, threshold.ErrMissingLine) && r.RegionalThreshold.Zero():
					b = 0 // 0% needs no base (baseLines)
					regionsNoBase[reg.ID] = true
				case err != nil:
					return fmt.Errorf("shailoo: regional base of %s: %w", reg.ID, err)
				}
				if len(short) > 0 { // 0% needs no base: a partial one is none
					b = 0
					regionsNoBase[reg.ID] = true
				}
				// A negative sum is not evaluated there (said below).
				rc.Reported, rc.Votes, rc.Base, rc.Missing = true, withoutNegative(t.Votes), b, missing
			}
			regions = append(regions, rc)
		}
		var err error
		if regional, err = c.memo.RegionalKinds(*r.RegionalThreshold, c.kinds(), ids, regions); err != nil {
			return fmt.Errorf("shailoo: regional threshold: %w", err)
		}
		for i := range regional {
			for j := range regional[i].Regions {
				v := &regional[i].Regions[j]
				if c.lack.regions[v.Scope] {
					v.Reason = "counted protocols of the region lack a line of the regional threshold base (finding " + string(validate.BaseLineMissing) + ")"
				} else if m := c.regionMissing[v.Scope]; len(m) > 0 {
					v.Reason = votesMissingShort("the regional base", m)
				} else if regionsNoBase[v.Scope] && v.Status != threshold.NotEvaluated {
					v.Reason = zeroPercentReason(r.RegionalThreshold.Base, *v)
				}
				if regionsNoBase[v.Scope] {
					v.BaseNotGiven = true // 0% needs none: its 0 is no figure
				}
				if neg := c.regionNegative[v.Scope]; len(neg) > 0 {
					v.Reason = votesBaseShort("the regional base", neg)
				}
				if t := c.t.List.Regions[v.Scope]; t != nil && t.Votes[v.Choice] < 0 {
					v.Votes, v.VotesNotGiven = t.Votes[v.Choice], false
					v.Reason = fmt.Sprintf("the list's votes in the region sum to %d, a negative number: counted protocols give negative figures (findings %s)", v.Votes, validate.Negative)
				}
			}
		}
		if len(e.Regions) == 0 {
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.no_regions_regional", nil))
		}
	}

	var entries []seats.Entry
	var aggregateLists []string            // aggregates past the threshold, each "ID (n votes)"
	var negative []string                  // lists whose votes protocols give as negative figures
	var regionalOpen, regionsOpen []string // lists seated though their regional threshold is not evaluated, and where
	var votesOpen []string                 // lists whose national threshold is not evaluated for votes not given
	var regionalWhy string                 // why, when no region lacks figures (fewer regions than the rule asks)
	baseNotGiven := slices.Contains(c.res.Totals.NotEvaluated, "threshold_base")
	for i, p := range e.Parties {
		l := List{ID: p.ID, Name: p.Name, NameKy: p.NameKy, NameRu: p.NameRu, Provenance: p.Provenance, Votes: nation.Votes[p.ID]}
		if _, given := nation.Votes[p.ID]; !given && nation.Protocols > 0 {
			l.VotesNotGiven = true // provisional by X229 (missingProtocols)
		}
		l.VotesMissing = c.lack.missingVotes("", p.ID)
		if l.VotesMissing == 0 { // a share of a partial sum is none: not shown
			l.Percent = c.percent(l.Votes, base)
		}
		if p.Blank {
			// The blank votes (Spain's votos en blanco): valid votes, in
			// every base, but no list: no threshold is checked for them,
			// and they take no seat, as "against all".
			l.Blank = true
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Votes: l.Votes, VotesNotGiven: l.VotesNotGiven} // base, needed, margin: null (no threshold)
			if why := c.negative(election.ListBallot, "", p.ID, l.Votes); why != "" {
				l.Percent = ""
				negative = append(negative, p.ID)
			}
			detail := fmt.Sprintf("blank votes: %d, valid votes in the threshold base; no list: no threshold, no seat", l.Votes)
			if l.VotesNotGiven {
				detail = "blank votes: not given by any counted protocol; no list: no threshold, no seat"
			}
			c.step(election.Step{Kind: "blank", Subject: p.ID, Value: strconv.FormatInt(l.Votes, 10), Detail: detail})
			c.res.Lists = append(c.res.Lists, l)
			continue
		}
		why := c.negative(election.ListBallot, "", p.ID, l.Votes)
		if why != "" && regionZero {
			// A threshold of 0% needs no base; the list's votes elsewhere
			// are a floor of its votes (a vote count is never below 0):
			// the regions of the negative figures are not apportioned
			// (constituencies), the others stand.
			v, err := c.zeroFloor(p.ID, l.Votes, base)
			if err != nil {
				return err
			}
			l.Percent, l.National = "", v
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: %d votes: %s: %s", l.Votes, v.Status, v.Reason)})
			negative = append(negative, p.ID)
			if v.Status == threshold.NotEvaluated && l.VotesMissing > 0 {
				// Only votes not given (X229) make it a list_threshold_not_evaluated;
				// the negative figures' constituencies, not apportioned, are
				// negative_votes' (P106).
				votesOpen = append(votesOpen, p.ID)
			}
		} else if why != "" {
			// Negative figures are no votes to judge: the list's threshold
			// is not evaluated, and P106 says where they are.
			l.Percent = ""
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Votes: l.Votes, Base: base, Status: threshold.NotEvaluated, Reason: why}
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: %d votes: %s: %s", l.Votes, threshold.NotEvaluated, why)})
			negative = append(negative, p.ID)
		} else if len(c.baseNegative) > 0 && !regionZero {
			l.Percent = ""
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Votes: l.Votes, Status: threshold.NotEvaluated, Reason: votesBaseShort("the base", c.baseNegative)}
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: %d votes: %s: %s", l.Votes, threshold.NotEvaluated, l.National.Reason)})
		} else if c.baseOpen() {
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Votes: l.Votes, Status: threshold.NotEvaluated, Reason: c.baseShort()}
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: %d votes: %s: %s", l.Votes, threshold.NotEvaluated, l.National.Reason)})
		} else if len(c.baseMissing) > 0 && !r.Threshold.Zero() {
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Votes: l.Votes, Status: threshold.NotEvaluated, VotesMissing: l.VotesMissing,
				Reason: votesMissingShort("the base", c.baseMissing)}
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: %d votes: %s: %s", l.Votes, threshold.NotEvaluated, l.National.Reason)})
		} else if l.VotesNotGiven {
			// No figure at all is no count of 0: not even a threshold of
			// 0% is passed on it.
			l.National = threshold.Verdict{Choice: p.ID, Scope: "nation", Status: threshold.NotEvaluated, VotesMissing: l.VotesMissing, VotesNotGiven: true,
				Reason: fmt.Sprintf("no counted protocol gives the list's votes (findings %s): not evaluated, never taken as 0", validate.MissingVotes)}
			c.step(election.Step{Kind: "threshold", Subject: p.ID,
				Detail: fmt.Sprintf("national: votes not given: %s: %s", threshold.NotEvaluated, l.National.Reason)})
			votesOpen = append(votesOpen, p.ID)
		} else {
			// A partial sum (protocols that do not give the list's votes)
			// passes only if it reaches the line without them.
			pr := r.Threshold.For(p.Kind)
			v, err := pr.CheckLower(p.ID, "nation", l.Votes, base, l.VotesMissing)
			if err != nil {
				return fmt.Errorf("shailoo: threshold of %s: %w", p.ID, err)
			}
			if pr.Percent.IsZero() && slices.Contains(c.res.Totals.NotEvaluated, "threshold_base") {
				v.Reason = zeroPercentReason(pr.Base, v)
			}
			l.National = v
			detail := fmt.Sprintf("national: %d votes, line %s of %d%s, needed %d: %s", v.Votes, v.Line, v.Base, heldTo(v.Kind, v.Percent), v.Needed, v.Status)
			if pr.Percent.IsZero() {
				of := "of any base"
				if v.Kind != "" {
					of += ", the threshold of " + v.Kind + " lists"
				}
				detail = fmt.Sprintf("national: %d votes, a threshold of 0%% (%s), needed %d: %s", v.Votes, of, v.Needed, v.Status)
			}
			step := election.Step{Kind: "threshold", Subject: p.ID, Value: fmt.Sprint(v.Margin), Detail: detail}
			if v.VotesMissing > 0 {
				step.Detail = fmt.Sprintf("national: %d votes without %d protocols that do not give them: %s: %s", v.Votes, v.VotesMissing, v.Status, v.Reason)
				if v.Status == threshold.NotEvaluated {
					step.Value = ""
					votesOpen = append(votesOpen, p.ID)
				}
			}
			c.step(step)
		}
		// A base not evaluated and votes no protocol gives are no
		// figures: null in the verdict's JSON, as in the totals'.
		l.National.BaseNotGiven, l.National.VotesNotGiven = baseNotGiven, l.VotesNotGiven
		if pr := r.Threshold.For(p.Kind); pr.Kind() != "" {
			// Every verdict, evaluated or not, says which threshold
			// the list is held to.
			l.National.Kind, l.National.Percent = pr.Kind(), pr.Percent.String()
		} else if p.Kind != "" {
			// A kind the law of this rule set does not treat apart, or
			// a kind misspelt: said, never in silence.
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.kind_not_named", words.Args{"party": p.Name, "kind": p.Kind, "percent": r.Threshold.Percent.String()}))
		}
		l.Qualified = l.National.Status == threshold.Passed
		if regional != nil {
			rv := regional[i]
			l.Regional = &rv
			if pp := e.ProtocolProvenance; pp != "" && pp != p.Provenance {
				l.RegionalProvenance = pp
			}
			switch rv.Status {
			case threshold.Failed:
				l.Qualified = false
			case threshold.NotEvaluated:
				if l.Qualified {
					key := "note.regional_open"
					switch {
					case len(rv.NotEvaluated) > 0:
					case len(c.e.Regions) == 0 || rv.Reason == "":
						key = "note.regional_open_no_regions"
					default:
						// Regions given, but fewer than the rule's
						// in_at_least: the verdict says why.
						key = "note.regional_open_reason"
						if regionalWhy == "" {
							regionalWhy = rv.Reason
						}
					}
					c.res.Notes = append(c.res.Notes, words.Say("en", key, words.Args{"party": p.Name, "regions": strings.Join(rv.NotEvaluated, ", "), "reason": rv.Reason}))
					regionalOpen = append(regionalOpen, p.ID)
					for _, reg := range rv.NotEvaluated {
						if !slices.Contains(regionsOpen, reg) {
							regionsOpen = append(regionsOpen, reg)
						}
					}
				}
			}
			c.step(regionalStep(p.ID, rv, r.RegionalThreshold.InAtLeast))
		}
		l.Aggregate = p.Aggregate
		if l.Qualified && p.Aggregate {
			// Its votes may be one list's or many's: whether a list
			// passed cannot be known, nor the seats of the others.
			aggregateLists = append(aggregateLists, fmt.Sprintf("%s (%d votes)", p.ID, l.Votes))
		}
		if l.Qualified {
			entries = append(entries, seats.Entry{ID: p.ID, Votes: l.Votes, Registration: i + 1, BallotNo: p.BallotNo})
		}
		c.res.Lists = append(c.res.Lists, l)
	}

	if len(regionalOpen) > 0 {
		c.regionalProvisional(regionalOpen, regionsOpen, regionalWhy)
	}
	for _, id := range c.baseNegative {
		if !slices.Contains(negative, id) { // "against all", on the base alone
			negative = append(negative, id)
		}
	}
	if len(negative) > 0 {
		affects := []string{"list"}
		if regionZero {
			// Only the constituencies of the negative figures rest on
			// them: their seats are not apportioned (constituencies).
			affects = c.negativeConstituencies(negative)
		}
		c.negativeProvisional(negative, affects)
	}
	if len(c.baseNegative) > 0 && !regionZero {
		// No threshold is evaluated: no seat is apportioned on them.
		return nil
	}
	if c.baseOpen() {
		c.baseProvisional()
		return nil
	}
	if len(c.baseMissing) > 0 && !r.Threshold.Zero() {
		c.baseMissingProvisional()
		return nil
	}
	if len(votesOpen) > 0 {
		c.thresholdOpenProvisional(votesOpen)
	}
	if len(aggregateLists) > 0 {
		c.aggregateListProvisional(aggregateLists)
		return nil
	}

	if r.List.compensates() {
		// Apportioned once the okrugs are decided (Count).
		c.compensating = &entries
		return nil
	}
	if r.List.byRegion() {
		won, err := c.constituencies(entries)
		if err != nil {
			return err
		}
		return c.seatLists(won)
	}
	limits, err := c.limits(entries, "")
	if err != nil {
		return err
	}
	alloc, err := decide(c, "list", func(lots []string) (seats.Result, error) {
		opts := r.List.apportion(r.Seats.List)
		opts.Lots = lots
		return seats.Apportion(entries, opts)
	}, func(a seats.Result) []seats.Tie { return a.Ties })
	if err != nil {
		return fmt.Errorf("shailoo: list seats: %w", err)
	}
	c.step(alloc.Steps...)
	if alloc.Unfilled > 0 {
		// The note says how many; the reason says why.
		reason, why := strings.TrimPrefix(alloc.Reason, fmt.Sprintf("%d seat(s) unfilled: ", alloc.Unfilled)), ""
		switch {
		case len(entries) == 0 && len(votesOpen) > 0:
			// A threshold not evaluated was not failed: say why it
			// could not be, never that no list passed it.
			reason, why = "the threshold could not be evaluated ("+openThresholdReasons(c.res.Lists)+")", "threshold_not_evaluated"
		case len(entries) == 0 && len(c.res.Lists) > 0:
			// Lists with votes, none past the threshold: not "no list
			// with votes".
			reason, why = "no list passed the threshold", "threshold"
			if tied, votes, base := c.tiedAtHalf(); len(tied) > 1 {
				// A majority ("more than 50%") that two lists tie for at
				// exactly half: none has it, and that is a tie, said as
				// one, never as lists that merely fell short.
				reason, why = fmt.Sprintf("no list passed the threshold: %s tie at exactly half of the base, %d of %d votes each, and the threshold asks for more than half: a tie, which no list wins; what it gives (in a referendum, most often the proposal fails) is for the law to say", strings.Join(tied, " and "), votes, base), "threshold_tie"
			}
		case strings.HasSuffix(reason, "no list with votes to take them"):
			why = "no_list_with_votes"
		case strings.Contains(reason, "holds the cap"):
			// The lists Apportion is given are those past the threshold.
			reason, why = strings.Replace(reason, "every list with votes", "every list that passed the threshold", 1), "cap"
		}
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.list_seats_unfilled", words.Args{"n": strconv.Itoa(alloc.Unfilled), "reason": reason}))
		c.res.Seats.ListUnfilled, c.res.Seats.ListUnfilledWhy = alloc.Unfilled, why
	}
	won := map[string]int{}
	for _, s := range alloc.Seats {
		won[s.ID] = s.Seats
	}
	c.exhaust(entries, limits, func(id string) int { return won[id] }, alloc.Steps, "")
	c.sayExhausted()
	if alloc.Tie == nil {
		held := make([]int, len(entries))
		for i, en := range entries {
			held[i] = won[en.ID]
		}
		if p, ok := seats.PriceOf(entries, held, r.List.apportion(r.Seats.List)); ok {
			c.res.ListPrice = &p
		}
	}
	return c.seatLists(won)
}

// seatLists gives each list the seats it won (by ID) and seats its
// candidates.
func (c *counter) seatLists(won map[string]int) error {
	for i := range c.res.Lists {
		l := &c.res.Lists[i]
		l.Seats = won[l.ID]
		l.Vacant = c.vacantOf(l.ID)
		if l.Seats == 0 {
			continue
		}
		if err := c.fill(l, &c.e.Parties[i]); err != nil {
			return err
		}
	}
	return nil
}

// checkConstituencies refuses, before any seat is given, regions of the
// election without seats in list.seats_by_region and seats of a region
// the election lacks (its own, or those learnt from the files' rows).
func (c *counter) checkConstituencies() error {
	bad := func(format string, a ...any) error {
		return &RulesError{Field: "list.seats_by_region", Err: fmt.Errorf(format, a...)}
	}
	if len(c.e.Regions) == 0 {
		return &RulesError{Field: "list.constituency", Err: fmt.Errorf("%q apportions the list seats per region, but the count has no regions: give a definition that lists them, or, without one, map the files' region cells (a totals-only count does not learn them from the cells)", ConstituencyRegion)}
	}
	ids := make([]string, len(c.e.Regions))
	for i, reg := range c.e.Regions {
		ids[i] = reg.ID
	}
	for _, id := range ids {
		if _, ok := c.r.List.SeatsByRegion[id]; !ok {
			return bad("region %q of the election has no seats here (the election's regions: %s)", id, clip(ids, 20))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(c.r.List.SeatsByRegion)) {
		if !slices.Contains(ids, id) {
			return bad("region %q is not a region of the election (its regions: %s)", id, clip(ids, 20))
		}
	}
	for _, ctx := range slices.Sorted(maps.Keys(c.o.Lots)) {
		// Lots of a region learnt from the files are checked here, once
		// the regions are known: a lot that settles nothing is an error.
		if region, ok := strings.CutPrefix(ctx, "list@"); ok && !slices.Contains(ids, region) {
			return &LotsError{Context: ctx, Index: -1, Err: fmt.Errorf("unknown region %q in context %q (region IDs: %s)", region, ctx, clip(ids, 20))}
		}
		if ctx == "list" {
			return &LotsError{Context: ctx, Index: -1, Err: fmt.Errorf("the list seats are apportioned per constituency (list.constituency %q): a tie is a constituency's, \"list@<region ID>\"", ConstituencyRegion)}
		}
	}
	return nil
}

// nationLots refuses lots of a constituency's context when the list seats
// are apportioned in the nation: they would settle nothing.
func (c *counter) nationLots() error {
	for _, ctx := range slices.Sorted(maps.Keys(c.o.Lots)) {
		if strings.HasPrefix(ctx, "list@") {
			return &LotsError{Context: ctx, Index: -1, Err: errors.New(`the list seats are apportioned in the nation (list.constituency left out): a tie is the nation's, "list"`)}
		}
	}
	return nil
}

// constituencyThreshold judges the lists of entries under
// list.constituency_threshold on region's figures t: a verdict per entry,
// nil without that threshold; or why the constituency is not evaluated
// (its base not all there: a line lacking, or the votes of a list it
// sums not given or negative).
func (c *counter) constituencyThreshold(region string, t *tally.Totals, entries []seats.Entry) ([]*threshold.Verdict, string, error) {
	ct := c.r.List.ConstituencyThreshold
	if ct == nil {
		return nil, "", nil
	}
	ids := c.partyIDs()
	var base int64
	if !ct.Zero() { // 0% of any base is 0 votes: no base needed
		if c.lack.constituencies[region] {
			return nil, fmt.Sprintf("counted protocols of the region lack a line of the constituency threshold's base %s (findings %s)", ct.Base, validate.BaseLineMissing), nil
		}
		if short := c.votesBase(ct.Base, election.ListBallot, ids, func(id string) bool { return c.lack.votesRegions[0][region][id] > 0 }); len(short) > 0 {
			return nil, votesMissingShort("the constituency threshold's base", short), nil
		}
		if neg := c.votesBase(ct.Base, election.ListBallot, ids, func(id string) bool { return c.negativeIn(region, id, t.Votes[id]) != "" }); len(neg) > 0 {
			return nil, votesBaseShort("the constituency threshold's base", neg), nil
		}
		var err error
		if base, err = c.baseOf(ct.Base, t, election.ListBallot, ids); errors.Is(err, threshold.ErrMissingLine) {
			return nil, fmt.Sprintf("the region's protocols do not give the constituency threshold's base %s: %v", ct.Base, err), nil
		} else if err != nil {
			return nil, "", fmt.Errorf("shailoo: constituency threshold base of %s: %w", region, err)
		}
	}
	out := make([]*threshold.Verdict, len(entries))
	for i, en := range entries {
		v, err := ct.For(c.kinds()[en.ID]).Check(en.ID, region, en.Votes, base)
		if err != nil {
			return nil, "", fmt.Errorf("shailoo: constituency threshold of %s in %s: %w", en.ID, region, err)
		}
		out[i] = &v
		c.step(election.Step{Kind: "constituency_threshold", Subject: en.ID, Value: fmt.Sprint(v.Margin),
			Detail: fmt.Sprintf("constituency %s: %d votes, line %s of %d%s, needed %d: %s", region, v.Votes, v.Line, v.Base, heldTo(v.Kind, v.Percent), v.Needed, v.Status)})
	}
	return out, "", nil
}

// constituencies apportions the list seats in each region (Saeima
// Election Law, art. 38: the seats of each constituency among the lists
// that passed the national threshold, on the votes cast there), entries
// being the lists that passed. It returns the seats each list won, summed
// over the constituencies. A constituency whose votes are not all there
// is not apportioned: its seats are neither given nor unfilled, and the
// Result says so (UnevaluatedConstituency).
func (c *counter) constituencies(entries []seats.Entry) (map[string]int, error) {
	if err := c.checkConstituencies(); err != nil {
		return nil, err
	}
	// The lists whose national verdict is not evaluated may yet take part
	// (a list at 0 votes but for a negative figure, under "more than 0%"):
	// the constituency of a negative figure of theirs rests on it whatever
	// the verdict, and is not apportioned, as for a list that passed.
	var undecided []string
	for i := range c.res.Lists {
		l := &c.res.Lists[i]
		if !l.Blank && !l.Qualified && l.National.Status == threshold.NotEvaluated && (l.Regional == nil || l.Regional.Status != threshold.Failed) {
			undecided = append(undecided, l.ID)
		}
	}
	won := map[string]int{}
	var open, whys, compOpen, compOkrugs []string
	unfilled, why := 0, ""
	for _, reg := range c.e.Regions {
		n := c.r.List.SeatsByRegion[reg.ID]
		k := Constituency{Region: reg.ID, Name: reg.Name, Seats: n, Lists: []ConstituencyList{}}
		if reg.Name == reg.ID {
			k.Name = ""
		}
		t := c.t.List.Regions[reg.ID]
		sub := make([]seats.Entry, len(entries))
		for i, en := range entries {
			sub[i] = en
			sub[i].Votes = 0
			if t != nil {
				sub[i].Votes = t.Votes[en.ID]
			}
		}
		var short, neg []string
		for _, en := range sub {
			if c.lack.votesRegions[0][reg.ID][en.ID] > 0 {
				short = append(short, en.ID)
			} else if w := c.negativeIn(reg.ID, en.ID, en.Votes); w != "" {
				neg = append(neg, w)
			}
		}
		for _, id := range undecided {
			if t == nil {
				break
			}
			if w := c.negativeIn(reg.ID, id, t.Votes[id]); w != "" {
				neg = append(neg, w)
			}
		}
		switch {
		case t == nil || t.Protocols == 0:
			k.NotEvaluated = "no counted list protocol of the region"
		case len(short) > 0:
			k.NotEvaluated = fmt.Sprintf("counted protocols of the region do not give the votes of %s (findings %s): a partial sum is not the votes", strings.Join(short, ", "), validate.MissingVotes)
		case len(neg) > 0:
			k.NotEvaluated = strings.Join(neg, "; ") + " (findings " + string(validate.Negative) + ")"
		}
		if k.NotEvaluated == "" && c.r.List.compensates() {
			var err error
			if k.NotEvaluated, err = c.compensation(reg, &k, sub); err != nil {
				return nil, err
			}
		}
		var verdicts []*threshold.Verdict // per entry, under list.constituency_threshold
		if k.NotEvaluated == "" {
			var err error
			if verdicts, k.NotEvaluated, err = c.constituencyThreshold(reg.ID, t, sub); err != nil {
				return nil, err
			}
		}
		if k.NotEvaluated != "" {
			c.step(election.Step{Kind: "constituency", Subject: reg.ID, Seats: n,
				Detail: fmt.Sprintf("constituency %s: %d seats: %s: %s", reg.ID, n, threshold.NotEvaluated, k.NotEvaluated)})
			if k.OkrugsNotDecided != nil {
				// Its list seats wait for its okrugs (list.compensate).
				compOpen, compOkrugs = append(compOpen, reg.ID), append(compOkrugs, k.OkrugsNotDecided...)
			} else if !k.OkrugsUnknown { // (compensationUnknown says it)
				open, whys = append(open, reg.ID), append(whys, reg.ID+": "+k.NotEvaluated)
			}
			for _, en := range sub {
				given := false
				if t != nil {
					_, given = t.Votes[en.ID]
				}
				k.Lists = append(k.Lists, ConstituencyList{ID: en.ID, Votes: en.Votes, VotesNotGiven: !given})
			}
			c.res.Constituencies = append(c.res.Constituencies, k)
			continue
		}
		// The lists past the constituency's own threshold, if any, take part.
		part := sub
		if verdicts != nil {
			part = nil
			for i, en := range sub {
				if verdicts[i].Status == threshold.Passed {
					part = append(part, en)
				}
			}
		}
		c.step(election.Step{Kind: "constituency", Subject: reg.ID, Seats: n,
			Detail: fmt.Sprintf("constituency %s: %d seats among the %d lists that passed the thresholds, on their votes in the region", reg.ID, n, len(part))})
		opts := c.r.List.apportion(n)
		limits, err := c.limits(part, reg.ID)
		if err != nil {
			return nil, err
		}
		alloc, err := decide(c, "list@"+reg.ID, func(lots []string) (seats.Result, error) {
			o := opts
			o.Lots = lots
			return seats.Apportion(part, o)
		}, func(a seats.Result) []seats.Tie { return a.Ties })
		if err != nil {
			return nil, fmt.Errorf("shailoo: list seats of constituency %s: %w", reg.ID, err)
		}
		for i := range alloc.Steps {
			if alloc.Steps[i].Subject == "" {
				alloc.Steps[i].Subject = reg.ID
			}
		}
		c.step(alloc.Steps...)
		held := make([]int, len(part))
		got := map[string]int{}
		for i, s := range alloc.Seats {
			held[i] = s.Seats
			won[s.ID] += s.Seats
			got[s.ID] = s.Seats
		}
		vacant := c.exhaust(part, limits, func(id string) int { return got[id] }, alloc.Steps, reg.ID)
		for i, en := range sub {
			cl := ConstituencyList{ID: en.ID, Votes: en.Votes, Seats: got[en.ID], OkrugSeats: en.Held, Vacant: vacant[en.ID]}
			cl.Exhausted = slices.ContainsFunc(c.exhausted, func(x exhaustion) bool { return x.party == en.ID && x.region == reg.ID })
			if verdicts != nil {
				cl.Threshold = verdicts[i]
			}
			k.Lists = append(k.Lists, cl)
		}
		if alloc.Tie == nil {
			if p, ok := seats.PriceOf(part, held, opts); ok {
				k.Price = &p
			}
		}
		if alloc.Unfilled > 0 {
			k.Unfilled = alloc.Unfilled
			unfilled += alloc.Unfilled
			if len(part) == 0 {
				why = "threshold"
			} else if why == "" {
				why = "no_list_with_votes"
			}
		}
		c.res.Constituencies = append(c.res.Constituencies, k)
	}
	c.sayExhausted()
	if unfilled > 0 {
		reason := "no list passed the threshold"
		if why != "threshold" {
			reason = "no list that passed the threshold has votes in a constituency"
		}
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.list_seats_unfilled", words.Args{"n": strconv.Itoa(unfilled), "reason": reason}))
		c.res.Seats.ListUnfilled, c.res.Seats.ListUnfilledWhy = unfilled, why
	}
	if len(compOpen) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedCompensationOpen, Scope: compOkrugs, Count: len(compOkrugs), Affects: prefixed("list@", compOpen),
			Reason: fmt.Sprintf("%d okrugs are not decided (%s): the list seats of their constituencies, which compensate for the okrug seats, were not apportioned, neither given nor unfilled", len(compOkrugs), strings.Join(compOkrugs, ", "))})
	}
	if len(open) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedConstituency, Scope: open, Count: len(open), Affects: prefixed("list@", open),
			Reason: fmt.Sprintf("%d constituencies were not apportioned, their seats neither given nor unfilled: %s", len(open), strings.Join(whys, "; "))})
	}
	return won, nil
}

// namedOnly says whether a list's candidates are given by name alone: no
// list position and no sex for any of them.
func namedOnly(cs []election.Candidate) bool {
	for _, c := range cs {
		if c.Position != 0 || c.Sex != "" {
			return false
		}
	}
	return true
}

// withoutNegative returns votes without its negative figures: a copy when
// it has any, votes itself otherwise.
func withoutNegative(votes map[string]int64) map[string]int64 {
	var out map[string]int64
	for id, v := range votes {
		if v >= 0 {
			continue
		}
		if out == nil {
			out = maps.Clone(votes)
		}
		delete(out, id)
	}
	if out == nil {
		return votes
	}
	return out
}

// tiedAtHalf returns the names of the lists that a national threshold of
// "more than 50%" failed with exactly half of its base each (votes of
// base), two at least, or none: a tie for a majority (a referendum's two
// answers at 50.00%), which no list wins.
func (c *counter) tiedAtHalf() (names []string, votes, base int64) {
	t := c.r.Threshold
	if t.Comparison != threshold.MoreThan || !t.Percent.Equal(decimal.NewFromInt(50)) {
		return nil, 0, 0
	}
	for _, l := range c.res.Lists {
		v := l.National
		if l.Blank || v.Status != threshold.Failed || v.VotesMissing > 0 || v.Base <= 0 || v.Base%2 != 0 || v.Votes != v.Base/2 {
			continue
		}
		names = append(names, cmp.Or(l.Name, l.ID))
		votes, base = v.Votes, v.Base
	}
	return names, votes, base
}

// negative says why the votes of choice id on ballot b are not evaluated:
// their sum is negative, or a counted protocol gives a negative figure of
// them (finding P106, which says where); "" when neither. For the okrug
// ballot, okrug names the okrug whose votes are meant: only its own
// protocols count, since the IDs of its choices may be those of another
// okrug's (a party's candidate in each district).
func (c *counter) negative(b election.BallotKind, okrug, id string, sum int64) string {
	if sum < 0 {
		return fmt.Sprintf("the votes of %s sum to %d, a negative number: counted protocols give negative figures (findings %s)", id, sum, validate.Negative)
	}
	if c.negatives == nil {
		c.negatives = map[string]string{}
		var okrugOf map[string]string // precinct ID → its okrug
		for _, f := range c.res.Findings.Findings {
			if f.Code != validate.Negative || f.Place.Choice == "" {
				continue
			}
			in := ""
			if f.Place.Ballot == election.OkrugBallot {
				if okrugOf == nil {
					okrugOf = make(map[string]string, len(c.e.Precincts))
					for _, p := range c.e.Precincts {
						okrugOf[p.ID] = p.Okrug
					}
				}
				in = okrugOf[f.Place.Precinct]
			}
			if k := negativeKey(f.Place.Ballot, in, f.Place.Choice); c.negatives[k] == "" {
				c.negatives[k] = cmp.Or(f.Place.Precinct, "not named")
			}
		}
	}
	precinct := c.negatives[negativeKey(b, okrug, id)]
	if precinct == "" && b == election.OkrugBallot {
		// A protocol of a precinct in no okrug the definition names:
		// where it counts is not known, so it counts everywhere.
		precinct = c.negatives[negativeKey(b, "", id)]
	}
	if precinct != "" {
		return fmt.Sprintf("a counted protocol gives a negative figure of the votes of %s (finding %s, precinct %s): they are not evaluated", id, validate.Negative, precinct)
	}
	return ""
}

// zeroFloor is the verdict of list id, whose votes (sum) counted
// protocols give as negative figures, under a national threshold of 0%
// when the seats are given per constituency: 0% of any base is 0 votes,
// so the base is not needed, and the list's votes in the regions without
// negative figures are a floor of its votes. The threshold is passed if
// the floor passes it (always, "at least" 0%), else not evaluated.
func (c *counter) zeroFloor(id string, sum, base int64) (threshold.Verdict, error) {
	regions, floor, err := c.negativeRegions(id)
	if err != nil {
		return threshold.Verdict{}, err
	}
	v, err := c.r.Threshold.Check(id, "nation", floor, base)
	if err != nil {
		return threshold.Verdict{}, fmt.Errorf("shailoo: threshold of %s: %w", id, err)
	}
	where := "regions " + strings.Join(regions, ", ")
	if len(regions) == 0 {
		where = "no defined region"
	}
	if v.Status == threshold.Passed {
		v.Reason = fmt.Sprintf("a threshold of 0%% needs no base: %d votes needed, %d got without the votes of %s, which counted protocols give as negative figures (findings %s): the pass holds whatever they are", v.Needed, floor, where, validate.Negative)
	} else {
		// Needed and Margin left 0, null in the JSON: the votes are not
		// known, and the line's figure is in the reason alone.
		v = threshold.Verdict{Choice: id, Scope: "nation", Base: base, Status: threshold.NotEvaluated,
			Reason: fmt.Sprintf("%d votes needed, %d got without the votes of %s, which counted protocols give as negative figures (findings %s): they may reach it", v.Needed, floor, where, validate.Negative)}
	}
	v.Votes = sum // the margin is the floor's
	return v, nil
}

// negativeRegions returns the regions where counted protocols give a
// negative figure of the votes of list id (or where they sum below 0),
// and the list's votes in the other regions.
func (c *counter) negativeRegions(id string) (regions []string, rest int64, err error) {
	for _, reg := range c.e.Regions {
		t := c.t.List.Regions[reg.ID]
		if t == nil {
			continue
		}
		if c.negativeIn(reg.ID, id, t.Votes[id]) != "" {
			regions = append(regions, reg.ID)
		} else if rest, err = exact.Add(rest, t.Votes[id]); err != nil {
			return nil, 0, fmt.Errorf("shailoo: votes of %s: %w", id, err)
		}
	}
	return regions, rest, nil
}

// negativeConstituencies returns the seat contexts ("list@<region>") of
// the regions where counted protocols give negative figures of the votes
// of ids; "list", every list seat, when such a figure is in no region.
func (c *counter) negativeConstituencies(ids []string) []string {
	var out []string
	for _, id := range ids {
		regions, _, _ := c.negativeRegions(id)
		if len(regions) == 0 {
			return []string{"list"}
		}
		for _, reg := range regions {
			if !slices.Contains(out, "list@"+reg) {
				out = append(out, "list@"+reg)
			}
		}
	}
	return out
}

// negativeKey is the key of counter.negatives for choice id on ballot b:
// on the okrug ballot, in okrug.
func negativeKey(b election.BallotKind, okrug, id string) string {
	if b == election.OkrugBallot {
		return string(b) + "/" + okrug + "/" + id
	}
	return string(b) + "/" + id
}

// negativeIn says why the votes of list id in region are not evaluated,
// as negative says it nationally: their sum there is negative, or a
// counted protocol of the region gives a negative figure of them.
func (c *counter) negativeIn(region, id string, sum int64) string {
	if sum < 0 {
		return fmt.Sprintf("the votes of %s in region %s sum to %d", id, region, sum)
	}
	if c.precinctRegion == nil {
		c.precinctRegion = make(map[string]string, len(c.e.Precincts))
		for _, p := range c.e.Precincts {
			c.precinctRegion[p.ID] = p.Region
		}
	}
	for _, f := range c.res.Findings.Findings {
		if f.Code == validate.Negative && f.Place.Ballot == election.ListBallot && f.Place.Choice == id && c.precinctRegion[f.Place.Precinct] == region {
			return fmt.Sprintf("a counted protocol of region %s gives a negative figure of the votes of %s (finding %s, precinct %s)", region, id, validate.Negative, f.Place.Precinct)
		}
	}
	return ""
}

// negativeOkrug returns the choices of okrug id (its candidates, and
// "against all") whose votes are not evaluated for negative figures, and
// why.
func (c *counter) negativeOkrug(id string, cands []seats.OkrugCandidate, votes map[string]int64) ([]string, string) {
	var ids, whys []string
	for _, cd := range append(slices.Clip(cands), seats.OkrugCandidate{ID: election.AgainstAll, Votes: votes[election.AgainstAll]}) {
		if why := c.negative(election.OkrugBallot, id, cd.ID, cd.Votes); why != "" {
			ids, whys = append(ids, cd.ID), append(whys, why)
		}
	}
	return ids, strings.Join(whys, "; ")
}

// decide runs f with the lots given for the tie context ctx, and records
// in the Result every tie f met (ties(res)), settled or not: a tie still
// awaiting lots is not an error.
//
// When f reports a tie that only lots can settle, no lots were given and
// the options carry a public seed, the lots are drawn from it with
// seats.DrawLots(seed + "/" + ctx, tied) and f runs again; tied is every
// ID of the tied sets met so far, since a second tie (the other seats of a
// list after its women's quota) may follow the first. DrawLots orders each
// ID by its own digest, so a larger draw never reorders the IDs of a
// smaller one. The transcript records the draw, and each tie it settled
// says so (SettledBy "lot_seed", with its Seed).
func decide[T any](c *counter, ctx string, f func(lots []string) (T, error), ties func(T) []seats.Tie) (T, error) {
	lots := c.o.Lots[ctx]
	res, err := f(lots)
	var tieErr *seats.TieError
	seed := ""
	if lots == nil && c.o.LotSeed != "" {
		seed = c.o.LotSeed + "/" + ctx
		var tied, drawn []string
		for errors.As(err, &tieErr) {
			n := len(tied)
			for _, id := range tieErr.Tie.Tied {
				if !slices.Contains(tied, id) {
					tied = append(tied, id)
				}
			}
			if len(tied) == n {
				break
			}
			drawn = seats.DrawLots(seed, tied)
			res, err = f(drawn)
		}
		if drawn != nil {
			c.step(election.Step{Kind: "lots_drawn", Subject: ctx, Value: strings.Join(drawn, " "),
				Detail: fmt.Sprintf("lots drawn from the public seed %q: seats.DrawLots(%q, tied)", c.o.LotSeed, seed)})
		}
	}
	if err != nil && !errors.As(err, &tieErr) {
		return res, err
	}
	for _, t := range ties(res) {
		c.tie(ctx, t, seed)
	}
	return res, nil
}

// tie records t, met in context ctx; seed, when not "", is the seed the
// lots of ctx were drawn from.
func (c *counter) tie(ctx string, t seats.Tie, seed string) {
	rt := Tie{Context: ctx, Stage: t.Context, Tied: t.Tied, Seats: t.Seats, Value: t.Value,
		SettledBy: t.SettledBy, Order: t.Order, Winners: t.Winners, Names: c.tieNames(ctx, t.Tied)}
	if seed != "" && t.SettledBy == string(seats.Lots) {
		rt.SettledBy, rt.Seed = SettledByLotSeed, seed
	}
	c.res.Ties = append(c.res.Ties, rt)
}

// tieNames returns the names the definition gives the tied of a tie met
// in context ctx (the lists in "list", the candidates of the list in
// "list/<party>", of the okrug in "okrug/<id>"), by ID, where a name is
// not the ID; nil when there is none.
func (c *counter) tieNames(ctx string, tied []string) map[string]string {
	var names map[string]string
	note := func(id, name string) {
		if name != "" && name != id && slices.Contains(tied, id) {
			if names == nil {
				names = map[string]string{}
			}
			names[id] = name
		}
	}
	scope, id, _ := strings.Cut(ctx, "/")
	switch {
	case scope == "list" && id == "" || strings.HasPrefix(scope, "list@"):
		for _, p := range c.e.Parties {
			note(p.ID, p.Name)
		}
	case scope == "list":
		for _, p := range c.e.Parties {
			if p.ID == id {
				for _, cd := range p.Candidates {
					note(cd.ID, cd.Name)
				}
			}
		}
	case scope == "okrug":
		for _, o := range c.e.Okrugs {
			if o.ID == id {
				for _, cd := range o.Candidates {
					note(cd.ID, cd.Name)
				}
			}
		}
	}
	return names
}

// fill seats the candidates of one list.
//
// A list whose candidates the definition does not give has still won its
// seats: they count as filled, by deputies "not given", never as unfilled
// (that is for a roster given and too short). So has a list whose
// candidates are named and nothing more, neither list position nor sex (a
// definition inferred from a mapping's preference columns): the seats go by
// them, and guessing them would seat someone the list did not.
func (c *counter) fill(l *List, p *election.Party) error {
	if len(p.Candidates) == 0 || namedOnly(p.Candidates) || c.r.List.byRegion() {
		l.DeputiesNotGiven = l.Seats - l.Vacant
		// The quota is the law's, whoever stood: it is stated even when the roster is not given.
		l.WomenRequired = seats.WomenRequired(l.Seats, c.r.List.candidates())
		what, key := "no candidates", "note.deputies_not_given"
		switch {
		case c.r.List.byRegion() && len(p.Candidates) == 0:
			// Said as the reports' deputies section says it (the
			// count names none by constituency), not as a second reason.
			key = "note.deputies_constituency_none"
		case len(p.Candidates) > 0 && c.r.List.byRegion():
			// A list's candidates stand per constituency, and the
			// definition gives one roster: seating it would name
			// deputies the list did not elect.
			what, key = "one roster of the list, while its candidates stand per constituency (list.constituency),", "note.deputies_constituency"
		case len(p.Candidates) > 0:
			what, key = "its candidates without their list positions or sex", "note.deputies_roster_not_given"
		}
		c.step(election.Step{Kind: "deputies_not_given", Subject: p.ID, Seats: l.Seats,
			Detail: fmt.Sprintf("the election's definition gives %s for %s: its %d seats are won, its deputies are not given", what, p.ID, l.Seats)})
		c.res.Notes = append(c.res.Notes, words.Say("en", key, words.Args{"party": p.Name, "n": strconv.Itoa(l.Seats)}))
		return nil
	}
	prefs := c.t.List.Nation.Preferences
	cands := make([]seats.ListCandidate, len(p.Candidates))
	var missing int
	for i, cd := range p.Candidates {
		// A figure no protocol gives is not zero votes: not evaluated.
		v, given := prefs[cd.ID]
		cands[i] = seats.ListCandidate{ID: cd.ID, Position: cd.Position, Sex: cd.Sex, Preferences: v, NoPreferences: !given}
		if !given {
			missing++
		}
	}
	if c.r.List.closed() && missing < len(cands) {
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.closed_preferences", words.Args{"party": p.Name, "given": strconv.Itoa(len(cands) - missing), "n": strconv.Itoa(len(cands))}))
	}
	ctx := "list/" + p.ID
	fr, err := decide(c, ctx, func(lots []string) (seats.ListResult, error) {
		return seats.FillList(p.ID, cands, l.Seats, c.r.List.candidates(), lots)
	}, func(r seats.ListResult) []seats.Tie { return r.Ties })
	if err != nil {
		return fmt.Errorf("shailoo: seats inside the list of %s: %w", p.ID, err)
	}
	c.step(fr.Steps...)
	l.WomenRequired = fr.WomenRequired
	if fr.NotEvaluated {
		l.PreferencesNotEvaluated = true
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.missing_preferences", words.Args{"party": p.Name, "missing": strconv.Itoa(missing), "n": strconv.Itoa(len(cands)), "rule": string(c.r.List.MissingPreferences)}))
	}
	byID := make(map[string]*election.Candidate, len(p.Candidates))
	for i := range p.Candidates {
		byID[p.Candidates[i].ID] = &p.Candidates[i]
	}
	for _, el := range fr.Elected {
		d := Deputy{Elected: el}
		if cd := byID[el.ID]; cd != nil {
			d.Name, d.Provenance = cd.Name, cd.Provenance
		}
		l.Deputies = append(l.Deputies, d)
	}
	if fr.Unfilled > 0 {
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.party_seats_unfilled", words.Args{"party": p.Name, "n": strconv.Itoa(fr.Unfilled), "reason": fr.Reason}))
	}
	c.womenShort(p, fr)
	return nil
}

// womenShort notes a list that won more women's seats than it has women:
// the quota is not met, and the seats it leaves go by preference votes.
func (c *counter) womenShort(p *election.Party, fr seats.ListResult) {
	women := 0
	for _, cd := range p.Candidates {
		if cd.Sex == election.Female {
			women++
		}
	}
	if women >= fr.WomenRequired {
		return
	}
	c.res.Notes = append(c.res.Notes, words.Say("en", "note.women_short", words.Args{"party": p.Name, "required": strconv.Itoa(fr.WomenRequired),
		"seats": strconv.Itoa(fr.Seats), "women": strconv.Itoa(women), "rest": strconv.Itoa(fr.WomenRequired - women)}))
}

func (c *counter) okrugs() error {
	if err := c.checkOkrugSeats(); err != nil {
		return err
	}
	per := max(c.r.Okrug.Seats, 1) // seats of each okrug
	switch n := len(c.e.Okrugs); {
	case c.r.Seats.OkrugEach:
	case len(c.r.Okrug.SeatsByOkrug) > 0: // checkOkrugSeats: they sum to seats.okrug
	case n > 0 && c.r.Seats.Okrug == 0:
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.no_okrug_seats", words.Args{"rules": c.r.ID, "n": strconv.Itoa(n)}))
		return nil
	case per == 1 && n != c.r.Seats.Okrug:
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.okrug_seats_differ", words.Args{"rules": c.r.ID, "seats": strconv.Itoa(c.r.Seats.Okrug), "n": strconv.Itoa(n)}))
	case per > 1 && n*per != c.r.Seats.Okrug:
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.district_seats_differ", words.Args{"rules": c.r.ID, "seats": strconv.Itoa(c.r.Seats.Okrug),
			"districts": strconv.Itoa(c.r.Seats.Okrug / per), "per": strconv.Itoa(per), "n": strconv.Itoa(n)}))
	}
	var unreported, undecidable, sexless, baseless, spreadless, negative, negativeOkrugs, aggregateLeads []string
	from := len(c.res.Steps) // the okrugs' steps
	for _, ok := range c.e.Okrugs {
		per := c.r.Okrug.SeatsOf(ok.ID)
		t := c.t.Okrug.Okrugs[ok.ID]
		o := Okrug{Name: ok.Name, Provenance: ok.Provenance}
		if t == nil || t.Protocols == 0 {
			// The what-if's premise (every precinct annulled: no result),
			// or nobody counted its votes: no winner, not "no votes".
			unfilled := func(outcome seats.Outcome, kind, one, many string) {
				o.OkrugResult = seats.OkrugResult{Okrug: ok.ID, Outcome: outcome, Steps: []election.Step{{Kind: kind, Subject: ok.ID, Detail: one}}}
				if per > 1 {
					o.Seats, o.Unfilled = per, per
					o.Steps[0].Detail = fmt.Sprintf(many, per)
				}
				c.step(o.Steps...)
				c.res.Okrugs = append(c.res.Okrugs, o)
			}
			if c.annulledOkrugs[ok.ID] {
				unfilled(seats.OutcomeAnnulled, "annulled",
					"the results of every precinct of the okrug are annulled: the okrug has no result and its seat is not filled",
					"the results of every precinct of the district are annulled: the district has no result and its %d seats are not filled")
				continue
			}
			unfilled(seats.OutcomeNotEvaluated, "not_evaluated",
				"no protocol of the okrug ballot: the okrug is not decided and its seat is not filled",
				"no protocol of the district ballot: the district is not decided and its %d seats are not filled")
			unreported = append(unreported, ok.ID)
			continue
		}
		votes := t.Votes
		// A figure summed without the protocols that lack one of its
		// lines is too small (and the percentages over it too large): it
		// is not evaluated, 0. The lines are said whether or not the
		// okrug can be decided: an okrug whose files give lines but no
		// votes still has its valid ballots and participants.
		if c.lack.okrugLacks(ok.ID, election.Valid) {
			o.NotEvaluated = append(o.NotEvaluated, "valid")
		} else {
			o.Valid = t.Lines[election.Valid]
		}
		if c.lack.okrugLacks(ok.ID, threshold.Participants.Lines()...) || c.outsideValid(election.OkrugBallot) && c.lack.missingVotes(ok.ID, election.AgainstAll) > 0 {
			o.NotEvaluated = append(o.NotEvaluated, "participants")
		} else {
			o.Participants = t.Lines[election.Valid] + t.Lines[election.Invalid]
			if c.outsideValid(election.OkrugBallot) {
				var err error
				if o.Participants, err = exact.Add(o.Participants, t.Votes[election.AgainstAll]); err != nil {
					return fmt.Errorf("shailoo: okrug %s: those who took part: %w", ok.ID, err)
				}
			}
		}
		if len(ok.Candidates) == 0 {
			// Protocols counted, but no candidate on the ballot: the
			// files give no votes for the okrug (a mapping of lines
			// alone), which is not "no votes".
			o.OkrugResult = seats.OkrugResult{Okrug: ok.ID, Outcome: seats.OutcomeNoCandidates, Steps: []election.Step{{
				Kind: "not_evaluated", Subject: ok.ID, Value: strconv.Itoa(t.Protocols),
				Detail: fmt.Sprintf("the okrug has no candidate: its %d counted protocols give no votes; the okrug is not decided and its seat is not filled", t.Protocols)}}}
			c.step(o.Steps...)
			c.res.Okrugs = append(c.res.Okrugs, o)
			c.noChoices = append(c.noChoices, "okrug/"+ok.ID)
			continue
		}
		if !slices.ContainsFunc(ok.Candidates, func(cd election.Candidate) bool { _, given := votes[cd.ID]; return given }) {
			// Candidates on the ballot, but no protocol gives the votes of
			// any (every cell empty: X229): not "no votes".
			o.OkrugResult = seats.OkrugResult{Okrug: ok.ID, Outcome: seats.OutcomeNoCandidates}
			for _, cd := range ok.Candidates { // on the ballot, their votes not given
				o.Steps = append(o.Steps, election.Step{Kind: "candidate", Subject: cd.ID, Detail: "votes not given"})
			}
			o.Steps = append(o.Steps, election.Step{Kind: "not_evaluated", Subject: ok.ID, Value: strconv.Itoa(t.Protocols),
				Detail: fmt.Sprintf("no counted protocol of the okrug gives a candidate's votes (its %d protocols leave them empty: X229): the okrug is not decided and its seat is not filled", t.Protocols)})
			if per > 1 {
				o.Seats, o.Unfilled = per, per
			}
			c.step(o.Steps...)
			c.res.Okrugs = append(c.res.Okrugs, o) // provisional by X229 (missingProtocols)
			continue
		}
		o.CandidateVotes = make(map[string]int64, len(ok.Candidates)+1)
		for _, cd := range ok.Candidates {
			if v, given := votes[cd.ID]; given {
				o.CandidateVotes[cd.ID] = v
			}
		}
		if v, given := votes[election.AgainstAll]; given && c.e.HasAgainstAll(election.OkrugBallot) {
			o.CandidateVotes[election.AgainstAll] = v
		}
		for _, cd := range ok.Candidates {
			if cd.Name != "" && cd.Name != cd.ID {
				if o.CandidateNames == nil {
					o.CandidateNames = map[string]string{}
				}
				o.CandidateNames[cd.ID] = cd.Name
			}
		}
		for _, cd := range ok.Candidates {
			if cd.Aggregate {
				o.Aggregates = append(o.Aggregates, cd.ID)
			}
			if cd.Blank {
				o.Blank = append(o.Blank, cd.ID)
			}
		}
		cands := make([]seats.OkrugCandidate, 0, len(ok.Candidates))
		names := map[string]string{}
		provs := map[string]election.Provenance{}
		for _, cd := range ok.Candidates {
			names[cd.ID], provs[cd.ID] = cd.Name, cd.Provenance
			if cd.Blank {
				// The blank votes: counted (CandidateVotes, P103), never a
				// candidate, out of a base of votes.
				continue
			}
			if c.annulled(cd.ID) {
				c.step(election.Step{Kind: "annulled", Subject: cd.ID, Value: strconv.FormatInt(votes[cd.ID], 10),
					Detail: fmt.Sprintf("the votes of %s (%d) are annulled: the candidate takes no part in the count of okrug %s", cd.ID, votes[cd.ID], ok.ID)})
				continue
			}
			cands = append(cands, seats.OkrugCandidate{ID: cd.ID, Registration: cd.Position, Votes: votes[cd.ID], Sex: cd.Sex})
		}
		if neg, why := c.negativeOkrug(ok.ID, cands, votes); len(neg) > 0 {
			// Not decided on negative votes; P106 says where they are.
			o.OkrugResult = seats.NotDecided(ok.ID, cands, votes[election.AgainstAll], election.Step{
				Kind: "not_evaluated", Subject: ok.ID, Value: strings.Join(neg, " "), Detail: why + "; the okrug is not decided and its seat is not filled"})
			o.Outcome = seats.OutcomeNegativeVotes
			if per > 1 {
				o.Seats, o.Unfilled = per, per
			}
			o.LeaderName = names[o.Leader]
			c.markMissing(ok.ID, votes, o.Steps)
			c.step(o.Steps...)
			c.res.Okrugs = append(c.res.Okrugs, o)
			negative = append(negative, neg...)
			negativeOkrugs = append(negativeOkrugs, "okrug/"+ok.ID)
			continue
		}
		if nosex := c.sexNotGiven(ok.ID, cands); len(nosex) > 0 {
			// Not decided, but the votes are known: every candidate's is
			// said (transcript, export tables, verify), as a decided
			// district's are.
			standing := seats.NotDecided(ok.ID, cands, votes[election.AgainstAll], election.Step{
				Kind: "not_evaluated", Subject: ok.ID, Value: strings.Join(nosex, " "),
				Detail: fmt.Sprintf("the sex of candidates %s is not given: the sex-balance rule cannot be applied, the district is not decided and its seats are not filled", strings.Join(nosex, ", "))})
			o.OkrugResult = seats.OkrugResult{Okrug: ok.ID, Outcome: seats.OutcomeSexNotGiven, AgainstAll: votes[election.AgainstAll], Seats: per, Unfilled: per, Steps: standing.Steps}
			c.markMissing(ok.ID, votes, o.Steps)
			c.step(o.Steps...)
			c.res.Okrugs = append(c.res.Okrugs, o)
			sexless = append(sexless, ok.ID)
			continue
		}
		ctx := "okrug/" + ok.ID
		majority := c.r.Okrug.Majority != nil && per == 1
		var candIDs []string
		for _, cd := range ok.Candidates {
			if !cd.Blank {
				candIDs = append(candIDs, cd.ID)
			}
		}
		if majority && (c.lack.okrugLacks(ok.ID, c.r.baseLines(c.r.Okrug.Majority.Base)...) ||
			len(c.votesBase(c.r.Okrug.Majority.Base, election.OkrugBallot, candIDs, func(id string) bool {
				return c.lack.missingVotes(ok.ID, id) > 0
			})) > 0) {
			// Not decided, but the votes are known: the standing is said.
			o.OkrugResult = seats.NotDecided(ok.ID, cands, votes[election.AgainstAll], election.Step{
				Kind: "not_evaluated", Subject: ok.ID, Value: string(c.r.Okrug.Majority.Base),
				Detail: fmt.Sprintf("the majority rule's base (%s) is not evaluated: protocols of the okrug ballot lack a line of it, or the votes of a choice it sums (findings %s); the okrug is not decided and its seat is not filled", c.r.Okrug.Majority.Base, validate.MissingVotes)})
			o.LeaderName = names[o.Leader]
			c.markMissing(ok.ID, votes, o.Steps)
			c.step(o.Steps...)
			c.res.Okrugs = append(c.res.Okrugs, o)
			baseless = append(baseless, ok.ID)
			continue
		}
		var base int64
		if majority {
			ids := make([]string, len(cands))
			for i, cd := range cands {
				ids[i] = cd.ID
			}
			var err error
			if base, err = c.baseOf(c.r.Okrug.Majority.Base, t, election.OkrugBallot, ids); err != nil {
				return fmt.Errorf("shailoo: okrug %s: %w", ok.ID, err)
			}
		}
		var ranked *irv.Result // the instant run-off of the last decision, if any
		run := func(lots []string) (seats.OkrugResult, error) {
			if cast, given := c.o.Ranked[ok.ID]; given && c.r.Okrug.Ranked != nil && per == 1 {
				res, r, err := c.instantRunoff(ok.ID, cands, votes[election.AgainstAll], cast, lots)
				ranked = r
				return res, err
			}
			if majority {
				return seats.Majority(ok.ID, cands, votes[election.AgainstAll], base, c.r.Okrug, lots)
			}
			r := c.r.Okrug.ForOkrug(ok.ID) // its seats and sex-balance rule
			r.VotesPerBallot = c.r.Protocol.VotesPerBallot(election.OkrugBallot)
			return seats.District(ok.ID, cands, votes[election.AgainstAll], r, lots)
		}
		isAggregate := func(id string) bool { return slices.Contains(o.Aggregates, id) }
		// An aggregate that would take a seat, or tie for one, leaves the
		// okrug not decided: its votes may be one person's or many's.
		// Checked on each decision, so that no lots are asked or drawn
		// for a tie of an aggregate.
		unlessAggregate := func(res seats.OkrugResult, err error) (seats.OkrugResult, error) {
			if len(o.Aggregates) == 0 {
				return res, err
			}
			var tieErr *seats.TieError
			if err != nil && !errors.As(err, &tieErr) {
				return res, err
			}
			nd, leads := seats.Aggregates(res, cands, votes[election.AgainstAll], isAggregate)
			if leads {
				if per > 1 {
					nd.Seats, nd.Unfilled = per, per
				}
				return nd, nil
			}
			return nd, err // (its runner-up no aggregate, its margin a bound where it is not known)
		}
		res, err := decide(c, ctx, func(lots []string) (seats.OkrugResult, error) {
			if c.r.Okrug.Spread != nil && c.r.Okrug.Tie == seats.Lots && lots != nil {
				// The okrug's lots may be for a place in the second
				// round the spread rule sends it to (c.spread): a first
				// decision that needs none does not take them.
				if res, err := unlessAggregate(run(nil)); err == nil {
					return res, nil
				}
			}
			return unlessAggregate(run(lots))
		}, func(r seats.OkrugResult) []seats.Tie { return r.Ties })
		if err != nil {
			return fmt.Errorf("shailoo: okrug %s: %w", ok.ID, err)
		}
		if c.r.Okrug.Spread != nil && per == 1 && res.Outcome == seats.OutcomeElected {
			if res, err = c.spread(ok, cands, votes[election.AgainstAll], res); err != nil {
				return fmt.Errorf("shailoo: okrug %s: %w", ok.ID, err)
			}
			if res, err = unlessAggregate(res, nil); err != nil { // a second round of an aggregate
				return fmt.Errorf("shailoo: okrug %s: %w", ok.ID, err)
			}
		}
		c.markMissing(ok.ID, votes, res.Steps)
		c.step(res.Steps...)
		o.OkrugResult = res
		o.MajorityBase = base
		o.Ranked = ranked
		o.WinnerName, o.LeaderName = names[res.Winner], names[res.Leader]
		o.FigureProvenance = figureProvenance(o, provs)
		for _, id := range res.Runoff {
			o.RunoffNames = append(o.RunoffNames, cmp.Or(names[id], id))
		}
		for _, d := range res.Elected {
			o.Deputies = append(o.Deputies, DistrictDeputy{DistrictSeat: d, Name: names[d.ID], Provenance: provs[d.ID]})
		}
		switch res.Outcome {
		case seats.OutcomeUndecidable:
			undecidable = append(undecidable, ok.ID)
		case seats.OutcomeMajorityNotEvaluated:
			baseless = append(baseless, ok.ID)
		case seats.OutcomeSpreadNotEvaluated:
			spreadless = append(spreadless, ok.ID)
		case seats.OutcomeAggregateLeads:
			aggregateLeads = append(aggregateLeads, ok.ID)
		}
		c.res.Okrugs = append(c.res.Okrugs, o)
	}
	// Said beside the figures: a candidate's votes a protocol does not
	// give make its sum partial.
	okrugAt := map[string]int{}
	for i, o := range c.res.Okrugs {
		okrugAt[o.Okrug] = i
	}
	for k, n := range c.lack.votes {
		i, ok := okrugAt[k.Okrug]
		if k.Okrug == "" || !ok {
			continue
		}
		if o := &c.res.Okrugs[i]; o.VotesMissing == nil {
			o.VotesMissing = map[string]int{}
		}
		c.res.Okrugs[i].VotesMissing[k.Choice] = n
		if r, ok := c.lack.room[k]; ok && r >= 0 {
			if o := &c.res.Okrugs[i]; o.VotesMissingAtMost == nil {
				o.VotesMissingAtMost = map[string]int64{}
			}
			c.res.Okrugs[i].VotesMissingAtMost[k.Choice] = r
		}
	}
	for i := range c.res.Okrugs {
		c.overturn(&c.res.Okrugs[i])
	}
	if !c.res.AgainstAll(election.OkrugBallot) {
		// A ballot without "against all" has no such figure: not a step
		// of 0 votes either.
		noAA := func(s election.Step) bool { return s.Kind == "against_all" }
		for i := range c.res.Okrugs {
			c.res.Okrugs[i].noAgainstAll = true
			c.res.Okrugs[i].Steps = slices.DeleteFunc(c.res.Okrugs[i].Steps, noAA)
		}
		c.res.Steps = append(c.res.Steps[:from], slices.DeleteFunc(c.res.Steps[from:], noAA)...)
	}
	if len(unreported) > 0 {
		c.okrugProvisional(unreported)
	}
	if len(undecidable) > 0 {
		c.undecidableProvisional(undecidable)
	}
	if len(sexless) > 0 {
		c.sexProvisional(sexless)
	}
	if len(baseless) > 0 {
		c.majorityProvisional(baseless)
	}
	if len(spreadless) > 0 {
		c.spreadProvisional(spreadless)
	}
	if len(negative) > 0 {
		c.negativeProvisional(negative, negativeOkrugs)
	}
	if len(aggregateLeads) > 0 {
		c.aggregateProvisional(aggregateLeads)
	}
	return nil
}

// instantRunoff decides okrug id by instant run-off from its ranked
// ballots cast under the rule set's okrug.ranked (irv.Count):
// its winner is elected; the leader, runner-up and against all stay the
// protocols' round 1 (the first ranks, cands' votes), which the checks
// read, and the margin is the last round's. A tie for exclusion that
// awaits lots comes back as a tie, its *seats.TieError with it.
func (c *counter) instantRunoff(id string, cands []seats.OkrugCandidate, againstAll int64, cast []ballots.Cast, lots []string) (seats.OkrugResult, *irv.Result, error) {
	ids := make([]string, len(cands))
	for i, cd := range cands {
		ids[i] = cd.ID
	}
	// The ballots of precincts whose results are annulled are out of the
	// count (c.e is the election without them), and a candidate whose
	// votes are annulled is passed over from round 1.
	var out []string
	for _, o := range c.e.Okrugs {
		if o.ID != id {
			continue
		}
		for _, cd := range o.Candidates {
			if c.annulled(cd.ID) && !cd.Blank {
				ids, out = append(ids, cd.ID), append(out, cd.ID)
			}
		}
	}
	in := make(map[string]bool, len(c.e.Precincts))
	for _, p := range c.e.Precincts {
		in[p.ID] = true
	}
	kept := make([]ballots.Cast, 0, len(cast))
	for _, b := range cast {
		if in[b.Precinct] {
			kept = append(kept, b)
		}
	}
	cast = kept
	run, err := irv.CountExcluding(ids, out, cast, *c.r.Okrug.Ranked, lots)
	var tieErr *seats.TieError
	if err != nil && !errors.As(err, &tieErr) {
		return seats.OkrugResult{}, nil, fmt.Errorf("ranked count: %w", err)
	}
	res := seats.NotDecided(id, cands, againstAll, election.Step{Kind: "ranked", Subject: id, Value: strconv.Itoa(len(cast)),
		Detail: fmt.Sprintf("decided by instant run-off of its %d ranked records (okrug.ranked), round by round below; the votes above are the first ranks', the protocols'", len(cast))})
	res.Outcome, res.Winner, res.Ties = seats.OutcomeElected, run.Winner, run.Ties
	for _, r := range run.Rounds {
		res.Steps = append(res.Steps, rankedStep(id, r))
	}
	if tieErr != nil {
		res.Outcome, res.Tie = seats.OutcomeTie, &tieErr.Tie
		return res, &run, err
	}
	last := run.Rounds[len(run.Rounds)-1]
	res.Margin = last.Votes[run.Winner]
	for cand, v := range last.Votes {
		if cand != run.Winner {
			res.Margin = min(res.Margin, last.Votes[run.Winner]-v)
		}
	}
	return res, &run, nil
}

// rankedStep is the transcript's step of a round of an instant run-off
// of okrug id.
func rankedStep(id string, r irv.Round) election.Step {
	ids := make([]string, 0, len(r.Votes))
	for id := range r.Votes {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(r.Votes[b], r.Votes[a]), cmp.Compare(a, b)) })
	votes := make([]string, len(ids))
	for i, id := range ids {
		votes[i] = id + " " + strconv.FormatInt(r.Votes[id], 10)
	}
	what := "elected " + r.Elected + ", more than half of the continuing ballots"
	if r.Elected == "" {
		what = "excluded " + strings.Join(r.Excluded, ", ") + " (" + r.ExcludedBy + ")"
		if r.Excluded == nil {
			what = "a tie for exclusion awaits lots"
		}
	}
	return election.Step{Kind: "ranked_round", Subject: id, Value: strconv.Itoa(r.Round),
		Detail: fmt.Sprintf("round %d: %s; continuing %d, exhausted %d; %s", r.Round, strings.Join(votes, ", "), r.Continuing, r.Exhausted, what)}
}

// checkOkrugSeats refuses, before any seat is given, districts'
// seats (okrug.seats_by_okrug) or reserved seats
// (okrug.sex_balance.reserved_by_okrug) of an okrug the count does not
// have (the election's, or those learnt from the files' rows), and, with a
// fixed number of district seats (seats.okrug), districts whose seats do
// not sum to it.
func (c *counter) checkOkrugSeats() error {
	ids := make([]string, len(c.e.Okrugs))
	for i, ok := range c.e.Okrugs {
		ids[i] = ok.ID
	}
	if sb := c.r.Okrug.SexBalance; sb != nil {
		for _, id := range slices.Sorted(maps.Keys(sb.ReservedByOkrug)) {
			if !slices.Contains(ids, id) {
				return &RulesError{Field: "okrug.sex_balance.reserved_by_okrug",
					Err: fmt.Errorf("okrug %q is not an okrug of the count (its okrugs: %s)", id, clip(ids, 20))}
			}
		}
	}
	if len(c.r.Okrug.SeatsByOkrug) == 0 {
		return nil
	}
	bad := func(format string, a ...any) error {
		return &RulesError{Field: "okrug.seats_by_okrug", Err: fmt.Errorf(format, a...)}
	}
	for _, id := range slices.Sorted(maps.Keys(c.r.Okrug.SeatsByOkrug)) {
		if !slices.Contains(ids, id) {
			return bad("okrug %q is not an okrug of the count (its okrugs: %s)", id, clip(ids, 20))
		}
	}
	if n := districtSeats(c.e, c.r.Okrug); !c.r.Seats.OkrugEach && n != c.r.Seats.Okrug {
		return bad("the districts' seats (%d okrugs, okrug.seats %d for those not named here) sum to %d, not to the %d district seats (seats.okrug)",
			len(ids), max(c.r.Okrug.Seats, 1), n, c.r.Seats.Okrug)
	}
	return nil
}

// spread judges the spread rule (okrug.spread) for the winner of okrug
// ok, whom the votes elected (res): their share of the rule's base in each
// of the okrug's regions (the regions of its precincts in the country, in
// the order of the election's regions), met in at least in_at_least of
// them. Met, res stands with the rule's step; missed, no seat is filled
// and the two leading candidates go to a second round (seats.Runoff); not
// settled by the regions judged, the okrug is not decided
// (OutcomeSpreadNotEvaluated). A region is not judged when no protocol
// of the okrug ballot counted there, when its figures are not the okrug's
// alone (another okrug's precincts lie there too), when the okrug's
// protocols lack a line of the base, or when its votes are negative.
//
// Example: Kenya's president, 25% of the votes in at least 24 of the 47
// counties: a winner with 25% or more in 29 counties stays elected.
func (c *counter) spread(ok election.Okrug, cands []seats.OkrugCandidate, againstAll int64, res seats.OkrugResult) (seats.OkrugResult, error) {
	sp := *c.r.Okrug.Spread
	regions, shared := c.okrugRegions(ok.ID)
	ids := make([]string, len(cands))
	for i, cd := range cands {
		ids[i] = cd.ID
	}
	lacks := c.lack.okrugLacks(ok.ID, c.r.baseLines(sp.Base)...)
	notaLacks := c.notaIn(sp.Base, election.OkrugBallot) && c.lack.missingVotes(ok.ID, election.AgainstAll) > 0
	counts := make([]threshold.RegionCount, 0, len(regions))
	why := map[string]string{}
	for _, reg := range regions {
		rc := threshold.RegionCount{Region: reg}
		t := c.t.Okrug.Regions[reg]
		switch {
		case t == nil || t.Protocols == 0:
			why[reg] = "no counted protocol of the okrug ballot"
		case shared[reg] != "":
			why[reg] = "the region holds precincts of okrug " + shared[reg] + " too: its figures are not this okrug's alone"
		case lacks:
			why[reg] = "protocols of the okrug lack a line of the base (" + string(sp.Base) + ")"
		case notaLacks:
			why[reg] = "protocols of the okrug do not give the votes against all, which the base (" + string(sp.Base) + ") sums (findings " + string(validate.MissingVotes) + ")"
		case t.Votes[res.Winner] < 0 || len(c.votesBase(sp.Base, election.OkrugBallot, ids, func(id string) bool { return t.Votes[id] < 0 })) > 0:
			why[reg] = "negative votes"
		default:
			b, err := c.baseOf(sp.Base, t, election.OkrugBallot, ids)
			if err != nil {
				return res, err
			}
			rc.Reported, rc.Votes, rc.Base = true, t.Votes, b
		}
		counts = append(counts, rc)
	}
	vs, err := threshold.Regional(sp, []string{res.Winner}, counts)
	if err != nil {
		return res, err
	}
	rv := vs[0]
	for i := range rv.Regions {
		if w := why[rv.Regions[i].Scope]; w != "" {
			rv.Regions[i].Reason = w
		}
	}
	c.abroadNamed(ok.ID, regions)
	st := regionalStep(res.Winner, rv, sp.InAtLeast)
	st.Kind, st.Subject = "spread", ok.ID
	st.Detail = fmt.Sprintf("spread rule, %s%% of the %s in at least %d of the okrug's regions, for %s: %s", sp.Percent, sp.Base, sp.InAtLeast, res.Winner, st.Detail)
	if len(regions) == 0 {
		st.Detail += " (the okrug has no precinct placed in a region)"
	}
	switch rv.Status {
	case threshold.Passed:
		if lots := c.o.Lots["okrug/"+ok.ID]; lots != nil && !settledByLots(res.Ties) {
			// Lots the first decision did not take, kept for a second
			// round there is not: they settle nothing.
			return res, fmt.Errorf("%w: %q was drawn, but no tie is settled by lots here: %s is elected and meets the spread rule", seats.ErrBadLot, lots[0], res.Winner)
		}
		res.Steps = append(res.Steps, st)
		return res, nil
	case threshold.Failed:
		why := fmt.Sprintf("the leader %s won %s%% of the %s in %d of the okrug's %d regions, fewer than the %d the spread rule needs", res.Winner, sp.Percent, sp.Base, rv.Passed, len(regions), sp.InAtLeast)
		ro, err := decide(c, "okrug/"+ok.ID, func(lots []string) (seats.OkrugResult, error) {
			ro, err := seats.Runoff(ok.ID, cands, againstAll, c.r.Okrug, lots, st, why)
			if errors.Is(err, seats.ErrBadLot) && settledByLots(res.Ties) {
				// The okrug's lots settled the tie for first place (res);
				// a second round whose places need no lots is no misuse
				// of them.
				if ro, err2 := seats.Runoff(ok.ID, cands, againstAll, c.r.Okrug, nil, st, why); err2 == nil {
					return ro, nil
				}
			}
			return ro, err
		}, func(r seats.OkrugResult) []seats.Tie { return r.Ties })
		ro.Missed = "spread"
		return ro, err
	}
	var notJudged []string
	for _, v := range rv.Regions {
		if v.Status == threshold.NotEvaluated {
			notJudged = append(notJudged, v.Scope+" ("+cmp.Or(v.Reason, "not evaluated")+")")
		}
	}
	st.Kind = "not_evaluated"
	if len(notJudged) > 0 {
		st.Detail += "; not judged: " + strings.Join(notJudged, "; ")
	}
	st.Detail += "; the okrug is not decided and its seat is not filled"
	nd := seats.NotDecided(ok.ID, cands, againstAll, st)
	nd.Outcome = seats.OutcomeSpreadNotEvaluated
	return nd, nil
}

// abroadNamed notes each region of okrug id's spread rule whose name
// says the voters abroad ("Diaspora", "Abroad", "Extranjero":
// ingest.AbroadName) while its precincts are not marked abroad: the rule
// counts it as one of the okrug's regions, which the law may not (Kenya's
// 47 counties, the Diaspora none of them), and the outcome can turn on
// it. Never decided silently: the note names the region and its
// precincts, and says how to mark them abroad.
func (c *counter) abroadNamed(id string, regions []string) {
	for _, reg := range regions {
		name := reg
		if i := slices.IndexFunc(c.e.Regions, func(r election.Region) bool { return r.ID == reg }); i >= 0 {
			name = cmp.Or(c.e.Regions[i].Name, reg)
		}
		if !ingest.AbroadName(reg) && !ingest.AbroadName(name) {
			continue
		}
		var at []string
		n := 0
		for _, p := range c.e.Precincts {
			if p.Region == reg && !p.Abroad {
				if n++; len(at) < 5 {
					at = append(at, strconv.Quote(p.ID))
				}
			}
		}
		if n > len(at) {
			at = append(at, fmt.Sprintf("%d more", n-len(at)))
		}
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.spread_region_abroad", words.Args{"okrug": id, "region": name,
			"n": strconv.Itoa(len(regions)), "precincts": strings.Join(at, ", ")}))
	}
}

// settledByLots reports whether lots settled one of ties.
func settledByLots(ties []seats.Tie) bool {
	return slices.ContainsFunc(ties, func(t seats.Tie) bool { return t.SettledBy == string(seats.Lots) })
}

// okrugRegions returns the regions of okrug id (those of its precincts in
// the country, in the order of the election's regions; every region of
// the election when the okrug is its only one and placed in none, a
// president's: a region no precinct reaches is then not judged, never
// left out, as it could give the share that in_at_least needs) and, for
// each region that also holds another okrug's precincts, one such okrug.
func (c *counter) okrugRegions(id string) (regions []string, shared map[string]string) {
	in := map[string]bool{}
	shared = map[string]string{}
	if len(c.e.Okrugs) == 1 && c.e.Okrugs[0].ID == id && c.e.Okrugs[0].Region == "" {
		for _, r := range c.e.Regions {
			in[r.ID] = true
		}
	}
	for _, p := range c.e.Precincts {
		if p.Abroad || p.Region == "" || p.Okrug == "" {
			continue
		}
		if p.Okrug == id {
			in[p.Region] = true
		}
	}
	for _, p := range c.e.Precincts {
		if !p.Abroad && p.Okrug != "" && p.Okrug != id && in[p.Region] && shared[p.Region] == "" {
			shared[p.Region] = p.Okrug
		}
	}
	for _, r := range c.e.Regions {
		if in[r.ID] {
			regions = append(regions, r.ID)
		}
	}
	return regions, shared
}

// sexNotGiven lists the candidates of okrug id whose sex is not given,
// when its district has a sex-balance rule (which needs it); nil otherwise.
func (c *counter) sexNotGiven(id string, cands []seats.OkrugCandidate) []string {
	if c.r.Okrug.ForOkrug(id).SexBalance == nil {
		return nil
	}
	var out []string
	for _, cd := range cands {
		if cd.Sex != election.Male && cd.Sex != election.Female {
			out = append(out, cd.ID)
		}
	}
	return out
}

func (c *counter) seatTally() {
	s := SeatTally{ListOf: c.r.Seats.List, OkrugOf: c.r.okrugSeats(c.e),
		ListUnfilled: c.res.Seats.ListUnfilled, ListUnfilledWhy: c.res.Seats.ListUnfilledWhy} // (the list tier's, set before)
	for _, l := range c.res.Lists {
		s.List += len(l.Deputies) + l.DeputiesNotGiven
		s.NotGiven += l.DeputiesNotGiven
		s.Women += l.Women()
	}
	for _, o := range c.res.Okrugs {
		s.Okrug += o.Filled()
		if o.Outcome == seats.OutcomeRepeat {
			s.Repeat++
		}
		for _, d := range o.Elected {
			switch d.Sex {
			case election.Female:
				s.DistrictWomen++
			case "":
				s.DistrictSexNotGiven++
			}
		}
	}
	s.Total, s.Of = s.List+s.Okrug, s.ListOf+s.OkrugOf
	c.res.Seats = s
	sort.SliceStable(c.res.Ties, func(i, j int) bool { return c.res.Ties[i].Context < c.res.Ties[j].Context })
}

// regionalStep writes a regional verdict for the transcript: its status,
// and the region where the list came closest to the line (the smallest
// margin), or every region where it failed or was not evaluated; under a
// rule met in at least k regions (k > 0), every region's verdict.
func regionalStep(party string, rv threshold.RegionalVerdict, k int) election.Step {
	st := election.Step{Kind: "regional_threshold", Subject: party}
	var worst *threshold.Verdict
	var failed, missing []string
	for i := range rv.Regions {
		v := &rv.Regions[i]
		switch v.Status {
		case threshold.Failed:
			failed = append(failed, fmt.Sprintf("%s (%d votes, needed %d)", v.Scope, v.Votes, v.Needed))
		case threshold.NotEvaluated:
			missing = append(missing, v.Scope)
		}
		if v.Status != threshold.NotEvaluated && (worst == nil || v.Margin < worst.Margin) {
			worst = v
		}
	}
	if worst != nil {
		st.Value = fmt.Sprint(worst.Margin)
	}
	switch {
	case k > 0:
		// Every region's verdict: met in at least k is the rule.
		var each []string
		for _, v := range rv.Regions {
			if v.Status == threshold.NotEvaluated {
				each = append(each, fmt.Sprintf("%s not evaluated", v.Scope))
			} else {
				each = append(each, fmt.Sprintf("%s %s (%d votes, needed %d)", v.Scope, v.Status, v.Votes, v.Needed))
			}
		}
		st.Value = strconv.Itoa(rv.Passed)
		st.Detail = fmt.Sprintf("%s: met in %d of %d regions, at least %d needed", rv.Status, rv.Passed, len(rv.Regions), k)
		if len(rv.Regions) < k {
			st.Detail += " (" + rv.Reason + ")"
		}
		st.Detail += ": " + strings.Join(each, "; ")
	case rv.Status == threshold.Passed && worst != nil:
		st.Detail = fmt.Sprintf("passed in all %d regions; smallest margin %d votes in %s (line %s of %d)", len(rv.Regions), worst.Margin, worst.Scope, worst.Line, worst.Base)
	case len(failed) > 0:
		st.Detail = fmt.Sprintf("failed in %d of %d regions: %s", len(failed), len(rv.Regions), strings.Join(failed, "; "))
	default:
		st.Detail = fmt.Sprintf("%s: not evaluated in %s %s", rv.Status, strings.Join(missing, ", "), rv.Reason)
	}
	if rv.Kind != "" {
		st.Detail = fmt.Sprintf("%s lists: %s%%: %s", rv.Kind, rv.Percent, st.Detail)
	}
	return st
}

// openValue is the value of the field at path in r, as JSON; "" when the
// rule set leaves it out.
func openValue(r Rules, path string) string {
	var tree any
	b, err := json.Marshal(r)
	if err != nil || json.Unmarshal(b, &tree) != nil {
		return "?"
	}
	for _, k := range strings.Split(path, ".") {
		m, ok := tree.(map[string]any)
		if !ok {
			return ""
		}
		if tree, ok = m[k]; !ok {
			return ""
		}
	}
	v, err := json.Marshal(tree)
	if err != nil {
		return "?"
	}
	return string(v)
}

// openThresholdReasons says why the national thresholds of lists were not
// evaluated: each distinct reason once, in the order of the lists.
func openThresholdReasons(lists []List) string {
	var rs []string
	for i := range lists {
		v := &lists[i].National
		if v.Status == threshold.NotEvaluated && v.Reason != "" && !slices.Contains(rs, v.Reason) {
			rs = append(rs, v.Reason)
		}
	}
	return strings.Join(rs, "; ")
}

// figureProvenance is the provenance of the figures of okrug o that is
// not the okrug's own, where its candidates carry one of their own (the
// embedded 2021 data publishes each okrug's leader and the leader's
// share; the runners-up are synthetic): the leader's is the leading
// candidate's; against all's, where it does not lead, the runner-up's
// (the okrug's published figure is its leader's alone; against all
// leading, its share is that figure); the margin's is the less
// published of its two sides. nil where no figure's differs.
func figureProvenance(o Okrug, provs map[string]election.Provenance) map[string]election.Provenance {
	of := func(id string) election.Provenance { return cmp.Or(provs[id], o.Provenance) }
	leader, runnerUp := of(o.Leader), of(o.RunnerUp)
	against := o.Provenance
	if o.AgainstAll <= o.LeaderVotes && o.RunnerUp != "" {
		against = runnerUp
	}
	// the margin is the leader's votes less the next competitor's: against
	// all's where the margin says so, else the runner-up's
	next := runnerUp
	if o.LeaderVotes-o.AgainstAll == o.Margin && o.AgainstAll != o.RunnerUpVotes {
		next = against
	}
	margin := leader
	if published(next) < published(leader) {
		margin = next
	}
	var out map[string]election.Provenance
	for _, f := range []struct {
		name string
		p    election.Provenance
	}{{"leader", leader}, {"against_all", against}, {"margin", margin}} {
		if f.p != o.Provenance && f.p != "" {
			if out == nil {
				out = map[string]election.Provenance{}
			}
			out[f.name] = f.p
		}
	}
	return out
}

// published ranks a provenance: official above preliminary above
// synthetic; none (a file's own figures) as official.
func published(p election.Provenance) int {
	switch p {
	case election.Synthetic:
		return 0
	case election.Preliminary:
		return 1
	}
	return 2
}

// inferredTies is r for a definition inferred from a mapping
// (ingest.Define), which gives no order of registration: its parties and
// candidates are in the order of their IDs, which decides nothing. A tie
// that r settles by registration order awaits lots instead, as under the
// lots rule (lots given as input settle it, or it is reported), and a
// note says so, whether or not a tie comes. (Such an okrug.tie is refused
// before: the okrugs' candidates have no position either.)
func inferredTies(r Rules) (Rules, []string) {
	var notes []string
	if r.List.Tie == seats.RegistrationOrder {
		r.List.Tie = seats.Lots
		notes = append(notes, words.Say("en", "note.registration_unknown", words.Args{"rules": r.ID, "tier": "list.tie"}))
	}
	return r, notes
}
