package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// testdata/abroad/SYNTHETIC-learnt-okrugs.csv: okrug K2 is named by one
// row alone, of a precinct abroad, and candidate c gets votes in K1 only
// abroad (0 at home: an empty cell of a candidate of the okrug would be a
// figure not given, X229). Under okrug.abroad "counted" (examples/fptp) the okrugs learnt
// from the rows are K1 and K2 whether the file is streamed (a count) or
// read whole (a count with annulments, MergeCSVFor): K2 goes to c once b
// is annulled. The files read whole were merged as under "excluded"
// whatever the rule set said: K2 was not learnt, and its row was
// unplaced. Under "excluded" neither count learns K2. The page's JSON is
// the command line's, byte for byte, in each case.
func TestAbroadLearntOkrugsWhole(t *testing.T) {
	csv, mapping := repo+"testdata/abroad/SYNTHETIC-learnt-okrugs.csv", repo+"testdata/abroad/mapping-learnt.json"
	counted, err := os.ReadFile(repo + "examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	excluded := strings.Replace(string(counted), `"abroad": "counted"`, `"abroad": "excluded"`, 1)
	if excluded == string(counted) {
		t.Fatal(`examples/fptp/rules.json: no "abroad": "counted"`)
	}
	text, err := os.ReadFile(csv)
	if err != nil {
		t.Fatal(err)
	}
	mtext, err := os.ReadFile(mapping)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		rules, annul string
		code         int
		want         string // okrug:winner:votes, ...
	}{
		{string(counted), "", exitOK, "K1:a:12 K2:b:3"},
		{string(counted), "candidate:b", exitOK, "K1:a:12 K2:c:2"},
		// X214, an error: the okrug-ballot rows abroad are not counted.
		{excluded, "", exitFindings, "K1:b:11"},
		{excluded, "candidate:b", exitFindings, "K1:a:9"},
	} {
		name := fmt.Sprintf("counted, annul %q", c.annul)
		if c.rules == excluded {
			name = fmt.Sprintf("excluded, annul %q", c.annul)
		}
		rules := writeTemp(t, "rules.json", c.rules)
		args := []string{"count", "--format", "json", "--rules", rules, "--protocols", csv, "--mapping", mapping}
		if c.annul != "" {
			args = append(args, "--annul", c.annul)
		}
		out, errs, code := cli(t, args...)
		if code != c.code {
			t.Fatalf("%s: exit %d, want %d\n%s", name, code, c.code, errs)
		}
		src := api.Source{Rules: c.rules, RulesName: rules, Annul: c.annul,
			Protocols: []api.CSVFile{{Name: csv, Text: string(text), Mapping: string(mtext), MappingName: mapping}}}
		page, err := api.Count(src)
		if err != nil {
			t.Fatalf("%s: page: %v", name, err)
		}
		for who, text := range map[string]string{"command line": out, "page": string(page)} {
			if got := winners(t, text); got != c.want {
				t.Errorf("%s, %s: okrugs %s, want %s", name, who, got, c.want)
			}
		}
		// With annulments the page adds what they change ("annulled").
		if c.annul == "" && string(page) != out {
			t.Errorf("%s: the page's count differs from the command line's (%d against %d bytes)", name, len(page), len(out))
		}
	}
}

// winners says the okrugs of a count's JSON as okrug:winner:votes.
func winners(t *testing.T, text string) string {
	t.Helper()
	var res struct {
		Okrugs []struct {
			Okrug, Winner string
			LeaderVotes   int64 `json:"leader_votes"`
		}
	}
	if err := json.Unmarshal([]byte(text), &res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range res.Okrugs {
		got = append(got, fmt.Sprintf("%s:%s:%d", o.Okrug, o.Winner, o.LeaderVotes))
	}
	return strings.Join(got, " ")
}
