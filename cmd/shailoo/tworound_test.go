package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The README of examples/two-round runs as it says: a majority of those
// who took part elects (1,060 of 2,100), short of it the first two go to a
// second round and no seat is filled, a tie for a place in it awaits lots
// (exit 1) or is drawn from a seed (exit 3); without the invalid ballots
// the base is not known and no district is decided (provisional).
func TestTwoRoundExample(t *testing.T) {
	readme, err := os.ReadFile(repo + "examples/two-round/README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "shailoo count --rules examples/two-round/rules.json --protocols examples/two-round/districts.csv --mapping examples/two-round/mapping.json"
	if !strings.Contains(string(readme), cmd) {
		t.Fatalf("the README no longer gives the command %q", cmd)
	}
	args := []string{"count", "--rules", repo + "examples/two-round/rules.json", "--protocols", repo + "examples/two-round/districts.csv",
		"--mapping", repo + "examples/two-round/mapping.json", "--format", "json"}
	type okrug struct {
		Okrug, Outcome, Winner string
		Runoff                 []string
	}
	count := func(want int, extra ...string) (okrugs map[string]okrug, provisional bool) {
		t.Helper()
		out, errs, code := cli(t, append(args, extra...)...)
		if code != want {
			t.Fatalf("%v: exit %d, want %d\n%s", extra, code, want, errs)
		}
		var res struct {
			Okrugs      []okrug
			Provisional bool
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		okrugs = map[string]okrug{}
		for _, o := range res.Okrugs {
			okrugs[o.Okrug] = o
		}
		return okrugs, res.Provisional
	}
	got, _ := count(exitFindings)
	if o := got["North"]; o.Outcome != "elected" || o.Winner != "asanov" {
		t.Errorf("North: %+v, want asanov elected", o)
	}
	if o := got["Centre"]; o.Outcome != "runoff" || o.Winner != "" || strings.Join(o.Runoff, ",") != "asanov,bekova" {
		t.Errorf("Centre: %+v, want a second round of asanov and bekova", o)
	}
	if o := got["South"]; o.Outcome != "runoff" || strings.Join(o.Runoff, ",") != "asanov" {
		t.Errorf("South: %+v, want asanov in the second round and a tie for the other place", o)
	}
	got, _ = count(exitDecided, "--lot-seed", "2026")
	if o := got["South"]; len(o.Runoff) != 2 || o.Runoff[0] != "asanov" {
		t.Errorf("South with lots: %+v", o)
	}

	mapping, err := os.ReadFile(repo + "examples/two-round/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(mapping, &m); err != nil {
		t.Fatal(err)
	}
	delete(m["lines"].(map[string]any), "invalid")
	noInvalid, _ := json.Marshal(m)
	path := filepath.Join(t.TempDir(), "m.json")
	if err := os.WriteFile(path, noInvalid, 0o644); err != nil {
		t.Fatal(err)
	}
	args[len(args)-3] = path
	got, provisional := count(exitFindings)
	for id, o := range got {
		if o.Outcome != "not_evaluated_majority_base" || o.Winner != "" {
			t.Errorf("%s without the invalid ballots: %+v, want not decided", id, o)
		}
	}
	if !provisional {
		t.Error("a result whose districts could not be decided is not provisional")
	}
}

// The NIST report of the example: the precincts' counts in their own
// district's contest (the candidates, learnt from the rows, stand in
// every district under one ID), the candidates of a second round
// advanced-to-runoff, a winner anywhere a winner.
func TestTwoRoundNIST(t *testing.T) {
	out, errs, code := cli(t, "count", "--rules", repo+"examples/two-round/rules.json", "--protocols", repo+"examples/two-round/districts.csv",
		"--mapping", repo+"examples/two-round/mapping.json", "--lot-seed", "2026", "--format", "nist-err")
	if code != exitDecided {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	var rep struct {
		Election []struct {
			Candidate []struct {
				ID     string `json:"@id"`
				Status string `json:"PostElectionStatus"`
			}
			Contest []struct {
				ID               string `json:"@id"`
				ContestSelection []struct {
					VoteCounts []struct{ GpUnitId string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "sel-okrug-North-against-all") {
		t.Error("an okrug ballot without against all has an against-all selection")
	}
	el := rep.Election[0]
	for _, c := range el.Contest {
		district, ok := strings.CutPrefix(c.ID, "contest-okrug-")
		if !ok {
			continue
		}
		for _, s := range c.ContestSelection {
			for _, v := range s.VoteCounts {
				if p, ok := strings.CutPrefix(v.GpUnitId, "gpu-precinct-"); ok && p[0] != district[0] {
					t.Errorf("contest %s holds the counts of precinct %s", c.ID, p)
				}
			}
		}
	}
	status := map[string]string{}
	for _, c := range el.Candidate {
		status[c.ID] = c.Status
	}
	if status["cand-asanov"] != "winner" || status["cand-bekova"] != "advanced-to-runoff" || status["cand-choroev"] != "defeated" {
		t.Errorf("statuses %v", status)
	}
}

// The NIST report of an election without a list tier reads back: verify
// against its own report finds nothing (exit 3: a lot decided a place).
func TestTwoRoundNISTVerifiesItself(t *testing.T) {
	args := []string{"--rules", repo + "examples/two-round/rules.json", "--protocols", repo + "examples/two-round/districts.csv",
		"--mapping", repo + "examples/two-round/mapping.json", "--lot-seed", "2026"}
	out, errs, code := cli(t, append([]string{"count", "--format", "nist-err"}, args...)...)
	if code != exitDecided {
		t.Fatalf("count: exit %d\n%s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, errs, code := cli(t, append([]string{"verify", "--published", path}, args...)...); code != exitDecided {
		t.Errorf("verify of its own report: exit %d\n%s\n%s", code, out, errs)
	}
}
