package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// BallotMapping says which columns of a cast-vote record (docs/ballots.md)
// hold what: a CSV file with a header row, or JSON Lines, one object a
// line, whose keys are the headers. Each line is one ballot, or, when
// Count is mapped, as many identical ballots as its cell says (a whole
// number, 0 or more: a condensed record gives one line per ballot
// pattern).
//
// Precinct and Choice are required. The ballot is fixed for the whole file
// (Ballot: "list" or "okrug") or read from BallotColumn, whose cells are
// looked up in BallotValues (cell text -> "list" or "okrug"), or read as
// "list" and "okrug" without it. Choice holds the choice marked: a party
// ID (list ballot), a candidate ID (okrug ballot) or "against_all";
// several marks joined by "|" are a ballot marked for more than one
// choice, an invalid ballot. What an empty choice cell means, Empty says
// (EmptyNotOnBallot, EmptyBlank, EmptyInvalid): a record that writes
// "undervote" for a contest left unmarked leaves the cell empty where the
// contest was not on the ballot, another leaves it empty for a ballot
// without a mark. A mapping that does not say is an error at the first
// empty cell (the count would differ by the meaning); the default mapping
// says EmptyBlank, as the format of docs/ballots.md defines. Candidate,
// when mapped, holds the candidate marked on an open list (one at most).
// Invalid, when mapped, holds yes/no words (see Mapping): yes for a ballot
// found invalid for another reason (spoiled, torn, unofficial).
// BlankValues are the texts of a choice cell that mean a ballot without a
// mark (a real record's "undervote"), InvalidValues those that mean a
// ballot marked for more than one choice ("overvote"), compared without
// regard to case: both are invalid ballots, as an empty cell and "p|q"
// are. Ignore names columns the file has that nothing reads, on purpose:
// a column whose header says it counts ballots is otherwise an error (see
// ReadBallotRecords).
//
// Without a mapping (DefaultBallotMapping) the headers are "precinct",
// "ballot", "choice", and, when the file has them, "candidate" and
// "invalid".
type BallotMapping struct {
	Precinct     Column            `json:"precinct" strict:"required"`
	Ballot       string            `json:"ballot,omitempty"`
	BallotColumn *Column           `json:"ballot_column,omitempty"`
	BallotValues map[string]string `json:"ballot_values,omitempty"`
	Choice       Column            `json:"choice,omitempty"`
	// Ranks, of a ranked record, are the columns of its ranks in order,
	// the first the choice's (Choice may then be left out): each cell a
	// candidate, a rank not marked (empty, BlankValues) or marked twice
	// (InvalidValues, "p|q"). Each ballot's Cast.Ranks holds them, for a
	// rule set's okrug.ranked (irv.Count); the protocols
	// count the first rank, as without them.
	Ranks     []Column `json:"ranks,omitempty"`
	Candidate *Column  `json:"candidate,omitempty"`
	Invalid   *Column  `json:"invalid,omitempty"`
	Count     *Column  `json:"count,omitempty"`
	Delimiter string   `json:"delimiter,omitempty"` // CSV: "," (default), ";" or "\t"

	Empty         string   `json:"empty,omitempty"`
	BlankValues   []string `json:"blank_values,omitempty"`
	InvalidValues []string `json:"invalid_values,omitempty"`
	Ignore        []Column `json:"ignore,omitempty"`
	// Guesses are a draft's (DraftMapping of a cast-vote record), which
	// ReadBallotMapping refuses until someone has checked and deleted them.
	Guesses []string `json:"_guesses,omitempty"`

	optional bool // Candidate and Invalid are read only when the file has them
}

// DefaultBallotMapping is the mapping of a cast-vote record given without
// one: see BallotMapping.
func DefaultBallotMapping() BallotMapping {
	return BallotMapping{Precinct: Column{Header: "precinct"}, BallotColumn: &Column{Header: "ballot"},
		Choice: Column{Header: "choice"}, Candidate: &Column{Header: "candidate"}, Invalid: &Column{Header: "invalid"}, Empty: EmptyBlank, optional: true}
}

// What an empty choice cell means (BallotMapping.Empty).
const (
	// EmptyNotOnBallot: the contest was not on the ballot (a multi-contest
	// record's ballot style without it): the line is not counted in the
	// contest at all, neither as a ballot found nor as an invalid one.
	EmptyNotOnBallot = "not_on_ballot"
	// EmptyBlank: a ballot without a mark, an invalid ballot (as a cell of
	// BlankValues is).
	EmptyBlank = "blank"
	// EmptyInvalid: an invalid ballot (as a cell of InvalidValues is).
	EmptyInvalid = "invalid"
)

