package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// kreisMapping maps Lower Saxony's Kreistag file of 2021 (Nordstemmen):
// each list's votes (its own and its candidates') and the votes of its
// candidates, "p1-1" the first of list p1.
const kreisMapping = `{"delimiter": ";", "precinct": "gebiet-nr", "ballot": "list",
 "lines": {"voters": "A", "found_stationary": "B", "invalid": "C1", "valid": "C2"},
 "votes": {"p1": "D1_summe_liste_kandidaten", "p2": "D2_summe_liste_kandidaten", "p3": "D3_summe_liste_kandidaten",
  "p4": "D4_summe_liste_kandidaten", "p5": "D5_summe_liste_kandidaten", "p6": "D6_summe_liste_kandidaten",
  "p7": "D7_summe_liste_kandidaten", "p12": "D12_summe_liste_kandidaten"},
 "preferences": {"p1-1": "D1_1", "p1-2": "D1_2", "p1-3": "D1_3", "p1-4": "D1_4", "p1-5": "D1_5", "p1-6": "D1_6",
  "p1-7": "D1_7", "p1-8": "D1_8", "p1-9": "D1_9", "p2-1": "D2_1", "p2-2": "D2_2", "p2-3": "D2_3", "p2-4": "D2_4",
  "p2-5": "D2_5", "p2-6": "D2_6", "p2-7": "D2_7", "p2-8": "D2_8", "p3-1": "D3_1", "p3-2": "D3_2", "p4-1": "D4_1",
  "p5-1": "D5_1", "p5-2": "D5_2", "p5-3": "D5_3", "p6-1": "D6_1", "p6-2": "D6_2", "p7-1": "D7_1", "p12-1": "D12_1"}}
`

// kreisRules: 62 seats by Hare-Niemeyer, open lists (an approximation for
// testing); a voter has three votes, so valid ballots are not the votes'
// sum (P103): the relations that hold are named.
const kreisRules = `{"format": 1, "id": "de-nds-kreistag-approx", "version": "0",
 "name": "62 seats by Hare-Niemeyer, no threshold, open lists (an approximation for testing)",
 "seats": {"list": 62},
 "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"},
 "list": {"lists": "open", "method": "hare", "tie": "lots", "preference_tie": "lots",
  "missing_preferences": "list_position", "women_quota_rounding": "half_up"},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"], "relations": ["P102", "P106", "P107"],
  "ballots": {"list": {"against_all": false}}}}
`

// A mapping with preferences and no definition: the inferred definition
// puts each candidate on the list whose ID begins its own, so that the
// preference votes are checked (P107, a candidate's votes within the
// list's) and not 621 X211 findings, one per preference cell; the
// deputies are not given, as the mapping says neither list position nor
// sex. A candidate on no list is refused up front, saying what to give.
func TestCountInferredPreferences(t *testing.T) {
	file := repo + "testdata/ingest/real/de-nds-kreiswahl2021-nordstemmen.csv"
	m, rules := writeTemp(t, "kreis.json", kreisMapping), writeTemp(t, "rules.json", kreisRules)
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, want %d\n%s", code, exitOK, errs)
	}
	var res struct {
		Lists []struct {
			ID               string
			Seats            int
			DeputiesNotGiven int `json:"deputies_not_given"`
		}
		Notes []string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, `"X211"`) {
		t.Errorf("X211 findings: the candidates of the preference columns are on no list")
	}
	if !strings.Contains(strings.Join(res.Notes, "\n"), "their candidates those of its 27 preference columns") {
		t.Errorf("no note of the candidates inferred\n%s", strings.Join(res.Notes, "\n"))
	}
	if len(res.Lists) != 8 {
		t.Errorf("%d lists, want 8", len(res.Lists))
	}
	for _, l := range res.Lists {
		if l.Seats != l.DeputiesNotGiven {
			t.Errorf("list %s: %d seats, %d deputies not given; want every deputy not given", l.ID, l.Seats, l.DeputiesNotGiven)
		}
	}
	bad := writeTemp(t, "bad.json", strings.Replace(kreisMapping, `"p12-1": "D12_1"`, `"x12-1": "D12_1"`, 1))
	if _, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", bad); code != exitUsage ||
		!strings.Contains(errs, `preferences.x12-1`) || !strings.Contains(errs, "give the election's definition") {
		t.Errorf("a candidate on no list: exit %d, want %d naming preferences.x12-1\n%s", code, exitUsage, errs)
	}
}
