package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Real cast-vote records (testdata/ingest/real, their provenance in its
// README) counted with --ballots, one seat by first choices.
const (
	cvrRules   = repo + "examples/fptp/rules.json"
	cvrReal    = repo + "testdata/ingest/real/"
	mnElection = "testdata/cvr/mn-park3-2013-election.json"
	meElection = "testdata/cvr/me-cd2-2018-election.json"
	w1Election = "testdata/cvr/mn-w1-2009-election.json"
	cvrTeller  = "testdata/cvr/co-teller-2017-mayor-election.json"
	akElection = "testdata/cvr/ak-2024-house-election.json"
	mnChoice   = `"1ST CHOICE PARK AND RECREATION COMMISSIONER DISTRICT THREE DISTRICT 3"`
	meChoice   = `"Rep. to Congress District 2 1st Choice"`
)

// cvrMapping writes a ballot mapping to a temporary file.
func cvrMapping(t *testing.T, m string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "m.json")
	require.NoError(t, os.WriteFile(f, []byte(m), 0o644))
	return f
}

// cvrResult counts the records of file with mapping m as JSON.
func cvrResult(t *testing.T, election, file, m string, args ...string) (map[string]any, string, int) {
	t.Helper()
	out, stderr, code := cli(t, append([]string{"count", "--format", "json", "--rules", cvrRules, "--election", election,
		"--ballots", file + ":" + cvrMapping(t, m)}, args...)...)
	var res map[string]any
	if code != exitUsage {
		require.NoError(t, json.Unmarshal([]byte(out), &res), stderr)
	}
	return res, stderr, code
}

// leaderVotes returns the leader of the only okrug and its votes.
func leaderVotes(t *testing.T, res map[string]any) (string, float64) {
	t.Helper()
	oks := res["okrugs"].([]any)
	require.Len(t, oks, 1)
	o := oks[0].(map[string]any)
	return o["leader"].(string), o["leader_votes"].(float64)
}

// TestBallotsCountColumn: Minneapolis's record gives each line a COUNT of
// ballots. Left unmapped it is refused, never read as one ballot a line
// (VREELAND's 15 ballots read as 14); mapped, each line counts as many.
func TestBallotsCountColumn(t *testing.T) {
	file := cvrReal + "EDITED-us-mn-park3-2013-cvr-count2.csv"
	_, stderr, code := cvrResult(t, mnElection, file, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+mnChoice+`}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `EDITED-us-mn-park3-2013-cvr-count2.csv:1:5: count:`)
	assert.Contains(t, stderr, `"count": "COUNT"`)
	assert.Contains(t, stderr, `"ignore"`)

	res, stderr, code := cvrResult(t, mnElection, file, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+mnChoice+`, "count": "COUNT"}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	who, votes := leaderVotes(t, res)
	assert.Equal(t, "SCOTT VREELAND", who)
	assert.Equal(t, float64(15), votes, "the line of COUNT 2 is two ballots")
	assert.Equal(t, float64(21), res["totals"].(map[string]any)["participants"])
	assert.Contains(t, res["notes"], cvrReal+`EDITED-us-mn-park3-2013-cvr-count2.csv: columns not read: "2ND CHOICE PARK AND RECREATION COMMISSIONER DISTRICT THREE DISTRICT 3", "3RD CHOICE PARK AND RECREATION COMMISSIONER DISTRICT THREE DISTRICT 3". What they hold is not counted: a ballot's choice is read from the choice column alone (later preferences, other contests and IDs are not used).`)

	// Listed in ignore, the column is left alone, on purpose, and named.
	res, stderr, code = cvrResult(t, mnElection, file, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+mnChoice+`, "ignore": ["COUNT"]}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	_, votes = leaderVotes(t, res)
	assert.Equal(t, float64(14), votes)

	// A count that is not a whole number is an error naming its line.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bad, append(data, []byte("MINNEAPOLIS W-6 P-05,SAID MAYE,undervote,undervote,-1\n")...), 0o644))
	_, stderr, code = cvrResult(t, mnElection, bad, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+mnChoice+`, "count": "COUNT"}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `bad.csv:22:5: count: bad value: "-1"`)
}