// ReadBallotMapping reads a BallotMapping from JSON as strictly as
// ReadMapping reads a protocols mapping.
func ReadBallotMapping(r io.Reader, file string) (BallotMapping, error) {
	if r == nil {
		return BallotMapping{}, nilError(file, "reader")
	}
	var m BallotMapping
	doc, err := strictjson.Read(r, file, &m, jsonOptions(ErrMapping, true))
	if err != nil {
		return BallotMapping{}, parseError(err)
	}
	bad := func(field, format string, a ...any) error {
		pe := &ParseError{File: file, Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrMapping}, a...)...)}
		pe.Line, pe.Column = doc.Place(field)
		return pe
	}
	switch {
	case (m.Ballot == "") == (m.BallotColumn == nil):
		return BallotMapping{}, bad("ballot", "give either ballot (%q or %q) or ballot_column", election.ListBallot, election.OkrugBallot)
	case m.Ballot != "" && m.Ballot != string(election.ListBallot) && m.Ballot != string(election.OkrugBallot):
		return BallotMapping{}, bad("ballot", "%q: want %q or %q", m.Ballot, election.ListBallot, election.OkrugBallot)
	case len(m.Ranks) > 0 && m.Choice.Header == "" && m.Choice.Index == 0:
		m.Choice = m.Ranks[0] // the first rank is the choice
	case m.Choice.Header == "" && m.Choice.Index == 0 && len(m.Choice.Columns) == 0 && m.Choice.Value == "":
		return BallotMapping{}, bad("choice", "is missing: give the choice column, or ranks, the columns of a ranked ballot's ranks in order")
	case len(m.Ranks) > 0 && (m.Choice.Header != m.Ranks[0].Header || m.Choice.Index != m.Ranks[0].Index):
		return BallotMapping{}, bad("ranks", "the first rank (%s) is not the choice (%s): leave choice out, or give it as the first of ranks", m.Ranks[0], m.Choice)
	}
	switch {
	case len(m.Guesses) > 0:
		return BallotMapping{}, bad("_guesses", "the draft's guesses (%d) are not confirmed: check each, then delete \"_guesses\"", len(m.Guesses))
	case m.Empty != "" && m.Empty != EmptyNotOnBallot && m.Empty != EmptyBlank && m.Empty != EmptyInvalid:
		return BallotMapping{}, bad("empty", "%q: want %q, %q or %q", m.Empty, EmptyNotOnBallot, EmptyBlank, EmptyInvalid)
	case m.Delimiter != "" && m.Delimiter != "," && m.Delimiter != ";" && m.Delimiter != "\t":
		return BallotMapping{}, bad("delimiter", "%q: want \",\", \";\" or a tab", m.Delimiter)
	}
	names, cols := m.fields()
	for i, c := range cols {
		if c != nil && c.Value != "" {
			return BallotMapping{}, bad(names[i], "a ballot's %s is read from a column, not given as a value", names[i])
		}
	}
	for i, c := range m.Ignore {
		if c.Value != "" || len(c.Columns) > 0 || c.Header == "" && c.Index <= 0 {
			return BallotMapping{}, bad(strictjson.Join("ignore", fmt.Sprint(i)), "a column to ignore is a header or a column number")
		}
	}
	for _, b := range m.BlankValues {
		if slices.ContainsFunc(m.InvalidValues, func(v string) bool { return strings.EqualFold(strings.TrimSpace(v), strings.TrimSpace(b)) }) {
			return BallotMapping{}, bad("invalid_values", "%q is in blank_values too: a cell means either a ballot without a mark or one marked for more than one choice", b)
		}
	}
	for k, v := range m.BallotValues {
		if v != string(election.ListBallot) && v != string(election.OkrugBallot) {
			return BallotMapping{}, bad(strictjson.Join("ballot_values", k), "%q: want %q or %q", v, election.ListBallot, election.OkrugBallot)
		}
	}
	return m, nil
}

// ballotFields are the fields of a BallotMapping, in the order a record's
// cells are read: names (as errors give them) and columns.
// The later ranks of a ranked record (Ranks[1:]) follow, as "ranks[i]".
func (m *BallotMapping) fields() ([]string, []*Column) {
	names := []string{"precinct", "ballot_column", "choice", "candidate", "invalid", "count"}
	cols := []*Column{&m.Precinct, m.BallotColumn, &m.Choice, m.Candidate, m.Invalid, m.Count}
	for i := 1; i < len(m.Ranks); i++ {
		names, cols = append(names, strictjson.Index("ranks", i)), append(cols, &m.Ranks[i])
	}
	return names, cols
}

// ReadBallots reads a cast-vote record as ReadBallotRecords does, strictly,
// and returns its ballots and the line of each.
func ReadBallots(r io.Reader, file string, m *BallotMapping) ([]ballots.Cast, []int, error) {
	f, err := ReadBallotRecords(r, file, m, false)
	if err != nil {
		return nil, nil, err
	}
	return f.Cast, f.Lines, nil
}

// BallotRecords is what ReadBallotRecords reads from a cast-vote record.
type BallotRecords struct {
	Cast  []ballots.Cast
	Lines []int // the line of each record of Cast
	// Unread are the columns (JSON keys) no field of the mapping reads, in
	// the order of the file, those of Ignore among them: what they hold
	// is not counted, and the caller says so.
	Unread []string
	// Skipped are the lines left out, leniently, each with its error.
	Skipped []*ParseError
	// NotOnBallot is the number of lines whose choice cell is empty
	// under EmptyNotOnBallot: the contest was not on their ballot, and
	// they are not counted; NotOnBallotFirst is the first of them.
	NotOnBallot, NotOnBallotFirst int
	// LaterRanks are the columns of Unread that are later ranks of the
	// choice column ("Rank 2" of "Rank 1", "2nd Choice" of "1st Choice",
	// "Second Choice" of "First Choice"): the record is of ranked
	// ballots, counted by their first choices alone.
	LaterRanks []string
	// Ranks is the number of ranks the mapping reads (BallotMapping.Ranks):
	// more than one, the record is of ranked ballots, each Cast's Ranks
	// given.
	Ranks int
	// SkippedFirst is the number of ballots whose first choice is not
	// marked (empty under EmptyBlank, a word of BlankValues) and whose
	// second rank, a column of LaterRanks, names a choice: counted for
	// that choice, as every law of ranked ballots the project knows
	// passes over one skipped rank (Maine's, 21-A M.R.S. §723-A); the
	// first of their lines is SkippedFirstLine. SkippedTwice counts those
	// whose first two ranks are not marked and a later one names a
	// choice, first at SkippedTwiceLine: invalid ballots here, as Maine's
	// law exhausts a ballot at two sequential skipped rankings, though
	// a law that passes over every skipped rank would count them.
	SkippedFirst, SkippedTwice         int64
	SkippedFirstLine, SkippedTwiceLine int
}

