package shailoo_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/threshold"
)

// Votes that counted protocols do not give (finding X229) are never 0:
// a sum without them is marked partial, a base of votes that sums them
// is not evaluated, and a list whose votes are not given is not
// evaluated at the threshold, never passed.

// The President's rows of Jones County, South Dakota, 2016.
const sdPresident = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["President"]}]},
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Darrell L. Castle": "darrell-l-castle", "Donald J. Trump": "donald-j-trump", "Gary Johnson": "gary-johnson", "Hillary Clinton": "hillary-clinton"}}`

// Three list seats over 6% of the votes of the choices.
const sixPercentOfVotes = `{"format": 1, "id": "three-seats-6pct-votes", "version": "1", "seats": {"list": 3},
 "threshold": {"percent": "6", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`

// One list seat, no threshold (examples/openelections' one-seat.json).
const oneSeat = `{"format": 1, "id": "one-seat", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "participants", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`

// countRealWith counts testdata/missingvotes/<file> as countReal counts a
// real cut, under o (SkipBadRows, say).
func countRealWith(t *testing.T, file, mapping, rules string, o shailoo.Options) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	f, err := os.Open("testdata/missingvotes/" + file)
	require.NoError(t, err)
	defer f.Close()
	o.Notes = notes
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, o)
	require.NoError(t, err)
	return res
}

func listOf(t *testing.T, res *shailoo.Result, id string) shailoo.List {
	t.Helper()
	for _, l := range res.Lists {
		if l.ID == id {
			return l
		}
	}
	t.Fatalf("no list %q", id)
	return shailoo.List{}
}

func reasonOf(res *shailoo.Result, kind string) *shailoo.Unevaluated {
	for i, u := range res.ProvisionalReasons {
		if u.Kind == kind {
			return &res.ProvisionalReasons[i]
		}
	}
	return nil
}

// The whole file: 558 votes, 34 needed; Gary Johnson's 32 miss by 2.
func TestVotesBaseWhole(t *testing.T) {
	res := countRealWith(t, "us-sd-2016-jones.csv", sdPresident, sixPercentOfVotes, shailoo.Options{})
	require.False(t, res.Provisional)
	require.Equal(t, int64(558), res.Totals.ThresholdBase)
	j := listOf(t, res, "gary-johnson")
	require.Equal(t, threshold.Failed, j.National.Status)
	require.Equal(t, int64(-2), j.National.Margin)
}

// Trump's 136 in precinct 3 emptied (or unreadable, and skipped): the base
// summed without it, 422, would pass Johnson's 32 on 26 needed. It is not
// evaluated, no list passes or fails on it, and no list seat is filled.
func TestVotesBaseRestsOnMissingVotes(t *testing.T) {
	for name, file := range map[string]string{
		"empty":   "EDITED-us-sd-2016-jones-trump-empty.csv",
		"badcell": "EDITED-us-sd-2016-jones-trump-badcell.csv",
	} {
		t.Run(name, func(t *testing.T) {
			res := countRealWith(t, file, sdPresident, sixPercentOfVotes, shailoo.Options{SkipBadRows: true})
			require.True(t, res.Provisional)
			require.Zero(t, res.Totals.ThresholdBase)
			require.Contains(t, res.Totals.NotEvaluated, "threshold_base")
			for _, l := range res.Lists {
				require.Equal(t, threshold.NotEvaluated, l.National.Status, l.ID)
				require.False(t, l.Qualified, l.ID)
				require.Zero(t, l.Seats, l.ID)
				require.Empty(t, l.Percent, l.ID)
			}
			trump := listOf(t, res, "donald-j-trump")
			require.Equal(t, int64(314), trump.Votes)
			require.Equal(t, 1, trump.VotesMissing)
			require.Zero(t, res.Seats.List)
			u := reasonOf(res, shailoo.UnevaluatedBaseVotes)
			require.NotNil(t, u)
			require.Equal(t, []string{"donald-j-trump"}, u.Scope)
			require.Equal(t, 1, u.Count)
			require.Equal(t, []string{"list"}, u.Affects)

			var b bytes.Buffer
			require.NoError(t, report.Text(&b, res, report.English))
			require.Contains(t, b.String(), "Threshold: not evaluated")
			require.Contains(t, b.String(), "314 (partial: 1 protocol(s) without it)")
			require.NotContains(t, b.String(), "422")
		})
	}
}