// TestBallotsCountPointZero: Minneapolis's 2009 Ward 1 record writes its
// counts "1.0", "101.0". Unmapped, the column is refused (it was read as
// one ballot a line: 605 ballots, not 4,016, ALE and HAN swapped); mapped,
// the count is round 1 as published.
func TestBallotsCountPointZero(t *testing.T) {
	file := cvrReal + "us-mn-w1-2009-cvr.csv"
	m := `{"precinct": "W-P", "ballot": "okrug", "choice": "First Choice", "blank_values": ["XXX"]`
	_, stderr, code := cvrResult(t, w1Election, file, m+`}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `us-mn-w1-2009-cvr.csv:1:5: count:`)
	assert.Contains(t, stderr, `"count": "Count"`)

	res, stderr, code := cvrResult(t, w1Election, file, m+`, "count": "Count"}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	totals := res["totals"].(map[string]any)
	assert.Equal(t, float64(4016), totals["participants"])
	assert.Equal(t, float64(47), totals["invalid"])
	assert.Equal(t, float64(3969), totals["valid"])
	assert.Equal(t, map[string]any{"REI": float64(1997), "RAN": float64(941), "HAN": float64(535), "ALE": float64(340), "FOX": float64(153),
		"JOHN D. BORCHET": float64(1), "PETER HUXMANN": float64(1), "TRICIA DEHLER": float64(1)},
		res["okrugs"].([]any)[0].(map[string]any)["candidate_votes"])
}

// TestBallotsFirstBadLine: a bad ballot's error names the first bad line
// of the file (438, REI's first line), not the first of the first precinct
// that has one (444, in 2001-01-04, the precinct of line 2); with
// --skip-bad-rows each bad line is a finding I601, REI's 1,997 ballots
// left out at once.
func TestBallotsFirstBadLine(t *testing.T) {
	data, err := os.ReadFile(w1Election)
	require.NoError(t, err)
	var def map[string]any
	require.NoError(t, json.Unmarshal(data, &def))
	ok := def["okrugs"].([]any)[0].(map[string]any)
	ok["candidates"] = ok["candidates"].([]any)[1:] // REI, the first, left out
	require.Equal(t, "HAN", ok["candidates"].([]any)[0].(map[string]any)["id"])
	noREI := filepath.Join(t.TempDir(), "e.json")
	data, err = json.Marshal(def)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(noREI, data, 0o644))

	file := cvrReal + "us-mn-w1-2009-cvr.csv"
	m := `{"precinct": "W-P", "ballot": "okrug", "choice": "First Choice", "blank_values": ["XXX"], "count": "Count"}`
	_, stderr, code := cvrResult(t, noREI, file, m)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `us-mn-w1-2009-cvr.csv:438: choice: "REI" is not a choice of the okrug ballot`)

	res, stderr, code := cvrResult(t, noREI, file, m, "--skip-bad-rows")
	require.Equal(t, exitFindings, code, stderr)
	var rows []float64
	for _, f := range res["findings"].(map[string]any)["findings"].([]any) {
		if f := f.(map[string]any); f["code"] == "I601" {
			rows = append(rows, f["place"].(map[string]any)["row"].(float64))
		}
	}
	require.NotEmpty(t, rows)
	assert.Equal(t, float64(438), rows[0])
	assert.IsIncreasing(t, rows)
	assert.Equal(t, float64(4016-1997), res["totals"].(map[string]any)["participants"])
}

