package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// BallotMapping says which columns of a cast-vote record (docs/ballots.md)
// hold what: a CSV file with a header row, or JSON Lines, one object a
// line, whose keys are the headers. Each line is one ballot.
//
// Precinct and Choice are required. The ballot is fixed for the whole file
// (Ballot: "list" or "okrug") or read from BallotColumn, whose cells are
// looked up in BallotValues (cell text -> "list" or "okrug"), or read as
// "list" and "okrug" without it. Choice holds the choice marked: a party
// ID (list ballot), a candidate ID (okrug ballot) or "against_all"; an
// empty cell is a ballot without a mark, and several marks joined by "|"
// a ballot marked for more than one choice: both are invalid. Candidate,
// when mapped, holds the candidate marked on an open list (one at most).
// Invalid, when mapped, holds yes/no words (see Mapping): yes for a ballot
// found invalid for another reason (spoiled, torn, unofficial).
//
// Without a mapping (DefaultBallotMapping) the headers are "precinct",
// "ballot", "choice", and, when the file has them, "candidate" and
// "invalid".
type BallotMapping struct {
	Precinct     Column            `json:"precinct" strict:"required"`
	Ballot       string            `json:"ballot,omitempty"`
	BallotColumn *Column           `json:"ballot_column,omitempty"`
	BallotValues map[string]string `json:"ballot_values,omitempty"`
	Choice       Column            `json:"choice" strict:"required"`
	Candidate    *Column           `json:"candidate,omitempty"`
	Invalid      *Column           `json:"invalid,omitempty"`
	Delimiter    string            `json:"delimiter,omitempty"` // CSV: "," (default), ";" or "\t"

	optional bool // Candidate and Invalid are read only when the file has them
}

// DefaultBallotMapping is the mapping of a cast-vote record given without
// one: see BallotMapping.
func DefaultBallotMapping() BallotMapping {
	return BallotMapping{Precinct: Column{Header: "precinct"}, BallotColumn: &Column{Header: "ballot"},
		Choice: Column{Header: "choice"}, Candidate: &Column{Header: "candidate"}, Invalid: &Column{Header: "invalid"}, optional: true}
}

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
	case m.Delimiter != "" && m.Delimiter != "," && m.Delimiter != ";" && m.Delimiter != "\t":
		return BallotMapping{}, bad("delimiter", "%q: want \",\", \";\" or a tab", m.Delimiter)
	}
	names, cols := m.fields()
	for i, c := range cols {
		if c != nil && c.Value != "" {
			return BallotMapping{}, bad(names[i], "a ballot's %s is read from a column, not given as a value", names[i])
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
func (m *BallotMapping) fields() ([]string, []*Column) {
	names := []string{"precinct", "ballot_column", "choice", "candidate", "invalid"}
	return names, []*Column{&m.Precinct, m.BallotColumn, &m.Choice, m.Candidate, m.Invalid}
}

// ReadBallots reads a cast-vote record (CSV or JSON Lines, told apart by
// its first character: "{" for JSON Lines) with mapping m (nil: the
// default), and returns its ballots and the line of each. An error names
// the file, line, column and field: a row or object that does not read,
// an empty precinct, an unknown ballot, an invalid cell that is not a
// yes/no word, more than one candidate marked. Whether a precinct, a
// choice or a candidate exists is for ballots.Protocols to say.
func ReadBallots(r io.Reader, file string, m *BallotMapping) ([]ballots.Cast, []int, error) {
	if r == nil {
		return nil, nil, nilError(file, "reader")
	}
	if m == nil {
		d := DefaultBallotMapping()
		m = &d
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, &ParseError{File: file, Err: err}
	}
	if len(data) >= 2 {
		switch name, n := wideEncoding(data); {
		case name == "UTF-16": // read as such, as a protocols file is
			enc := EncodingUTF16LE
			if data[0] == 0xFE {
				enc = EncodingUTF16BE
			}
			if data, err = decodeAll(file, enc, data[n:]); err != nil {
				return nil, nil, err
			}
		case n > 0:
			return nil, nil, &ParseError{File: file, Err: fmt.Errorf("%w: the file is %s (byte-order mark % X): save it as UTF-8", ErrEncoding, name, data[:n])}
		}
	}
	data = strictjson.TrimBOM(data)
	if first, _, _ := bytes.Cut(data, []byte{'\n'}); bytes.IndexByte(first, 0) >= 0 {
		return nil, nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: the first line holds NUL bytes: the file looks UTF-16 without a byte-order mark: save it as UTF-8 (or as UTF-16 with its mark)", ErrEncoding)}
	}
	if bytes.IndexByte(data, '\n') < 0 {
		data = bytes.ReplaceAll(data, []byte{'\r'}, []byte{'\n'}) // lines ending in CR alone
	}
	n := bytes.Count(data, []byte{'\n'}) + 1 // room for every line: no copy as the slices grow
	rd := &ballotReader{file: file, m: m, cast: make([]ballots.Cast, 0, n), lines: make([]int, 0, n)}
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		err = rd.jsonLines(data)
	} else {
		err = rd.csv(data)
	}
	if err == nil && len(rd.cast) == 0 {
		err = &ParseError{File: file, Err: fmt.Errorf("%w: the file holds no ballots", ErrNoRows)}
	}
	if err != nil {
		return nil, nil, err
	}
	return rd.cast, rd.lines, nil
}

// ballotReader reads the records of one file.
type ballotReader struct {
	file  string
	m     *BallotMapping
	cast  []ballots.Cast
	lines []int
	seen  map[string]string // every cell text read, once: IDs repeat on every line
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
			return &ParseError{File: rd.file, Line: 1, Field: names[i], Err: fmt.Errorf("%w: %s is not in the header row", ErrMissingHeader, c)}
		}
	}
	t.dataRows()
	cells := make([]string, len(cols))
	for {
		rec, err := t.read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return syntax(err)
		}
		line := t.fieldLine(0)
		for i, j := range at {
			cells[i] = ""
			if j >= len(rec) {
				return &ParseError{File: rd.file, Line: line, Column: len(rec) + 1, Field: names[i], Err: fmt.Errorf("%w: the row has %d cells, the column of %s is %d", ErrShortRow, len(rec), names[i], j+1)}
			}
			if j >= 0 {
				cells[i] = rd.intern(bytes.TrimSpace(rec[j]))
			}
		}
		if err := rd.add(cells, line, func(i int) int { return at[i] + 1 }); err != nil {
			return err
		}
	}
}

