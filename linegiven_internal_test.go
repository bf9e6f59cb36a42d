package shailoo

import (
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// TestLineGivenByRuns: the protocols that give each line of the form
// (Totals.Lines' Given) are counted per run of protocols that give the
// same lines, and come out as counted line by line: runs broken by a
// protocol of other lines, by one that gives a line past position 63 or
// the same line twice (counted line by line), by a merge and at the end.
func TestLineGivenByRuns(t *testing.T) {
	formAt := make([]int16, 70)
	for i := range formAt {
		formAt[i] = -1
	}
	formAt[0], formAt[3], formAt[5], formAt[66] = 0, 1, 2, 3 // form: positions 0, 3, 5, 66; 1 is not on it
	p := &pipeline{form: make([]election.Line, 4), formAt: formAt, turnout: [3]int32{0, 3, 5}}
	protocol := func(pos ...int32) *dense.Protocol {
		d := &dense.Protocol{Ballot: election.ListBallot}
		for _, x := range pos {
			d.Lines = append(d.Lines, dense.Entry{Pos: x, V: 1})
		}
		return d
	}
	ps := []*dense.Protocol{
		protocol(0, 3, 5), protocol(0, 3, 5), protocol(0, 3, 5, 1), protocol(0, 3, 5, 1),
		protocol(0, 66), protocol(0, 3), protocol(3, 3), protocol(0, 3), protocol(0, 3, 5),
	}
	want := make([]int, 4)
	for _, d := range ps {
		for _, e := range d.Lines {
			if formAt[e.Pos] >= 0 {
				want[formAt[e.Pos]]++
			}
		}
	}
	var l baseLack
	for i, d := range ps {
		p.checkTurnout(d, nil, &l, givenLines(d))
		if i == 1 && l.runN[0] != 2 {
			t.Fatalf("after two protocols alike: a run of %d", l.runN[0])
		}
		if i == 4 {
			var m baseLack // a Tally's merge of the protocols so far
			m.merge(&l)
		}
	}
	l.flush(0)
	if !slices.Equal(l.lineGiven[0], want) || l.counted[0] != len(ps) {
		t.Errorf("given %v of %d protocols, want %v of %d", l.lineGiven[0], l.counted[0], want, len(ps))
	}
}

// givesLine answers as a search of the protocol's lines, below position
// 64 and past it.
func TestGivesLine(t *testing.T) {
	d := &dense.Protocol{Lines: []dense.Entry{{Pos: 0}, {Pos: 63}, {Pos: 66}, {Pos: 7}}}
	given := givenLines(d)
	for pos := int32(0); pos < 70; pos++ {
		want := slices.ContainsFunc(d.Lines, func(e dense.Entry) bool { return e.Pos == pos })
		if got := givesLine(d, given, pos); got != want {
			t.Errorf("line %d: %v, want %v", pos, got, want)
		}
	}
}
