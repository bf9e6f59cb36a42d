package parts

import (
	"testing"

	"github.com/shailoo/shailoo/election"
)

// Three parts of one protocol: a figure one part gives is the protocol's,
// one given alike is one figure, one given differently is left out and
// said once, naming the row that gave the figure first (a later part's
// when the first part did not give it), and stays out whatever a later
// part says.
func TestJoin(t *testing.T) {
	var j Figures
	p := &election.Protocol{Lines: map[election.Line]int64{election.Voters: 100}}
	type said struct {
		name     string
		got, had int64
		earlier  Row
	}
	var got []said
	join := func(q *election.Protocol, row Row) {
		j.Join(p, q, 0, row, func() Row { return Row{"a.csv", 2} }, func(name string, g, h int64, earlier Row) {
			got = append(got, said{name, g, h, earlier})
		})
	}
	join(&election.Protocol{Lines: map[election.Line]int64{election.Voters: 100, election.Valid: 90}, Votes: map[string]int64{"x": 50}}, Row{"b.csv", 3})
	join(&election.Protocol{Lines: map[election.Line]int64{election.Valid: 91}, Votes: map[string]int64{"x": 50, "y": 40}}, Row{"c.csv", 4})
	join(&election.Protocol{Lines: map[election.Line]int64{election.Valid: 90}}, Row{"d.csv", 5})
	if len(got) != 1 || got[0] != (said{"lines.valid", 91, 90, Row{"b.csv", 3}}) {
		t.Errorf("said %+v, want valid 91 against b.csv's 90 once", got)
	}
	if _, ok := p.Lines[election.Valid]; ok || p.Lines[election.Voters] != 100 || p.Votes["x"] != 50 || p.Votes["y"] != 40 {
		t.Errorf("protocol %+v: want voters 100, valid left out, x 50, y 40", p)
	}
}
