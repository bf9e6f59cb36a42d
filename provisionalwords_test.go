package shailoo_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/words"
)

// TestProvisionalReasonsInLanguage: the Kyrgyz and Russian text and
// Markdown reports of counts made provisional by a misread file (a
// column of figures as the one choice, X231; "None of the Above" or a
// total elected, X232, X235; rows summed that differ in numbers alone,
// I610, or that repeat one figure, I611; an aggregate past the threshold)
// say each reason by its sentence in the catalog, never by the Result's English Reason.
func TestProvisionalReasonsInLanguage(t *testing.T) {
	r, err := shailoo.ReadRules(strings.NewReader(listRules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	const eeRules = `{"format":1,"id":"ee-test","version":"0.1","name":"one seat, 0% threshold","seats":{"list":1},
 "threshold":{"percent":"0","base":"votes","comparison":"at_least"},"list":{"lists":"closed","method":"dhondt"},
 "protocol":{"ballots":{"list":{"against_all":false}}}}`
	const eeMapping = `{"layout":"long","delimiter":";","precinct":"constituency","ballot":"list","choice_column":"party","votes_column":"party_votes_const","choice_rows":"sum",
 "choice_values":{"EESTIMAA ÜHENDATUD VASAKPARTEI":"vasak","Erakond Eestimaa Rohelised":"rohelised","Erakond Parempoolsed":"parempoolsed"}}`
	const clRules = `{"format": 1, "id": "x", "version": "1", "seats": {"list": 3},
 "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`
	const clMapping = `{"precinct": "MESA", "region": "REGION", "ballot": "list", "lines": {"invalid": "VOTOS NULOS"},
 "votes": {"kast": "JOSE ANTONIO KAST", "boric": "GABRIEL BORIC"}, "aggregates": ["boric"]}`
	for _, c := range []struct {
		kind string
		res  func() *shailoo.Result
	}{
		{shailoo.UnevaluatedOneChoice, func() *shailoo.Result {
			return countSilent(t, "ns2024-long-annapolis-yarmouth.csv", "ns2024-wide-votes.map.json", fptpRules(t))
		}},
		{shailoo.UnevaluatedOneChoice, func() *shailoo.Result {
			return countSilent(t, "ns2024-long-annapolis-yarmouth.csv", "ns2024-list-votes.map.json", r)
		}},
		{shailoo.UnevaluatedNotChoice, func() *shailoo.Result {
			return countSilent(t, "SYNTHETIC-EDITED-delhi15-nerela-nota-100000-cut.csv", "delhi15-nota-choice.map.json", fptpRules(t))
		}},
		{shailoo.UnevaluatedSummedNumbers, func() *shailoo.Result {
			return countSilent(t, "SYNTHETIC-EDITED-delhi15-nerela-two-independents.csv", "../../examples/india/mapping.json", indiaRules(t))
		}},
		{shailoo.UnevaluatedChoiceTotal, func() *shailoo.Result {
			return countSilent(t, "mx2024-cdmx-d1-cut.csv", "mx2024-total-as-choice.map.json", fptpRules(t))
		}},
		{shailoo.UnevaluatedSummedRepeat, func() *shailoo.Result { return countReal(t, "ee-rk2023-c6-repeated.csv", eeMapping, eeRules) }},
		{shailoo.UnevaluatedAggregateList, func() *shailoo.Result { return countReal(t, "cl2021-putre.csv", clMapping, clRules) }},
	} {
		res := c.res()
		u := reasonOf(res, c.kind)
		if u == nil || u.Reason == "" {
			t.Errorf("%s: not among the reasons %+v", c.kind, res.ProvisionalReasons)
			continue
		}
		for _, l := range []report.Lang{report.Russian, report.Kyrgyz} {
			var text, md bytes.Buffer
			if err := report.Text(&text, res, l); err != nil {
				t.Fatal(err)
			}
			if err := report.Markdown(&md, res, l); err != nil {
				t.Fatal(err)
			}
			for _, out := range []string{text.String(), md.String()} {
				if strings.Contains(out, u.Reason) {
					t.Errorf("%s %s: the report says the English reason %q", c.kind, l, u.Reason)
				}
				// The sentence's words before its first figure.
				head, _, _ := strings.Cut(words.Of("provisional."+c.kind).In(string(l)), "{")
				if !strings.Contains(out, head) {
					t.Errorf("%s %s: the report lacks the catalog's sentence %q", c.kind, l, head)
				}
			}
		}
	}
}
