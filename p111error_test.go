package shailoo_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Mexico's INE quick count of 2018 (3 casillas) mapped as a draft once
// proposed it: the 9 parties, the 12 combinations of the coalitions'
// parties AND the candidates' totals (RAC, JAMK, AMLO, each the sum of
// its parties and combinations), so every vote counted twice, with TOTAL
// the ballots found. Each casilla's votes pass its ballots (P111): the
// figures cannot all be right, nor the seat decided on them, so P111 is
// an error (it was a warning: the seat decided, exit 0).
func TestP111IsAnError(t *testing.T) {
	const mapping = `{"provenance": "preliminary", "skip_rows": 1, "delimiter": "|",
 "precinct": {"columns": ["iD_ESTADO", "ID_DISTRITO_FEDERAL", "SECCION", "TIPO_CASILLA", "ID_CASILLA", "EXT_CONTIGUA"]},
 "ballot": "list", "lines": {"voters": "LISTA_NOMINAL", "invalid": "NULOS", "found_stationary": "TOTAL"},
 "votes": {"pan": "PAN", "pri": "PRI", "prd": "PRD", "pvem": "PVEM", "pt": "PT", "mc": "MC", "panal": "PANAL", "morena": "MORENA", "pes": "PES",
  "pan-prd-mc": "PAN_PRD_MC", "pan-prd": "PAN_PRD", "pan-mc": "PAN_MC", "prd-mc": "PRD_MC", "pri-pvem-panal": "PRI_PVEM_PANAL", "pri-pvem": "PRI_PVEM",
  "pri-panal": "PRI_PANAL", "pvem-panal": "PVEM_PANAL", "pt-morena-pes": "PT_MORENA_PES", "pt-morena": "PT_MORENA", "pt-pes": "PT_PES", "morena-pes": "MORENA_PES",
  "cnr": "CNR", "rac": "RAC", "jamk": "JAMK", "amlo": "AMLO", "jhrc": "JHRC"}}`
	const rules = `{"format": 1, "id": "one-seat", "version": "1", "name": "one seat to the most votes",
 "seats": {"list": 1}, "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "tie": "lots", "women_quota": "0"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "found_stationary", "invalid", "valid"]}}`
	m := readMapping(t, mapping)
	def, notes, err := ingest.Define(m, "mx.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/ingest/real/mx2018-remesa-head3.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(def, readRulesText(t, rules), []shailoo.CSVInput{{Name: "mx.txt", R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range res.Findings.Findings {
		if f.Code == validate.VotesOverFound {
			if n++; n == 1 && (f.Got != "775" || f.Want != "<= 394") {
				t.Errorf("the first P111: got %s, want %s; want 775, <= 394", f.Got, f.Want)
			}
			if f.Severity != validate.Error {
				t.Errorf("P111 at %s: severity %v, want error", f.Place.Precinct, f.Severity)
			}
		}
	}
	// (The first casilla: 775 votes summed, 381 of them twice, where 408
	// ballots were found and 14 invalid.)
	if n != 3 {
		t.Errorf("%d P111 findings, want 3 (one a casilla)", n)
	}
}
