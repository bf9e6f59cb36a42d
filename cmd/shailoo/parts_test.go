package main

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// skPart02e and skPart03f map Slovakia's tables 02e (the protocol lines)
// and 03f (the votes) of the same okrsky, each a part of the protocols.
const (
	skPart02e = `{"part": true, "precinct": {"columns": ["Kód obce", "Okrsok"]}, "region": "Názov okresu",
  "ballot": "okrug", "okrug_id": "Slovensko",
  "lines": {"voters": "Počet zapísaných voličov", "issued_in_room": "Počet zúčastnených voličov",
            "found_stationary": "Počet odovzdaných obálok", "valid": "Počet platných hlasov pre všetkých kandidátov"}}`
	skPart03f = `{"part": true, "layout": "long", "precinct": {"columns": ["Kód obce", "Okrsok"]}, "region": "Názov okresu",
  "ballot": "okrug", "okrug_id": "Slovensko",
  "choice_column": "Priezvisko", "votes_column": "Počet platných hlasov",
  "choice_values": {"Korčok": "korcok", "Pellegrini": "pellegrini"}}`
	skPartRules = `{"format": 1, "id": "sk-prez-k2", "version": "0",
  "name": "the candidate with more valid votes (a sketch for testing)",
  "seats": {"list": 0, "okrug_each": true},
  "okrug": {"against_all": "ignored", "tie": "lots"},
  "protocol": {"lines": ["voters", "issued_in_room", "found_stationary", "invalid", "valid"],
    "ballots": {"okrug": {"against_all": false}}}}`
)

// A protocol given in parts by two files is one protocol, for the command
// line as for the page: the same JSON, byte for byte, from wasm/api as
// from `shailoo count --format json`; a count that keeps nothing per
// precinct cannot join them, and says so.
func TestCountParts(t *testing.T) {
	f02e, f03f := repo+"testdata/ingest/real/sk-prez2024-k2-tab02e.csv", repo+"testdata/ingest/real/sk-prez2024-k2-tab03f.csv"
	m02e, m03f, rules := writeTemp(t, "sk-02e.json", skPart02e), writeTemp(t, "sk-03f.json", skPart03f), writeTemp(t, "rules.json", skPartRules)
	args := []string{"count", "--rules", rules, "--protocols", f02e, "--mapping", m02e, "--protocols", f03f, "--mapping", m03f}
	cliOut, errs, code := cli(t, append(args, "--format", "json")...)
	if code != exitOK || strings.Contains(cliOut, `"X207"`) || strings.Contains(cliOut, `"X229"`) {
		t.Fatalf("exit %d, want %d without X207 and X229\n%s", code, exitOK, errs)
	}
	// The definition is inferred from the part that gives the votes, not
	// from the first file's, which gives none.
	if !strings.Contains(cliOut, "inferred from the mapping "+m03f+": okrugs (districts) decided on the okrug ballot, each electing the seats of the rule set (okrug.seats), no party lists; 2 candidates") {
		t.Errorf("the definition is not inferred from the votes' part")
	}
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	src := api.Source{Rules: skPartRules, RulesName: rules, Protocols: []api.CSVFile{
		{Name: f02e, Text: read(f02e), Mapping: skPart02e, MappingName: m02e},
		{Name: f03f, Text: read(f03f), Mapping: skPart03f, MappingName: m03f}}}
	pageOut, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	if string(pageOut) != cliOut {
		t.Errorf("the page's count differs from the command line's (%d against %d bytes)", len(pageOut), len(cliOut))
	}
	if _, errs, code := cli(t, append(args, "--totals-only")...); code != exitUsage || !strings.Contains(errs, `"part": true`) {
		t.Errorf("--totals-only: exit %d, want %d saying why\n%s", code, exitUsage, errs)
	}
	if out, errs, code := cli(t, "export", "--table", "protocols", "--rules", rules, "--protocols", f02e, "--mapping", m02e, "--protocols", f03f, "--mapping", m03f); code != exitOK ||
		!strings.Contains(out, "528595 / 1,Bratislava I,Slovensko,false,okrug,false,not_given,1291,,971,,,,,971,,967,") {
		t.Errorf("export of the joined protocols: exit %d\n%.600s\n%s", code, out, errs)
	}
}
