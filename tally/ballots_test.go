package tally

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

func lb(choice, candidate string) election.Ballot {
	return election.Ballot{Kind: election.ListBallot, Choice: choice, Candidate: candidate}
}

func ob(choice string) election.Ballot {
	return election.Ballot{Kind: election.OkrugBallot, Choice: choice}
}

func invalid(kind election.BallotKind) election.Ballot {
	return election.Ballot{Kind: kind, Invalid: true}
}

func lines(all, inv int64) map[election.Line]int64 {
	return map[election.Line]int64{election.FoundMobile: 0, election.FoundStationary: all, election.Invalid: inv, election.Valid: all - inv}
}

func TestFromBallots(t *testing.T) {
	tests := []struct {
		name    string
		kind    election.BallotKind
		choices []string
		ballots []election.Ballot
		want    election.Protocol
	}{
		{
			name: "no ballots", kind: election.ListBallot, choices: []string{"a", "b"},
			want: election.Protocol{Precinct: "1", Ballot: election.ListBallot, Lines: lines(0, 0),
				Votes: map[string]int64{"a": 0, "b": 0, election.AgainstAll: 0}, Preferences: map[string]int64{}},
		},
		{
			name: "list ballots with preferences", kind: election.ListBallot, choices: []string{"a", "b"},
			ballots: []election.Ballot{lb("a", "a1"), lb("a", ""), lb("b", "b2"), lb("a", "a1"),
				lb(election.AgainstAll, ""), invalid(election.ListBallot)},
			want: election.Protocol{Precinct: "1", Ballot: election.ListBallot, Lines: lines(6, 1),
				Votes:       map[string]int64{"a": 3, "b": 1, election.AgainstAll: 1},
				Preferences: map[string]int64{"a1": 2, "b2": 1}},
		},
		{
			name: "an invalid ballot counts only as invalid", kind: election.ListBallot, choices: []string{"a"},
			ballots: []election.Ballot{{Kind: election.ListBallot, Invalid: true, Choice: "nobody", Candidate: "x"}},
			want: election.Protocol{Precinct: "1", Ballot: election.ListBallot, Lines: lines(1, 1),
				Votes: map[string]int64{"a": 0, election.AgainstAll: 0}, Preferences: map[string]int64{}},
		},
		{
			name: "against all listed among the choices", kind: election.OkrugBallot,
			choices: []string{election.AgainstAll, "c1", "c2"},
			ballots: []election.Ballot{ob("c1"), ob(election.AgainstAll), ob("c1"), invalid(election.OkrugBallot)},
			want: election.Protocol{Precinct: "1", Ballot: election.OkrugBallot, Lines: lines(4, 1),
				Votes: map[string]int64{"c1": 2, "c2": 0, election.AgainstAll: 1}},
		},
		{
			name: "okrug ballot without candidates", kind: election.OkrugBallot,
			ballots: []election.Ballot{ob(election.AgainstAll)},
			want: election.Protocol{Precinct: "1", Ballot: election.OkrugBallot, Lines: lines(1, 0),
				Votes: map[string]int64{election.AgainstAll: 1}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := FromBallots("1", tc.kind, tc.choices, tc.ballots)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFromBallotsErrors(t *testing.T) {
	tests := []struct {
		name    string
		kind    election.BallotKind
		ballots []election.Ballot
		index   int
		problem Problem
	}{
		{"other kind", election.ListBallot, []election.Ballot{lb("a", ""), ob("a")}, 1, WrongKind},
		{"other kind, invalid", election.OkrugBallot, []election.Ballot{ob("a"), invalid(election.ListBallot)}, 1, WrongKind},
		{"no kind", election.ListBallot, []election.Ballot{{Choice: "a"}}, 0, WrongKind},
		{"choice not on the ballot", election.ListBallot, []election.Ballot{lb("a", ""), lb("b", ""), lb("z", "")}, 2, UnknownChoice},
		{"empty choice", election.OkrugBallot, []election.Ballot{ob("")}, 0, UnknownChoice},
		{"choice in other case", election.ListBallot, []election.Ballot{lb("A", "")}, 0, UnknownChoice},
		{"preference on okrug ballot", election.OkrugBallot,
			[]election.Ballot{ob("a"), {Kind: election.OkrugBallot, Choice: "a", Candidate: "a1"}}, 1, BadPreference},
		{"preference beside against all", election.ListBallot, []election.Ballot{lb(election.AgainstAll, "a1")}, 0, BadPreference},
		{"first bad ballot is reported", election.ListBallot, []election.Ballot{lb("a", ""), lb("z", ""), ob("a")}, 1, UnknownChoice},
		{"bad preference before a bad choice", election.ListBallot,
			[]election.Ballot{lb("a", "a1"), lb(election.AgainstAll, "a1"), lb("z", "")}, 1, BadPreference},
		{"bad preference before the other kind", election.ListBallot,
			[]election.Ballot{lb("b", "b1"), lb(election.AgainstAll, "a1"), lb("a", ""), ob("a")}, 1, BadPreference},
		{"bad choice before a bad preference", election.ListBallot,
			[]election.Ballot{lb("a", "a1"), lb("z", "a1"), lb(election.AgainstAll, "a1")}, 1, UnknownChoice},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := FromBallots("1", tc.kind, []string{"a", "b"}, tc.ballots)
			require.ErrorIs(t, err, ErrBadBallot)
			var be *BallotError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, tc.index, be.Index)
			assert.Equal(t, tc.problem, be.Problem)
			assert.Equal(t, tc.ballots[tc.index], be.Ballot)
		})
	}
}

func TestNewCounterErrors(t *testing.T) {
	tests := []struct {
		name    string
		kind    election.BallotKind
		choices []string
	}{
		{"unknown kind", "senate", []string{"a"}},
		{"no kind", "", []string{"a"}},
		{"empty choice", election.ListBallot, []string{"a", ""}},
		{"duplicate choice", election.ListBallot, []string{"a", "b", "a"}},
		{"duplicate against all", election.OkrugBallot, []string{election.AgainstAll, election.AgainstAll}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewCounter(tc.kind, tc.choices)
			assert.ErrorIs(t, err, ErrBadChoices)
			_, err = FromBallots("1", tc.kind, tc.choices, nil)
			assert.ErrorIs(t, err, ErrBadChoices)
		})
	}
}

