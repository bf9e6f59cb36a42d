package ingest

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// A long file has one row per protocol and choice, as many commissions
// and archives publish results:
//
//	region,precinct,party,votes
//	Chüy,1001,Ak Jol,120
//	Chüy,1001,Invalid ballots,7
//
// The mapping says "layout": "long", names the column of the choice
// (choice_column) and of its figure (votes_column), and maps each choice
// cell text to a choice ID (choice_values) or to a protocol line
// (line_values); lines may also come as columns repeated on every row
// (lines; several labels of line_values mapped to one line are its
// parts, summed, each required; several labels of choice_values mapped to
// one choice are its names, the rows of a protocol that name them
// summed), and, on the list ballot, preference votes for candidates
// (preference_values). The rows of one protocol are those of one precinct, ballot and
// count (manual or machine); they need not be next to each other: the
// reader keeps every protocol of the file until the end (memory grows
// with precincts × choices, as a wide file read whole does) and then
// gives them, one Row each, in the order their first row comes, in the
// mapping's Layout, each with the line of its first row.
//
// Every row is read: a choice cell the tables lack is ErrBadValue, a
// second row for the same protocol and choice ErrDuplicateRow (unless
// the mapping's ChoiceRows is ChoiceRowsSum: then the rows of a choice of
// choice_values are summed as the labels of one choice are), a
// repeated line column (or region, okrug, abroad cell) that differs from
// an earlier row of the protocol ErrConflict, each naming both rows. A
// choice no row of a protocol gives is absent, as an empty cell of a wide
// file is, never zero: the validator reports the protocol (X229). A row
// whose precinct cell is empty cannot be put with the others of its
// protocol: ErrBadValue.

// ErrDuplicateRow: a long file has a second row for the same protocol
// (precinct, ballot and count) and the same choice or line.
var ErrDuplicateRow = errors.New("a second row for the same protocol and choice")

// ChoiceRowsSum is the Mapping.ChoiceRows of a long file that gives a
// choice's votes in several rows of a protocol: they are summed.
const ChoiceRowsSum = "sum"

// long says whether the mapping is of a long file.
func (m *Mapping) long() bool { return m.Shape == "long" }

// validateShape checks the fields of the long layout: all of them for a
// long file, none for a wide one.
func (m *Mapping) validateShape() error {
	switch m.Shape {
	case "", "wide", "transposed":
		for _, f := range []struct {
			name string
			set  bool
		}{{"choice_column", m.ChoiceColumn != nil}, {"votes_column", m.VotesColumn != nil},
			{"choice_values", len(m.ChoiceValues) > 0}, {"line_values", len(m.LineValues) > 0}, {"preference_values", len(m.PreferenceValues) > 0},
			{"choice_rows", m.ChoiceRows != ""}, {"choice_list_column", m.ChoiceListColumn != nil}, {"list_values", len(m.ListValues) > 0}} {
			if f.set {
				return mappingError(f.name, `%s is for long files: set "layout": "long"`, f.name)
			}
		}
		return nil
	case "long":
	default:
		return mappingError("layout", `%s is not "wide", "long" or "transposed"`, echo.Quote(m.Shape))
	}
	switch {
	case m.ChoiceColumn == nil:
		return mappingError("choice_column", "a long file needs the column that names the choice (or protocol line) of each row")
	case m.VotesColumn == nil:
		return mappingError("votes_column", "a long file needs the column that holds the figure of each row")
	case len(m.Votes) > 0:
		return mappingError("votes", "a long file gives the votes in rows: map the choice cells in choice_values, not columns in votes")
	case len(m.Preferences) > 0:
		return mappingError("preferences", "a long file gives the preference votes in rows: map the cells in preference_values, not columns in preferences")
	case len(m.ChoiceValues) == 0 && len(m.LineValues) == 0 && len(m.PreferenceValues) == 0:
		return mappingError("choice_values", "a long file needs choice_values (cell text -> choice ID), line_values (cell text -> protocol line) or preference_values (cell text -> candidate ID)")
	}
	switch m.ChoiceRows {
	case "":
	case ChoiceRowsSum:
		if len(m.ChoiceValues) == 0 {
			return mappingError("choice_rows", "%q sums the rows of a choice of choice_values, and the mapping has none: the rows of a protocol line or a preference stay one per protocol", ChoiceRowsSum)
		}
	default:
		return mappingError("choice_rows", "%s is not %q (the rows of one protocol and choice are summed); leave it out for one row per protocol and choice", echo.Quote(m.ChoiceRows), ChoiceRowsSum)
	}
	if cs := m.ChoiceColumn.Columns; len(cs) > 0 {
		// Several: the first of them whose cell is not empty names the
		// row's choice (OpenElections' files name a candidate in
		// "candidate", a turnout line in "office", a straight-party
		// choice in "party", the others empty); or, joined, their
		// cells together do (a candidate and a party: two candidates
		// of one name in one district).
		if m.ChoiceColumn.Header != "" || m.ChoiceColumn.Index != 0 {
			return mappingError("choice_column", "give header, column or columns, not several")
		}
		if m.ChoiceColumn.Join && len(cs) < 2 {
			return mappingError("choice_column", "join joins the cells of several columns: name two or more")
		}
		for i, c := range cs {
			if err := checkColumn(fmt.Sprintf("choice_column.columns[%d]", i), c); err != nil {
				return err
			}
		}
	} else if err := checkColumn("choice_column", *m.ChoiceColumn); err != nil {
		return err
	}
	// A figure of several columns is their sum, read as a wide file's
	// (sums.go): a US county's votes by vote mode, Lithuania's in the
	// ballot box and by post.
	if err := checkFigure("votes_column", *m.VotesColumn); err != nil {
		return err
	}
	if err := m.validateChoiceList(); err != nil {
		return err
	}
	seen := map[string]string{}
	// folded holds the keys by their compatibility form (compatfold.go),
	// in which the reader reads the cells: two keys of one form are one
	// cell text, and may name one ID alone.
	type key struct{ name, text, target string }
	folded := map[string]key{}
	for _, set := range []struct {
		name string
		keys []string
	}{{"choice_values", sortedKeys(m.ChoiceValues)}, {"line_values", sortedKeys(m.LineValues)}, {"preference_values", sortedKeys(m.PreferenceValues)}} {
		for _, k := range set.keys {
			name := set.name + "." + k
			t := strings.TrimSpace(k)
			if t == "" {
				return mappingError(name, "an empty cell names no choice")
			}
			if prev, ok := seen[t]; ok {
				return mappingError(name, "the same cell text as %s", prev)
			}
			seen[t] = name
			target := set.name + ":" + m.ChoiceValues[k] + m.PreferenceValues[k] + string(m.LineValues[k])
			if prev, ok := folded[keyString(t)]; ok {
				if prev.target == target {
					continue // one name written two ways, mapped to one ID
				}
				return mappingError(name, "%s and %s (%s) are one name written two ways (in Arabic presentation forms or full-width letters, the same under compatibility normalization, NFKC, or with more spaces between its words), and a count reads both cells so: map them to one ID, or leave out the one the file does not have", echo.Quote(t), echo.Quote(prev.text), prev.name)
			}
			folded[keyString(t)] = key{name, t, target}
			if set.name != "line_values" {
				id := m.ChoiceValues[k]
				if set.name == "preference_values" {
					id = m.PreferenceValues[k]
				}
				if strings.TrimSpace(id) != id || id == "" {
					return mappingError(name, "an ID may not be empty or start or end with a space")
				}
				continue
			}
			l := m.LineValues[k]
			if strings.TrimSpace(string(l)) != string(l) || l == "" {
				return mappingError(name, "a line name may not be empty or start or end with a space")
			}
			if _, ok := m.Lines[l]; ok {
				return mappingError(name, "line %s is also mapped to a column (lines.%s): give it one way", echo.Quote(l), l)
			}
		}
	}
	return nil
}

