package ingest

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"maps"
	"math/bits"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Options tune reading.
type Options struct {
	// Lenient turns an unreadable row (a CSV syntax error, a short row, a
	// cell that is not a number, an unknown ballot text...) into an entry of
	// Skipped, and reading goes on. By default the first bad row is the
	// error. Problems with the file as a whole (no header row, a mapped
	// header missing, no data rows, UTF-16, an I/O error) are errors in
	// both modes.
	Lenient bool
	// Concurrent parses the rows on other goroutines, one per core, ahead
	// of the function that handles them (see parallel.go): the file is cut
	// into chunks of whole lines, and read by one tokenizer from the first
	// line whose quoted cell spans lines on. The rows, their order, the
	// errors and the goroutine the function (and Precinct) runs on are the
	// same as without it. With one core (GOMAXPROCS 1, as in WASM) it is
	// ignored. Reading stops, and the goroutines end, before Scan returns.
	Concurrent bool
	// CheckConflicts makes Scan and ScanRows check, as ReadCSV always
	// does, that the rows of one precinct agree on its region, okrug and
	// abroad flag: a row that contradicts an earlier one is an error
	// wrapping ErrConflict (in Lenient mode, a skipped row). It keeps one
	// entry per precinct ID of the file.
	CheckConflicts bool
	// Counts, when set, is filled in as a scan ends with the number of
	// data rows and of those the mapping's row filter left out.
	Counts *Counts
	// Precinct, when set, is called with the precinct cell of each row
	// (trimmed, not empty) and returns the ID to use for it (so that rows
	// may share one string per precinct) and an index: >= 0 for a
	// precinct the caller knows (say, its place in a definition), which
	// Row.Index carries and by which CheckConflicts keeps its state in a
	// slice instead of a map; -1 otherwise. It is called from the
	// caller's goroutine, one row at a time, in file order.
	Precinct func(cell []byte) (id string, index int)
	// PrecinctsKnown, when Precinct is set, is how many precincts it
	// knows (its indexes are below it): CheckConflicts then makes its
	// state for them at once rather than growing it as their rows come.
	PrecinctsKnown int
	// PrecinctsOnly reads, of a wide file, only the cells that place a
	// row and say its ballot and count (precinct, region, okrug, abroad,
	// ballot, machine): the rows come without figures, and a figure cell
	// that is not a number is not seen. The header row must name every
	// column the mapping maps, and a row must have as many cells as for a
	// full reading. A count that learns the precincts of a file before it
	// counts the file reads it so first. A long file is read whole.
	PrecinctsOnly bool
	// Okrugs, when set, are the election's okrugs with their candidates.
	// Under "empty_votes": "not_on_ballot" an empty votes cell of an
	// okrug ballot row is then 0 votes only for a choice on that okrug's
	// ballot (one of its candidates, or "against all"): the cell of a
	// candidate of other okrugs stays empty, a candidate who did not
	// stand there, never a 0 of one who does not stand (X210). A row of
	// an okrug not among them is read as without Okrugs.
	Okrugs []election.Okrug

	chunkBytes int // a parallel scan's chunk size, when not chunkBytes (tests)
}

// Table is a protocols file read whole.
type Table struct {
	// Protocols holds one protocol per row read, in file order. Lines and
	// Votes are never nil; Preferences is nil when the row gives none.
	Protocols []election.Protocol
	// Precincts holds one precinct per precinct ID seen, in first-seen
	// order, with its region, okrug and abroad flag from the columns when
	// they are mapped. An empty region or okrug cell is filled in from a
	// later row of the same precinct; two different values are ErrConflict.
	Precincts []election.Precinct
	// Skipped holds, in Lenient mode, one error per row not read.
	Skipped []*ParseError
	// Counts are what the reading counted beside the protocols (Rows,
	// LeftOut, Blank...), as a scan with Options.Counts gives them: the
	// notes and findings of a file read whole are made from them as a
	// scanned file's are. Rows == len(Protocols) + len(Skipped) +
	// LeftOut, but for a long file, whose protocols are made of several
	// rows each.
	Counts
	// Lines[i] is the file line where the row of Protocols[i] starts (in
	// a long file, its first row).
	Lines []int
	// LastLines[i] is, in a long file, the line of the last row of
	// Protocols[i] read from several rows, 0 for one of one row; nil for
	// a file of a row per protocol.
	LastLines []int
	// PrecinctColumns[i] is, in a transposed file, the column of the
	// precinct of Protocols[i] (Lines[i] is then the header row's); nil
	// for a file of a row per precinct.
	PrecinctColumns []int
	// LineIDs lists the lines of the rows that name no precinct, whose
	// ID was made from their line (Row.LineID).
	LineIDs []int
	// Columns gives the 1-based column of each mapped field of the file
	// ("precinct", "lines.voters", "votes.ak-jol"), for errors found in
	// the protocols later (a sum past int64). A figure mapped to several
	// columns has the first ("lines.invalid"), and each of them its own
	// ("lines.invalid.columns[1]").
	Columns map[string]int
	// Sums gives the 1-based columns of each figure mapped to several
	// (their sum); nil when there is none.
	Sums map[string][]int
	// EmptyChoices lists the rows of a long file that name a choice of a
	// protocol with its votes cell empty, a figure not given: a finding
	// about that figure is about that row, not about the protocol's
	// others. nil for a wide file.
	EmptyChoices []ChoiceRow
	// FigureRows gives, in a long file, the row of each figure that one
	// row gives, in protocol order: a finding about the figure (a copy
	// that differs) is about that row, not the protocol's first. A
	// figure summed from several rows has none. nil for a wide file.
	FigureRows []FigureRow
	// SummedRows gives, in a long file, the rows of each figure summed
	// from several rows (a choice's rows under "choice_rows": "sum", the
	// labels of one line or choice), in protocol order, each with its
	// Rows: a difference in such a figure is about those rows, which
	// need not be the protocol's first nor next to each other.
	SummedRows []FigureRow
	// ChoiceLists gives, in a long file whose mapping has
	// choice_list_column, the list cell of each choice of each protocol
	// (Row.ChoiceLists), in protocol order; nil otherwise.
	ChoiceLists []ChoiceList
}

// FigureRow says which row of a long file gives a figure of a protocol.
type FigureRow struct {
	Protocol int    // its index in Table.Protocols
	Field    string // "lines.valid", "votes.ID", "preferences.ID"
	Line     int    // the file line of the row
	// Rows are the lines of the rows a summed figure adds up, in file
	// order, Line the first of them (Table.SummedRows); nil for a figure
	// of one row.
	Rows []int
}

// ChoiceRow says where a long file names a choice of a protocol.
type ChoiceRow struct {
	Protocol int    // its index in Table.Protocols
	Choice   string // the choice's ID
	Line     int    // the file line of the row
}

// Layout is the order of the figures in a Row: the mapped lines in
// protocol order, the mapped choices by ID with election.AgainstAll last,
// the mapped preference candidates by ID.
type Layout struct {
	Lines       []election.Line
	Votes       []string
	Preferences []string
}

// Layout returns the order of the figures in the rows ScanRows gives for
// this mapping.
func (m Mapping) Layout() Layout {
	if m.long() {
		return m.longLayout()
	}
	var l Layout
	for _, f := range m.fields() {
		if f.sum > 1 {
			continue // a column of a sum, after its first
		}
		switch f.kind {
		case fLine:
			l.Lines = append(l.Lines, election.Line(f.key))
		case fVote:
			l.Votes = append(l.Votes, f.key)
		case fPref:
			l.Preferences = append(l.Preferences, f.key)
		}
	}
	return l
}

// Value is one figure of a row; OK is false when the cell was empty (the
// figure is absent, which is not zero).
type Value struct {
	N  int64
	OK bool
}

// Row is one row of a protocols file in dense form, the figures in the
// order of the mapping's Layout: Lines[i] is the figure of Layout.Lines[i],
// and so on. It is what Scan and ReadCSV are built on, for callers that sum
// millions of rows and would rather index a slice than fill maps.
type Row struct {
	Line int // the 1-based line where the row starts
	// LastLine is the line of the last row of a long file's protocol
	// read from several rows (Line its first's), 0 for a protocol of one
	// row and for a file of a row per protocol.
	LastLine int
	// Column is the 1-based column of a transposed file's precinct (Line
	// is then its header row's), 0 for a file of a row per precinct.
	Column      int
	Index       int // the precinct's index from Options.Precinct, or -1
	Precinct    election.Precinct
	Ballot      election.BallotKind
	Machine     bool
	Lines       []Value
	Votes       []Value
	Preferences []Value
	// PresentLines, PresentVotes and PresentPreferences list, in file
	// order, the indexes of the figures the row gives (those whose Value
	// is OK): a caller of a file with many columns, most of them empty,
	// reads them instead of every Value.
	PresentLines, PresentVotes, PresentPreferences []int32
	// NamedVotes lists, for a protocol of a long file, the indexes of
	// the votes its rows name, with a figure or with an empty cell (a
	// choice named is on the ballot, its figure not given); nil for a
	// wide file.
	NamedVotes []int32
	// ChoiceLists gives, for a protocol of a long file whose mapping has
	// choice_list_column, the list cell of each choice its rows name;
	// nil otherwise.
	ChoiceLists []ChoiceList
	// LineID says that the row names no precinct (its precinct cell, or
	// one of its key columns, is empty): its precinct ID is made of its
	// key cells with "line N" in place of each empty one, stable for the
	// file, and unique to the row. A count says so in a note.
	LineID bool
	// placeNotGiven counts the row's region and okrug cells read as not
	// given for their text (Mapping.NotGiven): a place not given, as an
	// empty cell is. (Beside LineID, in the padding.)
	placeNotGiven uint8
	// compat counts the row's cells of names read in their
	// compatibility form (compatfold.go); digits its figures written in
	// Arabic-Indic or Persian digits (arabicdigits.go).
	compat, digits uint8
	// spaces counts the row's cells of names read with a run of white
	// space inside them as one space (spacerun.go).
	spaces uint8
	// joinEmpty marks, under the precinct's Column.Join, the parts of its
	// key whose cells were empty (partBit), set for every row. (Beside
	// LineID: it fits in the padding, and a row is copied for every
	// line of a file.)
	joinEmpty uint32
	// emptyPart is the 1-based part of the precinct's key first left
	// empty, when LineID is set by a key of several columns: the error
	// names that column, not another.
	emptyPart int

	precinctCell []byte   // a parallel scan's precinct cell, until placed
	scan         *scanner // the file and its columns, for Error
	choiceCell   []byte   // a long file's choice cell (long.go)
	choiceAlt    int      // the field.alt of the column that gave choiceCell
	listCell     []byte   // a long file's cell of its choice's list (choicelist.go)
	long         int      // a long file's protocol: its index (long.go)
	notGiven     int      // the cells read as not given for their text (Mapping.NotGiven)
	bare         int      // the cells with a quote they do not begin with (tokenizer.bare)
	// cells identifies the row's cells, trimmed, every column's (a long
	// file's under "choice_rows": "sum", whose rows summed must differ in
	// a cell: longReader.add); zero otherwise.
	cells [16]byte
	// alike identifies the row's cells but its figure's (votes_column),
	// under "choice_rows": "sum": two rows summed that differ in the
	// figure alone are a row repeated or a total, not two parts
	// (Counts.SummedAlike).
	alike [16]byte
	// raw is the line a long file's row was read from (fillLine,
	// fillQuoted), rec its cells when the tokenizer split it (fill): the
	// long reader keeps the last rows' cells to name the columns two rows
	// of one protocol and choice differ in (recent.go).
	raw []byte
	rec [][]byte
}

// FigureLine returns the line of the row of a long file that gives the
// figure field ("votes.ID", "lines.valid") of r's protocol alone: 0 for a
// row of another file, a figure not given, or one summed from several
// rows (see Table.FigureRows).
func (r *Row) FigureLine(field string) int {
	if r == nil || r.scan == nil || r.scan.long == nil {
		return 0
	}
	return r.scan.long.figureLine(r, field)
}

// FigureLines calls fn with each line and choice whose figure one row of
// a long file's protocol gives alone, by its index in the mapping's
// Layout().Lines followed by its Layout().Votes (choice j at
// len(Lines)+j), and the line of that row (as FigureLine gives it): a
// finding about the line (P103's valid ballots, X201) or the choice's
// votes (X202) is about that row. A line given in a column repeated on
// every row of the protocol is at the first row that gives it, whose
// figure is read (the others must agree). It calls nothing for a row of
// another file.
func (r *Row) FigureLines(fn func(figure, line int)) {
	if r == nil || r.scan == nil || r.scan.long == nil {
		return
	}
	lr := r.scan.long
	lr.figureSlots(r, func(slot, line int) {
		if slot < len(lr.layout.Lines) || lr.vote(slot) {
			fn(slot, line)
		}
	})
}

// Error returns a *ParseError for a problem found in the row after it was
// read (a sum it makes overflow, say): the file, the row's line, and the
// column and header of the mapping field named ("lines.voters",
// "votes.ak-jol", as Layout's figures are named with their section), or
// no column when the mapping has no such field. For a figure mapped to
// several columns, Sum lists them, and Column and Header are the first's.
func (r *Row) Error(field string, err error) *ParseError {
	if r == nil {
		return &ParseError{Field: field, Err: err}
	}
	pe := &ParseError{Line: r.Line, Field: field, Err: err}
	if r.scan == nil {
		return pe
	}
	if r.scan.long != nil {
		return r.scan.long.rowError(r, field, err)
	}
	pe.File = r.scan.file
	for i := range r.scan.fields {
		if f := &r.scan.fields[i]; f.name == field {
			pe.Column, pe.Header = f.idx+1, f.header
			if t := r.scan.turn; t != nil {
				t.place(pe, f.idx)
			}
			return pe
		}
	}
	if cols, hs := r.scan.sumColumns(field); len(cols) > 0 {
		pe.Column, pe.Header, pe.Sum = cols[0], hs[0], cols
		if t := r.scan.turn; t != nil { // a sum of rows: its first one's cell
			pe.Sum = nil
			t.place(pe, cols[0]-1)
		}
	}
	return pe
}

// ReadCSV reads a protocols file whole: it is Scan keeping a copy of each
// protocol and one Precinct per precinct ID. On an error it returns the
// table as read up to that point with the error.
func ReadCSV(r io.Reader, file string, m Mapping, o Options) (Table, error) {
	if r == nil {
		return Table{}, nilError(file, "reader")
	}
	return readCSV(r, file, m, o, tokenize)
}

