// Package export makes tables of a count for data-frame tools (DuckDB,
// pandas, R, spreadsheets): one row per protocol with every line, every
// vote, the provenance and a column per finding code; the totals per level
// (nation, region, okrug); and the findings with their fields.
//
// A table is columns and rows of values: nil (not given: a line the
// protocol does not have), string, int64 or bool. The writers here write
// CSV (a header row; nil is an empty field) and JSON Lines (an object per
// row; nil is null). The Parquet writer lives with the command
// (cmd/shailoo), so that this package, which the page's WebAssembly build
// may import, brings in no Parquet library.
//
// Rows are made one at a time (Protocols.Row), so a caller that streams
// protocols (ingest.Scan) writes a table of millions of rows without
// keeping them.
package export

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// Kind is the type of a column's values.
type Kind int

// The kinds of column.
const (
	String Kind = iota
	Int
	Bool
)

// Column is one column of a table.
type Column struct {
	Name string
	Kind Kind
}

// Sink receives a table: its columns once, then its rows in order.
type Sink interface {
	Begin(cols []Column) error
	// Row writes one row; vals (one value per column) is reused by the
	// caller after Row returns.
	Row(vals []any) error
	End() error
}

// Cells is one row of a table kept by kind, for a sink that stores its
// columns typed (the command's Parquet writer): column i has a value when
// Set[i] (else it is null); the value is Ints[i] for an Int column,
// Ints[i] != 0 for a Bool, Strs[i] for a String. Nothing is boxed in an
// any, so a row of Cells is made without allocating.
type Cells struct {
	Set  []bool
	Ints []int64
	Strs []string
}

// CellSink is a Sink that also takes rows as Cells: the protocols read
// from CSV files a second time (Protocols.DenseCells) go to it so. Cells
// is reused by the caller after Cells returns.
type CellSink interface {
	Sink
	Cells(c *Cells) error
}

// ErrNoResult is returned for a nil Result (or election, or a Protocols
// not made by NewProtocols); ErrNoSink for a nil Sink.
var (
	ErrNoResult = errors.New("export: no result")
	ErrNoSink   = errors.New("export: no sink")
)

// The tables of the export command.
const (
	TableProtocols = "protocols"
	TableTotals    = "totals"
	TableFindings  = "findings"
)

// Protocols makes the rows of the protocols table: precinct, region,
// okrug, abroad, ballot, machine (the automatic ballot box count, or the
// manual count), provenance (the election's), a column per protocol line
// ("line_voters", ...), a column per list ("votes_<party ID>"),
// "votes_against_all" (either ballot), the preference votes as a
// JSON object ("preferences", null when the protocol gives none),
// the okrug ballot's candidates by their place on their okrug's ballot
// ("candidate_1" the ID of the first, "candidate_votes_1" its votes, ...;
// okrugs learnt from the files, whose ballots' order no file says, by the
// order of their IDs; a candidate standing in several okrugs at different
// places makes each candidate a place of its own),
// "other_lines" and "other_votes" (what the protocol gives that has no
// column of its own: a line of an unknown name, votes for a choice the
// election does not define or that is not on the protocol's ballot, as a
// JSON object; null when nothing), "findings" (how many findings name the
// protocol) and a column per
// finding code met ("finding_<code>"). A finding names a protocol when it
// names its precinct and, if it names them, its ballot and its count
// (machine or manual).
type Protocols struct {
	cols       []Column
	provenance string
	lineCol    map[election.Line]int
	choiceCol  map[string]int
	candPos    map[string]int // okrug candidate → its place on its ballot (0-based)
	candCol    []int          // place → column of the candidate's ID
	candVotes  []int          // place → column of its votes
	codeCol    map[validate.Code]int
	codeCols   []int // the columns of codeCol
	prefCol    int
	otherLines int // lines this package does not name, as a JSON object
	otherVotes int // votes with no column of their own, as a JSON object
	findCol    int
	findings   map[string][]int // precinct → indexes in rep.Findings
	rep        validate.Report
	cells      Cells // the row being made
	row        []any // cells as values, for Row and Dense
}