func TestCounterChoices(t *testing.T) {
	c, err := NewCounter(election.ListBallot, []string{"b", "a"})
	require.NoError(t, err)
	assert.Equal(t, []string{"b", "a", election.AgainstAll}, c.Choices())
}

func twoParties() []election.Party {
	return []election.Party{
		{ID: "a", Candidates: []election.Candidate{{ID: "a1"}, {ID: "a2"}}},
		{ID: "b", Candidates: []election.Candidate{{ID: "b1"}}},
	}
}

func TestNewListCounter(t *testing.T) {
	c, err := NewListCounter(twoParties())
	require.NoError(t, err)
	got, err := c.Count("7", []election.Ballot{lb("a", "a2"), lb("b", ""), lb("a", ""), invalid(election.ListBallot)})
	require.NoError(t, err)
	assert.Equal(t, election.Protocol{Precinct: "7", Ballot: election.ListBallot, Lines: lines(4, 1),
		Votes:       map[string]int64{"a": 2, "b": 1, election.AgainstAll: 0},
		Preferences: map[string]int64{"a1": 0, "a2": 1, "b1": 0}}, got)

	bad := []struct {
		name   string
		ballot election.Ballot
	}{
		{"candidate of another party", lb("b", "a1")},
		{"unknown candidate", lb("a", "a9")},
		{"beside against all", lb(election.AgainstAll, "a1")},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.Count("7", []election.Ballot{lb("a", ""), tc.ballot})
			var be *BallotError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, BallotError{Index: 1, Problem: BadPreference, Ballot: tc.ballot}, *be)
		})
	}
}

