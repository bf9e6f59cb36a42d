package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// Arkansas's primaries of 2018 (OpenElections, Calhoun county), drafted
// and counted under a rule set of single-member districts, as the draft
// says: each party's primary for Governor elects its own, Henderson (DEM,
// 122) beside Hutchinson (REP, 504); drafted as one contest, Hutchinson
// alone was elected and the count exited 0.
func TestDraftThenCountPrimaries(t *testing.T) {
	file := repo + "testdata/ingest/real/us-ar-20180522-primary-calhoun-head.csv"
	draft, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d\n%s", code, errs)
	}
	if !strings.Contains(draft, "examples/fptp/rules.json") {
		t.Errorf("the draft does not say which rule set to count under:\n%s", draft)
	}
	out, errs, code := cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", file,
		"--mapping", writeTemp(t, "drafted.json", draft), "--format", "json")
	if code == exitUsage {
		t.Fatalf("count: exit %d\n%s", code, errs)
	}
	var res struct {
		Okrugs []struct {
			Okrug, Outcome, Winner string
			LeaderVotes            int64 `json:"leader_votes"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	winners := map[string]int64{}
	for _, o := range res.Okrugs {
		if o.Outcome == "elected" {
			winners[o.Winner] = o.LeaderVotes
		}
	}
	if len(res.Okrugs) != 2 || winners["jared-k-henderson"] != 122 || winners["governor-asa-hutchinson"] != 504 {
		t.Errorf("okrugs %+v; want 2, Henderson elected with 122, Hutchinson with 504", res.Okrugs)
	}
}