// TestBallotsEmptyNotOnBallot: Teller County's ES&S record leaves the
// mayor's cell empty on the ballots whose style lacks the contest. A
// mapping that does not say what an empty cell means is refused, naming
// "empty" (the count took them for 3 invalid ballots: 5 took part in
// place of 2); "not_on_ballot" leaves them out of the contest, with a note.
func TestBallotsEmptyNotOnBallot(t *testing.T) {
	file := cvrReal + "us-co-teller-2017-ess-cvr.csv"
	m := `{"precinct": "Precinct", "ballot": "okrug", "choice": "CRIPPLE CREEK MAYOR CRIPPLE CREEK"`
	_, stderr, code := cvrResult(t, cvrTeller, file, m+`}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `us-co-teller-2017-ess-cvr.csv:2:5: empty:`)
	assert.Contains(t, stderr, `"empty": "not_on_ballot"`)

	res, stderr, code := cvrResult(t, cvrTeller, file, m+`, "empty": "not_on_ballot"}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	totals := res["totals"].(map[string]any)
	assert.Equal(t, float64(2), totals["participants"])
	assert.Equal(t, float64(0), totals["invalid"])
	assert.Nil(t, res["okrugs"].([]any)[0].(map[string]any)["first_choices_only"], "other contests are no later ranks")
	assert.Contains(t, res["notes"], cvrReal+`us-co-teller-2017-ess-cvr.csv: 3 lines (the first at line 2) have an empty choice cell, which the mapping reads as a contest not on their ballot ("empty": "not_on_ballot"): they are not counted in the contest, neither as ballots nor as invalid ones.`)
}

// TestDraftCountEmptyCells: the draft of Teller County's record counted
// with its contest changed to the mayor's, the guesses deleted. The five
// real lines do not tell what an empty cell means: the draft leaves
// "empty" out and says so, and the count refuses the first empty cell,
// naming "empty", as the draft said it would. With one "undervote" (a
// tester's edit) the record shows it: the draft says "not_on_ballot",
// and the count takes the mayor's 2 ballots, none invalid.
func TestDraftCountEmptyCells(t *testing.T) {
	for _, tc := range []struct {
		file, empty string
	}{
		{"us-co-teller-2017-ess-cvr.csv", ""},
		{"SYNTHETIC-EDITED-us-co-teller-2017-ess-cvr-undervote.csv", "not_on_ballot"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			out, stderr, code := cli(t, "mapping", "draft", cvrReal+tc.file)
			require.Equal(t, exitOK, code, stderr)
			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(out), &m))
			assert.Contains(t, fmt.Sprint(m["_guesses"]), "empty: ")
			if tc.empty == "" {
				assert.NotContains(t, m, "empty")
			} else {
				assert.Equal(t, tc.empty, m["empty"])
			}
			delete(m, "_guesses")
			m["choice"] = "CRIPPLE CREEK MAYOR CRIPPLE CREEK"
			b, err := json.Marshal(m)
			require.NoError(t, err)
			res, stderr, code := cvrResult(t, cvrTeller, cvrReal+tc.file, string(b))
			if tc.empty == "" {
				require.Equal(t, exitUsage, code)
				assert.Contains(t, stderr, tc.file+`:2:5: empty:`)
				return
			}
			require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
			totals := res["totals"].(map[string]any)
			assert.Equal(t, float64(2), totals["participants"])
			assert.Equal(t, float64(0), totals["invalid"])
		})
	}
}

