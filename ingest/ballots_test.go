package ingest

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
)

// TestBallotWriterRoundTrip: the ballots BallotWriter writes for a
// protocol read back, and count back, to its figures.
func TestBallotWriterRoundTrip(t *testing.T) {
	parties := []election.Party{{ID: "p", Candidates: []election.Candidate{{ID: "p-1"}, {ID: "p-2"}}}, {ID: "q, the second"}}
	p := election.Protocol{Precinct: "1001", Ballot: election.ListBallot,
		Lines:       map[election.Line]int64{election.Invalid: 2},
		Votes:       map[string]int64{"p": 3, "q, the second": 1, election.AgainstAll: 1},
		Preferences: map[string]int64{"p-1": 1, "p-2": 2}}
	var b bytes.Buffer
	w, err := NewBallotWriter(&b, parties)
	require.NoError(t, err)
	require.NoError(t, w.Write(&p))
	require.NoError(t, w.Flush())
	cast, lines, err := ReadBallots(&b, "cvr.csv", nil)
	require.NoError(t, err)
	assert.Len(t, cast, 7)
	assert.Equal(t, 2, lines[0])
	e := &election.Election{Parties: parties, Precincts: []election.Precinct{{ID: "1001"}}}
	ps, err := ballots.Protocols(e, cast, nil)
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, p.Votes, ps[0].Votes)
	assert.Equal(t, p.Preferences, ps[0].Preferences)
	assert.Equal(t, int64(2), ps[0].Lines[election.Invalid])

	p.Preferences["p-1"] = 5
	assert.ErrorIs(t, w.Write(&p), ErrBadValue, "more preference votes than votes")
}

func TestReadBallotMappingErrors(t *testing.T) {
	for name, m := range map[string]string{
		"ballot and column": `{"precinct": "uik", "ballot": "list", "ballot_column": "b", "choice": "c"}`,
		"neither":           `{"precinct": "uik", "choice": "c"}`,
		"unknown ballot":    `{"precinct": "uik", "ballot": "senate", "choice": "c"}`,
		"unknown value":     `{"precinct": "uik", "ballot_column": "b", "ballot_values": {"x": "senate"}, "choice": "c"}`,
		"no choice":         `{"precinct": "uik", "ballot": "list"}`,
		"unknown key":       `{"precinct": "uik", "ballot": "list", "choice": "c", "choise": "d"}`,
		"delimiter":         `{"precinct": "uik", "ballot": "list", "choice": "c", "delimiter": "|"}`,
	} {
		_, err := ReadBallotMapping(bytes.NewReader([]byte(m)), "m.json")
		var pe *ParseError
		assert.True(t, errors.As(err, &pe) && errors.Is(err, ErrMapping), name)
	}
}

// FuzzReadBallots: any bytes give ballots or a *ParseError, never a
// panic; every ballot read has a precinct and a known ballot kind.
func FuzzReadBallots(f *testing.F) {
	for _, s := range []string{
		"precinct,ballot,choice\n1001,list,p\n",
		"precinct,ballot,choice,candidate,invalid\n1001,list,p|q,,\n1001,okrug,\"a,b\",,yes\n",
		"{\"precinct\": 1001, \"ballot\": \"list\", \"choice\": \"p\"}\n",
		"precinct,ballot,choice\r1001,list,p\r",
		"\xff\xfep\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cast, lines, err := ReadBallots(bytes.NewReader(data), "f", nil)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%T: %v", err, err)
			}
			return
		}
		if len(cast) != len(lines) {
			t.Fatalf("%d ballots, %d lines", len(cast), len(lines))
		}
		for _, c := range cast {
			if c.Precinct == "" || c.Kind != election.ListBallot && c.Kind != election.OkrugBallot {
				t.Fatalf("ballot %+v", c)
			}
		}
	})
}