// ReadBallotRecords reads a cast-vote record (CSV or JSON Lines, told apart
// by its first character: "{" for JSON Lines) with mapping m (nil: the
// default). An error names the file, line, column and field: a row or
// object that does not read, an empty precinct, an unknown ballot, an
// invalid cell that is not a yes/no word, more than one candidate marked,
// a count that is not a whole number of 0 or more. When lenient, a line
// with such an error is left out (Skipped) and reading goes on; a syntax
// error of CSV quoting, which leaves the following lines in doubt, still
// stops it. A column the mapping does not read whose header says it
// counts ballots (ballotCountHeader) and whose cells are whole numbers is
// an error unless the mapping lists it in Ignore: each line would be read
// as one ballot, the others lost. Whether a precinct, a choice or a
// candidate exists is for ballots.Protocols to say.
func ReadBallotRecords(r io.Reader, file string, m *BallotMapping, lenient bool) (*BallotRecords, error) {
	if r == nil {
		return nil, nilError(file, "reader")
	}
	if m == nil {
		d := DefaultBallotMapping()
		m = &d
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{File: file, Err: err}
	}
	if len(data) >= 2 {
		switch name, n := wideEncoding(data); {
		case name == "UTF-16": // read as such, as a protocols file is
			enc := EncodingUTF16LE
			if data[0] == 0xFE {
				enc = EncodingUTF16BE
			}
			if data, err = decodeAll(file, enc, data[n:]); err != nil {
				return nil, err
			}
		case n > 0:
			return nil, &ParseError{File: file, Err: fmt.Errorf("%w: the file is %s (byte-order mark % X): save it as UTF-8", ErrEncoding, name, data[:n])}
		}
	}
	data = strictjson.TrimBOM(data)
	if first, _, _ := bytes.Cut(data, []byte{'\n'}); bytes.IndexByte(first, 0) >= 0 {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: the first line holds NUL bytes: the file looks UTF-16 without a byte-order mark: save it as UTF-8 (or as UTF-16 with its mark)", ErrEncoding)}
	}
	if bytes.IndexByte(data, '\n') < 0 {
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'}) // lines ending in CR alone
	}
	n := bytes.Count(data, []byte{'\n'}) + 1 // room for every line: no copy as the slices grow
	rd := &ballotReader{file: file, m: m, lenient: lenient, cast: make([]ballots.Cast, 0, n), lines: make([]int, 0, n)}
	if err := cvrDocument(file, data); err != nil {
		return nil, err
	}
	if what := otherBallotFile(data[:min(len(data), 1<<16)]); what != "" {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: %s", ErrSyntax, what)}
	}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		err = rd.jsonLines(data)
	} else {
		err = rd.csv(data)
	}
	if err == nil {
		err = rd.countColumn()
	}
	if err == nil && len(rd.cast) == 0 && len(rd.skipped) == 0 && !rd.zero && rd.notOnBallot == 0 {
		err = &ParseError{File: file, Err: fmt.Errorf("%w: the file holds no ballots", ErrNoRows)}
	}
	if err != nil {
		return nil, err
	}
	f := &BallotRecords{Cast: rd.cast, Lines: rd.lines, Skipped: rd.skipped, NotOnBallot: rd.notOnBallot, NotOnBallotFirst: rd.notOnBallotFirst, Ranks: len(m.Ranks),
		SkippedFirst: rd.skippedFirst.n, SkippedFirstLine: rd.skippedFirst.line, SkippedTwice: rd.skippedTwice.n, SkippedTwiceLine: rd.skippedTwice.line}
	for _, u := range rd.unread {
		f.Unread = append(f.Unread, u.name)
		if u.rank > 0 {
			f.LaterRanks = append(f.LaterRanks, u.name)
		}
	}
	return f, nil
}

// choiceName is the header (JSON key) of the choice column.
func (rd *ballotReader) choiceName() string {
	if rd.choiceHeader != "" {
		return rd.choiceHeader
	}
	return rd.m.Choice.Header
}

// ballotTally counts ballots, with the first line of them.
type ballotTally struct {
	n    int64
	line int
}

// add counts n ballots of line, an error past the largest int64.
func (t *ballotTally) add(n int64, line int) error {
	if t.n > math.MaxInt64-n {
		return fmt.Errorf("%w: more ballots than a count can hold (%d at most)", ErrBadValue, int64(math.MaxInt64))
	}
	if t.n == 0 {
		t.line = line
	}
	t.n += n
	return nil
}

// laterRankCells returns the indexes, in unread, of the later ranks of
// the choice column in order (rank 2 first), as far as they run on
// without a gap: none when the record's second rank is not among them.
func (rd *ballotReader) laterRankCells(unread []*unreadColumn) []int {
	byRank := map[int]int{}
	for _, u := range unread {
		if u.rank > 0 {
			byRank[u.rank] = u.index - 1
		}
	}
	var out []int
	for r := 2; ; r++ {
		j, ok := byRank[r]
		if !ok {
			return out
		}
		out = append(out, j)
	}
}

