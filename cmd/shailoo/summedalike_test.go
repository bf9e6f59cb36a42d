package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A count whose "choice_rows": "sum" summed a total given under a
// precinct's name (Indiana's Ohio County, 2016: the county's President
// rows tagged with its last precinct) says so, finding I610 with both
// lines, rather than a doubled figure and no finding.
func TestCountSummedRowsAlike(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "in.csv")
	mapping := filepath.Join(dir, "in.json")
	write := func(name, s string) {
		if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(csv, "Ohio,RAN10,President,Donald Trump,40\nOhio,RAN10,President,Hillary Clinton,20\n"+
		"Ohio,RAN11,President,Donald Trump,45\nOhio,RAN11,President,Hillary Clinton,13\n"+
		"Ohio,RAN11,President,Donald Trump,85\nOhio,RAN11,President,Hillary Clinton,33\n")
	write(mapping, `{"layout": "long", "no_header": true, "region": {"column": 1}, "precinct": {"column": 2}, "okrug_id": "president", "ballot": "okrug",
		"choice_column": {"column": 4}, "votes_column": {"column": 5}, "choice_values": {"Donald Trump": "trump", "Hillary Clinton": "clinton"}, "choice_rows": "sum"}`)
	out, errs, _ := cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv, "--mapping", mapping)
	if !strings.Contains(out, "I610") || !strings.Contains(out, "rows 3 and 5 give a choice of one precinct with every cell the same but the figure") {
		t.Errorf("no I610 with rows 3 and 5:\n%s%s", out, errs)
	}
}
