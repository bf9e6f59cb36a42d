package shailoo_test

import (
	"bytes"
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

// A region whose protocols do not all give a list's votes is not judged
// under the regional threshold (its sums there are partial): the lists
// seated on their national result say so.
func TestRegionalMissingVotes(t *testing.T) {
	e := tinyElection(
		map[string]int64{"a": 500, "b": 300, "c": 200},
		map[string]int64{"a": 500, "c": 200}, // b not given
	)
	e.Precincts[1].Region = "s"
	e.Regions = []election.Region{{ID: "r", Name: "R"}, {ID: "s", Name: "S"}}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "tiny", "version": "1", "seats": {"list": 4},
 "threshold": {"percent": "5", "base": "valid", "comparison": "at_least"},
 "regional_threshold": {"percent": "1", "base": "valid", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`), "tiny.json")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	for _, l := range res.Lists {
		require.NotNil(t, l.Regional, l.ID)
		require.Equal(t, threshold.NotEvaluated, l.Regional.Status, l.ID)
		require.Equal(t, []string{"s"}, l.Regional.NotEvaluated, l.ID)
	}
	u := reasonOf(res, shailoo.UnevaluatedRegional)
	require.NotNil(t, u)
	require.Equal(t, []string{"s"}, u.Scope)
}