// passSkipped reads a ballot whose first choice is not marked by its
// later ranks (rd.later, rank 2 first): a second rank that names a
// choice is the ballot's choice (one skipped rank passed over), a later
// one after two or more not marked leaves it invalid; each is counted
// (BallotRecords.SkippedFirst, SkippedTwice), never silently.
func (rd *ballotReader) passSkipped(c *ballots.Cast, line int) error {
	blank := func(v string) bool {
		return v == "" || slices.ContainsFunc(rd.m.BlankValues, func(b string) bool { return strings.EqualFold(strings.TrimSpace(b), v) })
	}
	mark := func(v string) bool {
		return !blank(v) && !strings.Contains(v, "|") && !slices.ContainsFunc(rd.m.InvalidValues, func(b string) bool { return strings.EqualFold(strings.TrimSpace(b), v) })
	}
	if len(rd.later) == 0 {
		return nil
	}
	n := max(c.Count, 1)
	if v := rd.later[0]; mark(v) {
		c.Choice, c.Invalid = v, false
		return rd.skippedFirst.add(n, line)
	} else if !blank(v) {
		return nil // marked twice: no choice passes it
	}
	for _, v := range rd.later[1:] {
		if mark(v) {
			return rd.skippedTwice.add(n, line)
		}
		if !blank(v) {
			return nil
		}
	}
	return nil
}

// ballotReader reads the records of one file.
type ballotReader struct {
	file    string
	m       *BallotMapping
	lenient bool
	cast    []ballots.Cast
	lines   []int
	skipped []*ParseError
	zero    bool // a line of count 0 was read
	// notOnBallot counts the lines of an empty choice under
	// EmptyNotOnBallot, the first at notOnBallotFirst.
	notOnBallot, notOnBallotFirst int
	seen                          map[string]string // every cell text read, once: IDs repeat on every line
	unread                        []*unreadColumn
	keys                          map[string]*unreadColumn // JSON Lines: unread keys by name
	// choiceHeader is the header of the choice column of a CSV file.
	choiceHeader string
	// later are the cells of the line being read of the later ranks of
	// the choice that no field reads, rank 2 first (passSkipped).
	later []string
	// skippedFirst and skippedTwice count the ballots of passSkipped.
	skippedFirst, skippedTwice ballotTally
}

// rankWords are the words of a rank in a header, by rank - 1: the first
// rank's and the later ones'.
var rankWords = [][]string{{"1", "1st", "first"}, {"2", "2nd", "second"}, {"3", "3rd", "third"}, {"4", "4th", "fourth"},
	{"5", "5th", "fifth"}, {"6", "6th", "sixth"}, {"7", "7th", "seventh"}, {"8", "8th", "eighth"}, {"9", "9th", "ninth"}, {"10", "10th", "tenth"}}

// rankContext are the words beside a rank number that make it a choice's
// rank, not a district's ("District 1" and "District 2" are two
// contests): "P1" is Australia's and Scotland's preference.
var rankContext = []string{"choice", "choices", "rank", "ranking", "preference", "pref", "p"}

// rankHeaderWords returns the words of header h as laterRank compares
// them: lower case, "_", "-" and "." read as spaces, a word split where
// letters meet digits ("rank1" as "rank 1", "1st" kept), and a trailing
// number in brackets left out (Maine's ES&S headers give each rank's
// column its own ID: "DEM Governor 1st Choice (5715)").
func rankHeaderWords(h string) []string {
	var b strings.Builder
	h = strings.ToLower(h)
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case c == '_' || c == '-' || c == '.' || c == '(':
			b.WriteByte(' ')
			if c == '(' {
				b.WriteByte(c)
			}
			continue
		case c >= '0' && c <= '9' && i > 0 && h[i-1] >= 'a' && h[i-1] <= 'z':
			b.WriteByte(' ')
		}
		b.WriteByte(c)
	}
	w := strings.Fields(b.String())
	if n := len(w); n > 1 && strings.HasPrefix(w[n-1], "(") && strings.HasSuffix(w[n-1], ")") && isDigits(w[n-1][1:len(w[n-1])-1]) {
		w = w[:n-1]
	}
	return w
}

// rankOf returns the rank word w names (1 for "1", "1st", "first"), 0
// for a word that names none.
func rankOf(w string) int {
	for i, ws := range rankWords {
		if slices.Contains(ws, w) {
			return i + 1
		}
	}
	if n, err := strconv.Atoi(strings.TrimSuffix(w, "th")); err == nil && n > 0 && n < 100 {
		return n
	}
	return 0
}

// laterRank returns the rank (2 or more) that header h names of the
// choice column of header choice, 0 when h names none: the same words
// but one, the choice's a first rank ("1", "1st", "first") and h's a
// later one, beside a word of rankContext ("Rank 1" and "Rank 2", "rank1"
// and "rank2", "1ST CHOICE PARK ... DISTRICT 3" and "2ND CHOICE PARK ...
// DISTRICT 3", "DEM Governor 1st Choice (5715)" and "DEM Governor 2nd
// Choice (5718)", not "Council District 1" and "Council District 2"), or
// h the choice's words and a later rank ("choice" and "choice 2": a
// numbered series whose first is unnumbered), in any case (see
// rankHeaderWords).
func laterRank(choice, h string) int {
	return laterRankWords(rankHeaderWords(choice), rankHeaderWords(h))
}

