package ingest

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// WriteCSV writes protocols as a CSV file that ReadCSV reads back with the
// same mapping into the same protocols and precincts (MappingFor gives a
// mapping for it).
//
// Columns mapped by number are written at that column; columns mapped by
// header fill the other columns in the mapping's order: precinct, region,
// okrug, abroad, ballot, machine, the lines in protocol order, the votes by
// choice ID (against_all last), the preferences by candidate ID. The header
// row gives each column its header; a column mapped by number is headed by
// its mapping field name ("lines.voters"), a column no field uses is left
// empty. An absent figure is an empty cell.
//
// Nothing is dropped silently: a protocol with a line, vote or preference
// the mapping has no column for, a ballot or count kind the mapping cannot
// express, a precinct missing from precincts while region, okrug or abroad
// are mapped, or an ID with surrounding spaces (which reading would trim)
// or a run of white space inside it (read as one space: spacerun.go)
// is an error wrapping ErrMapping or ErrBadValue.
func WriteCSV(w io.Writer, protocols []election.Protocol, precincts []election.Precinct, m Mapping) error {
	cw, err := newCSVWriter(w, m, "WriteCSV")
	if err != nil {
		return err
	}
	byID := map[string]int{}
	for i, pr := range precincts {
		if _, dup := byID[pr.ID]; dup {
			return fmt.Errorf("ingest: WriteCSV: %w: precinct %s listed twice", ErrBadValue, echo.Quote(pr.ID))
		}
		byID[pr.ID] = i
	}
	if err := cw.header(); err != nil {
		return err
	}
	for pi := range protocols {
		p := &protocols[pi]
		var pr *election.Precinct
		if i, ok := byID[p.Precinct]; ok {
			pr = &precincts[i]
		}
		if err := cw.write(pi, p, pr); err != nil {
			return err
		}
	}
	return cw.flush()
}

// Writer writes protocols to a CSV file one at a time, as WriteCSV writes
// them all: the same header, rows and errors, in constant memory.
type Writer struct {
	cw *csvWriter
	n  int
}

// NewWriter returns a Writer of protocols with mapping m to w. It writes
// the header row at once (buffered: call Flush at the end).
func NewWriter(w io.Writer, m Mapping) (*Writer, error) {
	cw, err := newCSVWriter(w, m, "Writer")
	if err != nil {
		return nil, err
	}
	if err := cw.header(); err != nil {
		return nil, err
	}
	return &Writer{cw: cw}, nil
}

// WriteProtocol writes one protocol as a row; pr is its precinct, needed
// when the mapping maps a region, okrug or abroad column. The errors are
// WriteCSV's, the index being the number of protocols written before.
func (w *Writer) WriteProtocol(p *election.Protocol, pr *election.Precinct) error {
	if w == nil || w.cw == nil || p == nil {
		return fmt.Errorf("ingest: Writer: %w: a Writer not made by NewWriter, or a nil protocol", ErrNil)
	}
	err := w.cw.write(w.n, p, pr)
	w.n++
	return err
}

// Flush writes out what is buffered and reports the first write error.
func (w *Writer) Flush() error {
	if w == nil || w.cw == nil {
		return fmt.Errorf("ingest: Writer: %w: a Writer not made by NewWriter", ErrNil)
	}
	return w.cw.flush()
}

// csvWriter is the state WriteCSV and Writer share: the columns laid out,
// the cell texts, the buffer.
type csvWriter struct {
	name         string
	m            Mapping
	fs           []field
	cols         []string
	width        int
	ballotText   map[election.BallotKind]string
	machineText  map[bool]string
	abroadText   map[bool]string
	needPrecinct bool
	bw           *bufio.Writer
	cw           cellWriter
	buf          []byte
}