// jsonLines reads a JSON Lines cast-vote record: each line an object of
// strings (a number for an ID, true or false for invalid), blank lines
// skipped.
func (rd *ballotReader) jsonLines(data []byte) error {
	names, cols := rd.m.fields()
	cells := make([]string, len(cols))
	for n, line := range bytes.Split(data, []byte{'\n'}) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if _, err := strictjson.Check(line, rd.file, reflect.TypeFor[map[string]any](), strictjson.Options{}); err != nil {
			pe := parseError(err).(*ParseError)
			pe.Line = n + 1
			return pe
		}
		var obj map[string]any
		d := json.NewDecoder(bytes.NewReader(line))
		d.UseNumber()
		if err := d.Decode(&obj); err != nil {
			return &ParseError{File: rd.file, Line: n + 1, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
		}
		for i, c := range cols {
			cells[i] = ""
			if c == nil {
				continue
			}
			v, ok := obj[c.Header]
			switch v := v.(type) {
			case nil:
				if !ok && i < 3 { // JSON Lines may leave out candidate and invalid
					return &ParseError{File: rd.file, Line: n + 1, Field: names[i], Err: fmt.Errorf("%w: the object has no key %s", ErrMissingHeader, c)}
				}
			case string:
				cells[i] = strings.TrimSpace(v)
			case json.Number:
				cells[i] = v.String()
			case bool:
				cells[i] = fmt.Sprint(v)
			default:
				return &ParseError{File: rd.file, Line: n + 1, Field: names[i], Err: fmt.Errorf("%w: want a string, got a list or an object", ErrType)}
			}
		}
		if err := rd.add(cells, n+1, func(int) int { return 0 }); err != nil {
			return err
		}
	}
	return nil
}

// add adds the ballot of one record: cells in the order of fields, col
// the column of a field's cell (0 when not known).
func (rd *ballotReader) add(cells []string, line int, col func(int) int) error {
	names, _ := rd.m.fields()
	bad := func(i int, format string, a ...any) error {
		return &ParseError{File: rd.file, Line: line, Column: col(i), Field: names[i], Err: fmt.Errorf("%w: "+format, append([]any{ErrBadValue}, a...)...)}
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
	marks := strings.Split(cells[2], "|")
	c.Choice = strings.TrimSpace(marks[0])
	c.Invalid = cells[2] == "" || len(marks) > 1 // no mark, or more than one
	if strings.Contains(cells[3], "|") {
		return bad(3, "%q: more than one candidate marked (record the preference vote that counts, or none)", cells[3])
	}
	c.Candidate = cells[3]
	if cells[4] != "" {
		spoiled, ok := yesNo([]byte(cells[4]))
		if !ok {
			return bad(4, "%q: want a yes/no word", cells[4])
		}
		c.Invalid = c.Invalid || spoiled
	}
	rd.cast = append(rd.cast, c)
	rd.lines = append(rd.lines, line)
	return nil
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
