package shailoo_test

import (
	"errors"
	"maps"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/validate"
)

// Check says what Add will do: a resend of the figures counted is
// ErrCounted (Add counts nothing), not a second protocol of its slot
// (X207), including after a duplicate was counted beside it.
func TestTallyCheckResend(t *testing.T) {
	def, ps := kg2021Def(t)
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	require.NoError(t, tl.Add(ps[0]))
	rep, err := tl.Check(ps[0])
	require.ErrorIs(t, err, shailoo.ErrCounted)
	require.Empty(t, rep.Findings)
	require.ErrorIs(t, tl.Add(ps[0]), shailoo.ErrCounted)

	other, ok := moveVote(ps[0], 1)
	require.True(t, ok)
	rep, err = tl.Check(other)
	require.NoError(t, err, "a second protocol with other figures is counted")
	require.Equal(t, validate.DuplicateProtocol, rep.Findings[0].Code)
	require.NoError(t, tl.Add(other))
	for _, p := range []election.Protocol{ps[0], other} {
		rep, err = tl.Check(p)
		require.ErrorIs(t, err, shailoo.ErrCounted)
		require.Empty(t, rep.Findings)
	}
	res, err := tl.Result()
	require.NoError(t, err)
	require.Equal(t, 2, res.Totals.Protocols)
}

