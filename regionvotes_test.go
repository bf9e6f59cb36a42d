package shailoo_test

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// Taiwan's presidential election of 2024 by polling station, two counties
// (testdata/regionvotes): no line of the form is given, so every base of a
// share is not evaluated, but the votes are known, in the nation and in
// each county, and are never written 0.

const twListMapping = `{"layout": "long", "precinct": "polling_place", "region": "county", "ballot": "list",
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"侯友宜/趙少康": "侯友宜-趙少康", "柯文哲/吳欣盈": "柯文哲-吳欣盈", "賴清德/蕭美琴": "賴清德-蕭美琴"}}`

const twOkrugMapping = `{"layout": "long", "precinct": "polling_place", "region": "county", "okrug_id": "president", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"侯友宜/趙少康": "侯友宜-趙少康", "柯文哲/吳欣盈": "柯文哲-吳欣盈", "賴清德/蕭美琴": "賴清德-蕭美琴"}}`

const twFile = "testdata/regionvotes/tw-pres2024-lienchiang-pingtung.csv"

// The sums of the file by county, by hand.
var twCounties = map[string]map[string]int64{
	"連江縣": {"侯友宜-趙少康": 3860, "柯文哲-吳欣盈": 1651, "賴清德-蕭美琴": 648},
	"屏東縣": {"侯友宜-趙少康": 4051, "柯文哲-吳欣盈": 1547, "賴清德-蕭美琴": 1306},
}

// countTW counts the cut, edit applied to its text, under rules.
func countTW(t *testing.T, mapping string, r shailoo.Rules, edit func(string) string) *shailoo.Result {
	t.Helper()
	b, err := os.ReadFile(twFile)
	require.NoError(t, err)
	text := string(b)
	if edit != nil {
		text = edit(text)
	}
	return countCSVText(t, mapping, r, text)
}

func countCSVText(t *testing.T, mapping string, r shailoo.Rules, text string) *shailoo.Result {
	t.Helper()
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "tw.csv", R: strings.NewReader(text), Mapping: m}}, shailoo.Options{Notes: notes})
	require.NoError(t, err)
	return res
}

// totalsRows returns the CSV totals table of res, one string a row.
func totalsRows(t *testing.T, res *shailoo.Result) []string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, export.WriteTotals(export.NewCSV(&b), res))
	return strings.Split(strings.TrimSpace(b.String()), "\n")
}

// The regional threshold of kg2021 is not evaluated in either county (its
// base, participants, is not given): each list's votes there are still
// the county's, in the JSON and in the totals table, never 0.
func TestRegionVotesBaseNotGiven(t *testing.T) {
	res := countTW(t, twListMapping, shailoo.KG2021(), nil)
	for _, l := range res.Lists {
		require.NotNil(t, l.Regional, l.ID)
		require.Equal(t, threshold.NotEvaluated, l.Regional.Status, l.ID)
		require.Len(t, l.Regional.Regions, 2)
		for _, v := range l.Regional.Regions {
			require.Equal(t, threshold.NotEvaluated, v.Status, l.ID+" "+v.Scope)
			require.Equal(t, twCounties[v.Scope][l.ID], v.Votes, l.ID+" "+v.Scope)
			require.Zero(t, v.VotesMissing)
			require.Empty(t, v.Line) // what rests on the base is not evaluated
		}
	}
	// In the JSON: the votes known, what rests on the base null.
	b, err := json.Marshal(res.Lists[0])
	require.NoError(t, err)
	var got struct {
		National map[string]json.RawMessage `json:"national"`
		Regional struct {
			Regions []map[string]json.RawMessage `json:"regions"`
		} `json:"regional"`
	}
	require.NoError(t, json.Unmarshal(b, &got))
	for _, v := range append(got.Regional.Regions, got.National) {
		for _, k := range []string{"base", "needed", "margin"} {
			require.Equal(t, "null", string(v[k]), k)
		}
	}
	require.Equal(t, "7911", string(got.National["votes"]))
	require.Equal(t, "3860", string(got.Regional.Regions[0]["votes"]))

	rows := totalsRows(t, res)
	require.Contains(t, rows, "region,連江縣,list,votes,侯友宜-趙少康,3860,,,not_evaluated,not_given,0")
	require.Contains(t, rows, "region,屏東縣,list,votes,賴清德-蕭美琴,1306,,,not_evaluated,not_given,0")
	require.Contains(t, rows, "nation,,list,votes,侯友宜-趙少康,7911,,,not_evaluated,not_given,0")
}