// The House rows of Jones County: Noem's 159 in precinct 1 emptied.
const sdHouse = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["U.S House"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Kristi Noem": "noem", "Paula Hawks": "hawks"}}`

// Noem's 301 without precinct 1 is a partial sum, said beside the figure;
// it passes a threshold of 0% whatever the missing figure is.
func TestPartialListVotes(t *testing.T) {
	res := countRealWith(t, "EDITED-us-sd-2016-jones-noem-empty.csv", sdHouse, oneSeat, shailoo.Options{})
	require.True(t, res.Provisional)
	noem := listOf(t, res, "noem")
	require.Equal(t, int64(301), noem.Votes)
	require.Equal(t, 1, noem.VotesMissing)
	require.False(t, noem.VotesNotGiven)
	require.Empty(t, noem.Percent)
	require.Equal(t, threshold.Passed, noem.National.Status)
	require.Equal(t, 1, noem.National.VotesMissing)
	require.Zero(t, listOf(t, res, "hawks").VotesMissing)
	u := reasonOf(res, shailoo.UnevaluatedVotes)
	require.NotNil(t, u)
	require.Equal(t, []string{"noem"}, u.Scope)

	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.Contains(t, b.String(), "301 (partial: 1 protocol(s) without it)")
	require.Contains(t, b.String(), "the votes of noem")
}

// As a district: the leader's 301 is partial, and the outcome provisional.
func TestPartialOkrugVotes(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "district", "ballot": "okrug",
 "rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["U.S House"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Kristi Noem": "noem", "Paula Hawks": "hawks"}}`
	const fptp = `{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
	res := countRealWith(t, "EDITED-us-sd-2016-jones-noem-empty.csv", mapping, fptp, shailoo.Options{})
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Equal(t, map[string]int{"noem": 1}, o.VotesMissing)
	require.Equal(t, int64(301), o.LeaderVotes)
	require.True(t, o.Provisional)
	u := reasonOf(res, shailoo.UnevaluatedVotes)
	require.NotNil(t, u)
	require.Equal(t, []string{o.Okrug + "/noem"}, u.Scope)

	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.Contains(t, b.String(), "301 (partial: 1 protocol(s) without it)")
}

// A mapping that takes the U.S. House office name wrong, so that the
// President's candidates, mapped, have no row: their votes are not given.
// None passes the threshold (even of 0%) on no figure; the seat goes to
// the lists that passed, provisional, saying how many are not evaluated.
func TestVotesNotGivenNeverPass(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "rows": {"where": [{"column": "office", "values": ["U.S. House of Representatives"]}, {"column": "precinct", "except": [""]}]},
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Barack Obama Joe Biden": "barack-obama-joe-biden", "Gary Johnson James P. Gray": "gary-johnson-james-p-gray",
  "Gloria LaRiva Stefanie Beacham": "gloria-lariva-stefanie-beacham", "James Harris Alyson Kennedy": "james-harris-alyson-kennedy",
  "Jerry Litzel Jim Litzel": "jerry-litzel-jim-litzel", "Jill Stein Cheri Honkala": "jill-stein-cheri-honkala",
  "Mitt Romney Paul Ryan": "mitt-romney-paul-ryan", "Virgil Goode James Clymer": "virgil-goode-james-clymer",
  "Write-In": "write-in", "Under Votes": "under"}, "line_values": {"Over Votes": "invalid"}}`
	res := countRealWith(t, "us-ia-2012-adair.csv", mapping, oneSeat, shailoo.Options{SkipBadRows: true})
	require.True(t, res.Provisional)
	var open []string
	for _, l := range res.Lists {
		if l.VotesNotGiven {
			require.Equal(t, threshold.NotEvaluated, l.National.Status, l.ID)
			require.False(t, l.Qualified, l.ID)
			require.Empty(t, l.Percent, l.ID)
			open = append(open, l.ID)
		}
	}
	require.Len(t, open, 8)
	u := reasonOf(res, shailoo.UnevaluatedListThreshold)
	require.NotNil(t, u)
	require.Equal(t, open, u.Scope)
	require.Equal(t, 8, u.Count)
	require.Equal(t, []string{"list"}, u.Affects)
}

// tinyElection is two parties in two precincts, the list ballot alone.
func tinyElection(votes ...map[string]int64) *election.Election {
	e := &election.Election{ID: "tiny", Name: "Tiny",
		Parties: []election.Party{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}}}
	for i, v := range votes {
		id := string(rune('1' + i))
		e.Precincts = append(e.Precincts, election.Precinct{ID: id, Region: "r"})
		var valid int64
		for _, n := range v {
			valid += n
		}
		e.Protocols = append(e.Protocols, election.Protocol{Precinct: id, Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Voters: 1000, election.Invalid: 0, election.Valid: valid}, Votes: v})
	}
	return e
}

func tinyRules(t *testing.T, percent, base string) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "tiny", "version": "1", "seats": {"list": 4},
 "threshold": {"percent": "`+percent+`", "base": "`+base+`", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`), "tiny.json")
	require.NoError(t, err)
	return r
}

