package ingest

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOtherBallotFiles (tester BH, F3, F5, F6): files of ballots in
// layouts shailoo does not read are said to be what they are, by the
// draft and by --ballots alike, never drafted as protocols (Dublin North
// 2002's ranks as votes, the AEC's paper numbers as votes, a BLT file's
// first line as a precinct) nor read as ballots (Dominion's CSV export:
// "empty precinct" at its second header row).
func TestOtherBallotFiles(t *testing.T) {
	for _, tc := range []struct{ file, what string }{
		{"us-co-denver-2016-dominion-csv-cvr-cut.csv", "Dominion's CSV cast-vote record export"},
		{"gb-sct-east-ayrshire-2022-ward5-cut.blt", "a BLT ballot file"},
		{"SYNTHETIC-au-senate-2016-formalprefs-layout.csv", "formal preferences file of the Australian Electoral Commission"},
		{"ie-dublin-north-2002-prefs-cut.csv", "each row of the file is one ballot, a rank"},
	} {
		_, err := draftReal(t, tc.file)
		require.Error(t, err, tc.file)
		assert.ErrorIs(t, err, ErrMapping, tc.file)
		assert.Contains(t, err.Error(), tc.file+":1: ")
		assert.Contains(t, err.Error(), tc.what, tc.file)

		m := BallotMapping{Precinct: Column{Index: 7}, Ballot: "okrug", Choice: Column{Index: 9}, Empty: EmptyBlank}
		_, err = ReadBallotRecords(mustOpen(t, "../testdata/ingest/real/"+tc.file), tc.file, &m, true)
		require.Error(t, err, tc.file)
		assert.Contains(t, err.Error(), tc.what, tc.file)
	}
	// Not every file of small numbers is one: a protocol's figures are no
	// ranks, two rows are too few to tell, a BLT file needs ballot lines.
	for _, s := range []string{"precinct,a,b,c\n1,1,2,3\n2,2,1,3\n3,1,1,1\n", "a,b,c\n1,2,\n2,1,\n", "3 1\nx\n"} {
		assert.Empty(t, otherBallotFile([]byte(s)), s)
	}
}

// TestDraftOwnBallots (tester BH, F4): the draft knows shailoo's own
// format of cast-vote records (docs/ballots.md): the worked example's
// file is drafted as the default ballot mapping, its yes/no "invalid"
// column the ballots' own, not the protocol line invalid; the columns
// "precinct,ballot,choice" alone too; "choice" beside a ballot ID is the
// choice. A long protocols file, "votes" beside "choice", stays one.
func TestDraftOwnBallots(t *testing.T) {
	doc, err := os.ReadFile("../docs/ballots.md")
	require.NoError(t, err)
	_, example, ok := bytes.Cut(doc, []byte("`cvr.csv`:\n\n```csv\n"))
	require.True(t, ok)
	example, _, _ = bytes.Cut(example, []byte("```"))
	d, err := DraftMapping(bytes.NewReader(example), "cvr.csv")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	b, err := d.JSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), `"ballot_column": "ballot"`)
	assert.Contains(t, string(b), `"invalid": "invalid"`)
	assert.Contains(t, string(b), `"empty": "blank"`)
	m := *d.Ballots
	m.Guesses = nil
	f, err := ReadBallotRecords(bytes.NewReader(example), "cvr.csv", &m, false)
	require.NoError(t, err)
	want, err := ReadBallotRecords(bytes.NewReader(example), "cvr.csv", nil, false)
	require.NoError(t, err)
	assert.Equal(t, want.Cast, f.Cast, "the drafted mapping reads the file as the default does")

	d, err = DraftMapping(strings.NewReader("precinct,ballot,choice\n1001,list,p\n1001,list,q\n1001,okrug,o1-b\n"), "c.csv")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	assert.Nil(t, d.Ballots.Invalid)

	d, err = DraftMapping(strings.NewReader("cvr,precinct,choice\n1,a,Hillary Clinton\n2,b,undervote\n"), "c.csv")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	assert.Equal(t, "choice", d.Ballots.Choice.Header)

	d, err = DraftMapping(strings.NewReader("precinct,ballot,choice,votes\n1001,list,p,10\n1001,list,q,5\n1002,list,p,7\n1002,list,q,3\n"), "long.csv")
	if err == nil {
		assert.Nil(t, d.Ballots, "votes: protocols")
	} else {
		assert.False(t, errors.Is(err, ErrNotTable), err)
	}
}

// TestOtherBallotFileEmpty: an empty file, or one of blank lines, is none
// of them (and no index out of range: the attack case ballots/empty-file).
func TestOtherBallotFileEmpty(t *testing.T) {
	for _, s := range []string{"", "\n\n", " \r\n"} {
		assert.Empty(t, otherBallotFile([]byte(s)))
	}
}
