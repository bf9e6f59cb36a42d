package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// cambridge is a cut of the certified Cambridge, Massachusetts 2022 ERR v2
// report (usnistgov/cdf-test-method@d5969b81, see its SOURCE.md) and
// edited variants of it, with the two precincts' rows as protocols.
var cambridge = filepath.Join("..", "..", "interop", "nisterr", "testdata", "cambridge2022")

// verifyCambridge runs verify of the report named against the two
// precincts' recount, the JSON report parsed too.
func verifyCambridge(t *testing.T, report string, extra ...string) (text, stderr string, code int, rep map[string]any) {
	t.Helper()
	c := func(name string) string { return filepath.Join(cambridge, name) }
	args := append([]string{"verify", "--published", c(report), "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json")}, extra...)
	text, stderr, code = cli(t, args...)
	js, _, jcode := cli(t, append(args, "--format", "json")...)
	require.Equal(t, code, jcode)
	if jcode != exitUsage {
		require.NoError(t, json.Unmarshal([]byte(js), &rep), js)
	}
	return text, stderr, code, rep
}

// TestERRWriteIn: the certified report's write-in selection (IsWriteIn,
// no candidate) is read, not refused; its counts, at the precincts alone
// as the whole report's, are said not read, and "nothing compared" says
// so rather than "the summary publishes no figure the recount gives".
func TestERRWriteIn(t *testing.T) {
	out, stderr, code, rep := verifyCambridge(t, "writein.err.json")
	require.Equal(t, exitFindings, code, out+stderr)
	require.Contains(t, out, "counts at GpUnits other than a contest's district (precincts, regions) are not read")
	require.Contains(t, out, "such GpUnits: 2")
	require.NotContains(t, out+stderr, "publishes no figure the recount gives")
	require.Contains(t, stderr, "its notes above say what it does not read")
	require.Contains(t, rep["published"].(map[string]any)["notes"].([]any)[1], "such GpUnits: 2")
}

// TestERRWriteInCompared: the write-ins' total at the district is
// compared with the recount's write-in choice (2 in the two precincts), a
// wrong one is a gap of it.
func TestERRWriteInCompared(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(cambridge, "writein.err.json"))
	require.NoError(t, err)
	var rep map[string]any
	require.NoError(t, json.Unmarshal(b, &rep))
	sels := rep["Election"].([]any)[0].(map[string]any)["Contest"].([]any)[0].(map[string]any)["ContestSelection"].([]any)
	for _, n := range []float64{2, 3} {
		for _, sel := range sels {
			s := sel.(map[string]any)
			var sum float64
			for _, v := range s["VoteCounts"].([]any) {
				sum += v.(map[string]any)["Count"].(float64)
			}
			if s["IsWriteIn"] == true {
				sum = n
			}
			s["VoteCounts"] = append(s["VoteCounts"].([]any)[:2], map[string]any{"@type": "ElectionResults.VoteCounts", "GpUnitId": "loc-cambridge", "Type": "total", "Count": sum})
		}
		out, err := json.Marshal(rep)
		require.NoError(t, err)
		f := filepath.Join(t.TempDir(), "totals.err.json")
		require.NoError(t, os.WriteFile(f, out, 0o644))
		c := func(name string) string { return filepath.Join(cambridge, name) }
		text, stderr, code := cli(t, "verify", "--published", f, "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json"))
		if n == 2 {
			require.Equal(t, exitOK, code, text+stderr)
			require.Contains(t, text, "S315: 4 compared, 4 matched")
			continue
		}
		require.Equal(t, exitFindings, code, text+stderr)
		require.Regexp(t, `write-in \(Write-in\)»: published 3 votes, recount 2 \(gap \+1\)`, text)
	}
}

// TestERRPrecinctOnly: a report of precinct counts alone is not called
// one that "publishes no figure the recount gives".
func TestERRPrecinctOnly(t *testing.T) {
	out, stderr, code, _ := verifyCambridge(t, "precinct-only.err.json")
	require.Equal(t, exitFindings, code)
	require.Contains(t, out, "Nothing was compared: of what the report publishes, verify compares nothing")
	require.NotContains(t, out+stderr, "publishes no figure the recount gives")
}

// TestERRWinnerOmitted: a published contest that leaves out the
// recount's winner is a finding (S322), and the winner, not published, is
// not evaluated (S308), never gone from both lists.
func TestERRWinnerOmitted(t *testing.T) {
	out, stderr, _, rep := verifyCambridge(t, "winner-omitted.err.json")
	require.Contains(t, out, "S322", out+stderr)
	require.Regexp(t, `HEALEY AND DRISCOLL.* 806 votes in the recount, but the published summary gives the okrug's votes without it`, out)
	var codes []string
	for _, f := range rep["findings"].([]any) {
		codes = append(codes, f.(map[string]any)["code"].(string)+" "+f.(map[string]any)["place"].(map[string]any)["candidate"].(string))
	}
	require.Contains(t, codes, "S322 can-h-and-driscoll")
	ne := false
	for _, n := range rep["not_evaluated"].([]any) {
		ne = ne || n.(map[string]any)["code"] == "S308"
	}
	require.True(t, ne, "S308 not evaluated: %v", rep["not_evaluated"])
}

