package ingest

import (
	"bytes"
	"errors"
	"os"
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
		"count value":       `{"precinct": "uik", "ballot": "list", "choice": "c", "count": {"value": "2"}}`,
		"blank and invalid": `{"precinct": "uik", "ballot": "list", "choice": "c", "blank_values": ["x"], "invalid_values": ["X"]}`,
		"ignore a value":    `{"precinct": "uik", "ballot": "list", "choice": "c", "ignore": [{"value": "x"}]}`,
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

// TestReadBallotRecordsCount: a count column makes a line that many
// ballots, in CSV and JSON Lines; a line of 0 is none; a bad count is an
// error naming line and field, or, leniently, a line skipped.
func TestReadBallotRecordsCount(t *testing.T) {
	m := &BallotMapping{Precinct: Column{Header: "p"}, Ballot: "okrug", Choice: Column{Header: "c"}, Count: &Column{Header: "n"},
		BlankValues: []string{"undervote"}, InvalidValues: []string{"overvote"}}
	for name, data := range map[string]string{
		"csv":   "p,c,n,rank2\n1,a,3,b\n1,undervote,1,b\n1,b,0,a\n1,OVERVOTE,2,a\n",
		"jsonl": `{"p": 1, "c": "a", "n": 3, "rank2": "b"}` + "\n" + `{"p": "1", "c": "undervote", "n": "1"}` + "\n" + `{"p": 1, "c": "b", "n": 0}` + "\n" + `{"p": 1, "c": "OVERVOTE", "n": 2, "rank2": "a"}` + "\n",
	} {
		f, err := ReadBallotRecords(bytes.NewReader([]byte(data)), "f", m, false)
		require.NoError(t, err, name)
		require.Len(t, f.Cast, 3, name)
		want := []int{2, 3, 5} // below the header row
		if name == "jsonl" {
			want = []int{1, 2, 4}
		}
		assert.Equal(t, want, f.Lines, name)
		assert.Equal(t, int64(3), f.Cast[0].Count, name)
		assert.Equal(t, ballots.Cast{Precinct: "1", Ballot: election.Ballot{Kind: election.OkrugBallot, Invalid: true}, Count: 1}, f.Cast[1], name)
		assert.Equal(t, ballots.Cast{Precinct: "1", Ballot: election.Ballot{Kind: election.OkrugBallot, Invalid: true}, Count: 2}, f.Cast[2], name)
		assert.Equal(t, []string{"rank2"}, f.Unread, name)
	}
	for name, tc := range map[string]struct{ data, field string }{
		"negative":  {"p,c,n\n1,a,1\n1,a,-1\n", "count"},
		"fraction":  {"p,c,n\n1,a,1\n1,a,1.5\n", "count"},
		"empty":     {"p,c,n\n1,a,1\n1,a,\n", "count"},
		"overflow":  {"p,c,n\n1,a,1\n1,a,9223372036854775808\n", "count"},
		"jsonl key": {`{"p": 1, "c": "a", "n": 1}` + "\n" + `{"p": 1, "c": "a"}` + "\n", "count"},
	} {
		_, err := ReadBallotRecords(bytes.NewReader([]byte(tc.data)), "f", m, false)
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe), name) {
			assert.Equal(t, 3-boolInt(name == "jsonl key"), pe.Line, name)
			assert.Equal(t, tc.field, pe.Field, name)
		}
		f, err := ReadBallotRecords(bytes.NewReader([]byte(tc.data)), "f", m, true)
		require.NoError(t, err, name)
		assert.Len(t, f.Cast, 1, name)
		assert.Len(t, f.Skipped, 1, name)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestReadBallotRecordsCountColumn: a column the mapping does not read
// whose header says it counts ballots and whose cells are whole numbers
// is refused (each line would be one ballot), unless listed in ignore; a
// header alone, or whole numbers alone, are not enough.
func TestReadBallotRecordsCountColumn(t *testing.T) {
	m := BallotMapping{Precinct: Column{Header: "p"}, Ballot: "okrug", Choice: Column{Header: "c"}}
	for name, tc := range map[string]struct {
		data   string
		ignore []Column
		refuse bool
	}{
		"COUNT":             {"p,c,COUNT\n1,a,2\n", nil, true},
		"Weight":            {"p,c,Weight\n1,a,2\n", nil, true},
		"number of ballots": {"p,c,Number_of_Ballots\n1,a,2\n", nil, true},
		"jsonl":             {`{"p": 1, "c": "a", "Ballots": 2}` + "\n", nil, true},
		"ignored":           {"p,c,COUNT\n1,a,2\n", []Column{{Header: "COUNT"}}, false},
		"ignored by number": {"p,c,COUNT\n1,a,2\n", []Column{{Index: 3}}, false},
		"not numbers":       {"p,c,count\n1,a,two\n", nil, false},
		"an ID":             {"p,c,Cast Vote Record\n1,a,418\n", nil, false},
	} {
		mm := m
		mm.Ignore = tc.ignore
		_, err := ReadBallotRecords(bytes.NewReader([]byte(tc.data)), "f", &mm, true)
		if !tc.refuse {
			assert.NoError(t, err, name)
			continue
		}
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe) && errors.Is(err, ErrMapping), name) {
			assert.Equal(t, "count", pe.Field, name)
			assert.Contains(t, err.Error(), `"count": `, name)
		}
	}
}

