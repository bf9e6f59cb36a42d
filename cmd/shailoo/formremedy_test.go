package main

import (
	"strings"
	"testing"
)

// A file that gives the ballots found in the stationary boxes alone
// (Brazil's attending voters, 2022, abroad) leaves P102 not evaluated,
// waiting for found_mobile, and an edited figure passed with exit 0: the
// not-evaluated line says how a form without found_mobile is declared,
// and declared so, P102 catches the edit. The draft's guess says it too.
func TestFormRemedyForALineNotOnTheForm(t *testing.T) {
	const mapping = `{"precinct": {"columns": ["municipo", "zona", "secao"]}, "region": "cidade", "okrug_id": "Presidente", "ballot": "okrug",
 "lines": {"voters": "eligible_voters", "found_stationary": "attending_voters", "invalid": {"columns": ["blank_votes", "null_votes"]}, "valid": "valid_votes"},
 "votes": {"lula": "lula_voto", "bolsonaro": "bolsonaro_voto"}, "rows": {"where": [{"column": "lula_voto", "except": [""]}]}}`
	rules := func(form string) string {
		return `{"format": 1, "id": "br-president", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "abroad": "counted", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}` + form + `}}`
	}
	m := writeTemp(t, "m.json", mapping)
	edited := repo + "testdata/ingest/real/SYNTHETIC-EDITED-br-pres2022-r2-exterior-attending-plus1.csv"
	out, errs, code := cli(t, "check", "--rules", writeTemp(t, "r.json", rules("")), "--protocols", edited, "--mapping", m)
	if code != exitOK || !strings.Contains(out, `P102: not evaluated on 14 protocols (first: precinct 29254 / 0001 / 0001, okrug ballot, manual count): the protocol lacks line(s) found_mobile; if the commission's form has no such line, declare the form's lines in the rule set, "protocol": {"lines": [...]} without it (docs/rules.md#the-protocol-form)`) {
		t.Errorf("check: exit %d\n%s\n%s", code, out, errs)
	}
	if strings.Contains(out, "P103: not evaluated") && strings.Contains(out, "lacks line(s) valid;") {
		t.Errorf("a remedy beside valid, which every form has:\n%s", out)
	}
	out, _, _ = cli(t, "check", "--lang", "ru", "--rules", writeTemp(t, "r.json", rules("")), "--protocols", edited, "--mapping", m)
	if !strings.Contains(out, "если в форме протокола комиссии такой строки нет") {
		t.Errorf("check --lang ru:\n%s", out)
	}
	out, errs, code = cli(t, "check", "--rules", writeTemp(t, "form.json", rules(`, "lines": ["voters", "found_stationary", "invalid", "valid"]`)), "--protocols", edited, "--mapping", m)
	if code != exitFindings || !strings.Contains(out, "P102  error") || strings.Contains(out, "P102: not evaluated") {
		t.Errorf("check, the form declared: exit %d\n%s\n%s", code, out, errs)
	}
	out, _, _ = cli(t, "mapping", "draft", repo+"testdata/ingest/real/br-pres2022-r2-exterior.csv")
	if !strings.Contains(out, `found_mobile not given; the relations of the ballots found (P102, P108) then wait for found_mobile, not evaluated`) {
		t.Errorf("draft:\n%s", out)
	}
}
