package shailoo_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

func okrugOf(t *testing.T, res *shailoo.Result, id string) shailoo.Okrug {
	t.Helper()
	for _, o := range res.Okrugs {
		if o.Okrug == id {
			return o
		}
	}
	t.Fatalf("no okrug %q", id)
	return shailoo.Okrug{}
}

// Romania's mayors' protocols of 2024 give lines and no candidate's votes:
// each UAT is an okrug that cannot be decided, but its valid ballots and
// those who took part are the sums of its lines, as the nation's are: the
// five precincts of SILIŞTEA, 901 valid and 19 null ballots.
func TestOkrugLinesWithoutCandidates(t *testing.T) {
	const mapping = `{"precinct": {"columns": ["county_code", "precinct_nr"]}, "region": "precinct_county_name", "okrug": "uat_name", "ballot": "okrug",
 "lines": {"voters": "a", "issued_in_room": "b", "valid": "c", "invalid": "d", "received": "e", "cancelled": "f"}}`
	const rules = `{"format": 1, "id": "ro-local2024-primar", "version": "1", "seats": {"okrug_each": true, "list": 0},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"lines": ["voters", "received", "issued_in_room", "cancelled", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}}}}`
	res := countReal(t, "ro-pv-p-2024.csv", mapping, rules)
	o := okrugOf(t, res, "SILIŞTEA")
	require.Equal(t, seats.OutcomeNoCandidates, o.Outcome)
	require.Equal(t, int64(901), o.Valid)
	require.Equal(t, int64(920), o.Participants)
	require.Empty(t, o.NotEvaluated)
	require.Empty(t, o.Overturn, "not decided: nothing to overturn")

	var b bytes.Buffer
	require.NoError(t, export.WriteTotals(export.NewCSV(&b), res))
	require.Contains(t, b.String(), "okrug,SILIŞTEA,okrug,line,participants,920,")
	require.Contains(t, b.String(), "okrug,SILIŞTEA,okrug,line,valid,901,")

	// The text shows no leader's votes or share for it: it has no leader.
	b.Reset()
	require.NoError(t, report.Text(&b, res, report.English))
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, "SILIŞTEA") && strings.Contains(line, "not evaluated") {
			require.NotContains(t, line, "0.00", line)
		}
	}
}

// Alaska's President rows of 2020 as one district, with each precinct's
// ballots cast (found_stationary): the most the votes a protocol does not
// give could be is its ballots cast less the votes it gives.
const akPresident = `{"layout": "long", "precinct": "precinct", "okrug_id": "president", "ballot": "okrug",
 "rows": {"where": [{"column": "office", "values": ["President", "Registered Voters", "Ballots Cast"]}]},
 "choice_column": {"columns": ["candidate", "office"]}, "votes_column": "votes",
 "choice_values": {"Brock Pierce": "pierce", "De La Fuente Rocque \"Rocky\" / Richardson Darcy G.": "de-la-fuente", "Don Blankenship": "blankenship",
  "Donald J. Trump": "trump", "Janos James G. \"Jesse Ventura\" / McKinney Cynthia": "ventura", "Jo Jorgensen": "jorgensen", "Joseph R. Biden": "biden"},
 "line_values": {"Registered Voters": "voters", "Ballots Cast": "found_stationary"}}`

// The same rows without the lines: no bound on the missing votes.
const akPresidentNoLines = `{"layout": "long", "precinct": "precinct", "okrug_id": "president", "ballot": "okrug",
 "rows": {"where": [{"column": "office", "values": ["President"]}]},
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Brock Pierce": "pierce", "De La Fuente Rocque \"Rocky\" / Richardson Darcy G.": "de-la-fuente", "Don Blankenship": "blankenship",
  "Donald J. Trump": "trump", "Janos James G. \"Jesse Ventura\" / McKinney Cynthia": "ventura", "Jo Jorgensen": "jorgensen", "Joseph R. Biden": "biden"}}`

const akPlurality = `{"format": 1, "id": "ak-president-test", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "ballots": {"okrug": {"against_all": false}}}}`

// Biden 744, Trump 738 in the whole cut. A Trump cell skipped leaves Trump
// a partial sum: the okrug is provisional, and says whether the cell's
// votes could overturn it.
func TestOkrugMissingVotesOverturn(t *testing.T) {
	for _, c := range []struct {
		name, file, mapping string
		trump, atMost       int64 // Trump's partial sum, the most his missing votes could be (-1: no bound)
		overturn            string
	}{
		// Fairbanks No. 2: 223 ballots cast, 100 votes given besides
		// Trump's: at most 123, and 615 + 123 = 738 < 744.
		{"fairbanks", "EDITED-us-ak-2020-trump-badcell.csv", akPresident, 615, 123, shailoo.OverturnCannot},
		// Aurora: 762 ballots cast, 290 given besides Trump's 466: at
		// most 472, and 272 + 472 = 744 ties Biden: it could.
		{"aurora, a tie at the bound", "EDITED-us-ak-2020-trump-aurora-badcell.csv", akPresident, 272, 472, shailoo.OverturnCould},
		// No ballots-cast line: no bound, so it could.
		{"no bound", "EDITED-us-ak-2020-trump-badcell.csv", akPresidentNoLines, 615, -1, shailoo.OverturnCould},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := countRealWith(t, c.file, c.mapping, akPlurality, shailoo.Options{SkipBadRows: true})
			require.True(t, res.Provisional)
			o := okrugOf(t, res, "president")
			require.Equal(t, seats.OutcomeElected, o.Outcome)
			require.Equal(t, "biden", o.Winner)
			require.Equal(t, int64(744), o.LeaderVotes)
			require.Equal(t, c.trump, o.RunnerUpVotes)
			require.True(t, o.Provisional)
			require.Equal(t, map[string]int{"trump": 1}, o.VotesMissing)
			if c.atMost < 0 {
				require.Empty(t, o.VotesMissingAtMost)
			} else {
				require.Equal(t, map[string]int64{"trump": c.atMost}, o.VotesMissingAtMost)
			}
			require.Equal(t, c.overturn, o.Overturn)

			b, err := json.Marshal(res)
			require.NoError(t, err)
			require.Contains(t, string(b), `"missing_votes_overturn":"`+c.overturn+`"`)
			var txt bytes.Buffer
			require.NoError(t, report.Text(&txt, res, report.English))
			require.Contains(t, txt.String(), "provisional: rests on data not evaluated; the votes not given "+map[string]string{
				shailoo.OverturnCannot: "cannot change it", shailoo.OverturnCould: "could change it"}[c.overturn])
		})
	}
	// Every cell read: not provisional, nothing to overturn.
	res := countRealWith(t, "us-ak-2020-hd99-hd1.csv", akPresident, akPlurality, shailoo.Options{})
	o := okrugOf(t, res, "president")
	require.False(t, o.Provisional)
	require.Empty(t, o.Overturn)
	require.Equal(t, int64(738), o.RunnerUpVotes)
}
