package totalrows

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// rowOf is a list-ballot manual-count protocol: figures are lines 0..k-1
// then votes; a negative k puts them all in votes.
func rowOf(id string, lines int, figs ...int64) *dense.Protocol {
	d := &dense.Protocol{Precinct: id, Ballot: election.ListBallot}
	for i, v := range figs {
		if i < lines {
			d.Lines = append(d.Lines, dense.Entry{Pos: int32(i), V: v})
		} else {
			d.Votes = append(d.Votes, dense.Entry{Pos: int32(i - lines), V: v})
		}
	}
	return d
}

func find(rows ...*dense.Protocol) []Total {
	var f Finder
	for i, r := range rows {
		f.Add(i+2, r, r.Precinct != "defined") // line 1 is the header
	}
	return rowsOnly(f.Totals())
}

// rowsOnly is ts without the ballot and count of each (TestTotalsBallot
// tests them): the tests of the rows found compare the rest.
func rowsOnly(ts []Total) []Total {
	for i := range ts {
		ts[i].Ballot, ts[i].Machine = "", false
	}
	return ts
}

// A total says the ballot and count whose sums it is in, and so does a
// row named a total that totals no rows.
func TestTotalsBallot(t *testing.T) {
	var f Finder
	rows := []*dense.Protocol{rowOf("1", 3, 100, 60, 40), rowOf("2", 3, 200, 130, 70), rowOf("T", 3, 300, 190, 110)}
	for i, r := range rows {
		r.Ballot, r.Machine = election.OkrugBallot, true
		f.Add(i+2, r, true)
	}
	named := rowOf("Total", 3, 7, 7, 0)
	f.AddNamed(5, named)
	want := []Total{{Line: 4, Precinct: "T", First: 2, Last: 3, Rows: 2, Ballot: election.OkrugBallot, Machine: true}}
	if got := f.Totals(); !reflect.DeepEqual(got, want) {
		t.Errorf("Totals %+v, want %+v", got, want)
	}
	wantNamed := []Total{{Line: 5, Precinct: "Total", Ballot: election.ListBallot, Row: named.Clone()}}
	if got := f.Counted(); !reflect.DeepEqual(got, wantNamed) {
		t.Errorf("Counted %+v, want %+v", got, wantNamed)
	}
}

