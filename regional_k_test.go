package shailoo_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// Kenya's president needs more than half the valid votes and at least 25%
// in at least 24 of the 47 counties. The real cut of Form 34B has 14
// counties, 9 of them with constituencies not yet in ("NA", read here as
// figures not given): their verdict is not evaluated, never passed. Ruto
// has 25% in 4 of the 5 counties evaluated: met "in at least 4", not
// decided "in at least 5" (the 9 not evaluated decide); Odinga, met in 2,
// cannot reach 12; and 24 of 14 counties given is not evaluated.
func TestRegionalThresholdInAtLeast(t *testing.T) {
	raw, err := os.ReadFile("testdata/ingest/real/ke2022-form34b.csv")
	if err != nil {
		t.Fatal(err)
	}
	csv := strings.ReplaceAll(string(raw), ",NA", ",")
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "code", "region": "county", "ballot": "list",
 "lines": {"voters": "registered_voters", "valid": "iebc_total", "invalid": "rejected_ballots"},
 "votes": {"raila": "raila", "ruto": "ruto", "mwaure": "mwaure", "wajackoyah": "wajackoyah"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	count := func(k string) *shailoo.Result {
		t.Helper()
		r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "ke-president-2022", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "valid", "comparison": "more_than"},
 "regional_threshold": {"percent": "25", "base": "valid", "comparison": "at_least", "in_at_least": `+k+`},
 "list": {"lists": "closed", "method": "hare", "tie": "lots"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "invalid", "valid"]}}`), "rules.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "ke2022-form34b.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Notes: notes})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	regional := func(res *shailoo.Result, id string) (string, int, int) {
		for _, l := range res.Lists {
			if l.ID == id && l.Regional != nil {
				return string(l.Regional.Status), l.Regional.Passed, len(l.Regional.NotEvaluated)
			}
		}
		t.Fatalf("%s has no regional verdict", id)
		return "", 0, 0
	}
	for _, tc := range []struct {
		k, id, status string
		passed, open  int
	}{
		{"4", "ruto", "passed", 4, 9},
		{"5", "ruto", "not_evaluated", 4, 9},
		{"11", "raila", "not_evaluated", 2, 9},
		{"12", "raila", "failed", 2, 9},
		{"24", "ruto", "not_evaluated", 4, 9},
	} {
		res := count(tc.k)
		status, passed, open := regional(res, tc.id)
		if status != tc.status || passed != tc.passed || open != tc.open {
			t.Errorf("in at least %s, %s: %s, passed %d, not evaluated %d; want %s, %d, %d", tc.k, tc.id, status, passed, open, tc.status, tc.passed, tc.open)
		}
		if tc.status == "not_evaluated" && tc.id == "ruto" && !res.Provisional {
			t.Errorf("in at least %s: a seat resting on a regional threshold not evaluated is not provisional", tc.k)
		}
	}
	// Every region given in full, but fewer than in_at_least: the notes and
	// the provisional reason say so, not "the election defines no regions".
	var full []string
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.Contains(line, ",NA") {
			full = append(full, line)
		}
	}
	csv = strings.Join(full, "\n")
	few := count("24")
	for _, u := range few.ProvisionalReasons {
		if u.Kind == shailoo.UnevaluatedRegional && (strings.Contains(u.Reason, "defines no regions") || !strings.Contains(u.Reason, "fewer than the 24")) {
			t.Errorf("the provisional reason: %q", u.Reason)
		}
	}
	for _, n := range few.Notes {
		if strings.Contains(n, "regional threshold was not evaluated") && !strings.Contains(n, "fewer than the 24") {
			t.Errorf("the note: %q", n)
		}
	}
	csv = strings.ReplaceAll(string(raw), ",NA", ",")
	if !stepSays(count("24"), "regional_threshold", "14 regions are given, fewer than the 24 it must be met in") {
		t.Error("the transcript does not say why 24 of 14 counties is not evaluated")
	}
	if !stepSays(count("4"), "regional_threshold", "passed: met in 4 of 14 regions, at least 4 needed: Baringo passed") {
		t.Errorf("the transcript does not give every region's verdict: %+v", count("4").Steps)
	}
}

// in_at_least is a regional threshold's: on the national one it is an
// error naming the field.
func TestInAtLeastNotNational(t *testing.T) {
	_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "x", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "50", "base": "valid", "comparison": "more_than", "in_at_least": 3},
 "list": {"lists": "closed", "method": "hare"}}`), "rules.json")
	var pe *ingest.ParseError
	if !errors.As(err, &pe) || pe.Field != "threshold.in_at_least" {
		t.Errorf("%v, want an error naming threshold.in_at_least", err)
	}
}