func TestNewListCounterErrors(t *testing.T) {
	tests := []struct {
		name    string
		parties []election.Party
	}{
		{"candidate on two lists", []election.Party{
			{ID: "a", Candidates: []election.Candidate{{ID: "x"}}}, {ID: "b", Candidates: []election.Candidate{{ID: "x"}}}}},
		{"candidate without ID", []election.Party{{ID: "a", Candidates: []election.Candidate{{Name: "x"}}}}},
		{"party called against all", []election.Party{{ID: election.AgainstAll}, {ID: "a"}}},
		{"party twice", []election.Party{{ID: "a"}, {ID: "a"}}},
		{"party without ID", []election.Party{{ID: ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewListCounter(tc.parties)
			assert.ErrorIs(t, err, ErrBadChoices)
		})
	}
}

// countDirect counts ballots with maps, the obvious way: the reference
// Count is checked against.
func countDirect(ballots []election.Ballot) (invalid int64, votes, prefs map[string]int64) {
	votes, prefs = map[string]int64{}, map[string]int64{}
	for _, b := range ballots {
		if b.Invalid {
			invalid++
			continue
		}
		votes[b.Choice]++
		if b.Candidate != "" {
			prefs[b.Candidate]++
		}
	}
	return invalid, votes, prefs
}

// TestCountParallel counts a slice large enough to be split among
// goroutines and checks it against the direct count, and that a bad ballot
// in a later part is reported with its index in the whole slice.
func TestCountParallel(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	parties := benchParties()
	ids := make([]string, len(parties))
	for i := range parties {
		ids[i] = parties[i].ID
	}
	ballots := benchBallots(parties, 4*parallelMin+17, true)
	inv, votes, prefs := countDirect(ballots)
	for _, id := range append(ids, election.AgainstAll) {
		votes[id] += 0
	}
	n := int64(len(ballots))

	list, err := NewListCounter(parties)
	require.NoError(t, err)
	plain, err := NewCounter(election.ListBallot, ids)
	require.NoError(t, err)
	for name, c := range map[string]*Counter{"lists": list, "plain": plain} {
		t.Run(name, func(t *testing.T) {
			got, err := c.Count("1", ballots)
			require.NoError(t, err)
			assert.Equal(t, lines(n, inv), got.Lines)
			assert.Equal(t, votes, got.Votes)
			for id, v := range got.Preferences {
				assert.Equal(t, prefs[id], v, id)
			}
			for id, v := range prefs {
				assert.Equal(t, v, got.Preferences[id], id)
			}

			bad := append([]election.Ballot(nil), ballots...)
			bad[len(bad)-3] = lb("nobody", "")
			bad[3*parallelMin+5] = ob(ids[0])
			_, err = c.Count("1", bad)
			var be *BallotError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, BallotError{Index: 3*parallelMin + 5, Problem: WrongKind, Ballot: ob(ids[0])}, *be)
		})
	}
}

// TestCountBlocks counts, on 1 to 4 goroutines (GOMAXPROCS), a slice with
// bad ballots in several blocks: whichever goroutine takes which block,
// the first bad ballot of the slice is reported, and without bad ballots
// the protocol is that of one goroutine.
func TestCountBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("large")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	parties := benchParties()
	c, err := NewListCounter(parties)
	require.NoError(t, err)
	ballots := benchBallots(parties, 6*parallelMin+block/3, false)
	runtime.GOMAXPROCS(1)
	want, err := c.Count("1", ballots)
	require.NoError(t, err)
	for procs := 2; procs <= 4; procs++ {
		runtime.GOMAXPROCS(procs)
		t.Run(fmt.Sprint(procs), func(t *testing.T) {
			got, err := c.Count("1", ballots)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			for _, at := range [][]int{{5 * block}, {block - 1, 9 * block}, {7*block + 3, 2*block + 1, len(ballots) - 1}, {0, 1}} {
				bad := append([]election.Ballot(nil), ballots...)
				first := len(bad)
				for _, i := range at {
					bad[i] = lb("nobody", "")
					first = min(first, i)
				}
				_, err := c.Count("1", bad)
				var be *BallotError
				require.ErrorAs(t, err, &be)
				assert.Equal(t, BallotError{Index: first, Problem: UnknownChoice, Ballot: lb("nobody", "")}, *be, "bad at %v", at)
			}
		})
	}
}

