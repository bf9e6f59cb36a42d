package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The README's flow, `mapping draft` then `count`, on a file of the 2011
// Duma (its head): the draft maps the absentee-certificate lines and says
// that the built-in rule sets lack them; counted under the built-in rule
// set the mapping fails with exit 2 and an error naming every such line,
// the rule set and the fix; counted under examples/duma2011's rule set it
// counts.
func TestDraftThenCount(t *testing.T) {
	file := repo + "testdata/ingest/duma2011-head.csv"
	out, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d\n%s", code, errs)
	}
	for _, want := range []string{`"lines.absentee_cancelled: column`, "the built-in rule sets (kg2021 and the others) do not declare it: count with --rules examples/duma2011/rules.json"} {
		if !strings.Contains(out, want) {
			t.Errorf("the draft does not say %q:\n%s", want, out)
		}
	}
	mapping := filepath.Join(t.TempDir(), "drafted.json")
	if err := os.WriteFile(mapping, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs, code = cli(t, "count", "--mapping", mapping, "--protocols", file)
	if code != exitUsage {
		t.Errorf("count under kg2021: exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{
		`lines.absentee_cancelled`, `unknown protocol line "absentee_cancelled" (and "absentee_issued",`, `the rule set "kg2021"`,
		"examples/duma2011/rules.json", "or delete them from the mapping",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("the error does not say %q:\n%s", want, errs)
		}
	}
	_, errs, code = cli(t, "count", "--rules", repo+"examples/duma2011/rules.json", "--mapping", mapping, "--protocols", file)
	if code == exitUsage {
		t.Errorf("count under examples/duma2011/rules.json: exit %d\n%s", code, errs)
	}
}

// A French file by polling station (testdata/ingest/real, Brest 2022)
// gives the blank and the null ballots apart: drafted, its invalid
// ballots are their sum, and counted, those who took part are the
// "Votants" the file gives, the blank ballots with them (the null ones
// alone were the participants short by every blank ballot), each total
// checked against the file's cells summed here.
func TestDraftThenCountFrench(t *testing.T) {
	file := repo + "testdata/ingest/real/fr-leg2022-brest-t1.csv"
	out, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("mapping draft: exit %d\n%s", code, errs)
	}
	var m struct {
		Lines map[string]any `json:"lines"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(m.Lines["invalid"]); got != "map[columns:[Blancs Nuls]]" {
		t.Fatalf("lines.invalid %s, want the sum of Blancs and Nuls:\n%s", got, out)
	}
	// The user confirms the guesses: the bureaux are named by their number.
	out = strings.Replace(out, `"precinct": "Bureau"`, `"precinct": "Numéro"`, 1)
	mapping := filepath.Join(t.TempDir(), "drafted.json")
	if err := os.WriteFile(mapping, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	// (Exit 1: the result is provisional, the draft's guesses not
	// confirmed.) The ballot has no "against all", as the rule set says:
	// under one that does not say so, its votes would be not given (X229).
	rules := writeTemp(t, "rules.json", `{"format": 1, "id": "fr-sketch", "version": "0", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`)
	out, errs, code = cli(t, "count", "--rules", rules, "--mapping", mapping, "--protocols", file, "--format", "json")
	if code != exitFindings || !strings.Contains(out, `"provisional": true`) {
		t.Fatalf("count: exit %d\n%s", code, errs)
	}
	var res struct {
		Totals struct {
			Precincts, Voters, Participants, Valid, Invalid int64
			NotEvaluated                                    []string `json:"not_evaluated"`
		}
		Findings struct {
			Findings     []any
			NotEvaluated []struct{ Code string } `json:"not_evaluated"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(string(data)))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var voters, voted, blank, null, valid int64
	for _, rec := range recs[1:] {
		for _, x := range []struct {
			col int
			sum *int64
		}{{6, &voters}, {7, &voted}, {8, &blank}, {9, &null}, {10, &valid}} {
			n, err := strconv.ParseInt(rec[x.col], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			*x.sum += n
		}
	}
	tot := res.Totals
	if tot.Precincts != int64(len(recs)-1) || tot.Voters != voters || tot.Invalid != blank+null || tot.Valid != valid || tot.Participants != voted {
		t.Errorf("totals %+v; want %d precincts, %d voters, invalid %d + %d, valid %d, %d who voted", tot, len(recs)-1, voters, blank, null, valid, voted)
	}
	if len(res.Findings.Findings) != 0 {
		t.Errorf("findings: %v", res.Findings.Findings)
	}
	for _, n := range res.Findings.NotEvaluated {
		if n.Code == "P103" || n.Code == "P106" {
			t.Errorf("%s not evaluated", n.Code)
		}
	}
}

// A total of a figure mapped to several columns that leaves int64 is an
// error naming the row and the figure's columns, as the sum of one row's
// cells is.
func TestCountSumPastInt64(t *testing.T) {
	dir := t.TempDir()
	mapping := filepath.Join(dir, "m.json")
	const m = `{"precinct": "p", "ballot": "list", "delimiter": ";", "lines": {"voters": "voters", "invalid": {"columns": ["blank", "null"]}, "valid": "valid"}, "votes": {"a": "a", "b": "b"}}`
	if err := os.WriteFile(mapping, []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ rows, want string }{
		{"1;100;5;9223372036854775000;90;50;40\n2;100;500;600;90;50;40\n", "p.csv:3:3: lines.invalid (columns 3 + 4): precinct \"2\""},
		{"1;100;5;9223372036854775807;90;50;40\n", "p.csv:2:3: lines.invalid (columns 3 + 4): number out of range: the sum of the cells of columns 3 \"blank\" + 4 \"null\""},
	} {
		file := filepath.Join(dir, "p.csv")
		if err := os.WriteFile(file, []byte("p;voters;blank;null;valid;a;b\n"+tc.rows), 0o644); err != nil {
			t.Fatal(err)
		}
		_, errs, code := cli(t, "count", "--mapping", mapping, "--protocols", file)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("exit %d, %s; want %q", code, errs, tc.want)
		}
	}
}
