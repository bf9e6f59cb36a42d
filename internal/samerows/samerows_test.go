package samerows

import (
	"reflect"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

func rowOf(id string, ballot election.BallotKind, lines []int64, votes ...int64) *dense.Protocol {
	d := &dense.Protocol{Precinct: id, Ballot: ballot}
	for i, v := range lines {
		d.Lines = append(d.Lines, dense.Entry{Pos: int32(i), V: v})
	}
	for i, v := range votes {
		d.Votes = append(d.Votes, dense.Entry{Pos: int32(i), V: v})
	}
	return d
}

func TestCopies(t *testing.T) {
	ok := election.OkrugBallot
	dakar := []int64{663021, 456107, 2829, 453278}
	dv := []int64{212355, 115612, 101003, 5646, 18662}
	other := rowOf("G", ok, []int64{195332, 134316, 724, 133592}, 65174, 35646, 24243, 1977, 6552)
	tests := []struct {
		name string
		rows []*dense.Protocol
		want []Copy
	}{
		{"none", []*dense.Protocol{rowOf("D", ok, dakar, dv...), other}, nil},
		{"a copy under another ID", []*dense.Protocol{rowOf("D", ok, dakar, dv...), other, rowOf("D2", ok, dakar, dv...)},
			[]Copy{{Line: 4, Of: 2, Precinct: "D2", Ballot: ok, MaxVote: 212355}}},
		{"three times: each later row names the first", []*dense.Protocol{rowOf("t1", ok, dakar, dv...), rowOf("t2", ok, dakar, dv...), rowOf("t3", ok, dakar, dv...)},
			[]Copy{{Line: 3, Of: 2, Precinct: "t2", Ballot: ok, MaxVote: 212355}, {Line: 4, Of: 2, Precinct: "t3", Ballot: ok, MaxVote: 212355}}},
		{"one precinct twice is X207's", []*dense.Protocol{rowOf("D", ok, dakar, dv...), rowOf("D", ok, dakar, dv...)}, nil},
		{"another ballot", []*dense.Protocol{rowOf("D", ok, dakar, dv...), rowOf("D2", election.ListBallot, dakar, dv...)}, nil},
		{"a 0 is an empty cell", []*dense.Protocol{rowOf("D", ok, append(dakar, 0), dv...), rowOf("D2", ok, dakar, dv...)},
			[]Copy{{Line: 3, Of: 2, Precinct: "D2", Ballot: ok, MaxVote: 212355}}},
		// +1, -2 and +1 at three places in a row: a digest by keys in a
		// progression (place × a constant) would take them for one.
		{"figures that differ by +1, -2, +1", []*dense.Protocol{rowOf("D", ok, dakar, dv...), rowOf("D2", ok, []int64{663021 + 1, 456107 - 2, 2829 + 1, 453278}, dv...)}, nil},
		{"one figure differs", []*dense.Protocol{rowOf("D", ok, dakar, dv...), rowOf("D2", ok, dakar, 212355, 115612, 101003, 5646, 18663)}, nil},
		// 3 distinct values (12, 10, 2): a small precinct's row may be
		// another's by chance.
		{"too few distinct figures", []*dense.Protocol{rowOf("a", ok, []int64{12, 12, 12}, 10, 2), rowOf("b", ok, []int64{12, 12, 12}, 10, 2)}, nil},
		// 4 distinct values of 9 digits: below MinDigits.
		{"too few digits", []*dense.Protocol{rowOf("a", ok, []int64{120, 11}, 10, 12), rowOf("b", ok, []int64{120, 11}, 10, 12)}, nil},
		// 4 distinct values of 10 digits, two votes of 10: at the bounds, said.
		{"at the bound", []*dense.Protocol{rowOf("a", ok, []int64{1200, 11}, 10, 12), rowOf("b", ok, []int64{1200, 11}, 10, 12)},
			[]Copy{{Line: 3, Of: 2, Precinct: "b", Ballot: ok, MaxVote: 12}}},
		{"one vote of 10 or more", []*dense.Protocol{rowOf("a", ok, []int64{1200, 11}, 9, 120), rowOf("b", ok, []int64{1200, 11}, 9, 120)}, nil},
		// Russia 2011, Dagestan's precincts 1680 and 1693: ten figures
		// alike, 69 of 72 votes for one party.
		{"near-unanimous", []*dense.Protocol{rowOf("1680", ok, []int64{103, 73, 72, 1, 72, 72, 3}, 69, 3), rowOf("1693", ok, []int64{103, 73, 72, 1, 72, 72, 3}, 69, 3)}, nil},
		{"zeros", []*dense.Protocol{rowOf("a", ok, []int64{0, 0}, 0), rowOf("b", ok, []int64{0, 0}, 0)}, nil},
	}
	for _, tt := range tests {
		var f Finder
		for i, d := range tt.rows {
			f.Add(i+2, d, -1)
		}
		if got := f.Copies(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// Many rows, few copies far apart: the filter grows past its first size
// and each copy is found with the first row of its figures, if its
// figures hold the digits the file's size asks for (digitsFor).
func TestCopiesMany(t *testing.T) {
	var f Finder
	var rows []*dense.Protocol
	for i := range 20000 {
		rows = append(rows, rowOf(string(rune('A'+i%26))+string(rune(i)), election.OkrugBallot, []int64{int64(100000 + i), int64(90000 + i%97)}, int64(50000+i%89), int64(30000+i%83)))
	}
	rows = append(rows, rowOf("copy1", election.OkrugBallot, []int64{100007, 90007}, 50007, 30007)) // row 7, line 9
	rows = append(rows, rowOf("copy2", election.OkrugBallot, []int64{119999, 90000 + 19999%97}, 50000+19999%89, 30000+19999%83))
	// 20,002 rows ask for 18 digits: a copy of 4 figures of 4 digits each is
	// not said.
	rows = append(rows, rowOf("small1", election.OkrugBallot, []int64{1234, 5678}, 4321, 8765), rowOf("small2", election.OkrugBallot, []int64{1234, 5678}, 4321, 8765))
	for i, d := range rows {
		f.Add(i+2, d, i)
	}
	got := f.Copies()
	if len(got) != 2 || got[0].Of != 9 || got[0].Line != 20002 || got[1].Of != 20001 || got[1].Line != 20003 {
		t.Errorf("%+v, want rows 20002 and 20003 copies of 9 and 20001", got)
	}
}

func TestNil(t *testing.T) {
	var f *Finder
	f.Add(2, rowOf("a", election.OkrugBallot, []int64{1}), -1)
	if f.Copies() != nil {
		t.Error("a nil Finder finds copies")
	}
	var z Finder
	z.Add(2, nil, -1)
	if z.Copies() != nil {
		t.Error("a nil row is a copy")
	}
}

func TestDigitsFor(t *testing.T) {
	for rows, want := range map[int]int{0: MinDigits, 1: MinDigits, 45: 12, 95000: 18, 1000000: 22} {
		if got := digitsFor(rows); got != want {
			t.Errorf("digitsFor(%d) = %d, want %d", rows, got, want)
		}
	}
}
