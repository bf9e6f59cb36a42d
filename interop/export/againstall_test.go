package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/interop/nisterr"
)

// Nigeria's FCT councillor ballot has no "against all" (the real file,
// a row per ward and party): the totals table has no against_all row,
// where it had one of 0 per ward and for the nation, and the JSON's
// okrugs and totals no against_all, its okrugs' steps no "against all:
// 0 votes", and the NIST export no shailoo-against-all-votes: a figure
// the ballot does not have. Each ward's outcome is on a row of its own. (kg2021's tables,
// whose ballots have it, are TestTablesOfKG2021's, unchanged.)
func TestNoAgainstAllOnTheBallot(t *testing.T) {
	const name = "ng-fct2026-councillor-ward.csv"
	b, err := os.ReadFile("../../testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "ward_name", "okrug": "ward_name", "region": "lga_name",
  "ballot": "okrug", "choice_column": "party_code", "votes_column": "votes",
  "choice_values": {"A": "a", "ADC": "adc", "ADP": "adp", "APC": "apc", "APGA": "apga", "APM": "apm", "NNPP": "nnpp", "PDP": "pdp", "SDP": "sdp", "ZLP": "zlp"}}`), "ward.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "ward.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rules, err := shailoo.ReadRules(f, "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var tot bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&tot), res); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&tot).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	outcomes := map[string]string{}
	for _, r := range rows[1:] {
		if r[4] == "against_all" {
			t.Errorf("%v: a ballot without against all has no such figure", r)
		}
		if r[3] == "outcome" {
			outcomes[r[1]] = r[8]
		}
	}
	if len(outcomes) != 3 || outcomes["GWAKO"] != "elected" {
		t.Errorf("outcome rows %v, want the 3 wards elected", outcomes)
	}

	j, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Okrugs []map[string]any `json:"okrugs"`
		Totals map[string]any   `json:"totals"`
		Steps  []struct {
			Kind string `json:"kind"`
		} `json:"steps"`
	}
	if err := json.Unmarshal(j, &back); err != nil {
		t.Fatal(err)
	}
	for _, o := range back.Okrugs {
		if _, ok := o["against_all"]; ok {
			t.Errorf("okrug %v: against_all on a ballot without it", o["okrug"])
		}
	}
	// Nor the totals, nor a step "against all: 0 votes (rule ignored)",
	// nor the NIST export's extension.
	if _, ok := back.Totals["against_all"]; ok || len(back.Totals) == 0 {
		t.Errorf("totals %v: against_all on a ballot without it", back.Totals)
	}
	for _, s := range back.Steps {
		if s.Kind == "against_all" {
			t.Errorf("a step of against all on a ballot without it")
		}
	}
	for _, o := range res.Okrugs {
		for _, s := range o.Steps {
			if s.Kind == "against_all" {
				t.Errorf("okrug %s: a step of against all on a ballot without it", o.Okrug)
			}
		}
	}
	var nist bytes.Buffer
	if err := nisterr.Write(&nist, res, nisterr.Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(nist.String(), nisterr.AgainstAllVotesKey) {
		t.Errorf("the NIST export gives %s on a ballot without it", nisterr.AgainstAllVotesKey)
	}
	// Read back, it is written the same.
	var again shailoo.Result
	if err := json.Unmarshal(j, &again); err != nil {
		t.Fatal(err)
	}
	j2, err := json.Marshal(&again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(j, j2) {
		t.Errorf("the Result read back is written otherwise")
	}
}