func TestTotals(t *testing.T) {
	p1, p2, p3, p4 := rowOf("1", 0, 10, 6, 4), rowOf("2", 0, 20, 13, 7), rowOf("3", 0, 7, 3, 4), rowOf("4", 0, 5, 5, 0)
	sum := func(id string, rs ...*dense.Protocol) *dense.Protocol {
		s := rowOf(id, 0, 0, 0, 0)
		for _, r := range rs {
			for i := range r.Votes {
				s.Votes[i].V += r.Votes[i].V
			}
		}
		return s
	}
	tests := []struct {
		name string
		rows []*dense.Protocol
		want []Total
	}{
		{"no total", []*dense.Protocol{p1, p2, p3, p4}, nil},
		{"a total last", []*dense.Protocol{p1, p2, p3, p4, sum("Итого", p1, p2, p3, p4)},
			[]Total{{Line: 6, Precinct: "Итого", First: 2, Last: 5, Rows: 4}}},
		{"a total first", []*dense.Protocol{sum("Всего", p1, p2, p3, p4), p1, p2, p3, p4},
			[]Total{{Line: 2, Precinct: "Всего", First: 3, Last: 6, Rows: 4}}},
		{"a total in the middle", []*dense.Protocol{p1, p2, sum("T", p1, p2, p3, p4), p3, p4},
			[]Total{{Line: 4, Precinct: "T", First: 2, Last: 6, Rows: 4}}},
		{"subtotals, then the total", []*dense.Protocol{p1, p2, sum("S1", p1, p2), p3, p4, sum("S2", p3, p4), sum("T", p1, p2, p3, p4)},
			[]Total{{Line: 4, Precinct: "S1", First: 2, Last: 3, Rows: 2}, {Line: 7, Precinct: "S2", First: 5, Last: 6, Rows: 2},
				{Line: 8, Precinct: "T", First: 2, Last: 6, Rows: 4}}},
		{"the total first, then subtotals", []*dense.Protocol{sum("T", p1, p2, p3, p4), p1, p2, sum("S1", p1, p2), p3, p4, sum("S2", p3, p4)},
			[]Total{{Line: 2, Precinct: "T", First: 3, Last: 7, Rows: 4}, {Line: 5, Precinct: "S1", First: 3, Last: 4, Rows: 2},
				{Line: 8, Precinct: "S2", First: 6, Last: 7, Rows: 2}}},
		{"two levels", []*dense.Protocol{p1, p2, sum("D1", p1, p2), p3, p4, sum("D2", p3, p4), sum("R1", p1, p2, p3, p4),
			p1, p3, sum("D3", p1, p3), sum("R2", p1, p3), sum("T", p1, p2, p3, p4, p1, p3)},
			[]Total{{Line: 4, Precinct: "D1", First: 2, Last: 3, Rows: 2}, {Line: 7, Precinct: "D2", First: 5, Last: 6, Rows: 2},
				{Line: 8, Precinct: "R1", First: 2, Last: 6, Rows: 4}, {Line: 11, Precinct: "D3", First: 9, Last: 10, Rows: 2},
				{Line: 12, Precinct: "R2", First: 9, Last: 10, Rows: 2}, {Line: 13, Precinct: "T", First: 2, Last: 10, Rows: 6}}},
		{"subtotals before their rows, then the total", []*dense.Protocol{sum("S1", p1, p2), p1, p2, sum("S2", p3, p4), p3, p4, sum("T", p1, p2, p3, p4)},
			[]Total{{Line: 2, Precinct: "S1", First: 3, Last: 4, Rows: 2}, {Line: 5, Precinct: "S2", First: 6, Last: 7, Rows: 2},
				{Line: 8, Precinct: "T", First: 3, Last: 7, Rows: 4}}},
		{"subtotals in the middle of their rows, the total last: the sum three times the total", []*dense.Protocol{p1, sum("S1", p1, p2), p2, p3, sum("S2", p3, p4), p4, sum("T", p1, p2, p3, p4)},
			[]Total{{Line: 8, Precinct: "T", First: 2, Last: 7, Rows: 6, Times: 3}}},
		{"totals before their rows, two levels", []*dense.Protocol{sum("R", p1, p2, p3, p4), sum("D1", p1, p2), p1, p2, sum("D2", p3, p4), p3, p4},
			[]Total{{Line: 2, Precinct: "R", First: 4, Last: 8, Rows: 4}, {Line: 3, Precinct: "D1", First: 4, Last: 5, Rows: 2},
				{Line: 6, Precinct: "D2", First: 7, Last: 8, Rows: 2}}},
		{"totals before their rows, the larger district first", []*dense.Protocol{sum("R", p2, p1, p3, p4, p1), sum("D1", p2, p1, p3), p2, p1, p3, sum("D2", p4, p1), p4, p1},
			[]Total{{Line: 2, Precinct: "R", First: 4, Last: 9, Rows: 5}, {Line: 3, Precinct: "D1", First: 4, Last: 6, Rows: 3},
				{Line: 7, Precinct: "D2", First: 8, Last: 9, Rows: 2}}},
		// A row before one row of its own, as a protocol given twice under
		// two precincts, is no total: the region is found, as the total of
		// the rows up to that one.
		{"a district of one precinct before it", []*dense.Protocol{sum("R", p2, p1, p3, p4), sum("D1", p2, p1, p3), p2, p1, p3, sum("D2", p4), p4},
			[]Total{{Line: 2, Precinct: "R", First: 4, Last: 7, Rows: 4}, {Line: 3, Precinct: "D1", First: 4, Last: 6, Rows: 3}}},
		{"two regions before their districts before their precincts", []*dense.Protocol{
			sum("R1", p1, p2, p3, p4), sum("D1", p1, p2), p1, p2, sum("D2", p3, p4), p3, p4,
			sum("R2", p2, p4, p3, p1), sum("D3", p2, p4), p2, p4, sum("D4", p3, p1), p3, p1},
			[]Total{{Line: 2, Precinct: "R1", First: 4, Last: 8, Rows: 4}, {Line: 3, Precinct: "D1", First: 4, Last: 5, Rows: 2},
				{Line: 6, Precinct: "D2", First: 7, Last: 8, Rows: 2}, {Line: 9, Precinct: "R2", First: 11, Last: 15, Rows: 4},
				{Line: 10, Precinct: "D3", First: 11, Last: 12, Rows: 2}, {Line: 13, Precinct: "D4", First: 14, Last: 15, Rows: 2}}},
		{"a precinct the definition lists is no total", []*dense.Protocol{p1, p2, sum("defined", p1, p2)}, nil},
		{"one row is no subtotal", []*dense.Protocol{p3, p3, p4}, nil},
		{"two rows are no total", []*dense.Protocol{p1, p1}, nil},
		{"zeros are no total", []*dense.Protocol{rowOf("1", 0, 0, 0, 0), rowOf("2", 0, 0, 0, 0), rowOf("3", 0, 0, 0, 0)}, nil},
		{"one figure is no total", []*dense.Protocol{rowOf("1", 0, 1), rowOf("2", 0, 2), rowOf("3", 0, 3)}, nil},
		{"a figure the row lacks", []*dense.Protocol{p1, p2, rowOf("S", 0, 30, 19)}, nil},
	}
	for _, tt := range tests {
		if got := find(tt.rows...); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// Rows that give no votes are compared on their lines; a district where
// only two parties got votes is compared on its lines too.
func TestTotalsOfLines(t *testing.T) {
	got := find(rowOf("1", 3, 100, 60, 40), rowOf("2", 3, 200, 130, 70), rowOf("T", 3, 300, 190, 110))
	want := []Total{{Line: 4, Precinct: "T", First: 2, Last: 3, Rows: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%+v, want %+v", got, want)
	}
	got = find(rowOf("1", 2, 100, 60, 40, 0), rowOf("2", 2, 200, 130, 50, 20), rowOf("T", 2, 300, 190, 90, 20))
	if len(got) != 1 || got[0].Line != 4 {
		t.Errorf("two parties with votes: %+v", got)
	}
}

// Ballots and counts are apart: an okrug row is no total of list rows.
func TestTotalsByBallotAndCount(t *testing.T) {
	p1, p2 := rowOf("1", 0, 10, 6, 4), rowOf("2", 0, 20, 13, 7)
	okrug, machine := rowOf("S", 0, 30, 19, 11), rowOf("S", 0, 30, 19, 11)
	okrug.Ballot, machine.Machine = election.OkrugBallot, true
	if got := find(p1, p2, okrug, machine); got != nil {
		t.Errorf("%+v, want none", got)
	}
}

// Rows of real-looking figures are never taken for totals, and a total
// planted anywhere, or a subtotal of the first two rows or more right
// after them, is always found.
func TestTotalsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 300 {
		rows := make([]*dense.Protocol, 3+r.IntN(40))
		for i := range rows {
			figs := make([]int64, 8)
			for j := range figs {
				figs[j] = int64(r.IntN(1500))
			}
			rows[i] = rowOf("p", 3, figs...)
		}
		if got := find(rows...); got != nil {
			t.Fatalf("case %d: %+v in rows without a total", n, got)
		}
		total := rowOf("T", 3, make([]int64, 8)...)
		a := 0
		b := 2 + r.IntN(len(rows)-1)
		for _, x := range rows[a:b] {
			for s, es := range [2][]dense.Entry{x.Lines, x.Votes} {
				for i, e := range es {
					[2][]dense.Entry{total.Lines, total.Votes}[s][i].V += e.V
				}
			}
		}
		sub := append(append(append([]*dense.Protocol(nil), rows[:b]...), total), rows[b:]...)
		if got := find(sub...); len(got) < 1 || got[0].Line != b+2 || got[0].First != a+2 || got[0].Rows != b-a {
			t.Fatalf("case %d: subtotal of rows %d-%d at %d: found %+v", n, a, b-1, b, got)
		}
		if a == 0 && b == len(rows) {
			continue
		}
		grand := rowOf("G", 3, make([]int64, 8)...)
		for _, x := range rows {
			for i, e := range x.Lines {
				grand.Lines[i].V += e.V
			}
			for i, e := range x.Votes {
				grand.Votes[i].V += e.V
			}
		}
		at := r.IntN(len(rows) + 1)
		with := append(append(append([]*dense.Protocol(nil), rows[:at]...), grand), rows[at:]...)
		if got := find(with...); len(got) != 1 || got[0].Line != at+2 || got[0].Rows != len(rows) {
			t.Fatalf("case %d: total at %d: found %+v", n, at, got)
		}
	}
}

func TestNilAndZero(t *testing.T) {
	var f *Finder
	f.Add(1, rowOf("1", 0, 1, 2), true)
	if f.Totals() != nil {
		t.Error("a nil Finder found totals")
	}
	var z Finder
	z.Add(1, nil, true)
	z.Add(2, &dense.Protocol{Ballot: "other"}, true)
	if z.Totals() != nil {
		t.Error("found totals in nothing")
	}
}

// Files of random precincts under totals before their rows, a region's
// row before its districts' rows, each before its precincts, give each
// total with its block; the same precincts alone give none, and neither
// do precincts with figures below 0.
func TestTotalsBeforeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	figs := func(neg bool) []int64 {
		f := make([]int64, 8)
		for j := range f {
			f[j] = int64(r.IntN(1500))
			if neg && r.IntN(4) == 0 {
				f[j] = -f[j]
			}
		}
		return f
	}
	total := func(id string, rows []*dense.Protocol) *dense.Protocol {
		t := rowOf(id, 3, make([]int64, 8)...)
		for _, x := range rows {
			for i, e := range x.Lines {
				t.Lines[i].V += e.V
			}
			for i, e := range x.Votes {
				t.Votes[i].V += e.V
			}
		}
		return t
	}
	for n := range 300 {
		var file, precincts []*dense.Protocol
		var want []Total
		regions := 1 + r.IntN(3)
		for range regions {
			at := len(file)
			file = append(file, nil) // the region's row, once its precincts are known
			var inRegion []*dense.Protocol
			first := 0
			for range 1 + r.IntN(4) {
				dAt := len(file)
				file = append(file, nil)
				var inDistrict []*dense.Protocol
				for range 2 + r.IntN(5) {
					p := rowOf("p", 3, figs(false)...)
					file = append(file, p)
					inDistrict = append(inDistrict, p)
				}
				file[dAt] = total("D", inDistrict)
				want = append(want, Total{Line: dAt + 2, Precinct: "D", First: dAt + 3, Last: len(file) + 1, Rows: len(inDistrict)})
				if first == 0 {
					first = dAt + 3
				}
				inRegion = append(inRegion, inDistrict...)
			}
			file[at] = total("R", inRegion)
			want = append(want, Total{Line: at + 2, Precinct: "R", First: first, Last: len(file) + 1, Rows: len(inRegion)})
			precincts = append(precincts, inRegion...)
		}
		slices.SortStableFunc(want, func(a, b Total) int { return a.Line - b.Line })
		if regions == 1 { // the region's row is the grand total too
			want[0].Precinct = "R"
		}
		if got := find(file...); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: found %+v, want %+v", n, got, want)
		}
		if got := find(precincts...); got != nil {
			t.Fatalf("case %d: %+v in precincts alone", n, got)
		}
		var neg []*dense.Protocol
		for range 3 + r.IntN(40) {
			neg = append(neg, rowOf("p", 3, figs(true)...))
		}
		if got := find(neg...); got != nil {
			t.Fatalf("case %d: %+v in precincts with figures below 0", n, got)
		}
	}
}

