package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// abroadCount counts testdata/abroad/cdmx-pres-2024.csv (the INE's 2024
// presidential count, 33 casillas of Mexico City; README there) with the
// mapping of that folder named, under r.
func abroadCount(t *testing.T, mapping string, r shailoo.Rules) *shailoo.Result {
	t.Helper()
	mf, err := os.Open("testdata/abroad/" + mapping)
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ingest.ReadMapping(mf, mapping)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, mapping)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/abroad/cdmx-pres-2024.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "cdmx-pres-2024.csv", R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// president returns the one okrug of res, and the codes of its findings.
func president(t *testing.T, res *shailoo.Result) (shailoo.Okrug, map[validate.Code]int) {
	t.Helper()
	if len(res.Okrugs) != 1 || res.Okrugs[0].Okrug != "president" {
		t.Fatalf("okrugs %+v: want the one okrug president", res.Okrugs)
	}
	codes := map[validate.Code]int{}
	for _, f := range res.Findings.Findings {
		codes[f.Code]++
	}
	return res.Okrugs[0], codes
}

func kinds(res *shailoo.Result) []string {
	var ks []string
	for _, u := range res.ProvisionalReasons {
		ks = append(ks, u.Kind)
	}
	return ks
}

// 13 rows name the okrug ("president", the mapping's okrug_id) and no
// region (DISTRITO_FEDERAL empty). They were counted in no okrug (X218,
// unplaced_protocols): Sheinbaum elected on 6,527 votes of district 1,
// where Gálvez has 30,464 of the 33 rows. A protocol whose okrug is known
// is in its okrug, whatever its region.
func TestAbroadNoRegionInOkrug(t *testing.T) {
	res := abroadCount(t, "mapping.json", fptpRules(t))
	o, codes := president(t, res)
	if o.Winner != "galvez" || o.LeaderVotes != 30464 || o.RunnerUp != "sheinbaum" || o.RunnerUpVotes != 21105 {
		t.Errorf("winner %s %d, runner-up %s %d: want galvez 30464, sheinbaum 21105", o.Winner, o.LeaderVotes, o.RunnerUp, o.RunnerUpVotes)
	}
	if slices.Contains(kinds(res), shailoo.UnevaluatedUnplaced) {
		t.Errorf("provisional %v: the rows with no region are in their okrug", kinds(res))
	}
	if codes[validate.NoRegion] != 13 {
		t.Errorf("X218 %d times, want 13 (the rows name no region: a warning still)", codes[validate.NoRegion])
	}
}

// The same rows marked abroad. Under a rule set that counts the votes cast
// abroad (examples/fptp: okrug.abroad "counted") they are in their okrug
// and X214 is not reported; under one that excludes them (kg2021's law,
// okrug.abroad left out) the okrug is decided without them, and the result
// says so: provisional, okrug_protocols_abroad, 13 protocols, X214.
func TestAbroadCountedOrExcluded(t *testing.T) {
	counted := fptpRules(t)
	if counted.Okrug.Abroad != seats.AbroadCounted {
		t.Fatalf("examples/fptp: okrug.abroad %q, want %q", counted.Okrug.Abroad, seats.AbroadCounted)
	}
	res := abroadCount(t, "mapping-abroad.json", counted)
	o, codes := president(t, res)
	if o.Winner != "galvez" || o.LeaderVotes != 30464 || codes[validate.OkrugAbroad] != 0 || res.Provisional {
		t.Errorf("counted: winner %s %d, X214 %d, provisional %v %v: want galvez 30464, no X214, not provisional", o.Winner, o.LeaderVotes, codes[validate.OkrugAbroad], res.Provisional, kinds(res))
	}

	for _, rule := range []seats.AbroadRule{"", seats.AbroadExcluded} {
		excluded := fptpRules(t)
		excluded.Okrug.Abroad = rule
		res := abroadCount(t, "mapping-abroad.json", excluded)
		o, codes := president(t, res)
		if o.Winner != "sheinbaum" || o.LeaderVotes != 6527 || codes[validate.OkrugAbroad] != 13 {
			t.Errorf("%q: winner %s %d, X214 %d: want sheinbaum 6527 (district 1 alone), X214 13", rule, o.Winner, o.LeaderVotes, codes[validate.OkrugAbroad])
		}
		i := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedAbroad })
		if !res.Provisional || !o.Provisional || i < 0 {
			t.Fatalf("%q: provisional %v (okrug %v), reasons %v: want okrug_protocols_abroad", rule, res.Provisional, o.Provisional, kinds(res))
		}
		if u := res.ProvisionalReasons[i]; u.Count != 13 || !slices.Equal(u.Affects, []string{"okrug/president"}) {
			t.Errorf("%q: %+v: want 13 protocols, affects okrug/president", rule, u)
		}
	}
}