func readCSV(r io.Reader, file string, m Mapping, o Options, src sourceFunc) (Table, error) {
	var t Table
	o.CheckConflicts = false // tracked here
	s, err := newScanner(file, m, o, src)
	if err != nil {
		return t, err
	}
	if s.long != nil {
		s.long.keepSums = true // for Table.SummedRows
	}
	track := newTracker()
	t.Skipped, t.Rows, err = s.protocols(r, func(line int, p *election.Protocol, pr election.Precinct) error {
		i, pe := track.add(s, line, pr, -1)
		if pe != nil {
			return pe
		}
		q := *p
		q.Precinct = track.precincts[i].ID // one string per precinct
		q.Lines = maps.Clone(p.Lines)
		q.Votes = maps.Clone(p.Votes)
		q.Preferences = nil
		if len(p.Preferences) > 0 {
			q.Preferences = maps.Clone(p.Preferences)
		}
		t.Protocols = append(t.Protocols, q)
		t.Lines = append(t.Lines, line)
		if row := s.given; row != nil && row.Column > 0 {
			t.PrecinctColumns = append(t.PrecinctColumns, row.Column)
		}
		if row := s.given; row != nil && s.long != nil {
			t.LastLines = append(t.LastLines, row.LastLine)
			for _, j := range row.NamedVotes {
				if !row.Votes[j].OK {
					t.EmptyChoices = append(t.EmptyChoices, ChoiceRow{Protocol: len(t.Protocols) - 1, Choice: s.layout.Votes[j], Line: s.long.voteLine(row, int(j))})
				}
			}
			s.long.figureLines(row, func(f string, line int) {
				t.FigureRows = append(t.FigureRows, FigureRow{Protocol: len(t.Protocols) - 1, Field: f, Line: line})
			})
			s.long.summedLines(row, func(f string, lines []int) {
				t.SummedRows = append(t.SummedRows, FigureRow{Protocol: len(t.Protocols) - 1, Field: f, Line: lines[0], Rows: lines})
			})
			for _, c := range row.ChoiceLists {
				c.Protocol = len(t.Protocols) - 1
				t.ChoiceLists = append(t.ChoiceLists, c)
			}
		}
		return nil
	})
	t.Precincts = track.precincts
	t.LineIDs = s.lineIDs
	t.LeftOut = s.leftOut
	t.Blank, t.BlankLines, t.SkippedLines, t.FooterLines = s.blank, s.blankLines, s.skippedLines, s.footerLines
	t.Empty, t.EmptyLines = s.empty.n, s.empty.lines
	t.NotOnBallot = s.notOnBallotCells
	t.ZeroCells = s.zeroCells
	t.NotGiven = s.notGivenCells
	t.BareQuotes, t.BareQuoteRows, t.BareQuoteLines = s.bare.n, s.bare.rows, s.bare.lines
	t.PlacesNotGiven, t.PlacesNotGivenRows, t.PlacesNotGivenLines = s.placesNotGiven.n, s.placesNotGiven.rows, s.placesNotGiven.lines
	t.CompatCells, t.CompatRows, t.CompatLines = s.compat.n, s.compat.rows, s.compat.lines
	t.SpaceCells, t.SpaceRows, t.SpaceLines = s.spaces.n, s.spaces.rows, s.spaces.lines
	t.OtherDigits, t.OtherDigitsRows, t.OtherDigitsLines = s.digits.n, s.digits.rows, s.digits.lines
	t.DataHeader, t.SkippedData = s.dataHeader, s.skippedData
	t.Unread, t.EmptyVotes = s.unread, s.emptyVotes
	t.FilledDown = s.down.counts()
	t.TotalsOff = s.totalsOff
	if s.long != nil {
		t.SummedAlike, t.SummedAlikeN = s.long.alikeRows, s.long.alikeN
		t.SummedRepeat, t.SummedOver = s.long.repeated(), s.long.over
		t.SummedPeople = s.long.people
		t.SummedNumbers, t.SummedFigures = s.long.numbers, len(s.long.summedFigs)
		t.SameVotes = s.long.sameVotes()
		t.SameParts = s.long.sameParts()
	}
	t.Garbled = s.garbled()
	if s.ncols > 0 && s.turn == nil { // a transposed file's figure has a column per precinct
		t.Columns = make(map[string]int, len(s.fields))
		for _, f := range s.fields {
			t.Columns[f.name] = f.idx + 1
			if f.sum > 0 {
				if t.Sums == nil {
					t.Sums = map[string][]int{}
				}
				t.Sums[f.figure()], _ = s.sumColumns(f.figure())
				t.Columns[f.figure()] = t.Sums[f.figure()][0]
			}
		}
	}
	return t, err
}

// tracker keeps one Precinct per precinct ID of a file, in first-seen
// order, to find rows that contradict each other (ErrConflict); for rows
// whose precinct has an index (Options.Precinct), a compact state by
// index instead.
type tracker struct {
	index     map[string]int // precinct ID -> index in precincts
	precincts []election.Precinct
	byIndex   []trackState
	names     map[string]uint32 // region and okrug IDs -> 1 + index in nameList
	nameList  []string
	recent    [2]uint32 // the last two names looked up
}

type trackState struct {
	region, okrug uint32 // 1 + index in nameList; 0 for empty
	seen, abroad  bool
}

func newTracker() *tracker { return &tracker{index: map[string]int{}, names: map[string]uint32{}} }

func (t *tracker) name(s string) uint32 {
	if s == "" {
		return 0
	}
	for _, n := range t.recent {
		if n != 0 && t.nameList[n-1] == s {
			return n
		}
	}
	if n, ok := t.names[s]; ok {
		t.recent[1], t.recent[0] = t.recent[0], n
		return n
	}
	t.nameList = append(t.nameList, s)
	n := uint32(len(t.nameList))
	t.names[s] = n
	return n
}

// add merges the precinct of a row into what earlier rows said: an empty
// region or okrug is filled in from a later row; two different values are
// an error. It returns the precinct's index in t.precincts (or idx, the
// index the caller gave it, when >= 0).
func (t *tracker) add(s *scanner, line int, pr election.Precinct, idx int) (int, *ParseError) {
	if idx >= 0 {
		if idx >= len(t.byIndex) {
			n := max(idx+1, 2*len(t.byIndex), 1024, s.o.PrecinctsKnown)
			t.byIndex = slices.Grow(t.byIndex, n-len(t.byIndex))[:n]
		}
		st := &t.byIndex[idx]
		region, okrug := t.name(pr.Region), t.name(pr.Okrug)
		if !st.seen {
			*st = trackState{region: region, okrug: okrug, seen: true, abroad: pr.Abroad}
			return idx, nil
		}
		switch {
		case region != 0 && st.region != 0 && region != st.region:
			return idx, s.conflict(line, fRegion, pr.ID, pr.Region, t.nameList[st.region-1])
		case okrug != 0 && st.okrug != 0 && okrug != st.okrug:
			return idx, s.conflict(line, fOkrug, pr.ID, pr.Okrug, t.nameList[st.okrug-1])
		case pr.Abroad != st.abroad:
			return idx, s.conflict(line, fAbroad, pr.ID, strconv.FormatBool(pr.Abroad), strconv.FormatBool(st.abroad))
		}
		if st.region == 0 {
			st.region = region
		}
		if st.okrug == 0 {
			st.okrug = okrug
		}
		return idx, nil
	}
	i, seen := t.index[pr.ID]
	if !seen {
		i = len(t.precincts)
		t.index[pr.ID] = i
		t.precincts = append(t.precincts, pr)
		return i, nil
	}
	old := &t.precincts[i]
	switch {
	case pr.Region != "" && old.Region != "" && pr.Region != old.Region:
		return i, s.conflict(line, fRegion, pr.ID, pr.Region, old.Region)
	case pr.Okrug != "" && old.Okrug != "" && pr.Okrug != old.Okrug:
		return i, s.conflict(line, fOkrug, pr.ID, pr.Okrug, old.Okrug)
	case pr.Abroad != old.Abroad:
		return i, s.conflict(line, fAbroad, pr.ID, strconv.FormatBool(pr.Abroad), strconv.FormatBool(old.Abroad))
	}
	if old.Region == "" {
		old.Region = pr.Region
	}
	if old.Okrug == "" {
		old.Okrug = pr.Okrug
	}
	return i, nil
}

// Scan reads a protocols CSV file in one pass and calls fn once per row
// read, with the 1-based line where the row starts, the row's protocol and
// its precinct as the row gives it. It keeps no rows: memory does not grow
// with the file.
//
// The protocol p and its maps are reused from one call to the next: they
// are valid only during the call (copy what you keep, with maps.Clone).
// Lines and Votes are never nil; Preferences is nil unless the mapping maps
// preference columns. The strings in p and pr may be kept.
//
// If fn returns an error, Scan stops and returns it, except that in Lenient
// mode a *ParseError from fn counts the row as unreadable: it is added to
// skipped and scanning goes on. Skipped rows come back in skipped (always
// empty unless o.Lenient). Every data row is either given to fn or
// skipped; a file with a header row and no data rows is an error wrapping
// ErrNoRows, so that an empty file is never read silently as no protocols.
func Scan(r io.Reader, file string, m Mapping, o Options, fn func(line int, p *election.Protocol, pr election.Precinct) error) (skipped []*ParseError, err error) {
	if r == nil || fn == nil {
		return nil, nilError(file, "reader or function")
	}
	s, err := newScanner(file, m, o, tokenize)
	if err != nil {
		return nil, err
	}
	skipped, _, err = s.protocols(r, fn)
	return skipped, err
}

// ScanRows is Scan with dense rows: fn gets each row with its figures in
// the order of m.Layout(), and no maps are filled. The row and its slices
// are reused from one call to the next; the strings in it may be kept.
// Errors and Lenient mode are as for Scan.
func ScanRows(r io.Reader, file string, m Mapping, o Options, fn func(row *Row) error) (skipped []*ParseError, err error) {
	if r == nil || fn == nil {
		return nil, nilError(file, "reader or function")
	}
	s, err := newScanner(file, m, o, tokenize)
	if err != nil {
		return nil, err
	}
	skipped, _, err = s.run(r, fn)
	return skipped, err
}

// A recordSource splits CSV into records: read returns the next record's
// fields (valid until the next read) or io.EOF, a *csv.ParseError for a
// record that is not well-formed CSV (with the fields completed before the
// error), or a read error; fieldLine gives the line where a field of the
// last record starts. After dataRows, a record that spans lines and is no
// CSV costs its first line alone (see tokenizer.oneLine).
type recordSource interface {
	read() ([][]byte, error)
	fieldLine(i int) int
	dataRows()
}

// A sourceFunc makes the recordSource of r, whose first line is the
// file's line after line (the lines skip_rows skipped).
type sourceFunc func(r *bufio.Reader, delim byte, line int) recordSource

func tokenize(r *bufio.Reader, delim byte, line int) recordSource {
	t := newTokenizer(r, delim)
	t.numLine = line
	return t
}

func (t *tokenizer) dataRows() { t.oneLine = true }

// A lookahead is a recordSource that shows the bytes after the last
// record it read, up to n of them, without reading them, and whether
// they run to the input's end.
type lookahead interface {
	ahead(n int) ([]byte, bool)
}

func (t *tokenizer) ahead(n int) ([]byte, bool) {
	b, err := t.r.Peek(n)
	return b, err != nil
}

// scanner is a mapping made ready for one file.
type scanner struct {
	given  *Row // the row protocols gives its fn
	file   string
	m      Mapping
	o      Options
	src    sourceFunc
	fields []field // bound to the header row: sorted by column
	// ignored are the columns of Mapping.Ignore (bindIgnore), unread the
	// columns of whole numbers no field reads (unreadColumns).
	ignored []int
	unread  []UnreadColumn
	// down fills the empty cells of Mapping.FillDown's columns from the
	// row above; nil when it names none.
	down *downFill
	// emptyVotes counts the empty cells of a long file's votes column on
	// the rows unreadColumns looks at.
	emptyVotes EmptyVotes
	// headerNames are the header row's cells, trimmed (bind): the names
	// of the columns no field reads, in messages.
	headerNames []string
	layout      Layout

	ballot      map[string]election.BallotKind // trimmed cell text -> ballot; nil: "list", "okrug"
	machine     map[string]bool                // nil: yes/no words
	abroad      map[string]bool                // nil: yes/no words
	fixedBallot election.BallotKind
	intern      map[string]string // region and okrug IDs
	recent      [2]string         // the last two interned

	row *Row // the row being read: the scanner's own, or a parser's in its batch (rowInto)
	// rowScan and widths are what rowInto gives each row: the scanner of
	// the file (a parser's is a copy) and the lengths of its figures.
	rowScan *scanner
	widths  [3]int
	track   *tracker    // with Options.CheckConflicts
	dec     *decoder    // the file's, when it is not read as UTF-8
	long    *longReader // a long file's protocols (long.go)
	turn    *turned     // a transposed file's table (transposed.go)
	// deferPrecinct: a parser of a parallel scan keeps the precinct cell
	// for the caller's goroutine (Options.Precinct runs there).
	deferPrecinct bool
	quoted        *tokenizer // a parser's: splits its lines with quotes (fillQuoted)
	batch         *batch     // a parser's: the batch it fills (keep)
	chunkBytes    int        // a parallel scan's chunk size, when not chunkBytes (tests)
	numRun        []int      // see bind
	inOrder       [3]bool    // see bind
	sameRun       []int      // see bind
	quotes        int        // the quotes of the line fillLine reads not yet skipped (fillSkipQuoted)
	// A data row has at least minCells cells (up to the last header that
	// is not empty, or the last mapped column), at most ncols (the header
	// row's cells), and those past minCells empty; and at least rowCells,
	// the width of the rows at the file's start when the header row ends
	// with empty cells (rowsWidth), else minCells. headerCells is the
	// header row's cells, for the error of a row narrower than rowCells.
	ncols, minCells, rowCells, headerCells int
	// openCells is the number of a row's cells that may hold a value:
	// minCells, or more when the header row has cells past its last name
	// and the rows at the file's start hold values there (columns whose
	// header cell is empty, read by no field: unread, not a cell added),
	// at most ncols (openWidth).
	openCells int
	// valueCell is the mapping's precinct value (Column.Value) as a cell.
	valueCell []byte
	// widthLine is the line of the first row of a file without a header
	// row, whose width every row has (headlessWidth); 0 with a header.
	widthLine int
	trailing  bool // Mapping.TrailingDelimiter
	// below holds the bytes after the header row while it is bound, its
	// first line the file's line belowLine (titleAbove); belowLine is 0
	// when they are not known.
	below     []byte
	belowLine int
	// keyCells holds the cells of a precinct named by several columns,
	// read from the current row; keyBuf is where its ID is made.
	keyCells [][]byte
	keyBuf   []byte
	// okrugCells holds the cells of an okrug named by several columns,
	// read from the current row; okrugBuf is where its ID is made.
	okrugCells [][]byte
	okrugBuf   []byte
	// choiceCells holds the cells of a long file's choice column of
	// several joined (Column.Join), read from the current row; choiceBuf
	// is where its text is made.
	choiceCells [][]byte
	choiceBuf   []byte
	lineIDs     []int // the rows protocols gave whose ID is made from their line
	// where is the mapping's row filter bound to the file's columns (nil:
	// none), leftOut the rows it left out (rows.go).
	where   []where
	leftOut int
	// blank counts the blank rows, blankLines keeps the lines of the
	// first MaxBlankLines (blank.go).
	blank      int
	blankLines []int
	// empty counts the empty lines between the data rows (blank.go).
	empty emptyRun
	// skippedLines counts the lines skip_rows skipped (skipLines), and
	// lastSkipped holds the last of them, without its line end, when the
	// file has no header (skippedData).
	skippedLines int
	// footerLines are the lines footer_rows skipped (cutFooter).
	footerLines [2]int
	lastSkipped []byte
	skippedData int // Counts.SkippedData
	// openCellEnd is the line where a quoted cell the skipped lines
	// leave open ends, 0 when they leave none (skipOpenError).
	openCellEnd int
	// advice is what an error about text that is not UTF-8 says of the
	// file's encoding, guessed from its start as a draft guesses it; ""
	// when that start is UTF-8.
	advice string
	// emptyNotOnBallot: "empty_votes": "not_on_ballot"; voteOrder is the
	// slots of the votes in column order, notOnBallotCells the cells read
	// as 0 votes (emptyvotes.go).
	emptyNotOnBallot bool
	dataHeader       int // Counts.DataHeader
	// lastHeader is the last row of a header of several rows, read on
	// line lastHeaderLine (readHeader); nil for a header of one row.
	// headerRowsRead are its rows, as read, for the error of a header of
	// one row too many.
	lastHeader       []string
	headerRowsRead   [][]string
	lastHeaderLine   int
	voteOrder        []int32
	notOnBallotCells int
	// stands holds, by okrug ID, the vote slots on its ballot (those
	// "not_on_ballot" reads as 0), built from Options.Okrugs once read.
	stands map[string][]bool
	// figOrder holds the slots of each section's figures (lines, votes,
	// preferences) in column order; zeroCells counts the empty cells
	// read as 0 under "empty_cells": "zero" (emptyvotes.go).
	figOrder  [3][]int32
	zeroCells int
	emptyZero bool
	// notGiven holds the texts of Mapping.NotGiven, trimmed;
	// notGivenCells counts the cells read so (Row.notGiven).
	notGiven      []string
	notGivenCells int
	// placesNotGiven counts the region and okrug cells read as not given
	// for their text (Row.placeNotGiven), and their rows.
	placesNotGiven lineRun
	// compat counts the cells of names read in their compatibility form
	// (Row.compat), digits the figures read from Arabic-Indic or Persian
	// digits (Row.digits), and their rows.
	compat, digits lineRun
	// spaces counts the cells of names read with each run of white
	// space inside them as one space (Row.spaces), and their rows.
	spaces lineRun
	// bare counts the cells of the rows read that hold a quote they do
	// not begin with (Row.bare), and keeps their lines.
	bare lineRun
	// sums are the figures mapped to several columns, nil when none;
	// shown is the number of figures of each section in the Layout, the
	// columns of sums after them (sums.go).
	sums  []sum
	shown [3]int
	// totalsOff are the rows whose total of a sum's columns is not their
	// sum (Mapping.Totals, Counts.TotalsOff).
	totalsOff []TotalOff
	// joinOmit marks, under the precinct's Column.Join, the parts of its
	// key that are the okrug's columns too (a contest's parts: an
	// office, its district), whose empty cell the ID leaves out; an
	// empty cell of the precinct's own is "line N", as without join.
	// joinAll is Row.joinEmpty of a row whose every key cell is empty.
	// (Last: the fields before are read for every row.)
	joinOmit []bool
	joinAll  uint32
}

