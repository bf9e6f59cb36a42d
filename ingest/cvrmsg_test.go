package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const cvrRealDir = "../testdata/ingest/real/"

// Alaska 2024's Dominion record as RCTab writes it: "Precinct" is empty on
// every line, "Precinct Portion" names the ballot's precinct; the draft
// maps the filled one and says why not the other.
func TestDraftCVRFilledPrecinct(t *testing.T) {
	b, err := os.ReadFile(cvrRealDir + "us-ak-2024-house-dominion-cvr-cut.csv")
	require.NoError(t, err)
	d, err := DraftMapping(bytes.NewReader(b), "ak.csv")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	assert.Equal(t, "Precinct Portion", d.Ballots.Precinct.Header)
	assert.Contains(t, strings.Join(d.Ballots.Guesses, "\n"), `precinct: "Precinct Portion" (not "Precinct" filled on 0 of 12 lines: a column empty on (nearly) every line names no precinct)`)

	for name, tc := range map[string]struct{ data, want, guess string }{
		// the first filled column of like name, as before
		"both filled": {"Record Id,Precinct,Precinct Portion,Rank 1\n1,a,b,x\n2,a,b,y\n", "Precinct", `precinct: "Precinct"`},
		// one cell in 12 is "nearly empty" (at most a tenth)
		"nearly empty": {"Record Id,Precinct,Precinct Portion,Rank 1\n" + strings.Repeat("1,,b,x\n", 11) + "1,a,b,x\n", "Precinct Portion", `(not "Precinct" filled on 1 of 12 lines`},
		// none filled: no precinct, and the empty one named
		"all empty": {"Record Id,Precinct,Rank 1\n1,,x\n2,,y\n", "", `precinct: no column recognised (not "Precinct" filled on 0 of 2 lines: `},
	} {
		d, err := DraftMapping(strings.NewReader(tc.data), "f.csv")
		require.NoError(t, err, name)
		require.NotNil(t, d.Ballots, name)
		assert.Equal(t, tc.want, d.Ballots.Precinct.Header, name)
		assert.Contains(t, strings.Join(d.Ballots.Guesses, "\n"), tc.guess, name)
	}
}

// A cast-vote record in JSON Lines is drafted as JSON Lines, its keys the
// columns (Minneapolis 2009 Ward 1 written so by a tester): not read as
// CSV, whose first cell would be `{"W-P": "2001-01-04"`.
func TestDraftJSONLines(t *testing.T) {
	b, err := os.ReadFile(cvrRealDir + "SYNTHETIC-EDITED-us-mn-w1-2009-cvr.jsonl")
	require.NoError(t, err)
	d, err := DraftMapping(bytes.NewReader(b), "w1.jsonl")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	m := d.Ballots
	assert.Equal(t, "W-P", m.Precinct.Header)
	assert.Equal(t, "First Choice", m.Choice.Header)
	if assert.NotNil(t, m.Count) {
		assert.Equal(t, "Count", m.Count.Header)
	}
	assert.Empty(t, m.Delimiter)
	assert.Contains(t, m.Guesses[0], "JSON Lines")

	// The drafted mapping, confirmed, reads the file: 12 lines, 27 ballots.
	m.Guesses = nil
	f, err := ReadBallotRecords(bytes.NewReader(b), "w1.jsonl", m, false)
	require.NoError(t, err)
	n := int64(0)
	for _, c := range f.Cast {
		n += c.Count
	}
	assert.Equal(t, int64(27), n)

	// numbers and new keys on later lines; blank lines skipped
	d, err = DraftMapping(strings.NewReader(`{"ballot id": 1, "precinct": 7, "choice 1": "a"}`+"\n\n"+`{"ballot id": 2, "precinct": 7, "choice 1": "undervote", "extra": true}`+"\n"), "f.jsonl")
	require.NoError(t, err)
	require.NotNil(t, d.Ballots)
	assert.Equal(t, "precinct", d.Ballots.Precinct.Header)
	assert.Equal(t, []string{"undervote"}, d.Ballots.BlankValues)

	// JSON Lines of no known record: an error, not a protocols draft
	_, err = DraftMapping(strings.NewReader(`{"a": 1, "b": 2}`+"\n"+`{"a": 3, "b": 4}`+"\n"), "f.jsonl")
	assert.True(t, errors.Is(err, ErrMapping), "%v", err)
	assert.ErrorContains(t, err, `JSON Lines`)
	// a bad line: its line named
	_, err = DraftMapping(strings.NewReader(`{"ballot id": 1, "precinct": 7, "choice 1": "a"}`+"\n"+`{"ballot id": 2,`+"\n"), "f.jsonl")
	var pe *ParseError
	if assert.True(t, errors.As(err, &pe), "%v", err) {
		assert.Equal(t, 2, pe.Line)
	}
}