// countTiny counts e under r. (A Tally refuses a protocol with an error
// finding, X229 among them: it never counts a partial sum.)
func countTiny(t *testing.T, e *election.Election, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	return res
}

// Under a base of lines (valid: 1,000 in all), 10% needs 100. A partial
// sum that reaches it passes whatever its missing figure; one short of it
// may reach it with the missing figure: not evaluated, not failed. A list
// whose votes are whole fails as before.
func TestPartialSumAtTheThreshold(t *testing.T) {
	e := tinyElection(
		map[string]int64{"a": 100, "b": 99, "c": 301},
		map[string]int64{"c": 500}, // a and b not given here
	)
	e.Protocols[1].Lines[election.Valid] = 500
	res := countTiny(t, e, tinyRules(t, "10", "valid"))
	require.True(t, res.Provisional)
	a, b, c := listOf(t, res, "a"), listOf(t, res, "b"), listOf(t, res, "c")
	require.Equal(t, threshold.Passed, a.National.Status)
	require.Equal(t, 1, a.VotesMissing)
	require.Equal(t, threshold.NotEvaluated, b.National.Status)
	require.Equal(t, 1, b.VotesMissing)
	require.Equal(t, threshold.Passed, c.National.Status)
	require.Zero(t, c.VotesMissing)
	require.NotEmpty(t, c.Percent)
	require.Empty(t, a.Percent)
	u := reasonOf(res, shailoo.UnevaluatedListThreshold)
	require.NotNil(t, u)
	require.Equal(t, []string{"b"}, u.Scope)

	// Whole, b's 99 fail.
	whole := countTiny(t, tinyElection(map[string]int64{"a": 100, "b": 99, "c": 801}), tinyRules(t, "10", "valid"))
	require.False(t, whole.Provisional)
	require.Equal(t, threshold.Failed, listOf(t, whole, "b").National.Status)
}

// Under a base of votes, a missing figure leaves the base, and every
// verdict on it, not evaluated; the same figures given are a count.
func TestVotesBaseMissingTiny(t *testing.T) {
	e := tinyElection(
		map[string]int64{"a": 100, "b": 40, "c": 300},
		map[string]int64{"a": 100, "c": 400}, // b not given
	)
	res := countTiny(t, e, tinyRules(t, "5", "votes"))
	require.Zero(t, res.Totals.ThresholdBase)
	require.Contains(t, res.Totals.NotEvaluated, "threshold_base")
	for _, l := range res.Lists {
		require.Equal(t, threshold.NotEvaluated, l.National.Status, l.ID)
		require.Zero(t, l.Seats)
	}
	require.NotNil(t, reasonOf(res, shailoo.UnevaluatedBaseVotes))

	e.Protocols[1].Votes["b"] = 0
	res = countTiny(t, e, tinyRules(t, "5", "votes"))
	require.False(t, res.Provisional)
	require.Equal(t, int64(940), res.Totals.ThresholdBase)
	require.Equal(t, 4, res.Seats.List)
}