// A vote cell emptied (an EDITED copy, in memory: 連江縣's station 1,
// 侯友宜/趙少康's 414): that county's figure is a partial sum, said so,
// not 0 and not dropped.
func TestRegionVotesPartial(t *testing.T) {
	edit := func(s string) string {
		row := "連江縣,南竿鄉,介壽村,1,3,中國國民黨,侯友宜/趙少康,414\n"
		require.Contains(t, s, row)
		return strings.Replace(s, row, strings.TrimSuffix(row, "414\n")+"\n", 1)
	}
	res := countTW(t, twListMapping, shailoo.KG2021(), edit)
	l := listOf(t, res, "侯友宜-趙少康")
	v := l.Regional.Regions[0]
	require.Equal(t, "連江縣", v.Scope)
	require.Equal(t, int64(3860-414), v.Votes)
	require.Equal(t, 1, v.VotesMissing)
	require.Contains(t, totalsRows(t, res), "region,連江縣,list,votes,侯友宜-趙少康,3446,,,not_evaluated,not_given,1")
}

// One contest on the okrug ballot (a president's race, examples/fptp):
// valid and participants, not given, are null in the okrug's JSON as in
// the totals, never 0.
func TestOkrugLinesNotGivenNull(t *testing.T) {
	res := countTW(t, twOkrugMapping, fptpRules(t), nil)
	require.Len(t, res.Okrugs, 1)
	o := res.Okrugs[0]
	require.ElementsMatch(t, []string{"valid", "participants"}, o.NotEvaluated)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	var got struct {
		Okrugs []map[string]json.RawMessage `json:"okrugs"`
	}
	require.NoError(t, json.Unmarshal(b, &got))
	require.Equal(t, "null", string(got.Okrugs[0]["valid"]))
	require.Equal(t, "null", string(got.Okrugs[0]["participants"]))
	require.Equal(t, "\"elected\"", string(got.Okrugs[0]["outcome"]))

	// Given, they are written.
	o.NotEvaluated, o.Valid, o.Participants = nil, 13063, 13100
	b, err = json.Marshal(o)
	require.NoError(t, err)
	require.Contains(t, string(b), `"valid":13063,"participants":13100`)
	o.NotEvaluated = []string{"participants"}
	b, err = json.Marshal(o)
	require.NoError(t, err)
	require.Contains(t, string(b), `"valid":13063,"participants":null`)
	var back shailoo.Okrug
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, int64(13063), back.Valid)
	require.Zero(t, back.Participants)
}