func newScanner(file string, m Mapping, o Options, src sourceFunc) (*scanner, error) {
	if err := m.Validate(); err != nil {
		pe := err.(*ParseError)
		pe.File = file
		return nil, pe
	}
	s := &scanner{file: file, m: m, o: o, src: src, fields: m.fields(), layout: m.Layout(),
		fixedBallot: election.BallotKind(m.Ballot), intern: map[string]string{},
		// A long file's: its protocols (longReader.emit), and the cells
		// of its votes_column's sum, as a wide row's.
		emptyNotOnBallot: m.EmptyVotes == EmptyVotesNotOnBallot && (!m.long() || m.VotesColumn != nil && len(m.VotesColumn.Columns) > 0),
		emptyZero:        m.EmptyCells == EmptyCellsZero}
	if n := len(m.keyColumns()); n > 0 {
		s.keyCells = make([][]byte, n)
		if m.Precinct.Join {
			s.joinOmit = make([]bool, n)
			for i := range s.fields {
				if f := &s.fields[i]; f.part > 0 {
					s.joinOmit[f.part-1] = f.kind == fOkrug || f.okpart > 0
				}
			}
			for i := range n {
				s.joinAll |= partBit(i)
			}
		}
	}
	if n := m.okrugKey(); n > 0 {
		s.okrugCells = make([][]byte, n)
	}
	if c := m.ChoiceColumn; c != nil && c.Join && m.long() {
		s.choiceCells = make([][]byte, len(c.Columns))
	}
	if o.CheckConflicts {
		s.track = newTracker()
	}
	if len(m.BallotValues) > 0 {
		s.ballot = map[string]election.BallotKind{}
		for k, v := range m.BallotValues {
			s.ballot[strings.TrimSpace(k)] = election.BallotKind(v)
		}
	}
	trimBools := func(vs map[string]bool) map[string]bool {
		if len(vs) == 0 {
			return nil
		}
		t := map[string]bool{}
		for k, v := range vs {
			t[strings.TrimSpace(k)] = v
		}
		return t
	}
	s.machine = trimBools(m.MachineValues)
	s.abroad = trimBools(m.AbroadValues)
	s.trailing = m.TrailingDelimiter
	for _, t := range m.NotGiven {
		s.notGiven = append(s.notGiven, strings.TrimSpace(t))
	}
	var nl, nv, np int
	for i := range s.fields {
		f := &s.fields[i]
		if f.sum > 1 {
			continue // a slot after the Layout's (initSums)
		}
		switch f.kind {
		case fLine:
			f.slot, nl = nl, nl+1
		case fVote:
			f.slot, nv = nv, nv+1
		case fPref:
			f.slot, np = np, np+1
		}
	}
	s.shown = [3]int{nl, nv, np}
	nl, nv, np = s.initSums(nl, nv, np)
	s.row = &Row{}
	s.rowScan, s.widths = s, [3]int{nl, nv, np}
	s.row.Lines = make([]Value, nl)
	s.row.Votes = make([]Value, nv)
	s.row.Preferences = make([]Value, np)
	s.row.PresentLines = make([]int32, 0, nl)
	s.row.PresentVotes = make([]int32, 0, nv)
	s.row.PresentPreferences = make([]int32, 0, np)
	s.row.scan = s
	if m.long() {
		s.long = newLongReader(s)
	}
	if m.transposed() {
		s.turn = newTurned(&m)
	}
	return s, nil
}

func (s *scanner) delimiter() byte {
	if s.m.Delimiter == "" {
		return ','
	}
	return s.m.Delimiter[0]
}

// sortFields sorts fields by column, stably. (sort.SliceStable rather
// than slices.SortStableFunc: one sort in the page's .wasm rather than one
// per element type; issue 7.)
func sortFields(fs []field) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].idx < fs[j].idx })
}

// bind finds each mapped column in the header row. Missing headers are
// reported all at once (errors.Join of *ParseError).
func (s *scanner) bind(header [][]byte, line int) error {
	if s.long != nil {
		s.long.header = make([]string, len(header))
		for i, h := range header {
			s.long.header[i] = string(h)
		}
	}
	at := map[string][]int{}
	s.headerNames = make([]string, len(header))
	for i, h := range header {
		t := trimHeader(string(h))
		at[t] = append(at[t], i)
		s.headerNames[i] = t
	}
	hint := ""
	for _, h := range header {
		if bytes.IndexByte(h, 0) >= 0 {
			hint = ` (the header row holds NUL bytes: the file looks UTF-16; name its encoding in the mapping, "encoding": "utf-16le", or save it as UTF-8)`
			break
		}
		if !utf8.Valid(h) {
			hint = " (the header row is not UTF-8: " + s.headerAdvice(header) + ")"
			break
		}
	}
	var missing []error
	for i := range s.fields {
		f := &s.fields[i]
		pe := &ParseError{File: s.file, Line: line, Field: f.name, Header: f.col.Header}
		idx, col, err := locate(f.col, len(header), at, hint)
		if err != nil && s.m.NoHeader && f.col.Index > len(header) {
			err = fmt.Errorf("%w: column %d, but the file's first row has %s", ErrMissingHeader, f.col.Index, columns(len(header)))
		}
		if err != nil && s.m.transposed() && f.col.Index == 0 && errors.Is(err, ErrMissingHeader) {
			// A transposed file's "columns" are its rows, named by
			// their labels.
			h := trimHeader(f.col.Header)
			err = fmt.Errorf("%w: no row has the label %s (a transposed file's rows are named by the cells of their label columns)%s", ErrMissingHeader, echo.Quote(h), nearLabel(h, at))
		}
		if err != nil {
			pe.Err, pe.Column = err, col
			if errors.Is(err, ErrMissingHeader) {
				missing = append(missing, pe)
				continue
			}
			return pe
		}
		f.idx = idx
		f.header = string(header[f.idx])
	}
	fieldsMissing := len(missing)
	missing = append(missing, s.bindWhere(at, len(header), line, hint)...)
	missing = append(missing, s.bindIgnore(at, len(header), line, hint)...)
	missing = append(missing, s.bindFillDown(at, len(header), line, hint)...)
	if len(missing) > 0 {
		if pe := s.titleAbove(header, line); pe != nil && hint == "" {
			return pe
		}
		if d := s.otherDelimiter(header); d != "" {
			// The file is not split as the mapping says: that is the one
			// error worth saying.
			set := fmt.Sprintf("set \"delimiter\": %q in the mapping", d)
			if d == "," {
				set = "leave \"delimiter\" out of the mapping (or set it to \",\")"
			}
			return &ParseError{File: s.file, Line: line, Field: "delimiter",
				Err: fmt.Errorf("%w: the header row has %s; the file looks %q-separated: %s", ErrMissingHeader, columns(len(header)), d, set)}
		}
		if pe := s.noHeaderFound(header, line, fieldsMissing); pe != nil && hint == "" {
			return pe
		}
		var heads []string
		for _, e := range missing[:fieldsMissing] {
			if pe, ok := e.(*ParseError); ok && pe.Header != "" && strings.Contains(pe.Header, headerSep) {
				heads = append(heads, trimHeader(pe.Header))
			}
		}
		if pe := s.headerUnder(header, line, heads); pe != nil && hint == "" {
			return pe
		}
		return errors.Join(missing...)
	}
	s.ncols = len(header)
	if s.trailing {
		s.ncols++ // an empty cell after the rows' last delimiter
	}
	for i := len(header) - 1; i >= 0; i-- {
		if len(bytes.TrimSpace(header[i])) > 0 {
			s.minCells = i + 1
			break
		}
	}
	sortFields(s.fields)
	if n := len(s.fields); n > 0 {
		s.minCells = max(s.minCells, s.fields[n-1].idx+1)
	}
	for _, w := range s.where {
		s.minCells = max(s.minCells, w.idx+1)
	}
	s.rowCells, s.headerCells, s.openCells = s.minCells, len(header), s.minCells
	for i := 1; i < len(s.fields); i++ {
		if a, b := &s.fields[i-1], &s.fields[i]; a.idx == b.idx {
			return &ParseError{File: s.file, Line: line, Column: b.idx + 1, Field: b.name, Header: b.header,
				Err: fmt.Errorf("%w: column %d is mapped to both %s and %s", ErrMapping, b.idx+1, a.name, b.name)}
		}
	}
	if s.o.PrecinctsOnly && s.long == nil {
		s.fields = slices.DeleteFunc(s.fields, func(f field) bool { return f.kind >= fLine })
	}
	s.voteOrder = s.voteOrder[:0]
	s.figOrder = [3][]int32{}
	for _, f := range s.fields {
		if f.kind == fVote {
			s.voteOrder = append(s.voteOrder, int32(f.slot))
		}
		if f.kind >= fLine && s.emptyZero {
			s.figOrder[f.kind-fLine] = append(s.figOrder[f.kind-fLine], int32(f.slot))
		}
	}
	// inOrder[sec]: the section's figures come in the columns in the order
	// of their slots (what fillLine's zeroAbsent needs).
	// (A section with sums is always cleared first: its Present list
	// loses the columns of the sums after each row, see addSums.)
	s.inOrder = [3]bool{s.widths[0] == s.shown[0], s.widths[1] == s.shown[1], s.widths[2] == s.shown[2]}
	last := [3]int{-1, -1, -1}
	for _, f := range s.fields {
		if sec := int(f.kind - fLine); f.kind >= fLine && sec < 3 {
			if f.slot < last[sec] {
				s.inOrder[sec] = false
			}
			last[sec] = f.slot
		}
	}
	// run[i]: the number fields in consecutive columns from field i on.
	s.numRun = make([]int, len(s.fields))
	for i := len(s.fields) - 1; i >= 0; i-- {
		if f := &s.fields[i]; f.kind >= fLine {
			s.numRun[i] = 1
			if i+1 < len(s.fields) && s.fields[i+1].idx == f.idx+1 {
				s.numRun[i] += s.numRun[i+1]
			}
		}
	}
	// sameRun[i]: those of them in one section, in consecutive slots.
	s.sameRun = make([]int, len(s.fields))
	for i := len(s.fields) - 1; i >= 0; i-- {
		if f := &s.fields[i]; f.kind >= fLine {
			s.sameRun[i] = 1
			if g := s.fields[min(i+1, len(s.fields)-1)]; i+1 < len(s.fields) && g.idx == f.idx+1 && g.kind == f.kind && g.slot == f.slot+1 {
				s.sameRun[i] += s.sameRun[i+1]
			}
		}
	}
	return nil
}

// otherDelimiter returns the delimiter the header row seems to be split
// by, when it is not the mapping's, or "": for a one-cell header, the one
// of ",", ";", tab and "|" the cell holds most often; for a longer one, the one
// that splits the row (its cells joined again) into cells holding every
// header the mapping names (a ";" file whose headers hold commas).
func (s *scanner) otherDelimiter(header [][]byte) string {
	best, n := "", 0
	row := bytes.Join(header, []byte{s.delimiter()})
	for _, d := range []string{",", ";", "\t", "|"} {
		if d[0] == s.delimiter() {
			continue
		}
		if len(header) == 1 {
			if c := bytes.Count(row, []byte(d)); c > n {
				best, n = d, c
			}
			continue
		}
		cells := map[string]bool{}
		for _, c := range bytes.Split(row, []byte(d)) {
			cells[trimHeader(strings.Trim(strings.TrimSpace(string(c)), `"`))] = true
		}
		// Every column named by its header is a cell of the row split
		// at d (a mapping by column numbers alone says nothing of it).
		all, named := true, false
		for _, f := range s.fields {
			if f.col.Index == 0 && f.col.Header != "" {
				named = true
				if !cells[trimHeader(f.col.Header)] {
					all = false
					break
				}
			}
		}
		if all && named {
			return d
		}
	}
	return best
}

// readError turns a record error into a *ParseError: a CSV syntax error
// (a row error) has a line, the line where its row starts, and as column
// the cell where it is found; a read error has no line.
func (s *scanner) readError(err error, fields int) *ParseError {
	if pe, ok := err.(*ParseError); ok && errors.Is(pe.Err, ErrEncoding) { // a decodeReader's
		return pe
	}
	var ce *csv.ParseError
	if errors.As(err, &ce) {
		pe := &ParseError{File: s.file, Line: ce.StartLine, Column: fields + 1, Err: fmt.Errorf("%w: %w", ErrSyntax, ce.Err)}
		if ce.Line != ce.StartLine {
			pe.Err = fmt.Errorf("%w: %w (at line %d)", ErrSyntax, ce.Err, ce.Line)
		}
		return pe
	}
	return &ParseError{File: s.file, Err: err}
}

