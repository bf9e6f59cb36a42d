package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

const (
	// fiRowNames maps Finland's 2012 presidential file by its header, the
	// rows' names (R's write.table) before the first name.
	fiRowNames = `{"delimiter": "\t", "row_names": true, "precinct": "Aluenumero", "region": "Vaalipiiri", "ballot": "okrug", "okrug_id": "Suomi",
  "lines": {"voters": "2.K Äänioikeutettuja", "valid": "2.K Ääniä yhteensä"},
  "votes": {"haavisto": "2.K Pekka Haavisto ääniä", "niinisto": "2.K Sauli Niinistö ääniä"}}`
	fiRules = `{"format": 1, "id": "fi-pres-k2-sketch", "version": "0", "name": "one nationwide okrug, plurality (a sketch for testing)",
  "seats": {"list": 0, "okrug_each": true}, "okrug": {"against_all": "ignored", "tie": "lots"},
  "protocol": {"ballots": {"okrug": {"against_all": false}}, "lines": ["voters", "valid"]}}`
	// xkValue maps Deçan's file (Kosovo 2019), which names its
	// municipality nowhere, by a precinct's value.
	xkValue = `{"layout": "long", "precinct": {"value": "Deçan"}, "region_id": "Deçan", "ballot": "list", "thousands": ".",
  "choice_column": "Subjekti Politik", "votes_column": "Numri i votave",
  "choice_values": {"119. AAK-PSD KOALICIONI 100% KOSOVË": "aak", "134. LIDHJA DEMOKRATIKE E KOSOVËS": "ldk",
    "126. LËVIZJA VETËVENDOSJE!": "lvv", "112. PARTIA DEMOKRATIKE E KOSOVËS": "pdk",
    "122. NISMA SOCIALDEMOKRATE – ALEANCA KOSOVA E RE – PARTIA E DREJTËSISË": "nisma",
    "113. PARTIA E ASHKALINJËVE PËR INTEGRIM": "113", "111. PARTIA LIBERALE EGJIPTIANE": "111",
    "116. PARTIA DEMOKRATIKE E ASHKANLIVE TË KOSOVËS": "116", "125. FJALA": "125", "129. PARTIA EUROATLANTIKE E KOSOVËS": "129",
    "117. POKRET ZA GORA": "117", "133. GRAÐANSKA İNİCİJATİVA GORE": "133", "118. NOVA DEMOKRATSKA STRANKA": "118",
    "135. SRPSKA LISTA": "135", "128. PARTIA ROME E BASHKUAR E KOSOVËS": "128", "114. STRANKA DEMOKRATSKE AKCIJE": "114",
    "131. INICIATIVA E RE DEMOKRATIKE E KOSOVËS": "131", "115. PARTIJA KOSOVSKIH SRBA": "115", "120. SLOBODA": "120",
    "121. SAMOSTALNA LIBERALNA STRANKA": "121", "124. KOALICIJA VAKAT": "124", "132. ESMIR KASI": "132",
    "123. JEDINSTVENA GORANSKA PARTIJA": "123", "127. KOSOVA DEMOKRATIK TÜRK PARTISI": "127", "130. KOSOVAKI NEVI ROMANI PARTIA": "130"}}`
	xkRules = `{"format": 1, "id": "xk-sketch", "version": "0", "name": "100 list seats, 5% of the votes, Sainte-Laguë (a sketch for testing)",
  "seats": {"list": 100}, "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "sainte_lague"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`
)

// Finland's file with row_names and Deçan's with a precinct's value count
// the same for the command line as for the page (wasm/api): the same
// JSON, byte for byte: Niinistö's 266,485 (174,534 in Helsinki, 1,685
// in Askola, 90,266 in Espoo) against Haavisto's 225,479; the AAK's 9,269
// and the LDK's 3,431 in Deçan.
func TestCountRowNamesAndPrecinctValue(t *testing.T) {
	for _, c := range []struct {
		name, file, mapping, rules string
		want                       *regexp.Regexp
	}{
		{"fi", "fi-pres2012-k2-kunnat.csv", fiRowNames, fiRules, regexp.MustCompile(`"leader": "niinisto",\s*"leader_votes": 266485,\s*"runner_up": "haavisto",\s*"runner_up_votes": 225479,`)},
		{"xk", "xk-2019-decan-raw.csv", xkValue, xkRules, regexp.MustCompile(`"id": "aak",\s*"name": "[^"]*",\s*"votes": 9269,[\s\S]*"id": "ldk",\s*"name": "[^"]*",\s*"votes": 3431,`)},
	} {
		t.Run(c.name, func(t *testing.T) {
			file := repo + "testdata/ingest/real/" + c.file
			mapping, rules := writeTemp(t, c.name+".json", c.mapping), writeTemp(t, "rules.json", c.rules)
			cliOut, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", mapping, "--format", "json")
			if code == exitUsage {
				t.Fatalf("exit %d\n%s", code, errs)
			}
			if !c.want.MatchString(cliOut) {
				t.Errorf("no %s in\n%.3000s", c.want, cliOut)
			}
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src := api.Source{Rules: c.rules, RulesName: rules, Protocols: []api.CSVFile{{Name: file, Text: string(text), Mapping: c.mapping, MappingName: mapping}}}
			pageOut, err := api.Count(src)
			if err != nil {
				t.Fatal(err)
			}
			if string(pageOut) != cliOut {
				t.Errorf("the page's count differs from the command line's (%d against %d bytes)", len(pageOut), len(cliOut))
			}
		})
	}
	// Without row_names the page refuses the Finnish file as the command
	// line does.
	text, _ := os.ReadFile(repo + "testdata/ingest/real/fi-pres2012-k2-kunnat.csv")
	bad := strings.Replace(fiRowNames, `"row_names": true, `, "", 1)
	if _, err := api.Count(api.Source{Rules: fiRules, RulesName: "rules.json", Protocols: []api.CSVFile{{Name: "fi.csv", Text: string(text), Mapping: bad, MappingName: "m.json"}}}); err == nil {
		t.Error("the page counts the file without row_names")
	}
}
