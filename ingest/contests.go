package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Two contests under one okrug: a statewide file of OpenElections names
// U.S. House district 4 and State Senate district 4 by the same cell
// "4". A mapping whose okrug is the district column and whose row filter
// keeps both offices ("rows": {"where": [{"column": "office", "values":
// ["U.S. House", "State Senate"]}]}) puts the candidates of both into one
// okrug, which then elects one of them: nothing else in the rows tells.
//
// The reader follows, in each okrug of the okrug ballot, the cells of
// every column of the row filter that may keep two texts and that the
// mapping reads as nothing but a precinct's column (contestState). An
// okrug in which two texts of such a column each give votes of two
// choices at least, and no choice is given under two of them, holds two
// contests: the file is refused (ErrContests), naming the first row of
// the second text and the fix, the okrug named by both columns. Choices
// given under each text (a vote mode: election day, absentee) are parts
// of one contest; a text that gives one choice alone (a write-in's row)
// is not taken for a contest.

// contestState follows the row filter's columns in each okrug.
type contestState struct {
	cols   []contestCol
	okrugs map[contestKey]*contestOkrug
}

// contestCol is a column of the row filter that may keep two texts.
type contestCol struct {
	where    int // its condition in rows.where
	idx      int // 0-based column in the file
	col      Column
	precinct bool // a precinct's column reads it
}

type contestKey struct {
	col   int // in contestState.cols
	okrug string
}

// contestOkrug is what an okrug's rows gave under one column: its texts
// in the order of their first row (index maps each to its place), each
// with that row's line and the choices given under it; slots maps a vote
// slot to the text it is given under. shared: a choice is given under two
// texts, one contest (what was kept is dropped, and no row is followed
// further: a precinct's column kept but for "Total" settles so at its
// second precinct).
type contestOkrug struct {
	texts   []string
	index   map[string]int
	lines   []int
	choices [][]string
	slots   map[int]int
	shared  bool
}

// maxContestChoices is the number of a text's choices kept to be named.
const maxContestChoices = 4

// contestsInit binds the contest columns once the fields are: those of
// the row filter that keep two texts or more (values of two, or except)
// and that no field reads but a precinct's.
func (lr *longReader) contestsInit() {
	lr.contestsKnown = true
	s := lr.s
	if s.m.Rows == nil || len(s.where) != len(s.m.Rows.Where) {
		return
	}
	var cols []contestCol
	for i := range s.where {
		w := &s.where[i]
		if !w.except && len(w.values) < 2 {
			continue
		}
		read, precinct := false, false
		for j := range s.fields {
			if f := &s.fields[j]; f.idx == w.idx {
				own := f.okpart == 0 && (f.kind == fPrecinct || f.kind == fKey)
				precinct, read = precinct || own, read || !own
			}
		}
		if !read {
			cols = append(cols, contestCol{where: i, idx: w.idx, col: s.m.Rows.Where[i].Column, precinct: precinct})
		}
	}
	if len(cols) > 0 {
		lr.contests = &contestState{cols: cols, okrugs: map[contestKey]*contestOkrug{}}
	}
}

// contestNext notes the row's texts in the contest columns, for a vote
// slot of the okrug ballot.
func (lr *longReader) contestNext(row *Row, slot int) {
	if !lr.contestsKnown {
		lr.contestsInit()
	}
	c := lr.contests
	if c == nil || row.Ballot != election.OkrugBallot || !lr.vote(slot) {
		return
	}
	for k := range c.cols {
		cell, ok := lr.rowCell(row, c.cols[k].idx)
		if !ok {
			continue
		}
		key := contestKey{col: k, okrug: row.Precinct.Okrug}
		o := c.okrugs[key]
		if o == nil {
			o = &contestOkrug{index: map[string]int{}, slots: map[int]int{}}
			c.okrugs[key] = o
		}
		if o.shared {
			continue
		}
		t, ok := o.index[string(cell)]
		if !ok {
			t = len(o.texts)
			o.texts = append(o.texts, string(cell))
			o.index[o.texts[t]] = t
			o.lines = append(o.lines, row.Line)
			o.choices = append(o.choices, nil)
		}
		if had, ok := o.slots[slot]; !ok {
			o.slots[slot] = t
			if len(o.choices[t]) < maxContestChoices {
				o.choices[t] = append(o.choices[t], strconv.Quote(string(row.choiceCell)))
			}
		} else if had != t {
			*o = contestOkrug{shared: true}
		}
	}
}