// laterRankWords is laterRank of the words of two headers
// (rankHeaderWords).
func laterRankWords(c, u []string) int {
	beside := func(w []string, i int) bool {
		return i > 0 && slices.Contains(rankContext, w[i-1]) || i+1 < len(w) && slices.Contains(rankContext, w[i+1])
	}
	if len(u) == len(c)+1 { // "choice" and "choice 2"
		for i := range u {
			if r := rankOf(u[i]); r >= 2 && beside(u, i) && slices.Equal(c, slices.Delete(slices.Clone(u), i, i+1)) {
				return r
			}
		}
		return 0
	}
	if len(c) != len(u) {
		return 0
	}
	differ := -1
	for i := range c {
		if c[i] != u[i] {
			if differ >= 0 {
				return 0
			}
			differ = i
		}
	}
	if differ < 0 || rankOf(c[differ]) != 1 || rankOf(u[differ]) < 2 || !beside(c, differ) {
		return 0
	}
	return rankOf(u[differ])
}

// unreadColumn is a column no field reads: its header (or JSON key), its
// 1-based number in CSV, and whether every cell read so far is a whole
// number (false once one is not).
type unreadColumn struct {
	name   string
	index  int
	ignore bool // listed in the mapping's Ignore
	whole  bool
	rank   int // the later rank of the choice it is (laterRank), or 0
}

// ballotCountHeaders are the headers, in lower case with "_" and "-" read
// as spaces, that say a column counts ballots.
var ballotCountHeaders = []string{"count", "counts", "cnt", "weight", "ballots", "ballot count", "number of ballots",
	"number", "num", "n", "quantity", "qty", "frequency", "freq", "times", "copies", "multiplicity"}

// ballotCountHeader says whether header h says its column counts ballots.
func ballotCountHeader(h string) bool {
	h = strings.Join(strings.Fields(strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(h))), " ")
	return slices.Contains(ballotCountHeaders, h)
}

// newUnread records a column no field reads.
func (rd *ballotReader) newUnread(name string, index int) *unreadColumn {
	u := &unreadColumn{name: name, index: index, whole: true, rank: laterRank(rd.choiceName(), name)}
	for _, c := range rd.m.Ignore {
		if c.Header != "" && strings.TrimSpace(c.Header) == name || c.Header == "" && c.Index == index && index > 0 {
			u.ignore = true
		}
	}
	rd.unread = append(rd.unread, u)
	return u
}

// countColumn returns the error of a column no field reads that looks
// like a count of ballots: a header that says so (ballotCountHeader),
// whole numbers in every cell, and not listed in Ignore.
func (rd *ballotReader) countColumn() error {
	for _, u := range rd.unread {
		if u.ignore || !u.whole || !ballotCountHeader(u.name) {
			continue
		}
		col := u.name
		if u.index > 0 && col == "" {
			col = fmt.Sprint(u.index)
		}
		return &ParseError{File: rd.file, Line: 1, Column: u.index, Field: "count", Err: fmt.Errorf(
			"%w: column %q holds whole numbers and its header says it counts ballots, but the mapping does not read it: each line would be counted as one ballot; map it, \"count\": %q, or if it is not a count of ballots, list it in \"ignore\"", ErrMapping, u.name, col)}
	}
	return nil
}

// countCell says whether s is a whole number of 0 or more, as a count
// cell must be.
func countCell(s string) bool { return countDigits(s) != "" }

// countDigits returns the digits of a count cell s, a whole number of 0 or
// more, or "" when s is none. A whole number may end in a point and zeros
// ("1.0", "101.0": a spreadsheet's export), read as a protocol's figure
// is (zeroFraction: "1.5" and "1.000", a thousand or one, are no count).
func countDigits(s string) string {
	d := s[:len(s)-zeroFraction(s)]
	if d == "" {
		return ""
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return ""
		}
	}
	return d
}

// intern returns b as a string, the same string for the same text.
func (rd *ballotReader) intern(b []byte) string {
	if s, ok := rd.seen[string(b)]; ok {
		return s
	}
	if rd.seen == nil {
		rd.seen = map[string]string{}
	}
	s := string(b)
	rd.seen[s] = s
	return s
}

// skip returns err, or, when reading leniently, records it and returns nil.
func (rd *ballotReader) skip(err *ParseError) error {
	if !rd.lenient {
		return err
	}
	rd.skipped = append(rd.skipped, err)
	return nil
}

