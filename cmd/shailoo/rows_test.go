package main

import (
	"os"
	"strings"
	"testing"
)

// The README of examples/openelections runs as it says: the President
// counted from a file of five offices, the rows of the others left out and
// said, and the draft proposing the same filter.
func TestOpenElectionsExample(t *testing.T) {
	readme, err := os.ReadFile(repo + "examples/openelections/README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "shailoo count --rules examples/openelections/rules.json --protocols examples/openelections/precincts.csv --mapping examples/openelections/mapping.json"
	if !strings.Contains(string(readme), cmd) {
		t.Fatalf("the README no longer gives the command %q", cmd)
	}
	out, errs, code := cli(t, "count", "--rules", repo+"examples/openelections/rules.json", "--protocols", repo+"examples/openelections/precincts.csv",
		"--mapping", repo+"examples/openelections/mapping.json")
	if code != exitOK { // decided: a threshold of 0% needs no invalid or valid ballots, which the file lacks
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitOK, out, errs)
	}
	if !strings.Contains(out, "1 / 1 seats filled") || !strings.Contains(out, "John Roe: seats won: 1") {
		t.Errorf("the seat does not go to the most votes\n%s", out)
	}
	for _, want := range []string{"Jane Doe   1,830", "Pat Fry    171", "John Roe   2,022", "Write-ins  16",
		`precincts.csv: 34 of 58 rows left out by the mapping's row filter (office = "President"): not counted.`} {
		if !strings.Contains(out, want) {
			t.Errorf("the count lacks %q\n%s", want, out)
		}
		if !strings.Contains(string(readme), strings.TrimPrefix(want, "precincts.csv")) {
			t.Errorf("the README lacks %q", want)
		}
	}
	out, _, code = cli(t, "mapping", "draft", repo+"examples/openelections/precincts.csv")
	if code != exitOK || !strings.Contains(out, `"column": "office"`) || !strings.Contains(out, `\"President\", \"U.S. Senate\", \"State House\", \"Registered Voters\", \"Ballots Cast\"`) {
		t.Errorf("exit %d, draft\n%s", code, out)
	}
}
