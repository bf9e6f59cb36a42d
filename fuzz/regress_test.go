package fuzz_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/fuzz"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// Regression tests: each input a fuzz target or a property once failed on,
// with what it caught. The raw inputs also stay in testdata/fuzz.

// FuzzReadElection (scripts/fuzz, 60 s a target) found that a protocol
// without "ballot" was read as ballot "", which ReadElection rejects when
// it is written out: the JSON did not read back. Fixed in
// ingest/jsonwalk.go: a missing ballot is ErrBadValue at
// protocols[i].ballot.
func TestRegressProtocolWithoutBallot(t *testing.T) {
	for _, in := range []string{`{"protocols":[{}]}`, `{"protocols":[{"precinct": "1", "lines": {}, "votes": {}}]}`} {
		_, err := ingest.ReadElection(strings.NewReader(in), "e.json")
		var pe *ingest.ParseError
		if !errors.Is(err, ingest.ErrBadValue) || !errors.As(err, &pe) || pe.Field != "protocols[0].ballot" || pe.Line != 1 {
			t.Errorf("%s: err = %v, want ErrBadValue at protocols[0].ballot", in, err)
		}
	}
}

// FuzzCount first failed when Count began to return, for an election with
// a precinct defined twice, a Result that decides no seat (NotCounted):
// the laws now say such a Result has an error finding and no seats.
func TestRegressNotCounted(t *testing.T) {
	e := small(t)
	dup := *e
	dup.Precincts = append(append([]election.Precinct(nil), e.Precincts...), e.Precincts[0])
	res, _, err := fuzz.Run(&dup, shailoo.KG2021(), shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.NotCounted == "" || res.Findings.Errors() == 0 || len(res.Lists) != 0 {
		t.Errorf("NotCounted %q, %d error findings, %d lists", res.NotCounted, res.Findings.Errors(), len(res.Lists))
	}
}

// Check must catch a broken Result: each case breaks one law of a sound
// count of the small election.
func TestCheckCatches(t *testing.T) {
	e := small(t)
	for _, c := range []struct {
		name   string
		law    string
		breaks func(*shailoo.Result)
	}{
		{"over the house", fuzz.LawHouse, func(r *shailoo.Result) { r.Lists[0].Seats++ }},
		{"seats unfilled without a reason", fuzz.LawHouse, func(r *shailoo.Result) { r.Lists[0].Seats--; r.Notes = nil }},
		{"over the cap", fuzz.LawCap, func(r *shailoo.Result) { r.Lists[0].Seats = r.Rules.List.Cap + 1; r.Lists[1].Seats = 0 }},
		{"unqualified list seated", fuzz.LawQualified, func(r *shailoo.Result) { r.Lists[0].Qualified = false }},
		{"deputy not on the list", fuzz.LawDeputies, func(r *shailoo.Result) { r.Lists[0].Deputies[0].ID = "nobody" }},
		{"deputy seated twice", fuzz.LawDeputies, func(r *shailoo.Result) { r.Lists[0].Deputies[1] = r.Lists[0].Deputies[0] }},
		{"deputy from two lists", fuzz.LawDeputies, func(r *shailoo.Result) { r.Lists[1].Deputies[0] = r.Lists[0].Deputies[0] }},
		{"man seated by the women's quota", fuzz.LawWomen, func(r *shailoo.Result) {
			for i, d := range r.Lists[0].Deputies {
				if d.Sex == election.Male {
					r.Lists[0].Deputies[i].Reason = seats.ReasonWomenQuota
				}
			}
		}},
		{"unknown okrug outcome", fuzz.LawOkrugOutcome, func(r *shailoo.Result) { r.Okrugs[0].Outcome = "won" }},
		{"repeat election with the leader ahead", fuzz.LawOkrugOutcome, func(r *shailoo.Result) {
			r.Okrugs[0].Outcome, r.Okrugs[0].Winner = seats.OutcomeRepeat, ""
		}},
		{"against all ahead, yet elected", fuzz.LawOkrugOutcome, func(r *shailoo.Result) { r.Okrugs[0].AgainstAll = r.Okrugs[0].LeaderVotes + 1 }},
		{"tally off", fuzz.LawTally, func(r *shailoo.Result) { r.Seats.Women++ }},
		{"tie settled without its winners", fuzz.LawTies, func(r *shailoo.Result) {
			r.Ties = append(r.Ties, shailoo.Tie{Context: "okrug/1", Stage: "plurality", Tied: []string{"a", "b"}, Seats: 1, SettledBy: "registration_order"})
		}},
		{"against all level with the leader, no tie", fuzz.LawTies, func(r *shailoo.Result) {
			r.Ties = nil
			r.Okrugs[0].AgainstAll = r.Okrugs[0].LeaderVotes
			r.Okrugs[0].Margin = 0
		}},
		{"findings out of order", fuzz.LawSorted, func(r *shailoo.Result) {
			r.Findings.Findings = []validate.Finding{validate.UnreadableRow("p.csv", 3, 1, "bad"), {Code: validate.ReceivedBalance, Severity: validate.Error}}
		}},
		{"finding with another severity", fuzz.LawSorted, func(r *shailoo.Result) {
			r.Findings.Findings = []validate.Finding{{Code: validate.ReceivedBalance, Severity: validate.Warning}}
		}},
		{"list missing", fuzz.LawShape, func(r *shailoo.Result) { r.Lists = r.Lists[1:] }},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := shailoo.Count(e, shailoo.KG2021())
			if err != nil {
				t.Fatal(err)
			}
			if err := fuzz.Check(e, res); err != nil {
				t.Fatalf("sound count: %v", err)
			}
			c.breaks(res)
			var v *fuzz.Violation
			if err := fuzz.Check(e, res); !errors.As(err, &v) || v.Law != c.law {
				t.Errorf("Check = %v, want a violation of %q", err, c.law)
			}
		})
	}
}

