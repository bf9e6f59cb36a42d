package shailoo_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// findingsAt returns the rows of the findings of code in res.
func findingsAt(res *shailoo.Result, code validate.Code) []int {
	var rows []int
	for _, f := range res.Findings.Findings {
		if f.Code == code {
			rows = append(rows, f.Place.Row)
		}
	}
	return rows
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Delaware's special election of 2007 in Representative District 7
// (testdata/ingest/real/us-de-2007-rd7-special.csv, long, two candidates):
// its two "Total" rows make one protocol of two figures, the sums of the
// 14 election districts'. Three figures not 0 are what an unnamed row
// needs to be found a total; a row whose precinct is named "Total" needs
// one, so that a count of the file as read says I603 rather than doubling
// every vote in silence.
func TestNamedTotalOfTwoCandidates(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "election_district", "region": "county", "okrug": "district", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Short B": "short", "Bowers J": "bowers"}}`
	res := countReal(t, "us-de-2007-rd7-special.csv", mapping, readFile(t, "examples/fptp/rules.json"))
	if rows := findingsAt(res, validate.TotalRow); len(rows) != 1 || rows[0] != 30 {
		t.Errorf("I603 at rows %v, want the Total row 30", rows)
	}
	if rows := findingsAt(res, validate.NamedTotal); len(rows) != 0 {
		t.Errorf("I608 at rows %v, want none: the Total row is a total", rows)
	}
}

// West Virginia's general election of 1984 in Kanawha County, its first
// 336 lines (testdata/ingest/real/us-wv-1984-kanawha-head.csv): every
// Mondale row, the Total row of Mondale's votes, and Reagan's rows of 59
// precincts, the file cut before Reagan's Total row. The "Total" protocol
// has one figure, 37,832, the sum of Mondale's votes: I603 (the figures
// it lacks are Reagan's, cut off, not 0).
func TestNamedTotalOfOneFigure(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Ronald Reagan": "ronald-reagan", "Walter Mondale": "walter-mondale"}}`
	res := countReal(t, "us-wv-1984-kanawha-head.csv", mapping, readFile(t, "examples/ru-president/rules.json"))
	if rows := findingsAt(res, validate.TotalRow); len(rows) != 1 || rows[0] != 277 {
		t.Errorf("I603 at rows %v, want the Total row 277", rows)
	}
}

// A row named a total whose figures are the sum of no block of rows is
// counted as a precinct, and said (I608): the Delaware file with the
// Total row's Short figure one more (2,276).
func TestNamedTotalThatTotalsNothing(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "election_district", "region": "county", "okrug": "district", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Short B": "short", "Bowers J": "bowers"}}`
	b := readFile(t, "testdata/ingest/real/us-de-2007-rd7-special.csv")
	const from, to = "Short B,2211,64,2275", "Short B,2211,65,2276"
	if !strings.Contains(b, from) {
		t.Fatal("the Total row's Short figure not found")
	}
	edited := []byte(strings.Replace(b, from, to, 1))
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/de.csv", edited, 0o644); err != nil {
		t.Fatal(err)
	}
	res := countFile(t, dir+"/de.csv", mapping, readFile(t, "examples/fptp/rules.json"))
	if rows := findingsAt(res, validate.NamedTotal); len(rows) != 1 || rows[0] != 30 {
		t.Errorf("I608 at rows %v, want the Total row 30", rows)
	}
	for _, f := range res.Findings.Findings {
		if f.Code == validate.NamedTotal && (f.Want != "2275" || f.Got != "2276" || f.Gap != 1) {
			t.Errorf("I608 want %q got %q gap %d: want Short's sum 2275, the row's 2276, +1", f.Want, f.Got, f.Gap)
		}
	}
	if rows := findingsAt(res, validate.TotalRow); len(rows) != 0 {
		t.Errorf("I603 at rows %v, want none", rows)
	}
	// Most likely a total counted twice: the okrug decided on it is
	// provisional.
	if u := reasonOf(res, shailoo.UnevaluatedNamedTotal); !res.Provisional || u == nil || u.Count != 1 {
		t.Errorf("provisional %v, reasons %+v: want named_total_counted of the Total row", res.Provisional, res.ProvisionalReasons)
	}
}