// longLayout is the Layout of the protocols a long file gives: the lines
// of Lines and LineValues in protocol order, the choice IDs of
// ChoiceValues with election.AgainstAll last, the candidate IDs of
// PreferenceValues.
func (m *Mapping) longLayout() Layout {
	lines := make(map[election.Line]Column, len(m.Lines)+len(m.LineValues))
	for l := range m.Lines {
		lines[l] = Column{}
	}
	for _, l := range m.LineValues {
		lines[l] = Column{}
	}
	ids := make(map[string]bool, len(m.ChoiceValues))
	for _, id := range m.ChoiceValues {
		ids[id] = true
	}
	prefs := make(map[string]bool, len(m.PreferenceValues))
	for _, id := range m.PreferenceValues {
		prefs[id] = true
	}
	return Layout{Lines: lineKeys(lines), Votes: choiceKeys(ids), Preferences: sortedKeys(prefs)}
}

// choiceColumns returns the choices the mapping gives, each with a column
// that names it for messages and inferred definitions: Votes for a wide
// file; for a long one, each choice ID of ChoiceValues with its first
// cell text (sorted) as a header.
func (m *Mapping) choiceColumns() map[string]Column {
	if !m.long() {
		return m.Votes
	}
	cs := make(map[string]Column, len(m.ChoiceValues))
	for _, k := range sortedKeys(m.ChoiceValues) {
		if id := m.ChoiceValues[k]; cs[id].Header == "" {
			cs[id] = Column{Header: strings.TrimSpace(k)}
		}
	}
	return cs
}

// longPrecinct holds the protocols of one precinct of a long file: 1 +
// the index in longReader.protos by ballot (list, okrug) and count
// (manual, machine); 0 for none yet.
type longPrecinct [2][2]int32

// longProto is a protocol of a long file being assembled.
type longProto struct {
	line     int // the line of its first row
	last     int // the line of its last row
	index    int
	precinct election.Precinct
	ballot   election.BallotKind
	machine  bool
	// the lines of the rows that gave the region, okrug and abroad flag
	regionLine, okrugLine int
	// summed: rows of a choice were summed ("choice_rows": "sum")
	summed bool
	// joinEmpty: its first row's Row.joinEmpty (the precinct's key
	// joined: the cells it left empty)
	joinEmpty uint32
}

// longReader puts the rows of a long file together into protocols.
type longReader struct {
	s      *scanner
	layout Layout
	// contests follows the row filter's columns in each okrug (nil:
	// none to follow), once contestsKnown (contests.go).
	contests      *contestState
	contestsKnown bool
	// choice maps a trimmed choice cell to its figure's slot: a line
	// slot l as l, a vote slot v as nl+v, a preference slot p as nl+nv+p.
	choice map[string]int
	// part maps the trimmed cell of a line_values label that shares its
	// line with other labels (Brazil's "Branco" and "Nulo", both invalid)
	// to a slot of its own past the figures, which holds that label's
	// figure and row: the line is their sum.
	part     map[string]int
	parts    map[int][]int // a summed line's slot -> its labels' slots
	lineSlot []int         // the slot of each repeated line column (s.row.Lines)
	figs     int           // figures per protocol
	width    int           // slots per protocol: the figures and the parts
	// sumRows: the rows of one protocol and choice are summed
	// (ChoiceRowsSum), each label's in its own slot when it is a part.
	sumRows bool
	// summed maps the cells of each row summed (Row.cells) to its line:
	// the same row twice is a row given twice, not two parts of a sum.
	summed map[[16]byte]int32
	// figureCols are the columns of the votes_column figure; alike maps
	// the cells of each row summed but those (Row.alike) to its line, and
	// alikeRows are the first two rows summed that differ in the figure
	// alone, alikeN how many rows repeat another so (Counts.SummedAlike).
	figureCols []int
	colsKnown  bool
	// header is the file's header row, for advice that names a column
	// the mapping does not (joinHint).
	header    []string
	alike     map[[16]byte]int32
	alikeRows [2]int
	alikeN    int
	// recent keeps the last rows' cells (recent.go).
	recent recentRing
	// repeat follows the groups of rows summed (a protocol's and choice's)
	// while every group's rows give one figure (repeat.go).
	repeat repeatState
	same   sameState
	// sumParts follows the parts of a votes_column sum (sameparts.go).
	sumParts partState
	// sumCols are the columns the first two rows summed differ in
	// (repeat.go), over the protocols whose votes summed pass their
	// voters on the list.
	sumCols      []string
	sumColsKnown bool
	// personCols are the columns no field reads whose header names a
	// person (personColumns); people the protocols whose rows summed
	// differ in one (summedpeople.go), peopleProtos their indexes.
	personCols   []int
	personKnown  bool
	people       []SummedPeople
	peopleProtos map[int]bool
	over         []SummedOver
	// sumLines keeps, when keepSums (a file read whole, ReadCSV), the
	// line of every row added into a summed figure, by protocol and slot.
	keepSums bool
	sumLines map[[2]int][]int32
	// emptyParts counts, by protocol and slot, the empty votes cells of a
	// choice's parts or summed rows that "empty_votes": "not_on_ballot"
	// reads as 0.
	emptyParts map[[2]int]int
	// The precincts: by Row.Index, the caller's (Options.Precinct) or,
	// when the caller has none, the reader's own (intern); by ID for a
	// row whose index is -1.
	byIndex []longPrecinct
	byID    map[string]*longPrecinct
	own     bool           // the indexes are intern's
	ids     map[string]int // intern's: precinct ID -> index in names
	names   []string
	last    int // intern's last index
	protos  []longProto
	// The figures of the protocols, width each, in blocks of longBlock
	// protocols (so that none is copied as the file grows), and the line
	// of the row that gave each; 0: none.
	values [][]Value
	from   [][]int32
	out    Row
	// lists holds, by protocol and vote slot, the choice's list cell
	// (choice_list_column; nil without it), listTexts its texts.
	lists     map[[2]int]ChoiceList
	listTexts map[string]string
	// summedFigs are the choice figures (by protocol and slot) summed
	// from two rows or more (summednumbers.go); numbers those whose rows
	// differ in numeric cells alone.
	summedFigs map[[2]int]bool
	numbers    []SummedNumbers
}

