package shailoo_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// mtMapping reads Montana's 2020 precinct file (OpenElections), long, a
// county an okrug: the file is sorted by candidate, so that a county's
// rows are two blocks far apart.
const mtMapping = `{"layout": "long", "precinct": {"columns": ["county", "precinct"]}, "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "okrug": "county",
 "choice_values": {"Donald Trump": "donald-trump", "Joe Biden": "joe-biden"}}`

// The cut of Montana's 2020 file with two "Beaverhead,Total" rows added,
// the county's published figures (Biden 1,608, Trump 3,923): the total
// protocol is the sum of no block of rows, Beaverhead's Biden and Trump
// rows being 16 rows apart, but it is the sum of its okrug's other rows.
// It is I603, not a precinct said by I608 alone, and the okrug's result
// is provisional (total_rows_counted).
func TestNamedTotalOfItsOkrug(t *testing.T) {
	rules := readFile(t, "examples/fptp/rules.json")
	res := countReal(t, "TEST-us-mt-2020-pres-totalrow.csv", mtMapping, rules)
	if rows := findingsAt(res, validate.TotalRow); !slices.Equal(rows, []int{42}) {
		t.Errorf("I603 at rows %v, want the Total row 42", rows)
	}
	if rows := findingsAt(res, validate.NamedTotal); len(rows) != 0 {
		t.Errorf("I608 at rows %v, want none: the Total row is its okrug's total", rows)
	}
	u := reasonOf(res, shailoo.UnevaluatedTotalRows)
	if !res.Provisional || u == nil || !slices.Equal(u.Affects, []string{"okrug/Beaverhead"}) {
		t.Errorf("provisional %v, reasons %+v: want total_rows_counted affecting okrug/Beaverhead", res.Provisional, res.ProvisionalReasons)
	}
	if reasonOf(res, shailoo.UnevaluatedNamedTotal) != nil {
		t.Errorf("reasons %+v: want no named_total_counted", res.ProvisionalReasons)
	}
	// The file as published: no total, nothing provisional.
	clean := countReal(t, "us-mt-2020-pres-precinct-head.csv", mtMapping, rules)
	if clean.Provisional || len(findingsAt(clean, validate.TotalRow))+len(findingsAt(clean, validate.NamedTotal)) > 0 {
		t.Errorf("the file as published: provisional %v (%+v), findings %+v", clean.Provisional, clean.ProvisionalReasons, clean.Findings.Findings)
	}
}

// The same rows with the county a region and the office (President) the
// okrug: the region's sums are compared first, and the finding names it.
func TestNamedTotalOfItsRegion(t *testing.T) {
	mapping := `{"layout": "long", "precinct": {"columns": ["county", "precinct"]}, "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "okrug": "office", "region": "county",
 "choice_values": {"Donald Trump": "donald-trump", "Joe Biden": "joe-biden"}}`
	res := countReal(t, "TEST-us-mt-2020-pres-totalrow.csv", mapping, readFile(t, "examples/fptp/rules.json"))
	var found bool
	for _, f := range res.Findings.Findings {
		if f.Code == validate.TotalRow && f.Place.Row == 42 {
			found = true
			if want := "other 16 rows of its region «Beaverhead»"; !strings.Contains(f.Message().En, want) {
				t.Errorf("I603 says %q, want it to say %q", f.Message().En, want)
			}
		}
	}
	if !found || !res.Provisional {
		t.Errorf("I603 found %v, provisional %v: want both", found, res.Provisional)
	}
}

// grRules counts the Greek cut: 4 list seats by Hare (a test rule set,
// not the Greek statute), the blank ballots a line of their own.
const grRules = `{"format": 1, "id": "gr-test", "version": "1", "name": "test: 4 list seats by Hare, 3% of valid ballots",
 "seats": {"list": 4}, "threshold": {"percent": "3", "base": "valid", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "hare"},
 "protocol": {"lines": ["voters", "invalid", "valid"], "add_lines": [{"name": "blank", "words": {"en": "blank ballots", "ru": "пустые бюллетени", "ky": "бош бюллетендер"}}],
  "ballots": {"list": {"against_all": false}}}}`

// grMapping names a unit by its number and name, so that a row named
// "Σύνολο" (Greek: total) says so; the region is the electoral district.
const grMapping = `{"delimiter": "\t", "precinct": {"columns": ["id", "municipality unit"]}, "ballot": "list", "region": "district",
 "lines": {"invalid": "invalid votes", "valid": "valid votes", "voters": "registered voters", "blank": "blank votes"},
 "votes": {"nd": "Νέα Δημοκρατία", "syriza": "ΣΥΡΙΖΑ Ενωτικό κοινωνικό μέτωπο", "pasok": "ΠΑ.ΣΟ.Κ", "kke": "Κ.Κ.Ε.",
  "xa": "Λαικός Σύνδεσμος - Χρυσή Αυγή", "anel": "Ανεξάρτητοι Ελληνες - Πάνος Καμμένος", "dimar": "Δημοκρατική Αριστερά"}}`

