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

// totalRowsReason returns the Result's reason of kind
// UnevaluatedTotalRows, or fails.
func totalRowsReason(t *testing.T, res *shailoo.Result) shailoo.Unevaluated {
	t.Helper()
	if !res.Provisional {
		t.Errorf("the Result is not provisional: %+v", res.ProvisionalReasons)
	}
	for _, u := range res.ProvisionalReasons {
		if u.Kind == shailoo.UnevaluatedTotalRows {
			return u
		}
	}
	t.Fatalf("no reason %s among %+v", shailoo.UnevaluatedTotalRows, res.ProvisionalReasons)
	return shailoo.Unevaluated{}
}

// Sri Lanka's parliament of 1989 by polling division, as published: each
// electoral district's row before its divisions' rows (the real cut
// testdata/ingest/real/lk-parl1989-north-east.tsv). Counted as read, the
// district rows double every vote (INDI 300,680, twice Jaffna's 150,340):
// I603 names each, and the Result is provisional, every list seat
// resting on them. Left out by the row filter, the count is the
// divisions' own, and not provisional.
func TestTotalRowsMakeProvisionalLK1989(t *testing.T) {
	const rules = `{"format":1,"id":"lk-nat-test","version":"0.1.0","name":"21 seats nationally by Hare, no threshold",
 "seats":{"list":21},"threshold":{"percent":"0","base":"valid","comparison":"at_least"},
 "list":{"method":"hare","lists":"closed","tie":"lots"},
 "protocol":{"lines":["voters","found_stationary","invalid","valid"],"ballots":{"list":{"against_all":false}}}}`
	mapping := func(rows string) string {
		return `{"delimiter": "\t", "precinct": "entity_id", "ballot": "list",` + rows + `
 "lines": {"found_stationary": "polled", "invalid": "rejected", "valid": "valid", "voters": "electors"},
 "votes": {"actc": "ACTC", "dplf": "DPLF", "eljp": "ELJP", "ind": "IND", "ind-1": "IND 1", "ind-2": "IND 2", "ind1": "IND1", "ind2": "IND2", "indi": "INDI", "mep": "MEP", "other": "__OTHER", "slfp": "SLFP", "slmc": "SLMC", "tulf": "TULF", "unp": "UNP", "usa": "USA", "usf": "USF", "usp": "USP"}}`
	}
	const file = "lk-parl1989-north-east.tsv"
	res := countReal(t, file, mapping(""), rules)
	var rows []int
	for _, f := range res.Findings.Findings {
		if f.Code == validate.TotalRow {
			rows = append(rows, f.Place.Row)
		}
	}
	if !slices.Equal(rows, []int{2, 15, 20}) {
		t.Errorf("I603 at rows %v, want the district rows 2, 15, 20", rows)
	}
	if got := listOf(t, res, "indi").Votes; got != 300680 {
		t.Errorf("INDI counted as read: %d votes, want 300,680 (each twice)", got)
	}
	u := totalRowsReason(t, res)
	want := []string{file + ":2 (EC-10)", file + ":15 (EC-11)", file + ":20 (EC-12)"}
	if u.Count != 3 || !slices.Equal(u.Scope, want) || !slices.Equal(u.Affects, []string{"list"}) {
		t.Errorf("reason %+v, want 3 rows %v affecting the list seats", u, want)
	}

	res = countReal(t, file, mapping(`"rows": {"where": [{"column": "entity_id", "except": ["EC-10", "EC-11", "EC-12"]}]},`), rules)
	if got := listOf(t, res, "indi").Votes; got != 150340 {
		t.Errorf("INDI without the district rows: %d votes, want 150,340", got)
	}
	if res.Provisional {
		t.Errorf("without the district rows the Result is provisional: %+v", res.ProvisionalReasons)
	}
}