// TestBallotsFirstChoicesOnly: Alaska's ranked record (Rank 1 to Rank 4)
// counted by its first choices under a rule set of one round: no first
// choice is a majority (Begich 6 of 13), and a ranked count's rounds were
// not run. The head and the okrug's outcome say so in every output, not
// "elected" alone with a note of the columns not read.
func TestBallotsFirstChoicesOnly(t *testing.T) {
	file := cvrReal + "us-ak-2024-house-cvr-92106.csv"
	m := cvrMapping(t, `{"precinct": "Precinct Portion", "ballot": "okrug", "choice": "Rank 1", "blank_values": ["undervote"]}`)
	args := []string{"count", "--rules", cvrRules, "--election", akElection, "--ballots", file + ":" + m}

	out, stderr, code := cli(t, append(args, "--format", "json")...)
	require.Equal(t, exitFindings, code, stderr)
	var res map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, true, res["provisional"])
	var kinds []any
	for _, u := range res["provisional_reasons"].([]any) {
		kinds = append(kinds, u.(map[string]any)["kind"])
	}
	assert.Contains(t, kinds, "first_choices_only")
	o := res["okrugs"].([]any)[0].(map[string]any)
	assert.Equal(t, "Begich, Nick", o["leader"])
	assert.Equal(t, true, o["first_choices_only"])
	assert.Equal(t, true, o["provisional"])

	for _, tc := range []struct{ lang, format, head, outcome string }{
		{"en", "text", "Ranked ballots counted by their first choices alone", "first choices only: the rounds of a ranked count were not run"},
		{"en", "md", "Ranked ballots counted by their first choices alone", "first choices only: the rounds of a ranked count were not run"},
		{"ru", "text", "Ранжированные бюллетени подсчитаны только по первым предпочтениям", "только первые предпочтения"},
		{"ky", "text", "Рейтингдик бюллетендер биринчи тандоолору боюнча гана эсептелди", "биринчи тандоолор гана"},
	} {
		out, stderr, code := cli(t, append(args, "--format", tc.format, "--lang", tc.lang)...)
		require.Equal(t, exitFindings, code, stderr)
		assert.Contains(t, out, tc.head, tc.lang+" "+tc.format)
		assert.Contains(t, out, tc.outcome, tc.lang+" "+tc.format)
	}

}