func newLongReader(s *scanner) *longReader {
	m := &s.m
	lr := &longReader{s: s, layout: m.longLayout(), choice: map[string]int{}, byID: map[string]*longPrecinct{}, sumRows: m.ChoiceRows == ChoiceRowsSum}
	if s.o.Precinct == nil {
		// Rows share one ID string per precinct and are found by index.
		lr.own, lr.ids = true, map[string]int{}
		s.o.Precinct = lr.intern
	}
	nl, nv := len(lr.layout.Lines), len(lr.layout.Votes)
	lr.figs = nl + nv + len(lr.layout.Preferences)
	lr.width = lr.figs
	labels := map[election.Line][]string{}
	for _, k := range sortedKeys(m.LineValues) {
		l := m.LineValues[k]
		t := keyString(strings.TrimSpace(k))
		if _, ok := lr.choice[t]; ok {
			continue // one name written two ways (validateShape)
		}
		labels[l] = append(labels[l], t)
		lr.choice[t] = slices.Index(lr.layout.Lines, l)
	}
	for _, l := range slices.Sorted(maps.Keys(labels)) {
		if len(labels[l]) < 2 {
			continue
		}
		if lr.part == nil {
			lr.part, lr.parts = map[string]int{}, map[int][]int{}
		}
		slot := slices.Index(lr.layout.Lines, l)
		for _, k := range labels[l] {
			lr.part[k] = lr.width
			lr.parts[slot] = append(lr.parts[slot], lr.width)
			lr.width++
		}
	}
	// Choice labels mapped to one choice are its names: the spellings
	// of one party across towns (Belgium's PTB and PVDA), or rows that
	// give parts of its votes (Denmark's "Listestemmer" row and a row per
	// candidate of its list). A protocol's figure is the sum of the
	// labels its rows name; one they do not name is no part of it (emit).
	byID := map[string][]string{}
	for _, k := range sortedKeys(m.ChoiceValues) {
		id, t := m.ChoiceValues[k], keyString(strings.TrimSpace(k))
		if _, ok := lr.choice[t]; ok {
			continue // one name written two ways (validateShape)
		}
		byID[id] = append(byID[id], t)
		lr.choice[t] = nl + slices.Index(lr.layout.Votes, id)
	}
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		if len(byID[id]) < 2 {
			continue
		}
		if lr.part == nil {
			lr.part, lr.parts = map[string]int{}, map[int][]int{}
		}
		slot := nl + slices.Index(lr.layout.Votes, id)
		for _, k := range byID[id] {
			lr.part[k] = lr.width
			lr.parts[slot] = append(lr.parts[slot], lr.width)
			lr.width++
		}
	}
	for k, id := range m.PreferenceValues {
		lr.choice[keyString(strings.TrimSpace(k))] = nl + nv + slices.Index(lr.layout.Preferences, id)
	}
	for _, l := range lineKeys(m.Lines) {
		lr.lineSlot = append(lr.lineSlot, slices.Index(lr.layout.Lines, l))
	}
	lr.out.scan = s
	return lr
}

// longBlock is the number of protocols whose figures are allocated at
// once.
const longBlock = 1024

// figures returns the figures of protocol i and the lines that gave them.
func (lr *longReader) figures(i int) ([]Value, []int32) {
	b, k := i/longBlock, (i%longBlock)*lr.width
	return lr.values[b][k : k+lr.width : k+lr.width], lr.from[b][k : k+lr.width : k+lr.width]
}

// intern is the Options.Precinct of a long file read without one.
func (lr *longReader) intern(cell []byte) (string, int) {
	if n := len(lr.names); n > 0 && lr.names[lr.last] == string(cell) {
		return lr.names[lr.last], lr.last // the rows of a precinct come together
	}
	i, ok := lr.ids[string(cell)]
	if !ok {
		i = len(lr.names)
		lr.names = append(lr.names, string(cell))
		lr.ids[lr.names[i]] = i
	}
	lr.last = i
	return lr.names[i], i
}

// choiceField returns the field of the choice column that named row's
// choice (of several, the first whose cell is not empty; of none, the
// first of them).
func (lr *longReader) choiceField(row *Row) *field {
	for i := range lr.s.fields {
		if f := &lr.s.fields[i]; f.kind == fChoice && (f.alt == row.choiceAlt || row.choiceCell == nil && f.alt <= 1) {
			return f
		}
	}
	return lr.field(fChoice, "")
}

// field returns the scanner's field of the kind given (the choice or
// votes column), or of the figure named ("votes_column", "lines.voters":
// of a sum, its first column).
func (lr *longReader) field(kind fieldKind, name string) *field {
	var at *field
	for i := range lr.s.fields {
		if f := &lr.s.fields[i]; (name == "" && f.kind == kind) || (name != "" && f.figure() == name) {
			if f.sum <= 1 {
				return f
			}
			if at == nil {
				at = f
			}
		}
	}
	return at
}

