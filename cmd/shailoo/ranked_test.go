package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The ranked count of real cast-vote records (testdata/ingest/real,
// their provenance in its README), under examples/ranked.
const (
	rankedRules  = repo + "examples/ranked/rules.json"
	rankedBatch  = repo + "examples/ranked/minneapolis.json"
	ak124        = "testdata/cvr/ak-2024-house-124-election.json"
	w1Ranked     = "testdata/cvr/mn-w1-2009-ranked-election.json"
	akRanks      = `{"precinct": "Precinct Portion", "ballot": "okrug", "ranks": ["Rank 1", "Rank 2", "Rank 3", "Rank 4"], "blank_values": ["undervote"]}`
	w1Ranks      = `{"precinct": "W-P", "ballot": "okrug", "ranks": ["First Choice", "Second Choice", "Third Choice"], "blank_values": ["XXX"], "count": "Count"}`
	begich, pelt = "Begich, Nick", "Peltola, Mary S."
)

// rankedCount counts file under rules with mapping m as JSON, and returns
// the result, the only okrug and the exit status.
func rankedCount(t *testing.T, rules, election, file, m string, args ...string) (map[string]any, map[string]any, int) {
	t.Helper()
	out, stderr, code := cli(t, append([]string{"count", "--format", "json", "--rules", rules, "--election", election,
		"--ballots", file + ":" + cvrMapping(t, m)}, args...)...)
	require.NotEqual(t, exitUsage, code, stderr)
	var res map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &res), stderr)
	oks := res["okrugs"].([]any)
	require.Len(t, oks, 1)
	return res, oks[0].(map[string]any), code
}

// TestRankedAlaska92106: the 13 ballots of tabulator 92106 give no
// majority of first choices (Begich 6 of 13); the ranked count excludes
// Hafner (0), then Howe (2), one of whose ballots passes to Begich and one
// is exhausted: Begich elected in round 3, 7 of 12. The protocol figures
// stay the first ranks', and the okrug is decided, not provisional.
func TestRankedAlaska92106(t *testing.T) {
	file := cvrReal + "us-ak-2024-house-cvr-92106.csv"
	res, o, code := rankedCount(t, rankedRules, akElection, file, akRanks)
	assert.Equal(t, exitOK, code)
	assert.Nil(t, res["provisional"])
	assert.Equal(t, begich, o["winner"])
	assert.Equal(t, float64(6), o["leader_votes"], "the protocol's figure, round 1")
	assert.Nil(t, o["first_choices_only"])
	rounds := o["ranked"].(map[string]any)["rounds"].([]any)
	require.Len(t, rounds, 3)
	last := rounds[2].(map[string]any)
	assert.Equal(t, map[string]any{begich: float64(7), pelt: float64(5)}, last["votes"])
	assert.Equal(t, float64(12), last["continuing"])
	assert.Equal(t, float64(1), last["exhausted"])
	assert.Equal(t, []any{"Hafner, Eric"}, rounds[0].(map[string]any)["excluded"])
	assert.Equal(t, "fewest", rounds[1].(map[string]any)["excluded_by"])

	args := []string{"count", "--rules", rankedRules, "--election", akElection, "--ballots", file + ":" + cvrMapping(t, akRanks)}
	for _, tc := range []struct{ lang, format, title, elected string }{
		{"en", "text", "Alaska at-large: the instant run-off, round by round", "Round 3: Begich, Nick elected with 7 of 12 ballots for a continuing candidate, more than half (2 × 7 = 14 > 12)."},
		{"en", "md", "## Alaska at-large: the instant run-off, round by round", "Round 2: Howe, John Wayne excluded, with the fewest votes"},
		{"ru", "text", "Alaska at-large: ранжированный подсчёт по турам", "Тур 3: избран(а) Begich, Nick, 7 из 12"},
		{"ky", "text", "Alaska at-large: рейтингдик эсептөө, тур боюнча", "3-тур: Begich, Nick шайланды"},
	} {
		out, stderr, code := cli(t, append(args, "--format", tc.format, "--lang", tc.lang)...)
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, out, tc.title, tc.lang+" "+tc.format)
		assert.Contains(t, out, tc.elected, tc.lang+" "+tc.format)
	}
}