// okrug.abroad is "excluded" or "counted"; another word is an error naming
// the field.
func TestAbroadRuleUnknown(t *testing.T) {
	r := fptpRules(t)
	r.Okrug.Abroad = "elsewhere"
	err := r.Validate()
	if err == nil {
		t.Fatal("okrug.abroad \"elsewhere\": no error")
	}
	var re *shailoo.RulesError
	if !errors.As(err, &re) || re.Field != "okrug.abroad" {
		t.Errorf("%v: want a rules error naming okrug.abroad", err)
	}
}

// learntOkrugsInput is testdata/abroad/SYNTHETIC-learnt-okrugs.csv with
// its mapping, and the definition the mapping infers: okrug K2 is named
// by one row alone, of a precinct abroad.
func learntOkrugsInput(t *testing.T) (*election.Election, func() []shailoo.CSVInput) {
	t.Helper()
	mf, err := os.ReadFile("testdata/abroad/mapping-learnt.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMapping(bytes.NewReader(mf), "mapping-learnt.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "mapping-learnt.json")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/abroad/SYNTHETIC-learnt-okrugs.csv")
	if err != nil {
		t.Fatal(err)
	}
	return def, func() []shailoo.CSVInput {
		return []shailoo.CSVInput{{Name: "SYNTHETIC-learnt-okrugs.csv", R: bytes.NewReader(text), Mapping: m}}
	}
}

