package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A summary whose votes and valid ballots include ballots the protocols
// lack (Slovenia's 2024 summary counts the votes cast abroad and by post;
// a file of its districts does not): every published share is right for
// the published votes and valid ballots, so verify says that its gap from
// the recount follows from theirs (S317, a warning that names S302 and
// S318), not that the commission mis-rounded it (S301).
func TestVerifyShareFollowsVoteGap(t *testing.T) {
	csv := writeTemp(t, "okraji.csv", "Volilni okraj,Volilna enota,Glasovalo,Veljavne glasovnice,Neveljavne glasovnice,A,B\n"+
		"VO 1,VE 1,1010,1000,10,600,400\n"+
		"VO 2,VE 1,505,500,5,200,300\n")
	mapping := writeTemp(t, "map.json", `{"precinct": "Volilni okraj", "region": "Volilna enota", "ballot": "list",
 "lines": {"issued_in_room": "Glasovalo", "valid": "Veljavne glasovnice", "invalid": "Neveljavne glasovnice"},
 "votes": {"a": "A", "b": "B"}}`)
	const rules = `{"format": 1, "id": "two-lists", "version": "1", "name": "test: 2 seats, D'Hondt",
 "seats": {"list": 2}, "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "tie": "lots"},
 "protocol": {"ballots": {"list": {"against_all": false}}}` + "%s}"
	withRounding := writeTemp(t, "rules.json", strings.Replace(rules, "%s", `, "published": {"decimals": 2, "rounding": "half_up"}`, 1))
	// published: 870 / 1600 = 54.375%, 730 / 1600 = 45.625%; the
	// recount's 800 / 1500 = 53.33…%, 700 / 1500 = 46.66…%
	summary := writeTemp(t, "published.json", `{"election": "test", "source": "synthetic", "base": "valid", "valid": 1600,
 "lists": [{"id": "a", "name": "LIST A", "votes": 870, "percent": "54.38"}, {"id": "b", "name": "LIST B", "votes": 730, "percent": "45.63"}]}`)
	args := []string{"verify", "--protocols", csv, "--mapping", mapping, "--published", summary}
	out, errs, code := cli(t, append(args, "--rules", withRounding)...)
	if code != 1 || strings.Contains(out, "S301") || !strings.Contains(out, "S318") ||
		!strings.Contains(out, "List «LIST A»: published 54.38% is right for the published figures (100 × 870 / 1600 = 54.375), "+
			"but the recount's 100 × 800 / 1500 = 53.333333… rounds (half up, 2 decimals) to 53.33%: "+
			"the gap follows from the gap of the list's votes (S302) and the valid ballots (S318), not from rounding.") {
		t.Errorf("verify: exit %d\n%s\n%s", code, out, errs)
	}
	jout, _, _ := cli(t, append(args, "--rules", withRounding, "--format", "json")...)
	var rep struct {
		Findings []struct {
			Code    string   `json:"code"`
			Follows []string `json:"follows"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(jout), &rep); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range rep.Findings {
		if f.Code == "S317" {
			n++
			if strings.Join(f.Follows, ",") != "S302,S318" {
				t.Errorf("S317 follows %v, want S302, S318", f.Follows)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d S317 findings, want 2:\n%s", n, jout)
	}
	// Without published rules no percentage is compared: the new checks
	// of percentages are not evaluated either.
	plain := writeTemp(t, "rules-plain.json", strings.Replace(rules, "%s", "", 1))
	out, _, _ = cli(t, append(args, "--rules", plain)...)
	for _, c := range []string{"S316", "S317"} {
		if !strings.Contains(out, c+": the rule set gives no published rules") {
			t.Errorf("%s not said not evaluated:\n%s", c, out)
		}
	}
}