// add puts a row read into its protocol.
func (lr *longReader) add(row *Row) error {
	s := lr.s
	if row.LineID {
		f := lr.field(fPrecinct, "")
		if f == nil {
			f = lr.field(fKey, "")
		}
		for i := range s.fields {
			if k := &s.fields[i]; row.emptyPart > 0 && k.part == row.emptyPart {
				f = k
			}
		}
		hint := lr.fillDownHint(row, f)
		if f != nil && f.part > 0 && s.joinOmit != nil {
			// (Under join an empty cell of the okrug's columns is left
			// out: the one empty is the precinct's own, or every one.)
			return lr.noPrecinctJoined(row, f, hint)
		}
		if f != nil && f.part > 0 && len(s.keyCells) > 1 {
			// (A key of several columns: the others may name the row.
			// Join leaves out an empty cell of the okrug's columns alone:
			// it is advised for one of them.)
			join := ""
			if f.kind == fOkrug || f.okpart > 0 {
				join = "; if the row's contest has no such part (a statewide office beside district ones), \"join\": true names the precinct by its cells given (\"precinct\": {\"columns\": [...], \"join\": true})"
			}
			pe := s.cellError(row.Line, f, fmt.Errorf("%w: the cell is empty, and the precinct is named by its columns together (precinct.columns): the rows of a long file are put together into protocols by their precinct; leave out of the precinct's columns one empty in the rows counted, or the rows it is empty in (rows.where)%s%s", ErrBadValue, join, hint))
			pe.Field = fmt.Sprintf("precinct.columns[%d]", f.part-1)
			return pe
		}
		pe := s.cellError(row.Line, f, fmt.Errorf("%w: the row names no precinct (its cell is empty): the rows of a long file are put together into protocols by their precinct%s", ErrBadValue, hint))
		if f != nil && f.part > 0 {
			pe.Field = "precinct" // (its column shared with the okrug or the region: the precinct's cell is the one missing)
		}
		return pe
	}
	lr.recent.keep(row)
	slot, ok := lr.choice[string(row.choiceCell)]
	if !ok && len(row.choiceCell) == 0 {
		// OpenElections' files name a straight-party row's choice in
		// "party" and a candidate's in "candidate", the other empty.
		return s.cellError(row.Line, lr.choiceField(row), fmt.Errorf("%w: the cell is empty: the row names no choice (do the rows kept give their choice in another column? name the columns in order, the first not empty naming it: \"choice_column\": {\"columns\": [\"candidate\", \"office\"]})", ErrBadValue))
	}
	if !ok {
		known := func(t string) bool { _, ok := lr.choice[t]; return ok }
		return s.cellError(row.Line, lr.choiceField(row), fmt.Errorf("%w: %s is in none of choice_values, line_values and preference_values of the mapping%s", ErrBadValue, echo.Quote(row.choiceCell), s.cellEncoding(row.choiceCell, known)))
	}
	if row.Line > math.MaxInt32 {
		return s.cellError(row.Line, lr.choiceField(row), fmt.Errorf("%w: a long file may have 2147483647 lines", ErrOutOfRange))
	}
	var pr *longPrecinct
	if row.Index >= 0 {
		if row.Index >= len(lr.byIndex) {
			lr.byIndex = slices.Grow(lr.byIndex, max(row.Index+1, 2*len(lr.byIndex))-len(lr.byIndex))
			lr.byIndex = lr.byIndex[:cap(lr.byIndex)]
		}
		pr = &lr.byIndex[row.Index]
	} else if pr = lr.byID[row.Precinct.ID]; pr == nil {
		pr = new(longPrecinct)
		lr.byID[row.Precinct.ID] = pr
	}
	b, c := 0, 0
	if row.Ballot == election.OkrugBallot {
		b = 1
	}
	if row.Machine {
		c = 1
	}
	i := int(pr[b][c]) - 1
	if i < 0 {
		i = len(lr.protos)
		pr[b][c] = int32(i + 1)
		p := longProto{line: row.Line, last: row.Line, index: row.Index, precinct: row.Precinct, ballot: row.Ballot, machine: row.Machine, joinEmpty: row.joinEmpty}
		if lr.own {
			p.index = -1
		}
		if p.precinct.Region != "" {
			p.regionLine = row.Line
		}
		if p.precinct.Okrug != "" {
			p.okrugLine = row.Line
		}
		lr.protos = append(lr.protos, p)
		if i%longBlock == 0 {
			lr.values = append(lr.values, make([]Value, longBlock*lr.width))
			lr.from = append(lr.from, make([]int32, longBlock*lr.width))
		}
	} else if p := &lr.protos[i]; s.joinOmit != nil && p.joinEmpty != row.joinEmpty {
		return lr.otherKeyCells(p, row)
	} else if pe := lr.samePrecinct(p, row); pe != nil {
		return pe
	}
	// Every check before anything is kept: a row skipped (Lenient) adds
	// nothing to its protocol.
	vs, from := lr.figures(i)
	own, isPart := lr.part[string(row.choiceCell)]
	if !isPart {
		own = slot
	}
	rows := lr.rowsSummed(slot)
	if from[own] != 0 && !rows {
		same := ""
		diff, others := lr.diffText(int(from[own]), row.Line)
		if vs[own] == row.Votes[0] && !others {
			// A file that lists its rows twice (a scrape, an export run
			// twice) repeats each figure: say so, it is not a conflict.
			same = fmt.Sprintf(", with the same figure (%s): does the file list its rows twice?", figureText(vs[own]))
		} else if lr.vote(slot) {
			// Summing is the advice only for rows that a column tells
			// apart: a total under a precinct's name differs in the
			// figure alone, and summed it counts its votes twice.
			same = fmt.Sprintf(`; if a column tells the two rows apart as parts of one figure (a vote mode: election day, early, absentee; a list's own votes and its candidates'), "choice_rows": %q in the mapping sums them; if they differ in the figure alone, one is no part (a total under a precinct's name, or the row given again with another figure): leave it out (rows.where), as summing would count its votes twice`, ChoiceRowsSum)
			if diff != "" {
				same = diff + same
			}
			if h := lr.personHint(int(from[own]), row, lr.protos[i].ballot); h != "" {
				// (Two candidates under one party's abbreviation: summed,
				// they would be one.)
				same = diff + h
			} else {
				same += lr.joinHint(row)
			}
		}
		return s.cellError(row.Line, lr.choiceField(row), fmt.Errorf("%w: %s of protocol %s: line %d gives it already%s", ErrDuplicateRow, echo.Quote(row.choiceCell), lr.describe(&lr.protos[i]), from[own], same))
	}
	if rows {
		if at, ok := lr.summed[row.cells]; ok {
			return s.cellError(row.Line, lr.choiceField(row), fmt.Errorf("%w: %s of protocol %s: line %d gives the same row, every cell the same: does the file list its rows twice? (\"choice_rows\": %q sums the rows of a choice that differ in a cell other than the figure)", ErrDuplicateRow, echo.Quote(row.choiceCell), lr.describe(&lr.protos[i]), at, ChoiceRowsSum))
		}
	}
	// A part of a sum (a label's row, or a row of a choice whose rows
	// are summed) is the row's figure added to those before it: its
	// label's (mine) and its figure's (sum).
	v := row.Votes[0]
	if isPart && v.OK && v.N < 0 {
		return lr.negativePart(row.Line, v.N, slot, isPart)
	}
	if rows && from[own] != 0 {
		// A choice's rows summed: a negative figure is an error once
		// another row adds to it, this row's or the one before's. A
		// choice of one row is not summed: its negative figure stays,
		// a finding (P106) as without "choice_rows".
		if v.OK && v.N < 0 {
			return lr.negativePart(row.Line, v.N, slot, false)
		}
		if vs[own].OK && vs[own].N < 0 {
			return lr.negativePart(int(from[own]), vs[own].N, slot, false)
		}
	}
	// (Under "empty_votes": "not_on_ballot" an empty votes cell is 0, a
	// part as any other, as in a wide file's sum.)
	zero := lr.s.m.EmptyVotes == EmptyVotesNotOnBallot && lr.vote(slot)
	mine, ok := v, true
	if from[own] != 0 {
		mine, ok = plus(vs[own], v, zero)
	}
	sum, had := mine, vs[own]
	if isPart && from[slot] != 0 && ok {
		sum, ok = plus(vs[slot], v, zero)
		had = vs[slot]
	}
	if !ok {
		return lr.s.cellError(row.Line, lr.field(fVote, "votes_column"), fmt.Errorf("%w: %s: the sum of the rows %s leaves the int64 range (%d + %d)",
			ErrOutOfRange, lr.slotName(slot), lr.partRows(slot, from, row.Line), had.N, v.N))
	}
	for _, j := range row.PresentLines {
		if slot, v := lr.lineSlot[j], row.Lines[j]; vs[slot].OK && vs[slot].N != v.N {
			name := "lines." + string(lr.layout.Lines[slot])
			return s.cellError(row.Line, lr.field(fLine, name), fmt.Errorf("%w: %s %d, but line %d gives %d for protocol %s", ErrConflict, name, v.N, from[slot], vs[slot].N, lr.describe(&lr.protos[i])))
		}
	}
	if lr.listRows() {
		if pe := lr.keepList(i, slot, row); pe != nil {
			return pe
		}
	}
	// A sum left not given by this row's empty cell is this row's: a
	// finding that the figure is missing (X229) names the row whose cell
	// is empty.
	emptied := !sum.OK && (from[slot] == 0 || vs[slot].OK)
	if rows && from[own] != 0 {
		lr.repeatNext(i, own, vs[own], v, int(from[own]), row)
		lr.peopleNext(i, int(from[own]), row)
		lr.summedNext(i, own, int(from[own]), row)
		lr.protos[i].summed = true
		if !lr.sumColsKnown {
			lr.sumColsKnown = true
			lr.sumCols = lr.columnsDiffer(int(from[own]), row.Line)
		}
	}
	if from[own] == 0 {
		from[own] = int32(row.Line)
	}
	vs[own], vs[slot] = mine, sum
	if zero && !v.OK && (isPart || rows) {
		// Read as 0 if another row gives the choice's votes: emit
		// counts it then.
		if lr.emptyParts == nil {
			lr.emptyParts = map[[2]int]int{}
		}
		lr.emptyParts[[2]int{i, slot}]++
	}
	if rows {
		if lr.summed == nil {
			lr.summed = map[[16]byte]int32{}
		}
		lr.summed[row.cells] = int32(row.Line)
		if lr.alike == nil {
			lr.alike = map[[16]byte]int32{}
		}
		if at, ok := lr.alike[row.alike]; ok {
			if lr.alikeN++; lr.alikeN == 1 {
				lr.alikeRows = [2]int{int(at), row.Line}
			}
		} else {
			lr.alike[row.alike] = int32(row.Line)
		}
	}
	if lr.keepSums && (isPart || rows) {
		if lr.sumLines == nil {
			lr.sumLines = map[[2]int][]int32{}
		}
		k := [2]int{i, slot}
		lr.sumLines[k] = append(lr.sumLines[k], int32(row.Line))
	}
	if from[slot] == 0 || emptied {
		from[slot] = int32(row.Line)
	}
	for _, j := range row.PresentLines {
		if slot := lr.lineSlot[j]; !vs[slot].OK {
			vs[slot], from[slot] = row.Lines[j], int32(row.Line)
		}
	}
	if p := &lr.protos[i]; row.Line > p.last {
		p.last = row.Line
	}
	if lr.sumParts.cur != nil && lr.vote(slot) {
		lr.partsNext(i)
	}
	if lr.contests != nil || !lr.contestsKnown {
		lr.contestNext(row, slot)
	}
	lr.fillPrecinct(&lr.protos[i], row)
	return nil
}