// csv reads a CSV cast-vote record.
func (rd *ballotReader) csv(data []byte) error {
	delim := byte(',')
	if rd.m.Delimiter != "" {
		delim = rd.m.Delimiter[0]
	}
	t := newTokenizer(bufio.NewReader(bytes.NewReader(data)), delim)
	syntax := func(err error) error {
		var ce *csv.ParseError
		if errors.As(err, &ce) {
			return &ParseError{File: rd.file, Line: ce.StartLine, Column: ce.Column, Err: fmt.Errorf("%w: %w", ErrSyntax, ce.Err)}
		}
		return &ParseError{File: rd.file, Err: err}
	}
	header, err := t.read()
	if err == io.EOF {
		return &ParseError{File: rd.file, Err: fmt.Errorf("%w: the file is empty", ErrNoRows)}
	}
	if err != nil {
		return syntax(err)
	}
	names, cols := rd.m.fields()
	at := make([]int, len(cols)) // cell index of each field, -1 when not mapped
	for i, c := range cols {
		at[i] = -1
		if c == nil {
			continue
		}
		for j, h := range header {
			h = bytes.TrimSpace(h)
			if c.Header != "" && string(h) == strings.TrimSpace(c.Header) || c.Header == "" && c.Index == j+1 {
				at[i] = j
			}
		}
		if at[i] < 0 && !(rd.m.optional && i >= 3) {
			if err := rd.otherDelimiter(data, delim); err != nil {
				return err
			}
			if why := notTable(leadingRows(data, rune(delim), 10)); why != "" {
				return &ParseError{File: rd.file, Err: fmt.Errorf("%w: %s", ErrNotTable, why)}
			}
			return &ParseError{File: rd.file, Line: 1, Field: names[i], Err: fmt.Errorf("%w: %s is not in the header row", ErrMissingHeader, c)}
		}
	}
	if at[2] >= 0 {
		rd.choiceHeader = string(bytes.TrimSpace(header[at[2]]))
	}
	var unread []*unreadColumn // by cell index
	for j, h := range header {
		if !slices.Contains(at, j) {
			unread = append(unread, rd.newUnread(string(bytes.TrimSpace(h)), j+1))
		}
	}
	t.dataRows()
	cells := make([]string, len(cols))
	later := rd.laterRankCells(unread)
	rd.later = make([]string, len(later))
	for {
		rec, err := t.read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return syntax(err)
		}
		line := t.fieldLine(0)
		for _, u := range unread {
			if u.whole && (u.index > len(rec) || !countCell(string(bytes.TrimSpace(rec[u.index-1])))) {
				u.whole = false
			}
		}
		short := false
		for i, j := range at {
			cells[i] = ""
			if j >= len(rec) {
				if err := rd.skip(&ParseError{File: rd.file, Line: line, Column: len(rec) + 1, Field: names[i], Err: fmt.Errorf("%w: the row has %d cells, the column of %s is %d", ErrShortRow, len(rec), names[i], j+1)}); err != nil {
					return err
				}
				short = true
				break
			}
			if j >= 0 {
				cells[i] = rd.intern(bytes.TrimSpace(rec[j]))
			}
		}
		if short {
			continue
		}
		for k, j := range later {
			rd.later[k] = ""
			if j < len(rec) {
				rd.later[k] = rd.intern(bytes.TrimSpace(rec[j]))
			}
		}
		if err := rd.add(cells, line, func(i int) int { return at[i] + 1 }); err != nil {
			return err
		}
	}
}

// otherDelimiter returns the error of a mapping whose delimiter (delim)
// is not in the file's first line while another the reader knows is (";"
// given for a file of commas): said of the mapping's field, not of the
// file as one column.
func (rd *ballotReader) otherDelimiter(data []byte, delim byte) error {
	first, _, _ := bytes.Cut(data, []byte{'\n'})
	if rd.m.Delimiter == "" || bytes.IndexByte(first, delim) >= 0 {
		return nil
	}
	best, n := byte(0), 0
	for _, d := range []byte{',', ';', '\t', '|'} {
		if c := bytes.Count(first, []byte{d}); c > n {
			best, n = d, c
		}
	}
	if n == 0 {
		return nil
	}
	fix := fmt.Sprintf(`write "delimiter": %q in the mapping`, string(best))
	if best == ',' {
		fix = `delete "delimiter" from the mapping (a comma is the default)`
	} else if best == '|' {
		fix = `save the file with ",", ";" or tabs between its cells, which --ballots reads`
	}
	return &ParseError{File: rd.file, Line: 1, Field: "delimiter", Err: fmt.Errorf("%w: the mapping's \"delimiter\" is %q, but the file's first line holds no %[2]q and %d %q: its cells are separated by %[4]q; %s", ErrMapping, rd.m.Delimiter, n, string(best), fix)}
}

// jsonLines reads a JSON Lines cast-vote record: each line an object of
// strings (a number for an ID or a count, true or false for invalid),
// blank lines skipped.
func (rd *ballotReader) jsonLines(data []byte) error {
	names, cols := rd.m.fields()
	cells := make([]string, len(cols))
	mapped := map[string]bool{}
	for _, c := range cols {
		if c != nil {
			mapped[c.Header] = true
		}
	}
	rd.keys = map[string]*unreadColumn{}
	for n, line := range bytes.Split(data, []byte{'\n'}) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if _, err := strictjson.Check(line, rd.file, reflect.TypeFor[map[string]any](), strictjson.Options{}); err != nil {
			pe := parseError(err).(*ParseError)
			pe.Line = n + 1
			if err := rd.skip(pe); err != nil {
				return err
			}
			continue
		}
		var obj map[string]any
		d := json.NewDecoder(bytes.NewReader(line))
		d.UseNumber()
		if err := d.Decode(&obj); err != nil {
			if err := rd.skip(&ParseError{File: rd.file, Line: n + 1, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}); err != nil {
				return err
			}
			continue
		}
		rd.unreadKeys(line, obj, mapped)
		rd.laterKeys(obj)
		var bad *ParseError
		for i, c := range cols {
			cells[i] = ""
			if c == nil {
				continue
			}
			v, ok := obj[c.Header]
			switch v := v.(type) {
			case nil:
				if !ok && (i < 3 || i >= 5) { // JSON Lines may leave out candidate and invalid
					bad = &ParseError{File: rd.file, Line: n + 1, Field: names[i], Err: fmt.Errorf("%w: the object has no key %s", ErrMissingHeader, c)}
				}
			case string:
				cells[i] = strings.TrimSpace(v)
			case json.Number:
				cells[i] = v.String()
			case bool:
				cells[i] = fmt.Sprint(v)
			default:
				bad = &ParseError{File: rd.file, Line: n + 1, Field: names[i], Err: fmt.Errorf("%w: want a string, got a list or an object", ErrType)}
			}
			if bad != nil {
				break
			}
		}
		if bad != nil {
			if err := rd.skip(bad); err != nil {
				return err
			}
			continue
		}
		if err := rd.add(cells, n+1, func(int) int { return 0 }); err != nil {
			return err
		}
	}
	return nil
}

