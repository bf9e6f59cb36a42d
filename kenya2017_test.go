package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// kenyaRules reads testdata/kenya2017/rules-ke.json: art. 138(4) of
// Kenya's Constitution, more than half of the valid votes and 25% of them
// in at least 24 of the 47 counties.
func kenyaRules(t *testing.T) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "testdata/kenya2017/rules-ke.json")), "rules-ke.json")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// spreadStep is the detail of okrug o's spread step ("" when none).
func spreadStep(o shailoo.Okrug) string {
	for _, s := range o.Steps {
		if s.Kind == "spread" {
			return s.Detail
		}
	}
	return ""
}

// Kenya 2017, 24 counties and the Diaspora (testdata/kenya2017). Mapped
// with no abroad, as the draft proposed it, the Diaspora is one of 25
// regions and gives Kenyatta his 24th: elected, where the Constitution's
// counties give 23 of 24. The count cannot know the law's counties, but
// it must not decide on a region named as the voters abroad silently: a
// note names the region and its precinct.
func TestKenya2017DiasporaNamedNotAbroad(t *testing.T) {
	res := countMapped(t, "testdata/kenya2017/", "CUT-ke2017-23pass-diaspora.csv", "map-cut-noabroad.json", "", kenyaRules(t))
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeElected || !strings.Contains(spreadStep(o), "met in 24 of 25 regions") {
		t.Fatalf("outcome %s, spread %q: want elected on 24 of 25 regions", o.Outcome, spreadStep(o))
	}
	if !slices.ContainsFunc(res.Notes, func(n string) bool {
		return strings.Contains(n, `region "Diaspora"`) && strings.Contains(n, `"1048"`) && strings.Contains(n, "abroad")
	}) {
		t.Errorf("no note names the region Diaspora (precinct 1048) as named abroad: %q", res.Notes)
	}
}

// The same cut with the Diaspora abroad (map-counties.json): 23 of the
// 24 counties, a second round. Its protocol counts in the nation's
// figures and in no region: no region "Diaspora" (which read as 0
// protocols, "not evaluated", among the regions), no X213, and a row of
// its own (okrug_outside) that the reports show and say.
func TestKenya2017DiasporaAbroad(t *testing.T) {
	res := countMapped(t, "testdata/kenya2017/", "CUT-ke2017-23pass-diaspora.csv", "map-counties.json", "", kenyaRules(t))
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeRunoff || !strings.Contains(spreadStep(o), "met in 23 of 24 regions") {
		t.Fatalf("outcome %s, spread %q: want a second round on 23 of 24 regions", o.Outcome, spreadStep(o))
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.UnknownRegion {
			t.Errorf("X213 for a precinct abroad: %+v", f)
		}
	}
	if len(res.OkrugRegions) != 24 || slices.ContainsFunc(res.OkrugRegions, func(r shailoo.RegionVotes) bool { return r.Region == "Diaspora" }) {
		t.Errorf("%d regions, Diaspora among them %v: want the 24 counties alone", len(res.OkrugRegions),
			slices.ContainsFunc(res.OkrugRegions, func(r shailoo.RegionVotes) bool { return r.Region == "Diaspora" }))
	}
	out := res.OkrugOutside
	if out == nil || out.Protocols != 1 || out.AbroadPrecincts != 1 || out.NoRegionPrecincts != 0 || out.Votes["kenyatta"] != 1504 || out.Votes["odinga"] != 1321 {
		t.Fatalf("okrug_outside %+v: want 1 protocol abroad, Kenyatta 1,504, Odinga 1,321", out)
	}
	if slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, `region "Diaspora"`) }) {
		t.Errorf("a note of the Diaspora as a region, though it is abroad: %q", res.Notes)
	}
	for _, lang := range []string{"en", "ru", "ky"} {
		var b strings.Builder
		if err := report.Text(&b, res, report.Lang(lang)); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"en": "abroad (in no region)", "ru": "за рубежом (вне регионов)", "ky": "чет өлкөдө (эч бир аймакта эмес)"}[lang]
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s: the report has no row %q", lang, want)
		}
	}
}

// The whole country (47 counties and the Diaspora, abroad): 47 regions,
// as the notes say, and the spread met in 35 of 47.
func TestKenya2017Counties(t *testing.T) {
	res := countMapped(t, "testdata/kenya2017/", "ke2017_pres_counties.csv", "map-counties.json", "", kenyaRules(t))
	o := res.Okrugs[0]
	if o.Outcome != seats.OutcomeElected || o.Winner != "kenyatta" || !strings.Contains(spreadStep(o), "met in 35 of 47 regions") {
		t.Fatalf("outcome %s %s, spread %q: want Kenyatta elected, 35 of 47", o.Outcome, o.Winner, spreadStep(o))
	}
	if len(res.OkrugRegions) != 47 || !slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, "the regions (47)") }) {
		t.Errorf("%d regions, notes %q: want 47", len(res.OkrugRegions), res.Notes)
	}
}

// The README's mapping of Kenya's 2022 Form 34B file: the okrug ballot of
// one contest, so that a rule set of art. 138(4) applies, where "ballot":
// "list" was refused under a rule set of no list seats. The cut's three
// constituencies not yet in ("NA") leave the majority rule's base not
// evaluated: the okrug is not decided, never decided on the votes alone.
func TestKenya2022ReadmeMapping(t *testing.T) {
	in, err := os.ReadFile("testdata/ingest/real/ke-pres2022-form34b.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := `{"precinct": "code", "region": "county", "ballot": "okrug", "okrug_id": "president", "not_given": ["NA"],
		"lines": {"voters": "registered_voters", "valid": "iebc_total", "invalid": "rejected_ballots"},
		"votes": {"raila": "raila", "ruto": "ruto", "mwaure": "mwaure", "wajackoyah": "wajackoyah"}, "ignore": ["auto_sum", "counted"]}`
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/map.json", []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	res := countMapped(t, dir+"/", "ke-pres2022-form34b.csv", "map.json", string(in), kenyaRules(t))
	if len(res.Okrugs) != 1 || res.Okrugs[0].Outcome != seats.OutcomeMajorityNotEvaluated || res.Okrugs[0].Leader != "ruto" {
		t.Fatalf("okrugs %+v: want the one contest, led by Ruto, not decided (its majority base not evaluated)", res.Okrugs)
	}
}

// Verify: a summary that publishes Kenyatta as the winner, of a recount
// that does not decide (the spread rule not evaluated on one
// constituency's wards): S309 not evaluated names the winner published.
func TestKenya2017VerifyNamesPublishedWinner(t *testing.T) {
	res := countMapped(t, "testdata/kenya2017/", "ke2017_changamwe_all.csv", "map-ke-ward.json", "", kenyaRules(t))
	s, err := validate.ReadSummary(strings.NewReader(readFile(t, "testdata/kenya2017/SYNTHETIC-EDITED-published-winner.json")), "SYNTHETIC-EDITED-published-winner.json")
	if err != nil {
		t.Fatal(err)
	}
	rep := shailoo.Verify(res, s)
	i := slices.IndexFunc(rep.NotEvaluated, func(n validate.NotEvaluated) bool { return n.Code == validate.PublishedOutcome })
	if i < 0 || !strings.Contains(rep.NotEvaluated[i].Reason, `winner "kenyatta"`) {
		t.Errorf("S309 not evaluated: %+v; want it to name the winner published, kenyatta", rep.NotEvaluated)
	}
}