// The cut of the Greek June 2012 file by municipal unit with a row
// "Σύνολο" added, the published sum of units 4101 and 4105 (the
// municipality of Almopia): not next to each other, and not their
// region's (Pella's) sums either. It is counted as a precinct, said
// (I608), and the list seats are provisional (named_total_counted).
func TestNamedTotalThatTotalsNoPlace(t *testing.T) {
	res := countReal(t, "TEST-gr-parl2012j-munits-total.tsv", grMapping, grRules)
	if rows := findingsAt(res, validate.NamedTotal); !slices.Equal(rows, []int{26}) {
		t.Errorf("I608 at rows %v, want the Σύνολο row 26", rows)
	}
	if rows := findingsAt(res, validate.TotalRow); len(rows) != 0 {
		t.Errorf("I603 at rows %v, want none", rows)
	}
	u := reasonOf(res, shailoo.UnevaluatedNamedTotal)
	if !res.Provisional || u == nil || !slices.Equal(u.Affects, []string{"list"}) || u.Count != 1 {
		t.Errorf("provisional %v, reasons %+v: want named_total_counted of 1 row affecting the list seats", res.Provisional, res.ProvisionalReasons)
	}
	clean := countReal(t, "gr-parl2012j-munits-head.tsv", grMapping, grRules)
	if clean.Provisional || len(findingsAt(clean, validate.NamedTotal)) > 0 {
		t.Errorf("the file as published: provisional %v (%+v)", clean.Provisional, clean.ProvisionalReasons)
	}
}

// The Montana file read whole (MergeCSV) and counted: the Total row is
// I603 as in CountCSV; annulled, it is in no sum, and the other rows of
// its okrug, left as they are, make nothing provisional.
func TestNamedTotalMergedAndAnnulled(t *testing.T) {
	r, err := shailoo.ReadRules(strings.NewReader(readFile(t, "examples/fptp/rules.json")), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mtMapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/ingest/real/TEST-us-mt-2020-pres-totalrow.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "mt.csv", R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(e, r, o)
	if err != nil {
		t.Fatal(err)
	}
	if rows := findingsAt(res, validate.TotalRow); !slices.Equal(rows, []int{42}) || !res.Provisional {
		t.Errorf("I603 at rows %v, provisional %v: want row 42, provisional", rows, res.Provisional)
	}
	o.Annul = []shailoo.Annulment{{Kind: shailoo.AnnulPrecinct, ID: "Beaverhead / Total"}}
	res, err = shailoo.CountWith(e, r, o)
	if err != nil {
		t.Fatal(err)
	}
	if reasonOf(res, shailoo.UnevaluatedNamedTotal) != nil || reasonOf(res, shailoo.UnevaluatedTotalRows) != nil {
		t.Errorf("annulled: reasons %+v, want no total's", res.ProvisionalReasons)
	}
}

// A total row's cell may name the area after the total word: "Итого по
// округу", "Total for Beaverhead County", "Σύνολο Δήμου ...". The
// Montana cut's two total rows, their "Total" so rewritten (the figures
// unchanged), are found by name as "Total" is: I603 at row 42.
func TestNamedTotalWithItsArea(t *testing.T) {
	b := readFile(t, "testdata/ingest/real/TEST-us-mt-2020-pres-totalrow.csv")
	rules, err := shailoo.ReadRules(strings.NewReader(readFile(t, "examples/fptp/rules.json")), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Итого по округу", "ИТОГО ПО ОКРУГУ", "Всего: Beaverhead", "Total for Beaverhead County", "Σύνολο Νομού"} {
		edited := strings.ReplaceAll(b, "Beaverhead,Total,", "Beaverhead,"+name+",")
		m, err := ingest.ReadMappingFor(strings.NewReader(mtMapping), "m.json", rules.Protocol.Known)
		if err != nil {
			t.Fatal(err)
		}
		def, notes, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "mt.csv", R: strings.NewReader(edited), Mapping: m}}, shailoo.Options{Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		if rows := findingsAt(res, validate.TotalRow); !slices.Equal(rows, []int{42}) {
			t.Errorf("%q: I603 at rows %v, want the total row 42", name, rows)
		}
	}
}