// TestERRParts: counts given in parts, by device class or by vote type,
// with no total, are summed (the recount's 806 is 803 + 3), and said; not
// one part read as the total (a gap of -803).
func TestERRParts(t *testing.T) {
	for _, tc := range []struct{ file, note string }{
		{"device-parts.err.json", "counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: 3"},
		{"vote-types.err.json", "counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: 3"},
	} {
		out, stderr, code, _ := verifyCambridge(t, tc.file)
		require.Equal(t, exitOK, code, out+stderr)
		require.Contains(t, out, tc.note)
		require.Contains(t, out, "S315: 3 compared, 3 matched")
		require.NotContains(t, out, "-803")
	}
}

// TestERRBallotMeasure: a ballot measure contest is not read, said by
// name, and does not stop verify.
func TestERRBallotMeasure(t *testing.T) {
	out, stderr, code, rep := verifyCambridge(t, "ballot-measure.err.json")
	require.NotEqual(t, exitUsage, code, stderr)
	require.Contains(t, out, "contests verify does not compare (ballot measures, retentions), not read: «QUESTION 1» (bmc-question-1)")
	require.Contains(t, rep["published"].(map[string]any)["notes"], "contests verify does not compare (ballot measures, retentions), not read: «QUESTION 1» (bmc-question-1)")
}

// TestERRTwoContests: two contests in one district are not "an okrug
// published twice": without --contest, an error names both and the flag;
// with it, the one named is compared and the other said not compared.
func TestERRTwoContests(t *testing.T) {
	_, stderr, code, _ := verifyCambridge(t, "two-contests.err.json")
	require.Equal(t, exitUsage, code)
	require.NotContains(t, stderr, "S314")
	require.Contains(t, stderr, `2 candidate contests are held in district "loc-cambridge"`)
	require.Contains(t, stderr, "--contest")
	out, stderr, code, _ := verifyCambridge(t, "two-contests.err.json", "--contest", "cc-governor-and-lieutenant-governor-statewide")
	require.Equal(t, exitOK, code, out+stderr)
	require.Contains(t, out, "candidate contests not compared (the contest compared is the one named): «ATTORNEY GENERAL» (cc-attorney-general-statewide)")
	require.Contains(t, out, "S315: 3 compared, 3 matched")
	_, stderr, code, _ = verifyCambridge(t, "two-contests.err.json", "--contest", "cc-none")
	require.Equal(t, exitUsage, code)
	require.Contains(t, stderr, `no candidate contest has the @id "cc-none"`)
}

// TestERRProvenance: the report's Status is its provenance (certified:
// official), said; shailoo's own report's shailoo-provenance is read
// back; a Status that says none gives advice an ERR file can follow, not
// a "provenance" field it cannot have.
func TestERRProvenance(t *testing.T) {
	out, _, _, rep := verifyCambridge(t, "precinct-only.err.json")
	require.Equal(t, "official", rep["published"].(map[string]any)["provenance"])
	require.Contains(t, out, "read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): certified")

	c := func(name string) string { return filepath.Join(cambridge, name) }
	own, _, code := cli(t, "count", "--format", "nist-err", "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json"))
	require.Equal(t, exitOK, code)
	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	ownFile := write("own.err.json", own)
	vout, _, code := cli(t, "verify", "--published", ownFile, "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json"))
	require.Equal(t, exitOK, code, vout)
	require.Contains(t, vout, "read from its shailoo-provenance: official")
	require.NotContains(t, vout, `"provenance" field`)

	other := strings.ReplaceAll(strings.ReplaceAll(own, `"shailoo-provenance"`, `"x-provenance"`), `"Status": "unofficial-complete"`, `"Status": "other"`)
	vout, _, _ = cli(t, "verify", "--published", write("other.err.json", other), "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json"))
	require.Contains(t, vout, `the report's Status ("other") does not say it`)
	require.NotContains(t, vout, `(give it "provenance"`)
}

// TestERRExportNotEvaluated: the ERR export writes no "0" for totals the
// count does not evaluate (no protocol gives valid ballots: the threshold
// base, the okrug's voters and participants), as it writes no turnout;
// it writes the invalid ballots (undervotes) given without the valid, and
// its Notes say what it does not carry (the ballots found, 628 + 302).
func TestERRExportNotEvaluated(t *testing.T) {
	c := func(name string) string { return filepath.Join(cambridge, name) }
	out, _, code := cli(t, "count", "--format", "nist-err", "--rules", c("rules.json"), "--protocols", c("cambridge2.csv"), "--mapping", c("mapping.json"))
	require.Equal(t, exitOK, code)
	for _, key := range []string{"shailoo-threshold-base", "shailoo-okrug-voters", "shailoo-okrug-participants", "shailoo-turnout"} {
		require.NotContains(t, out, `"`+key+`"`)
	}
	var rep struct {
		Notes    string
		Election []struct {
			BallotCounts []struct {
				GpUnitId        string
				BallotsCast     *int64
				BallotsRejected *int64
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	got := map[string]int64{}
	for _, bc := range rep.Election[0].BallotCounts {
		require.Nil(t, bc.BallotsCast, bc.GpUnitId) // the valid ballots are not given
		got[bc.GpUnitId] = *bc.BallotsRejected
	}
	require.Equal(t, map[string]int64{"gpu-country": 10, "gpu-precinct-prec-1-1": 9, "gpu-precinct-prec-1-2": 1}, got)
	require.Contains(t, rep.Notes, "Not in this report: the ballots cast (BallotsCast)")
	require.Contains(t, rep.Notes, "the protocol lines found_stationary 930 (2 protocols)")
}