// TestBallotsUndervote: the records' own words for a ballot without a
// mark are refused as a choice unless the mapping names them; named, they
// are invalid ballots. Of Minneapolis's 30 first choices 10 are
// "undervote".
func TestBallotsUndervote(t *testing.T) {
	file := cvrReal + "us-mn-park3-2013-cvr.csv"
	m := `{"precinct": "Precinct", "ballot": "okrug", "choice": ` + mnChoice + `, "count": "COUNT"`
	_, stderr, code := cvrResult(t, mnElection, file, m+`}`)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `us-mn-park3-2013-cvr.csv:2: choice: "undervote" is not a choice of the okrug ballot`)

	res, stderr, code := cvrResult(t, mnElection, file, m+`, "blank_values": ["UnderVote"], "invalid_values": ["overvote"]}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	totals := res["totals"].(map[string]any)
	assert.Equal(t, float64(30), totals["participants"])
	assert.Equal(t, float64(10), totals["invalid"])
	assert.Equal(t, float64(20), totals["valid"])

	me := cvrReal + "EDITED-us-me-cd2-2018-cvr-undervote.csv"
	res, stderr, code = cvrResult(t, meElection, me, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+meChoice+`, "blank_values": ["undervote"], "ignore": ["Cast Vote Record"]}`)
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	assert.Equal(t, float64(1), res["totals"].(map[string]any)["invalid"])
}

// TestBallotsSkipBadRows: with --skip-bad-rows a ballot that cannot be
// counted is left out, a finding I601 at its own line, and the result is
// provisional; without it, it is the error.
func TestBallotsSkipBadRows(t *testing.T) {
	file := cvrReal + "EDITED-us-me-cd2-2018-cvr-undervote.csv"
	m := `{"precinct": "Precinct", "ballot": "okrug", "choice": ` + meChoice + `}`
	_, stderr, code := cvrResult(t, meElection, file, m)
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `EDITED-us-me-cd2-2018-cvr-undervote.csv:8: choice:`)

	res, stderr, code := cvrResult(t, meElection, file, m, "--skip-bad-rows")
	require.Equal(t, exitFindings, code, stderr)
	assert.Equal(t, true, res["provisional"])
	var rows []float64
	for _, f := range res["findings"].(map[string]any)["findings"].([]any) {
		if f := f.(map[string]any); f["code"] == "I601" {
			rows = append(rows, f["place"].(map[string]any)["row"].(float64))
		}
	}
	assert.Equal(t, []float64{8}, rows)
	assert.Equal(t, float64(39), res["totals"].(map[string]any)["participants"], "40 ballots, one left out")

	// A line that does not read is skipped as well.
	bad := filepath.Join(t.TempDir(), "bad.csv")
	data, err := os.ReadFile(cvrReal + "us-me-cd2-2018-uocava-cvr.csv")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bad, append(data, []byte("9999,,UOCAVA,undervote\n")...), 0o644))
	res, stderr, code = cvrResult(t, meElection, bad, m, "--skip-bad-rows")
	require.Equal(t, exitFindings, code, stderr)
	assert.Equal(t, float64(40), res["totals"].(map[string]any)["participants"])
}

// TestBallotsOkrugVotersWording: a count of okrug ballots alone names the
// okrug protocols that lack the line voters, not list protocols.
func TestBallotsOkrugVotersWording(t *testing.T) {
	out, stderr, code := cli(t, "count", "--rules", cvrRules, "--election", meElection,
		"--ballots", cvrReal+"us-me-cd2-2018-uocava-cvr.csv:"+cvrMapping(t, `{"precinct": "Precinct", "ballot": "okrug", "choice": `+meChoice+`}`))
	require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
	assert.Contains(t, out, "voters on the list: not evaluated (36 counted okrug protocols lack the line voters)")
	assert.NotContains(t, out, "list protocols lack the line voters")
}

// TestDraftCastVoteRecord: the draft recognises Maine's and Minneapolis's
// records as files of ballots, not protocols (Maine's was drafted as a
// long protocols file, its ballot IDs as votes), says so, and drafts a
// ballot mapping that, its guesses deleted, counts them.
func TestDraftCastVoteRecord(t *testing.T) {
	for _, tc := range []struct {
		file, election, count string
		blank                 []any
		votes                 float64
	}{
		{"us-me-cd2-2018-uocava-cvr.csv", meElection, "", []any{"undervote"}, 32},
		{"us-mn-park3-2013-cvr.csv", mnElection, "COUNT", []any{"undervote"}, 14},
	} {
		out, stderr, code := cli(t, "mapping", "draft", cvrReal+tc.file)
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, stderr, "is a cast-vote record, a file of ballots, not of protocols", tc.file)
		assert.Contains(t, stderr, "--ballots "+cvrReal+tc.file+":MAPPING.json and an election definition that names its precincts and candidates, --election E.json", tc.file)
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		assert.Equal(t, "Precinct", m["precinct"], tc.file)
		assert.Equal(t, "okrug", m["ballot"], tc.file)
		assert.Contains(t, strings.ToUpper(m["choice"].(string)), "1ST CHOICE", "%s: the first choice, whatever its case", tc.file)
		assert.Equal(t, tc.blank, m["blank_values"], tc.file)
		if tc.count != "" {
			assert.Equal(t, tc.count, m["count"], tc.file)
		}
		assert.Nil(t, m["votes"], tc.file)

		// As drafted, the guesses are refused; deleted, the file counts.
		_, stderr, code = cli(t, "count", "--rules", cvrRules, "--election", tc.election, "--ballots", cvrReal+tc.file+":"+cvrMapping(t, out))
		require.Equal(t, exitUsage, code)
		assert.Contains(t, stderr, "_guesses")
		delete(m, "_guesses")
		b, err := json.Marshal(m)
		require.NoError(t, err)
		// Without its definition the embedded 2021 election's stands in,
		// and the error says that the record needs one.
		_, stderr, code = cli(t, "count", "--rules", cvrRules, "--ballots", cvrReal+tc.file+":"+cvrMapping(t, string(b)))
		require.Equal(t, exitUsage, code, tc.file)
		assert.Contains(t, stderr, "is not in the election: no election definition was given", tc.file)
		assert.Contains(t, stderr, "give it with --election E.json", tc.file)
		res, stderr, code := cvrResult(t, tc.election, cvrReal+tc.file, string(b))
		require.Contains(t, []int{exitOK, exitFindings}, code, stderr)
		_, votes := leaderVotes(t, res)
		assert.Equal(t, tc.votes, votes, tc.file)
	}
}

// TestBallotsRankHeaderSpellings (tester BH, F1): later ranks written
// "rank2" beside "rank1" (Burlington's 2009 mayor, three candidates) and
// "DEM Governor 2nd Choice (5718)" beside "... 1st Choice (5715)" (Maine's
// 2018 primary header, synthetic rows) are later ranks: the count is of
// first choices, provisional, never "elected" alone (Burlington elected
// Kiss by instant run-off; its first choices lead with Wright).
func TestBallotsRankHeaderSpellings(t *testing.T) {
	for _, tc := range []struct{ election, file, m, leader string }{
		{"testdata/cvr/vt-burlington-2009-election.json", cvrReal + "DERIVED-us-vt-burlington-2009-mayor-3cand.csv",
			`{"precinct": "city", "ballot": "okrug", "choice": "rank1", "count": "count"}`, "Wright"},
		{"testdata/cvr/SYNTHETIC-me-2018-primary-gov-election.json", cvrReal + "SYNTHETIC-us-me-2018-primary-gov-header.csv",
			`{"precinct": "Precinct", "ballot": "okrug", "choice": "DEM Governor 1st Choice (5715)", "blank_values": ["undervote"], "ignore": ["Cast Vote Record"]}`, "Other, A. (1)"},
	} {
		res, stderr, code := cvrResult(t, tc.election, tc.file, tc.m)
		require.Equal(t, exitFindings, code, stderr)
		o := res["okrugs"].([]any)[0].(map[string]any)
		assert.Equal(t, tc.leader, o["leader"], tc.file)
		assert.Equal(t, true, o["first_choices_only"], tc.file)
		assert.Equal(t, true, res["provisional"], tc.file)
	}
}

// TestBallotsSkippedFirstRank (tester BH, F2): Maine's 2018 AUX batch,
// ballot 76 (line 77) leaves its first choice unmarked and ranks Poliquin
// second. Maine's law passes over one skipped ranking (21-A M.R.S.
// §723-A): Poliquin has 40 in round 1, and 3 ballots are invalid, not 4.
// A note names the ballot's line; the text report states the invalid
// ballots (F7), as the JSON does.
func TestBallotsSkippedFirstRank(t *testing.T) {
	file := cvrReal + "us-me-cd2-2018-aux-cvr.csv"
	m := `{"precinct": "Precinct", "ballot": "okrug", "choice": ` + meChoice + `, "blank_values": ["undervote"], "ignore": ["Cast Vote Record"]}`
	res, stderr, code := cvrResult(t, "testdata/cvr/me-cd2-2018-aux-election.json", file, m)
	require.Equal(t, exitFindings, code, stderr)
	totals := res["totals"].(map[string]any)
	assert.Equal(t, float64(95), totals["participants"])
	assert.Equal(t, float64(3), totals["invalid"])
	o := res["okrugs"].([]any)[0].(map[string]any)
	assert.Equal(t, float64(40), o["candidate_votes"].(map[string]any)["REP Poliquin, Bruce"])
	assert.Equal(t, float64(92), o["valid"])
	assert.Equal(t, true, o["provisional"])
	assert.Contains(t, res["notes"], file+": 1 ballots (the first at line 77) leave their first choice unmarked and name a candidate in their second rank: each is counted for that candidate, not as an invalid ballot, as a ranked count passes over one skipped rank (Maine's law, 21-A M.R.S. §723-A; the file's first choices alone would make them invalid). Their first valid choice is a later rank: the okrug's result is provisional.")

	out, stderr, code := cli(t, "count", "--rules", cvrRules, "--election", "testdata/cvr/me-cd2-2018-aux-election.json", "--ballots", file+":"+cvrMapping(t, m))
	require.Equal(t, exitFindings, code, stderr)
	assert.Contains(t, out, "Invalid ballots: 3; valid ballots: 92")
}
