package ingest

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// Options tune reading.
type Options struct {
	// Lenient turns an unreadable row (a CSV syntax error, a short row, a
	// cell that is not a number, an unknown ballot text...) into an entry of
	// Skipped, and reading goes on. By default the first bad row is the
	// error. Problems with the file as a whole (no header row, a mapped
	// header missing, an I/O error) are errors in both modes.
	Lenient bool
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
	// Rows counts the data rows read (header and SkipRows excluded,
	// skipped rows included): Rows == len(Protocols) + len(Skipped).
	Rows int
	// Lines[i] is the file line where the row of Protocols[i] starts.
	Lines []int
}

// ReadCSV reads a protocols CSV file whole. It is Scan plus a copy of each
// protocol and the list of precincts. On an error it returns the table as
// read up to that point with the error.
func ReadCSV(r io.Reader, file string, m Mapping, o Options) (Table, error) {
	var t Table
	s, err := newScanner(file, m, o)
	if err != nil {
		return t, err
	}
	index := map[string]int{}     // precinct ID -> index in t.Precincts
	intern := map[string]string{} // region and okrug IDs, so rows are not kept
	in := func(v string) string {
		if v == "" {
			return ""
		}
		if w, ok := intern[v]; ok {
			return w
		}
		w := strings.Clone(v)
		intern[w] = w
		return w
	}
	t.Skipped, t.Rows, err = s.run(r, func(line int, p *election.Protocol, pr election.Precinct) error {
		i, seen := index[pr.ID]
		if seen {
			old := &t.Precincts[i]
			switch {
			case pr.Region != "" && old.Region != "" && pr.Region != old.Region:
				return s.conflict(line, fRegion, pr.ID, pr.Region, old.Region)
			case pr.Okrug != "" && old.Okrug != "" && pr.Okrug != old.Okrug:
				return s.conflict(line, fOkrug, pr.ID, pr.Okrug, old.Okrug)
			case pr.Abroad != old.Abroad:
				return s.conflict(line, fAbroad, pr.ID, strconv.FormatBool(pr.Abroad), strconv.FormatBool(old.Abroad))
			}
			if old.Region == "" {
				old.Region = in(pr.Region)
			}
			if old.Okrug == "" {
				old.Okrug = in(pr.Okrug)
			}
		} else {
			i = len(t.Precincts)
			id := strings.Clone(pr.ID)
			index[id] = i
			t.Precincts = append(t.Precincts, election.Precinct{ID: id, Region: in(pr.Region), Okrug: in(pr.Okrug), Abroad: pr.Abroad})
		}
		q := *p
		q.Precinct = t.Precincts[i].ID
		q.Lines = maps.Clone(p.Lines)
		q.Votes = maps.Clone(p.Votes)
		if len(p.Preferences) > 0 {
			q.Preferences = maps.Clone(p.Preferences)
		} else {
			q.Preferences = nil
		}
		t.Protocols = append(t.Protocols, q)
		t.Lines = append(t.Lines, line)
		return nil
	})
	return t, err
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
// empty unless o.Lenient).
func Scan(r io.Reader, file string, m Mapping, o Options, fn func(line int, p *election.Protocol, pr election.Precinct) error) (skipped []*ParseError, err error) {
	s, err := newScanner(file, m, o)
	if err != nil {
		return nil, err
	}
	skipped, _, err = s.run(r, fn)
	return skipped, err
}

// scanner is a mapping made ready for one file.
type scanner struct {
	file   string
	m      Mapping
	o      Options
	fields []field // bound to the header row: sorted by column

	ballot      map[string]election.BallotKind // trimmed cell text -> ballot; nil: "list", "okrug"
	machine     map[string]bool                // nil: yes/no words
	abroad      map[string]bool                // nil: yes/no words
	fixedBallot election.BallotKind

	p  election.Protocol // reused between rows
	pr election.Precinct
}

func newScanner(file string, m Mapping, o Options) (*scanner, error) {
	if err := m.Validate(); err != nil {
		pe := err.(*ParseError)
		pe.File = file
		return nil, pe
	}
	s := &scanner{file: file, m: m, o: o, fields: m.fields(), fixedBallot: election.BallotKind(m.Ballot)}
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
	s.p.Lines = map[election.Line]int64{}
	s.p.Votes = map[string]int64{}
	if len(m.Preferences) > 0 {
		s.p.Preferences = map[string]int64{}
	}
	return s, nil
}

func (s *scanner) delimiter() rune {
	if s.m.Delimiter == "" {
		return ','
	}
	return rune(s.m.Delimiter[0])
}

// bind finds each mapped column in the header row. Missing headers are
// reported all at once (errors.Join of *ParseError).
func (s *scanner) bind(header []string, line int) error {
	at := map[string][]int{}
	for i, h := range header {
		t := trimHeader(h)
		at[t] = append(at[t], i)
	}
	var missing []error
	for i := range s.fields {
		f := &s.fields[i]
		pe := &ParseError{File: s.file, Line: line, Field: f.name, Header: f.col.Header}
		if f.col.Index > 0 {
			if f.col.Index > len(header) {
				pe.Err = fmt.Errorf("%w: column %d, but the header row has %d columns", ErrMissingHeader, f.col.Index, len(header))
				missing = append(missing, pe)
				continue
			}
			f.idx = f.col.Index - 1
		} else {
			pos := at[trimHeader(f.col.Header)]
			switch len(pos) {
			case 0:
				pe.Err = fmt.Errorf("%w: no column has the header %q", ErrMissingHeader, trimHeader(f.col.Header))
				missing = append(missing, pe)
				continue
			case 1:
				f.idx = pos[0]
			default:
				pe.Column = pos[1] + 1
				pe.Err = fmt.Errorf("%w: the header %q is in columns %d and %d", ErrMapping, trimHeader(f.col.Header), pos[0]+1, pos[1]+1)
				return pe
			}
		}
		f.header = header[f.idx]
	}
	if len(missing) > 0 {
		return errors.Join(missing...)
	}
	slices.SortStableFunc(s.fields, func(a, b field) int { return a.idx - b.idx })
	for i := 1; i < len(s.fields); i++ {
		if a, b := &s.fields[i-1], &s.fields[i]; a.idx == b.idx {
			return &ParseError{File: s.file, Line: line, Column: b.idx + 1, Field: b.name, Header: b.header,
				Err: fmt.Errorf("%w: column %d is mapped to both %s and %s", ErrMapping, b.idx+1, a.name, b.name)}
		}
	}
	return nil
}

func (s *scanner) syntaxError(err error, fields int) *ParseError {
	var ce *csv.ParseError
	if errors.As(err, &ce) {
		return &ParseError{File: s.file, Line: ce.Line, Column: fields + 1, Err: fmt.Errorf("%w: %w", ErrSyntax, ce.Err)}
	}
	return &ParseError{File: s.file, Err: err}
}

// run reads the file: the rows above the header, the header, then the data
// rows, calling fn for each row read. It returns the skipped rows and the
// number of data rows.
func (s *scanner) run(r io.Reader, fn func(line int, p *election.Protocol, pr election.Precinct) error) (skipped []*ParseError, rows int, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(len(bom)); string(b) == bom {
		br.Discard(len(bom))
	}
	cr := csv.NewReader(br)
	cr.Comma = s.delimiter()
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	for i := 0; i <= s.m.SkipRows; i++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil, 0, &ParseError{File: s.file, Err: fmt.Errorf("%w: the file has no header row", ErrMissingHeader)}
		}
		if err != nil {
			return nil, 0, s.syntaxError(err, len(rec))
		}
		if i == s.m.SkipRows {
			line, _ := cr.FieldPos(0)
			if err := s.bind(rec, line); err != nil {
				return nil, 0, err
			}
		}
	}

	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return skipped, rows, nil
		}
		var pe *ParseError
		if err != nil {
			pe = s.syntaxError(err, len(rec))
			if pe.Line == 0 { // not a CSV syntax error: I/O
				return skipped, rows, pe
			}
		} else {
			pe = s.row(rec, cr)
		}
		rows++
		if pe == nil {
			line, _ := cr.FieldPos(0)
			err := fn(line, &s.p, s.pr)
			if err == nil {
				continue
			}
			var ok bool
			if pe, ok = err.(*ParseError); !ok || !s.o.Lenient {
				return skipped, rows, err
			}
		}
		if !s.o.Lenient {
			return skipped, rows, pe
		}
		skipped = append(skipped, pe)
	}
}

