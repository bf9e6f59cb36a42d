package shailoo_test

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
)

// New Jersey's General Assembly of 2015, districts 1 and 2 of two seats
// (testdata/ingest/real/us-nj2015-assembly-d1d2.csv), with Dennis Twp.'s
// 817 for R. Bruce Land made "8l7" and counted with SkipBadRows: Land's
// 18,323 seated in district 1 lacks that protocol. The deputies' table
// marks it partial, as the okrugs' table does, never a bare 18,323; and
// the okrug's JSON gives every candidate's votes (candidate_votes), not
// only the leader's and the runner-up's.
func TestDistrictDeputyPartialVotes(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "municipality", "region": "county", "okrug": "district", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Bob Andrzejczak": "bob-andrzejczak", "Chris Brown": "chris-brown",
 "Colin Bell": "colin-bell", "Jim Sauro": "jim-sauro", "R. Bruce Land": "r-bruce-land", "Sam Fiocchi": "sam-fiocchi",
 "Vincent Mazzeo": "vincent-mazzeo", "Will Pauls": "will-pauls"}}`
	const rules = `{"format": 1, "id": "nj-assembly", "version": "1", "name": "two seats per district, vote for two",
 "seats": {"list": 0, "okrug_each": true}, "okrug": {"seats": 2, "against_all": "ignored", "tie": "lots"},
 "protocol": {"ballots": {"okrug": {"against_all": false, "votes_per_ballot": 2}}}}`
	b := readFile(t, "testdata/ingest/real/us-nj2015-assembly-d1d2.csv")
	const from, to = "Dennis Twp.,General Assembly,1,Democratic,R. Bruce Land,817", "Dennis Twp.,General Assembly,1,Democratic,R. Bruce Land,8l7"
	if !strings.Contains(b, from) {
		t.Fatal("Dennis Twp.'s Land row not found")
	}
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
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "nj.csv", R: strings.NewReader(strings.Replace(b, from, to, 1)), Mapping: m}}, shailoo.Options{Notes: notes, SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	var d1 *shailoo.Okrug
	for i := range res.Okrugs {
		if res.Okrugs[i].Okrug == "1" {
			d1 = &res.Okrugs[i]
		}
	}
	if d1 == nil {
		t.Fatal("no district 1")
	}
	if got := d1.CandidateVotes["r-bruce-land"]; got != 18323 || d1.VotesMissing["r-bruce-land"] != 1 {
		t.Errorf("Land: %d votes, %d protocols missing; want 18,323 partial by 1", got, d1.VotesMissing["r-bruce-land"])
	}
	if len(d1.CandidateVotes) != 4 {
		t.Errorf("district 1's candidate_votes: %v, want its 4 candidates", d1.CandidateVotes)
	}
	var w strings.Builder
	if err := report.Text(&w, res, report.English); err != nil {
		t.Fatal(err)
	}
	text := w.String()
	if strings.Contains(text, "18,323  ") || !strings.Contains(text, "18,323 (partial") {
		t.Errorf("the deputies' table does not mark Land's 18,323 partial:\n%s", text)
	}
}
