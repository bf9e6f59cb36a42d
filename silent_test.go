package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countSilent counts testdata/silent/<file> under the mapping
// testdata/silent/<mapping> and rule set r, the definition inferred from
// the mapping.
func countSilent(t *testing.T, file, mapping string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	return countMapped(t, "testdata/silent/", file, mapping, "", r)
}

// countMapped counts dir+file (or the text in, when not "", named file)
// under the mapping dir+mapping and rule set r, the definition inferred
// from the mapping.
func countMapped(t *testing.T, dir, file, mapping, in string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+mapping)), mapping, r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, mapping)
	require.NoError(t, err)
	if in == "" {
		in = readFile(t, dir+file)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: strings.NewReader(in), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// reasonKinds are the kinds of res's provisional reasons.
func reasonKinds(res *shailoo.Result) []string {
	var out []string
	for _, u := range res.ProvisionalReasons {
		out = append(out, u.Kind)
	}
	return out
}

// Sierra Leone's 2018 run-off, two districts and their total
// (SYNTHETIC-EDITED, testdata/silent). With the okrug named on every row
// (okrug_id), the total row, which names no region, is in the okrug's
// sums all the same (the okrug ballot needs no region): Bio's votes count
// twice there, and the okrug is provisional on the total row. With the
// okrug read from the region's cell, the total row names none: the tally
// counts it in no okrug's sums, the okrug is decided without it (Bio
// 330,734, not twice), the unplaced reason says so, no reason says the
// okrug counts its rows' votes twice, and a note says what happened to
// the total row.
func TestTotalRowUnplacedNotCountedTwice(t *testing.T) {
	res := countSilent(t, "SYNTHETIC-EDITED-sl2018-r2-total-noregion.csv", "sl2018-total.map.json", fptpRules(t))
	require.Len(t, res.Okrugs, 1)
	kinds := reasonKinds(res)
	require.Contains(t, kinds, shailoo.UnevaluatedTotalRows)
	require.NotContains(t, kinds, shailoo.UnevaluatedUnplaced)

	res = countSilent(t, "SYNTHETIC-EDITED-sl2018-r2-total-noregion.csv", "sl2018-total-okrugcell.map.json", fptpRules(t))
	require.Len(t, res.Okrugs, 1)
	require.Equal(t, "bio", res.Okrugs[0].Winner)
	kinds = reasonKinds(res)
	require.Contains(t, kinds, shailoo.UnevaluatedUnplaced)
	require.NotContains(t, kinds, shailoo.UnevaluatedTotalRows)
	require.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, "no okrug's sums count them, so the okrugs were decided without their votes, not with them twice")
	}), "notes: %q", res.Notes)
}

// listRules is a list ballot of 3 seats by D'Hondt, 6% of the votes.
const listRules = `{"format": 1, "id": "three-seats-6pct-votes", "version": "1", "seats": {"list": 3},
 "threshold": {"percent": "6", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`

// Nova Scotia 2024, a file by candidate mapped wide with one choice,
// "VOTES" (testdata/silent): X231 says "votes" is most likely every
// candidate's votes, and the seats it won do not stand silently: both
// okrugs are provisional, the reason naming X231 and the choice. On the
// list ballot, the one list "VOTES" takes every seat: X231 too, and the
// list seats are provisional.
func TestOneChoiceEverywhereProvisional(t *testing.T) {
	const file = "ns2024-long-annapolis-yarmouth.csv"
	res := countSilent(t, file, "ns2024-wide-votes.map.json", fptpRules(t))
	require.Equal(t, 1, codes(res)[validate.OneChoiceEverywhere])
	require.True(t, res.Provisional)
	u := reasonOf(res, shailoo.UnevaluatedOneChoice)
	require.NotNil(t, u, "reasons %v", reasonKinds(res))
	require.Equal(t, []string{"votes"}, u.Scope)
	require.Equal(t, []string{"okrug/Annapolis", "okrug/Yarmouth"}, u.Affects)
	require.Contains(t, u.Reason, "X231")
	for _, o := range res.Okrugs {
		require.True(t, o.Provisional, "okrug %s", o.Okrug)
	}

	r, err := shailoo.ReadRules(strings.NewReader(listRules), "rules.json")
	require.NoError(t, err)
	res = countSilent(t, file, "ns2024-list-votes.map.json", r)
	require.Equal(t, 1, codes(res)[validate.OneChoiceEverywhere])
	u = reasonOf(res, shailoo.UnevaluatedOneChoice)
	require.NotNil(t, u, "reasons %v", reasonKinds(res))
	require.Equal(t, []string{"list"}, u.Affects)
}