// The president's votes per county: in Result.OkrugRegions and as the
// totals table's region rows, as a commission publishes them.
func TestOkrugRegionVotes(t *testing.T) {
	res := countTW(t, twOkrugMapping, fptpRules(t), nil)
	require.Len(t, res.OkrugRegions, 2)
	for _, rv := range res.OkrugRegions {
		require.Equal(t, "president", rv.Okrug)
		require.Equal(t, twCounties[rv.Region], rv.Votes, rv.Region)
		require.Nil(t, rv.VotesMissing)
	}
	require.Equal(t, 10, res.OkrugRegions[0].Protocols)
	require.Equal(t, 18, res.OkrugRegions[1].Protocols)
	rows := totalsRows(t, res)
	for _, want := range []string{
		"region,連江縣,okrug,votes,侯友宜-趙少康,3860,,,,not_given,0",
		"region,連江縣,okrug,votes,柯文哲-吳欣盈,1651,,,,not_given,0",
		"region,連江縣,okrug,votes,賴清德-蕭美琴,648,,,,not_given,0",
		"region,屏東縣,okrug,votes,侯友宜-趙少康,4051,,,,not_given,0",
		"region,屏東縣,okrug,votes,柯文哲-吳欣盈,1547,,,,not_given,0",
		"region,屏東縣,okrug,votes,賴清德-蕭美琴,1306,,,,not_given,0",
	} {
		require.Contains(t, rows, want)
	}

	// 賴清德/蕭美琴's cells of 連江縣 all emptied: no figure there (null,
	// not 0), 10 protocols lacking it; one of 屏東縣's: a partial sum.
	edit := func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "連江縣,") && strings.Contains(l, ",賴清德/蕭美琴,") ||
				strings.HasPrefix(l, "屏東縣,三地門鄉,大社村,46,2,") {
				lines[i] = l[:strings.LastIndex(l, ",")+1]
			}
		}
		return strings.Join(lines, "\n")
	}
	res = countTW(t, twOkrugMapping, fptpRules(t), edit)
	lc, pt := res.OkrugRegions[0], res.OkrugRegions[1]
	require.NotContains(t, lc.Votes, "賴清德-蕭美琴")
	require.Equal(t, 10, lc.VotesMissing["賴清德-蕭美琴"])
	require.Equal(t, 1, pt.VotesMissing["賴清德-蕭美琴"])
	require.Less(t, pt.Votes["賴清德-蕭美琴"], int64(1306))
	rows = totalsRows(t, res)
	require.Contains(t, rows, "region,連江縣,okrug,votes,賴清德-蕭美琴,,,,,not_given,10")
}

// An election of several okrugs has no OkrugRegions: an okrug inside one
// region has its votes in its own figures.
func TestOkrugRegionVotesSeveralOkrugs(t *testing.T) {
	m := strings.Replace(twOkrugMapping, `"okrug_id": "president"`, `"okrug": "town"`, 1)
	res := countTW(t, m, fptpRules(t), nil)
	require.Len(t, res.Okrugs, 6) // 4 townships of 連江縣, 2 of 屏東縣
	require.Nil(t, res.OkrugRegions)
	for _, row := range totalsRows(t, res) {
		require.False(t, strings.HasPrefix(row, "region,"), row)
	}
}

// A live count (Tally) gives the same OkrugRegions as Count.
func TestOkrugRegionVotesTally(t *testing.T) {
	def := &election.Election{ID: "p", Name: "p",
		Regions:   []election.Region{{ID: "x", Name: "x"}, {ID: "y", Name: "y"}},
		Okrugs:    []election.Okrug{{ID: "president", Name: "president", Candidates: []election.Candidate{{ID: "a", Name: "a", Position: 1}, {ID: "b", Name: "b", Position: 2}}}},
		Precincts: []election.Precinct{{ID: "1", Region: "x", Okrug: "president"}, {ID: "2", Region: "x", Okrug: "president"}, {ID: "3", Region: "y", Okrug: "president"}},
	}
	for i, v := range [][2]int64{{10, 4}, {7, 9}, {5, 6}} {
		def.Protocols = append(def.Protocols, election.Protocol{Precinct: strconv.Itoa(i + 1), Ballot: election.OkrugBallot,
			Lines: map[election.Line]int64{}, Votes: map[string]int64{"a": v[0], "b": v[1]}})
	}
	r := fptpRules(t)
	res, err := shailoo.Count(def, r)
	require.NoError(t, err)
	want := []shailoo.RegionVotes{
		{Region: "x", Ballot: election.OkrugBallot, Okrug: "president", Protocols: 2, Votes: map[string]int64{"a": 17, "b": 13}},
		{Region: "y", Ballot: election.OkrugBallot, Okrug: "president", Protocols: 1, Votes: map[string]int64{"a": 5, "b": 6}},
	}
	require.Equal(t, want, res.OkrugRegions)
	live := *def
	live.Protocols = nil
	tl, err := shailoo.NewTally(&live, r, shailoo.Options{})
	require.NoError(t, err)
	for _, p := range def.Protocols {
		require.NoError(t, tl.Add(p))
	}
	got, err := tl.Result()
	require.NoError(t, err)
	require.Equal(t, want, got.OkrugRegions)
}

