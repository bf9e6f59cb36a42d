package ingest

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSkippedFirstRank: Maine's 2018 AUX batch (tester BH, F2), ballot 76
// at line 77: no first choice, Poliquin second. Maine's law (21-A M.R.S.
// §723-A, 1, D and K) passes over one skipped ranking, so round 1 counts
// it for Poliquin (40, not 39) and 3 ballots, not 4, are without a
// choice; the ballot is counted and said, never folded into invalid.
func TestSkippedFirstRank(t *testing.T) {
	file := "../testdata/ingest/real/us-me-cd2-2018-aux-cvr.csv"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	m := BallotMapping{Precinct: Column{Header: "Precinct"}, Ballot: "okrug", Choice: Column{Header: "Rep. to Congress District 2 1st Choice"}, BlankValues: []string{"undervote"}}
	f, err := ReadBallotRecords(bytes.NewReader(data), file, &m, false)
	require.NoError(t, err)
	votes, invalid := map[string]int{}, 0
	for _, c := range f.Cast {
		if c.Invalid {
			invalid++
		} else {
			votes[c.Choice]++
		}
	}
	assert.Equal(t, 40, votes["REP Poliquin, Bruce"])
	assert.Equal(t, 41, votes["DEM Golden, Jared F."])
	assert.Equal(t, 3, invalid)
	assert.Equal(t, int64(1), f.SkippedFirst)
	assert.Equal(t, 77, f.SkippedFirstLine)
	assert.Zero(t, f.SkippedTwice)

	// Two ranks skipped: Maine exhausts the ballot; said, left invalid.
	// A rank marked twice is no skip: the ballot stays invalid, unsaid.
	// A count condensed on one line counts its ballots; JSON Lines too.
	for _, tc := range []struct{ name, data string }{
		{"r.csv", "pct,n,rank1,rank2,rank3\n1,1,A,,\n1,2,,B,\n1,3,undervote,undervote,C\n1,4,,overvote,C\n"},
		{"r.jsonl", `{"pct":"1","n":1,"rank1":"A","rank2":"","rank3":""}` + "\n" + `{"pct":"1","n":2,"rank1":"","rank2":"B","rank3":""}` + "\n" +
			`{"pct":"1","n":3,"rank1":"undervote","rank2":"undervote","rank3":"C"}` + "\n" + `{"pct":"1","n":4,"rank1":"","rank2":"overvote","rank3":"C"}` + "\n"},
	} {
		m := BallotMapping{Precinct: Column{Header: "pct"}, Ballot: "okrug", Choice: Column{Header: "rank1"}, Count: &Column{Header: "n"},
			Empty: EmptyBlank, BlankValues: []string{"undervote"}, InvalidValues: []string{"overvote"}}
		f, err := ReadBallotRecords(bytes.NewReader([]byte(tc.data)), tc.name, &m, false)
		require.NoError(t, err, tc.name)
		require.Len(t, f.Cast, 4, tc.name)
		assert.Equal(t, "B", f.Cast[1].Choice, tc.name)
		assert.False(t, f.Cast[1].Invalid, tc.name)
		assert.True(t, f.Cast[2].Invalid && f.Cast[3].Invalid, tc.name)
		assert.Equal(t, []string{"rank2", "rank3"}, f.LaterRanks, tc.name)
		assert.Equal(t, int64(2), f.SkippedFirst, tc.name)
		assert.Equal(t, map[string]int{"r.csv": 3, "r.jsonl": 2}[tc.name], f.SkippedFirstLine, tc.name)
		assert.Equal(t, int64(3), f.SkippedTwice, tc.name)
	}
}

// TestDraftRankSpellings (tester BH, F1): Burlington's 2009 ballots
// (derived) under the rank headers real records and tools write: the
// draft maps the first as the choice, and the count, by the same
// mapping, finds the others later ranks, so that draft and count agree;
// Maine's 2018 primary header (synthetic rows), each rank with its ID.
func TestDraftRankSpellings(t *testing.T) {
	data, err := os.ReadFile("../testdata/ingest/real/DERIVED-us-vt-burlington-2009-mayor-3cand.csv")
	require.NoError(t, err)
	_, rows, _ := bytes.Cut(data, []byte("\n"))
	for _, h := range [][3]string{{"rank1", "rank2", "rank3"}, {"pref1", "pref2", "pref3"}, {"P1", "P2", "P3"}, {"choice", "choice 2", "choice 3"}, {"Choice", "Choice_2", "Choice_3"}} {
		file := append([]byte("city,count,"+h[0]+","+h[1]+","+h[2]+"\n"), rows...)
		d, err := DraftMapping(bytes.NewReader(file), "b.csv")
		require.NoError(t, err, h[0])
		require.NotNil(t, d.Ballots, h[0])
		assert.Equal(t, h[0], d.Ballots.Choice.Header)
		assert.Equal(t, "city", d.Ballots.Precinct.Header)
		m := *d.Ballots
		m.Guesses = nil
		f, err := ReadBallotRecords(bytes.NewReader(file), "b.csv", &m, false)
		require.NoError(t, err, h[0])
		assert.Equal(t, []string{h[1], h[2]}, f.LaterRanks, h[0])
	}
	file := "../testdata/ingest/real/SYNTHETIC-us-me-2018-primary-gov-header.csv"
	d, err := draftReal(t, "SYNTHETIC-us-me-2018-primary-gov-header.csv")
	require.NoError(t, err)
	m := *d.Ballots
	m.Guesses = nil
	assert.Equal(t, "DEM Governor 1st Choice (5715)", m.Choice.Header)
	f, err := ReadBallotRecords(mustOpen(t, file), file, &m, false)
	require.NoError(t, err)
	assert.Equal(t, []string{"DEM Governor 2nd Choice (5718)", "DEM Governor 3rd Choice (5720)"}, f.LaterRanks)
}