// NewProtocols returns the protocols table of e as counted in res: its
// columns come from e's definition (parties, okrug candidates) and the
// codes of res's findings. Pass a Result counted with
// Options.AllFindings for a finding column that counts every finding:
// otherwise only the findings listed (validate.MaxListed a code) are.
func NewProtocols(e *election.Election, res *shailoo.Result) (*Protocols, error) {
	if e == nil || res == nil {
		return nil, ErrNoResult
	}
	t := &Protocols{provenance: res.Election.Provenance, lineCol: map[election.Line]int{}, choiceCol: map[string]int{}, candPos: map[string]int{},
		codeCol: map[validate.Code]int{}, findings: map[string][]int{}, rep: res.Findings}
	add := func(name string, k Kind) int {
		t.cols = append(t.cols, Column{name, k})
		return len(t.cols) - 1
	}
	for _, c := range []Column{{"precinct", String}, {"region", String}, {"okrug", String}, {"abroad", Bool}, {"ballot", String}, {"machine", Bool}, {"provenance", String}} {
		add(c.Name, c.Kind)
	}
	for _, l := range election.AllLines() {
		t.lineCol[l] = add("line_"+string(l), Int)
	}
	choice := func(id string) {
		if _, ok := t.choiceCol[id]; !ok {
			t.choiceCol[id] = add("votes_"+id, Int)
		}
	}
	for _, p := range e.Parties {
		choice(p.ID)
	}
	choice(election.AgainstAll)
	// The okrug ballot: candidates by their place on their okrug's ballot,
	// so that the table has a few columns, not one per candidate of every
	// okrug.
	okrugs := okrugCandidates(e, res)
	k := 0
	for _, cands := range okrugs {
		for i, id := range cands {
			if _, ok := t.candPos[id]; !ok {
				t.candPos[id] = i
			}
		}
		k = max(k, len(cands))
	}
	if placesShared(okrugs, t.candPos) {
		// A candidate (a party's ID standing in several okrugs) has its
		// first okrug's place, which another candidate of another okrug
		// has there: each candidate gets a place of its own, in the
		// order of their IDs, so that no candidate's votes go to
		// other_votes for want of a place.
		var all []string
		for id := range t.candPos {
			all = append(all, id)
		}
		slices.Sort(all)
		for i, id := range all {
			t.candPos[id] = i
		}
		k = len(all)
	}
	for i := 1; i <= k; i++ {
		t.candCol = append(t.candCol, add("candidate_"+strconv.Itoa(i), String))
		t.candVotes = append(t.candVotes, add("candidate_votes_"+strconv.Itoa(i), Int))
	}
	t.prefCol = add("preferences", String)
	t.otherLines = add("other_lines", String)
	t.otherVotes = add("other_votes", String)
	t.findCol = add("findings", Int)
	var codes []string
	for i, f := range res.Findings.Findings {
		if _, ok := t.codeCol[f.Code]; !ok {
			t.codeCol[f.Code] = -1
			codes = append(codes, string(f.Code))
		}
		if f.Place.Precinct != "" {
			t.findings[f.Place.Precinct] = append(t.findings[f.Place.Precinct], i)
		}
	}
	sort.Strings(codes)
	for _, c := range codes {
		t.codeCol[validate.Code(c)] = add("finding_"+c, Int)
		t.codeCols = append(t.codeCols, t.codeCol[validate.Code(c)])
	}
	n := len(t.cols)
	t.cells = Cells{Set: make([]bool, n), Ints: make([]int64, n), Strs: make([]string, n)}
	t.row = make([]any, n)
	return t, nil
}