// protocols runs the scan and fills a reused protocol from each row.
func (s *scanner) protocols(r io.Reader, fn func(line int, p *election.Protocol, pr election.Precinct) error) (skipped []*ParseError, rows int, err error) {
	p := election.Protocol{Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
	if len(s.layout.Preferences) > 0 {
		p.Preferences = map[string]int64{}
	}
	lay := &s.layout
	return s.run(r, func(row *Row) error {
		p.Precinct, p.Ballot, p.Machine = row.Precinct.ID, row.Ballot, row.Machine
		if row.LineID {
			s.lineIDs = append(s.lineIDs, row.Line)
		}
		// The maps hold only layout keys: set or delete each, no clearing.
		for i, v := range row.Lines {
			if v.OK {
				p.Lines[lay.Lines[i]] = v.N
			} else {
				delete(p.Lines, lay.Lines[i])
			}
		}
		for i, v := range row.Votes {
			if v.OK {
				p.Votes[lay.Votes[i]] = v.N
			} else {
				delete(p.Votes, lay.Votes[i])
			}
		}
		for i, v := range row.Preferences {
			if v.OK {
				p.Preferences[lay.Preferences[i]] = v.N
			} else {
				delete(p.Preferences, lay.Preferences[i])
			}
		}
		s.given = row
		return fn(row.Line, &p, row.Precinct)
	})
}

// run reads the file: the rows above the header, the header, then the data
// rows, calling fn for each row read. It returns the skipped rows and the
// number of data rows.
func (s *scanner) run(r io.Reader, fn func(row *Row) error) (skipped []*ParseError, rows int, err error) {
	size := 64 << 10
	if runtime.GOMAXPROCS(0) == 1 {
		size = 1 << 20 // in WASM each read is a call into the host
	}
	br := bufio.NewReaderSize(r, size)
	mem, _ := r.(*BytesReader)
	br, mem, err = s.decoded(br, mem, size)
	if err != nil {
		return nil, 0, err
	}
	if head, _ := br.Peek(guessHead); !utf8.Valid(guessText(head)) {
		// The code page the draft would read the file in, guessed from
		// the same text: an error about a cell or a header that is not
		// UTF-8 names it, not one guessed from the cell's few bytes.
		s.advice = encodingAdvice(guessText(head), s.file)
	}
	if b, _ := br.Peek(len(bom)); string(b) == bom {
		br.Discard(len(bom))
	}
	b, _ := br.Peek(size)
	if first, _, _ := bytes.Cut(b, []byte{'\n'}); bytes.IndexByte(first, 0) >= 0 {
		return nil, 0, &ParseError{File: s.file, Line: 1, Err: fmt.Errorf(`%w: the first line holds NUL bytes: the file looks UTF-16 without a byte-order mark: name its encoding in the mapping ("encoding": "utf-16le" or "utf-16be") or save it as UTF-8`, ErrEncoding)}
	}
	if bytes.IndexByte(b, '\n') < 0 && bytes.IndexByte(b, '\r') >= 0 {
		// Lines end in CR alone (classic Mac OS, some exports): read
		// each CR as a line end, so that each row is read as one.
		br = bufio.NewReaderSize(crReader{br}, size)
		mem = nil
	}
	if s.m.FooterRows > 0 {
		text, err := io.ReadAll(br)
		if err != nil {
			return nil, 0, err
		}
		if text, s.footerLines, err = cutFooter(text, s.m.FooterRows, s.file); err != nil {
			return nil, 0, err
		}
		mem = NewBytesReader(text)
		br = bufio.NewReaderSize(mem, size)
	}
	above, err := s.skipLines(br)
	if err != nil {
		return nil, 0, err
	}
	src := s.src(br, s.delimiter(), above)
	if s.turn != nil {
		// The file's header, then the turned table's: one row, its first.
		rec, line, err := s.readHeader(src)
		if err == nil {
			err = s.turn.load(rec, line, src, s)
		}
		if err != nil {
			return nil, 0, err
		}
		s.m.SkipRows, s.m.HeaderRows = 0, 0
		src = s.turn
	}

	var rec [][]byte
	var header int
	if s.m.NoHeader {
		rec, header, src, err = s.headlessHeader(src)
	} else {
		rec, header, err = s.readHeader(src)
	}
	if err != nil {
		return nil, 0, err
	}
	if s.m.RowNames {
		// The rows' names have no header: an empty name heads them, and
		// each name of the header its own column.
		rec = append([][]byte{nil}, rec...)
	}
	if la, ok := src.(lookahead); ok && s.turn == nil && s.m.headerRows() == 1 && !s.m.NoHeader {
		// The lines below the header row, for the error of a title read
		// as the header (titleAbove). Peeking may move the reader's
		// buffer, which the header's cells point into: they are copied.
		s.belowLine = header + 1
		for i, c := range rec {
			rec[i] = bytes.Clone(c)
			s.belowLine += bytes.Count(c, []byte{'\n'}) // a quoted cell over lines
		}
		s.below, _ = la.ahead(size)
	}
	err = s.bind(rec, header)
	if err != nil && s.m.NoHeader && errors.Is(err, ErrMissingHeader) {
		if pe := s.headlessAdvice(src, header, size); pe != nil {
			err = pe
		}
	}
	s.below, s.belowLine = nil, 0
	if err != nil {
		return nil, 0, err
	}
	if s.m.NoHeader {
		s.headlessWidth(len(rec), header)
		s.skippedData = s.skippedLikeData(len(rec))
	}
	if s.turn == nil && !s.m.NoHeader {
		s.dataHeader = s.headerLikeData(rec, header)
	}
	if la, ok := src.(lookahead); ok && s.turn == nil && s.ncols > s.minCells {
		s.rowCells, s.openCells = s.rowsWidth(la.ahead(size))
	}
	if la, ok := src.(lookahead); ok && s.turn == nil && !s.m.NoHeader && !s.m.RowNames {
		s.unread = s.unreadColumns(la.ahead(size))
	}
	src.dataRows()
	if c, ok := src.(emptyCounter); ok {
		c.countEmpty(&s.empty) // the empty lines between the data rows are said
	}
	emit := fn
	if s.long != nil { // rows are put together into protocols, given at the end
		fn = s.long.add
	}

	if t, ok := src.(*tokenizer); ok && s.o.Concurrent && runtime.GOMAXPROCS(0) > 1 && s.down == nil { // one thread (WASM): no gain; fill_down: each row hangs on the row above
		var data []byte
		if mem != nil {
			data = mem.rest(br)
		}
		skipped, rows, err = s.runParallel(br, data, t.numLine, fn)
	} else {
		skipped, rows, err = s.rowLoop(src, fn)
	}
	if err == nil && rows == 0 {
		nothing := "nothing after it"
		if s.blank > 0 {
			nothing = fmt.Sprintf("no row after it but %d of empty cells", s.blank)
		}
		err = &ParseError{File: s.file, Line: header, Err: fmt.Errorf("%w: the file has %s and %s", ErrNoRows, s.headerName(), nothing)}
	}
	if err == nil && s.where != nil {
		err = s.keptNone(rows, len(skipped), header)
	}
	if err == nil && s.long != nil {
		err = s.long.emit(emit, &skipped)
	}
	if s.o.Counts != nil {
		*s.o.Counts = Counts{Rows: rows, LeftOut: s.leftOut, Blank: s.blank, BlankLines: s.blankLines, Empty: s.empty.n, EmptyLines: s.empty.lines, SkippedLines: s.skippedLines, FooterLines: s.footerLines, NotOnBallot: s.notOnBallotCells, ZeroCells: s.zeroCells, NotGiven: s.notGivenCells, BareQuotes: s.bare.n, BareQuoteRows: s.bare.rows, BareQuoteLines: s.bare.lines, PlacesNotGiven: s.placesNotGiven.n, PlacesNotGivenRows: s.placesNotGiven.rows, PlacesNotGivenLines: s.placesNotGiven.lines, CompatCells: s.compat.n, CompatRows: s.compat.rows, CompatLines: s.compat.lines, SpaceCells: s.spaces.n, SpaceRows: s.spaces.rows, SpaceLines: s.spaces.lines, OtherDigits: s.digits.n, OtherDigitsRows: s.digits.rows, OtherDigitsLines: s.digits.lines, DataHeader: s.dataHeader, SkippedData: s.skippedData, Garbled: s.garbled()}
		s.o.Counts.Unread, s.o.Counts.EmptyVotes = s.unread, s.emptyVotes
		s.o.Counts.FilledDown = s.down.counts()
		s.o.Counts.TotalsOff = s.totalsOff
		if s.long != nil {
			s.o.Counts.SummedAlike, s.o.Counts.SummedAlikeN = s.long.alikeRows, s.long.alikeN
			s.o.Counts.SummedRepeat, s.o.Counts.SummedOver = s.long.repeated(), s.long.over
			s.o.Counts.SummedPeople = s.long.people
			s.o.Counts.SummedNumbers, s.o.Counts.SummedFigures = s.long.numbers, len(s.long.summedFigs)
			s.o.Counts.SameVotes = s.long.sameVotes()
			s.o.Counts.SameParts = s.long.sameParts()
		}
	}
	return skipped, rows, err
}

// garbled returns where the file's text, read in a single-byte code
// page, first has a word that reads as another code page's text, or nil.
func (s *scanner) garbled() *Garbled {
	if s.dec == nil || s.dec.bad == nil {
		return nil
	}
	g := *s.dec.bad
	g.File = s.file
	return &g
}

// decoded returns br as UTF-8: as it is when the file is UTF-8, else
// decoded from the encoding the mapping names or, for UTF-16, its
// byte-order mark says. A file in memory (mem) is decoded at once, and
// stays in memory for the parallel reading.
func (s *scanner) decoded(br *bufio.Reader, mem *BytesReader, size int) (*bufio.Reader, *BytesReader, error) {
	enc, _ := encodingOf(s.m.Encoding)
	bomUTF16 := false // the file starts with UTF-16's byte-order mark
	b, _ := br.Peek(4)
	if name, n := wideEncoding(b); n > 0 {
		marked := EncodingUTF16LE
		if b[0] == 0xFE {
			marked = EncodingUTF16BE
		}
		if name != "UTF-16" || (enc != "" && enc != marked) {
			return nil, nil, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file is %s (byte-order mark % X)%s", ErrEncoding, name, b[:n], s.saysEncoding())}
		}
		enc, bomUTF16 = marked, true
		br.Discard(n)
	} else if enc != "" && len(b) >= len(bom) && string(b[:len(bom)]) == bom {
		return nil, nil, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file is UTF-8 (byte-order mark % X)%s", ErrEncoding, b[:len(bom)], s.saysEncoding())}
	}
	if enc == "" {
		return br, mem, nil
	}
	if upperHalf(enc) != nil {
		// Text in a single-byte code page is not UTF-8 once it has a
		// letter outside ASCII; a file that is, is UTF-8.
		head, _ := br.Peek(size)
		if cut := bytes.LastIndexByte(head, '\n') + 1; cut > 0 && !isASCII(head[:cut]) && utf8.Valid(head[:cut]) {
			return nil, nil, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file reads as UTF-8 text%s", ErrEncoding, s.saysEncoding())}
		}
	}
	if upperHalf(enc) == nil && !bomUTF16 {
		if err := s.notUTF16(br, enc, size); err != nil {
			return nil, nil, err
		}
	}
	s.dec = newDecoder(enc)
	if mem != nil {
		text, err := s.dec.all(s.file, mem.rest(br))
		if err != nil {
			return nil, nil, err
		}
		mem = NewBytesReader(text)
		return bufio.NewReaderSize(mem, size), mem, nil
	}
	return bufio.NewReaderSize(s.dec.reader(br, s.file), size), nil, nil
}

// notUTF16 is the error of a file its mapping says is UTF-16 (enc) and
// that has no byte-order mark, when the start of it does not read as
// UTF-16: text in UTF-16 is mostly code units of the alphabets (below
// U+0800: ASCII's digits, delimiters and line ends, Latin, Greek,
// Cyrillic, Arabic...), as a CSV file's figures and delimiters are, while
// the bytes of UTF-8 or a code page, read in pairs, make units far above
// them (CJK characters, "癥湥"). Read on, such a file would be one line of
// such characters, and the error would be that no header is found. nil
// when the file reads as UTF-16: a quarter of its units at least are
// below U+0800 (a file of Chinese or Korean names has its figures).
func (s *scanner) notUTF16(br *bufio.Reader, enc string, size int) error {
	head, err := br.Peek(size)
	whole := err != nil // the file is shorter than size
	hi := 1             // the byte of a code unit's high half
	if enc == EncodingUTF16BE {
		hi = 0
	}
	units, text := len(head)/2, 0
	for i := 0; i+1 < len(head); i += 2 {
		if head[i+hi] < 0x08 {
			text++
		}
	}
	if units == 0 || 4*text >= units {
		return nil
	}
	odd := ""
	if whole && len(head)%2 == 1 {
		odd = fmt.Sprintf(", an odd number of bytes (%d)", len(head))
	}
	looks := ""
	cut := bytes.LastIndexByte(head, '\n') + 1
	if cut == 0 {
		cut = len(head)
	}
	switch {
	case bytes.IndexByte(head, 0) >= 0:
		other := EncodingUTF16BE
		if enc == EncodingUTF16BE {
			other = EncodingUTF16LE
		}
		looks = fmt.Sprintf(`; it looks %s: "encoding": %q`, other, other)
	case utf8.Valid(head[:cut]):
		looks = `; it reads as UTF-8: leave out "encoding" (or write "encoding": "utf-8")`
	default:
		looks = "; " + encodingAdvice(head[:cut], s.file)
	}
	return &ParseError{File: s.file, Field: "encoding", Err: fmt.Errorf("%w: the file does not read as UTF-16 (its mapping says %s): no byte-order mark%s, and %s of its first %s code units below U+0800 (digits, delimiters, letters of alphabets), where UTF-16 text has most%s",
		ErrEncoding, echo.Quote(s.m.Encoding), odd, echo.Group(int64(text)), echo.Group(int64(units)), looks)}
}

// hintEncodings are the single-byte encodings a hint may name, in the
// order they are tried (ISO-8859-1 and ISO-8859-9 read as Windows-1252 and
// Windows-1254 do, but for control characters).
var hintEncodings = [...]string{EncodingWindows1251, EncodingKOI8R, EncodingWindows1252, EncodingWindows1250, EncodingWindows1253, EncodingWindows1255,
	EncodingWindows1254, EncodingWindows1256, EncodingWindows1257, EncodingWindows874}

// headerEncoding names the single-byte encoding in which the most of the
// mapping's headers that are not ASCII are in the header row (an ASCII
// header reads alike in every one), and how many are; or the one the row
// looks like (guessEncoding) and 0 when none is.
func (s *scanner) headerEncoding(header [][]byte) (string, int) {
	best, found := guessEncoding(bytes.Join(header, nil)), 0
	for _, enc := range hintEncodings {
		in := map[string]bool{}
		for _, h := range header {
			if text, err := decodeAll("", enc, h); err == nil {
				in[trimHeader(string(text))] = true
			}
		}
		n := 0
		for i := range s.fields {
			if h := s.fields[i].col.Header; h != "" && !isASCII([]byte(h)) && in[trimHeader(h)] {
				n++
			}
		}
		if n > found {
			best, found = enc, n
		}
	}
	return best, found
}

// headerAdvice is what an error about a header row that is not UTF-8 says
// of its encoding: the code page in which the mapping's headers are in it
// (headerEncoding), or what the row looks like (encodingAdvice).
func (s *scanner) headerAdvice(header [][]byte) string {
	if enc, found := s.headerEncoding(header); found > 0 {
		return fmt.Sprintf("it looks %s; name the file's encoding in the mapping, \"encoding\": %q", enc, enc)
	}
	return s.textAdvice(bytes.Join(header, []byte{s.delimiter()}))
}

// textAdvice is what an error about text b of the file, not UTF-8, says
// of its encoding: the advice of the file's start (advice), which a draft
// reads it by, or b's own (encodingAdvice) when that start is UTF-8.
func (s *scanner) textAdvice(b []byte) string {
	if s.advice != "" {
		return s.advice
	}
	return encodingAdvice(b, s.file)
}

// cellEncoding is what an error about a text cell that is not UTF-8 adds,
// as bind adds to a header row that is not: the single-byte encoding in
// which the cell reads as a value the mapping knows (known), or the one it
// file looks like (textAdvice); "" for a cell that is UTF-8. A file read
// by column numbers has no header to give the hint, and a cell alone
// ("Kor\xe8ok") reads as a word in more than one code page.
func (s *scanner) cellEncoding(cell []byte, known func(string) bool) string {
	if utf8.Valid(cell) {
		return ""
	}
	for _, e := range hintEncodings {
		if text, err := decodeAll("", e, cell); err == nil && known(string(text)) {
			return fmt.Sprintf(` (the cell is not UTF-8: it looks %s; name the file's encoding in the mapping, "encoding": %q)`, e, e)
		}
	}
	return " (the cell is not UTF-8: " + s.textAdvice(cell) + ")"
}

// isASCII says whether b holds ASCII characters alone.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// saysEncoding is what an error about a file's encoding adds: what its
// mapping says, or how to read it.
func (s *scanner) saysEncoding() string {
	if s.m.Encoding != "" {
		return fmt.Sprintf(", but its mapping says %s", echo.Quote(s.m.Encoding))
	}
	return ": save it as UTF-8"
}

// wideEncoding names the encoding a byte order mark of UTF-16 or UTF-32
// says, and the mark's length (b holds the first bytes of the file, at
// least 2); 0 for none.
func wideEncoding(b []byte) (string, int) {
	if len(b) < 2 {
		return "", 0
	}
	switch {
	case len(b) >= 4 && string(b[:4]) == "\xFF\xFE\x00\x00", len(b) >= 4 && string(b[:4]) == "\x00\x00\xFE\xFF":
		return "UTF-32", 4
	case string(b[:2]) == "\xFF\xFE", string(b[:2]) == "\xFE\xFF":
		return "UTF-16", 2
	}
	return "", 0
}

// crReader reads CR as LF: the line ends of a file whose lines end in CR
// alone.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	if c.r == nil {
		return 0, io.EOF
	}
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// rowLoop reads the data rows of src on the caller's goroutine.
func (s *scanner) rowLoop(src recordSource, fn func(row *Row) error) (skipped []*ParseError, rows int, err error) {
	for {
		pe := s.record(src)
		if pe == errEOF {
			return skipped, rows, nil
		}
		if pe != nil && (pe.Line == 0 || errors.Is(pe.Err, ErrEncoding)) { // a read error, not a bad row
			return skipped, rows, pe
		}
		if pe == errBlank {
			s.blankRow(s.row.Line)
			continue
		}
		rows++
		if pe == errLeftOut {
			s.leftOut++
			continue
		}
		if pe == nil {
			s.notGivenCells += s.row.notGiven
			if s.row.bare > 0 {
				s.bare.add(s.row.Line, s.row.bare)
			}
			if s.row.placeNotGiven > 0 {
				s.placesNotGiven.add(s.row.Line, int(s.row.placeNotGiven))
			}
			s.addScripts(s.row)
		}
		if pe == nil && s.emptyZero {
			s.zeroCells += s.zeroEmpty(s.row)
		}
		if pe == nil && s.emptyNotOnBallot {
			s.notOnBallotCells += s.notOnBallot(s.row)
		}
		if pe == nil && s.sums != nil {
			pe = s.addSums(s.row)
		}
		if err := s.take(s.row, pe, fn, &skipped); err != nil {
			return skipped, rows, err
		}
	}
}

