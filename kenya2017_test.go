package shailoo_test

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/ingest"
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

// kenyaForensics runs the forensics of the Changamwe centres
// (testdata/kenya2017, read as the list ballot: map-ke-ward-list.json)
// with p.
func kenyaForensics(t *testing.T, in string, p forensics.Params) *forensics.Report {
	t.Helper()
	const dir, mapping = "testdata/kenya2017/", "map-ke-ward-list.json"
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, dir+mapping)), mapping, nil)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, mapping)
	if err != nil {
		t.Fatal(err)
	}
	e, _, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "ke2017_changamwe_all.csv", R: strings.NewReader(in), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	d, err := forensics.FromElection(e)
	if err != nil {
		t.Fatal(err)
	}
	p.Draws = 20
	r, err := forensics.Analyze(d, p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Kenya 2017, the 24 polling centres of Changamwe: three of them
// rejected 20-26% of their ballots (635 of 2,473 at 10010010002005, 656
// of 3,184, 657 of 3,227), the others at most 2%. The invalid-ballots
// fingerprint lists those three, largest share first, with their
// figures, and says its rule: above 5%, the floor (3 × the median
// 0.89% and the fence Q3 + 3·IQR, 3.83%, are below it).
func TestKenya2017InvalidShare(t *testing.T) {
	r := kenyaForensics(t, readFile(t, "testdata/kenya2017/ke2017_changamwe_all.csv"), forensics.Params{})
	v := r.Invalid
	var got []string
	for _, p := range v.Listed {
		got = append(got, fmt.Sprintf("%s %d/%d", p.Precinct, p.Invalid, p.Ballots))
	}
	want := []string{"10010010002005 635/2473", "10010010003010 656/3184", "10010010005023 657/3227"}
	if !slices.Equal(got, want) {
		t.Errorf("listed %q, want %q", got, want)
	}
	if v.Precincts != 24 || v.Invalid != 2359 || v.Ballots != 55336 || len(v.NotEvaluated) != 0 {
		t.Errorf("%d precincts, %d of %d, not evaluated %v: want 24, 2,359 of 55,336, none", v.Precincts, v.Invalid, v.Ballots, v.NotEvaluated)
	}
	if v.Rule.By != "floor" || v.Rule.ThresholdExact != "1/20" || v.Rule.K != "3" || v.Rule.MinBallots != 100 {
		t.Errorf("rule %+v: want the floor, 1/20, k 3, min 100", v.Rule)
	}
	// A floor above the lowest of the three (20.36%) lists two.
	if r := kenyaForensics(t, readFile(t, "testdata/kenya2017/ke2017_changamwe_all.csv"), forensics.Params{InvalidFloor: "20.4"}); len(r.Invalid.Listed) != 2 {
		t.Errorf("floor 20.4%%: %d listed, want 2", len(r.Invalid.Listed))
	}
}

// The same centres with the Rejected Votes cell of one centre left empty
// (SYNTHETIC-EDITED in the test): the centre is not read by the analyses
// (left out for want of a line) and is counted as not evaluated here,
// never taken as a centre of 0%.
func TestKenya2017InvalidNotEvaluated(t *testing.T) {
	in := readFile(t, "testdata/kenya2017/ke2017_changamwe_all.csv")
	in = strings.Replace(in, "10010010001,10010010001001,9625,4804,1362,19,6,5,6,3,0,6205,42", "10010010001,10010010001001,9625,4804,1362,19,6,5,6,3,0,6205,", 1)
	if !strings.Contains(in, "6205,\r\n") {
		t.Fatal("the edit did not apply")
	}
	v := kenyaForensics(t, in, forensics.Params{}).Invalid
	if v.Precincts != 23 || len(v.NotEvaluated) != 1 || v.NotEvaluated[0] != (forensics.Skip{Reason: forensics.SkipNoLines, Count: 1}) || len(v.Listed) != 3 {
		t.Errorf("%d precincts, not evaluated %+v, %d listed: want 23, one not evaluated, 3 listed", v.Precincts, v.NotEvaluated, len(v.Listed))
	}
}

// Every mapping of testdata/kenya2017 says where its figures come from:
// the IEBC's provisional feed, preliminary, with its source, so that a
// count or a verify of these files says "preliminary" and never
// "provenance not given".
func TestKenya2017MappingsProvenance(t *testing.T) {
	for _, c := range []struct{ file, mapping string }{
		{"ke2017_pres_counties.csv", "map-counties.json"},
		{"CUT-ke2017-23pass-diaspora.csv", "map-cut-noabroad.json"},
		{"ke2017_changamwe_all.csv", "map-ke-ward.json"},
		{"ke2017_changamwe_all.csv", "map-ke-ward-list.json"},
	} {
		t.Run(c.mapping, func(t *testing.T) {
			var m struct{ Provenance, Source string }
			if err := json.Unmarshal([]byte(readFile(t, "testdata/kenya2017/"+c.mapping)), &m); err != nil {
				t.Fatal(err)
			}
			if m.Provenance != "preliminary" || !strings.Contains(m.Source, "IEBC") {
				t.Errorf("provenance %q, source %q: want preliminary, the IEBC feed", m.Provenance, m.Source)
			}
			if c.mapping == "map-ke-ward-list.json" {
				return // the list ballot, for forensics: no rule set counts it
			}
			res := countMapped(t, "testdata/kenya2017/", c.file, c.mapping, "", kenyaRules(t))
			i := slices.IndexFunc(res.Inputs, func(in shailoo.Input) bool { return in.Name == c.file })
			if i < 0 || res.Inputs[i].Provenance != "preliminary" || res.Election.Provenance != "preliminary" {
				t.Errorf("inputs %+v, the count's provenance %q: want the file's and the count's preliminary", res.Inputs, res.Election.Provenance)
			}
		})
	}
}

// The same check said by the reports (text, Markdown; en, ru, ky): no
// disagreement, but the published winner not checked, so the summary
// agrees "where compared" and the figure not checked is named, never a
// bare "0 errors"; and S309's reason is a sentence in the reader's
// language, the recount's outcome in words, not its ID.
func TestKenya2017VerifyUncheckedSaid(t *testing.T) {
	res := countMapped(t, "testdata/kenya2017/", "ke2017_changamwe_all.csv", "map-ke-ward.json", "", kenyaRules(t))
	s, err := validate.ReadSummary(strings.NewReader(readFile(t, "testdata/kenya2017/SYNTHETIC-EDITED-published-winner.json")), "SYNTHETIC-EDITED-published-winner.json")
	if err != nil {
		t.Fatal(err)
	}
	rep := shailoo.Verify(res, s)
	if un := validate.Unchecked(rep.NotEvaluated); len(un) != 1 || un[0].Code != validate.PublishedOutcome || un[0].Count != 1 {
		t.Fatalf("unchecked %+v: want S309 at the one okrug", un)
	}
	for _, c := range []struct {
		lang      report.Lang
		head, why string
	}{
		{report.English, "The published summary agrees with the recount where they were compared. Published figures not checked: 1 (S309: okrug Kenya",
			"the recount does not decide the okrug: not evaluated: the spread rule cannot be judged"},
		{report.Russian, "Опубликованные итоги совпадают с пересчётом там, где их удалось сверить. Не проверено опубликованных цифр: 1 (S309: округ Kenya",
			"пересчёт не определяет итог в округе: не определено: правило распределения нельзя применить"},
		{report.Kyrgyz, "Жарыяланган жыйынтыктар салыштырылган жерлерде кайра эсептөө менен дал келет. Текшерилбеген жарыяланган сандар: 1 (S309: Kenya округу",
			"кайра эсептөө округдун жыйынтыгын аныктабайт: аныкталган жок: таралуу эрежесин колдонууга болбойт"},
	} {
		var text, md strings.Builder
		if err := report.FindingsText(&text, rep, c.lang); err != nil {
			t.Fatal(err)
		}
		if err := report.FindingsMarkdown(&md, rep, c.lang); err != nil {
			t.Fatal(err)
		}
		for _, out := range []string{text.String(), md.String()} {
			for _, want := range []string{c.head, c.why} {
				if !strings.Contains(out, want) {
					t.Errorf("%s: no %q in\n%s", c.lang, want, out)
				}
			}
			if strings.Contains(out, "not_evaluated_spread") {
				t.Errorf("%s: the outcome's ID in the report:\n%s", c.lang, out)
			}
		}
	}
}