// An okrug's majority of the candidates' votes: a candidate whose votes a
// protocol does not give leaves the base not evaluated, and the okrug not
// decided, rather than electing x on 60 of a base of 100: given, y's 60
// make it 160, and y, with 100, is elected.
func TestMajorityBaseVotesMissing(t *testing.T) {
	e := &election.Election{ID: "tiny-okrug", Name: "Tiny okrug",
		Okrugs:    []election.Okrug{{ID: "1", Name: "One", Candidates: []election.Candidate{{ID: "x", Name: "X", Position: 1}, {ID: "y", Name: "Y", Position: 2}}}},
		Precincts: []election.Precinct{{ID: "p1", Okrug: "1"}, {ID: "p2", Okrug: "1"}}}
	e.Protocols = []election.Protocol{
		{Precinct: "p1", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{election.Voters: 500, election.Invalid: 0, election.Valid: 100},
			Votes: map[string]int64{"x": 60, "y": 40}},
		{Precinct: "p2", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{election.Voters: 500, election.Invalid: 0, election.Valid: 60},
			Votes: map[string]int64{"x": 0}}, // y's 60 not given
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "tiny-majority", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "votes", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`), "tiny.json")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.Empty(t, o.Winner)
	require.Equal(t, map[string]int{"y": 1}, o.VotesMissing)
	require.NotNil(t, reasonOf(res, shailoo.UnevaluatedMajorityBase))

	e.Protocols[1].Votes["y"] = 60
	res, err = shailoo.Count(e, r)
	require.NoError(t, err)
	require.False(t, res.Provisional)
	require.Equal(t, "y", res.Okrugs[0].Winner) // 100 of 160
	require.Nil(t, res.Okrugs[0].VotesMissing)
}

// regionalRules is tinyRules with a regional threshold of percent of
// base (at least) in every region.
func regionalRules(t *testing.T, percent, base string) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "tiny", "version": "1", "seats": {"list": 4},
 "threshold": {"percent": "5", "base": "valid", "comparison": "at_least"},
 "regional_threshold": {"percent": "`+percent+`", "base": "`+base+`", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`), "tiny.json")
	require.NoError(t, err)
	return r
}

// regionalOf returns list id's verdict in region reg.
func regionalOf(t *testing.T, res *shailoo.Result, id, reg string) threshold.Verdict {
	t.Helper()
	l := listOf(t, res, id)
	require.NotNil(t, l.Regional, id)
	for _, v := range l.Regional.Regions {
		if v.Scope == reg {
			return v
		}
	}
	t.Fatalf("no region %q for %q", reg, id)
	return threshold.Verdict{}
}

