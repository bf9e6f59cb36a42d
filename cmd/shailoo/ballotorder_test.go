package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A definition inferred from a mapping gives no ballot order: the text and
// Markdown reports list its parties in the order of their columns in the
// file (the ballot's: Russia's CEC tables of 2016 give United Russia 4th,
// LDPR 7th, KPRF 12th, A Just Russia 14th), not by ID (KPRF, LDPR, A Just
// Russia, United Russia, as the draft names them). The JSON keeps the
// definition's order (by ID), and no figure moves.
func TestCountBallotOrder(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.json")
	if err := os.WriteFile(rules, []byte(`{"format": 1, "id": "duma2016-votes", "version": "0", "seats": {"list": 225},
  "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "hare", "tie": "lots"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"count", "--protocols", "../../testdata/ballotorder/duma2016-electan-10uik.csv",
		"--mapping", "../../testdata/ballotorder/mapping.json", "--rules", rules}
	seated := []string{"ЕДИНАЯ РОССИЯ", "ЛДПР", "РОССИЙСКОЙ ФЕДЕРАЦИИ", "СПРАВЕДЛИВАЯ РОССИЯ"}
	for _, format := range []string{"text", "md"} {
		var out, errb bytes.Buffer
		if st := run(append(args, "--format", format), &out, &errb); st != exitOK {
			t.Fatalf("%s: status %d: %s", format, st, errb.String())
		}
		table, _, _ := strings.Cut(out.String(), "Missed the threshold")
		at := -1
		for _, name := range seated {
			i := strings.Index(table, name)
			if i < at {
				t.Errorf("%s: %q before the list above it on the ballot:\n%s", format, name, table)
			}
			at = i
		}
		// The lists that missed it: Rodina (1st on the ballot) first,
		// Patriots of Russia (13th) last.
		_, missed, _ := strings.Cut(out.String(), "Missed the threshold")
		if i, j := strings.Index(missed, "РОДИНА"), strings.Index(missed, "ПАТРИОТЫ РОССИИ"); i < 0 || j < i {
			t.Errorf("%s: the lists that missed the threshold not in ballot order:\n%s", format, missed)
		}
	}
	var out, errb bytes.Buffer
	if st := run(append(args, "--format", "json"), &out, &errb); st != exitOK {
		t.Fatalf("json: status %d: %s", st, errb.String())
	}
	var res struct {
		Lists []struct {
			ID    string `json:"id"`
			Seats int    `json:"seats"`
		} `json:"lists"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	var ids []string
	seats := map[string]int{}
	for _, l := range res.Lists {
		ids = append(ids, l.ID)
		seats[l.ID] = l.Seats
	}
	if !strings.HasPrefix(strings.Join(ids, " "), "obshchestvennaya-organizatsiya-v politicheskaya-partiya-grazhdans ") {
		t.Errorf("JSON lists not in the definition's order (by ID): %v", ids)
	}
	want := map[string]int{"vserossiiskaya-politicheskaya-pa-2": 112, "politicheskaya-partiya-ldpr-libe": 47, "politicheskaya-partiya-kommunist-2": 43, "politicheskaya-partiya-spravedli": 23}
	for id, n := range want {
		if seats[id] != n {
			t.Errorf("%s: %d seats, want %d", id, seats[id], n)
		}
	}
}