// take hands a row that was read (pe nil) to fn, or adds it to skipped in
// Lenient mode, where a *ParseError from fn skips the row too. It returns
// the error that ends the scan, if any.
func (s *scanner) take(row *Row, pe *ParseError, fn func(row *Row) error, skipped *[]*ParseError) error {
	if pe == nil {
		err := fn(row)
		if err == nil {
			return nil
		}
		var ok bool
		if pe, ok = err.(*ParseError); !ok || !s.o.Lenient {
			return err
		}
	}
	if !s.o.Lenient {
		return pe
	}
	*skipped = append(*skipped, pe)
	return nil
}

// reset empties s.row for a row starting at line.
func (s *scanner) reset(line int) *Row {
	row := s.row
	row.Line = line
	row.Index = -1
	row.Precinct = election.Precinct{Region: s.m.RegionID, Okrug: s.m.OkrugID}
	row.precinctCell = nil
	if s.m.Precinct.Value != "" {
		s.precinctValue(row)
	}
	row.choiceCell = nil
	row.LineID, row.emptyPart = false, 0
	row.notGiven, row.bare, row.placeNotGiven = 0, 0, 0
	row.compat, row.digits, row.spaces = 0, 0, 0
	row.Ballot = s.fixedBallot
	row.Machine = s.m.Machine
	if s.sums != nil {
		s.widen(row)
	}
	clearPresent(row.Lines, row.PresentLines)
	clearPresent(row.Votes, row.PresentVotes)
	clearPresent(row.Preferences, row.PresentPreferences)
	row.PresentLines, row.PresentVotes, row.PresentPreferences = row.PresentLines[:0], row.PresentVotes[:0], row.PresentPreferences[:0]
	return row
}

// precinctValue names row's precinct by the mapping's value
// (Column.Value), as a cell of a precinct column holding it would.
func (s *scanner) precinctValue(row *Row) {
	if s.valueCell == nil {
		s.valueCell = []byte(s.m.Precinct.Value) // once per scanner (a parser is a copy), never written to
	}
	switch {
	case s.deferPrecinct:
		row.precinctCell = s.valueCell // place resolves it
	case s.o.Precinct != nil:
		row.Precinct.ID, row.Index = s.o.Precinct(s.valueCell)
	default:
		row.Precinct.ID = s.m.Precinct.Value
	}
}

// clearPresent empties the values at present: one by one when they are
// few, all at once (a memory clear, faster than stores by index) when
// they are more than an eighth.
func clearPresent(vs []Value, present []int32) {
	if len(present) > len(vs)/8 {
		clear(vs)
		return
	}
	for _, i := range present {
		vs[i] = Value{}
	}
}

// fill sets s.row from one record.
func (s *scanner) fill(rec [][]byte, src recordSource) *ParseError {
	row := s.reset(src.fieldLine(0))
	row.Column = 0
	if t, ok := src.(*turned); ok {
		row.Column = t.col
	}
	if blankRecord(rec) {
		return errBlank
	}
	if s.down != nil {
		if pe := s.down.fill(s, rec, row.Line); pe != nil {
			return pe
		}
	}
	if s.where != nil && !s.keepsRecord(rec) {
		return s.leaveOutRecord(rec, row.Line)
	}
	if s.long != nil {
		row.rec, row.raw = rec, nil
		if s.long.sumRows {
			row.cells, row.alike = cellsIDs(rec, s.long.figureColumns())
		}
	}
	for i := range s.fields {
		f := &s.fields[i]
		if f.idx >= len(rec) {
			return s.cellError(row.Line, f, rowEnds(len(rec), aloneCell(rec)))
		}
		cell := trimBytes(rec[f.idx])
		var pe *ParseError
		switch f.kind {
		case fLine, fVote, fPref:
			pe = s.number(f, cell, src.fieldLine(f.idx))
		default:
			pe = s.text(f, cell, src.fieldLine(f.idx))
		}
		if pe != nil {
			// A row of a cell left out or added has its cells moved: the
			// cell that does not read is the width's doing.
			if w := s.recordWidth(rec, row.Line); w != nil {
				return w
			}
			return pe
		}
	}
	return s.recordWidth(rec, row.Line)
}

// recordWidth returns the error of a record, starting at line, of too
// few or too many cells, or nil.
func (s *scanner) recordWidth(rec [][]byte, line int) *ParseError {
	if len(rec) < s.rowCells {
		return s.shortRow(line, len(rec))
	}
	for i := s.openCells; i < len(rec) && s.widthLine == 0; i++ { // headless: every cell counts
		if cell := trimBytes(rec[i]); len(cell) > 0 {
			return s.longRow(line, i, cell)
		}
	}
	if len(rec) > s.ncols {
		return s.longRow(line, len(rec), nil)
	}
	return nil
}

// checkCells checks the number of cells of a line without quotes, whose
// cells up to col (the cell starting at pos) have been read.
func (s *scanner) checkCells(line []byte, n, pos, col int) *ParseError {
	delim := s.delimiter()
	cells := col
	if pos <= len(line) {
		cells += 1 + bytes.Count(line[pos:], []byte{delim})
	}
	if cells < s.rowCells {
		return s.shortRow(n, cells)
	}
	if cells <= s.openCells {
		return nil
	}
	if s.widthLine > 0 { // headless: every cell counts
		return s.longRow(n, cells, nil)
	}
	// Past the header's last name (and its open cells): empty cells only.
	p := 0
	if pos <= len(line) && col <= s.openCells {
		p = pos // cell col starts there
	} else {
		col = 0
	}
	for range s.openCells - col {
		p += bytes.IndexByte(line[p:], delim) + 1
	}
	for c := s.openCells; ; c++ {
		end := len(line)
		if j := bytes.IndexByte(line[p:], delim); j >= 0 {
			end = p + j
		}
		if cell := trimBytes(line[p:end]); len(cell) > 0 {
			return s.longRow(n, c, cell)
		}
		if end == len(line) {
			break
		}
		p = end + 1
	}
	if cells > s.ncols {
		return s.longRow(n, cells, nil)
	}
	return nil
}

// shortRow reports a row of fewer cells than the header row names, or
// than the rows at the file's start have (rowCells).
func (s *scanner) shortRow(line, cells int) *ParseError {
	if s.widthLine > 0 {
		return &ParseError{File: s.file, Line: line, Column: cells + 1,
			Err: fmt.Errorf("%w: the row has %d cells, the file's first row (line %d) %d (a cell left out moves every cell after it)", ErrShortRow, cells, s.widthLine, s.minCells)}
	}
	if s.rowCells > s.minCells {
		return &ParseError{File: s.file, Line: line, Column: cells + 1,
			Err: fmt.Errorf("%w: the row has %d cells, the header row %d and the file's first rows %d (a cell left out moves every cell after it)", ErrShortRow, cells, s.headerCells, s.rowCells)}
	}
	return &ParseError{File: s.file, Line: line, Column: cells + 1,
		Err: fmt.Errorf("%w: the row has %d cells, the header row %d (a cell left out moves every cell after it)", ErrShortRow, cells, s.minCells)}
}

// headlessWidth makes the first row's width, cells, that of every row of
// a file without a header row: the mapping names only the columns it
// counts, and those after its last (shares, say) are the file's as much
// as any. A row of another width has a cell added or left out, which
// moves every cell after it.
func (s *scanner) headlessWidth(cells, line int) {
	s.minCells, s.ncols, s.rowCells, s.widthLine = cells, cells, cells, line
}

// firstRows is how many data rows at most rowsWidth reads.
const firstRows = 200

// rowsWidth returns the width every data row must have, rowCells, when
// a row may have fewer cells than the header row, ncols: the header row
// ends with empty cells, or the rows with a delimiter the header lacks
// (trailing_delimiter). Exports end every line with the delimiter,
// header and data, or the header alone; so a row narrower than the rows
// at the file's start has a cell left out, which moves every cell after
// it, whole numbers into other columns. The width is that of the widest
// of the first rows, read from head (the bytes after the header; whole
// says they run to the file's end) whose cells past the header's names
// are empty, and minCells when none is wider.
func (s *scanner) rowsWidth(head []byte, whole bool) (w, open int) {
	if !whole {
		head = head[:bytes.LastIndexByte(head, '\n')+1] // whole lines
	}
	t := newTokenizer(bufio.NewReader(bytes.NewReader(head)), s.delimiter())
	w, open = s.minCells, s.minCells
	limit := s.headerCells
	if s.trailing || s.widthLine > 0 {
		limit = s.minCells // the header row's own trailing delimiter; or no header row
	}
	for range firstRows {
		rec, err := t.read()
		if err != nil {
			break
		}
		last := 0
		for i, c := range rec {
			if len(trimBytes(c)) > 0 {
				last = i + 1
			}
		}
		if last <= limit {
			open = max(open, last)
		}
		if len(rec) > w && len(rec) <= s.ncols && last > 0 && last <= s.minCells {
			w = len(rec)
		}
	}
	return w, open
}

// longRow reports a value in cell i (0-based) past the header row's last
// name, or, with cell nil, a row of i cells, more than the header row has.
func (s *scanner) longRow(line, i int, cell []byte) *ParseError {
	if s.widthLine > 0 { // i is the row's cells (headless callers check them first)
		return &ParseError{File: s.file, Line: line, Column: s.minCells + 1,
			Err: fmt.Errorf("%w: the row has %d cells, the file's first row (line %d) %d (a cell added moves every cell after it)", ErrLongRow, i, s.widthLine, s.minCells)}
	}
	if cell == nil {
		hint, header := `; if the rows end with a delimiter the header row lacks, say "trailing_delimiter": true in the mapping`, s.ncols
		if s.trailing {
			hint, header = " and a delimiter at the end", s.ncols-1
		}
		return &ParseError{File: s.file, Line: line, Column: s.ncols + 1,
			Err: fmt.Errorf("%w: the row has %d cells, the header row %d (a cell added moves every cell after it%s)", ErrLongRow, i, header, hint)}
	}
	// (A cell under the header row's empty cells, which the rows at the
	// file's start leave empty, or past them: openCells.)
	if s.headerCells <= s.minCells {
		return &ParseError{File: s.file, Line: line, Column: i + 1,
			Err: fmt.Errorf("%w: cell %d holds %s, but the header row names %d columns", ErrLongRow, i+1, echo.Quote(cell), s.minCells)}
	}
	return &ParseError{File: s.file, Line: line, Column: i + 1,
		Err: fmt.Errorf("%w: cell %d holds %s, but the header row has %d cells, %d named, and the rows at the file's start hold values up to cell %d: no column is named for it", ErrLongRow, i+1, echo.Quote(cell), s.headerCells, s.minCells, s.openCells)}
}

// fillLine sets s.row from a line without quotes (and without its line
// end), the common case: it gives what fill gives for the record the
// tokenizer would split the line into, walking the line once, skipping
// the columns not mapped with IndexByte and reading plain digits as it
// goes.
func (s *scanner) fillLine(line []byte, n int) *ParseError {
	// The figures of a wide row that gave most of them are not cleared
	// first: a row that gives them all sets every one, and one that does
	// not has the others cleared after it is read (zeroAbsent).
	row := s.row
	var left [3]bool
	for sec, x := range [3]struct {
		vs      []Value
		present []int32
	}{{row.Lines, row.PresentLines}, {row.Votes, row.PresentVotes}, {row.Preferences, row.PresentPreferences}} {
		left[sec] = s.inOrder[sec] && len(x.present) > len(x.vs)/8
	}
	if left == [3]bool{} {
		s.reset(n)
		pe := s.fillCells(line, n)
		s.lineCells(line, pe)
		return pe
	}
	if left[0] {
		row.PresentLines = row.PresentLines[:0]
	}
	if left[1] {
		row.PresentVotes = row.PresentVotes[:0]
	}
	if left[2] {
		row.PresentPreferences = row.PresentPreferences[:0]
	}
	s.reset(n) // clears the other sections
	pe := s.fillCells(line, n)
	s.lineCells(line, pe)
	if left[0] {
		zeroAbsent(row.Lines, row.PresentLines)
	}
	if left[1] {
		zeroAbsent(row.Votes, row.PresentVotes)
	}
	if left[2] {
		zeroAbsent(row.Preferences, row.PresentPreferences)
	}
	return pe
}

// zeroAbsent clears the values of vs that present does not list; a row's
// Present lists are in file order, which is the order of the values when
// the mapping's columns follow their slots (scanner.inOrder, checked by
// fillLine before it leaves a section's values uncleared).
func zeroAbsent(vs []Value, present []int32) {
	if len(present) == len(vs) {
		return
	}
	next := 0
	for _, i := range present {
		clear(vs[next:i])
		next = int(i) + 1
	}
	clear(vs[next:])
}

// lineCells sets Row.cells of a line without quotes that fillLine read
// (pe nil), when the rows are summed: its cells are the line split at
// the delimiter.
func (s *scanner) lineCells(line []byte, pe *ParseError) {
	if s.long != nil {
		s.row.raw, s.row.rec = line, nil
	}
	if pe == nil && s.long != nil && s.long.sumRows {
		s.row.cells, s.row.alike = cellsIDs(bytes.Split(line, []byte{s.delimiter()}), s.long.figureColumns())
	}
}

