package validate_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// reasonsOf returns the reasons r gives for not evaluating c.
func reasonsOf(r validate.Report, c validate.Code) []string {
	var out []string
	for _, n := range r.NotEvaluated {
		if n.Code == c {
			out = append(out, n.Reason)
		}
	}
	return out
}

// P113 (votes >= found − invalid) on a protocol without the valid ballots:
// a vote lost is caught where P102 and P103 are in force and a ballot
// carries one vote, not evaluated with its reason where a line it needs is
// missing, out where the relations it follows from are, and left to them
// where the protocol gives the valid ballots.
func TestVotesUnderFound(t *testing.T) {
	lose := func(e *election.Election, valid bool, drop ...election.Line) *election.Protocol {
		p := proto(t, e, "1002", election.OkrugBallot, false)
		for c, v := range p.Votes {
			if v > 0 {
				p.Votes[c]--
				break
			}
		}
		if !valid {
			delete(p.Lines, election.Valid)
		}
		for _, l := range drop {
			delete(p.Lines, l)
		}
		return p
	}
	check := func(e *election.Election, r validate.Rules) validate.Report {
		rep, err := validate.Check(e, r)
		require.NoError(t, err)
		return rep
	}

	t.Run("a vote lost without the valid ballots", func(t *testing.T) {
		e := sample()
		p := lose(e, false)
		found := p.Lines[election.FoundMobile] + p.Lines[election.FoundStationary] - p.Lines[election.Invalid]
		rep := check(e, validate.Rules{})
		fs := withCode(rep, validate.VotesUnderFound)
		require.Len(t, fs, 1)
		require.Equal(t, validate.Error, fs[0].Severity)
		require.Equal(t, ">= "+i64s(found), fs[0].Want)
		require.Equal(t, i64s(found-1), fs[0].Got)
		require.Equal(t, int64(-1), fs[0].Gap)
		require.Equal(t, []validate.Code{validate.VotesUnderFound}, codes(rep))
		require.Contains(t, fs[0].Sentence("en"), "short by 1")
	})
	t.Run("the valid ballots given: P103 says it", func(t *testing.T) {
		e := sample()
		lose(e, true)
		rep := check(e, validate.Rules{})
		require.Equal(t, []validate.Code{validate.ValidBalance}, codes(rep))
		require.Empty(t, reasonsOf(rep, validate.VotesUnderFound))
	})
	for _, l := range []election.Line{election.Invalid, election.FoundMobile} {
		t.Run("without "+string(l)+": not evaluated", func(t *testing.T) {
			e := sample()
			lose(e, false, l)
			rep := check(e, validate.Rules{})
			require.Empty(t, withCode(rep, validate.VotesUnderFound))
			require.Equal(t, []string{"the protocol lacks line(s) " + string(l)}, reasonsOf(rep, validate.VotesUnderFound))
		})
	}
	t.Run("a form without mobile boxes", func(t *testing.T) {
		e := sample()
		p := lose(e, false)
		p.Lines[election.FoundStationary] += p.Lines[election.FoundMobile]
		delete(p.Lines, election.FoundMobile)
		var lines []election.Line
		for _, l := range election.AllLines() {
			if l != election.FoundMobile {
				lines = append(lines, l)
			}
		}
		for i := range e.Protocols {
			q := &e.Protocols[i]
			q.Lines[election.FoundStationary] += q.Lines[election.FoundMobile]
			delete(q.Lines, election.FoundMobile)
		}
		rep := check(e, validate.Rules{Lines: lines})
		fs := withCode(rep, validate.VotesUnderFound)
		require.Len(t, fs, 1)
		require.Contains(t, fs[0].Sentence("en"), "fewer than the")
	})
	t.Run("P103 not in force: it does not follow", func(t *testing.T) {
		e := sample()
		lose(e, false)
		var in []validate.Code
		for _, c := range validate.Relations() {
			if c != validate.ValidBalance {
				in = append(in, c)
			}
		}
		rep := check(e, validate.Rules{Relations: in})
		require.Empty(t, withCode(rep, validate.VotesUnderFound))
		require.Equal(t, []string{"it follows from P102, P103; not in force in the rule set: P103"}, reasonsOf(rep, validate.VotesUnderFound))
	})
	t.Run("a ballot of two votes: no relation of its form", func(t *testing.T) {
		e := sample()
		lose(e, false)
		rep := check(e, validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{election.OkrugBallot: {VotesPerBallot: 2}}})
		require.Empty(t, withCode(rep, validate.VotesUnderFound))
		require.Empty(t, reasonsOf(rep, validate.VotesUnderFound))
		// The list ballot, of one vote, still has it.
		e = sample()
		p := proto(t, e, "1002", election.ListBallot, false)
		delete(p.Lines, election.Valid)
		for c, v := range p.Votes {
			if v > 0 {
				p.Votes[c]--
				break
			}
		}
		rep = check(e, validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{election.OkrugBallot: {VotesPerBallot: 2}}})
		require.Len(t, withCode(rep, validate.VotesUnderFound), 1)
	})
}

func i64s(n int64) string { return strconv.FormatInt(n, 10) }
