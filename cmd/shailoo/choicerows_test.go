package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// dkRows maps Fanø's file (Denmark, municipal election 2021) by list: a
// list's votes are its "Listestemmer" row and each of its candidates'
// rows, all naming the list in Listenavn, summed ("choice_rows": "sum").
const (
	dkRows = `{"layout": "long", "delimiter": ";", "precinct": "Afstemningsområde", "ballot": "list",
  "choice_column": "Listenavn", "votes_column": "Stemmetal", "choice_rows": "sum",
  "choice_values": {"Socialdemokratiet": "a", "Radikale Venstre": "b", "Det Konservative Folkeparti": "c",
    "SF - Socialistisk Folkeparti": "f", "Fanø Lokalliste": "l", "Dansk Folkeparti": "o",
    "Venstre, Danmarks Liberale Parti": "v", "Enhedslisten - De Rød - Grønne": "oe", "Alternativet": "aa"}}`
	dkRowsRules = `{"format": 1, "id": "dk-kv-sketch", "version": "0", "name": "15 list seats by D'Hondt (a sketch for testing)",
  "seats": {"list": 15}, "threshold": {"percent": "0", "base": "valid", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`
)

// A long file whose choices' votes are summed over several rows counts
// the same for the command line as for the page: the same JSON, byte for
// byte, from wasm/api as from `shailoo count --format json`; without
// choice_rows both refuse the file at its second row of a list.
func TestCountChoiceRows(t *testing.T) {
	file := repo + "testdata/ingest/real/dk-kv2021-fanoe.csv"
	mapping, rules := writeTemp(t, "dk.json", dkRows), writeTemp(t, "rules.json", dkRowsRules)
	cliOut, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", mapping, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, want %d\n%s", code, exitOK, errs)
	}
	// Socialdemokratiet: 148 in Nordby and 42 in Sønderho.
	if !regexp.MustCompile(`"name": "Socialdemokratiet",\s*"votes": 190,`).MatchString(cliOut) {
		t.Errorf("no 190 votes of list a in\n%.2000s", cliOut)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := api.Source{Rules: dkRowsRules, RulesName: rules, Protocols: []api.CSVFile{{Name: file, Text: string(text), Mapping: dkRows, MappingName: mapping}}}
	pageOut, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	if string(pageOut) != cliOut {
		t.Errorf("the page's count differs from the command line's (%d against %d bytes)", len(pageOut), len(cliOut))
	}
	strict := strings.Replace(dkRows, `, "choice_rows": "sum"`, "", 1)
	if _, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", writeTemp(t, "strict.json", strict)); code == exitOK || !strings.Contains(errs, "dk-kv2021-fanoe.csv:3:") || !strings.Contains(errs, "a second row for the same protocol and choice") {
		t.Errorf("without choice_rows: exit %d, want line 3 refused\n%s", code, errs)
	}
	src.Protocols = []api.CSVFile{{Name: file, Text: string(text), Mapping: strict, MappingName: mapping}}
	if _, err := api.Count(src); err == nil || !strings.Contains(err.Error(), "a second row for the same protocol and choice") {
		t.Errorf("the page without choice_rows: %v, want line 3 refused", err)
	}
}