// joinHint is the advice, for a second row of a protocol and choice, to
// name the choice by its cell and another joined (Column.Join): rows of
// one name that differ in a party's column may be two people (New
// Hampshire's two McGuires of Hillsborough 37, one R and one D), whom
// summed rows would make one. "" when the choice columns are joined
// already.
func (lr *longReader) joinHint(row *Row) string {
	c := lr.s.m.ChoiceColumn
	if c == nil || c.Join {
		return ""
	}
	f := lr.choiceField(row)
	other := "the column that tells them apart"
	for i, h := range lr.header {
		if t := strings.ToLower(trimHeader(h)); (anyWords(t, []string{"party", "parti", "partido", "partei", "partij", "партия"}) || t == "affiliation") && !slices.ContainsFunc(lr.s.fields, func(f field) bool { return f.idx == i }) {
			other = strconv.Quote(trimHeader(h))
			break
		}
	}
	return fmt.Sprintf(`; if the rows are two choices of one name (two candidates of one surname, of two parties), name each by its cells joined: "choice_column": {"columns": [%q, %s], "join": true}, and key choice_values by the joined texts (%s, " / " and the other cell)`,
		trimHeader(f.header), other, echo.Quote(row.choiceCell))
}

// figureColumns returns the columns of the votes_column figure, once
// the header has placed them.
func (lr *longReader) figureColumns() []int {
	if !lr.colsKnown {
		lr.colsKnown = true
		for _, f := range lr.s.fields {
			if f.kind == fVote { // (a long file's votes are votes_column's, one column or a sum's)
				lr.figureCols = append(lr.figureCols, f.idx)
			}
		}
	}
	return lr.figureCols
}

// plus is the sum of two parts, neither negative: not given when either
// is not given (the sum would be too small), unless zero says that a part
// not given is 0; false past int64.
func plus(had, v Value, zero bool) (Value, bool) {
	switch {
	case had.OK && v.OK:
	case zero && had.OK:
		return had, true
	case zero && v.OK:
		return v, true
	default:
		return Value{}, true
	}
	n := had.N + v.N
	if n < had.N {
		return Value{}, false
	}
	return Value{N: n, OK: true}, true
}

// vote says whether the figure at slot is a choice's votes.
func (lr *longReader) vote(slot int) bool {
	nl := len(lr.layout.Lines)
	return slot >= nl && slot < nl+len(lr.layout.Votes)
}

// rowsSummed says whether the rows of the figure at slot are summed: a
// choice's under ChoiceRowsSum.
func (lr *longReader) rowsSummed(slot int) bool { return lr.sumRows && lr.vote(slot) }

// negativePart is the error of a row whose figure, a part of the sum at
// slot (of its labels, or of its rows), is negative: added in, a
// negative part would vanish from the checks, as in a wide file's sum.
func (lr *longReader) negativePart(line int, n int64, slot int, label bool) *ParseError {
	of := "the rows of " + lr.labels(slot)
	if !label {
		of = fmt.Sprintf("the rows of the choice, summed (\"choice_rows\": %q)", ChoiceRowsSum)
	}
	return lr.s.cellError(line, lr.field(fVote, "votes_column"), fmt.Errorf("%w: %s: %d in a part of the sum of %s: added in, it would vanish from the checks",
		ErrBadValue, lr.slotName(slot), n, of))
}

