package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countReal counts the real cut testdata/ingest/real/<file> under the
// mapping and the rule set given as JSON, the definition inferred from the
// mapping.
func countReal(t *testing.T, file, mapping, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/ingest/real/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// stepSays says whether a step of res of kind says want.
func stepSays(res *shailoo.Result, kind, want string) bool {
	for _, s := range res.Steps {
		if s.Kind == kind && strings.Contains(s.Detail, want) {
			return true
		}
	}
	return false
}

// codes counts res's findings by code.
func codes(res *shailoo.Result) map[validate.Code]int {
	n := map[validate.Code]int{}
	for _, f := range res.Findings.Findings {
		n[f.Code]++
	}
	return n
}

// Chile's file of 2021 (Putre, 16 mesas) gives no valid line: the law
// takes the majority over the candidates' votes, base "votes", and the
// okrug is decided without one: Kast 510 of 1,448 votes is short of 725,
// and Kast and Parisi go to a second round. Under base "valid" every
// protocol lacks the line (X227) and nothing is decided.
func TestMajorityBaseVotes(t *testing.T) {
	const mapping = `{"precinct": "MESA", "region": "REGION", "ballot": "okrug", "okrug": "CIRCUNSCRIPCION ELECTORAL",
 "lines": {"found_stationary": "NUM VOTOS", "invalid": {"columns": ["VOTOS EN BLANCO", "VOTOS NULOS"]}},
 "votes": {"artes": "EDUARDO ARTES", "parisi": "FRANCO ALDO PARISI", "boric": "GABRIEL BORIC", "kast": "JOSE ANTONIO KAST",
  "meo": "MARCO ENRIQUEZ-OMINAMI", "sichel": "SEBASTIAN SICHEL", "provoste": "YASNA PROVOSTE"}}`
	rules := func(base string) string {
		return `{"format": 1, "id": "cl-pres2021", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "` + base + `", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}, "lines": ["found_stationary", "invalid", "valid"]}}`
	}
	res := countReal(t, "cl2021-putre.csv", mapping, rules("votes"))
	if n := codes(res)[validate.BaseLineMissing]; n != 0 {
		t.Errorf("%d findings %s under base votes, want none", n, validate.BaseLineMissing)
	}
	if len(res.Okrugs) != 1 {
		t.Fatalf("okrugs %+v", res.Okrugs)
	}
	o := res.Okrugs[0]
	if o.Outcome != "runoff" || strings.Join(o.Runoff, ",") != "kast,parisi" {
		t.Errorf("PUTRE: %s %v, want a second round of kast and parisi", o.Outcome, o.Runoff)
	}
	if !stepSays(res, "majority", "more than 50% of 1448 votes = 724: 725 votes needed, 510 got, missed by 215") {
		t.Errorf("the transcript does not give the base of 1,448 votes: %+v", res.Steps)
	}

	res = countReal(t, "cl2021-putre.csv", mapping, rules("valid"))
	if n := codes(res)[validate.BaseLineMissing]; n != 16 {
		t.Errorf("%d findings %s under base valid, want 16", n, validate.BaseLineMissing)
	}
	if o := res.Okrugs[0]; o.Outcome != "not_evaluated_majority_base" {
		t.Errorf("PUTRE under base valid: %s, want not evaluated", o.Outcome)
	}
}

// Belarus's form of 2020 has no mobile box: a rule set whose
// protocol.lines leaves out found_mobile takes base "found" as the ballots
// found in the stationary boxes, as its relations do, and decides; before,
// every protocol lacked found_mobile (X227) and no seat was filled.
func TestBaseFollowsForm(t *testing.T) {
	const mapping = `{"precinct": "id", "ballot": "list", "lines": {"voters": "officialVoters", "found_stationary": "officialVotes", "invalid": "corrupted_officialVotes"},
 "votes": {"against_all": "against_officialVotes", "cherechen": "cherechen_officialVotes", "dmitriyev": "dmitriyev_officialVotes",
  "kanopatskaja": "kanopatskaja_officialVotes", "lukashenko": "lukashenko_officialVotes", "tihanovkaja": "tihanovkaja_officialVotes"},
 "rows": {"where": [{"column": "officialVotes", "except": [""]}]}}`
	const rules = `{"format": 1, "id": "by-president2020", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "found", "comparison": "more_than"},
 "list": {"lists": "closed", "method": "hare", "tie": "lots"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"]}}`
	res := countReal(t, "by-pres2020-voice.csv", mapping, rules)
	if n := codes(res)[validate.BaseLineMissing]; n != 0 {
		t.Errorf("%d findings %s, want none: found_mobile is not on the form", n, validate.BaseLineMissing)
	}
	if res.Totals.ThresholdBase != 14361 {
		t.Errorf("threshold base %d, want 14,361 ballots found in the stationary boxes", res.Totals.ThresholdBase)
	}
	for _, l := range res.Lists {
		if l.ID == "lukashenko" && (l.National.Status != "failed" || l.National.Needed != 7181 || l.National.Votes != 6823) {
			t.Errorf("lukashenko: %+v, want 6,823 votes of 7,181 needed, failed", l.National)
		}
	}
}

// A base none of whose lines is on the form is an error naming the field.
func TestBaseOffForm(t *testing.T) {
	for _, tc := range []struct{ field, rules string }{
		{"threshold.base", `{"format": 1, "id": "x", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "voters", "comparison": "more_than"}, "list": {"lists": "closed", "method": "hare"},
 "protocol": {"lines": ["found_stationary", "invalid", "valid"]}}`},
		{"okrug.majority.base", `{"format": 1, "id": "x", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "voters", "comparison": "more_than"}},
 "protocol": {"lines": ["invalid", "valid"]}}`},
	} {
		_, err := shailoo.ReadRules(strings.NewReader(tc.rules), "rules.json")
		var pe *ingest.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field || pe.Line == 0 {
			t.Errorf("%s: %v, want an error naming the field and its place", tc.field, err)
		}
	}
}
