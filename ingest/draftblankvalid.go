package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// draftBlankInValid undoes the sum of the invalid and the blank ballots
// (draftBlankIntoInvalid) where a column of the ballots cast says the
// blank ones are valid: on most rows it is the invalid plus the valid
// ballots, and on fewer the invalid, the blank and the valid (Lebanon's
// num_votes = num_invalid_votes + num_valid_votes on 11 of 12 rows, its
// num_valid_votes holding the blank ballots). That column is the
// ballots found (found_stationary), which the draft had left out as a
// code ("num_votes"); the blank ballots are a part of the valid.
func draftBlankInValid(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) {
	inv, valid := m.Lines[election.Invalid], m.Lines[election.Valid]
	if len(inv.Columns) != 2 || valid.Header == "" || len(rows) < 2 {
		return
	}
	if _, ok := m.Lines[election.FoundStationary]; ok {
		return
	}
	in, blank := columnOf(header, inv.Columns[0].Header), columnOf(header, inv.Columns[1].Header)
	if anyWords(strings.ToLower(header[in]), blankVoteWords) {
		in, blank = blank, in
	}
	va := columnOf(header, valid.Header)
	if in < 0 || blank < 0 || va < 0 || !anyWords(strings.ToLower(header[blank]), blankVoteWords) {
		return
	}
	fi, ok1 := figuresOf(rows, in)
	fb, ok2 := figuresOf(rows, blank)
	fv, ok3 := figuresOf(rows, va)
	if !ok1 || !ok2 || !ok3 {
		return
	}
	mapped := map[string]bool{}
	for _, c := range m.Lines {
		mapped[c.Header] = true
	}
	for _, c := range m.Votes {
		mapped[c.Header] = true
	}
	for c := range header {
		h := trimHeader(header[c])
		if c == in || c == blank || c == va || mapped[h] {
			continue
		}
		fc, ok := figuresOf(rows, c)
		if !ok {
			continue
		}
		without, with := 0, 0
		for r := range rows {
			if fc[r] == fi[r]+fv[r] {
				without++
			}
			if fc[r] == fi[r]+fb[r]+fv[r] {
				with++
			}
		}
		if without*2 <= len(rows) || without <= with {
			continue
		}
		drop := fmt.Sprintf("column %d %q is not mapped", c+1, h)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
			return strings.HasPrefix(g, "lines.invalid: the sum of columns") || strings.HasPrefix(g, drop)
		})
		m.Lines[election.Invalid] = Column{Header: trimHeader(header[in])}
		m.Lines[election.FoundStationary] = Column{Header: h}
		m.Ignore = slices.DeleteFunc(m.Ignore, func(i Column) bool { return i.Header == h })
		guess("lines.invalid: column %d %q alone, and lines.found_stationary: column %d %q, the ballots cast: on %d of %d rows it is the invalid plus the valid ballots (column %d %q), and on %d the invalid, the blank and the valid: the valid ballots hold the blank ones (column %d %q, not mapped: a part of the valid), so the invalid ones are column %d alone",
			in+1, trimHeader(header[in]), c+1, h, without, len(rows), va+1, valid.Header, with, blank+1, trimHeader(header[blank]), in+1)
		return
	}
}
