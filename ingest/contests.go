package ingest

import (
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
// the second text and the fix, the okrug named by both columns (the
// precinct's key then needs the column too: samePrecinct says so). Choices
// given under each text (a vote mode: election day, absentee) are parts
// of one contest; a text that gives one choice alone (a write-in's row)
// is not taken for a contest.
//
// A file may hold the rows of two contests with no row filter at all (a
// cut of the U.S. House and State Senate rows), or one of them a race of
// one candidate: a column whose header names each row's contest (office,
// contest, race: contestWords) is followed too, filter or not, and where
// two of its texts come in one precinct of the okrug, a text of one
// choice (an uncontested race; not a write-in's, PooledName) is a contest
// of its own.

// contestState follows the row filter's columns in each okrug.
type contestState struct {
	cols []contestCol
}

// contestCol is a column of the row filter that may keep two texts, and
// what each okrug's rows gave under it.
type contestCol struct {
	where  int // its condition in rows.where; -1: a contest's column no filter names
	idx    int // 0-based column in the file
	col    Column
	named  bool // its header names a contest (contestWords)
	okrugs map[string]*contestOkrug
}

// contestOkrug is what an okrug's rows gave under one column: its texts
// in the order of their first row, each with that row's line and the
// choices given under it (quoted, the first few); slots maps a vote slot
// to the text it is given under. shared: a choice is given under two
// texts, one contest (what was kept is dropped, and no row is followed
// further: a precinct's column kept but for "Total" settles so at its
// second precinct).
type contestOkrug struct {
	texts   []string
	lines   []int
	choices [][]string
	slots   map[int]int
	shared  bool
	// Of a named column: at gives the text of each precinct's first
	// row, until two texts come in one precinct (mixed); lone says of
	// each text whether its first choice is a candidate's (not
	// PooledName's write-ins).
	at    map[string]int
	mixed bool
	lone  []bool
}

// contestWords name, as a word of its header, a column of each row's
// contest: "office" (OpenElections), "contest", "race", the Spanish
// "cargo"; not "election", a part of "election_day" (a vote mode's
// figures) and "election_result" (the outcome, ELECTED or NOT ELECTED).
var contestWords = []string{"office", "contest", "race", "cargo"}

// maxContestChoices is the number of a text's choices kept to be named.
const maxContestChoices = 4

// contestsInit binds the contest columns once the fields are: those of
// the row filter that keep two texts or more (values of two, or except),
// and the columns whose header names a contest, that no field reads but
// a precinct's (or a choice's, of a name joined with its office).
func (lr *longReader) contestsInit() {
	lr.contestsKnown = true
	s := lr.s
	read := func(idx int, choice bool) bool {
		for j := range s.fields {
			if f := &s.fields[j]; f.idx == idx && (f.okpart > 0 || f.kind != fPrecinct && f.kind != fKey && (!choice || f.kind != fChoice)) {
				return true
			}
		}
		return false
	}
	named := func(h string) bool {
		h = strings.ToLower(h)
		for _, w := range contestWords {
			for i, j := 0, 0; j >= 0; i += j + 1 {
				if j = strings.Index(h[i:], w); j >= 0 && (i+j == 0 || !asciiLetter(h[i+j-1])) && (i+j+len(w) == len(h) || !asciiLetter(h[i+j+len(w)])) {
					return true
				}
			}
		}
		return false
	}
	var cols []contestCol
	var seen []int // the filter's columns followed, or that keep one text
	if s.m.Rows != nil && len(s.where) == len(s.m.Rows.Where) {
		for i := range s.where {
			w := &s.where[i]
			if !w.except && len(w.values) < 2 {
				seen = append(seen, w.idx)
			} else if !read(w.idx, false) {
				cols = append(cols, contestCol{where: i, idx: w.idx, col: s.m.Rows.Where[i].Column, named: w.idx < len(lr.header) && named(lr.header[w.idx]), okrugs: map[string]*contestOkrug{}})
				seen = append(seen, w.idx)
			}
		}
	}
	for i, h := range lr.header {
		if !s.m.NoHeader && named(h) && !read(i, true) && !slices.Contains(seen, i) {
			cols = append(cols, contestCol{where: -1, idx: i, col: Column{Header: trimHeader(h)}, named: true, okrugs: map[string]*contestOkrug{}})
		}
	}
	if len(cols) > 0 {
		lr.contests = &contestState{cols: cols}
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
	var cells [][]byte
	if cells = row.rec; cells == nil {
		cells = (&recentRow{raw: true, buf: row.raw}).split(lr.s.delimiter())
	}
	for k := range c.cols {
		cc := &c.cols[k]
		o := cc.okrugs[row.Precinct.Okrug]
		if o == nil {
			o = &contestOkrug{slots: map[int]int{}}
			cc.okrugs[row.Precinct.Okrug] = o
		}
		if o.shared || cc.idx >= len(cells) {
			continue
		}
		cell := string(trimBytes(cells[cc.idx]))
		t := slices.Index(o.texts, cell) // (few: a second text that shares a choice settles it)
		if t < 0 {
			t = len(o.texts)
			o.texts, o.lines, o.choices = append(o.texts, cell), append(o.lines, row.Line), append(o.choices, nil)
			o.lone = append(o.lone, !PooledName(string(row.choiceCell)))
		}
		if cc.named && !o.mixed {
			if o.at == nil {
				o.at = map[string]int{}
			}
			if had, ok := o.at[row.Precinct.ID]; !ok {
				o.at[row.Precinct.ID] = t
			} else if had != t {
				o.mixed, o.at = true, nil
			}
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

// contestsCheck returns the error of the first okrug (by the line of its
// second text) that holds two contests, or nil.
func (lr *longReader) contestsCheck() *ParseError {
	c := lr.contests
	if c == nil {
		return nil
	}
	var worst *ParseError
	for k := range c.cols {
		for okrug, o := range c.cols[k].okrugs {
			if o.shared {
				continue
			}
			n := make([]int, len(o.texts))
			for _, t := range o.slots {
				n[t]++
			}
			a := -1 // the first text of two choices or more (or of one, an uncontested race)
			for b := range o.texts {
				if n[b] < 2 && (n[b] == 0 || !o.mixed || !o.lone[b]) {
					continue
				}
				if a < 0 {
					a = b
					continue
				}
				if worst == nil || o.lines[b] < worst.Line {
					worst = lr.contestsError(&c.cols[k], okrug, o, a, b, n)
				}
				break
			}
		}
	}
	return worst
}

// contestsError says that okrug holds the contests of texts a and b of
// column cc, at the first row of b, with the fix.
func (lr *longReader) contestsError(cc *contestCol, okrug string, o *contestOkrug, a, b int, n []int) *ParseError {
	key := []Column{cc.col}
	if ok := lr.s.m.Okrug; ok != nil {
		if key = append(key, ok.Columns...); len(ok.Columns) == 0 {
			key = append(key, *ok)
		}
	}
	col := columnsJSON(key[:1])
	field, keeps := "okrug", "the rows give both"
	if cc.where >= 0 {
		field, keeps = "rows.where["+strconv.Itoa(cc.where)+"].column", "the row filter keeps both"
	}
	err := fmt.Errorf(`%w: okrug %s: column %s gives %q (from line %d, %d choices: %s) and %q (%d choices: %s), none given under both: %s, and the okrug's candidates would be those of two contests, one of them elected. If each is a contest of its own, name the okrug by both columns, "okrug": {"columns": [%s]} (and a precinct's protocol too); or count one contest's rows alone, "rows": {"where": [{"column": %s, "values": [%q]}]}`,
		ErrContests, echo.Quote(okrug), col, o.texts[a], o.lines[a], n[a], strings.Join(o.choices[a], ", "), o.texts[b], n[b], strings.Join(o.choices[b], ", "),
		keeps, columnsJSON(key), col, o.texts[a])
	return &ParseError{File: lr.s.file, Line: o.lines[b], Column: cc.idx + 1, Field: field, Header: cc.col.Header, Err: err}
}