// Run on a sound input gives the Result and its JSON.
func TestRunReturnsJSON(t *testing.T) {
	res, b, err := fuzz.Run(small(t), shailoo.KG2021(), shailoo.Options{})
	if err != nil || res == nil || !bytes.HasPrefix(b, []byte(`{"library":`)) {
		t.Fatalf("Run: %v, %v, %.20s", err, res, b)
	}
}

// Known, not fixed (reported to the lead; the root package decides):
// Count decides every okrug the election defines whatever the rule set's
// okrug seats, so the small election (2 okrugs) under kg2015 (0 okrug
// seats: 120 list seats only) seats 2 okrug deputies "of 0" with no note.
// Unskip once Count notes (or refuses) the mismatch.
func TestKnownOkrugSeatsBeyondTheTier(t *testing.T) {
	r, err := shailoo.Preset("kg2015")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.Count(small(t), r)
	if err != nil {
		t.Fatal(err)
	}
	noted := false
	for _, n := range res.Notes {
		noted = noted || strings.Contains(strings.ToLower(n), "okrug")
	}
	if res.Seats.Okrug > res.Seats.OkrugOf || len(res.Okrugs) > 0 || !noted {
		t.Fatalf("%d okrug seats filled of %d, %d okrug results, noted %v", res.Seats.Okrug, res.Seats.OkrugOf, len(res.Okrugs), noted)
	}
}

// FuzzReadElection (scripts/fuzz, second campaign) found that "{}, " was
// refused by encoding/json after the strict walk had passed it, with an
// error that had no place: the walk skipped ',' and ':' after the
// document as if they were separators. Fixed in ingest/jsonwalk.go: only
// white space may follow the document. ReadMapping shares the walk.
func TestRegressTrailingSeparator(t *testing.T) {
	for _, in := range []string{"{}, ", "{}:", ",{}", " {} ,", "{},{}"} {
		var pe *ingest.ParseError
		_, err := ingest.ReadElection(strings.NewReader(in), "e.json")
		if !errors.Is(err, ingest.ErrSyntax) || !errors.As(err, &pe) || pe.Line != 1 || pe.Column < 1 {
			t.Errorf("ReadElection(%q): err = %v, want ErrSyntax with a place", in, err)
		}
		_, err = ingest.ReadMapping(strings.NewReader(in), "m.json")
		if !errors.Is(err, ingest.ErrSyntax) || !errors.As(err, &pe) || pe.Line != 1 || pe.Column < 1 {
			t.Errorf("ReadMapping(%q): err = %v, want ErrSyntax with a place", in, err)
		}
	}
}