// A commission's county totals of the president's race are checked
// against the recount's (S319): equal figures are compared and matched,
// a figure off by one vote and a county the recount does not have are
// findings.
func TestVerifyOkrugRegionVotes(t *testing.T) {
	res := countTW(t, twOkrugMapping, fptpRules(t), nil)
	s := validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: "president", Winner: "侯友宜-趙少康",
		Regions: map[string]map[string]int64{
			"連江縣": {"侯友宜-趙少康": 3860, "柯文哲-吳欣盈": 1651, "賴清德-蕭美琴": 648},
			"屏東縣": {"侯友宜-趙少康": 4051, "柯文哲-吳欣盈": 1548},
		}}}}
	rep := shailoo.Verify(res, s)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, string(f.Code)+" "+f.Place.Region+" "+f.Place.Candidate+" "+f.Want+" "+f.Got)
	}
	require.Equal(t, []string{"S319 屏東縣 柯文哲-吳欣盈 1547 1548"}, got)
	var s319 *validate.ComparedCheck
	for i, k := range rep.Compared.Checks {
		if k.Code == validate.PublishedRegionVotes {
			s319 = &rep.Compared.Checks[i]
		}
	}
	require.NotNil(t, s319)
	require.Equal(t, validate.ComparedCheck{Code: validate.PublishedRegionVotes, Figures: 5, Matched: 4}, *s319)

	s.Okrugs[0].Regions = map[string]map[string]int64{"臺北市": {"侯友宜-趙少康": 1}}
	rep = shailoo.Verify(res, s)
	require.Len(t, rep.Findings, 1)
	require.Equal(t, validate.PublishedRegionVotes, rep.Findings[0].Code)
	require.Equal(t, "none (not a region of the recount)", rep.Findings[0].Want)

	// An election of several okrugs gives no region's votes: not
	// evaluated, never passed.
	m := strings.Replace(twOkrugMapping, `"okrug_id": "president"`, `"okrug": "town"`, 1)
	res = countTW(t, m, fptpRules(t), nil)
	s = validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: "南竿鄉", Regions: map[string]map[string]int64{"連江縣": {"侯友宜-趙少康": 2331}}}}}
	rep = shailoo.Verify(res, s)
	require.False(t, slices.ContainsFunc(rep.Findings, func(f validate.Finding) bool { return f.Code == validate.PublishedRegionVotes }))
	require.True(t, slices.ContainsFunc(rep.NotEvaluated, func(n validate.NotEvaluated) bool { return n.Code == validate.PublishedRegionVotes }))
}

// The candidates named by their names exactly as the recount writes them
// (the file's candidate cells), in a summary that gives the winner, the
// votes and the votes by region: each is compared as its ID (S308, S315,
// S319), the winner too though the votes, read first, name the same
// candidates. A name beside its own ID in the same votes is left as
// written, and found.
func TestVerifyOkrugNamesEverywhere(t *testing.T) {
	m := strings.Replace(twOkrugMapping, `"侯友宜-趙少康", "柯文哲/吳欣盈": "柯文哲-吳欣盈", "賴清德/蕭美琴": "賴清德-蕭美琴"`,
		`"hou", "柯文哲/吳欣盈": "ko", "賴清德/蕭美琴": "lai"`, 1)
	res := countTW(t, m, fptpRules(t), nil)
	s := validate.Summary{Okrugs: []validate.PublishedOkrug{{ID: "president", Winner: "侯友宜/趙少康",
		Votes: map[string]int64{"侯友宜/趙少康": 7911, "柯文哲/吳欣盈": 3198, "賴清德/蕭美琴": 1954},
		Regions: map[string]map[string]int64{
			"連江縣": {"侯友宜/趙少康": 3860, "柯文哲/吳欣盈": 1651, "賴清德/蕭美琴": 648},
			"屏東縣": {"hou": 4051, "柯文哲/吳欣盈": 1547, "賴清德/蕭美琴": 1306},
		}}}}
	rep := shailoo.Verify(res, s)
	require.Empty(t, rep.Findings)
	checks := map[validate.Code]validate.ComparedCheck{}
	for _, k := range rep.Compared.Checks {
		checks[k.Code] = k
	}
	require.Equal(t, validate.ComparedCheck{Code: validate.PublishedWinner, Figures: 1, Matched: 1}, checks[validate.PublishedWinner])
	require.Equal(t, validate.ComparedCheck{Code: validate.PublishedOkrugVotes, Figures: 3, Matched: 3}, checks[validate.PublishedOkrugVotes])
	require.Equal(t, validate.ComparedCheck{Code: validate.PublishedRegionVotes, Figures: 6, Matched: 6}, checks[validate.PublishedRegionVotes])
	var named []string
	for _, n := range rep.Compared.Named {
		named = append(named, n.Published+"="+n.ID)
	}
	require.Equal(t, []string{"侯友宜/趙少康=hou", "柯文哲/吳欣盈=ko", "賴清德/蕭美琴=lai"}, named)

	// Hou by ID and by name in the same region: the name is left as
	// written there, and only there.
	s.Okrugs[0].Regions["屏東縣"]["侯友宜/趙少康"] = 4051
	rep = shailoo.Verify(res, s)
	var got []string
	for _, f := range rep.Findings {
		got = append(got, string(f.Code)+" "+f.Place.Region+" "+f.Place.Candidate+" "+f.Want)
	}
	require.Equal(t, []string{"S319 屏東縣 侯友宜/趙少康 none (not a candidate in the okrug)"}, got)
}