// Two regions: r (precinct 1), s (precincts 2 and 3, valid 528 + 400 =
// 928); b's votes are not given in precinct 3, a's and c's are whole.
// Under a regional base of lines (valid), which rests on no vote, each
// list is judged on its own votes as in the national tier: b's partial 28
// in s passes at 3% (27.84, 28 needed: exactly), is not evaluated at 3.1%
// (28.768, 29 needed: one short, the missing votes may reach it), never
// failed; a and c are judged as if nothing were missing, in r and in s.
// Under a base of votes, s's base sums b's votes: it is not evaluated
// there, for every list, and r is judged as before.
func TestRegionalMissingVotes(t *testing.T) {
	e := tinyElection(
		map[string]int64{"a": 500, "b": 300, "c": 200},
		map[string]int64{"a": 400, "b": 28, "c": 100},
		map[string]int64{"a": 300, "c": 100}, // b not given
	)
	e.Precincts[1].Region, e.Precincts[2].Region = "s", "s"
	e.Regions = []election.Region{{ID: "r", Name: "R"}, {ID: "s", Name: "S"}}

	res := countTiny(t, e, regionalRules(t, "3", "valid"))
	for _, id := range []string{"a", "b", "c"} {
		l := listOf(t, res, id)
		require.Equal(t, threshold.Passed, l.Regional.Status, id)
		require.Empty(t, l.Regional.NotEvaluated, id)
		require.Equal(t, threshold.Passed, regionalOf(t, res, id, "r").Status, id)
		require.Zero(t, regionalOf(t, res, id, "r").VotesMissing, id)
	}
	bs := regionalOf(t, res, "b", "s")
	require.Equal(t, threshold.Passed, bs.Status)
	require.Equal(t, int64(28), bs.Votes)
	require.Equal(t, int64(928), bs.Base)
	require.Equal(t, int64(28), bs.Needed)
	require.Equal(t, 1, bs.VotesMissing)
	as := regionalOf(t, res, "a", "s")
	require.Equal(t, threshold.Passed, as.Status)
	require.Equal(t, int64(700), as.Votes)
	require.Zero(t, as.VotesMissing)
	require.Nil(t, reasonOf(res, shailoo.UnevaluatedRegional))

	res = countTiny(t, e, regionalRules(t, "3.1", "valid"))
	bs = regionalOf(t, res, "b", "s")
	require.Equal(t, threshold.NotEvaluated, bs.Status)
	require.Equal(t, int64(28), bs.Votes) // 29 needed: the verdict gives no line it does not decide on
	require.Equal(t, 1, bs.VotesMissing)
	require.Equal(t, threshold.NotEvaluated, listOf(t, res, "b").Regional.Status)
	require.Equal(t, []string{"s"}, listOf(t, res, "b").Regional.NotEvaluated)
	for _, id := range []string{"a", "c"} {
		require.Equal(t, threshold.Passed, listOf(t, res, id).Regional.Status, id)
		require.Equal(t, threshold.Passed, regionalOf(t, res, id, "s").Status, id)
	}
	u := reasonOf(res, shailoo.UnevaluatedRegional)
	require.NotNil(t, u)
	require.Equal(t, []string{"s"}, u.Scope)

	// The same figures, b's given: a count, b's 28 + 0 fail at 3.1%.
	whole := tinyElection(e.Protocols[0].Votes, e.Protocols[1].Votes, map[string]int64{"a": 300, "b": 0, "c": 100})
	whole.Precincts[1].Region, whole.Precincts[2].Region = "s", "s"
	whole.Regions = e.Regions
	res = countTiny(t, whole, regionalRules(t, "3.1", "valid"))
	require.Equal(t, threshold.Failed, regionalOf(t, res, "b", "s").Status)
	require.Equal(t, threshold.Failed, listOf(t, res, "b").Regional.Status)

	res = countTiny(t, e, regionalRules(t, "3", "votes"))
	for _, id := range []string{"a", "b", "c"} {
		l := listOf(t, res, id)
		require.Equal(t, threshold.NotEvaluated, l.Regional.Status, id)
		require.Equal(t, []string{"s"}, l.Regional.NotEvaluated, id)
		require.Equal(t, threshold.Passed, regionalOf(t, res, id, "r").Status, id)
		require.Equal(t, int64(1000), regionalOf(t, res, id, "r").Base, id)
		require.Zero(t, regionalOf(t, res, id, "s").Base, id)
	}
	u = reasonOf(res, shailoo.UnevaluatedRegional)
	require.NotNil(t, u)
	require.Equal(t, []string{"s"}, u.Scope)

	// 0% needs no base: s's, not evaluated, is not named.
	res = countTiny(t, e, regionalRules(t, "0", "votes"))
	for _, id := range []string{"a", "b", "c"} {
		v := regionalOf(t, res, id, "s")
		require.Equal(t, threshold.Passed, v.Status, id)
		require.Zero(t, v.Base, id)
		require.NotContains(t, v.Reason, "% of 0", id)
		require.Contains(t, v.Reason, "not evaluated", id)
	}
}