// TestRanked124: the 124 ballots of the partial record give what RCTab's
// own test expects of them (2024_alaska_dominion_expected_summary_report.csv,
// BrightSpots/rcv@6fce534e): Begich 66, Peltola 45, Howe 4, Hafner 1, the
// undeclared write-ins 0, 116 active ballots, 8 with no ranking; Begich
// elected in round 1.
func TestRanked124(t *testing.T) {
	_, o, _ := rankedCount(t, rankedRules, ak124, cvrReal+"us-ak-2024-house-cvr-124.csv", akRanks)
	irv := o["ranked"].(map[string]any)
	rounds := irv["rounds"].([]any)
	require.Len(t, rounds, 1)
	r := rounds[0].(map[string]any)
	assert.Equal(t, map[string]any{begich: float64(66), pelt: float64(45), "Howe, John Wayne": float64(4), "Hafner, Eric": float64(1), "476": float64(0)}, r["votes"])
	assert.Equal(t, float64(116), r["continuing"])
	assert.Equal(t, float64(8), irv["no_choice"])
	assert.Equal(t, begich, r["elected"])
}

// TestRankedMinneapolisW1: Minneapolis's 2009 Ward 1, every rank of the
// whole condensed record: REI elected in round 1 with 1,997 of the 3,969
// ballots with a first choice (the city's threshold 1,985), 47 ballots
// ranking nobody, as the city published it.
func TestRankedMinneapolisW1(t *testing.T) {
	_, o, _ := rankedCount(t, rankedBatch, w1Ranked, cvrReal+"us-mn-w1-2009-cvr.csv", w1Ranks)
	irv := o["ranked"].(map[string]any)
	rounds := irv["rounds"].([]any)
	require.Len(t, rounds, 1)
	r := rounds[0].(map[string]any)
	assert.Equal(t, "REI", r["elected"])
	assert.Equal(t, float64(1997), r["votes"].(map[string]any)["REI"])
	assert.Equal(t, float64(3969), r["continuing"])
	assert.Equal(t, float64(47), irv["no_choice"])
}

// TestRankedTie: a tie for exclusion is said with its tied set and waits
// for lots; --lots (the one drawn last excluded) and --lot-seed settle it.
func TestRankedTie(t *testing.T) {
	def := writeTemp(t, "e.json", `{"id": "t", "name": "t", "regions": [{"id": "r"}], "parties": [],
 "okrugs": [{"id": "d", "name": "D", "region": "r", "candidates": [{"id": "a", "position": 1, "sex": "F"}, {"id": "b", "position": 2, "sex": "F"}, {"id": "c", "position": 3, "sex": "F"}]}],
 "precincts": [{"id": "1", "region": "r", "okrug": "d"}]}`)
	cvr := writeTemp(t, "cvr.csv", "precinct,r1,r2\n1,a,\n1,a,\n1,a,\n1,b,a\n1,b,a\n1,c,b\n1,c,b\n")
	m := `{"precinct": "precinct", "ballot": "okrug", "ranks": ["r1", "r2"], "empty": "blank"}`
	res, o, code := rankedCount(t, rankedRules, def, cvr, m)
	assert.Equal(t, exitFindings, code)
	assert.Equal(t, "tie", o["outcome"])
	ties := res["ties"].([]any)
	require.Len(t, ties, 1)
	assert.Equal(t, []any{"b", "c"}, ties[0].(map[string]any)["tied"])
	assert.Equal(t, "ranked_exclusion", ties[0].(map[string]any)["stage"])

	// c drawn last: excluded, its ballots to b, who wins 4 to 3.
	_, o, code = rankedCount(t, rankedRules, def, cvr, m, "--lots", writeTemp(t, "lots.json", `{"okrug/d": ["b", "c"]}`))
	assert.Equal(t, exitDecided, code)
	assert.Equal(t, "b", o["winner"])
	// b drawn last: a wins 5 to 2.
	_, o, _ = rankedCount(t, rankedRules, def, cvr, m, "--lots", writeTemp(t, "lots.json", `{"okrug/d": ["c", "b"]}`))
	assert.Equal(t, "a", o["winner"])
	_, o, code = rankedCount(t, rankedRules, def, cvr, m, "--lot-seed", "2026")
	assert.Equal(t, exitDecided, code)
	assert.Contains(t, []any{"a", "b"}, o["winner"])
}

