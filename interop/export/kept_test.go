package export

import (
	"math"
	"slices"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// TestKeptReplay: the rows Kept keeps come back as they were given, file
// by file, in order: a defined precinct by its index, another with its own
// cells; every ballot and count; figures in a run, with gaps, in another
// order (a long file's), none; values of a byte, of two, and beyond
// (negative, the ends of int64). Keep allocates only its chunks. A row
// whose Index is not of a precinct of its ID is an error.
func TestKeptReplay(t *testing.T) {
	defined := []election.Precinct{{ID: "1", Region: "r", Okrug: "o"}, {ID: "2", Region: "r", Okrug: "o"}}
	l := ingest.Layout{Lines: make([]election.Line, 4), Votes: make([]string, 300), Preferences: make([]string, 2)}
	type fig struct {
		at int32
		n  int64
	}
	type row struct {
		index               int
		precinct            election.Precinct
		ballot              election.BallotKind
		machine             bool
		lines, votes, prefs []fig
	}
	rows := []row{
		{0, defined[0], election.ListBallot, false, []fig{{0, 1}, {1, 255}, {2, 0}, {3, 7}}, []fig{{0, 300}, {1, 65535}}, nil},
		{1, defined[1], election.OkrugBallot, true, []fig{{1, 70000}}, []fig{{200, 3}, {250, 4}, {299, 5}}, []fig{{1, 9}}},
		{-1, election.Precinct{ID: "9", Region: "x", Abroad: true}, election.OkrugBallot, false, nil, []fig{{5, -1}, {2, math.MaxInt64}, {7, math.MinInt64}}, nil},
		{-1, election.Precinct{ID: "9", Region: "x", Abroad: true}, "other", true, []fig{{3, 1 << 40}}, nil, nil},
		{-1, election.Precinct{ID: "8"}, election.ListBallot, false, nil, nil, nil},
		{0, defined[0], election.OkrugBallot, false, []fig{{2, 12}}, []fig{{100, 256}, {101, 1}}, []fig{{0, 1}, {1, 2}}},
	}
	ingestRow := func(r row) *ingest.Row {
		x := &ingest.Row{Index: r.index, Precinct: r.precinct, Ballot: r.ballot, Machine: r.machine,
			Lines: make([]ingest.Value, len(l.Lines)), Votes: make([]ingest.Value, len(l.Votes)), Preferences: make([]ingest.Value, len(l.Preferences))}
		for _, s := range []struct {
			figs    []fig
			vals    []ingest.Value
			present *[]int32
		}{{r.lines, x.Lines, &x.PresentLines}, {r.votes, x.Votes, &x.PresentVotes}, {r.prefs, x.Preferences, &x.PresentPreferences}} {
			for _, f := range s.figs {
				s.vals[f.at] = ingest.Value{N: f.n, OK: true}
				*s.present = append(*s.present, f.at)
			}
		}
		return x
	}
	k := NewKept(defined)
	for file := range 2 {
		for _, r := range rows {
			if err := k.Keep(file, ingestRow(r)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if k.Rows(0) != len(rows) || k.Rows(1) != len(rows) || k.Total() != 2*len(rows) || k.Rows(2) != 0 {
		t.Fatalf("rows kept: %d and %d, total %d", k.Rows(0), k.Rows(1), k.Total())
	}
	for file := range 3 {
		var got []row
		err := k.Replay(file, l, func(x *ingest.Row) error {
			r := row{index: x.Index, precinct: x.Precinct, ballot: x.Ballot, machine: x.Machine}
			for _, s := range []struct {
				figs    *[]fig
				vals    []ingest.Value
				present []int32
			}{{&r.lines, x.Lines, x.PresentLines}, {&r.votes, x.Votes, x.PresentVotes}, {&r.prefs, x.Preferences, x.PresentPreferences}} {
				n := 0
				for i, v := range s.vals {
					if v.OK {
						n++
					} else if v.N != 0 {
						t.Errorf("file %d: a figure not given (%d) has a value", file, i)
					}
				}
				if n != len(s.present) {
					t.Errorf("file %d: %d figures given, %d present", file, n, len(s.present))
				}
				for _, i := range s.present {
					*s.figs = append(*s.figs, fig{i, s.vals[i].N})
				}
			}
			got = append(got, r)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := rows
		if file == 2 {
			want = nil
		}
		if !slices.EqualFunc(got, want, func(a, b row) bool {
			return a.index == b.index && a.precinct == b.precinct && a.ballot == b.ballot && a.machine == b.machine &&
				slices.Equal(a.lines, b.lines) && slices.Equal(a.votes, b.votes) && slices.Equal(a.prefs, b.prefs)
		}) {
			t.Errorf("file %d: replayed\n%v\nwant\n%v", file, got, want)
		}
	}

	x := ingestRow(rows[0])
	if n := testing.AllocsPerRun(1000, func() { _ = k.Keep(0, x) }); n > 0.01 {
		t.Errorf("Keep: %v allocations a row", n)
	}
	x.Precinct.ID = "2"
	if err := k.Keep(0, x); err == nil {
		t.Error("a row of precinct 2 given the index of precinct 1: no error")
	}
	x.Index = 5
	if err := k.Keep(0, x); err == nil {
		t.Error("a row given an index past the definition: no error")
	}
}

// A zero Kept keeps rows, of precincts it does not define.
func TestKeptZero(t *testing.T) {
	var k Kept
	if err := k.Keep(0, &ingest.Row{Index: -1, Precinct: election.Precinct{ID: "1"}, Ballot: election.ListBallot}); err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := k.Replay(0, ingest.Layout{}, func(r *ingest.Row) error { n++; return nil }); err != nil || n != 1 {
		t.Fatalf("replayed %d rows, %v", n, err)
	}
}
