package main

import (
	"strings"
	"testing"
)

// A JSON file given where a table of protocols goes is said to be JSON,
// with what is read instead, by count and by mapping draft (both said
// only "extraneous or missing \" in quoted-field" of a tester's PEI 2019
// results scraped as JSON).
func TestJSONGivenAsCSV(t *testing.T) {
	file := writeTemp(t, "pei-election-results.json", `{"1":{"A":{"Liberal":"467","PC":"684","Green":"365"},"1":{"Liberal":"53","PC":"114","Green":"84"}}}`)
	mapping := writeTemp(t, "m.json", `{"layout": "long", "precinct": {"columns": ["district", "poll"]}, "okrug": "district", "ballot": "okrug",
		"choice_column": "party", "votes_column": "votes", "choice_values": {"Green": "green", "Liberal": "liberal", "PC": "pc"}}`)
	for _, args := range [][]string{
		{"count", "--rules", repo + "examples/fptp/rules.json", "--protocols", file, "--mapping", mapping},
		{"mapping", "draft", file},
	} {
		_, errs, code := cli(t, args...)
		if code != exitUsage || !strings.Contains(errs, "pei-election-results.json:1: this file is JSON, not CSV") || !strings.Contains(errs, "--election FILE.json") {
			t.Errorf("%s: exit %d\n%s", args[0], code, errs)
		}
	}
	_, errs, _ := cli(t, "count", "--lang", "ru", "--rules", repo+"examples/fptp/rules.json", "--protocols", file, "--mapping", mapping)
	if !strings.Contains(errs, "этот файл — JSON, а не CSV") {
		t.Errorf("count --lang ru:\n%s", errs)
	}
}
