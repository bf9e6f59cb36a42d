package validate_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// India's "None of the Above": the okrug ballot's against all counted
// outside the valid ballots (against_all_outside_valid). On protocols
// whose valid ballots are the candidates' votes alone, P103 is valid =
// votes − against all, P102 found = invalid + valid + against all and P110
// invalid + valid + against all <= voters: such protocols pass, and the
// kg2021 form (against all inside valid) finds P102 and P103 on each.
func TestAgainstAllOutsideValid(t *testing.T) {
	outside := validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{
		election.OkrugBallot: {AgainstAllOutsideValid: true}}}
	// nota moves each okrug protocol's against all out of its valid
	// ballots; it returns how many protocols give against all > 0.
	nota := func(e *election.Election) int {
		n := 0
		for i := range e.Protocols {
			p := &e.Protocols[i]
			if a := p.Votes[election.AgainstAll]; p.Ballot == election.OkrugBallot && a > 0 {
				p.Lines[election.Valid] -= a
				n++
			}
		}
		return n
	}
	count := func(rep validate.Report, cs ...validate.Code) int {
		n := 0
		for _, c := range cs {
			n += len(withCode(rep, c))
		}
		return n
	}
	t.Run("passes outside valid", func(t *testing.T) {
		e := sample()
		require.Positive(t, nota(e))
		rep, err := validate.Check(e, outside)
		require.NoError(t, err)
		require.Zero(t, count(rep, validate.FoundBalance, validate.ValidBalance, validate.ParticipantsOverVoters), "%v", rep.Findings)
	})
	t.Run("fails inside valid", func(t *testing.T) {
		e := sample()
		n := nota(e)
		rep, err := validate.Check(e, validate.Rules{})
		require.NoError(t, err)
		require.Equal(t, n, len(withCode(rep, validate.ValidBalance)))
		require.Equal(t, n, len(withCode(rep, validate.FoundBalance)))
	})
	t.Run("the kg2021 protocols fail outside valid", func(t *testing.T) {
		e := sample()
		p := proto(t, e, "1002", election.OkrugBallot, false)
		a := p.Votes[election.AgainstAll]
		require.Positive(t, a)
		rep, err := validate.Check(e, outside)
		require.NoError(t, err)
		var f *validate.Finding
		for _, x := range withCode(rep, validate.ValidBalance) {
			if x.Place.Precinct == "1002" && !x.Place.Machine {
				f = &x
			}
		}
		require.NotNil(t, f)
		require.Equal(t, a, f.Gap)
		require.Contains(t, f.Sentence("en"), "votes − votes against all")
		require.NotEmpty(t, withCode(rep, validate.FoundBalance))
	})
	t.Run("against all not given: not evaluated", func(t *testing.T) {
		e := sample()
		nota(e)
		p := proto(t, e, "1002", election.OkrugBallot, false)
		delete(p.Votes, election.AgainstAll)
		rep, err := validate.Check(e, outside)
		require.NoError(t, err)
		require.Zero(t, count(rep, validate.FoundBalance, validate.ValidBalance, validate.ParticipantsOverVoters))
		require.Contains(t, reasonsOf(rep, validate.FoundBalance), "the protocol lacks the votes for against all, a term of the relation where they are counted outside the valid ballots")
	})
	t.Run("a ballot without against all", func(t *testing.T) {
		no := false
		r := validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{
			election.OkrugBallot: {AgainstAll: &no, AgainstAllOutsideValid: true}}}
		_, err := validate.Check(sample(), r)
		var fe *validate.FormError
		require.True(t, errors.As(err, &fe), "%v", err)
		require.Equal(t, "ballots.okrug.against_all_outside_valid", fe.Field)
	})
}