// Dominion's own JSON export, one document (on one line, or
// pretty-printed), and any whole JSON document, given to --ballots or to
// the draft: said what it is and what --ballots reads, at its first line,
// never "unexpected end of input" or "no key".
func TestCVRDocument(t *testing.T) {
	m := &BallotMapping{Precinct: Column{Header: "Precinct Portion"}, Ballot: "okrug", Choice: Column{Header: "Rank 1"}}
	for _, name := range []string{"SYNTHETIC-EDITED-us-ak-2024-dominion-cvrexport.json", "SYNTHETIC-EDITED-us-ak-2024-dominion-cvrexport-pretty.json"} {
		b, err := os.ReadFile(cvrRealDir + name)
		require.NoError(t, err)
		_, err = ReadBallotRecords(bytes.NewReader(b), name, m, true)
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe), "%s: %v", name, err) {
			assert.Equal(t, 1, pe.Line, name)
			assert.ErrorContains(t, err, "Dominion's cast-vote record export", name)
			assert.ErrorContains(t, err, "one ballot object a line", name)
			assert.ErrorContains(t, err, "jq -c", name)
			assert.NotContains(t, err.Error(), "unexpected end", name)
		}
		// the command's draft: NotJSON first (the page's draft module
		// has no room for these words)
		_, err = NotJSON(bytes.NewReader(b), name)
		assert.True(t, errors.Is(err, ErrJSON), name)
		assert.ErrorContains(t, err, "Dominion's cast-vote record export", name)
	}
	for name, data := range map[string]string{
		"pretty object": "\n{\n  \"precinct\": \"1\",\n  \"choice\": \"a\"\n}\n",
		"array":         `[{"precinct": "1", "choice": "a"}, {"precinct": "1", "choice": "b"}]`,
	} {
		_, err := ReadBallotRecords(strings.NewReader(data), "f.json", nil, false)
		var pe *ParseError
		if assert.True(t, errors.As(err, &pe), "%s: %v", name, err) {
			assert.Equal(t, 1+boolInt(name == "pretty object"), pe.Line, name)
			assert.ErrorContains(t, err, "one JSON document (an array, or an object over several lines), not JSON Lines", name)
		}
	}
	// JSON Lines still read
	f, err := ReadBallotRecords(strings.NewReader(`{"precinct": "1", "ballot": "okrug", "choice": "a"}`+"\n"), "f.jsonl", nil, false)
	require.NoError(t, err)
	assert.Len(t, f.Cast, 1)
}

// jsonObject and jsonString, the draft's scan of a JSON Lines object
// (encoding/json's decoder would grow the page's draft module), read
// what encoding/json reads.
func TestJSONObjectScan(t *testing.T) {
	for _, line := range []string{
		`{}`, `{"a":1}`, `{ "a" : "x" , "b":true,"c":null }`, `{"a":[1,{"b":"]}"}],"c":"d"}`,
		`{"a\"b":"c\\d\/e\n\u00e9\\\/","n":-1.5e3}`, `{"k":{"x":[]},"l":"é"}`,
	} {
		var want map[string]any
		d := json.NewDecoder(strings.NewReader(line))
		d.UseNumber()
		require.NoError(t, d.Decode(&want), line)
		got := map[string]any{}
		ok := jsonObject([]byte(line), func(k string, v []byte) bool {
			end := jsonValueEnd(v, 0)
			require.Positive(t, end, line)
			var x any
			d := json.NewDecoder(bytes.NewReader(v[:end]))
			d.UseNumber()
			require.NoError(t, d.Decode(&x), line)
			if v[0] == '"' {
				s, ok := jsonString(v[:end])
				require.True(t, ok, line)
				assert.Equal(t, x, s, line)
			}
			got[k] = x
			return true
		})
		assert.True(t, ok, line)
		assert.Equal(t, want, got, line)
	}
	for _, bad := range []string{``, `[1]`, `{"a"`, `{"a":`, `{"a":"x`, `{"a":1 "b":2}`, `{"a":[1,2`} {
		assert.False(t, jsonObject([]byte(bad), func(string, []byte) bool { return true }), bad)
	}
	_, ok := jsonString([]byte(`"\ud83d\ude00"`))
	assert.False(t, ok, "a surrogate pair is refused, not read wrong")
	assert.True(t, dominionCVR([]byte(`{"Version":"5","ElectionId":"x","Sessions":[{"Original":{}}]}`)))
	assert.False(t, dominionCVR([]byte(`{"Version":"5","Sessions":{}}`)))
	assert.False(t, dominionCVR([]byte(`{"precinct":"1","choice":"Sessions"}`)))
}
