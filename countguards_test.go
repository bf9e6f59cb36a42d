package shailoo_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// Estonia's Riigikogu of 2023, constituency 6 (the real cut
// testdata/ingest/real/ee-rk2023-c6-repeated.csv): party_votes_const is
// the party's total repeated on each candidate's row. Summed ("choice_rows":
// "sum"), Parempoolsed reads 1,688 for 844: I611 names the rows, and the
// Result is provisional, the list seat resting on the sums. Its JSON
// totals write the lines the file never gives null, not 0.
func TestSummedRepeatMakesProvisionalEstonia(t *testing.T) {
	const rules = `{"format":1,"id":"ee-test","version":"0.1","name":"one seat, 0% threshold","seats":{"list":1},
 "threshold":{"percent":"0","base":"votes","comparison":"at_least"},"list":{"lists":"closed","method":"dhondt"},
 "protocol":{"ballots":{"list":{"against_all":false}}}}`
	mapping := func(votes string) string {
		return `{"layout":"long","delimiter":";","precinct":"constituency","ballot":"list","choice_column":"party","votes_column":"` + votes + `","choice_rows":"sum",
 "choice_values":{"EESTIMAA ÜHENDATUD VASAKPARTEI":"vasak","Erakond Eestimaa Rohelised":"rohelised","Erakond Parempoolsed":"parempoolsed"}}`
	}
	const file = "ee-rk2023-c6-repeated.csv"
	res := countReal(t, file, mapping("party_votes_const"), rules)
	if got := listOf(t, res, "parempoolsed").Votes; got != 1688 {
		t.Errorf("Parempoolsed summed %d, want 1,688 (844 twice, as the mapping says)", got)
	}
	i := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.SummedRepeat })
	if i < 0 {
		t.Fatalf("no %s among %+v", validate.SummedRepeat, res.Findings.Findings)
	}
	if f := res.Findings.Findings[i]; f.Place.Row != 4 || !strings.Contains(f.Message().En, "3 candidate_name") {
		t.Errorf("finding %+v %q, want row 4 and the candidate's columns", f.Place, f.Message())
	}
	var u *shailoo.Unevaluated
	for j := range res.ProvisionalReasons {
		if res.ProvisionalReasons[j].Kind == shailoo.UnevaluatedSummedRepeat {
			u = &res.ProvisionalReasons[j]
		}
	}
	if !res.Provisional || u == nil || !slices.Equal(u.Scope, []string{file + ":3 (6)"}) || !slices.Equal(u.Affects, []string{"list"}) {
		t.Errorf("provisional %v, reasons %+v; want %s at %s:3 affecting the list seats", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedSummedRepeat, file)
	}
	b, err := json.Marshal(res.Totals)
	if err != nil {
		t.Fatal(err)
	}
	var totals map[string]any
	if err := json.Unmarshal(b, &totals); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"voters", "participants", "valid", "invalid"} {
		if v, ok := totals[k]; !ok || v != nil {
			t.Errorf("totals %s: %v, want null (no such line in the file)", k, v)
		}
	}
	if totals["threshold_base"] != float64(2403) {
		t.Errorf("totals threshold_base %v, want 2403", totals["threshold_base"])
	}
	var back shailoo.Totals
	if err := json.Unmarshal(b, &back); err != nil || back.Voters != 0 || back.ThresholdBase != 2403 {
		t.Errorf("read back %+v, %v", back, err)
	}

	res = countReal(t, file, mapping("candidate_votes"), rules)
	if res.Provisional || slices.ContainsFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.SummedRepeat }) {
		t.Errorf("the candidates' own votes summed: provisional %v %+v, want no %s", res.Provisional, res.ProvisionalReasons, validate.SummedRepeat)
	}
}

// South Africa's 2021 local elections, eThekwini, voting district
// 43400180 (the real cut testdata/ingest/real/za-lge2021-eth-vd43400180.csv):
// its PR and Ward ballots in one table. Summed ("choice_rows": "sum") the
// ANC reads 1,830 for its 906 PR votes, the district's votes 1,923 for
// 1,569 voters on the list: I612 says so, and the Result is provisional.
// Kept to the PR rows (rows.where), it is neither.
func TestSummedOverVotersMakesProvisionalSouthAfrica(t *testing.T) {
	const rules = `{"format":1,"id":"za-test","version":"0","name":"Droop, no threshold","seats":{"list":111},
 "threshold":{"percent":"0","base":"votes","comparison":"at_least"},"list":{"lists":"closed","method":"droop"},
 "protocol":{"ballots":{"list":{"against_all":false}}}}`
	const file = "za-lge2021-eth-vd43400180.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	var cv []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n")[1:] {
		p := strings.Split(l, ";")[8]
		if c := fmt.Sprintf("%q: %q", p, p); !slices.Contains(cv, c) {
			cv = append(cv, c)
		}
	}
	mapping := func(extra string) string {
		return `{"layout": "long", "delimiter": ";", "precinct": "VotingDistrict", "ballot": "list", "choice_column": "PartyName", "votes_column": "TotalValidVotes",
 "lines": {"voters": "RegisteredVoters", "invalid": "SpoiltVotes"}, "choice_values": {` + strings.Join(cv, ", ") + `}` + extra + `}`
	}
	res := countReal(t, file, mapping(`, "choice_rows": "sum"`), rules)
	if got := listOf(t, res, "AFRICAN NATIONAL CONGRESS").Votes; got != 1830 {
		t.Errorf("ANC summed %d, want 1,830 (906 + 924, as the mapping says)", got)
	}
	i := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.SummedOver })
	if i < 0 || res.Findings.Findings[i].Got != "1923" || res.Findings.Findings[i].Want != "1569" {
		t.Fatalf("no %s of 1923 votes for 1569 voters among %+v", validate.SummedOver, res.Findings.Findings)
	}
	ok := false
	for _, u := range res.ProvisionalReasons {
		ok = ok || u.Kind == shailoo.UnevaluatedSummedOver && slices.Equal(u.Scope, []string{file + ":2 (43400180)"})
	}
	if !res.Provisional || !ok {
		t.Errorf("provisional %v, reasons %+v; want %s", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedSummedOver)
	}
	res = countReal(t, file, mapping(`, "rows": {"where": [{"column": "BallotType", "values": ["PR"]}]}`), rules)
	if got := listOf(t, res, "AFRICAN NATIONAL CONGRESS").Votes; got != 906 || res.Provisional {
		t.Errorf("PR rows alone: ANC %d, provisional %v %+v; want 906, not provisional", got, res.Provisional, res.ProvisionalReasons)
	}
}