// slotName names the figure at slot, a summed one, in messages:
// "lines.invalid", or "votes.<choice>" for a choice several labels of
// choice_values map to or whose rows are summed.
func (lr *longReader) slotName(slot int) string {
	if nl := len(lr.layout.Lines); slot >= nl {
		return "votes." + lr.layout.Votes[slot-nl]
	}
	return "lines." + string(lr.layout.Lines[slot])
}

// partRows names the rows that gave the parts of the summed figure at
// slot, and the row at line that adds one: "on lines 2 + 3", or, of a
// choice whose rows are summed, "from line 2 to line 9".
func (lr *longReader) partRows(slot int, from []int32, line int) string {
	if lr.rowsSummed(slot) {
		return fmt.Sprintf("from line %d to line %d", from[slot], line)
	}
	var ls []string
	for _, p := range lr.parts[slot] {
		if from[p] != 0 {
			ls = append(ls, strconv.Itoa(int(from[p])))
		}
	}
	return "on lines " + strings.Join(append(ls, strconv.Itoa(line)), " + ")
}

// labels lists the labels (of line_values or choice_values) of the summed
// figure at slot.
func (lr *longReader) labels(slot int) string {
	var ks []string
	for _, k := range sortedKeys(lr.part) {
		if slices.Contains(lr.parts[slot], lr.part[k]) {
			ks = append(ks, echo.Quote(k))
		}
	}
	return strings.Join(ks, " + ")
}

// samePrecinct checks that a row says of its precinct what the earlier
// rows of its protocol said (an empty region or okrug says nothing).
func (lr *longReader) samePrecinct(p *longProto, row *Row) *ParseError {
	pr, old := row.Precinct, &p.precinct
	conflict := func(k fieldKind, got, had string, at int) *ParseError {
		f := lr.s.fieldOf(k)
		g, h := echo.Pair(got, had)
		hint := lr.s.keyHint(f)
		if hint != "" && len(lr.s.keyCells) == 0 && !slices.ContainsFunc(lr.protos, func(q longProto) bool { return q.precinct.ID != pr.ID }) {
			// Every row before, several, named this one precinct: a key
			// of both columns would name one protocol in them too, and
			// could not tell them apart (Uganda's "category", "Directly
			// Elected MP" on every row, would merge a district's
			// constituencies); the column names no precincts there.
			rows := 0
			_, from := lr.figures(0)
			for _, l := range from {
				if l != 0 {
					rows++
				}
			}
			switch {
			case rows >= 2 && k == fOkrug && strings.ContainsAny(pr.ID, "0123456789"):
				// (Or, the precinct named by a number, the file gives
				// several contests of each precinct, each an okrug:
				// Washington DC's offices.)
				pf := lr.s.fieldOf(fPrecinct)
				hint = fmt.Sprintf(" (the precinct's column gave %s on each of the %d rows before this one, from line %d, of another okrug: if the file gives several contests of each precinct, column %q naming each row's contest, name a precinct by both columns, \"precinct\": {\"columns\": [%q, %q]}, or count one contest's rows alone, \"rows\": {\"where\": [{\"column\": %q, \"values\": [%s]}]}; if the precinct's column names no precincts there, map \"precinct\" to the column that names each precinct)",
					echo.Quote(pr.ID), rows, lr.protos[0].line, f.header, f.header, pf.header, f.header, echo.Quote(old.Okrug))
			case rows >= 2:
				hint = fmt.Sprintf(" (the precinct's column gave %s on each of the %d rows before this one, from line %d: it names no precincts there, and a key of both columns would not tell them apart; map \"precinct\" to the column that names each precinct)", echo.Quote(pr.ID), rows, lr.protos[0].line)
			}
		}
		pe := lr.s.cellError(row.Line, f, fmt.Errorf("%w: precinct %s: %s %s, but line %d gives %s%s", ErrConflict, echo.Quote(pr.ID), lr.s.keyName(f, k), g, at, h, hint))
		if k == fOkrug && lr.s.m.okrugKey() > 0 {
			pe.Field = "okrug" // (the okrug's cells joined, not its first column's)
		}
		return pe
	}
	switch {
	case pr.Region != "" && old.Region != "" && pr.Region != old.Region:
		return conflict(fRegion, pr.Region, old.Region, p.regionLine)
	case pr.Okrug != "" && old.Okrug != "" && pr.Okrug != old.Okrug:
		return conflict(fOkrug, pr.Okrug, old.Okrug, p.okrugLine)
	case pr.Abroad != old.Abroad:
		return conflict(fAbroad, fmt.Sprint(pr.Abroad), fmt.Sprint(old.Abroad), p.line)
	}
	return nil
}

// noPrecinctJoined is the error of a row whose precinct's key, joined
// (Column.Join), leaves a cell of the precinct's own empty, f its field,
// or every cell: join leaves out an empty cell of the okrug's columns
// alone, and such a row (a subtotal of an area, its precinct's cell
// empty) names no precinct; hint is the advice of fill_down.
func (lr *longReader) noPrecinctJoined(row *Row, f *field, hint string) *ParseError {
	s := lr.s
	filter := fmt.Sprintf(`leave such rows out with the mapping's row filter ("rows": {"where": [{"column": %s, "except": [""]}]}), which leaves out every row whose cell there is empty`, columnsJSON([]Column{f.col}))
	var err error
	if row.joinEmpty == s.joinAll {
		err = fmt.Errorf(`%w: every cell of the precinct's key (precinct.columns: [%s]) is empty: the row names no precinct (a total of the file or of an area?); "join" leaves out an empty cell of the okrug's columns alone; %s%s`, ErrBadValue, columnsJSON(s.m.Precinct.Columns), filter, hint)
	} else {
		err = fmt.Errorf(`%w: the cell is empty, and the column is the precinct's own, no column of the okrug: "join" (set) leaves out an empty cell of the okrug's columns alone (a contest's part: a statewide office's district); a row whose precinct's own cell is empty names no precinct: if it is a subtotal (an area's total, its precinct's cell empty), counted as a precinct it would count its votes twice: %s%s`, ErrBadValue, filter, hint)
	}
	pe := s.cellError(row.Line, f, err)
	pe.Field = fmt.Sprintf("precinct.columns[%d]", f.part-1)
	return pe
}

