package shailoo_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// text is res's text report in l.
func text(t *testing.T, res *shailoo.Result, l report.Lang) string {
	t.Helper()
	var b bytes.Buffer
	if err := report.Text(&b, res, l); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// A tie for one place in a second round says "tied for 1 place in the
// second round" (was "1 seats", then "1 seat": no seat is at stake), and
// in Russian agrees with its number.
func TestRunoffTieWording(t *testing.T) {
	const csv = "station,a,b,c,valid,invalid\n1,450,275,275,1000,0\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "station", "ballot": "okrug", "okrug_id": "1",
 "lines": {"valid": "valid", "invalid": "invalid"}, "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "two-round", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for l, want := range map[report.Lang]string{report.English: "b, c tied for 1 place in the second round at 275", report.Russian: "b, c равны за 1 место во втором туре при 275"} {
		if got := text(t, res, l); !strings.Contains(got, want) {
			t.Errorf("%s: the report lacks %q:\n%s", l, want, got)
		}
	}
}

// Under a majority rule the okrug table's % is of the rule's base, and
// its header says which: MAS's 1,849 of the 3,393 valid votes of the
// real cut of Bolivia 2019, 54.49%, not of the 3,496 who took part (52.89%).
func TestOkrugShareOfMajorityBase(t *testing.T) {
	const mapping = `{"precinct": "Número Mesa", "region": "País", "ballot": "okrug", "okrug_id": "Bolivia",
 "lines": {"voters": "Inscritos", "invalid": {"columns": ["Blancos", "Nulos"]}, "valid": "Votos Válidos"},
 "votes": {"cc": "CC", "fpv": "FPV", "mts": "MTS", "ucs": "UCS", "mas-ipsp": "MAS - IPSP", "21f": "21F", "pdc": "PDC", "mnr": "MNR", "pan-bol": "PAN-BOL"}}`
	const rules = `{"format": 1, "id": "bo-pres2019", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "majority": {"percent": "50", "base": "valid", "comparison": "more_than"}},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
	res := countReal(t, "bo2019-computo.csv", mapping, rules)
	if o := res.Okrugs[0]; o.MajorityBase != 3393 {
		t.Errorf("majority base %d, want 3,393 valid votes", o.MajorityBase)
	}
	got := text(t, res, report.English)
	for _, want := range []string{"% (valid ballots)", "1,849  54.49"} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q:\n%s", want, got)
		}
	}
}

// The table of lists that missed the threshold names the regions of a
// list that missed the regional threshold in more than a few by their
// number, and lists them in a table of their own: Nigeria's 2023 file
// made it hundreds of characters wide ("regional: LA 234,063, FC 38,926,
// ..." for 17 states). Okrugs are not in this file: the Swiss file's,
// named by their IDs, have no column of IDs beside the names.
func TestReportTablesReadable(t *testing.T) {
	res := countReal(t, "ng-pres2023-state.csv", `{"layout": "long", "precinct": "state_code", "region": "state_code", "ballot": "list",
 "choice_column": "candidate_name", "votes_column": "votes",
 "choice_values": {"Atiku Abubakar": "a", "Bola Tinubu": "b", "Peter Obi": "p", "Rabiu Kwankwaso": "r"}}`,
		`{"format": 1, "id": "ng-president-2023", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
 "regional_threshold": {"percent": "25", "base": "votes", "comparison": "at_least", "in_at_least": 24},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`)
	out := text(t, res, report.English)
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "regional: ") && len([]rune(line)) > 120 {
			t.Errorf("a line of %d characters: %s", len([]rune(line)), line)
		}
	}
	for _, want := range []string{"regional: 17 regions (below)", "Regions where a list missed the regional threshold", "Atiku Abubakar   LA      234,063"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q\n%s", want, out)
		}
	}

	ch := countReal(t, "ch-sg-kreisgericht2022.csv", chMapping, chRules(`{"against_all": false, "votes_per_ballot": 2}`))
	out = text(t, ch, report.English)
	for _, want := range []string{"  okrug       outcome  leader", "  okrug       candidate  sex"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q\n%s", want, out)
		}
	}
}

// A tie's figure says what it is where a bare fraction would not: Hare's
// remainder "1290/2647" (a tester's Guyanese cut) is the remainder in
// quotas; a D'Hondt tie's figure is the quotient.
func TestTieValueSaysWhatItIs(t *testing.T) {
	const csv = "station,a,b,c,valid,invalid\n1,1290,1290,67,2647,0\n"
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "station", "ballot": "list",
 "lines": {"valid": "valid", "invalid": "invalid"}, "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	for method, want := range map[string]map[report.Lang]string{
		"hare": {report.English: "a, b tied for 1 seat at 1290/2647 (the remainder in quotas: the list's votes / the quota, less the whole seats)",
			report.Russian: "при 1290/2647 (остаток в долях квоты: голоса списка / квота за вычетом целых мандатов)",
			report.Kyrgyz:  "1290/2647 (квотанын үлүшүндөгү калдык: тизменин добуштары / квота, бүтүн мандаттарды кемитип)"},
		"dhondt": {report.English: "a, b tied for 1 seat at 1290 (the quotient: the list's votes / its divisor)",
			report.Russian: "при 1290 (частное: голоса списка / его делитель)"},
	} {
		r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "one-seat", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"}, "list": {"lists": "closed", "method": "`+method+`", "tie": "lots"},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for l, w := range want {
			if got := text(t, res, l); !strings.Contains(got, w) {
				t.Errorf("%s, %s: the report lacks %q:\n%s", method, l, w, got)
			}
		}
	}
}