// TestReadBallotRecordsCountPointZero: a count written as a spreadsheet
// exports a whole number ("1.0", "101.0": Minneapolis's 2009 record) is
// that number, as a protocol's figure is; "1.5" and "1.000" are refused.
// Unmapped, such a column is refused as one of whole numbers is, and the
// draft proposes it.
func TestReadBallotRecordsCountPointZero(t *testing.T) {
	cut := "../testdata/ingest/real/us-mn-w1-2009-cvr-cut-count-decimal.csv"
	data, err := os.ReadFile(cut)
	require.NoError(t, err)
	m := &BallotMapping{Precinct: Column{Header: "W-P"}, Ballot: "okrug", Choice: Column{Header: "First Choice"},
		Count: &Column{Header: "Count"}, BlankValues: []string{"XXX"}}
	f, err := ReadBallotRecords(bytes.NewReader(data), cut, m, false)
	require.NoError(t, err)
	require.Len(t, f.Cast, 2)
	assert.Equal(t, []int64{86, 101}, []int64{f.Cast[0].Count, f.Cast[1].Count})

	for _, bad := range []string{"1.5", "1.000", ".0", "1.0.0", "-1.0"} {
		_, err := ReadBallotRecords(bytes.NewReader([]byte("W-P,First Choice,Count\n1,a,"+bad+"\n")), "f", m, false)
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe), bad) {
			assert.Equal(t, "count", pe.Field, bad)
		}
	}

	// The count column left out of the mapping is refused, not read as
	// one ballot a line (605 ballots in place of 4,016).
	noCount := *m
	noCount.Count = nil
	_, err = ReadBallotRecords(bytes.NewReader(data), cut, &noCount, false)
	var pe *ParseError
	if assert.True(t, errors.As(err, &pe) && errors.Is(err, ErrMapping)) {
		assert.Equal(t, "count", pe.Field)
	}

	d, err := DraftMapping(bytes.NewReader(data), cut)
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	require.NotNil(t, d.Ballots.Count)
	assert.Equal(t, "Count", d.Ballots.Count.Header)
}

// TestReadBallotRecordsEmpty: what an empty choice cell means, the mapping
// says ("empty"); a mapping that does not say is an error at the first
// empty cell, naming the field, even when reading leniently. Teller
// County's ES&S record leaves the mayor's cell empty on the 3 ballots
// whose style lacks the contest: not counted, not 3 invalid ballots.
func TestReadBallotRecordsEmpty(t *testing.T) {
	file := "../testdata/ingest/real/us-co-teller-2017-ess-cvr.csv"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	m := BallotMapping{Precinct: Column{Header: "Precinct"}, Ballot: "okrug", Choice: Column{Header: "CRIPPLE CREEK MAYOR CRIPPLE CREEK"}}
	for _, lenient := range []bool{false, true} {
		_, err = ReadBallotRecords(bytes.NewReader(data), file, &m, lenient)
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe) && errors.Is(err, ErrMapping)) {
			assert.Equal(t, "empty", pe.Field)
			assert.Equal(t, 2, pe.Line)
			assert.Contains(t, err.Error(), `"not_on_ballot"`)
		}
	}

	m.Empty = EmptyNotOnBallot
	f, err := ReadBallotRecords(bytes.NewReader(data), file, &m, false)
	require.NoError(t, err)
	assert.Len(t, f.Cast, 2)
	assert.Equal(t, []int{4, 6}, f.Lines)
	assert.Equal(t, 3, f.NotOnBallot)
	assert.Equal(t, 2, f.NotOnBallotFirst)

	for _, e := range []string{EmptyBlank, EmptyInvalid} {
		m.Empty = e
		f, err := ReadBallotRecords(bytes.NewReader(data), file, &m, false)
		require.NoError(t, err, e)
		require.Len(t, f.Cast, 5, e)
		assert.True(t, f.Cast[0].Invalid, e)
		assert.False(t, f.Cast[2].Invalid, e)
		assert.Zero(t, f.NotOnBallot, e)
	}

	// A preference vote where the contest was not on the ballot is bad.
	m = BallotMapping{Precinct: Column{Header: "p"}, Ballot: "list", Choice: Column{Header: "c"}, Candidate: &Column{Header: "k"}, Empty: EmptyNotOnBallot}
	_, err = ReadBallotRecords(bytes.NewReader([]byte("p,c,k\n1,a,\n1,,a-1\n")), "f", &m, false)
	var pe *ParseError
	if assert.True(t, errors.As(err, &pe) && errors.Is(err, ErrBadValue)) {
		assert.Equal(t, "candidate", pe.Field)
	}

	// A line the record marks spoiled is an invalid ballot whatever its
	// choice cell: under "not_on_ballot" an empty one is not dropped.
	// Each "empty" gives 4 ballots, 1 of them invalid (rev24's t1/sp.csv).
	spoiled := []byte("p,c,x\nA,a,no\nA,b,no\nA,,yes\nB,a,no\n")
	for _, e := range []string{EmptyNotOnBallot, EmptyBlank, EmptyInvalid, ""} {
		m = BallotMapping{Precinct: Column{Header: "p"}, Ballot: "okrug", Choice: Column{Header: "c"}, Invalid: &Column{Header: "x"}, Empty: e}
		f, err := ReadBallotRecords(bytes.NewReader(spoiled), "f", &m, false)
		require.NoError(t, err, e)
		require.Len(t, f.Cast, 4, e)
		assert.True(t, f.Cast[2].Invalid, e)
		assert.Equal(t, []int{2, 3, 4, 5}, f.Lines, e)
		assert.Zero(t, f.NotOnBallot, e)
	}

	// The default mapping (the format's own headers) says "blank".
	f, err = ReadBallotRecords(bytes.NewReader([]byte("precinct,ballot,choice\n1,okrug,\n")), "f", nil, false)
	require.NoError(t, err)
	assert.True(t, f.Cast[0].Invalid)

	_, err = ReadBallotMapping(bytes.NewReader([]byte(`{"precinct": "p", "ballot": "okrug", "choice": "c", "empty": "skip"}`)), "m.json")
	assert.ErrorIs(t, err, ErrMapping)
}