// TestCountReusesState counts with counters of each kind in turn: a count
// takes the tables a finished one gave back (spare), and nothing of the
// last count (candidates found, votes, remembered strings) may show in the
// next.
func TestCountReusesState(t *testing.T) {
	a := []election.Party{{ID: "a", Candidates: []election.Candidate{{ID: "a1"}, {ID: "a2"}}}}
	b := []election.Party{{ID: "b", Candidates: []election.Candidate{{ID: "b1"}}}}
	plainA, err := NewCounter(election.ListBallot, []string{"a"})
	require.NoError(t, err)
	plainB, err := NewCounter(election.ListBallot, []string{"b"})
	require.NoError(t, err)
	listsA, err := NewListCounter(a)
	require.NoError(t, err)
	listsB, err := NewListCounter(b)
	require.NoError(t, err)
	okrug, err := NewCounter(election.OkrugBallot, []string{"a", "b"})
	require.NoError(t, err)
	for round := range 3 {
		got, err := plainA.Count("1", []election.Ballot{lb("a", "a1"), lb("a", "a2"), lb("a", "a1")})
		require.NoError(t, err, round)
		assert.Equal(t, map[string]int64{"a1": 2, "a2": 1}, got.Preferences)
		got, err = plainB.Count("1", []election.Ballot{lb("b", "b1")})
		require.NoError(t, err, round)
		assert.Equal(t, map[string]int64{"b": 1, election.AgainstAll: 0}, got.Votes)
		assert.Equal(t, map[string]int64{"b1": 1}, got.Preferences)
		got, err = listsA.Count("1", []election.Ballot{lb("a", "a2")})
		require.NoError(t, err, round)
		assert.Equal(t, map[string]int64{"a1": 0, "a2": 1}, got.Preferences)
		_, err = listsB.Count("1", []election.Ballot{lb("b", "a2")})
		require.ErrorIs(t, err, ErrBadBallot, round)
		got, err = okrug.Count("1", []election.Ballot{ob("b"), ob(election.AgainstAll)})
		require.NoError(t, err, round)
		assert.Equal(t, map[string]int64{"a": 0, "b": 1, election.AgainstAll: 1}, got.Votes)
		assert.Nil(t, got.Preferences)
	}
}

func TestIndex(t *testing.T) {
	var keys []string
	for n := range 40 {
		keys = append(keys, strings.Repeat("k", n), strings.Repeat("k", n)+"x", "x"+strings.Repeat("k", n))
	}
	for i := range 300 {
		keys = append(keys, fmt.Sprintf("okrug-%02d-candidate-%03d", i%36, i))
	}
	// Keys equal in length, head, middle and tail: the quick hash cannot
	// tell them apart, so the table must fall back to the full hash.
	for i := range 64 {
		keys = append(keys, fmt.Sprintf("same-head-%02d-same-middle-%02d-same-tail", i, 63-i))
	}
	x := newIndex(0)
	seen := map[string]int{}
	for _, k := range keys {
		if _, dup := seen[k]; dup {
			continue
		}
		p, fresh := x.insert(k)
		require.True(t, fresh, k)
		require.Equal(t, len(seen), p)
		seen[k] = p
	}
	assert.True(t, x.full, "colliding keys switch to the full hash")
	for k, p := range seen {
		assert.Equal(t, p, x.find(k), k)
		q, fresh := x.insert(k)
		assert.False(t, fresh)
		assert.Equal(t, p, q)
	}
	for _, k := range []string{"missing", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk", "okrug-00-candidate-999"} {
		assert.Equal(t, -1, x.find(k), k)
	}
}