// Rows given in the buffers of Next, the list and okrug ballots' rows
// interleaved and some rows given in the caller's own, give the totals of
// the same rows given as they are.
func TestNextKeepsRows(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	p := func() *dense.Protocol {
		f := make([]int64, 6)
		for j := range f {
			f[j] = int64(1 + r.IntN(900))
		}
		return rowOf("p", 2, f...)
	}
	for n := range 200 {
		var rows []*dense.Protocol
		for range 2 + r.IntN(5) {
			at := len(rows)
			rows = append(rows, nil)
			var block []*dense.Protocol
			for range 2 + r.IntN(4) {
				block = append(block, p())
			}
			rows = append(rows, block...)
			t := rowOf("D", 2, make([]int64, 6)...)
			for _, x := range block {
				for i := range x.Lines {
					t.Lines[i].V += x.Lines[i].V
				}
				for i := range x.Votes {
					t.Votes[i].V += x.Votes[i].V
				}
			}
			rows[at] = t
		}
		for _, x := range rows {
			if r.IntN(3) == 0 {
				x.Ballot = election.OkrugBallot
			}
		}
		want := find(rows...)
		var f Finder
		for i, x := range rows {
			d := f.Next()
			if r.IntN(4) == 0 {
				d = new(dense.Protocol) // a row of the caller's own, among Next's
			}
			d.Precinct, d.Ballot, d.Machine = x.Precinct, x.Ballot, x.Machine
			d.Lines = append(d.Lines[:0], x.Lines...)
			d.Votes = append(d.Votes[:0], x.Votes...)
			f.Add(i+2, d, true)
		}
		if got := rowsOnly(f.Totals()); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: through Next %+v, as given %+v", n, got, want)
		}
	}
}