// Four lines of Armenia's 2021 file, civil_contract's cell emptied on the
// last (the regression a tester found): the regional base, participants,
// is a line and rests on no vote. anc's 72 votes pass in region 1 (16 of
// 3,007 needed) as they did before votes missing were tracked; civil
// contract's partial 912 reach the line and pass, marked partial.
func TestRegionalMissingVotesArmenia(t *testing.T) {
	const mapping = `{"precinct": "station", "region": "constituency", "ballot": "list", "lines": {"invalid": "invalid", "valid": "valid", "voters": "registered"}, "votes": {"anc": "anc", "armenia-alliance": "armenia_alliance", "bright-armenia": "bright_armenia", "citizens-decision": "citizens_decision", "civil-contract": "civil_contract", "democratic-party": "democratic_party", "european": "european", "fair-armenia": "fair_armenia", "free-homeland": "free_homeland", "hanrapetutyun": "hanrapetutyun", "homeland-of-armenians": "homeland_of_armenians", "i-have-honor": "i_have_honor", "inaccuracy": "inaccuracy", "liberal": "liberal", "liberty": "liberty", "movement-5165": "movement_5165", "national-agenda": "national_agenda", "national-democratic-pole": "national_democratic_pole", "our-home-armenia": "our_home_armenia", "pan-armenian-statehood": "pan_armenian_statehood", "prosperous-armenia": "prosperous_armenia", "shirinyan-babajanyan": "shirinyan_babajanyan", "sovereign-armenia": "sovereign_armenia", "tec": "tec", "united-homeland": "united_homeland", "verelk": "verelk", "zartonk": "zartonk"}}`
	r, err := shailoo.Preset("kg2021")
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	res := countRealWith(t, "EDITED-am-parl2021-stations-civil-empty.csv", mapping, string(b), shailoo.Options{})
	require.Equal(t, int64(3007), res.Totals.ThresholdBase)
	anc := regionalOf(t, res, "anc", "1")
	require.Equal(t, threshold.Passed, anc.Status)
	require.Equal(t, int64(72), anc.Votes)
	require.Equal(t, int64(3007), anc.Base)
	require.Equal(t, int64(16), anc.Needed)
	cc := listOf(t, res, "civil-contract")
	require.Equal(t, 1, cc.VotesMissing)
	require.Equal(t, threshold.Passed, cc.National.Status)
	require.Equal(t, threshold.Passed, cc.Regional.Status)
	require.Equal(t, 1, regionalOf(t, res, "civil-contract", "1").VotesMissing)
	for _, l := range res.Lists {
		require.Empty(t, l.Regional.NotEvaluated, l.ID)
		require.NotEqual(t, threshold.NotEvaluated, l.Regional.Status, l.ID)
	}
	require.Nil(t, reasonOf(res, shailoo.UnevaluatedRegional))
}

// A threshold of 0% needs no base: with the base not evaluated (b's votes
// missing under a base of votes; no invalid line under participants) every
// list passes, and the reason says the base is not evaluated rather than
// "at least 0% of 0 ...", a figure that is not there.
func TestZeroPercentBaseNotEvaluated(t *testing.T) {
	e := tinyElection(
		map[string]int64{"a": 100, "b": 40, "c": 300},
		map[string]int64{"a": 100, "c": 400}, // b not given
	)
	noInvalid := tinyElection(map[string]int64{"a": 100, "b": 40, "c": 300})
	delete(noInvalid.Protocols[0].Lines, election.Invalid)
	for name, tc := range map[string]struct {
		e    *election.Election
		base string
	}{"votes": {e, "votes"}, "participants": {noInvalid, "participants"}} {
		res := countTiny(t, tc.e, tinyRules(t, "0", tc.base))
		require.Contains(t, res.Totals.NotEvaluated, "threshold_base", name)
		for _, l := range res.Lists {
			require.Equal(t, threshold.Passed, l.National.Status, name+" "+l.ID)
			require.NotContains(t, l.National.Reason, "% of 0", name+" "+l.ID)
			require.Contains(t, l.National.Reason, "not evaluated", name+" "+l.ID)
		}
	}
}
