package ingest

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
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
// is an error wrapping ErrMapping or ErrBadValue.
func WriteCSV(w io.Writer, protocols []election.Protocol, precincts []election.Precinct, m Mapping) error {
	if err := m.Validate(); err != nil {
		return err
	}
	fs := m.fields()

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
				return fmt.Errorf("ingest: WriteCSV: %w: %s: a header may not hold a carriage return", ErrMapping, f.name)
			}
			if n := countTrimmed(header, f.header); n != 1 {
				return fmt.Errorf("ingest: WriteCSV: %w: %s: header %q would appear %d times", ErrMapping, f.name, f.header, n)
			}
		}
	}
	slices.SortFunc(fs, func(a, b field) int { return a.idx - b.idx })

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
				return fmt.Errorf("ingest: WriteCSV: %w: ballot_values: a cell text may not hold a carriage return", ErrMapping)
			}
		}
	}
	for _, vs := range []map[string]bool{m.MachineValues, m.AbroadValues} {
		for k := range vs {
			if strings.Contains(k, "\r") {
				return fmt.Errorf("ingest: WriteCSV: %w: a machine or abroad cell text may not hold a carriage return", ErrMapping)
			}
		}
	}
	machineText, err := boolTexts(m.MachineValues, "machine_values")
	if err != nil {
		return err
	}
	abroadText, err := boolTexts(m.AbroadValues, "abroad_values")
	if err != nil {
		return err
	}

	byID := map[string]int{}
	for i, pr := range precincts {
		if _, dup := byID[pr.ID]; dup {
			return fmt.Errorf("ingest: WriteCSV: %w: precinct %q listed twice", ErrBadValue, pr.ID)
		}
		byID[pr.ID] = i
	}
	needPrecinct := m.Region != nil || m.Okrug != nil || m.Abroad != nil

	bw := bufio.NewWriterSize(w, 64<<10)
	delim := byte(',')
	if m.Delimiter != "" {
		delim = m.Delimiter[0]
	}
	cw := cellWriter{w: bw, delim: delim}
	for i, h := range header {
		cw.text(i, h)
	}
	cw.end()

	var buf []byte
	for pi := range protocols {
		p := &protocols[pi]
		fail := func(sentinel error, format string, args ...any) error {
			return fmt.Errorf("ingest: WriteCSV: protocol %d (precinct %q): %w: %s", pi, p.Precinct, sentinel, fmt.Sprintf(format, args...))
		}
		if p.Precinct == "" || !writable(p.Precinct) {
			return fail(ErrBadValue, "a precinct ID may not be empty, start or end with a space or hold a carriage return")
		}
		var pr election.Precinct
		if needPrecinct {
			i, ok := byID[p.Precinct]
			if !ok {
				return fail(ErrBadValue, "precinct not in the precincts given")
			}
			pr = precincts[i]
			if !writable(pr.Region) || !writable(pr.Okrug) {
				return fail(ErrBadValue, "a region or okrug ID may not start or end with a space or hold a carriage return")
			}
		}
		if m.Ballot != "" && p.Ballot != election.BallotKind(m.Ballot) {
			return fail(ErrMapping, "a %q protocol, but the mapping says every row is %q", p.Ballot, m.Ballot)
		}
		if m.MachineColumn == nil && p.Machine != m.Machine {
			return fail(ErrMapping, "machine count %v, but the mapping says every row is %v", p.Machine, m.Machine)
		}
		for l := range p.Lines {
			if _, ok := m.Lines[l]; !ok {
				return fail(ErrMapping, "line %q has no column", l)
			}
		}
		for c := range p.Votes {
			if _, ok := m.Votes[c]; !ok {
				return fail(ErrMapping, "votes for %q have no column", c)
			}
		}
		for c := range p.Preferences {
			if _, ok := m.Preferences[c]; !ok {
				return fail(ErrMapping, "preference votes for %q have no column", c)
			}
		}

		col := 0
		for _, f := range fs {
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
				cw.text(f.idx, pr.Region)
				continue
			case fOkrug:
				cw.text(f.idx, pr.Okrug)
				continue
			case fAbroad:
				cw.text(f.idx, abroadText[pr.Abroad])
				continue
			case fBallot:
				t, ok := ballotText[p.Ballot]
				if !ok {
					return fail(ErrMapping, "ballot %q has no text in ballot_values", p.Ballot)
				}
				cw.text(f.idx, t)
				continue
			case fMachine:
				t, ok := machineText[p.Machine]
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
			buf = strconv.AppendInt(buf[:0], v, 10)
			cw.raw(f.idx, buf)
		}
		for ; col < width; col++ {
			cw.text(col, "")
		}
		cw.end()
		if cw.err != nil {
			return cw.err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
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

// writable reports whether a text reads back as itself: reading trims
// spaces around a cell and turns CRLF inside quotes into LF.
func writable(s string) bool {
	return strings.TrimSpace(s) == s && !strings.Contains(s, "\r")
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