// The files read whole learn their okrugs as a count under the rule set
// learns them: MergeCSVFor under okrug.abroad "counted" learns K2 from its
// row abroad, and a count of the election merged agrees with CountCSV's.
// MergeCSV has no rule set: it learns none from the rows abroad, and a
// count of its election under "counted" is an error (ErrMergedRules),
// never K2 left out silently; under "excluded" it is CountCSV's count.
func TestMergeCSVForAbroad(t *testing.T) {
	def, files := learntOkrugsInput(t)
	counted := fptpRules(t)
	excluded := fptpRules(t)
	excluded.Okrug.Abroad = seats.AbroadExcluded
	okrugs := func(res *shailoo.Result) string {
		var s []string
		for _, o := range res.Okrugs {
			s = append(s, o.Okrug+":"+o.Winner)
		}
		return strings.Join(s, " ")
	}
	for _, c := range []struct {
		name string
		r    shailoo.Rules
		want string
	}{{"counted", counted, "K1:a K2:b"}, {"excluded", excluded, "K1:b"}} {
		streamed, err := shailoo.CountCSV(def, c.r, files(), shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		e, o, err := shailoo.MergeCSVFor(def, c.r, files(), shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		whole, err := shailoo.CountWith(e, c.r, o)
		if err != nil {
			t.Fatal(err)
		}
		if okrugs(streamed) != c.want || okrugs(whole) != c.want {
			t.Errorf("%s: streamed %s, whole %s: want %s", c.name, okrugs(streamed), okrugs(whole), c.want)
		}
	}
	e, o, err := shailoo.MergeCSV(def, files(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := shailoo.CountWith(e, counted, o); !errors.Is(err, shailoo.ErrMergedRules) {
		t.Errorf("MergeCSV, counted: %v, want ErrMergedRules", err)
	}
	if res, err := shailoo.CountWith(e, excluded, o); err != nil || okrugs(res) != "K1:b" {
		t.Errorf("MergeCSV, excluded: %v, %v: want K1:b", err, res)
	}
	e, o, err = shailoo.MergeCSVFor(def, counted, files(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := shailoo.CountWith(e, excluded, o); !errors.Is(err, shailoo.ErrMergedRules) {
		t.Errorf("MergeCSVFor counted, count excluded: %v, want ErrMergedRules", err)
	}
}

// A live count's progress expects the okrug-ballot protocol of a precinct
// abroad in an okrug under okrug.abroad "counted" (its okrug reporting
// once it came; missing while it did not, as the missing-protocol finding
// says), and none under "excluded".
func TestTallyProgressAbroad(t *testing.T) {
	def := &election.Election{
		ID:     "abroad",
		Okrugs: []election.Okrug{{ID: "K1", Candidates: []election.Candidate{{ID: "a"}, {ID: "b"}}}},
		Precincts: []election.Precinct{
			{ID: "1", Okrug: "K1"},
			{ID: "9", Okrug: "K1", Abroad: true},
		},
	}
	okrugP := func(id string, a int64) election.Protocol {
		return election.Protocol{Precinct: id, Ballot: election.OkrugBallot,
			Lines: map[election.Line]int64{election.Valid: a + 1, election.Invalid: 0}, Votes: map[string]int64{"a": a, "b": 1}}
	}
	for _, c := range []struct {
		name                    string
		rule                    seats.AbroadRule
		expected, missingBefore int
	}{{"counted", seats.AbroadCounted, 2, 1}, {"excluded", seats.AbroadExcluded, 1, 0}} {
		r := fptpRules(t)
		r.Okrug.Abroad = c.rule
		tl, err := shailoo.NewTally(def, r, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := tl.Add(okrugP("1", 5)); err != nil {
			t.Fatal(err)
		}
		pg := tl.Progress()
		if pg.OkrugExpected != c.expected || pg.MissingOkrug != c.missingBefore || pg.Okrugs[0].MissingOkrug != c.missingBefore {
			t.Errorf("%s: okrug protocols expected %d, missing %d (K1 %d): want %d, %d", c.name, pg.OkrugExpected, pg.MissingOkrug, pg.Okrugs[0].MissingOkrug, c.expected, c.missingBefore)
		}
		if c.rule == seats.AbroadCounted {
			if err := tl.Add(okrugP("9", 7)); err != nil {
				t.Fatal(err)
			}
			if pg := tl.Progress(); pg.MissingOkrug != 0 || pg.Okrugs[0].OkrugCounted != 2 {
				t.Errorf("counted, both came: missing %d, K1 counted %d: want 0, 2", pg.MissingOkrug, pg.Okrugs[0].OkrugCounted)
			}
		}
	}
}

// A given definition whose precinct abroad names a region it does not
// define: the precinct is in no region for the thresholds, but the name
// is reported (X213), in a count of the definition's protocols and in a
// live one (Tally). Abroad in no region named, or in a region defined, it
// is not.
func TestAbroadUndefinedRegion(t *testing.T) {
	for _, c := range []struct {
		region string
		x213   int
	}{{"atlantis", 1}, {"", 0}, {"R1", 0}} {
		def := &election.Election{
			ID:      "abroad-region",
			Regions: []election.Region{{ID: "R1"}},
			Okrugs:  []election.Okrug{{ID: "K1", Region: "R1", Candidates: []election.Candidate{{ID: "a"}, {ID: "b"}}}},
			Precincts: []election.Precinct{
				{ID: "1", Okrug: "K1", Region: "R1"},
				{ID: "9", Okrug: "K1", Region: c.region, Abroad: true},
			},
		}
		for _, id := range []string{"1", "9"} {
			def.Protocols = append(def.Protocols, election.Protocol{Precinct: id, Ballot: election.OkrugBallot,
				Lines: map[election.Line]int64{election.Valid: 6, election.Invalid: 0}, Votes: map[string]int64{"a": 5, "b": 1}})
		}
		res, err := shailoo.Count(def, fptpRules(t))
		if err != nil {
			t.Fatal(err)
		}
		if got := countCode(res, validate.UnknownRegion); got != c.x213 {
			t.Errorf("region %q: X213 %d, want %d: %+v", c.region, got, c.x213, res.Findings.Findings)
		}
		tl, err := shailoo.NewTally(&election.Election{ID: def.ID, Regions: def.Regions, Okrugs: def.Okrugs, Precincts: def.Precincts}, fptpRules(t), shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range def.Protocols {
			if err := tl.Add(p); err != nil {
				t.Fatal(err)
			}
		}
		if res, err = tl.Result(); err != nil {
			t.Fatal(err)
		}
		if got := countCode(res, validate.UnknownRegion); got != c.x213 {
			t.Errorf("region %q, live: X213 %d, want %d", c.region, got, c.x213)
		}
	}
}

// countCode counts res's findings of code c.
func countCode(res *shailoo.Result, c validate.Code) int {
	n := 0
	for _, f := range res.Findings.Findings {
		if f.Code == c {
			n++
		}
	}
	return n
}