// The UK's EU referendum of 2016 by counting area (testdata/regionvotes),
// a list ballot of two answers whose regions are learnt from the rows'
// Region column: each answer's votes per region are Result.ListRegions
// and the totals table's region rows, as the Electoral Commission
// published them (Scotland, Wales, Northern Ireland); before, the count
// and the export gave the nation's totals alone.
func TestListRegionVotes(t *testing.T) {
	const mapping = `{"provenance": "official", "precinct": "Area_Code", "region": "Region", "ballot": "list",
 "lines": {"voters": "Electorate", "issued_in_room": "ExpectedBallots", "found_stationary": "VerifiedBallotPapers", "invalid": "Rejected_Ballots", "valid": "Valid_Votes"},
 "votes": {"Remain": "Remain", "Leave": "Leave"},
 "ignore": ["Votes_Cast", "No_official_mark", "Voting_for_both_answers", "Writing_or_mark", "Unmarked_or_void"]}`
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "euref", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "valid", "comparison": "more_than"},
 "list": {"lists": "closed", "method": "hare", "tie": "lots"},
 "protocol": {"lines": ["voters", "issued_in_room", "found_stationary", "invalid", "valid"], "ballots": {"list": {"against_all": false}}}}`), "rules.json")
	require.NoError(t, err)
	b, err := os.ReadFile("testdata/regionvotes/EDITED-uk-euref2016-scot-wales-ni.csv")
	require.NoError(t, err)
	res := countCSVText(t, mapping, r, string(b))
	got := map[string]shailoo.RegionVotes{}
	var order []string // learnt regions: in the order of their IDs
	for _, rv := range res.ListRegions {
		order = append(order, rv.Region)
		require.Equal(t, election.ListBallot, rv.Ballot)
		got[rv.Region] = rv
	}
	require.Len(t, got, 7) // Scotland, Wales, Northern Ireland and 4 English regions
	require.True(t, slices.IsSorted(order), "%q", order)
	for region, want := range map[string]map[string]int64{
		"Scotland":         {"Remain": 1661191, "Leave": 1018322},
		"Wales":            {"Remain": 772347, "Leave": 854572},
		"Northern Ireland": {"Remain": 440707, "Leave": 349442},
	} {
		require.Equal(t, want, got[region].Votes, region)
	}
	require.Equal(t, 32, got["Scotland"].Protocols)
	rows := totalsRows(t, res)
	for _, want := range []string{
		"region,Scotland,list,votes,Remain,1661191,,,,official,0",
		"region,Scotland,list,votes,Leave,1018322,,,,official,0",
		"region,Northern Ireland,list,votes,Leave,349442,,,,official,0",
	} {
		require.Contains(t, rows, want)
	}
	n := 0
	for _, row := range rows {
		if strings.HasPrefix(row, "region,") {
			n++
		}
	}
	require.Equal(t, 14, n, "7 regions × 2 answers, each once")
}