// Several goroutines add their protocols and resend them while others
// do the same: Check of a protocol counted says ErrCounted, never X207,
// and Add agrees. Run with -race.
func TestTallyCheckResendConcurrent(t *testing.T) {
	def, ps := kg2021Def(t)
	ps = ps[:400]
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	const workers = 4
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(ps); i += workers {
				if err := tl.Add(ps[i]); err != nil {
					t.Error(err)
					return
				}
				// This one and an earlier one of this worker: resends.
				for _, j := range []int{i, max(w, i-2*workers)} {
					rep, err := tl.Check(ps[j])
					if !errors.Is(err, shailoo.ErrCounted) || len(rep.Findings) > 0 {
						t.Errorf("Check of a resend of %s %s: %v, %+v; want ErrCounted and no finding", ps[j].Precinct, ps[j].Ballot, err, rep.Findings)
						return
					}
					if err := tl.Add(ps[j]); !errors.Is(err, shailoo.ErrCounted) {
						t.Errorf("Add of a resend: %v, want ErrCounted", err)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	res, err := tl.Result()
	require.NoError(t, err)
	require.Equal(t, len(ps), res.Totals.Protocols)
	for _, f := range res.Findings.Findings {
		require.NotEqual(t, validate.DuplicateProtocol, f.Code)
	}
}

// huge is list protocol p with figures of 5e18: two of them take the
// national sums past int64.
func huge(p election.Protocol) election.Protocol {
	const x = int64(5e18)
	q := p
	q.Lines = map[election.Line]int64{}
	for k := range p.Lines {
		q.Lines[k] = 0
	}
	for _, l := range []election.Line{election.Voters, election.Received, election.IssuedInRoom, election.FoundStationary, election.Valid} {
		q.Lines[l] = x
	}
	q.Votes = map[string]int64{}
	first := ""
	for k := range p.Votes {
		q.Votes[k] = 0
		if k != election.AgainstAll && (first == "" || k < first) {
			first = k
		}
	}
	q.Votes[first] = x
	q.Preferences = nil
	return q
}

// A protocol whose figures would take a sum past int64 is refused with a
// *tally.ProtocolError (no index: a Tally's protocols are of no list) that
// unwraps to a *tally.OverflowError, by Add and by Check alike; its
// message names the precinct, the ballot, the line and the level once.
func TestTallyOverflow(t *testing.T) {
	def, ps := kg2021Def(t)
	var list []election.Protocol
	for _, p := range ps {
		if p.Ballot == election.ListBallot && !p.Machine && len(list) < 2 {
			list = append(list, huge(p))
		}
	}
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	_, err = tl.Check(list[0])
	require.NoError(t, err)
	require.NoError(t, tl.Add(list[0]))
	before, err := tl.Result()
	require.NoError(t, err)

	p := list[1]
	rep, checked := tl.Check(p)
	added := tl.Add(p)
	for _, err := range []error{checked, added} {
		var pe *tally.ProtocolError
		var oe *tally.OverflowError
		require.ErrorAs(t, err, &pe)
		require.ErrorAs(t, err, &oe)
		require.ErrorIs(t, err, exact.ErrOverflow)
		require.False(t, errors.Is(err, shailoo.ErrRejected) || errors.Is(err, shailoo.ErrCounted))
		require.Equal(t, -1, pe.Index)
		require.Equal(t, tally.ScopeNation, pe.Scope)
		require.Equal(t, "lines", oe.Field)
		msg := err.Error()
		for _, s := range []string{`"` + p.Precinct + `"`, "list ballot", tally.ScopeNation, string(election.FoundStationary)} {
			require.Equal(t, 1, strings.Count(msg, s), "%q in %q", s, msg)
		}
		require.Equal(t, 1, strings.Count(msg, "tally:"), msg)
		require.NotContains(t, msg, "protocol -1")
	}
	require.Equal(t, 0, rep.Errors(), "nothing wrong in the protocol itself")
	after, err := tl.Result()
	require.NoError(t, err)
	require.Equal(t, comparableJSON(t, before), comparableJSON(t, after), "nothing counted")
	// Check took back what it tried: the first one still fits alone.
	require.NoError(t, tl.Withdraw(list[0].Precinct, list[0].Ballot, false))
	_, err = tl.Check(p)
	require.NoError(t, err)
	require.NoError(t, tl.Add(p))
}

// A definition without precincts (ingest.Define infers none) would have
// every protocol refused (X208): NewTally says so, and what to give.
func TestNewTallyNoPrecincts(t *testing.T) {
	def, _ := kg2021Def(t)
	def.Precincts = nil
	_, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	require.ErrorIs(t, err, shailoo.ErrNoPrecincts)
	require.Contains(t, err.Error(), "Precincts")
}

// RejectedError's message says the first error finding whole and how many
// more there are: a log line alone says what to fix.
func TestRejectedErrorSaysTheFirstFinding(t *testing.T) {
	def, ps := kg2021Def(t)
	tl, err := shailoo.NewTally(def, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	bad := ps[0]
	bad.Lines = maps.Clone(bad.Lines)
	bad.Lines[election.Valid] += 5
	err = tl.Add(bad)
	var re *shailoo.RejectedError
	require.ErrorAs(t, err, &re)
	var first *validate.Finding
	n := 0
	for i, f := range re.Findings {
		if f.Severity == validate.Error {
			if n++; first == nil {
				first = &re.Findings[i]
			}
		}
	}
	require.NotNil(t, first)
	msg := err.Error()
	for _, s := range []string{string(first.Code), "want " + first.Want, "got " + first.Got} {
		require.Contains(t, msg, s)
	}
	if first.Gap != 0 {
		require.Contains(t, msg, "gap")
	}
	if n > 1 {
		require.Contains(t, msg, "more")
	}
	require.Equal(t, 1, strings.Count(msg, bad.Precinct), "the precinct said once: %s", msg)

	e := &shailoo.RejectedError{Precinct: "7", Ballot: election.ListBallot, Findings: []validate.Finding{
		{Code: validate.ValidBalance, Severity: validate.Error, Place: validate.Place{Level: validate.LevelPrecinct, Precinct: "7", Ballot: election.ListBallot, Line: "valid"}, Want: "100", Got: "105", Gap: 5},
		{Code: validate.FoundOverIssued, Severity: validate.Warning, Place: validate.Place{Level: validate.LevelPrecinct, Precinct: "7", Ballot: election.ListBallot}},
		{Code: validate.UnknownParty, Severity: validate.Error, Place: validate.Place{Level: validate.LevelPrecinct, Precinct: "7", Ballot: election.ListBallot, Choice: "x"}, Want: "a party on the ballot", Got: "3"},
	}}
	require.Equal(t, `shailoo: protocol of precinct "7" (list ballot) rejected: P103 (line valid): want 100, got 105, gap 5; and 1 more (findings P103, X209)`, e.Error())
}