// rowCell returns the trimmed cell of the row at column idx.
func (lr *longReader) rowCell(row *Row, idx int) ([]byte, bool) {
	if row.rec != nil {
		if idx >= len(row.rec) {
			return nil, false
		}
		return trimBytes(row.rec[idx]), true
	}
	if row.raw == nil {
		return nil, false
	}
	delim := lr.s.delimiter()
	if bytes.IndexByte(row.raw, '"') >= 0 {
		cells := (&recentRow{raw: true, buf: row.raw}).split(delim)
		if idx >= len(cells) {
			return nil, false
		}
		return cells[idx], true
	}
	line := row.raw
	for range idx {
		j := bytes.IndexByte(line, delim)
		if j < 0 {
			return nil, false
		}
		line = line[j+1:]
	}
	if j := bytes.IndexByte(line, delim); j >= 0 {
		line = line[:j]
	}
	return trimBytes(line), true
}

// contestsCheck returns the error of the first okrug (by the line of its
// second text) that holds two contests, or nil.
func (lr *longReader) contestsCheck() *ParseError {
	c := lr.contests
	if c == nil {
		return nil
	}
	var worst *ParseError
	for key, o := range c.okrugs {
		if o.shared || len(o.texts) < 2 {
			continue
		}
		n := make([]int, len(o.texts))
		for _, t := range o.slots {
			n[t]++
		}
		var two []int // the texts of two choices or more
		for t := range o.texts {
			if n[t] >= 2 {
				two = append(two, t)
			}
		}
		if len(two) < 2 {
			continue
		}
		pe := lr.contestsError(c.cols[key.col], key.okrug, o, two[0], two[1], n)
		if worst == nil || pe.Line < worst.Line {
			worst = pe
		}
	}
	return worst
}

// contestsError says that okrug holds the contests of texts a and b of
// column cc, at the first row of b, with the fix.
func (lr *longReader) contestsError(cc contestCol, okrug string, o *contestOkrug, a, b int, n []int) *ParseError {
	m := &lr.s.m
	key := []Column{cc.col}
	if m.Okrug != nil {
		key = append(key, columnsOfKey(*m.Okrug)...)
	}
	precinct := columnsOfKey(m.Precinct)
	if !cc.precinct {
		precinct = append([]Column{cc.col}, precinct...)
	}
	col := columnsJSON([]Column{cc.col})
	err := fmt.Errorf(`%w: okrug %s: column %s gives %q (from line %d, %d choices: %s) and %q (%d choices: %s), none given under both: the row filter keeps both, and the okrug's candidates would be those of two contests, one of them elected. If each is a contest of its own, name the okrug by both columns, "okrug": {"columns": [%s]}, and a precinct's protocol by its contest too, "precinct": {"columns": [%s]}; or count one contest's rows alone, "rows": {"where": [{"column": %s, "values": [%q]}]}`,
		ErrContests, echo.Quote(okrug), col, o.texts[a], o.lines[a], n[a], strings.Join(o.choices[a], ", "), o.texts[b], n[b], strings.Join(o.choices[b], ", "),
		columnsJSON(key), columnsJSON(precinct), col, o.texts[a])
	return &ParseError{File: lr.s.file, Line: o.lines[b], Column: cc.idx + 1, Field: "rows.where[" + strconv.Itoa(cc.where) + "].column", Header: cc.col.Header, Err: err}
}

// columnsOfKey returns the columns of a key: its Columns, or the column.
func columnsOfKey(c Column) []Column {
	if len(c.Columns) > 0 {
		return c.Columns
	}
	return []Column{c}
}