// NOTA mapped as a candidate and given the most votes (SYNTHETIC-EDITED,
// testdata/silent) wins NERELA under examples/fptp: X232 names it, and
// the seat is provisional. Mapped as against_all under examples/fptp, the
// mapping is refused with a message naming the rule set that counts it;
// under examples/india it is counted and elects no one.
func TestNOTASeatedProvisional(t *testing.T) {
	const file = "SYNTHETIC-EDITED-delhi15-nerela-nota-100000-cut.csv"
	res := countSilent(t, file, "delhi15-nota-choice.map.json", fptpRules(t))
	require.Equal(t, 1, codes(res)[validate.NotChoiceSeated])
	u := reasonOf(res, shailoo.UnevaluatedNotChoice)
	require.NotNil(t, u, "reasons %v", reasonKinds(res))
	require.Equal(t, []string{"nota"}, u.Scope)
	require.Equal(t, []string{"okrug/NERELA"}, u.Affects)
	require.True(t, res.Okrugs[0].Provisional)

	m := readFile(t, "testdata/silent/delhi15-nota-choice.map.json")
	m = strings.Replace(m, `"None of the Above": "nota"`, `"None of the Above": "against_all"`, 1)
	r := fptpRules(t)
	mp, err := ingest.ReadMappingFor(strings.NewReader(m), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	def, _, err := ingest.Define(mp, "m.json")
	require.NoError(t, err)
	err = ingest.CheckChoicesOn(mp, def, "m.json", func(election.BallotKind) bool { return false }) // examples/fptp: no "against all"
	require.ErrorIs(t, err, ingest.ErrChoices)
	require.Contains(t, err.Error(), "protocol.ballots.okrug.against_all is true and whose okrug.against_all says what it does")

	r = indiaRules(t)
	res = countSilent(t, "../../examples/india/delhi2015-nerela.csv", "../../examples/india/mapping.json", r)
	require.Equal(t, "aam-aadmi-party", res.Okrugs[0].Winner)
	require.False(t, res.Provisional, "%v", reasonKinds(res))
}

// indiaRules reads examples/india/rules.json.
func indiaRules(t *testing.T) shailoo.Rules {
	t.Helper()
	f, err := os.Open("examples/india/rules.json")
	require.NoError(t, err)
	defer f.Close()
	r, err := shailoo.ReadRules(f, "rules.json")
	require.NoError(t, err)
	return r
}

// Two "Independent" candidates of NERELA, rows that differ in numbers
// alone (SYNTHETIC-EDITED: 50,000 and 49,000), summed under
// "choice_rows": "sum" into one choice of 99,000 that is elected: I610
// says so, and the okrug is provisional. The real rows (218 and 191) are
// found too, and a note says how many figures were summed, but the seat,
// won by 40,292, does not rest on 409 votes.
func TestSummedNumbersProvisional(t *testing.T) {
	r := indiaRules(t)
	const mapping = "../../examples/india/mapping.json"
	res := countSilent(t, "SYNTHETIC-EDITED-delhi15-nerela-two-independents.csv", mapping, r)
	require.Equal(t, "independent", res.Okrugs[0].Winner)
	require.Equal(t, 1, codes(res)[validate.SummedAlike])
	u := reasonOf(res, shailoo.UnevaluatedSummedNumbers)
	require.NotNil(t, u, "reasons %v", reasonKinds(res))
	require.Equal(t, []string{"okrug/NERELA"}, u.Affects)
	require.True(t, res.Okrugs[0].Provisional)

	res = countSilent(t, "../../examples/india/delhi2015-nerela.csv", mapping, r)
	require.Equal(t, "aam-aadmi-party", res.Okrugs[0].Winner)
	require.Equal(t, int64(409), res.Okrugs[0].CandidateVotes["independent"])
	require.Equal(t, 1, codes(res)[validate.SummedAlike])
	require.False(t, res.Provisional, "%v", reasonKinds(res))
	require.True(t, slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, `"choice_rows": "sum" summed choice figures from two rows or more: 1 `)
	}), "notes %q", res.Notes)
}

// Mexico 2024, the column of every party's votes and the null votes
// (TOTAL_VOTOS_CALCULADOS) mapped as a candidate (testdata/silent): it
// wins with at least the others' votes, its name a total's: X235 names
// it, and the seat is provisional (choiceAsTotal's cases:
// choicetotal_internal_test.go).
func TestChoiceTotalProvisional(t *testing.T) {
	const file = "mx2024-cdmx-d1-cut.csv"
	res := countSilent(t, file, "mx2024-total-as-choice.map.json", fptpRules(t))
	require.Equal(t, "maynez", res.Okrugs[0].Winner)
	require.Equal(t, 1, codes(res)[validate.ChoiceIsTotal])
	u := reasonOf(res, shailoo.UnevaluatedChoiceTotal)
	require.NotNil(t, u, "reasons %v", reasonKinds(res))
	require.Equal(t, []string{"okrug/president"}, u.Affects)
	require.True(t, res.Okrugs[0].Provisional)
}