// countFile is countReal of the file at path.
func countFile(t *testing.T, path, mapping, rules string) *shailoo.Result {
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
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: path, R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Mississippi's general election of 2007 in Alcorn County, its first 89
// lines (testdata/missingvotes/us-ms-2007-alcorn.csv): the State House
// rows of districts 1-3, one candidate each. Under "empty_votes":
// "not_on_ballot" a candidate no row of a protocol names is 0 there, but
// only where the candidate stands: one who stands in another district is
// absent (no 0 that X210 then calls a vote for a candidate not standing
// there). The count is the one without empty_votes.
func TestNotOnBallotOtherDistricts(t *testing.T) {
	mapping := func(empty string) string {
		return `{"layout": "long", "precinct": {"columns": ["district", "precinct"]}, "region": "county", "okrug": "district", "ballot": "okrug",
 "rows": {"where": [{"column": "office", "values": ["State House"]}, {"column": "votes", "except": [""]}]},` + empty + `
 "choice_column": "candidate", "votes_column": "votes",
 "choice_values": {"Harvey Moss": "harvey-moss", "John Orman": "john-orman", "Lester 'Bubba' Carpenter": "lester-bubba-carpenter",
  "Ricky A. Cummings": "ricky-a-cummings", "W J. 'Billy' McCoy": "w-j-billy-mccoy", "William Tracy Arnold": "william-tracy-arnold"}}`
	}
	rules := readFile(t, "examples/fptp/rules.json")
	res := countFile(t, "testdata/missingvotes/us-ms-2007-alcorn.csv", mapping(` "empty_votes": "not_on_ballot",`), rules)
	if rows := findingsAt(res, validate.UnknownCandidate); len(rows) != 0 {
		t.Errorf("%d findings X210, want none", len(rows))
	}
	without := countFile(t, "testdata/missingvotes/us-ms-2007-alcorn.csv", mapping(""), rules)
	got, _ := json.Marshal(res.Okrugs)
	want, _ := json.Marshal(without.Okrugs)
	if string(got) != string(want) {
		t.Errorf("okrugs\n%s\nwant (without empty_votes)\n%s", got, want)
	}
	if len(res.Findings.Findings) != len(without.Findings.Findings) {
		t.Errorf("%d findings, want %d", len(res.Findings.Findings), len(without.Findings.Findings))
	}
}

// A row named a total that totals no block says the block it most nearly
// totals and the figure that differs, with want, got and gap: Kentucky
// 2016's Mercer County file gives Trump's Total row 4,461 where its 11
// rows (Absentee among them) sum to 4,421.
func TestNamedTotalSaysItsGap(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list",
 "rows": {"where": [{"column": "office", "values": ["President"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Donald J. Trump": "trump"}}`
	res := countReal(t, "us-ky-2016-mercer-trump-head12.csv", mapping, readFile(t, "examples/openelections/rules.json"))
	var got []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == validate.NamedTotal {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("I608 %+v, want one, the Total row", got)
	}
	f := got[0]
	if f.Place.Row != 13 || f.Want != "4421" || f.Got != "4461" || f.Gap != 40 {
		t.Errorf("I608 at row %d want %q got %q gap %d, want row 13, 4421, 4461, +40", f.Place.Row, f.Want, f.Got, f.Gap)
	}
	if en := f.Message().En; !strings.Contains(en, "other 11 rows of its region «Mercer»") || !strings.Contains(en, "votes.trump to 4421, where it gives 4461 (+40)") {
		t.Errorf("I608 says %q: want the region's 11 rows and the figure's sum, the row's and the gap", en)
	}
}
