package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// lineCell is a cell of a long file's choice column that is no choice: a
// protocol line (line), read from the cell itself, or from the cell of
// another column (name, column col) that names it on each of its rows.
type lineCell struct {
	line election.Line // "" if draftLong maps it as no line either (rows left out, not mapped)
	col  int           // -1: the choice's own cell says it
	name string
}

// notChoices returns the cells of a long file's choice column that are
// no choice, the way draftLong maps them: the lines of the protocol (the
// AEC's "Informal" row, the invalid ballots), the rows it leaves out. A
// cell whose name in a column of text says a line, the only cell of the
// choice column named so, is one too (the AEC's CandidateID "999", whose
// Surname, GivenNm and PartyNm say "Informal"). No such cell is a
// candidate: not in two districts, not in one.
func notChoices(m *Mapping, header []string, rows [][]string, values []map[string]int, numeric []bool, choice, votes int) map[string]lineCell {
	out := map[string]lineCell{}
	lines := func(cells map[string]int) map[string]election.Line {
		scratch := Mapping{Lines: m.Lines}
		v := slices.Clone(values)
		v[choice] = cells
		draftLong(&scratch, header, v, choice, votes, nil, func(string, ...any) {})
		said := map[string]election.Line{}
		for cell := range cells {
			if _, ok := scratch.ChoiceValues[cell]; !ok {
				said[cell] = scratch.LineValues[cell]
			}
		}
		return said
	}
	for cell, l := range lines(values[choice]) {
		out[cell] = lineCell{line: l, col: -1}
	}
	for c := range header {
		// (A column of names gives a choice one cell: no more cells than
		// the choice column has.)
		if c == choice || c == votes || numeric[c] || len(values[c]) == 0 || len(values[c]) > len(values[choice]) {
			continue
		}
		for name, l := range lines(values[c]) {
			if l == "" {
				continue
			}
			// The choice's cells on the rows named so, and whether each
			// has another name on a row of its own.
			named, other := map[string]bool{}, map[string]bool{}
			for _, rec := range rows {
				if cellAt(rec, c) == name {
					named[cellAt(rec, choice)] = true
				}
			}
			for _, rec := range rows {
				if v := cellAt(rec, choice); named[v] && cellAt(rec, c) != name {
					other[v] = true
				}
			}
			if len(named) != 1 || len(other) > 0 {
				continue
			}
			for v := range named {
				if _, ok := out[v]; !ok && v != "" {
					out[v] = lineCell{line: l, col: c, name: name}
				}
			}
		}
	}
	return out
}

// namedLines maps in line_values the cells of the choice column that
// draftLong took for choices and whose name says a line (notChoices): the
// AEC's "999" is the invalid ballots, the line its Surname "Informal"
// says, when no other value gives that line. The choice's guess says so.
func namedLines(m *Mapping, header []string, said map[string]lineCell) {
	for _, v := range sortedKeys(said) {
		l := said[v]
		id, ok := m.ChoiceValues[v]
		if l.col < 0 || !ok || slices.Contains(m.Aggregates, id) || slices.Contains(m.BlankVotes, id) {
			continue
		}
		if _, taken := m.Lines[l.line]; taken || slices.ContainsFunc(sortedKeys(m.LineValues), func(k string) bool { return m.LineValues[k] == l.line }) {
			continue
		}
		delete(m.ChoiceValues, v)
		m.LineValues[v] = l.line
		prefix := fmt.Sprintf("choice_values: %q is the choice %s ", v, id)
		for k, g := range m.Guesses {
			if strings.HasPrefix(g, prefix) {
				m.Guesses[k] = fmt.Sprintf("line_values: %q is line %s: column %d %q names it %q on each of its rows, no candidate", v, l.line, l.col+1, trimHeader(header[l.col]), l.name)
			}
		}
		// (Nor is it kept as a choice "not available": notGivenText.)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
			return strings.HasPrefix(g, fmt.Sprintf("choice_values: %q, kept as the choice %s,", v, id))
		})
	}
}

// headerAgain says whether a row repeats the header row, cell for cell
// (files joined together, each with its header): two named cells at
// least.
func headerAgain(rec, header []string) bool {
	named := 0
	for i, h := range header {
		if h = trimHeader(h); h != "" {
			named++
		}
		if h != trimHeader(cellAt(rec, i)) {
			return false
		}
	}
	return named >= 2 && len(rec) <= len(header)+1
}

// headerRowsAgain leaves out the rows that repeat the header row (lines,
// read past): a count refuses such a row ("the row repeats the header
// row"), and a condition on the first named column whose header is no
// cell of its rows leaves them out, said in a guess.
func headerRowsAgain(m *Mapping, header []string, values []map[string]int, lines []int, guess func(string, ...any)) {
	if len(lines) == 0 {
		return
	}
	c := slices.IndexFunc(header, func(h string) bool { return trimHeader(h) != "" })
	for c >= 0 && c < len(header) && (trimHeader(header[c]) == "" || values[c][trimHeader(header[c])] > 0) {
		c++
	}
	if c < 0 || c >= len(header) {
		return
	}
	if m.Rows == nil {
		m.Rows = &RowFilter{}
	}
	h := trimHeader(header[c])
	m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: h}, Except: []string{h}})
	at := fmt.Sprintf("line %d repeats", lines[0])
	if len(lines) > 1 {
		at = fmt.Sprintf("%d lines repeat (the first %d)", len(lines), lines[0])
	}
	guess("rows: %s the header row (files joined together?): the draft read past it, and the mapping leaves it out (rows.where[%d]: column %d %q except %q), as a count refuses it; or delete it from the file", at, len(m.Rows.Where)-1, c+1, h, h)
}