// cellsIDs identifies a row by its cells, trimmed: two rows of the same
// cells have the same ID, and two of different cells a different one
// (a 128-bit FNV-1a of each cell's length and bytes); and by its cells
// but those of the columns skip, the same way.
func cellsIDs(rec [][]byte, skip []int) (all, but [16]byte) {
	h, hb := fnv.New128a(), fnv.New128a()
	var n [8]byte
	for i, c := range rec {
		c = trimBytes(c)
		binary.LittleEndian.PutUint64(n[:], uint64(len(c)))
		h.Write(n[:])
		h.Write(c)
		if !slices.Contains(skip, i) {
			hb.Write(n[:])
			hb.Write(c)
		}
	}
	h.Sum(all[:0])
	hb.Sum(but[:0])
	return all, but
}

// fillCells is fillLine once the row is reset.
func (s *scanner) fillCells(line []byte, n int) *ParseError {
	if s.quotes == 0 && mayBeBlank(line, s.delimiter()) && s.blankLine(line) {
		return errBlank
	}
	if s.where != nil && s.quotes > 0 {
		// The filter's cells of a line with quotes are what the
		// tokenizer reads (a quoted "Irak" is Irak; a quoted cell may
		// hold the delimiter): keepsLine splits bare lines alone.
		return errQuotes
	}
	if s.where != nil && !s.keepsLine(line) {
		return s.leaveOutLine(line, n)
	}
	delim := s.delimiter()
	commas := uint64(delim) * 0x0101010101010101
	pos, col := 0, 0
	for i := 0; i < len(s.fields); i++ {
		f := &s.fields[i]
		for col < f.idx {
			if pos > len(line) {
				break
			}
			if s.quotes > 0 && pos < len(line) && line[pos] == '"' {
				// A quoted cell of a column not mapped (quotesSkipped).
				end, q := skipQuoted(line, pos, delim)
				if end < 0 {
					return errQuotes
				}
				s.quotes -= q
				pos = end + 1
				col++
				continue
			}
			j := bytes.IndexByte(line[pos:], delim)
			if j < 0 {
				pos = len(line) + 1
				break
			}
			pos += j + 1
			col++
		}
		if pos > len(line) {
			return s.cellError(n, f, rowEnds(bytes.Count(line, []byte{delim})+1, aloneCell(bytes.Split(line, []byte{delim}))))
		}
		if r := s.sameRun[i]; r > 1 && pos+8 <= len(line) && line[pos] != delim {
			// A run of figures of one section: those of up to 7 digits
			// read in a loop of their own (the others, and the last bytes
			// of the line, as below).
			vs, present := s.row.section(f.kind)
			vs = vs[f.slot : f.slot+r]
			got := *present
			k := 0
			for k < r && pos+8 <= len(line) {
				v, d := digits7(binary.LittleEndian.Uint64(line[pos:]))
				if d == 0 || line[pos+d] != delim {
					break
				}
				vs[k] = Value{N: int64(v), OK: true}
				got = append(got, int32(f.slot+k))
				pos += d + 1
				k++
			}
			*present = got
			if k > 0 {
				i += k - 1
				col += k
				continue
			}
		}
		if r := s.numRun[i]; r > 1 && pos < len(line) && line[pos] == delim {
			// A run of empty number cells (absent figures): skip the
			// delimiters, eight at a time where they come so.
			j, lim := pos, min(len(line), pos+r-1)
			for j+8 <= lim && binary.LittleEndian.Uint64(line[j:]) == commas {
				j += 8
			}
			for j < lim && line[j] == delim {
				j++
			}
			k := j - pos // empty cells skipped, each with its delimiter
			i += k - 1
			col += k
			pos = j
			continue
		}
		end := -1
		if k := f.kind; k >= fLine {
			if pos < len(line) && line[pos] == delim { // an empty cell: absent
				pos++
				col++
				continue
			}
			if pos+8 <= len(line) {
				// Up to 7 digits then the delimiter, read eight bytes at
				// a time (digits7): no branch per digit.
				if v, k := digits7(binary.LittleEndian.Uint64(line[pos:])); k > 0 && line[pos+k] == delim {
					s.set(f, int64(v))
					pos += k + 1
					col++
					continue
				}
			}
			var v int64
			k := pos
			for k < len(line) && k-pos < 18 {
				d := line[k] - '0'
				if d > 9 {
					break
				}
				v = v*10 + int64(d)
				k++
			}
			if k == len(line) || line[k] == delim {
				end = k
				if k > pos {
					s.set(f, v)
				}
			}
		}
		if end < 0 {
			if j := bytes.IndexByte(line[pos:], delim); j < 0 {
				end = len(line)
			} else {
				end = pos + j
			}
			cell := trimBytes(line[pos:end])
			var pe *ParseError
			if k := f.kind; k == fLine || k == fVote || k == fPref {
				pe = s.number(f, cell, n)
			} else {
				pe = s.text(f, cell, n)
			}
			if pe != nil {
				// As fill: the width's error first. (A line with quotes
				// is split wrong here, but fillSkipQuoted reads it again
				// with the tokenizer once fillLine fails.)
				if w := s.checkCells(line, n, 0, 0); w != nil {
					return w
				}
				return pe
			}
		}
		pos = end + 1
		col++
	}
	if pos > len(line) && col >= s.rowCells && col <= s.ncols {
		return nil // the last cell read ends the line: the common case
	}
	return s.checkCells(line, n, pos, col)
}

// digits7 reads the digits that x, eight bytes of a line (the first in
// its low byte), starts with: their value and their number k, when 1 to 7
// digits come before a byte that is not one; k is 0 otherwise (no digit
// first, or eight).
func digits7(x uint64) (v uint64, k int) {
	const ones = 0x0101010101010101
	// The high bit of each byte below '0' (x - '0' borrows) or above '9'
	// (x + 0x46 reaches 0x80). A borrow or carry only runs from a byte that
	// is not a digit to the bytes after it, so the lowest byte flagged is
	// the first that is not a digit.
	flags := ((x - '0'*ones) | (x + 0x46*ones)) & (0x80 * ones)
	k = bits.TrailingZeros64(flags) >> 3
	if k == 0 || k == 8 {
		return 0, 0
	}
	// The k digits moved to the high bytes (zeros before them), then
	// combined in pairs, fours and eights.
	d := (x & (0x0f * ones)) << (64 - 8*k)
	d = (d * (1 + 10<<8)) >> 8 & 0x00ff00ff00ff00ff
	d = (d * (1 + 100<<16)) >> 16 & 0x0000ffff0000ffff
	d = (d * (1 + 10000<<32)) >> 32
	return d, k
}

// fillSkipQuoted is fillLine for a line with quotes, line n: when its
// quotes all belong to quoted cells of columns not mapped (a commission's
// file quotes the names that hold a comma), those cells are skipped in
// the one walk and the row is what the tokenizer gives; otherwise, or when
// the walk finds anything amiss, the tokenizer reads the line
// (fillQuoted), so that rows and errors stay the tokenizer's. Each cell
// the walk reads holds no quote then (every quote of the line was
// counted in a skipped cell), so it is the tokenizer's cell too.
func (s *scanner) fillSkipQuoted(line []byte, n int) *ParseError {
	if s.maybeBlank(line) || s.long != nil && s.long.sumRows { // Row.cells: the tokenizer's cells
		return s.fillQuoted(line, n)
	}
	s.quotes = bytes.Count(line, []byte{'"'})
	pe := s.fillLine(line, n)
	left := s.quotes
	s.quotes = 0
	if pe == nil && left == 0 {
		return nil
	}
	return s.fillQuoted(line, n)
}

// errQuotes: fillLine met a quoted cell it does not skip.
var errQuotes = &ParseError{Err: errors.New("ingest: a quoted cell to read with the tokenizer")}

// skipQuoted reads the quoted cell of line that starts at pos (its opening
// quote) as the tokenizer does: a doubled quote is a quote, and the
// closing one is followed by the delimiter or the line's end. It returns
// the index of that delimiter (or len(line)) and the number of quotes the
// cell holds, or -1 when the cell is not closed as it should be.
func skipQuoted(line []byte, pos int, delim byte) (end, quotes int) {
	i := pos + 1
	quotes = 1
	for {
		j := bytes.IndexByte(line[i:], '"')
		if j < 0 {
			return -1, 0
		}
		i += j + 1
		quotes++
		switch {
		case i < len(line) && line[i] == '"':
			i++
			quotes++
		case i == len(line) || line[i] == delim:
			return i, quotes
		default:
			return -1, 0
		}
	}
}

// section returns the figures and the Present list of a number field's
// section.
func (r *Row) section(k fieldKind) ([]Value, *[]int32) {
	switch k {
	case fLine:
		return r.Lines, &r.PresentLines
	case fVote:
		return r.Votes, &r.PresentVotes
	}
	return r.Preferences, &r.PresentPreferences
}

// set sets the figure of a number field.
func (s *scanner) set(f *field, n int64) {
	v := Value{N: n, OK: true}
	r := s.row
	switch f.kind {
	case fLine:
		r.Lines[f.slot] = v
		r.PresentLines = append(r.PresentLines, int32(f.slot))
	case fVote:
		r.Votes[f.slot] = v
		r.PresentVotes = append(r.PresentVotes, int32(f.slot))
	default:
		r.Preferences[f.slot] = v
		r.PresentPreferences = append(r.PresentPreferences, int32(f.slot))
	}
}

// number reads a trimmed cell of a number field, starting at line.
func (s *scanner) number(f *field, cell []byte, line int) *ParseError {
	if len(cell) == 0 {
		return nil // absent, not zero
	}
	n, err := parseIntSep(cell, f.sep)
	if err != nil {
		if v, ok := arabicFigure(cell, f.sep); ok {
			s.row.digits++
			s.set(f, v)
			return nil
		}
		if f.notGiven && s.saysNotGiven(cell) {
			s.row.notGiven++ // absent, as an empty cell
			return nil
		}
		if f.header != "" && trimHeader(string(cell)) == trimHeader(f.header) {
			return s.cellError(line, f, fmt.Errorf("%w: %s: the row repeats the header row (files joined together?)", err, echo.Quote(cell)))
		}
		return s.cellError(line, f, fmt.Errorf("%w: %s%s", err, echo.Quote(cell), numberHint(cell, f.sep)))
	}
	s.set(f, n)
	return nil
}

// placeMayBeNotGiven says whether a cell of field f that says it is not
// given (Mapping.NotGiven) is read as an empty cell: a region's or an
// okrug's, not a part of the precinct's key.
func placeMayBeNotGiven(f *field) bool {
	return (f.kind == fRegion || f.kind == fOkrug) && f.part == 0
}

// notGivenPlace refuses a cell of the precinct's key (its column, a part
// of it, a region or okrug column that is one) that says a figure is not
// given ("NA"): a precinct must be named, not one called "NA". (A region's
// or an okrug's cell so is read as empty: placeMayBeNotGiven.)
func (s *scanner) notGivenPlace(f *field, cell []byte, line int) *ParseError {
	if len(cell) == 0 || !keyKind(f.kind) || !s.saysNotGiven(cell) {
		return nil
	}
	what := placeWord(f.kind)
	if f.part > 0 {
		what = "precinct" // (a region or okrug column that is a part of its key)
	}
	return s.cellError(line, f, fmt.Errorf("%w: %s is a text of not_given (a figure not given), and names no place: write the row's %s in the file, or leave the cell empty", ErrBadValue, echo.Quote(cell), what))
}

// saysNotGiven says whether a trimmed cell is one of the texts of
// Mapping.NotGiven.
func (s *scanner) saysNotGiven(cell []byte) bool {
	for _, t := range s.notGiven {
		if string(cell) == t {
			return true
		}
	}
	return false
}

// numberHint says why a cell that is no number under the thousands
// separator sep (0: none named) is none, when the mapping could say how
// to read it: the groups the mapping's separator makes, the key that
// would read the cell ("10,701" in a file whose mapping names none), or
// not_given for a text that says a figure is not given ("NA"); ""
// otherwise.
func numberHint(cell []byte, sep byte) string {
	if _, err := parseIntSep(cell, sepIndian); err == nil && sep != sepIndian && !readsBy(cell, ',') {
		return ` (its digits are grouped as India's, by lakh and crore: say so in the mapping: "thousands": ",", "digit_grouping": "indian")`
	}
	if sep == sepIndian && bytes.IndexByte(cell, ',') >= 0 {
		return ` (the mapping's "digit_grouping": "indian" groups the last three digits, then twos: 4,52,644)`
	}
	if sep != 0 && bytes.IndexByte(cell, sep) >= 0 {
		return fmt.Sprintf(` (the mapping's "thousands": "%c" groups digits by threes: 1%c234%c567)`, sep, sep, sep)
	}
	for _, c := range []byte{',', '.'} {
		if _, err := parseIntSep(cell, c); err == nil && sep == 0 {
			return fmt.Sprintf(` (if "%c" groups its thousands, say so in the mapping: "thousands": "%c")`, c, c)
		}
	}
	// Digits of another script (full-width "１４６", as CJK text writes
	// them; Arabic-Indic, Devanagari): named, not read, as a count reads
	// the digits 0 to 9 alone.
	if bytes.Contains(cell, []byte("\u066b")) {
		return " (\u066b, U+066B, is the Arabic decimal separator: a count is a whole number)"
	}
	if bytes.Contains(cell, []byte("\u066c")) {
		return ` (if "\u066c" groups its thousands, say so in the mapping: "thousands": "\u066c")`
	}
	if d, ascii, ok := otherDigits(cell); ok {
		return fmt.Sprintf(" (%q is a digit of another script than 0 to 9 (%U): a count reads 0 to 9 alone; write the figures with them, %q)", d, d, ascii)
	}
	// A figure in scientific notation (R's "1e3" for 1000).
	if h := sciHint(string(cell)); h != "" {
		return " (" + h + ")"
	}
	// A text that says a figure is not given (R's and pandas' NA, the
	// draft's notGivenText, or a dash).
	if t := string(cell); notGivenText(t) || t == "-" || t == "—" {
		return fmt.Sprintf(` (if %q says that the figure is not given, say so in the mapping: "not_given": [%q])`, t, t)
	}
	return ""
}

// readsBy says whether cell is a number with sep as its thousands
// separator.
func readsBy(cell []byte, sep byte) bool {
	_, err := parseIntSep(cell, sep)
	return err == nil
}