// okrugCandidates returns the candidates of each okrug, by ID: those of
// e's okrugs in their order on the ballot; where e defines no okrugs
// (they were learnt from the files: res has them, e does not), those of
// each okrug of res, every candidate its count names (its steps and its
// votes), in the order of their IDs (a file does not say the order of a
// ballot). Without the learnt ones every candidate's votes would be
// other_votes, as a choice the election does not define.
func okrugCandidates(e *election.Election, res *shailoo.Result) [][]string {
	var out [][]string
	if len(e.Okrugs) > 0 {
		for _, o := range e.Okrugs {
			ids := make([]string, len(o.Candidates))
			for i, c := range o.Candidates {
				ids[i] = c.ID
			}
			out = append(out, ids)
		}
		return out
	}
	for _, o := range res.Okrugs {
		var ids []string
		for _, st := range o.Steps {
			if st.Kind == "candidate" && st.Subject != election.AgainstAll && !slices.Contains(ids, st.Subject) {
				ids = append(ids, st.Subject)
			}
		}
		for id := range o.CandidateVotes {
			if id != election.AgainstAll && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		out = append(out, ids)
	}
	return out
}

// placesShared says whether two candidates of one okrug have one place
// under pos.
func placesShared(okrugs [][]string, pos map[string]int) bool {
	var taken []bool
	for _, cands := range okrugs {
		taken = taken[:0]
		for _, id := range cands {
			p := pos[id]
			for len(taken) <= p {
				taken = append(taken, false)
			}
			if taken[p] {
				return true
			}
			taken[p] = true
		}
	}
	return false
}

// Columns returns the table's columns.
func (t *Protocols) Columns() []Column {
	if t == nil {
		return nil
	}
	return t.cols
}

// Row returns the row of protocol p of precinct pr. The slice is reused by
// the next call.
func (t *Protocols) Row(p *election.Protocol, pr election.Precinct) ([]any, error) {
	if t == nil || p == nil || len(t.row) < 7 {
		return nil, ErrNoResult
	}
	c := t.begin(p.Precinct, pr.Region, pr.Okrug, pr.Abroad, string(p.Ballot), p.Machine)
	var otherLines, otherVotes map[string]int64
	for l, v := range p.Lines {
		i, ok := t.lineCol[l]
		if !ok {
			otherLines = put(otherLines, string(l), v)
			continue
		}
		c.setInt(i, v)
	}
	for ch, v := range p.Votes {
		i, ok := t.choiceCol[ch]
		switch {
		case ok && (p.Ballot == election.ListBallot || ch == election.AgainstAll):
			c.setInt(i, v)
		case !ok && p.Ballot == election.OkrugBallot && t.placeCandidate(ch, v):
		default:
			otherVotes = put(otherVotes, ch, v)
		}
	}
	if err := t.others(otherLines, otherVotes); err != nil {
		return nil, err
	}
	if len(p.Preferences) > 0 {
		b, err := json.Marshal(p.Preferences) // keys sorted
		if err != nil {
			return nil, err
		}
		c.setStr(t.prefCol, string(b))
	}
	t.countFindings(p.Precinct, p.Ballot, p.Machine)
	return t.values(), nil
}

// begin starts a row: every column null but the protocol's place, ballot,
// count and the provenance.
func (t *Protocols) begin(precinct, region, okrug string, abroad bool, ballot string, machine bool) *Cells {
	c := &t.cells
	clear(c.Set)
	c.setStr(0, precinct)
	c.setStr(1, region)
	c.setStr(2, okrug)
	c.setBool(3, abroad)
	c.setStr(4, ballot)
	c.setBool(5, machine)
	c.setStr(6, t.provenance)
	return c
}

func (c *Cells) setInt(i int, v int64)  { c.Set[i], c.Ints[i] = true, v }
func (c *Cells) setStr(i int, s string) { c.Set[i], c.Strs[i] = true, s }
func (c *Cells) setBool(i int, b bool)  { c.Set[i], c.Ints[i] = true, int64(b2i(b)) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// values returns the row being made as values: nil, string, int64 or
// bool by the column's kind.
func (t *Protocols) values() []any {
	c := &t.cells
	for i, col := range t.cols {
		switch {
		case !c.Set[i]:
			t.row[i] = nil
		case col.Kind == Int:
			t.row[i] = c.Ints[i]
		case col.Kind == Bool:
			t.row[i] = c.Ints[i] != 0
		default:
			t.row[i] = c.Strs[i]
		}
	}
	return t.row
}

// WriteProtocols writes the protocols table of e (its protocols in
// memory) to s.
func WriteProtocols(s Sink, e *election.Election, res *shailoo.Result) error {
	if s == nil {
		return ErrNoSink
	}
	t, err := NewProtocols(e, res)
	if err != nil {
		return err
	}
	if err := s.Begin(t.Columns()); err != nil {
		return err
	}
	prec := make(map[string]election.Precinct, len(e.Precincts))
	for _, p := range e.Precincts {
		prec[p.ID] = p
	}
	for i := range e.Protocols {
		p := &e.Protocols[i]
		row, err := t.Row(p, prec[p.Precinct])
		if err != nil {
			return err
		}
		if err := s.Row(row); err != nil {
			return err
		}
	}
	return s.End()
}

// TotalsColumns are the columns of the totals table: level ("nation",
// "region": a list's or a single okrug's candidate's votes there, "okrug"), unit (the region or okrug ID, "" for the nation),
// ballot, kind ("line": a protocol line summed, "votes": a choice's
// votes, "outcome": an okrug's outcome alone, on a ballot without "against
// all", whose against_all row carries it otherwise), item (the line, or
// the party, candidate or against_all; "" for an outcome), value,
// seats (the seats the choice won; null for a line, or where not
// decided), percent (of the threshold base, as published; null where not
// computed, and for a partial sum), status (the threshold verdict of a
// list, the outcome of an okrug's candidate: "elected" for the winner),
// provenance, votes_missing (on a votes row, the number of counted
// protocols that do not give the choice's votes: value is then a partial
// sum of the others, a lower bound, never the figure; 0 when every
// protocol gives them; on a line row of the form's other lines
// (Totals.Lines: ballots found, a rule set's own lines) the number of
// counted protocols that do not give the line, value then a partial sum;
// null on the other line rows, outcome rows, and on the nation's
// against_all row, whose Result holds no such number). Where the list
// seats compensate for okrug seats (list.compensate), a region's row of
// kind "okrug_seats" gives for a list the okrug seats won there (value)
// and the list seats it took there (seats), both null where the region's
// list seats are not apportioned; its status is "okrug_seats_given" where
// the okrug seats are the definition's (election.Region.OkrugSeats), not
// counted here, and null where they are counted.
var TotalsColumns = []Column{{"level", String}, {"unit", String}, {"ballot", String}, {"kind", String}, {"item", String},
	{"value", Int}, {"seats", Int}, {"percent", String}, {"status", String}, {"provenance", String}, {"votes_missing", Int}}

// WriteTotals writes the totals table of res to s: the nation's lines and
// lists from res.Totals and res.Lists, each region's votes of a list where
// a regional threshold counted them (with its verdict there), else from
// res.ListRegions (and "against all"'s), the votes in each region of a single
// contest on the okrug ballot (res.OkrugRegions), and each okrug's
// candidates (from the okrug's transcript).
func WriteTotals(s Sink, res *shailoo.Result) error {
	if res == nil {
		return ErrNoResult
	}
	if s == nil {
		return ErrNoSink
	}
	if err := s.Begin(TotalsColumns); err != nil {
		return err
	}
	row := make([]any, len(TotalsColumns))
	emit := func(vals ...any) error {
		if len(vals) != len(row) {
			return fmt.Errorf("export: a totals row of %d values, want %d", len(vals), len(row))
		}
		copy(row, vals)
		return s.Row(row)
	}
	t := res.Totals
	prov := res.Election.Provenance
	list, okrug := string(election.ListBallot), string(election.OkrugBallot)
	if t.Ballot == election.OkrugBallot {
		list = okrug // an election of districts alone: its national figures are theirs
	}
	lines := []struct {
		ballot, item, name string // name: in Totals.NotEvaluated
		v                  int64
	}{{list, "voters", "voters", t.Voters}, {list, "participants", "participants", t.Participants}, {list, "valid", "valid", t.Valid}, {list, "invalid", "invalid", t.Invalid},
		{list, "threshold_base", "threshold_base", t.ThresholdBase}, {okrug, "voters", "okrug_voters", t.OkrugVoters}, {okrug, "participants", "okrug_participants", t.OkrugParticipants}}
	if t.Ballot == election.OkrugBallot {
		lines = lines[:5] // the okrug ballot's voters and participants are said above
	}
	for _, l := range lines {
		var v any = l.v
		if slices.Contains(t.NotEvaluated, l.name) {
			v = nil // not evaluated: no figure, not 0
		}
		if err := emit("nation", "", l.ballot, "line", l.item, v, nil, nil, nil, prov, nil); err != nil {
			return err
		}
	}
	// The form's other lines (ballots found, issued, a rule set's own),
	// each with the protocols that lack it.
	for _, x := range []struct {
		ballot string
		lines  []shailoo.LineTotal
	}{{list, t.Lines}, {okrug, t.OkrugLines}} {
		for _, l := range x.lines {
			if x.ballot == list && (l.Line == election.Voters || l.Line == election.Valid || l.Line == election.Invalid) {
				continue // said above, as the Totals say them
			}
			var v any = l.Sum
			if l.Given == 0 {
				v = nil // no protocol gives it: no figure, not 0
			}
			if err := emit("nation", "", x.ballot, "line", string(l.Line), v, nil, nil, nil, prov, int64(l.Missing)); err != nil {
				return err
			}
		}
	}
	for _, l := range res.Lists {
		var v any = l.Votes
		if l.VotesNotGiven {
			v = nil // no protocol gives them: no figure, not 0
		}
		// The national threshold not evaluated for want of its base: no
		// list seat is filled, none is decided (null, not 0).
		var seats any = int64(l.Seats)
		if l.National.Status == threshold.NotEvaluated && l.National.BaseNotGiven && l.Seats == 0 {
			seats = nil
		}
		// A partial sum has no share (Percent is ""): null, as the JSON
		// shows none.
		var status any = string(l.National.Status)
		if l.Blank {
			seats, status = nil, nil // the blank votes: no list, as against all's row
		}
		if err := emit("nation", "", list, "votes", l.ID, v, seats, nilIfEmpty(l.Percent), status, provOr(string(l.Provenance), prov),
			int64(l.VotesMissing)); err != nil {
			return err
		}
	}
	if res.AgainstAll(election.BallotKind(list)) {
		if err := emit("nation", "", list, "votes", election.AgainstAll, t.AgainstAll, nil, nil, nil, prov, nil); err != nil {
			return err
		}
	}
	verdicts := map[string]bool{} // lists whose region rows are their regional verdicts'
	for _, l := range res.Lists {
		if l.Regional == nil {
			continue
		}
		verdicts[l.ID] = true
		for _, v := range l.Regional.Regions {
			if err := emit("region", v.Scope, list, "votes", l.ID, v.Votes, nil, nil, string(v.Status), provOr(string(l.Provenance), prov), int64(v.VotesMissing)); err != nil {
				return err
			}
		}
	}
	// The list ballot's votes in each region (a referendum's answers by
	// region), of the choices no regional verdict gave rows: in the
	// order of the lists, then "against all"; a choice no protocol there
	// gives has no figure, not 0.
	if len(res.ListRegions) > 0 {
		var ids []string
		provs := map[string]string{}
		for _, l := range res.Lists {
			if !verdicts[l.ID] {
				ids = append(ids, l.ID)
				provs[l.ID] = provOr(string(l.Provenance), prov)
			}
		}
		if res.AgainstAll(election.ListBallot) {
			ids = append(ids, election.AgainstAll)
			provs[election.AgainstAll] = prov
		}
		for _, rv := range res.ListRegions {
			for _, id := range ids {
				if err := emitRegion(emit, rv, id, provs[id]); err != nil {
					return err
				}
			}
		}
	}
	// List seats that compensate for okrug seats (list.compensate): per
	// region and list, the okrug seats won there (value) and the list
	// seats (seats); both null where the region is not apportioned.
	for _, k := range res.Constituencies {
		if k.Compensate == "" {
			continue
		}
		// Okrug seats the definition gives (not counted here) say so in
		// status, as the reports do; counted ones have none.
		var status any
		if k.OkrugSeatsGiven {
			status = "okrug_seats_given"
		}
		for _, cl := range k.Lists {
			var v, n any = int64(cl.OkrugSeats), int64(cl.Seats)
			if k.NotEvaluated != "" {
				v, n = nil, nil
			}
			if err := emit("region", k.Region, list, "okrug_seats", cl.ID, v, n, nil, status, prov, nil); err != nil {
				return err
			}
		}
	}
	// One contest on the okrug ballot (a president's): its votes in each
	// region, in the okrug's order of candidates; a choice no protocol
	// there gives has no figure, not 0.
	for _, rv := range res.OkrugRegions {
		p := prov
		for _, o := range res.Okrugs {
			if o.Okrug == rv.Okrug {
				p = provOr(string(o.Provenance), prov)
				for _, st := range o.Steps {
					if st.Kind == "candidate" {
						if err := emitRegion(emit, rv, st.Subject, p); err != nil {
							return err
						}
					}
				}
			}
		}
		if _, ok := rv.Votes[election.AgainstAll]; ok || rv.VotesMissing[election.AgainstAll] > 0 {
			if err := emitRegion(emit, rv, election.AgainstAll, p); err != nil {
				return err
			}
		}
	}
	againstAll := res.AgainstAll(election.OkrugBallot)
	for _, o := range res.Okrugs {
		p := provOr(string(o.Provenance), prov)
		elected := map[string]bool{} // the deputies of a district of several seats
		for _, d := range o.Elected {
			elected[d.ID] = true
		}
		for _, st := range o.Steps {
			if st.Kind != "candidate" {
				continue
			}
			// A candidate whose votes no protocol gives (an okrug not
			// decided for want of them) has no figure, not 0.
			var v any
			if st.Value != "" {
				n, err := strconv.ParseInt(st.Value, 10, 64)
				if err != nil {
					return fmt.Errorf("export: okrug %s: candidate %s: votes %q are not a whole number", o.Okrug, st.Subject, st.Value)
				}
				v = n
			}
			var seats any
			status := ""
			if o.Outcome == "elected" {
				seats = int64(0)
				// The winner, or a deputy of a district of several seats.
				if st.Subject == o.Winner || elected[st.Subject] {
					seats, status = int64(1), "elected"
				}
			}
			if err := emit("okrug", o.Okrug, okrug, "votes", st.Subject, v, seats, nil, nilIfEmpty(status), p, int64(o.VotesMissing[st.Subject])); err != nil {
				return err
			}
		}
		// This row also carries the okrug's outcome; a ballot without
		// "against all" has no such figure, and a row of the outcome
		// alone carries it.
		if againstAll {
			if err := emit("okrug", o.Okrug, okrug, "votes", election.AgainstAll, o.AgainstAll, nil, nil, string(o.Outcome), p, int64(o.VotesMissing[election.AgainstAll])); err != nil {
				return err
			}
		} else if err := emit("okrug", o.Okrug, okrug, "outcome", "", nil, nil, nil, string(o.Outcome), p, nil); err != nil {
			return err
		}
		for _, l := range []struct {
			name string
			v    int64
		}{{"participants", o.Participants}, {"valid", o.Valid}} {
			var v any = l.v
			if slices.Contains(o.NotEvaluated, l.name) {
				v = nil // not evaluated: no figure, not 0
			}
			if err := emit("okrug", o.Okrug, okrug, "line", l.name, v, nil, nil, nil, p, nil); err != nil {
				return err
			}
		}
	}
	return s.End()
}

// emitRegion writes the region row of choice id of rv.
func emitRegion(emit func(...any) error, rv shailoo.RegionVotes, id, prov string) error {
	var v any
	if n, ok := rv.Votes[id]; ok {
		v = n
	}
	return emit("region", rv.Region, string(rv.Ballot), "votes", id, v, nil, nil, nil, prov, int64(rv.VotesMissing[id]))
}

func provOr(p, def string) string {
	if p != "" {
		return p
	}
	return def
}

// orNil is v, or nil for its zero value: a place's last row or second
// file that the finding does not have.
func orNil[T comparable](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// FindingsColumns are the columns of the findings table: a finding's code,
// severity, place (level, precinct, okrug, region, party, candidate,
// ballot, machine, line, choice, file, row, last_row, and the second
// file's also_file, also_row, also_last_row: validate.Place.Also), want,
// got, gap and message (English). A code whose findings were counted beyond validate.MaxListed
// and not listed has one row with "unlisted" set to how many.
var FindingsColumns = []Column{{"code", String}, {"severity", String}, {"level", String}, {"precinct", String}, {"okrug", String},
	{"region", String}, {"party", String}, {"candidate", String}, {"ballot", String}, {"machine", Bool}, {"line", String},
	{"choice", String}, {"file", String}, {"row", Int}, {"last_row", Int}, {"also_file", String}, {"also_row", Int}, {"also_last_row", Int}, {"want", String}, {"got", String}, {"gap", Int}, {"message", String}, {"unlisted", Int}}

// WriteFindings writes the findings of rep to s.
func WriteFindings(s Sink, rep validate.Report) error {
	if s == nil {
		return ErrNoSink
	}
	if err := s.Begin(FindingsColumns); err != nil {
		return err
	}
	row := make([]any, len(FindingsColumns))
	for _, f := range rep.Findings {
		p := f.Place
		copy(row, []any{string(f.Code), string(f.Severity), p.Level, p.Precinct, p.Okrug, p.Region, p.Party, p.Candidate,
			string(p.Ballot), p.Machine, p.Line, p.Choice, p.File, int64(p.Row), orNil(int64(p.LastRow)), orNil(p.Also.File), orNil(int64(p.Also.Row)), orNil(int64(p.Also.LastRow)), f.Want, f.Got, f.Gap, f.Sentence("en"), nil})
		if err := s.Row(row); err != nil {
			return err
		}
	}
	for _, u := range rep.Unlisted {
		for i := range row {
			row[i] = nil
		}
		row[0], row[1], row[len(row)-1] = string(u.Code), string(u.Severity), int64(u.Count)
		if err := s.Row(row); err != nil {
			return err
		}
	}
	return s.End()
}

// CSV is a Sink writing CSV: a header row of the column names, then the
// rows; nil is an empty field, a bool "true" or "false".
type CSV struct {
	w   *csv.Writer
	rec []string
}

// NewCSV returns a CSV sink writing to w.
func NewCSV(w io.Writer) *CSV { return &CSV{w: csv.NewWriter(w)} }

// Begin writes the header row.
func (c *CSV) Begin(cols []Column) error {
	if c == nil || c.w == nil {
		return errors.New("export: a CSV sink without a writer")
	}
	c.rec = make([]string, len(cols))
	for i, col := range cols {
		c.rec[i] = col.Name
	}
	return c.w.Write(c.rec)
}

// Row writes one row.
func (c *CSV) Row(vals []any) error {
	if c == nil || c.w == nil || len(vals) != len(c.rec) {
		return errors.New("export: a CSV row before Begin, or of the wrong width")
	}
	for i, v := range vals {
		switch x := v.(type) {
		case nil:
			c.rec[i] = ""
		case string:
			c.rec[i] = x
		case int64:
			c.rec[i] = strconv.FormatInt(x, 10)
		case bool:
			c.rec[i] = strconv.FormatBool(x)
		default:
			return fmt.Errorf("export: value of type %T", v)
		}
	}
	return c.w.Write(c.rec)
}

// End flushes the writer.
func (c *CSV) End() error {
	if c == nil || c.w == nil {
		return errors.New("export: a CSV sink without a writer")
	}
	c.w.Flush()
	return c.w.Error()
}

// JSONL is a Sink writing JSON Lines: one object per row, its keys in
// column order; nil is null.
type JSONL struct {
	w    io.Writer
	keys [][]byte
	buf  []byte
}

// NewJSONL returns a JSON Lines sink writing to w.
func NewJSONL(w io.Writer) *JSONL { return &JSONL{w: w} }

// Begin notes the columns.
func (j *JSONL) Begin(cols []Column) error {
	if j == nil || j.w == nil {
		return errors.New("export: a JSONL sink without a writer")
	}
	j.keys = make([][]byte, len(cols))
	for i, c := range cols {
		k, err := json.Marshal(c.Name)
		if err != nil {
			return err
		}
		j.keys[i] = append(k, ':')
	}
	return nil
}

// Row writes one object.
func (j *JSONL) Row(vals []any) error {
	if j == nil || j.w == nil || len(vals) != len(j.keys) {
		return errors.New("export: a JSONL row before Begin, or of the wrong width")
	}
	b := append(j.buf[:0], '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, j.keys[i]...)
		switch x := v.(type) {
		case nil:
			b = append(b, "null"...)
		case string:
			b = strconv.AppendQuote(b, x)
			// strconv quotes as Go does; JSON needs its own escapes for
			// the few runes where they differ, so fall back to encoding/json.
			if needsJSON(x) {
				b = b[:len(b)-len(strconv.Quote(x))]
				q, err := json.Marshal(x)
				if err != nil {
					return err
				}
				b = append(b, q...)
			}
		case int64:
			b = strconv.AppendInt(b, x, 10)
		case bool:
			b = strconv.AppendBool(b, x)
		default:
			return fmt.Errorf("export: value of type %T", v)
		}
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

// needsJSON says that s holds a byte strconv.Quote escapes otherwise than
// JSON: any control or non-ASCII byte, or a backslash escape it writes
// that JSON lacks.
func needsJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return true
		}
	}
	return false
}

// End does nothing: rows are written as they come.
func (j *JSONL) End() error { return nil }

// Dense returns a function that makes the row of a protocol read by
// ingest.ScanRows under a mapping whose Layout is l: DenseCells, its row
// as values. The slice is reused by the next call.
func (t *Protocols) Dense(l ingest.Layout, defined []election.Precinct) (func(row *ingest.Row) ([]any, error), error) {
	cells, err := t.DenseCells(l, defined)
	if err != nil {
		return nil, err
	}
	return func(row *ingest.Row) ([]any, error) {
		if _, err := cells(row); err != nil {
			return nil, err
		}
		return t.values(), nil
	}, nil
}

// DenseCells returns a function that makes the row of a protocol read by
// ingest.ScanRows under a mapping whose Layout is l, as Cells reused by
// the next call: the figures are placed by index, with no map filled per
// row. The row is pr's place (region, okrug, abroad) when the definition
// knows the precinct, else the row's own.
func (t *Protocols) DenseCells(l ingest.Layout, defined []election.Precinct) (func(row *ingest.Row) (*Cells, error), error) {
	if t == nil || len(t.row) < 7 {
		return nil, ErrNoResult
	}
	lines := make([]int, len(l.Lines))
	for i, ln := range l.Lines {
		c, ok := t.lineCol[ln]
		if !ok {
			c = -1 // in other_lines
		}
		lines[i] = c
	}
	// votes[i] >= 0: the column of choice i; -1-k: okrug candidate in
	// place k; unknown choices are found per row (with their ballot).
	votes := make([]int, len(l.Votes))
	against := make([]bool, len(l.Votes)) // on either ballot
	for i, ch := range l.Votes {
		against[i] = ch == election.AgainstAll
		if c, ok := t.choiceCol[ch]; ok {
			votes[i] = c
		} else if k, ok := t.candPos[ch]; ok {
			votes[i] = -1 - k
		} else {
			votes[i] = -1 << 30
		}
	}
	var prefs []byte
	return func(row *ingest.Row) (*Cells, error) {
		if row == nil {
			return nil, errors.New("export: no row")
		}
		pr := row.Precinct
		if row.Index >= 0 && row.Index < len(defined) {
			pr = defined[row.Index]
		}
		r := t.begin(pr.ID, pr.Region, pr.Okrug, pr.Abroad, string(row.Ballot), row.Machine)
		var otherLines, otherVotes map[string]int64
		for _, i := range row.PresentLines {
			if lines[i] < 0 {
				otherLines = put(otherLines, string(l.Lines[i]), row.Lines[i].N)
				continue
			}
			r.setInt(lines[i], row.Lines[i].N)
		}
		list, okrug := row.Ballot == election.ListBallot, row.Ballot == election.OkrugBallot
		for _, i := range row.PresentVotes {
			c, v := votes[i], row.Votes[i].N
			switch {
			case c >= 0 && (list || against[i]):
				r.setInt(c, v)
			case c < 0 && c > -1<<30 && okrug && t.placeAt(-1-c, l.Votes[i], v):
			default:
				otherVotes = put(otherVotes, l.Votes[i], v)
			}
		}
		if err := t.others(otherLines, otherVotes); err != nil {
			return nil, err
		}
		if len(row.PresentPreferences) > 0 {
			prefs = append(prefs[:0], '{')
			// Layout.Preferences is sorted by ID: the object's keys are too.
			for j, i := range row.PresentPreferences {
				if j > 0 {
					prefs = append(prefs, ',')
				}
				prefs = strconv.AppendQuote(prefs, l.Preferences[i])
				prefs = append(prefs, ':')
				prefs = strconv.AppendInt(prefs, row.Preferences[i].N, 10)
			}
			r.setStr(t.prefCol, string(append(prefs, '}')))
		}
		t.countFindings(pr.ID, row.Ballot, row.Machine)
		return r, nil
	}, nil
}

// countFindings fills the finding columns of the row being made.
func (t *Protocols) countFindings(precinct string, ballot election.BallotKind, machine bool) {
	r := &t.cells
	for _, c := range t.codeCols {
		r.setInt(c, 0)
	}
	n := int64(0)
	if len(t.findings) == 0 {
		r.setInt(t.findCol, n)
		return
	}
	for _, i := range t.findings[precinct] {
		f := t.rep.Findings[i]
		if (f.Place.Ballot != "" && f.Place.Ballot != ballot) || f.Place.Machine != machine {
			continue
		}
		n++
		r.Ints[t.codeCol[f.Code]]++
	}
	r.setInt(t.findCol, n)
}

func put(m map[string]int64, k string, v int64) map[string]int64 {
	if m == nil {
		m = map[string]int64{}
	}
	m[k] = v
	return m
}

// placeCandidate puts the votes v of okrug candidate c in its place on the
// ballot; false when c is no okrug candidate or its place is taken (by a
// candidate of another okrug: the votes then go to other_votes).
func (t *Protocols) placeCandidate(c string, v int64) bool {
	k, ok := t.candPos[c]
	return ok && t.placeAt(k, c, v)
}

// placeAt is placeCandidate for candidate c in place k.
func (t *Protocols) placeAt(k int, c string, v int64) bool {
	r := &t.cells
	if r.Set[t.candCol[k]] {
		return false
	}
	r.setStr(t.candCol[k], c)
	r.setInt(t.candVotes[k], v)
	return true
}

// others fills other_lines and other_votes: what a protocol gives that
// has no column of its own (a line of an unknown name, votes for a choice
// the election does not define or not on the protocol's ballot) is kept
// there, never dropped; the findings name it.
func (t *Protocols) others(lines, votes map[string]int64) error {
	for _, o := range []struct {
		col int
		m   map[string]int64
	}{{t.otherLines, lines}, {t.otherVotes, votes}} {
		if len(o.m) == 0 {
			continue
		}
		b, err := json.Marshal(o.m) // keys sorted
		if err != nil {
			return err
		}
		t.cells.setStr(o.col, string(b))
	}
	return nil
}