// laterKeys sets rd.later to the values of obj's keys that are later
// ranks of the choice no field reads, rank 2 first, as far as they run
// on without a gap (laterRankCells of a CSV file); a value not a string
// is read as not marked.
func (rd *ballotReader) laterKeys(obj map[string]any) {
	rd.later = rd.later[:0]
	byRank := map[int]string{}
	for k, v := range obj {
		if u := rd.keys[k]; u != nil && u.rank > 0 {
			s, _ := v.(string)
			byRank[u.rank] = strings.TrimSpace(s)
		}
	}
	for r := 2; ; r++ {
		v, ok := byRank[r]
		if !ok {
			return
		}
		rd.later = append(rd.later, v)
	}
}

// unreadKeys records the keys of obj no field reads (new ones in the
// order of the line, which the decoded map does not keep) and whether
// their values are still all whole numbers.
func (rd *ballotReader) unreadKeys(line []byte, obj map[string]any, mapped map[string]bool) {
	whole := func(v any) bool {
		switch v := v.(type) {
		case json.Number:
			return countCell(v.String())
		case string:
			return countCell(strings.TrimSpace(v))
		}
		return false
	}
	fresh := false
	for k, v := range obj {
		switch u := rd.keys[k]; {
		case mapped[k]:
		case u == nil:
			fresh = true
		case !whole(v):
			u.whole = false
		}
	}
	if !fresh {
		return
	}
	d := json.NewDecoder(bytes.NewReader(line))
	if _, err := d.Token(); err != nil {
		return
	}
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return
		}
		var value json.RawMessage
		if err := d.Decode(&value); err != nil {
			return
		}
		if k, _ := t.(string); !mapped[k] && rd.keys[k] == nil {
			u := rd.newUnread(k, 0)
			u.whole = whole(obj[k])
			rd.keys[k] = u
		}
	}
}

// add adds the ballot of one record: cells in the order of fields, col
// the column of a field's cell (0 when not known). A bad record is an
// error, or, read leniently, skipped.
func (rd *ballotReader) add(cells []string, line int, col func(int) int) error {
	names, _ := rd.m.fields()
	bad := func(i int, format string, a ...any) error {
		return rd.skip(&ParseError{File: rd.file, Line: line, Column: col(i), Field: names[i], Err: fmt.Errorf("%w: "+format, append([]any{ErrBadValue}, a...)...)})
	}
	c := ballots.Cast{Precinct: cells[0], Ballot: election.Ballot{Kind: election.BallotKind(rd.m.Ballot)}}
	if c.Precinct == "" {
		return bad(0, "empty precinct")
	}
	if rd.m.BallotColumn != nil {
		c.Kind = election.BallotKind(cells[1])
		if v, ok := rd.m.BallotValues[cells[1]]; ok {
			c.Kind = election.BallotKind(v)
		}
		if c.Kind != election.ListBallot && c.Kind != election.OkrugBallot {
			return bad(1, "ballot %q: want %q or %q (or a value of ballot_values)", cells[1], election.ListBallot, election.OkrugBallot)
		}
	}
	// The invalid column is read before the choice: a line the record
	// marks spoiled is an invalid ballot whatever its choice cell says,
	// an empty one included ("empty": "not_on_ballot" must not drop it).
	spoiled := false
	if cells[4] != "" {
		var ok bool
		if spoiled, ok = yesNo([]byte(cells[4])); !ok {
			return bad(4, "%q: want a yes/no word", cells[4])
		}
	}
	equal := func(v string) bool { return strings.EqualFold(strings.TrimSpace(v), cells[2]) }
	unmarked := cells[2] == "" && rd.m.Empty == EmptyBlank // a first choice not marked
	switch {
	case cells[2] == "" && spoiled:
		c.Invalid = true
	case cells[2] == "" && rd.m.Empty == "":
		return &ParseError{File: rd.file, Line: line, Column: col(2), Field: "empty", Err: fmt.Errorf(
			"%w: the choice cell is empty, and the mapping does not say what an empty cell means: set \"empty\": %q if the contest was not on this ballot (it is then not counted in the contest at all: a multi-contest record such as Dominion's, ES&S's or Clear Ballot's leaves the cell of a contest not on a ballot's style empty and writes \"undervote\" or \"overvote\" for one left unmarked or marked twice), %q for a ballot without a mark, or %q for an invalid ballot (both counted as invalid ballots)",
			ErrMapping, EmptyNotOnBallot, EmptyBlank, EmptyInvalid)}
	case cells[2] == "" && rd.m.Empty == EmptyNotOnBallot:
		if cells[3] != "" {
			return bad(3, "%q: a preference vote on a line whose choice is empty, the contest not on its ballot (\"empty\": %q)", cells[3], EmptyNotOnBallot)
		}
		if rd.notOnBallot == 0 {
			rd.notOnBallotFirst = line
		}
		rd.notOnBallot++
		return nil // not counted in the contest
	case cells[2] != "" && (slices.ContainsFunc(rd.m.BlankValues, equal) || slices.ContainsFunc(rd.m.InvalidValues, equal)):
		c.Invalid = true // no mark, or more than one, in the record's own words
		unmarked = slices.ContainsFunc(rd.m.BlankValues, equal)
	default:
		marks := strings.Split(cells[2], "|")
		c.Choice = strings.TrimSpace(marks[0])
		c.Invalid = cells[2] == "" || len(marks) > 1 // no mark, or more than one
	}
	c.Invalid = c.Invalid || spoiled
	if len(rd.m.Ranks) > 0 && !spoiled { // a spoiled ballot ranks nobody
		c.Ranks = rd.ranks(cells)
	}
	if strings.Contains(cells[3], "|") {
		return bad(3, "%q: more than one candidate marked (record the preference vote that counts, or none)", cells[3])
	}
	c.Candidate = cells[3]
	if rd.m.Count != nil {
		d := countDigits(cells[5])
		if d == "" {
			return bad(5, "%q: want the number of ballots the line stands for, a whole number of 0 or more", cells[5])
		}
		n, err := strconv.ParseInt(d, 10, 64)
		if err != nil {
			return bad(5, "%q: more ballots than a count can hold (%d at most)", cells[5], int64(math.MaxInt64))
		}
		if n == 0 {
			rd.zero = true
			return nil // no ballot
		}
		c.Count = n
	}
	if unmarked && !spoiled && c.Candidate == "" {
		if err := rd.passSkipped(&c, line); err != nil {
			return rd.skip(&ParseError{File: rd.file, Line: line, Column: col(2), Field: names[2], Err: err})
		}
	}
	rd.cast = append(rd.cast, c)
	rd.lines = append(rd.lines, line)
	return nil
}