// TestRankedErrors: a ranked rule set refuses a mapping that leaves the
// later ranks unread, and a later rank that names no candidate is an
// error at its line and rank.
func TestRankedErrors(t *testing.T) {
	file := cvrReal + "us-ak-2024-house-cvr-92106.csv"
	_, stderr, code := cli(t, "count", "--rules", rankedRules, "--election", akElection, "--ballots",
		file+":"+cvrMapping(t, `{"precinct": "Precinct Portion", "ballot": "okrug", "choice": "Rank 1", "blank_values": ["undervote"]}`))
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "us-ak-2024-house-cvr-92106.csv:1: ranks:")
	assert.Contains(t, stderr, `"Rank 2", "Rank 3", "Rank 4"`)

	def := writeTemp(t, "e.json", `{"id": "t", "name": "t", "regions": [{"id": "r"}], "parties": [],
 "okrugs": [{"id": "d", "name": "D", "region": "r", "candidates": [{"id": "a", "position": 1, "sex": "F"}, {"id": "b", "position": 2, "sex": "F"}]}],
 "precincts": [{"id": "1", "region": "r", "okrug": "d"}]}`)
	cvr := writeTemp(t, "cvr.csv", "precinct,r1,r2\n1,a,b\n1,b,UWI\n")
	_, stderr, code = cli(t, "count", "--rules", rankedRules, "--election", def, "--ballots",
		cvr+":"+cvrMapping(t, `{"precinct": "precinct", "ballot": "okrug", "ranks": ["r1", "r2"], "empty": "blank"}`))
	require.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "cvr.csv:3: ranks[1]:")
	assert.True(t, strings.Contains(stderr, `"UWI" is not a candidate of okrug "d"`), stderr)
}

// TestFirstChoicesMajority: counted by first choices alone, Alaska's 124
// ballots give Begich 66, more than half of all 124: no ranked count can
// elect another, so the okrug is decided, not provisional, and a note and
// the okrug's line say why; the 13 of tabulator 92106 (6 of 13) stay
// provisional.
func TestFirstChoicesMajority(t *testing.T) {
	res, o, code := rankedCount(t, cvrRules, ak124, cvrReal+"us-ak-2024-house-cvr-124.csv", akRanks)
	assert.Equal(t, exitOK, code)
	assert.Nil(t, res["provisional"])
	assert.Equal(t, true, o["first_choices_only"])
	assert.Equal(t, true, o["first_choices_majority"])
	assert.Contains(t, res["notes"], "Okrug ak-al: its ranked ballots were counted by their first choices alone, but Begich, Nick has 66 of them, more than half of the okrug's 124 ballots: no round of a ranked count can elect another, and the okrug is decided, not provisional.")
	out, _, _ := cli(t, "count", "--rules", cvrRules, "--election", ak124, "--ballots", cvrReal+"us-ak-2024-house-cvr-124.csv:"+cvrMapping(t, akRanks))
	assert.Contains(t, out, "first choices only, but the leader has more than half of the okrug's ballots")
	assert.NotContains(t, out, "a ranked count may elect another")

	res, o, _ = rankedCount(t, cvrRules, akElection, cvrReal+"us-ak-2024-house-cvr-92106.csv", akRanks)
	assert.Equal(t, true, res["provisional"])
	assert.Nil(t, o["first_choices_majority"])
}

// TestRankedAnnul: the ranked count is made without what --annul takes
// out: a precinct's ballots, a candidate passed over from round 1.
func TestRankedAnnul(t *testing.T) {
	def := writeTemp(t, "e.json", `{"id": "t", "name": "t", "regions": [{"id": "r"}], "parties": [],
 "okrugs": [{"id": "d", "name": "D", "region": "r", "candidates": [{"id": "a", "position": 1, "sex": "F"}, {"id": "b", "position": 2, "sex": "F"}, {"id": "c", "position": 3, "sex": "F"}]}],
 "precincts": [{"id": "1", "region": "r", "okrug": "d"}, {"id": "2", "region": "r", "okrug": "d"}]}`)
	cvr := writeTemp(t, "cvr.csv", "precinct,r1,r2\n1,a,\n1,a,\n1,a,\n1,b,a\n2,b,c\n2,c,b\n2,c,b\n")
	m := `{"precinct": "precinct", "ballot": "okrug", "ranks": ["r1", "r2"], "empty": "blank"}`
	// a 3, b 2, c 2: a tie for exclusion.
	_, o, _ := rankedCount(t, rankedRules, def, cvr, m)
	assert.Equal(t, "tie", o["outcome"])
	// c annulled: its two ballots pass to b in round 1, b 4 of 7.
	_, o, _ = rankedCount(t, rankedRules, def, cvr, m, "--annul", "candidate:c")
	assert.Equal(t, "b", o["winner"])
	r := o["ranked"].(map[string]any)["rounds"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"a": float64(3), "b": float64(4)}, r["votes"])
	// precinct 2 annulled: a 3 of 4 in round 1.
	_, o, _ = rankedCount(t, rankedRules, def, cvr, m, "--annul", "precinct:2")
	assert.Equal(t, "a", o["winner"])
	assert.Equal(t, float64(4), o["ranked"].(map[string]any)["rounds"].([]any)[0].(map[string]any)["continuing"])
}