// text reads a trimmed cell of a field that is not a number, starting at
// line.
func (s *scanner) text(f *field, cell []byte, line int) *ParseError {
	row := s.row
	if k := f.kind; k == fPrecinct || k == fRegion || k == fOkrug || k == fKey || k == fChoice {
		if folded, ok := compatFold(cell); ok {
			cell = folded
			row.compat++
		}
		// (A cell the same as one of the last two region or okrug IDs
		// interned has no run of spaces: those were read so.)
		if s.recent[0] != string(cell) && s.recent[1] != string(cell) {
			if one, ok := oneSpace(cell); ok {
				cell = one
				row.spaces++
			}
		}
	}
	if f.part > 0 {
		s.keyCells[f.part-1] = cell
	}
	if f.okpart > 0 {
		s.okrugCells[f.okpart-1] = cell
	}
	if f.chalt > 0 {
		s.choiceCells[f.chalt-1] = cell
	}
	// A region or okrug cell the same as one of the last two interned
	// (internID) was checked when it was first read.
	seen := (f.kind == fRegion || f.kind == fOkrug) && len(cell) > 0 && (s.recent[0] == string(cell) || s.recent[1] == string(cell))
	if (f.kind == fPrecinct || f.kind == fRegion || f.kind == fOkrug || f.kind == fKey) && !seen && !utf8.Valid(cell) {
		// An ID must survive a JSON round trip, which would replace the
		// bytes that are not UTF-8 (a file in another encoding).
		return s.cellError(line, f, fmt.Errorf("%w: %s is not UTF-8 text (%s)", ErrBadValue, echo.Quote(cell), s.textAdvice(cell)))
	}
	if len(s.notGiven) > 0 && !seen {
		if len(cell) > 0 && placeMayBeNotGiven(f) && !(f.abroadToo && s.abroad[string(cell)]) && s.saysNotGiven(cell) {
			// A region or okrug cell that says it is not given ("NA",
			// Chile's comunas of no region in 2022) is read as an
			// empty cell: the precinct's region or okrug not given,
			// said. (No such cell is interned: never seen.)
			row.placeNotGiven++
			cell = nil
			if f.okpart > 0 {
				s.okrugCells[f.okpart-1] = nil
			}
		} else if err := s.notGivenPlace(f, cell, line); err != nil {
			return err
		}
	}
	switch f.kind {
	case fPrecinct:
		if len(cell) == 0 {
			// A row without a number (remote voting, say): its line
			// names it.
			s.keyCells = append(s.keyCells[:0], nil)
			s.precinctKey(row)
			s.keyCells = s.keyCells[:0]
			return nil
		}
		if s.deferPrecinct {
			row.precinctCell = cell // place resolves it
		} else if s.o.Precinct != nil {
			row.Precinct.ID, row.Index = s.o.Precinct(cell)
		} else {
			row.Precinct.ID = string(cell)
		}
	case fChoice:
		if s.choiceCells != nil { // joined (choiceKey)
			s.choiceCells[f.alt-1] = cell
			break
		}
		// Of several choice columns, the first in the mapping's order
		// whose cell is not empty.
		if f.alt == 0 || len(cell) > 0 && (row.choiceCell == nil || f.alt < row.choiceAlt) {
			row.choiceCell, row.choiceAlt = cell, f.alt
		}
	case fList:
		row.listCell = cell
	case fRegion:
		if f.abroadToo && s.abroad[string(cell)] {
			row.Precinct.Abroad = true // a precinct abroad: in no region
			break
		}
		row.Precinct.Region = s.internID(cell)
	case fOkrug:
		if f.okpart == 0 {
			row.Precinct.Okrug = s.internID(cell)
		}
	case fAbroad:
		v, ok := lookupBool(s.abroad, cell)
		if !ok {
			return s.cellError(line, f, fmt.Errorf("%w: %s is not a yes/no value%s", ErrBadValue, echo.Quote(cell), s.cellEncoding(cell, knownBool(s.abroad))))
		}
		row.Precinct.Abroad = v
	case fMachine:
		v, ok := lookupBool(s.machine, cell)
		if !ok {
			return s.cellError(line, f, fmt.Errorf("%w: %s is not a yes/no value%s", ErrBadValue, echo.Quote(cell), s.cellEncoding(cell, knownBool(s.machine))))
		}
		row.Machine = v
	case fBallot:
		var b election.BallotKind
		ok := false
		if s.ballot != nil {
			b, ok = s.ballot[string(cell)]
		} else if validBallot(string(cell)) {
			b, ok = election.BallotKind(cell), true
		}
		if !ok {
			return s.cellError(line, f, fmt.Errorf("%w: %s is not a ballot (see ballot_values)%s", ErrBadValue, echo.Quote(cell), s.cellEncoding(cell, func(t string) bool { _, ok := s.ballot[t]; return ok })))
		}
		row.Ballot = b
	}
	return nil
}

// precinctKey sets the row's precinct from s.keyCells: the cells joined
// by " / ", each empty one replaced by "line N" (the row's line), and
// Row.LineID set when one was; under the precinct's Column.Join, an
// empty cell of the okrug's columns left out (joinedKey). The cells are
// then forgotten.
func (s *scanner) precinctKey(row *Row) {
	b := s.keyBuf[:0]
	if s.joinOmit != nil {
		b = s.joinedKey(b, row)
		s.keyBuf = b
		s.setPrecinct(row, b)
		return
	}
	for i, c := range s.keyCells {
		if i > 0 {
			b = append(b, " / "...)
		}
		if len(c) == 0 {
			b = s.lineKey(b, row, i+1)
		} else {
			b = append(b, c...)
		}
		s.keyCells[i] = nil
	}
	s.keyBuf = b
	s.setPrecinct(row, b)
}

// joinedKey appends to b the ID of a precinct under its Column.Join: the
// cells given joined by " / ", an empty cell of a column that is the
// okrug's too left out (a statewide office's district: "President / 1"
// beside "State House / 5 / 1"), and "line N" in place of an empty cell
// of a column of the precinct's own, as without join (a subtotal row,
// its precinct's cell empty, names no precinct: "State House / 5" would
// be a precinct of its own, its votes counted twice). A row whose every
// cell is empty is "line N" alone. Row.joinEmpty keeps which cells were
// empty: two rows whose cells given are the same, in other columns
// ("X", "", "1" and "", "X", "1"), make one ID, and the long reader
// refuses them (longReader.sameKeyCells). The cells are forgotten.
func (s *scanner) joinedKey(b []byte, row *Row) []byte {
	var empty uint32
	for i, c := range s.keyCells {
		if len(c) == 0 {
			empty |= partBit(i)
		}
	}
	row.joinEmpty = empty
	if empty == s.joinAll {
		clear(s.keyCells)
		own := slices.Index(s.joinOmit, false) // (the part the error names)
		return s.lineKey(b, row, max(own, 0)+1)
	}
	at := len(b)
	for i, c := range s.keyCells {
		if len(c) == 0 && s.joinOmit[i] {
			continue
		}
		if len(b) > at {
			b = append(b, " / "...)
		}
		if len(c) == 0 {
			b = s.lineKey(b, row, i+1)
		} else {
			b = append(b, c...)
		}
	}
	clear(s.keyCells)
	return b
}

// partBit is the bit of part i (0-based) of a precinct's key in
// Row.joinEmpty: the parts from the 32nd on share the last bit.
func partBit(i int) uint32 {
	return 1 << min(i, 31)
}

// lineKey appends to b what stands for an empty cell of a precinct's key,
// part (1-based) of it: "line N", the row's line ("column N" in a
// transposed file, whose column's header line is every column's), and
// sets Row.LineID (and Row.emptyPart, the first part empty).
func (s *scanner) lineKey(b []byte, row *Row, part int) []byte {
	if s.turn != nil {
		b = append(b, "column "...)
		b = strconv.AppendInt(b, int64(s.turn.col), 10)
	} else {
		b = append(b, "line "...)
		b = strconv.AppendInt(b, int64(row.Line), 10)
	}
	if !row.LineID {
		row.emptyPart = part
	}
	row.LineID = true
	return b
}

// joinGiven appends to b the cells not empty, joined by " / ", and
// forgets the cells: the ID of a key of several columns under
// Column.Join (a precinct's, an okrug's, a long file's choice), whose
// empty cells are left out.
func joinGiven(b []byte, cells [][]byte) []byte {
	at := len(b)
	for i, c := range cells {
		if len(c) > 0 && len(b) > at {
			b = append(b, " / "...)
		}
		b = append(b, c...)
		cells[i] = nil
	}
	return b
}

// setPrecinct sets the row's precinct to the ID b made (precinctKey).
func (s *scanner) setPrecinct(row *Row, b []byte) {
	switch {
	case s.deferPrecinct:
		row.precinctCell = s.keep(b) // place resolves it
	case s.o.Precinct != nil:
		row.Precinct.ID, row.Index = s.o.Precinct(b)
	default:
		row.Precinct.ID = string(b)
	}
}

// keys sets the row's precinct and okrug from the cells of their keys,
// when they are named by several columns.
func (s *scanner) keys(row *Row) *ParseError {
	if len(s.keyCells) > 0 {
		s.precinctKey(row)
	}
	if s.choiceCells != nil {
		s.choiceKey(row)
	}
	if len(s.okrugCells) > 0 {
		return s.okrugKey(row)
	}
	return nil
}

// choiceKey sets the row's choice cell from s.choiceCells, a long file's
// choice columns joined (Column.Join): the cells not empty joined by
// " / ", as a precinct's key is made ("McGuire / R"; a write-in row with
// no party, "Scatter"). The cells are then forgotten.
func (s *scanner) choiceKey(row *Row) {
	b := s.choiceBuf[:0]
	if s.batch != nil {
		// (A parser's row waits in its batch: its text is the batch's.)
		b = s.batch.keys
	}
	at := len(b)
	b = joinGiven(b, s.choiceCells)
	if s.batch != nil {
		s.batch.keys = b
	} else {
		s.choiceBuf = b
	}
	row.choiceCell, row.choiceAlt = b[at:len(b):len(b)], 1
}

// okrugKey sets the row's okrug from s.okrugCells: the cells joined by
// " / ", as a precinct's key is made. A row whose cells are all empty
// names no okrug, as an empty cell of an okrug of one column does; one
// that leaves some of them empty names none that can be told apart
// (the ward of no area council, or no ward of one), and is an error
// naming the first empty cell, unless the okrug's Column.Join says that
// its cells given name it (a statewide office has no district): they
// are then joined, the empty ones left out. The cells are then
// forgotten.
func (s *scanner) okrugKey(row *Row) *ParseError {
	empty := -1
	given := false
	for i, c := range s.okrugCells {
		if len(c) == 0 {
			if empty < 0 {
				empty = i
			}
		} else {
			given = true
		}
	}
	if !given {
		clear(s.okrugCells)
		row.Precinct.Okrug = ""
		return nil
	}
	if empty >= 0 && !s.m.Okrug.Join {
		var given []string
		for _, c := range s.okrugCells {
			if len(c) > 0 {
				given = append(given, string(c))
			}
		}
		clear(s.okrugCells)
		var at *field
		for i := range s.fields {
			if f := &s.fields[i]; int(f.okpart) == empty+1 {
				at = f
			}
		}
		// (The error is the okrug's, whichever field shares its column:
		// a precinct's or a region's column may be one of the okrug's.)
		named := echo.Quote(strings.Join(given, " / "))
		pe := s.cellError(row.Line, at, fmt.Errorf("%w: okrug.columns[%d] is empty beside %s: an okrug named by several columns is named by each of them; if the row's contest has no such part (a statewide office beside district ones), \"okrug\": {\"columns\": [%s], \"join\": true} names its okrug by the cells given (%s); if the row is a subtotal (an area's total, its precinct's cell empty), leave such rows out with the mapping's row filter (\"rows\": {\"where\": [{\"column\": ..., \"except\": [\"\"]}]}), which leaves out every row whose cell there is empty",
			ErrBadValue, empty, named, columnsJSON(s.m.Okrug.Columns), named))
		pe.Field = fmt.Sprintf("okrug.columns[%d]", empty)
		return pe
	}
	b := joinGiven(s.okrugBuf[:0], s.okrugCells) // (an empty cell is left out under "join" alone)
	s.okrugBuf = b
	row.Precinct.Okrug = s.internID(b)
	return nil
}

// record reads the next record into s.row. It returns io.EOF at the end,
// the row's *ParseError for a row that cannot be read, or a *ParseError
// without a line for a read error.
func (s *scanner) record(src recordSource) *ParseError {
	var pe *ParseError
	if t, ok := src.(*tokenizer); ok {
		line, rec, err := t.next()
		switch {
		case err == io.EOF:
			return errEOF
		case rec == nil && err == nil && s.down != nil:
			pe = s.fill(t.plain(line), src) // (fill_down: the cells of each row, to fill)
		case rec == nil && err == nil:
			pe = s.fillLine(line, t.numLine)
		case err != nil:
			return t.escapedQuote(s.readError(err, len(rec)))
		default:
			pe = s.fill(rec, src)
			s.row.bare = t.bare
		}
		if pe == nil {
			pe = s.keys(s.row)
		}
	} else {
		rec, err := src.read()
		switch {
		case err == io.EOF:
			return errEOF
		case err != nil:
			e, ok := src.(escapeTeller)
			return sayEscaped(ok && e.escapedLine(), s.readError(err, len(rec)))
		}
		pe = s.fill(rec, src)
		if b, ok := src.(bareCounter); ok {
			s.row.bare = b.bareCells()
		}
		if pe == nil {
			pe = s.keys(s.row)
		}
	}
	if pe == nil && s.track != nil {
		_, pe = s.track.add(s, s.row.Line, s.row.Precinct, s.row.Index)
	}
	return pe
}

// escapedQuote adds to pe, the error of the record t read last, that its
// line escapes a quote with a backslash, which CSV does not read.
func (t *tokenizer) escapedQuote(pe *ParseError) *ParseError { return sayEscaped(t.escaped, pe) }

// sayEscaped is escapedQuote for a record whose line escapes a quote with
// a backslash (escaped), read by any record source.
func sayEscaped(escaped bool, pe *ParseError) *ParseError {
	if escaped && pe != nil && errors.Is(pe.Err, ErrSyntax) {
		pe.Err = fmt.Errorf(`%w (the line escapes a quote with a backslash, \", as R's write.table does by default; CSV doubles a quote inside a quoted cell, "": write the file with qmethod = "double", or replace \" by "")`, pe.Err)
	}
	return pe
}

// errEOF is what record returns at the end of the input.
var errEOF = &ParseError{Err: io.EOF}

// internID returns the cell as a string, shared between rows: a file names
// few regions and okrugs. Past maxIntern distinct values it stops sharing,
// so that memory stays bounded.
func (s *scanner) internID(cell []byte) string {
	if len(cell) == 0 {
		return ""
	}
	for _, v := range s.recent { // rows of a region and okrug come together
		if v == string(cell) {
			return v
		}
	}
	if v, ok := s.intern[string(cell)]; ok {
		s.recent[1], s.recent[0] = s.recent[0], v
		return v
	}
	v := string(cell)
	if len(s.intern) < maxIntern {
		s.intern[v] = v
	}
	return v
}

const maxIntern = 4096

// trimBytes removes the spaces around a cell (Unicode White_Space, so the
// no-break space too), without allocating.
func trimBytes(b []byte) []byte {
	if len(b) > 0 && notSpaceStart(b) && notSpaceEnd(b) {
		return b
	}
	return bytes.TrimSpace(b)
}

// notSpaceStart says that b (not empty) starts with no space: an ASCII
// byte past ' ', or a byte that leads no White_Space rune (those outside
// ASCII are U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
// U+202F, U+205F and U+3000, led by 0xC2, 0xE1, 0xE2 and 0xE3), as a
// Cyrillic letter's. Saying false is always safe: TrimSpace decides then.
func notSpaceStart(b []byte) bool {
	c := b[0]
	return c > ' ' && c < 0x80 || c >= 0xC3 && c != 0xE1 && c != 0xE2 && c != 0xE3
}

// notSpaceEnd says that b (not empty) ends with no space: an ASCII byte
// past ' ', or a rune of two to four bytes whose leading byte leads no
// White_Space rune (see notSpaceStart).
func notSpaceEnd(b []byte) bool {
	n := len(b)
	c := b[n-1]
	if c < 0x80 {
		return c > ' '
	}
	// Back over the continuation bytes to the leading byte.
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if c := b[i]; c&0xC0 != 0x80 {
			return c >= 0xC3 && c != 0xE1 && c != 0xE2 && c != 0xE3
		}
	}
	return false
}

// knownBool says whether a text is one of vs (yes/no words when nil).
func knownBool(vs map[string]bool) func(string) bool {
	return func(t string) bool {
		_, ok := lookupBool(vs, []byte(t))
		return ok
	}
}

func lookupBool(vs map[string]bool, cell []byte) (v, ok bool) {
	if vs == nil {
		return yesNo(cell)
	}
	if v, ok = vs[string(cell)]; ok || len(cell) > 0 {
		return v, ok
	}
	return false, true // an empty cell is "no" unless the table says otherwise
}

func (s *scanner) cellError(line int, f *field, err error) *ParseError {
	if f == nil {
		// The precinct of a key whose columns are all shared with other
		// fields (the okrug's), which has no field of its own: the
		// field of its first column.
		for i := range s.fields {
			if s.fields[i].part == 1 {
				f = &s.fields[i]
				break
			}
		}
		if f == nil {
			pe := &ParseError{File: s.file, Line: line, Err: err}
			if s.turn != nil {
				s.turn.place(pe, 0)
			}
			return pe
		}
	}
	pe := &ParseError{File: s.file, Line: line, Column: f.idx + 1, Field: f.name, Header: f.header, Err: err}
	if s.turn != nil {
		s.turn.place(pe, f.idx)
	}
	return pe
}