// ranks returns the ranks of a ranked record's cells (the first rank in
// cells[2], the later ones from cells[6]): a candidate ID, "" for a rank
// not marked (an empty cell, one of BlankValues), ballots.Overvote for
// one marked for more than one (InvalidValues, "p|q").
func (rd *ballotReader) ranks(cells []string) []string {
	out := make([]string, 0, len(rd.m.Ranks))
	for i, cell := range append([]string{cells[2]}, cells[6:]...) {
		if i >= len(rd.m.Ranks) {
			break
		}
		equal := func(v string) bool { return strings.EqualFold(strings.TrimSpace(v), cell) }
		switch {
		case cell == "" || slices.ContainsFunc(rd.m.BlankValues, equal):
			out = append(out, "")
		case strings.Contains(cell, "|") || slices.ContainsFunc(rd.m.InvalidValues, equal):
			out = append(out, ballots.Overvote)
		default:
			out = append(out, cell)
		}
	}
	return out
}

// BallotWriter writes cast-vote records with the default headers
// (DefaultBallotMapping): the ballots a protocol counts, so that counting
// them gives its votes, its invalid and valid ballots and its preference
// votes back (a synthetic election's, for tests).
type BallotWriter struct {
	w     *csv.Writer
	lists map[string][]string // party ID -> candidate IDs
	row   [5]string
}

// NewBallotWriter returns a BallotWriter to w for an election with the
// given parties, and writes the header row.
func NewBallotWriter(w io.Writer, parties []election.Party) (*BallotWriter, error) {
	if w == nil {
		return nil, nilError("", "writer")
	}
	b := &BallotWriter{w: csv.NewWriter(w), lists: map[string][]string{}}
	for _, p := range parties {
		for _, c := range p.Candidates {
			b.lists[p.ID] = append(b.lists[p.ID], c.ID)
		}
	}
	return b, b.w.Write([]string{"precinct", "ballot", "choice", "candidate", "invalid"})
}

// Write writes the ballots p counts: its invalid ballots (no mark), then
// the votes of each choice in the order of their IDs, the first of them
// with the preference votes of the choice's list. The preference votes of
// a list may not exceed its votes, and a figure may not be negative.
func (b *BallotWriter) Write(p *election.Protocol) error {
	if b == nil || b.w == nil || p == nil {
		return nilError("", "ballot writer or protocol")
	}
	b.row = [5]string{p.Precinct, string(p.Ballot)}
	if err := b.repeat(p.Lines[election.Invalid]); err != nil {
		return err
	}
	choices := make([]string, 0, len(p.Votes))
	for c := range p.Votes {
		choices = append(choices, c)
	}
	slices.Sort(choices)
	for _, c := range choices {
		left := p.Votes[c]
		b.row[2] = c
		for _, k := range b.lists[c] {
			n := p.Preferences[k]
			if n > left {
				return fmt.Errorf("%w: precinct %s: more preference votes than votes for %q", ErrBadValue, p.Precinct, c)
			}
			b.row[3] = k
			if err := b.repeat(n); err != nil {
				return err
			}
			left -= n
		}
		b.row[3] = ""
		if err := b.repeat(left); err != nil {
			return err
		}
	}
	return nil
}

// repeat writes the row n times.
func (b *BallotWriter) repeat(n int64) error {
	if n < 0 {
		return fmt.Errorf("%w: precinct %s: a negative figure", ErrBadValue, b.row[0])
	}
	for range n {
		if err := b.w.Write(b.row[:]); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered and returns the first error of writing.
func (b *BallotWriter) Flush() error {
	if b == nil || b.w == nil {
		return nil
	}
	b.w.Flush()
	return b.w.Error()
}
