package ingest

import (
	"bytes"
	"fmt"
	"slices"
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
	where int // its condition in rows.where
	idx   int // 0-based column in the file
	col   Column
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
		read := false
		for j := range s.fields {
			f := &s.fields[j]
			if f.idx == w.idx && !((f.kind == fPrecinct || f.kind == fKey) && f.okpart == 0) {
				read = true
			}
		}
		if !read && !slices.ContainsFunc(cols, func(c contestCol) bool { return c.idx == w.idx }) {
			cols = append(cols, contestCol{where: i, idx: w.idx, col: s.m.Rows.Where[i].Column})
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
				o.choices[t] = append(o.choices[t], string(row.choiceCell))
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
	s := lr.s
	name := cc.col.String()
	if h := trimHeader(cc.col.Header); h != "" {
		name = echo.Quote(h)
	}
	say := func(t int) string {
		more := ""
		if n[t] > len(o.choices[t]) {
			more = fmt.Sprintf(" and %d more", n[t]-len(o.choices[t]))
		}
		qs := make([]string, len(o.choices[t]))
		for i, ch := range o.choices[t] {
			qs[i] = echo.Quote(ch)
		}
		return fmt.Sprintf("%s (from line %d: %s%s)", echo.Quote(o.texts[t]), o.lines[t], strings.Join(qs, ", "), more)
	}
	others := ""
	if k := len(o.texts) - 2; k > 0 {
		others = fmt.Sprintf(" (and %d more text(s))", k)
	}
	place := "okrug " + echo.Quote(okrug)
	if okrug == "" {
		place = "the okrug (the file names none)"
	}
	one := fmt.Sprintf(`count one contest's rows alone, "rows": {"where": [{"column": %s, "values": [%s]}]}`, columnsJSON([]Column{cc.col}), strconv.Quote(o.texts[a]))
	fix := "C" + one[1:]
	if m := s.m; m.Okrug != nil {
		okCols := append([]Column{cc.col}, columnsOfKey(*m.Okrug)...)
		prCols := columnsOfKey(m.Precinct)
		if !slices.ContainsFunc(prCols, func(p Column) bool { return sameColumn(p, cc.col) }) {
			prCols = append([]Column{cc.col}, prCols...)
		}
		fix = fmt.Sprintf(`If each text is a contest of its own, name the okrug by both columns, "okrug": {"columns": [%s]}, and a precinct's protocol by its contest too, "precinct": {"columns": [%s]}; or %s`, columnsJSON(okCols), columnsJSON(prCols), one)
	}
	err := fmt.Errorf("%w: %s: column %s gives two texts, %s and %s%s, each with its own choices, none given under both: the row filter keeps both, and the okrug's candidates would be those of two contests, one of them elected. %s",
		ErrContests, place, name, say(a), say(b), others, fix)
	pe := &ParseError{File: s.file, Line: o.lines[b], Column: cc.idx + 1, Field: fmt.Sprintf("rows.where[%d].column", cc.where), Header: cc.col.Header, Err: err}
	if s.turn != nil {
		s.turn.place(pe, cc.idx)
	}
	return pe
}

// columnsOfKey returns the columns of a key: its Columns, or the column.
func columnsOfKey(c Column) []Column {
	if len(c.Columns) > 0 {
		return c.Columns
	}
	return []Column{c}
}

// sameColumn says whether two columns of a mapping name one column.
func sameColumn(a, b Column) bool {
	return trimHeader(a.Header) == trimHeader(b.Header) && a.Index == b.Index
}
