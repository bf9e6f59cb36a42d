package ingest

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// A file may repeat a figure on rows it is not a part of: Estonia's
// results give each candidate's row the party's total in the constituency
// (party_votes_const), the same on every row of the party. Summed
// ("choice_rows": "sum"), such a column counts each party's votes once per
// candidate. The long reader follows the groups of rows it sums (a
// protocol's rows for one choice): when every group of two or more rows
// gives one and the same figure in each of its rows, and one of them not
// 0, the figure is most likely a total repeated per row, and the count
// says so (Counts.SummedRepeat, finding I611). A group whose rows give
// two figures ends the watch: parts of one figure (vote modes) differ.

// SummedRepeat is a protocol of a long file whose rows for a choice
// "choice_rows": "sum" summed each give the same figure, when every group
// of rows summed in the file does (see Counts.SummedRepeat): its first two
// rows of the first such choice, the choice's cell text, the figure each
// gives, and the columns the two rows differ in (each its number and
// header, "2 candidate_nr"; the figure's apart), of the first protocol
// alone (nil for the others, and when the reader no longer held the
// first row).
type SummedRepeat struct {
	Lines    [2]int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Choice   string
	Figure   int64
	Columns  []string
}

// repeatGroup is a group of rows summed whose rows all gave first.
type repeatGroup struct {
	first Value
}

// repeatState follows the groups of rows summed.
type repeatState struct {
	groups  map[[2]int]repeatGroup // by protocol and slot: the groups of two rows or more
	off     bool                   // a group's rows gave two figures
	nonZero bool                   // a group's figure is not 0
	found   []SummedRepeat         // a protocol each, its first group
	protos  map[int]bool           // the protocols of found
}

// next follows the row of figure v that adds to the group of protocol i
// at slot, whose rows before gave had (the figure of one row when the
// group has one); first is that row's line.
func (lr *longReader) repeatNext(i, slot int, had, v Value, first int, row *Row) {
	r := &lr.repeat
	if r.off {
		return
	}
	k := [2]int{i, slot}
	g, ok := r.groups[k]
	if !ok {
		g = repeatGroup{first: had}
		if r.groups == nil {
			r.groups = map[[2]int]repeatGroup{}
		}
		r.groups[k] = g
	}
	if v != g.first {
		*r = repeatState{off: true}
		return
	}
	if v.OK && v.N != 0 {
		r.nonZero = true
	}
	if r.protos[i] {
		return
	}
	if r.protos == nil {
		r.protos = map[int]bool{}
	}
	r.protos[i] = true
	p := &lr.protos[i]
	var cols []string
	if len(r.found) == 0 { // (the finding names the first)
		cols = lr.columnsDiffer(first, row.Line)
	}
	r.found = append(r.found, SummedRepeat{Lines: [2]int{first, row.Line}, Precinct: p.precinct.ID, Ballot: p.ballot, Machine: p.machine,
		Choice: string(row.choiceCell), Figure: v.N, Columns: cols})
}

// repeated returns the protocols of rows summed that repeat a figure,
// when every group of rows summed does and one figure is not 0; nil
// otherwise.
func (lr *longReader) repeated() []SummedRepeat {
	if r := &lr.repeat; !r.off && r.nonZero {
		return r.found
	}
	return nil
}

// columnsDiffer names the columns the rows at lines first and second
// differ in, the figure's apart, each "N header"; nil when the reader no
// longer holds the first.
func (lr *longReader) columnsDiffer(first, second int) []string {
	var cols []string
	ds, _ := lr.differ(first, second, false)
	for _, d := range ds {
		if !d.fig {
			cols = append(cols, strings.TrimSpace(strconv.Itoa(d.idx+1)+" "+d.name))
		}
	}
	return cols
}

// SummedOver is a protocol of a long file some of whose choices' votes
// "choice_rows": "sum" summed from several rows, and whose votes, summed
// over its choices, are more than its voters on the list (its line
// voters): rows of two ballots or contests summed as parts of one figure
// give more votes than voters (South Africa's PR and Ward ballots of a
// voting district). Columns are those the file's first two rows summed
// differ in (see SummedRepeat). A caller that knows how many votes a
// ballot carries (a rule set's votes_per_ballot) compares Votes with
// that many times Voters (finding I612).
type SummedOver struct {
	Line     int
	Precinct string
	Ballot   election.BallotKind
	Machine  bool
	Votes    int64
	Voters   int64
	Columns  []string
}

// overVoters keeps protocol p (its lines and votes) when its votes are
// more than its voters on the list.
func (lr *longReader) overVoters(p *longProto, lines, votes []Value) {
	i := slices.Index(lr.layout.Lines, election.Voters)
	if i < 0 || !lines[i].OK {
		return
	}
	var sum int64
	for _, v := range votes {
		if v.OK && v.N > 0 {
			if sum+v.N < sum {
				return // past int64: another error says it
			}
			sum += v.N
		}
	}
	if sum > lines[i].N {
		lr.over = append(lr.over, SummedOver{Line: p.line, Precinct: p.precinct.ID, Ballot: p.ballot, Machine: p.machine, Votes: sum, Voters: lines[i].N, Columns: lr.sumCols})
	}
}