// New Jersey's U.S. Senate race of 2014 in Hamilton Twp., Atlantic County
// (the real cut testdata/ingest/real/us-nj2014-atlantic-hamilton.csv): the
// town's total row says "Grand TotalHamilton Twp.", the words glued
// before the name, and a race of one candidate gives one figure a row.
// Its name says total, so it is checked as one: I603, and the okrug
// rests on it (Booker 6,758, twice 3,379). Left out, Booker has 3,379.
func TestTotalRowsMakeProvisionalNJ2014(t *testing.T) {
	rules, err := os.ReadFile("examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := func(rows string) string {
		return `{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "office", "ballot": "okrug",` + rows + `
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Cory Booker": "booker"}}`
	}
	const file = "us-nj2014-atlantic-hamilton.csv"
	booker := func(res *shailoo.Result) int64 {
		t.Helper()
		if len(res.Okrugs) != 1 || res.Okrugs[0].Leader != "booker" {
			t.Fatalf("okrugs %+v, want one led by booker", res.Okrugs)
		}
		return res.Okrugs[0].LeaderVotes
	}
	res := countReal(t, file, mapping(""), string(rules))
	var rows []int
	for _, f := range res.Findings.Findings {
		if f.Code == validate.TotalRow || f.Code == validate.NamedTotal {
			rows = append(rows, f.Place.Row)
		}
	}
	if !slices.Equal(rows, []int{18}) || res.Findings.Findings[0].Code != validate.TotalRow {
		t.Errorf("findings I603/I608 at rows %v (%v), want I603 at row 18", rows, res.Findings.Findings)
	}
	if got := booker(res); got != 6758 {
		t.Errorf("Booker counted as read: %d, want 6,758", got)
	}
	u := totalRowsReason(t, res)
	if want := []string{"okrug/" + res.Okrugs[0].Okrug}; u.Count != 1 || !slices.Equal(u.Scope, []string{file + ":18 (Grand TotalHamilton Twp.)"}) || !slices.Equal(u.Affects, want) {
		t.Errorf("reason %+v, want row 18 affecting %v", u, want)
	}

	res = countReal(t, file, mapping(`"rows": {"where": [{"column": "precinct", "except": ["Grand TotalHamilton Twp."]}]},`), string(rules))
	if got := booker(res); got != 3379 {
		t.Errorf("Booker without the total row: %d, want 3,379", got)
	}
	if res.Provisional {
		t.Errorf("without the total row the Result is provisional: %+v", res.ProvisionalReasons)
	}
}

// A total row of one okrug's precincts makes that okrug's seat
// provisional, not the other's, whose sums do not hold it.
func TestTotalRowsAffectTheirOkrug(t *testing.T) {
	rules, err := os.ReadFile("examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(string(rules)), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	const mapping = `{"precinct": "precinct", "okrug": "district", "ballot": "okrug", "lines": {"valid": "valid"}, "votes": {"ann": "Ann", "bob": "Bob", "cy": "Cy"}}`
	const csv = `precinct,district,valid,Ann,Bob,Cy
1,North,100,50,30,20
2,North,80,20,40,20
3,North,60,30,10,20
N,North,240,100,80,60
4,South,90,10,30,50
5,South,70,20,20,30
`
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "two.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	u := totalRowsReason(t, res)
	if !slices.Equal(u.Scope, []string{"two.csv:5 (N)"}) || !slices.Equal(u.Affects, []string{"okrug/North"}) {
		t.Errorf("reason %+v, want row 5 affecting okrug/North alone", u)
	}
}

// A long file's "Total" rows (Rhode Island's files by town give each
// contest one, in the candidate column) mapped as a choice are counted as
// a candidate's votes, who then leads every contest: the Result says it
// rests on a choice named by a total row's words, where it stands.
func TestTotalChoiceMakesProvisional(t *testing.T) {
	rules, err := os.ReadFile("examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := shailoo.ReadRules(strings.NewReader(string(rules)), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	const csv = `county,office,candidate,votes
Barrington,President,Total,9758
Barrington,President,Hillary Clinton,6153
Barrington,President,Donald J. Trump,2898
Barrington,President,Gary Johnson,707
`
	count := func(mapping string) *shailoo.Result {
		t.Helper()
		m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
		if err != nil {
			t.Fatal(err)
		}
		def, notes, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "ri.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	const head = `{"layout": "long", "precinct": "county", "okrug": "office", "ballot": "okrug", "choice_column": "candidate", "votes_column": "votes",`
	res := count(head + ` "choice_values": {"Total": "total", "Hillary Clinton": "clinton", "Donald J. Trump": "trump", "Gary Johnson": "johnson"}}`)
	var u *shailoo.Unevaluated
	for i := range res.ProvisionalReasons {
		if res.ProvisionalReasons[i].Kind == shailoo.UnevaluatedTotalChoice {
			u = &res.ProvisionalReasons[i]
		}
	}
	if !res.Provisional || u == nil || !slices.Equal(u.Scope, []string{"total"}) || !slices.Equal(u.Affects, []string{"okrug/President"}) {
		t.Errorf("provisional %v, reasons %+v: want %s of total affecting okrug/President", res.Provisional, res.ProvisionalReasons, shailoo.UnevaluatedTotalChoice)
	}
	res = count(head + ` "choice_values": {"Hillary Clinton": "clinton", "Donald J. Trump": "trump", "Gary Johnson": "johnson"}, "line_values": {"Total": "valid"}}`)
	if res.Provisional {
		t.Errorf("with Total a line, the Result is provisional: %+v", res.ProvisionalReasons)
	}
}