// row fills s.p and s.pr from one record.
func (s *scanner) row(rec []string, cr *csv.Reader) *ParseError {
	p := &s.p
	clear(p.Lines)
	clear(p.Votes)
	if p.Preferences != nil {
		clear(p.Preferences)
	}
	p.Precinct = ""
	p.Ballot = s.fixedBallot
	p.Machine = s.m.Machine
	s.pr = election.Precinct{}
	for i := range s.fields {
		f := &s.fields[i]
		if f.idx >= len(rec) {
			line, _ := cr.FieldPos(0)
			return s.cellError(line, f, fmt.Errorf("%w: the row ends at column %d", ErrShortRow, len(rec)))
		}
		cell := trimCell(rec[f.idx])
		switch f.kind {
		case fLine, fVote, fPref:
			if cell == "" {
				continue // absent, not zero
			}
			v, err := parseInt(cell)
			if err != nil {
				line, _ := cr.FieldPos(f.idx)
				return s.cellError(line, f, fmt.Errorf("%w: %q", err, cell))
			}
			switch f.kind {
			case fLine:
				p.Lines[election.Line(f.key)] = v
			case fVote:
				p.Votes[f.key] = v
			default:
				p.Preferences[f.key] = v
			}
		case fPrecinct:
			if cell == "" {
				line, _ := cr.FieldPos(f.idx)
				return s.cellError(line, f, fmt.Errorf("%w: empty precinct ID", ErrBadValue))
			}
			p.Precinct = cell
			s.pr.ID = cell
		case fRegion:
			s.pr.Region = cell
		case fOkrug:
			s.pr.Okrug = cell
		case fAbroad:
			v, ok := lookupBool(s.abroad, cell)
			if !ok {
				line, _ := cr.FieldPos(f.idx)
				return s.cellError(line, f, fmt.Errorf("%w: %q is not a yes/no value", ErrBadValue, cell))
			}
			s.pr.Abroad = v
		case fMachine:
			v, ok := lookupBool(s.machine, cell)
			if !ok {
				line, _ := cr.FieldPos(f.idx)
				return s.cellError(line, f, fmt.Errorf("%w: %q is not a yes/no value", ErrBadValue, cell))
			}
			p.Machine = v
		case fBallot:
			var b election.BallotKind
			ok := false
			if s.ballot != nil {
				b, ok = s.ballot[cell]
			} else if validBallot(cell) {
				b, ok = election.BallotKind(cell), true
			}
			if !ok {
				line, _ := cr.FieldPos(f.idx)
				return s.cellError(line, f, fmt.Errorf("%w: %q is not a ballot (see ballot_values)", ErrBadValue, cell))
			}
			p.Ballot = b
		}
	}
	return nil
}

func lookupBool(vs map[string]bool, cell string) (v, ok bool) {
	if vs == nil {
		return yesNo(cell)
	}
	if v, ok = vs[cell]; ok || cell != "" {
		return v, ok
	}
	return false, true // an empty cell is "no" unless the table says otherwise
}

func (s *scanner) cellError(line int, f *field, err error) *ParseError {
	return &ParseError{File: s.file, Line: line, Column: f.idx + 1, Field: f.name, Header: f.header, Err: err}
}

// conflict reports a precinct whose row contradicts an earlier row.
func (s *scanner) conflict(line int, k fieldKind, id, got, had string) *ParseError {
	for i := range s.fields {
		if f := &s.fields[i]; f.kind == k {
			return s.cellError(line, f, fmt.Errorf("%w: precinct %q: %s %q, earlier %q", ErrConflict, id, f.name, got, had))
		}
	}
	return &ParseError{File: s.file, Line: line, Err: ErrConflict} // not reached: only mapped fields differ
}
