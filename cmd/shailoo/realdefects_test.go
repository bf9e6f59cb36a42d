package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// ndsRules is a Lower Saxony council of 30 list seats (a rule set for
// the tests, not the statute): three votes a ballot, Hare-Niemeyer.
const ndsRules = `{
  "format": 1, "id": "nds-test", "version": "0",
  "name": "30 list seats by Hare-Niemeyer, no threshold (a rule set for testing)",
  "seats": {"list": 30},
  "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "hare", "tie": "lots", "women_quota": "0"},
  "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"],
    "ballots": {"list": {"against_all": false, "votes_per_ballot": 3}}}
}
`

// votemanager's file of an election before any result leaves every
// figure empty: no list's votes are given, so no list's threshold is
// evaluated, and the seats are not filled for that reason, not because
// no list passed it.
func TestCountUnfilledThresholdNotEvaluated(t *testing.T) {
	file := repo + "testdata/ingest/real/de-badsalzdetfurth-2026-kreistagswahl-wahlbezirk-empty.csv"
	m := writeTemp(t, "m.json", `{"delimiter": ";", "precinct": "gebiet-nr", "ballot": "list",
 "lines": {"voters": "A", "found_stationary": "B", "invalid": "C1", "valid": "C2"}, "votes": {"d": "D"}}`)
	rules := writeTemp(t, "rules.json", ndsRules)
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFindings, out, errs)
	}
	if strings.Contains(out, "no list passed") {
		t.Errorf("a threshold not evaluated is said failed\n%s", out)
	}
	const want = "30 list seat(s) not filled: the threshold could not be evaluated (no counted protocol gives the list's votes (findings X229)"
	if !strings.Contains(out, want) {
		t.Errorf("the count does not say why the threshold was not evaluated\n%s", out)
	}
	out, _, _ = cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json")
	var res struct {
		Seats struct {
			ListUnfilled    int    `json:"list_unfilled"`
			ListUnfilledWhy string `json:"list_unfilled_why"`
		} `json:"seats"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Seats.ListUnfilled != 30 || res.Seats.ListUnfilledWhy != "threshold_not_evaluated" {
		t.Errorf("seats %+v, want 30 not filled, threshold_not_evaluated", res.Seats)
	}
}

// frMapping maps Lyon's file of 2012, whose candidate cells are shares
// in % ("9.52"), not votes: read as votes, every row is unreadable.
const frMapping = `{"precinct": "id", %s "lines": {"voters": "inscrits"},
 "votes": {"joly": "joly", "lepen": "lepen", "sarkozy": "sarkozy", "melenchon": "melenchon", "poutou": "poutou", "arthaud": "arthaud", "cheminade": "cheminade", "bayrou": "bayrou", "dupont-aignan": "dupont.aignan", "hollande": "hollande"}}`

const frFile = repo + "testdata/ingest/real/fr-lyon-pres2012-bureaux-pct.csv"

// An unreadable row's finding names the file, row and column once: the
// reason after them is the field's and the cell's alone.
func TestCountUnreadableRowSaysFileOnce(t *testing.T) {
	m := writeTemp(t, "fr.json", strings.Replace(frMapping, "%s", `"ballot": "okrug", "okrug_id": "Lyon",`, 1))
	out, errs, _ := cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", frFile, "--mapping", m, "--skip-bad-rows")
	const want = `row 2, column 7 could not be read: votes.joly: not a whole number: "9.52".`
	if !strings.Contains(out, want) {
		t.Errorf("the finding does not say %q\n%s\n%s", want, out, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "I601") && strings.Count(line, "fr-lyon-pres2012-bureaux-pct.csv") > 2 {
			t.Errorf("the file is named more than in the place and the sentence: %s", line)
		}
	}
}