// FuzzIndex inserts the keys of the input (split at newlines) and checks
// that each is found at its position and nothing else is.
func FuzzIndex(f *testing.F) {
	f.Add("a\nb\nc\na\n\nparty-01\nparty-02")
	f.Add("same-head-01-same-middle-01-same-tail\nsame-head-02-same-middle-02-same-tail")
	f.Fuzz(func(t *testing.T, s string) {
		keys := strings.Split(s, "\n")
		x := newIndex(0)
		want := map[string]int{}
		for _, k := range keys {
			p, fresh := x.insert(k)
			if q, ok := want[k]; ok {
				if fresh || p != q {
					t.Fatalf("%q inserted twice: %d, %v; first at %d", k, p, fresh, q)
				}
				continue
			}
			if !fresh || p != len(want) {
				t.Fatalf("%q: got %d, %v; want %d, true", k, p, fresh, len(want))
			}
			want[k] = p
		}
		for k, p := range want {
			if got := x.find(k); got != p {
				t.Fatalf("find(%q) = %d, want %d", k, got, p)
			}
			if got := x.find(k + "\n"); got != -1 {
				t.Fatalf("find(%q) = %d, want -1", k+"\n", got)
			}
		}
	})
}

// FuzzFromBallots counts ballots read from the input, one a line
// ("kind,choice,candidate" with kind l or o, or "!" for an invalid ballot),
// and checks the protocol against the direct count.
func FuzzFromBallots(f *testing.F) {
	f.Add(true, "l,a,a1\nl,b,\n!\nl,against_all,")
	f.Add(false, "o,a,\no,b,\n!\no,z,")
	f.Add(true, "l,a,a1\no,a,")
	f.Fuzz(func(t *testing.T, list bool, s string) {
		kind := election.OkrugBallot
		if list {
			kind = election.ListBallot
		}
		var ballots []election.Ballot
		for _, line := range strings.Split(s, "\n") {
			if line == "!" {
				ballots = append(ballots, invalid(kind))
				continue
			}
			f := strings.SplitN(line, ",", 3)
			b := election.Ballot{Kind: election.BallotKind(f[0])}
			switch b.Kind {
			case "l":
				b.Kind = election.ListBallot
			case "o":
				b.Kind = election.OkrugBallot
			}
			if len(f) > 1 {
				b.Choice = f[1]
			}
			if len(f) > 2 {
				b.Candidate = f[2]
			}
			ballots = append(ballots, b)
		}
		choices := []string{"a", "b", "c"}
		p, err := FromBallots("1", kind, choices, ballots)
		if err != nil {
			var be *BallotError
			if !errors.As(err, &be) || be.Ballot != ballots[be.Index] {
				t.Fatalf("error %v does not name its ballot", err)
			}
			return
		}
		inv, votes, prefs := countDirect(ballots)
		for _, id := range append(choices, election.AgainstAll) {
			votes[id] += 0
		}
		assert.Equal(t, lines(int64(len(ballots)), inv), p.Lines)
		assert.Equal(t, votes, p.Votes)
		if list {
			assert.Equal(t, prefs, p.Preferences)
		} else {
			assert.Nil(t, p.Preferences)
		}
	})
}

func TestNewOkrugCounter(t *testing.T) {
	o := &election.Okrug{ID: "o27", Candidates: []election.Candidate{{ID: "c1"}, {ID: "c2"}}}
	c, err := NewOkrugCounter(o)
	require.NoError(t, err)
	assert.Equal(t, []string{"c1", "c2", election.AgainstAll}, c.Choices())
	p, err := c.Count("27001", []election.Ballot{ob("c2"), ob(election.AgainstAll), ob(election.AgainstAll)})
	require.NoError(t, err)
	assert.Equal(t, map[string]int64{"c1": 0, "c2": 1, election.AgainstAll: 2}, p.Votes)
	assert.Nil(t, p.Preferences)

	_, err = NewOkrugCounter(&election.Okrug{ID: "o", Candidates: []election.Candidate{{ID: "c1"}, {ID: "c1"}}})
	assert.ErrorIs(t, err, ErrBadChoices)
}