// conflict reports a precinct whose row contradicts an earlier row.
func (s *scanner) conflict(line int, k fieldKind, id, got, had string) *ParseError {
	if f := s.fieldOf(k); f != nil {
		g, h := echo.Pair(got, had)
		pe := s.cellError(line, f, fmt.Errorf("%w: precinct %s: %s %s, earlier %s%s", ErrConflict, echo.Quote(id), s.keyName(f, k), g, h, s.keyHint(f)))
		if k == fOkrug && s.m.okrugKey() > 0 {
			pe.Field = "okrug" // (the okrug's cells joined, not its first column's)
		}
		return pe
	}
	return &ParseError{File: s.file, Line: line, Err: ErrConflict} // not reached: only mapped fields differ
}

// fieldOf returns the first field of kind k; for the okrug, when its key's
// columns are all the region's, the region's field; nil when none.
func (s *scanner) fieldOf(k fieldKind) *field {
	for i := range s.fields {
		if f := &s.fields[i]; f.kind == k {
			return f
		}
	}
	for i := range s.fields {
		if f := &s.fields[i]; k == fOkrug && f.okpart > 0 {
			return f
		}
	}
	return nil
}

// keyName names, in a message, the field f of kind k whose value two
// rows give differently: its mapping path, or, for an okrug of several
// columns (whose value is their cells joined), "okrug" and its columns.
func (s *scanner) keyName(f *field, k fieldKind) string {
	if k != fOkrug || s.m.okrugKey() == 0 {
		return f.name
	}
	hs := make([]string, 0, len(s.m.Okrug.Columns))
	for _, c := range s.m.Okrug.Columns {
		hs = append(hs, c.String())
	}
	return "okrug (" + strings.Join(hs, " / ") + ")"
}

// keyHint is what an error of a precinct placed in two regions or okrugs
// (f's) suggests when the precinct is named by one column: its numbers
// may start again in each, and then both columns name it.
func (s *scanner) keyHint(f *field) string {
	var p *field
	for i := range s.fields {
		switch s.fields[i].kind {
		case fKey:
			// Named by several columns already: by the okrug's too?
			if f.kind == fOkrug {
				return s.okrugInKeyHint()
			}
			return ""
		case fPrecinct:
			p = &s.fields[i]
		}
	}
	if p == nil || p.idx == f.idx || (f.kind != fRegion && f.kind != fOkrug) {
		return ""
	}
	if f.okpart > 0 && f.kind != fRegion {
		// An okrug of several columns, its first a contest (an office,
		// beside its district): a precinct votes in each contest.
		return fmt.Sprintf(` (if the file gives several contests of each precinct, each an okrug, or the precinct numbers start again in each okrug, name a precinct by the okrug's first column too: "precinct": {"columns": [%q, %q]})`, f.header, p.header)
	}
	return fmt.Sprintf(` (if the precinct numbers start again in each %s, name a precinct by both columns: "precinct": {"columns": [%q, %q]})`,
		f.name, f.header, p.header)
}

// okrugInKeyHint is what an error of a precinct, named by several
// columns, placed in two okrugs suggests when the okrug's columns are not
// all among the precinct's: every precinct of a file of several contests
// votes in each district of one (Colorado's county commissioners, each
// precinct in the contests of districts 2 and 3), and a precinct's key
// of the okrug's columns and its own names a protocol per district; with
// "join": true when a contest leaves a column empty (a statewide office
// has no district), as the okrug's does.
func (s *scanner) okrugInKeyHint() string {
	key, okrug := s.m.Precinct.Columns, s.m.Okrug.Columns
	if len(okrug) == 0 {
		okrug = []Column{*s.m.Okrug}
	}
	in := func(cs []Column, c Column) bool {
		return slices.ContainsFunc(cs, func(k Column) bool { return keyOf(k) == keyOf(c) })
	}
	if !slices.ContainsFunc(okrug, func(c Column) bool { return !in(key, c) }) {
		return ""
	}
	cols := slices.Clone(okrug)
	for _, c := range key {
		if !in(cols, c) {
			cols = append(cols, c)
		}
	}
	join := ""
	if s.m.Okrug.Join || s.m.Precinct.Join {
		join = `, "join": true`
	}
	return fmt.Sprintf(` (if each precinct votes in several okrugs of one contest, name a precinct by the okrug's columns too: "precinct": {"columns": [%s]%s})`, columnsJSON(cols), join)
}

// columnsJSON writes columns as a mapping gives them in a list: each a
// header in quotes or a number.
func columnsJSON(cs []Column) string {
	var b []byte
	for i, c := range cs {
		if i > 0 {
			b = append(b, ", "...)
		}
		if c.Header != "" {
			b = strconv.AppendQuote(b, trimHeader(c.Header))
		} else {
			b = strconv.AppendInt(b, int64(c.Index), 10)
		}
	}
	return string(b)
}

// rowInto points s.row at the next row of b, made there (the row s.row
// pointed at may be in a batch another parser fills now: it is not read):
// its figures in
// b's storage, which holds the figures of the row read there before
// (reset clears those, by the lengths of its Present lists, which b.used
// keeps). b.rows has room for batchRows rows (batchPool.get).
func (s *scanner) rowInto(b *batch) {
	nl, nv, np := s.widths[0], s.widths[1], s.widths[2]
	w := nl + nv + np
	i := len(b.rows)
	off := i * w
	b.rows = b.rows[:i+1]
	r := &b.rows[i]
	r.scan, r.long = s.rowScan, 0
	r.Lines = b.values[off : off+nl : off+nl]
	r.Votes = b.values[off+nl : off+nl+nv : off+nl+nv]
	r.Preferences = b.values[off+nl+nv : off+w : off+w]
	r.PresentLines = b.present[off : off+b.used[i][0] : off+nl]
	r.PresentVotes = b.present[off+nl : off+nl+b.used[i][1] : off+nl+nv]
	r.PresentPreferences = b.present[off+nl+nv : off+nl+nv+b.used[i][2] : off+w]
	s.row = r
}

// keepRow keeps the error of s.row, read into b (rowInto), and the
// lengths of its Present lists.
func (s *scanner) keepRow(b *batch, pe *ParseError) {
	i := len(b.rows) - 1
	b.errs = append(b.errs, pe)
	b.used[i] = [3]int{len(s.row.PresentLines), len(s.row.PresentVotes), len(s.row.PresentPreferences)}
}

// columns says n columns in words: "one column", "3 columns".
func columns(n int) string {
	if n == 1 {
		return "one column"
	}
	return strconv.Itoa(n) + " columns"
}

// nearHeader names the column whose header is h but for case, spaces,
// "_", "-" and accents ("year" for "Year", "election_type" for "Election
// Type", "Māori Party" for "Maori Party"), the first of them: a header is
// matched as written but for the spaces at its ends, and a reader who typed it by eye sees which one the
// file has. Empty when no header is so near.
func nearHeader(h string, at map[string][]int) string {
	fold := foldHeader
	want, best, col := fold(h), "", -1
	// Else one the same but for German's umlauts and ß written as two
	// letters ("Stimmzettel gueltig (E2)" for "Stimmzettel gültig
	// (E2)"), or the joined header of several rows that h writes with a
	// space ("Ousmane / SONKO" for "Ousmane SONKO", header_rows 2): named
	// when one column alone is so near.
	wantDE, near, nears, how := fold(germanLetters(h)), "", 0, ""
	for k, pos := range at {
		switch {
		case len(pos) == 0:
		case fold(k) == want:
			if col < 0 || pos[0] < col {
				best, col = k, pos[0]
			}
		case fold(germanLetters(k)) == wantDE:
			near, nears, how = k, nears+1, "the same text but for German's umlauts or ß written as two letters (ü as ue, ß as ss), case, spaces or accents (a header is matched exactly: write it as the file does)"
		case strings.Contains(k, headerSep) && fold(strings.ReplaceAll(k, headerSep, "")) == want:
			near, nears, how = k, nears+1, "the cells of a header of several rows joined by \" / \" (header_rows): a mapping names such a column by its joined header, as the file's rows give it"
		default:
			if diff := scriptTwins(k, h); diff != "" {
				near, nears, how = k, nears+1, "the same text but for letters of the Latin and the Cyrillic alphabets that look alike ("+diff+"): the mapping must write each as the file does; copy the header from the file"
			}
		}
	}
	if col < 0 && nears == 1 {
		return fmt.Sprintf("; column %d has %s, %s", at[near][0]+1, echo.Quote(near), how)
	}
	if col < 0 {
		return ""
	}
	if compatString(best) != best || compatString(h) != h {
		// (Compatibility forms, where a draft saw text extracted from
		// a PDF file, say; docs19 folds diacritics alike.)
		return fmt.Sprintf("; column %d has %s, the same text but for Arabic presentation forms or full-width letters (equal under compatibility normalization, NFKC), case, spaces or accents (a header is matched as written, but for the spaces at its ends, which are trimmed: write it as the file does)", col+1, echo.Quote(best))
	}
	return fmt.Sprintf("; column %d has %s (a header is matched as written, but for the spaces at its ends, which are trimmed: case, spaces inside it and accents count)", col+1, echo.Quote(best))
}

// scriptTwins says where file header k and mapped header h differ, when
// they differ only by letters of the Latin and the Cyrillic alphabets
// drawn alike (Latin "A" for Cyrillic "А", as Kazakh commissions' texts
// mix them: «Амаnat»): "at 1 the file has U+0041 (Latin), the mapping
// U+0410 (Cyrillic)", each such place; "" when they differ otherwise or
// not at all. On screen the two read the same, so a message that says
// only "missing" leaves the user nothing to act on.
func scriptTwins(k, h string) string {
	kr, hr := []rune(k), []rune(h)
	if len(kr) != len(hr) {
		return ""
	}
	var at []string
	for i := range kr {
		if kr[i] == hr[i] {
			continue
		}
		if !lookAlike(kr[i], hr[i]) && !lookAlike(hr[i], kr[i]) {
			return ""
		}
		at = append(at, fmt.Sprintf("at %d the file has U+%04X (%s), the mapping U+%04X (%s)", i+1, kr[i], scriptOf(kr[i]), hr[i], scriptOf(hr[i])))
	}
	return strings.Join(at, "; ")
}

// lookAlike says whether Latin letter l and Cyrillic letter c are drawn
// alike: a pair of latinTwins, or c's Latin spelling (translit) is l in
// lower case ("н" and "n" in «Амаnat»).
func lookAlike(l, c rune) bool {
	if !unicode.Is(unicode.Latin, l) || !unicode.Is(unicode.Cyrillic, c) {
		return false
	}
	if i := strings.IndexRune(latinTwins, l); i >= 0 && []rune(cyrillicTwins)[utf8.RuneCountInString(latinTwins[:i])] == c {
		return true
	}
	return translit[unicode.ToLower(c)] == string(unicode.ToLower(l))
}

// latinTwins and cyrillicTwins are the letters drawn alike, one for one.
const (
	latinTwins    = "AaBCcEeHIiKMOoPpTXxy"
	cyrillicTwins = "АаВСсЕеНІіКМОоРрТХху"
)

// scriptOf names the alphabet of letter r for scriptTwins.
func scriptOf(r rune) string {
	if unicode.Is(unicode.Latin, r) {
		return "Latin"
	}
	return "Cyrillic"
}

// foldHeader is header s without case, spaces, "_", "-" and accents,
// for nearHeader. (Not inlined: each call site would compile a copy of
// its mapping of runes into the page's module.)
//
//go:noinline
func foldHeader(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) {
			return -1 // a combining mark: the accent of a letter written apart (NFD)
		}
		return unaccented(unicode.ToLower(r))
	}, compatString(s)) // "اﻷﺻﻮات" is "الأصوات" (compatfold.go)
}

// germanLetters writes German's umlauts and ß in s as two letters,
// lower case, as a file without them does ("gueltig" for "Gültig").
func germanLetters(s string) string {
	s = strings.ToLower(s)
	for i := 0; i < len(umlauts); i += 2 {
		s = strings.ReplaceAll(s, umlauts[i], umlauts[i+1])
	}
	return s
}

var umlauts = [...]string{"ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss"}

// accented and plain pair the lower-case Latin letters with a mark
// written as one letter (NFC) with their letter without it.
const (
	accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšșţťŧțùúûüũūŭůűųŵýÿŷźżž"
	plain    = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssssttttuuuuuuuuuuwyyyzzz"
)

// unaccented is r's letter without its mark (ā: a), or r.
func unaccented(r rune) rune {
	if r < 0xC0 || r > 0x24F {
		return r
	}
	i := 0
	for _, a := range accented {
		if a == r {
			return rune(plain[i])
		}
		i++
	}
	return r
}

// nearLabel names the label of a transposed file's row nearest to h,
// which no row has: one the same but for case and spaces, else the one
// that begins as h does up to its " / " ("CASIMIR / SLP" for "CASIMIR /
// UWP", a candidate given the wrong party), else the one a few letters
// from it (at most a third of h's). Empty when none is so near, or two
// are.
func nearLabel(h string, at map[string][]int) string {
	if near := nearHeader(h, at); near != "" {
		return near
	}
	labels := make([]string, 0, len(at))
	for k, pos := range at {
		if len(pos) > 0 && k != "" {
			labels = append(labels, k)
		}
	}
	slices.Sort(labels)
	say := func(k string) string {
		return fmt.Sprintf("; the nearest label is %s ({\"column\": %d}, the header row being 1)", echo.Quote(k), at[k][0]+1)
	}
	if head, _, ok := strings.Cut(h, headerSep); ok {
		var same []string
		for _, k := range labels {
			if kh, _, ok := strings.Cut(k, headerSep); ok && strings.EqualFold(strings.TrimSpace(kh), strings.TrimSpace(head)) {
				same = append(same, k)
			}
		}
		if len(same) == 1 {
			return say(same[0])
		}
	}
	best, bestD, twice := "", len(h)/3+1, false
	for _, k := range labels {
		switch d := editDistance(strings.ToLower(h), strings.ToLower(k)); {
		case d < bestD:
			best, bestD, twice = k, d, false
		case d == bestD && best != "":
			twice = true
		}
	}
	if best == "" || twice {
		return ""
	}
	return say(best)
}

// locate returns the index of column c in a header row of ncols columns
// (at: the columns of each trimmed header text), or why it is not there:
// ErrMissingHeader, or ErrMapping when its header names two columns (col
// is then the second, 1-based). hint ends the missing header's message.
func locate(c Column, ncols int, at map[string][]int, hint string) (idx, col int, err error) {
	if c.Index > 0 {
		if c.Index > ncols {
			return 0, 0, fmt.Errorf("%w: column %d, but the header row has %d columns%s", ErrMissingHeader, c.Index, ncols, hint)
		}
		return c.Index - 1, 0, nil
	}
	h := trimHeader(c.Header)
	switch pos := at[h]; len(pos) {
	case 0:
		return 0, 0, fmt.Errorf("%w: no column has the header %s%s%s", ErrMissingHeader, echo.Quote(h), nearHeader(h, at), hint)
	case 1:
		return pos[0], 0, nil
	default:
		cols := make([]string, len(pos))
		for i, p := range pos {
			cols[i] = strconv.Itoa(p + 1)
		}
		return 0, pos[1] + 1, fmt.Errorf("%w: the header %s is in columns %s and %s (spaces around a header trimmed): name the column by its number ({\"column\": N})", ErrMapping, echo.Quote(h), strings.Join(cols[:len(cols)-1], ", "), cols[len(cols)-1])
	}
}
