package ingest

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/words"
)

// Parts of one figure are told apart by a text cell: a vote mode
// ("Election Day", "Absentee"), a ballot box's name. Rows of one choice
// of a protocol that "choice_rows": "sum" sums and that differ in numeric
// cells alone (the figure, a share, a row's number) are told apart by no
// such cell: most likely two people of one label (Delhi's 2015 file, two
// "Independent" candidates of NERELA, 218 and 191 votes, and their
// shares), or a total repeated under the choice. The long reader keeps
// them (Counts.SummedNumbers, finding I610), and counts the choice
// figures it summed from two rows or more (Counts.SummedFigures).

// SummedNumbers is a protocol of a long file two of whose rows for a
// choice, summed under "choice_rows": "sum", differ in numeric cells
// alone, one of them not the figure: the two rows' lines, the choice's
// cell text and ID (the mapping's, "" when not known), and the columns
// the rows differ in besides the figure (each its number and header,
// "6 Share15"). One entry a protocol and choice.
type SummedNumbers struct {
	Lines    [2]int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Choice   string
	ChoiceID string
	Columns  []string
}

// summedNext follows the row of protocol i that "choice_rows": "sum"
// adds to the choice's figure of slot, the first of whose rows is at line
// first: it counts the figure once (SummedFigures) and keeps the protocol
// and choice when the two rows differ in numeric cells alone.
func (lr *longReader) summedNext(i, slot, first int, row *Row) {
	k := [2]int{i, slot}
	if lr.summedFigs == nil {
		lr.summedFigs = map[[2]int]bool{}
	}
	if _, ok := lr.summedFigs[k]; ok {
		return
	}
	ds, ok := lr.differ(first, row.Line, false)
	if !ok {
		lr.summedFigs[k] = false
		return
	}
	var cols []string
	for _, d := range ds {
		if d.fig {
			continue
		}
		if !numericCell([]byte(d.a)) || !numericCell([]byte(d.b)) {
			lr.summedFigs[k] = false
			return
		}
		cols = append(cols, strings.TrimSpace(lr.columnText(d.idx)))
	}
	lr.summedFigs[k] = true
	if len(cols) == 0 {
		return // the figure alone: SummedAlike says it
	}
	p := &lr.protos[i]
	id := ""
	if n := len(lr.layout.Lines); slot >= n && slot < n+len(lr.layout.Votes) {
		id = lr.layout.Votes[slot-n]
	}
	lr.numbers = append(lr.numbers, SummedNumbers{Lines: [2]int{first, row.Line}, Precinct: p.precinct.ID, Ballot: p.ballot, Machine: p.machine,
		Choice: string(row.choiceCell), ChoiceID: id, Columns: cols})
}

// numericCell says whether cell, trimmed and unquoted, is a number: an
// optional sign, digits with "." or "," among them, an optional "%"; an
// empty cell is one too (a figure not given).
func numericCell(cell []byte) bool {
	c := bytes.TrimSpace(cell)
	if len(c) >= 2 && c[0] == '"' && c[len(c)-1] == '"' {
		c = bytes.TrimSpace(c[1 : len(c)-1])
	}
	if len(c) == 0 {
		return true
	}
	if c[0] == '-' || c[0] == '+' {
		c = c[1:]
	}
	c = bytes.TrimSuffix(c, []byte("%"))
	digits := false
	for _, b := range c {
		switch {
		case b >= '0' && b <= '9':
			digits = true
		case b == '.' || b == ',':
		default:
			return false
		}
	}
	return digits
}

// SummedNote returns the note (in English; words "note.summed_figures")
// that "choice_rows": "sum" summed the choice figures c counts in file
// from two rows or more, or "" for none: a count that sums rows says
// how many figures it made so.
func SummedNote(file string, c Counts) string {
	if c.SummedFigures == 0 {
		return ""
	}
	return words.Say("en", "note.summed_figures", words.Args{"file": file, "n": strconv.Itoa(c.SummedFigures)})
}
