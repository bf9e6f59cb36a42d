package faults_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
)

// The planted manipulations keep every control relation and cross-check
// (validate finds nothing, machine twins included), and do what they say.
func TestManipulationsKeepRelations(t *testing.T) {
	c := synth.DefaultConfig(3, 600)
	c.Preferences, c.MachineProtocols = false, true
	e, err := synth.Generate(c)
	require.NoError(t, err)
	require.Empty(t, check(t, e).Findings)

	rounded, err := faults.RoundTurnout(e, 5, 50)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(rounded), 25)
	added, err := faults.AddBallots(e, e.Parties[2].ID, 100, 40)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(added), 55)
	require.Empty(t, check(t, e).Findings)

	list := map[string]election.Protocol{}
	for _, p := range e.Protocols {
		if p.Ballot == election.ListBallot && !p.Machine {
			list[p.Precinct] = p
		}
	}
	for _, id := range rounded {
		p := list[id]
		v, part := p.Lines[election.Voters], p.Participants()
		k := (200*part + v) / (2 * v)
		if (k*v+50)/100 != part && !contains(added, id) {
			t.Errorf("%s: %d of %d is not at an integer percent", id, part, v)
		}
	}

	_, err = faults.AddBallots(e, "nobody", 100, 40)
	require.True(t, errors.Is(err, faults.ErrNoParty))
	_, err = faults.RoundTurnout(nil, 1, 50)
	require.True(t, errors.Is(err, faults.ErrNil))
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
