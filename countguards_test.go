package shailoo_test

import (
	"encoding/json"
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
