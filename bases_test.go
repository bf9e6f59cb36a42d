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
	return countWithRules(t, file, mapping, r)
}

// countWithRules is countReal under rule set r.
func countWithRules(t *testing.T, file, mapping string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
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

// byRules is Belarus's presidential election of 2020 as a rule set: one
// seat, more than half of the ballots found, a form without mobile boxes.
const byRules = `{"format": 1, "id": "by-president2020", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "found", "comparison": "more_than"},
 "list": {"lists": "closed", "method": "hare", "tie": "lots"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"]}}`

// Belarus's form of 2020 has no mobile box: a rule set whose
// protocol.lines leaves out found_mobile takes base "found" as the ballots
// found in the stationary boxes, as its relations do, and decides; before,
// every protocol lacked found_mobile (X227) and no seat was filled.
func TestBaseFollowsForm(t *testing.T) {
	const mapping = `{"precinct": "id", "ballot": "list", "lines": {"voters": "officialVoters", "found_stationary": "officialVotes", "invalid": "corrupted_officialVotes"},
 "votes": {"against_all": "against_officialVotes", "cherechen": "cherechen_officialVotes", "dmitriyev": "dmitriyev_officialVotes",
  "kanopatskaja": "kanopatskaja_officialVotes", "lukashenko": "lukashenko_officialVotes", "tihanovkaja": "tihanovkaja_officialVotes"},
 "rows": {"where": [{"column": "officialVotes", "except": [""]}]}}`
	res := countReal(t, "by-pres2020-voice.csv", mapping, byRules)
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

// Bolivia's law of 2019: more than 50% of the valid votes, or at least
// 40% with a lead of at least 10 points. On the real cut (30 mesas abroad)
// MAS has 1,849 of 3,393 valid votes, 54.49%: elected by the first way,
// as the OEP declared nationally (verify agrees). What if the first way
// asked 55%: 54.49% with a lead of 16.86 points over CC's 1,277 elects by
// the second; a lead of 20 points would send MAS and CC to a second round.
func TestMajorityOrBolivia2019(t *testing.T) {
	const mapping = `{"precinct": "Número Mesa", "region": "País", "ballot": "okrug", "okrug_id": "Bolivia",
 "lines": {"voters": "Inscritos", "invalid": {"columns": ["Blancos", "Nulos"]}, "valid": "Votos Válidos"},
 "votes": {"cc": "CC", "fpv": "FPV", "mts": "MTS", "ucs": "UCS", "mas-ipsp": "MAS - IPSP", "21f": "21F", "pdc": "PDC", "mnr": "MNR", "pan-bol": "PAN-BOL"}}`
	const rules = `{"format": 1, "id": "bo-pres2019", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots",
  "majority": {"percent": "50", "base": "valid", "comparison": "more_than",
   "or": {"percent": "40", "comparison": "at_least", "lead": "10", "lead_comparison": "at_least"}}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
	res := countReal(t, "bo2019-computo.csv", mapping, rules)
	if o := res.Okrugs[0]; o.Outcome != "elected" || o.Winner != "mas-ipsp" {
		t.Fatalf("Bolivia: %s %q, want mas-ipsp elected", o.Outcome, o.Winner)
	}
	if !stepSays(res, "majority", "1697 votes needed, 1849 got, passed by 152") {
		t.Errorf("the majority step: %+v", res.Steps)
	}
	s, err := validate.ReadSummary(strings.NewReader(`{"election": "bo-pres2019", "base": "valid", "okrugs": [{"id": "Bolivia", "winner": "mas-ipsp"}]}`), "bo-pub.json")
	if err != nil {
		t.Fatal(err)
	}
	if rep := shailoo.Verify(res, s); rep.Errors() != 0 {
		t.Errorf("verify: %+v", rep.Findings)
	}

	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	r55, err := r.Set("okrug.majority.percent", "55")
	if err != nil {
		t.Fatal(err)
	}
	res = countWithRules(t, "bo2019-computo.csv", mapping, r55)
	if o := res.Okrugs[0]; o.Outcome != "elected" || o.Winner != "mas-ipsp" ||
		!stepSays(res, "majority", "1849 votes (54.49%; 1358 needed), 572 ahead of the runner-up's 1277 (16.86 points; a lead of 340 needed): passed, elected by the second way") {
		t.Errorf("under 55%%: %s %q, want mas-ipsp elected by the second way: %+v", o.Outcome, o.Winner, res.Steps)
	}
	r20, err := r55.Set("okrug.majority.or.lead", "20")
	if err != nil {
		t.Fatal(err)
	}
	res = countWithRules(t, "bo2019-computo.csv", mapping, r20)
	if o := res.Okrugs[0]; o.Outcome != "runoff" || strings.Join(o.Runoff, ",") != "mas-ipsp,cc" || !stepSays(res, "runoff", "the lead is short") {
		t.Errorf("under 55%% or 40%% and 20 points: %s %v, want a second round of mas-ipsp and cc: %+v", o.Outcome, o.Runoff, res.Steps)
	}
	w, err := shailoo.CompareCounts(countWithRules(t, "bo2019-computo.csv", mapping, r55), res)
	if err != nil || len(w.Okrugs) == 0 {
		t.Errorf("whatif: %v %+v", err, w)
	}
}

// A draft mapping of Chile's file took its columns of differences
// (DIF_..., negative in places) for choices. The count stopped without a
// place ("threshold of dif-jose-antonio-kast: negative figure"); now P106
// gives each negative cell's file and row, the threshold of a list whose
// votes a protocol gives negative is not evaluated, an okrug with such a
// candidate is not decided, and the result says provisional why.
func TestNegativeVotesNotEvaluated(t *testing.T) {
	const votes = `"votes": {"kast": "JOSE ANTONIO KAST", "boric": "GABRIEL BORIC", "dif-kast": "DIF_JOSE ANTONIO KAST", "dif-boric": "DIF_GABRIEL BORIC"}`
	const list = `{"format": 1, "id": "pres-plurality-as-list", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"}}`
	res := countReal(t, "cl2021-putre.csv", `{"precinct": "MESA", "region": "REGION", "ballot": "list", "lines": {"invalid": "VOTOS NULOS"}, `+votes+`}`, list)
	status := map[string]string{}
	for _, l := range res.Lists {
		status[l.ID] = string(l.National.Status)
	}
	// dif-boric sums to 0 but has negative cells: not evaluated either.
	if status["kast"] != "passed" || status["dif-kast"] != "not_evaluated" || status["dif-boric"] != "not_evaluated" {
		t.Errorf("thresholds %v", status)
	}
	placed := 0
	for _, f := range res.Findings.Findings {
		if f.Code == validate.Negative && f.Place.File == "cl2021-putre.csv" && f.Place.Row > 0 {
			placed++
		}
	}
	if placed == 0 {
		t.Error("no P106 finding gives the file and row of a negative cell")
	}
	if !res.Provisional || !hasKind(res, shailoo.UnevaluatedNegative) {
		t.Errorf("provisional %v %+v, want negative_votes", res.Provisional, res.ProvisionalReasons)
	}

	const fptp = `{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true}, "okrug": {"against_all": "ignored", "tie": "lots"}}`
	res = countReal(t, "cl2021-putre.csv", `{"precinct": "MESA", "ballot": "okrug", "okrug_id": "PUTRE", "lines": {"invalid": "VOTOS NULOS"}, `+votes+`}`, fptp)
	if o := res.Okrugs[0]; o.Outcome != "not_evaluated_negative_votes" || o.Winner != "" || o.Leader != "kast" {
		t.Errorf("PUTRE: %s winner %q leader %q, want not decided, kast leading", o.Outcome, o.Winner, o.Leader)
	}
	if !hasKind(res, shailoo.UnevaluatedNegative) {
		t.Errorf("provisional %+v, want negative_votes", res.ProvisionalReasons)
	}
}

// hasKind says whether res is provisional for a reason of kind.
func hasKind(res *shailoo.Result, kind string) bool {
	for _, u := range res.ProvisionalReasons {
		if u.Kind == kind {
			return true
		}
	}
	return false
}

// Under base "votes" the base is the sum of the votes for the choices on
// the ballot: those that counted protocols give as negative figures leave
// it not evaluated, and every list's threshold with it, the result
// provisional (negative_votes) and the rest counted; before, the count
// stopped ("not counted: ... threshold base votes: negative figure") with
// no list, no okrug and no provisional reason, or, under a regional
// threshold of base votes, failed.
func TestNegativeVotesBaseVotes(t *testing.T) {
	const votes = `"votes": {"kast": "JOSE ANTONIO KAST", "boric": "GABRIEL BORIC", "dif-kast": "DIF_JOSE ANTONIO KAST", "dif-boric": "DIF_GABRIEL BORIC"}`
	const mapping = `{"precinct": "MESA", "region": "REGION", "ballot": "list", "lines": {"invalid": "VOTOS NULOS"}, ` + votes + `}`
	for _, tc := range []struct{ name, rules string }{
		{"national", `{"format": 1, "id": "x", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"}}`},
		{"regional", `{"format": 1, "id": "x", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "5", "base": "valid", "comparison": "at_least"},
 "regional_threshold": {"percent": "1", "base": "votes", "comparison": "at_least"},
 "protocol": {"lines": ["invalid"]}, "list": {"lists": "closed", "method": "dhondt"}}`},
	} {
		r, err := shailoo.ReadRules(strings.NewReader(tc.rules), "rules.json")
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		res := countWithRules(t, "cl2021-putre.csv", mapping, r)
		if res.NotCounted != "" || len(res.Lists) != 4 {
			t.Errorf("%s: not counted %q, %d lists; want the 4 lists", tc.name, res.NotCounted, len(res.Lists))
			continue
		}
		if !res.Provisional || !hasKind(res, shailoo.UnevaluatedNegative) {
			t.Errorf("%s: provisional %v %+v, want negative_votes", tc.name, res.Provisional, res.ProvisionalReasons)
		}
		for _, l := range res.Lists {
			st, why := l.National.Status, l.National.Reason
			if tc.name == "regional" {
				if l.Regional == nil {
					t.Errorf("regional: %s has no regional verdict", l.ID)
					continue
				}
				st, why = l.Regional.Status, ""
				for _, v := range l.Regional.Regions {
					why += v.Reason
				}
			}
			if st != "not_evaluated" || !strings.Contains(why, "negative") || l.Seats != 0 {
				t.Errorf("%s: %s %s (%s), %d seats; want not evaluated for the negative figures", tc.name, l.ID, st, why, l.Seats)
			}
		}
	}
}

// A protocol that gives a line of the base the form does not have (here
// found_mobile, on Belarus's form without mobile boxes) has it summed in
// the base: the relations over it are not evaluated (P102, P108), and the
// base is what the protocols give, never smaller; before, the 1,678
// ballots were left out in silence, the base 14,361.
func TestBaseOffFormGiven(t *testing.T) {
	const mapping = `{"precinct": "id", "ballot": "list", "lines": {"voters": "officialVoters", "found_stationary": "officialVotes", "found_mobile": "photoVoices", "invalid": "corrupted_officialVotes"},
 "votes": {"against_all": "against_officialVotes", "cherechen": "cherechen_officialVotes", "dmitriyev": "dmitriyev_officialVotes",
  "kanopatskaja": "kanopatskaja_officialVotes", "lukashenko": "lukashenko_officialVotes", "tihanovkaja": "tihanovkaja_officialVotes"},
 "rows": {"where": [{"column": "officialVotes", "except": [""]}]}}`
	res := countReal(t, "by-pres2020-voice.csv", mapping, byRules)
	if res.Totals.ThresholdBase != 14361+1678 {
		t.Errorf("threshold base %d, want 14,361 found in the stationary boxes + 1,678 the protocols give as found_mobile", res.Totals.ThresholdBase)
	}
}