// TestCountSharedBytes counts ballots whose strings share their bytes: the
// count remembers strings by address and length, so a prefix of an ID at
// the ID's address, or an empty string there, must not pass for the ID.
func TestCountSharedBytes(t *testing.T) {
	buf := "party-01party-02a12" + election.AgainstAll
	p1, p2, p1short := buf[0:8], buf[8:16], buf[0:7]
	a12, a1, empty := buf[16:19], buf[16:18], buf[0:0]
	against := buf[19:]
	parties := []election.Party{
		{ID: "party-01", Candidates: []election.Candidate{{ID: "a1"}, {ID: "a12"}}},
		{ID: "party-02", Candidates: []election.Candidate{{ID: "b1"}}},
	}
	ids := []string{"party-01", "party-02"}
	plain, err := NewCounter(election.ListBallot, ids)
	require.NoError(t, err)
	lists, err := NewListCounter(parties)
	require.NoError(t, err)
	okrug, err := NewCounter(election.OkrugBallot, ids)
	require.NoError(t, err)

	got, err := lists.Count("1", []election.Ballot{lb(p1, a12), lb(p1, a1), lb(p2, ""), lb(p1, a12), lb(against, "")})
	require.NoError(t, err)
	assert.Equal(t, map[string]int64{"party-01": 3, "party-02": 1, election.AgainstAll: 1}, got.Votes)
	assert.Equal(t, map[string]int64{"a1": 1, "a12": 2, "b1": 0}, got.Preferences)
	got, err = plain.Count("1", []election.Ballot{lb(p1, a12), lb(p1, a1), lb(p1, a12)})
	require.NoError(t, err)
	assert.Equal(t, map[string]int64{"a1": 1, "a12": 2}, got.Preferences)

	tests := []struct {
		name    string
		c       *Counter
		ballots []election.Ballot
		problem Problem
	}{
		{"prefix of a choice", plain, []election.Ballot{lb(p1, ""), lb(p1short, "")}, UnknownChoice},
		{"prefix of a choice, lists", lists, []election.Ballot{lb(p1, ""), lb(p1short, "")}, UnknownChoice},
		{"prefix of a choice, okrug", okrug, []election.Ballot{ob(p1), ob(p1short)}, UnknownChoice},
		{"choice one byte longer", plain, []election.Ballot{lb(p1, ""), lb(buf[0:9], "")}, UnknownChoice},
		{"empty choice at an ID's address", okrug, []election.Ballot{ob(p1), ob(empty)}, UnknownChoice},
		{"candidate prefix of another list's", lists, []election.Ballot{lb(p1, a12), lb(p2, a1)}, BadPreference},
		{"choice prefix beside a candidate", plain, []election.Ballot{lb(p1, a12), lb(p1short, a12)}, UnknownChoice},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.c.Count("1", tc.ballots)
			var be *BallotError
			require.ErrorAs(t, err, &be)
			assert.Equal(t, BallotError{Index: 1, Problem: tc.problem, Ballot: tc.ballots[1]}, *be)
		})
	}
}