// otherKeyCells is the error of a row whose precinct's key, joined
// (Column.Join), makes the ID of protocol p's from cells given in other
// columns ("X", "", "1" and "", "X", "1" both "X / 1"): two keys that
// join leaves one.
func (lr *longReader) otherKeyCells(p *longProto, row *Row) *ParseError {
	s := lr.s
	part := bits.TrailingZeros32(p.joinEmpty ^ row.joinEmpty) // (the first column whose cell is empty in one row alone)
	var at *field
	for i := range s.fields {
		if f := &s.fields[i]; f.part == part+1 {
			at = f
		}
	}
	pe := s.cellError(row.Line, at, fmt.Errorf(`%w: precinct %s: this row makes its ID of cells given in other columns of the key (precinct.columns: [%s]) than line %d does: line %d leaves %s empty, this row %s; "join" leaves out an empty cell, and the two keys are then one: fill the empty cells, or leave out the rows of one of them (rows.where)`,
		ErrConflict, echo.Quote(row.Precinct.ID), columnsJSON(s.m.Precinct.Columns), p.line, p.line, lr.keyEmpty(p.joinEmpty), lr.keyEmpty(row.joinEmpty)))
	pe.Field = fmt.Sprintf("precinct.columns[%d]", part)
	return pe
}

// keyEmpty names the columns of the precinct's key that Row.joinEmpty
// marks empty: "none" when none is.
func (lr *longReader) keyEmpty(empty uint32) string {
	var cs []Column
	for i, c := range lr.s.m.Precinct.Columns {
		if empty&partBit(i) != 0 {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return "none"
	}
	return columnsJSON(cs)
}

// fillPrecinct fills in a protocol's empty region or okrug from a row.
func (lr *longReader) fillPrecinct(p *longProto, row *Row) {
	if p.precinct.Region == "" && row.Precinct.Region != "" {
		p.precinct.Region, p.regionLine = row.Precinct.Region, row.Line
	}
	if p.precinct.Okrug == "" && row.Precinct.Okrug != "" {
		p.precinct.Okrug, p.okrugLine = row.Precinct.Okrug, row.Line
	}
}

// describe names a protocol in messages: its precinct, and its ballot and
// count when the file has several.
func (lr *longReader) describe(p *longProto) string {
	d := echo.Quote(p.precinct.ID)
	if lr.s.m.BallotColumn != nil {
		d += " (" + string(p.ballot) + " ballot)"
	}
	if lr.s.m.MachineColumn != nil && p.machine {
		d += " (machine count)"
	}
	return d
}

// emit gives fn each protocol, in the order of their first rows, as
// scanner.take would give a row.
func (lr *longReader) emit(fn func(row *Row) error, skipped *[]*ParseError) error {
	if pe := lr.contestsCheck(); pe != nil {
		return pe
	}
	nl, nv := len(lr.layout.Lines), len(lr.layout.Votes)
	out := &lr.out
	stands, off := lr.standing(), lr.otherBallots()
	for i := range lr.protos {
		p := &lr.protos[i]
		vs, from := lr.figures(i)
		out.Line, out.Index, out.Precinct, out.Ballot, out.Machine = p.line, p.index, p.precinct, p.ballot, p.machine
		out.LastLine = 0
		if p.last > p.line {
			out.LastLine = p.last
		}
		for slot, ps := range lr.parts {
			// A line some of whose labels no row of the protocol gives
			// is not given: its sum would be too small. A choice's
			// labels are other names of it (one party's two spellings
			// across towns): one that no row names is no part of the
			// protocol's figure.
			if lr.vote(slot) {
				continue
			}
			for _, p := range ps {
				if from[p] == 0 {
					vs[slot] = Value{}
				}
			}
		}
		out.Lines, out.Votes, out.Preferences = vs[:nl:nl], vs[nl:nl+nv:nl+nv], vs[nl+nv:lr.figs:lr.figs]
		if p.summed {
			lr.overVoters(p, out.Lines, out.Votes)
		}
		lr.sameNext(p, out.Votes)
		lr.partsEmit(i)
		out.PresentLines, out.PresentVotes, out.PresentPreferences = out.PresentLines[:0], out.PresentVotes[:0], out.PresentPreferences[:0]
		for j, v := range out.Lines {
			if v.OK {
				out.PresentLines = append(out.PresentLines, int32(j))
			}
		}
		out.NamedVotes = out.NamedVotes[:0]
		for j, v := range out.Votes {
			if v.OK {
				out.PresentVotes = append(out.PresentVotes, int32(j))
			}
			if from[nl+j] != 0 {
				out.NamedVotes = append(out.NamedVotes, int32(j))
			}
		}
		if lr.lists != nil {
			lr.choiceLists(i, out)
		}
		if lr.emptyParts != nil {
			// An empty cell of a choice whose other rows give its votes
			// is a part read as 0; a choice all of whose cells are empty
			// is counted below, once, as a choice read as 0.
			for j, v := range out.Votes {
				if v.OK {
					lr.s.notOnBallotCells += lr.emptyParts[[2]int{i, nl + j}]
				}
			}
		}
		if lr.s.m.EmptyVotes == EmptyVotesNotOnBallot && len(out.PresentVotes) > 0 && len(out.PresentVotes) < nv {
			// "empty_votes": "not_on_ballot": a choice no row of the
			// protocol names, or names with an empty cell, is not on its
			// ballot (Norway's lists differ by constituency): 0 votes.
			// A candidate no row of the protocol's okrug names stands in
			// another okrug: absent, not a 0 of a candidate who does not
			// stand there (X210); a choice that rows of the file's other
			// ballot name and no row of this ballot is that ballot's
			// (Hungary's candidates beside its lists): absent too, not a
			// 0 of a party or candidate not on this ballot (X209, X210).
			var in []bool
			if p.ballot == election.OkrugBallot && p.precinct.Okrug != "" {
				in = stands[p.precinct.Okrug]
			}
			other := off[p.ballot]
			out.PresentVotes = out.PresentVotes[:0]
			for j := range out.Votes {
				if !out.Votes[j].OK {
					if in != nil && !in[j] || other != nil && other[j] {
						continue
					}
					out.Votes[j] = Value{OK: true}
					lr.s.notOnBallotCells++
				}
				out.PresentVotes = append(out.PresentVotes, int32(j))
			}
		}
		for j, v := range out.Preferences {
			if v.OK {
				out.PresentPreferences = append(out.PresentPreferences, int32(j))
			}
		}
		out.long = i
		if err := lr.s.take(out, nil, fn, skipped); err != nil {
			return err
		}
	}
	return nil
}

// standing returns, under "empty_votes": "not_on_ballot", the candidates
// that stand in each okrug of the okrug ballot protocols that name one:
// those some row of a protocol of that okrug names, by vote slot.
func (lr *longReader) standing() map[string][]bool {
	if lr.s.m.EmptyVotes != EmptyVotesNotOnBallot {
		return nil
	}
	nl, nv := len(lr.layout.Lines), len(lr.layout.Votes)
	var stands map[string][]bool
	for i := range lr.protos {
		p := &lr.protos[i]
		if p.ballot != election.OkrugBallot || p.precinct.Okrug == "" {
			continue
		}
		if stands == nil {
			stands = map[string][]bool{}
		}
		in := stands[p.precinct.Okrug]
		if in == nil {
			in = make([]bool, nv)
			stands[p.precinct.Okrug] = in
		}
		_, from := lr.figures(i)
		for j := range nv {
			in[j] = in[j] || from[nl+j] != 0
		}
	}
	return stands
}

// otherBallots returns, under "empty_votes": "not_on_ballot" in a file
// whose rows give both ballots, the vote slots of each ballot that are
// the other ballot's alone: named by some row of a protocol of the other
// ballot and by no row of one of this ballot. nil when the file gives
// one ballot: a choice no row names is then not on any protocol's
// ballot, 0 votes.
func (lr *longReader) otherBallots() map[election.BallotKind][]bool {
	if lr.s.m.EmptyVotes != EmptyVotesNotOnBallot {
		return nil
	}
	nl, nv := len(lr.layout.Lines), len(lr.layout.Votes)
	named := map[election.BallotKind][]bool{}
	for i := range lr.protos {
		in := named[lr.protos[i].ballot]
		if in == nil {
			in = make([]bool, nv)
			named[lr.protos[i].ballot] = in
		}
		_, from := lr.figures(i)
		for j := range nv {
			in[j] = in[j] || from[nl+j] != 0
		}
	}
	if len(named) < 2 {
		return nil
	}
	off := make(map[election.BallotKind][]bool, len(named))
	for b, in := range named {
		o := make([]bool, nv)
		for ob, oin := range named {
			if ob == b {
				continue
			}
			for j := range nv {
				o[j] = o[j] || oin[j] && !in[j]
			}
		}
		off[b] = o
	}
	return off
}

// voteLine returns the line of the row that names vote j of the
// protocol r gives, or 0 when no row names it.
func (lr *longReader) voteLine(r *Row, j int) int {
	if r.long < 0 || r.long >= len(lr.protos) {
		return 0
	}
	_, from := lr.figures(r.long)
	return int(from[len(lr.layout.Lines)+j])
}

// figureLines calls fn with the field ("votes.ID") and the line of each
// figure of r's protocol that one row gives: a figure summed from several
// rows (of labels, or a choice's rows under ChoiceRowsSum) has no row of
// its own, and a figure not given none at all.
func (lr *longReader) figureLines(r *Row, fn func(field string, line int)) {
	lr.figureSlots(r, func(slot, line int) { fn(lr.slotField(slot), line) })
}

// figureSlots is figureLines by slot (lines, then votes, then
// preferences, as the mapping's Layout gives them).
func (lr *longReader) figureSlots(r *Row, fn func(slot, line int)) {
	if r.long < 0 || r.long >= len(lr.protos) {
		return
	}
	vs, from := lr.figures(r.long)
	for slot := range lr.figs {
		if from[slot] == 0 || !vs[slot].OK || lr.rowsSummed(slot) || lr.partsGiven(slot, from) > 1 {
			continue
		}
		fn(slot, int(from[slot]))
	}
}

// slotField names the mapping's field of the figure at slot ("votes.ID").
func (lr *longReader) slotField(slot int) string {
	nl, nv := len(lr.layout.Lines), len(lr.layout.Votes)
	switch {
	case slot < nl:
		return "lines." + string(lr.layout.Lines[slot])
	case slot < nl+nv:
		return "votes." + lr.layout.Votes[slot-nl]
	default:
		return "preferences." + lr.layout.Preferences[slot-nl-nv]
	}
}

// summedLines calls fn with the field ("votes.ID") and the lines of the
// rows of each figure of r's protocol summed from several rows (of
// labels, or a choice's rows under ChoiceRowsSum), in file order: the
// figures figureLines leaves out. Only a reader that keeps them
// (keepSums) knows them.
func (lr *longReader) summedLines(r *Row, fn func(field string, lines []int)) {
	if r.long < 0 || r.long >= len(lr.protos) || len(lr.sumLines) == 0 {
		return
	}
	vs, _ := lr.figures(r.long)
	for slot := range lr.figs {
		ls := lr.sumLines[[2]int{r.long, slot}]
		if len(ls) < 2 || !vs[slot].OK {
			continue
		}
		lines := make([]int, len(ls))
		for j, l := range ls {
			lines[j] = int(l)
		}
		fn(lr.slotField(slot), lines) // (preference votes are never summed)
	}
}

// partsGiven counts the labels of the summed figure at slot that rows of
// the protocol whose lines are from name: a choice one label of which
// the protocol's rows name (one spelling of a party in a town) has that
// label's row, as a figure of one label has.
func (lr *longReader) partsGiven(slot int, from []int32) int {
	n := 0
	for _, p := range lr.parts[slot] {
		if from[p] != 0 {
			n++
		}
	}
	return n
}

// figureLine is Row.FigureLine for a protocol of a long file.
func (lr *longReader) figureLine(r *Row, field string) int {
	line := 0
	lr.figureLines(r, func(f string, l int) {
		if f == field {
			line = l
		}
	})
	return line
}

// rowError is Row.Error for a protocol of a long file: a line or choice
// is placed at the row that gave it (its choice, or its repeated line
// column); a figure no row gave, at the protocol's first row.
func (lr *longReader) rowError(r *Row, field string, err error) *ParseError {
	pe := &ParseError{File: lr.s.file, Line: r.Line, Field: field, Err: err}
	slot := -1
	if l, ok := strings.CutPrefix(field, "lines."); ok {
		slot = slices.Index(lr.layout.Lines, election.Line(l))
	} else if id, ok := strings.CutPrefix(field, "votes."); ok {
		if slot = slices.Index(lr.layout.Votes, id); slot >= 0 {
			slot += len(lr.layout.Lines)
		}
	} else if id, ok := strings.CutPrefix(field, "preferences."); ok {
		if slot = slices.Index(lr.layout.Preferences, id); slot >= 0 {
			slot += len(lr.layout.Lines) + len(lr.layout.Votes)
		}
	}
	if slot < 0 || r.long < 0 || r.long >= len(lr.protos) {
		return pe
	}
	if _, from := lr.figures(r.long); from[slot] != 0 {
		pe.Line = int(from[slot])
	}
	f := lr.field(fLine, field) // a repeated line column
	if f == nil {
		f = lr.field(fVote, "votes_column")
	}
	pe.Column, pe.Header = f.idx+1, f.header
	return pe
}

// figureText is a figure as a message says it: its number, or "empty".
func figureText(v Value) string {
	if !v.OK {
		return "empty"
	}
	return strconv.FormatInt(v.N, 10)
}