func newCSVWriter(w io.Writer, m Mapping, name string) (*csvWriter, error) {
	if w == nil {
		return nil, fmt.Errorf("ingest: %s: %w: writer", name, ErrNil)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if m.long() || m.transposed() {
		return nil, mappingError("layout", "%s writes wide files only: the mapping is of a %s file", name, m.Shape)
	}
	if m.Rows != nil {
		// The file written is of one contest; it has no column to filter.
		return nil, mappingError("rows", "%s writes the protocols of one contest: leave the row filter out of the mapping", name)
	}
	if enc, _ := encodingOf(m.Encoding); enc != "" {
		return nil, mappingError("encoding", "%s writes UTF-8: leave the encoding out of the mapping", name)
	}
	if m.okrugKey() > 0 {
		// An okrug's ID read from several columns cannot be written back
		// as its parts.
		return nil, mappingError("okrug", "%s writes an okrug in one column: map it to one, not several", name)
	}
	fs := m.fields()
	for _, f := range fs {
		if f.sum > 0 {
			// A figure read as a sum cannot be written back as its parts.
			return nil, mappingError(f.figure(), "%s writes a figure in one column: map it to one, not a sum of columns", name)
		}
	}

	// Lay out the columns.
	taken := map[int]bool{}
	width := 0
	for _, f := range fs {
		if f.col.Index > 0 {
			taken[f.col.Index-1] = true
			width = max(width, f.col.Index)
		}
	}
	next := 0
	for i := range fs {
		f := &fs[i]
		if f.col.Index > 0 {
			f.idx = f.col.Index - 1
			f.header = f.name
			continue
		}
		for taken[next] {
			next++
		}
		f.idx = next
		f.header = trimHeader(f.col.Header)
		taken[next] = true
		width = max(width, next+1)
	}
	header := make([]string, width)
	for _, f := range fs {
		header[f.idx] = f.header
	}
	for _, f := range fs {
		if f.col.Index == 0 {
			if strings.Contains(f.header, "\r") {
				return nil, fmt.Errorf("ingest: %s: %w: %s: a header may not hold a carriage return", name, ErrMapping, f.name)
			}
			if n := countTrimmed(header, f.header); n != 1 {
				return nil, fmt.Errorf("ingest: %s: %w: %s: header %s would appear %d times", name, ErrMapping, f.name, echo.Quote(f.header), n)
			}
		}
	}
	sortFields(fs)

	// Value texts.
	ballotText := map[election.BallotKind]string{}
	if m.BallotColumn != nil {
		if len(m.BallotValues) == 0 {
			ballotText[election.ListBallot] = string(election.ListBallot)
			ballotText[election.OkrugBallot] = string(election.OkrugBallot)
		}
		for _, k := range sortedKeys(m.BallotValues) { // smallest text first
			b := election.BallotKind(m.BallotValues[k])
			if _, ok := ballotText[b]; !ok {
				ballotText[b] = k
			}
		}
	}
	for _, vs := range []map[string]string{m.BallotValues} {
		for k := range vs {
			if strings.Contains(k, "\r") {
				return nil, fmt.Errorf("ingest: %s: %w: ballot_values: a cell text may not hold a carriage return", name, ErrMapping)
			}
		}
	}
	for _, vs := range []map[string]bool{m.MachineValues, m.AbroadValues} {
		for k := range vs {
			if strings.Contains(k, "\r") {
				return nil, fmt.Errorf("ingest: %s: %w: a machine or abroad cell text may not hold a carriage return", name, ErrMapping)
			}
		}
	}
	machineText, err := boolTexts(m.MachineValues, "machine_values")
	if err != nil {
		return nil, err
	}
	abroadText, err := boolTexts(m.AbroadValues, "abroad_values")
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	delim := byte(',')
	if m.Delimiter != "" {
		delim = m.Delimiter[0]
	}
	return &csvWriter{name: name, m: m, fs: fs, cols: header, width: width,
		ballotText: ballotText, machineText: machineText, abroadText: abroadText,
		needPrecinct: m.Region != nil || m.Okrug != nil || m.Abroad != nil,
		bw:           bw, cw: cellWriter{w: bw, delim: delim}}, nil
}

func (c *csvWriter) header() error {
	for i, h := range c.cols {
		c.cw.text(i, h)
	}
	c.cw.end()
	return c.cw.err
}

func (c *csvWriter) flush() error {
	if err := c.bw.Flush(); err != nil {
		return err
	}
	return c.cw.err
}

// write writes protocol pi, p, of precinct pr (nil when not known).
func (c *csvWriter) write(pi int, p *election.Protocol, pr *election.Precinct) error {
	m, cw := &c.m, &c.cw
	fail := func(sentinel error, format string, args ...any) error {
		return fmt.Errorf("ingest: %s: protocol %d (precinct %s): %w: %s", c.name, pi, echo.Quote(p.Precinct), sentinel, fmt.Sprintf(format, args...))
	}
	if p.Precinct == "" || !writable(p.Precinct) {
		return fail(ErrBadValue, "a precinct ID may not be empty, start or end with a space, hold a line break, or hold two spaces in a row, a tab or a no-break space (read as one space)")
	}
	var at election.Precinct
	if c.needPrecinct {
		if pr == nil {
			return fail(ErrBadValue, "precinct not in the precincts given")
		}
		at = *pr
		if !writable(at.Region) || !writable(at.Okrug) {
			return fail(ErrBadValue, "a region or okrug ID may not start or end with a space, hold a line break, or hold two spaces in a row, a tab or a no-break space (read as one space)")
		}
	}
	if v := m.Precinct.Value; v != "" && p.Precinct != v {
		return fail(ErrMapping, "the mapping says every row is precinct %s (its value), and writes no precinct column", echo.Quote(v))
	}
	if m.Ballot != "" && p.Ballot != election.BallotKind(m.Ballot) {
		return fail(ErrMapping, "a %s protocol, but the mapping says every row is %s", echo.Quote(p.Ballot), echo.Quote(m.Ballot))
	}
	if m.MachineColumn == nil && p.Machine != m.Machine {
		return fail(ErrMapping, "machine count %v, but the mapping says every row is %v", p.Machine, m.Machine)
	}
	for l := range p.Lines {
		if _, ok := m.Lines[l]; !ok {
			return fail(ErrMapping, "line %s has no column", echo.Quote(l))
		}
	}
	for ch := range p.Votes {
		if _, ok := m.Votes[ch]; !ok {
			return fail(ErrMapping, "votes for %s have no column", echo.Quote(ch))
		}
	}
	for ch := range p.Preferences {
		if _, ok := m.Preferences[ch]; !ok {
			return fail(ErrMapping, "preference votes for %s have no column", echo.Quote(ch))
		}
	}

	col := 0
	for _, f := range c.fs {
		for ; col < f.idx; col++ {
			cw.text(col, "")
		}
		col++
		var v int64
		var ok bool
		switch f.kind {
		case fPrecinct:
			cw.text(f.idx, p.Precinct)
			continue
		case fRegion:
			cw.text(f.idx, at.Region)
			continue
		case fOkrug:
			cw.text(f.idx, at.Okrug)
			continue
		case fAbroad:
			cw.text(f.idx, c.abroadText[at.Abroad])
			continue
		case fBallot:
			t, ok := c.ballotText[p.Ballot]
			if !ok {
				return fail(ErrMapping, "ballot %s has no text in ballot_values", echo.Quote(p.Ballot))
			}
			cw.text(f.idx, t)
			continue
		case fMachine:
			t, ok := c.machineText[p.Machine]
			if !ok {
				return fail(ErrMapping, "machine count %v has no text in machine_values", p.Machine)
			}
			cw.text(f.idx, t)
			continue
		case fLine:
			v, ok = p.Lines[election.Line(f.key)]
		case fVote:
			v, ok = p.Votes[f.key]
		case fPref:
			v, ok = p.Preferences[f.key]
		}
		if !ok {
			cw.text(f.idx, "")
			continue
		}
		c.buf = strconv.AppendInt(c.buf[:0], v, 10)
		cw.raw(f.idx, c.buf)
	}
	for ; col < c.width; col++ {
		cw.text(col, "")
	}
	cw.end()
	return cw.err
}

// boolTexts returns the cell texts for no and yes: "0" and "1", or the
// smallest text the table maps to each (an empty cell reads as no unless
// the table maps it).
func boolTexts(vs map[string]bool, name string) (map[bool]string, error) {
	if len(vs) == 0 {
		return map[bool]string{false: "0", true: "1"}, nil
	}
	t := map[bool]string{}
	for _, k := range sortedKeys(vs) {
		if _, ok := t[vs[k]]; !ok {
			t[vs[k]] = k
		}
	}
	if _, ok := t[false]; !ok {
		if _, emptyMapped := vs[""]; !emptyMapped {
			t[false] = ""
		}
	}
	return t, nil
}

// writable reports whether a text reads back as itself in a data row:
// reading trims spaces around a cell and reads a run of white space inside
// a name as one space (oneSpace), and a row of one line is read alike by
// every reader of the file (a cell that spans lines is read, but not by a
// reader that splits lines).
func writable(s string) bool {
	return strings.TrimSpace(s) == s && !strings.ContainsAny(s, "\r\n") && spaceRun([]byte(s)) < 0
}

func countTrimmed(header []string, h string) int {
	n := 0
	for _, c := range header {
		if trimHeader(c) == h {
			n++
		}
	}
	return n
}

// cellWriter writes CSV cells, quoting them as encoding/csv does.
type cellWriter struct {
	w     *bufio.Writer
	delim byte
	err   error
}

func (c *cellWriter) sep(i int) {
	if i > 0 {
		c.w.WriteByte(c.delim)
	}
}

func (c *cellWriter) raw(i int, b []byte) {
	c.sep(i)
	c.w.Write(b)
}

func (c *cellWriter) text(i int, s string) {
	c.sep(i)
	if !c.needsQuotes(s) {
		c.w.WriteString(s)
		return
	}
	c.w.WriteByte('"')
	for {
		j := strings.IndexByte(s, '"')
		if j < 0 {
			break
		}
		c.w.WriteString(s[:j+1])
		c.w.WriteByte('"')
		s = s[j+1:]
	}
	c.w.WriteString(s)
	c.w.WriteByte('"')
}

func (c *cellWriter) needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s == `\.` || strings.IndexByte(s, c.delim) >= 0 || strings.ContainsAny(s, "\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r) || strings.HasPrefix(s, bom)
}

func (c *cellWriter) end() {
	if _, err := c.w.WriteString("\n"); err != nil && c.err == nil {
		c.err = err
	}
}