// TestPerfect builds perfect tables of keys of every length class, some
// equal in length, head, middle and tail (the fingerprint and middle word
// cannot tell them apart: newPerfect must give up, and the counter then
// uses its index), and looks every key up, and keys that are not there.
func TestPerfect(t *testing.T) {
	var keys []string
	for n := range 40 {
		keys = append(keys, strings.Repeat("k", n+1), strings.Repeat("k", n+1)+"x", "x"+strings.Repeat("k", n+1))
	}
	for i := range 1050 {
		keys = append(keys, fmt.Sprintf("p%02d-c%03d", i/50, i%50), fmt.Sprintf("okrug-%02d-candidate-%04d", i%36, i))
	}
	tests := []struct {
		name string
		keys []string
		ok   bool
	}{
		{"none", nil, true},
		{"one", []string{"a"}, true},
		{"against all", []string{"party-01", "party-02", election.AgainstAll}, true},
		{"lengths and list candidates", keys, true},
		{"same fingerprint", []string{"same-head-00-same-middle-00-same-tail", "same-head-01-same-middle-00-same-tail"}, false},
	}
	check := func(t *testing.T, x *perfect, keys []string) {
		set := map[string]bool{}
		for _, k := range keys {
			set[k] = true
		}
		for i, k := range keys {
			assert.Equal(t, i, x.find(k), k)
			for _, o := range []string{k + "\x00", k[:len(k)-1], k[1:], k + strings.Repeat("k", 16)} {
				if !set[o] {
					assert.Equal(t, -1, x.find(o), o)
				}
			}
		}
		assert.Equal(t, -1, x.find(""))
		assert.Equal(t, -1, x.find("missing"))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := newPerfect(tc.keys)
			require.Equal(t, tc.ok, x != nil)
			if x != nil {
				check(t, x, tc.keys)
			}
		})
	}

	// Short tables: a few keys, not more, and not keys the fingerprint and
	// middle word cannot tell apart.
	short := []string{"a"}
	for i := range shortMax - 1 {
		short = append(short, fmt.Sprintf("%s%02d", strings.Repeat("k", i%15), i))
	}
	for _, tc := range []struct {
		name string
		keys []string
		ok   bool
	}{
		{"none", nil, true},
		{"one", []string{"a"}, true},
		{"against all", []string{"party-01", "party-02", election.AgainstAll}, true},
		{"8-byte words equal in their halves", []string{"abcdabcd", "efghefgh", "ijklijkl"}, true},
		{"every length to 16", short, true},
		{"too many", keys[:shortMax+1], false},
		{"long", []string{"a", "seventeen-bytes-k", "okrug-01-candidate-0001", "okrug-01-candidate-0002"}, true},
		{"same fingerprint", tests[4].keys, false},
	} {
		t.Run("short/"+tc.name, func(t *testing.T) {
			x := buildShort(tc.keys)
			require.Equal(t, tc.ok, x != nil)
			if x != nil {
				require.True(t, x.short)
				check(t, x, tc.keys)
			}
		})
	}

	// A counter whose choices defeat the perfect table counts with its index.
	c, err := NewCounter(election.OkrugBallot, tests[4].keys)
	require.NoError(t, err)
	require.False(t, c.cexact)
	p, err := c.Count("1", []election.Ballot{ob(tests[4].keys[1]), ob(tests[4].keys[1]), ob(tests[4].keys[0])})
	require.NoError(t, err)
	assert.Equal(t, map[string]int64{tests[4].keys[0]: 1, tests[4].keys[1]: 2, election.AgainstAll: 0}, p.Votes)
}

// FuzzPerfect builds a perfect table of the distinct keys of the input
// (split at newlines, the empty key left out as no ID is empty) and checks
// that each is found at its position and nothing else is.
func FuzzPerfect(f *testing.F) {
	f.Add("a\nb\nc\na\n\nparty-01\nparty-02")
	f.Add("same-head-01-same-middle-01-same-tail\nsame-head-02-same-middle-02-same-tail")
	f.Add("p01-c001\np01-c002\np01-c003\np01-c004\np01-c005\np01-c006\np01-c007")
	f.Fuzz(func(t *testing.T, s string) {
		var keys []string
		want := map[string]int{}
		for _, k := range strings.Split(s, "\n") {
			if _, dup := want[k]; !dup && k != "" {
				want[k] = len(keys)
				keys = append(keys, k)
			}
		}
		for _, x := range []*perfect{newPerfect(keys), buildShort(keys)} {
			if x != nil { // else the counter uses another table, or its index (FuzzIndex)
				checkPerfect(t, x, want)
			}
		}
	})
}

// checkPerfect checks that x finds each key of want at its position, and
// nothing else.
func checkPerfect(t *testing.T, x *perfect, want map[string]int) {
	t.Helper()
	for k, p := range want {
		if got := x.find(k); got != p {
			t.Fatalf("find(%q) = %d, want %d (short %v)", k, got, p, x.short)
		}
		for _, o := range []string{k + "\n", k[:len(k)-1], "\n" + k} {
			if _, ok := want[o]; !ok && x.find(o) != -1 {
				t.Fatalf("find(%q) = %d, want -1 (short %v)", o, x.find(o), x.short)
			}
		}
	}
	if x.find("") != -1 {
		t.Fatal(`find("") found`)
	}
}
