package shailoo_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
)

// Washington DC's 2016 ANC districts: 2A08's only rows are "NO CANDIDATE
// FILED" (0) and "WRITE-IN" (81), the sum of many write-in names. Counted
// as a candidate, WRITE-IN was elected; mapped as aggregates, 2A08 is not
// decided (provisional, the okrug and its figures named), and 6C02, where
// the write-ins are behind, elects Karen Wirt as before.
func TestAggregatesDC2016(t *testing.T) {
	const file = "testdata/ingest/real/us-dc-2016-anc-precinct.csv"
	// (The file writes two spaces before the district's number, read as
	// one: a name's inner spaces, spacerun.go.)
	const a08 = "ANC - 2A08 SINGLE MEMBER DISTRICT 08-ANC 2A"
	const c02 = "ANC - 6C02 SINGLE MEMBER DISTRICT 02-ANC 6C"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	mf, err := os.Open("testdata/ingest/real/us-dc-2016-anc-precinct.map.json")
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := ingest.ReadMapping(mf, "map.json")
	if err != nil {
		t.Fatal(err)
	}
	count := func(m ingest.Mapping) *shailoo.Result {
		t.Helper()
		def, notes, err := ingest.Define(m, "map.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: file, R: strings.NewReader(string(b)), Mapping: m}}, shailoo.Options{Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	okrug := func(res *shailoo.Result, id string) shailoo.Okrug {
		t.Helper()
		k := slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Okrug == id })
		if k < 0 {
			t.Fatalf("no okrug %q", id)
		}
		return res.Okrugs[k]
	}

	plain := m
	plain.Aggregates = nil
	if o := okrug(count(plain), a08); o.Outcome != seats.OutcomeElected || o.Winner != "write-in" {
		t.Fatalf("without aggregates: %s %q, want the write-in row elected (the defect the field cures)", o.Outcome, o.Winner)
	}

	res := count(m)
	o := okrug(res, a08)
	if o.Outcome != seats.OutcomeAggregateLeads || o.Winner != "" || o.Filled() != 0 || o.LeaderVotes != 81 {
		t.Errorf("2A08: %s, winner %q, leader %q %d: want not decided, no seat filled, the write-ins' 81 said", o.Outcome, o.Winner, o.Leader, o.LeaderVotes)
	}
	if !slices.Equal(o.Aggregates, []string{"no-candidate-filed", "write-in"}) {
		t.Errorf("2A08's aggregates %v", o.Aggregates)
	}
	if w := okrug(res, c02); w.Outcome != seats.OutcomeElected || w.WinnerName != "Karen Wirt" || !slices.Equal(w.Aggregates, []string{"write-in"}) || w.CandidateVotes["write-in"] != 2 {
		t.Errorf("6C02: %s %q, aggregates %v, votes %v: want Karen Wirt elected, the write-ins (2) counted and marked", w.Outcome, w.WinnerName, w.Aggregates, w.CandidateVotes)
	}
	if !res.Provisional {
		t.Error("not provisional")
	}
	k := slices.IndexFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedAggregate })
	if k < 0 {
		t.Fatalf("no reason of kind %s: %+v", shailoo.UnevaluatedAggregate, res.ProvisionalReasons)
	}
	if u := res.ProvisionalReasons[k]; !slices.Equal(u.Affects, []string{"okrug/" + a08}) || !strings.Contains(u.Reason, "81 votes") {
		t.Errorf("reason %+v: want okrug 2A08 and the write-ins' 81 votes named", u)
	}

	// The draft proposes WRITE-IN as an aggregate, a guess to confirm.
	d, err := ingest.DraftMapping(strings.NewReader(string(b)), file)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(d.Mapping.Aggregates, "write-in") {
		t.Errorf("draft's aggregates %v: want write-in", d.Mapping.Aggregates)
	}
}

// A mapping's aggregates are choice IDs it maps, each once.
func TestAggregatesMappingErrors(t *testing.T) {
	const base = `{"precinct": "p", "ballot": "okrug", "okrug": "o", "votes": {"a": "A", "w": "W"}, "aggregates": %s}`
	for _, tc := range []struct{ name, agg, field string }{
		{"unknown", `["x"]`, "aggregates[0]"},
		{"twice", `["w", "w"]`, "aggregates[1]"},
		{"against all", `["against_all"]`, "aggregates[0]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ingest.ReadMapping(strings.NewReader(strings.Replace(base, "%s", tc.agg, 1)), "m.json")
			var pe *ingest.ParseError
			if !errors.As(err, &pe) || pe.Field != tc.field {
				t.Fatalf("err %v: want a ParseError naming %s", err, tc.field)
			}
		})
	}
	if _, err := ingest.ReadMapping(strings.NewReader(strings.Replace(base, "%s", `["w"]`, 1)), "m.json"); err != nil {
		t.Fatal(err)
	}
}

// A list that sums several lists' votes ("Others") and passes the
// threshold leaves the list seats not apportioned: its votes may be one
// list's or many's. Behind the threshold it changes nothing. (Chile's
// 2021 runoff in Putre, Boric's column taken as such a sum.)
func TestAggregateList(t *testing.T) {
	const rules = `{"format": 1, "id": "x", "version": "1", "seats": {"list": 3},
 "threshold": {"percent": "%s", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`
	const mapping = `{"precinct": "MESA", "region": "REGION", "ballot": "list", "lines": {"invalid": "VOTOS NULOS"},
 "votes": {"kast": "JOSE ANTONIO KAST", "boric": "GABRIEL BORIC"}, "aggregates": ["boric"]}`
	res := countReal(t, "cl2021-putre.csv", mapping, strings.Replace(rules, "%s", "5", 1))
	seated := 0
	for _, l := range res.Lists {
		seated += l.Seats
		if l.ID == "boric" && !l.Aggregate {
			t.Error("boric not marked an aggregate")
		}
	}
	if seated != 0 || !res.Provisional || !hasKind(res, shailoo.UnevaluatedAggregateList) {
		t.Errorf("%d list seats, provisional %v %+v: want none, aggregate_list_passes", seated, res.Provisional, res.ProvisionalReasons)
	}
	res = countReal(t, "cl2021-putre.csv", mapping, strings.Replace(rules, "%s", "99", 1))
	if hasKind(res, shailoo.UnevaluatedAggregateList) {
		t.Errorf("an aggregate behind the threshold made the count provisional: %+v", res.ProvisionalReasons)
	}
}

// A definition given marks its aggregates itself: a mapping's aggregate
// the definition leaves a candidate is a disagreement, never a silent
// candidate.
func TestAggregatesGivenDefinition(t *testing.T) {
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "ballot": "okrug", "okrug": "o", "votes": {"a": "A", "w": "W"}, "aggregates": ["w"]}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	no := false
	e := &election.Election{Okrugs: []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "a"}, {ID: "w"}}}}}
	e.Ballots.Okrug.AgainstAll = &no
	if err := ingest.CheckChoices(m, e, "m.json"); !errors.Is(err, ingest.ErrChoices) {
		t.Fatalf("err %v: want ErrChoices (w not marked an aggregate in the definition)", err)
	}
	e.Okrugs[0].Candidates[1].Aggregate = true
	if err := ingest.CheckChoices(m, e, "m.json"); err != nil {
		t.Fatal(err)
	}
}