// TestLaterRank: the later ranks of a ranked record's choice column, in
// the headers real records write; not another contest's column.
func TestLaterRank(t *testing.T) {
	for _, tc := range []struct {
		choice, h string
		later     int
	}{
		{"Rank 1", "Rank 2", 2},
		{"Rank 1", "Rank 4", 4},
		{"First Choice", "Second Choice", 2},
		{"1st Choice", "3rd Choice", 3},
		{"Choice_1", "choice-12", 12},
		{"Rep. to Congress District 2 1st Choice", "Rep. to Congress District 2 5th Choice", 5},
		{"1ST CHOICE PARK AND RECREATION COMMISSIONER DISTRICT THREE DISTRICT 3", "2ND CHOICE PARK AND RECREATION COMMISSIONER DISTRICT THREE DISTRICT 3", 2},
		{"Rank 2", "Rank 3", 0},                         // the choice is no first rank
		{"Rank 1", "Rank 1", 0},                         // the same
		{"Rank 1", "Record Id", 0},                      // another column
		{"Council District 1", "Council District 2", 0}, // another contest
		{"Rep. to Congress District 2 1st Choice", "Rep. to Congress District 3 1st Choice", 0},
		{"Mayor", "Council", 0},
		// Digits joined to the word, the first unnumbered, an ID in
		// brackets per rank (tester BH, F1: Burlington 2009, Renfrewshire
		// 2017, Maine's 2018 primary header): each a later rank.
		{"rank1", "rank2", 2},
		{"pref1", "pref5", 5},
		{"P1", "P3", 3},
		{"choice", "choice 2", 2},
		{"Choice", "Choice_3", 3},
		{"DEM Governor 1st Choice (5715)", "DEM Governor 2nd Choice (5718)", 2},
		{"DEM Governor 1st Choice (5715)", "REP Governor 2nd Choice (5720)", 0}, // another contest
		{"District1", "District2", 0},
		{"choice", "choice", 0},
		{"Precinct", "Precinct 2", 0},
		{"1st", "2nd", 0},
	} {
		assert.Equal(t, tc.later, laterRank(tc.choice, tc.h), "%q %q", tc.choice, tc.h)
	}

	file := "../testdata/ingest/real/us-ak-2024-house-cvr-92106.csv"
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	m := BallotMapping{Precinct: Column{Header: "Precinct Portion"}, Ballot: "okrug", Choice: Column{Header: "Rank 1"}, BlankValues: []string{"undervote"}, Empty: EmptyBlank}
	f, err := ReadBallotRecords(bytes.NewReader(data), file, &m, false)
	require.NoError(t, err)
	assert.Equal(t, []string{"Rank 2", "Rank 3", "Rank 4"}, f.LaterRanks)
	m.Choice = Column{Index: 9} // by its number, the same
	f, err = ReadBallotRecords(bytes.NewReader(data), file, &m, false)
	require.NoError(t, err)
	assert.Equal(t, []string{"Rank 2", "Rank 3", "Rank 4"}, f.LaterRanks)
}
