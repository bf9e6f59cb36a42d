package shailoo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Sri Lanka's local authorities election of 2025 (each local authority
// its own contest): the Election Commission gives 008 twice with the
// same figures, once as "Maharagama  Urban Council" (two spaces). Named
// by code and name, the two rows were two precincts of okrug 008, and
// NPP's 40,890 votes were counted twice, 0 findings. Read with each run
// of spaces as one, they are one precinct given twice: X207, the
// result provisional.
func TestLK2025NameSpacedTwoWays(t *testing.T) {
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": {"columns": ["lg_code", "lg_name"]}, "okrug": "lg_code", "region": "district", "ballot": "okrug",
		"lines": {"voters": "electors", "found_stationary": "polled", "valid": "valid", "invalid": "rejected"},
		"votes": {"npp": "NPP", "sjb": "SJB", "unp": "UNP", "slpp": "SLPP"}, "empty_votes": "not_on_ballot"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res := ukCount(t, "lk-lg2025-wide-dup-008.csv", m)
	k := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.DuplicateProtocol })
	if k < 0 {
		t.Fatalf("no X207: %v", res.Findings.Findings)
	}
	if f := res.Findings.Findings[k]; f.Place.Precinct != "008 / Maharagama Urban Council" {
		t.Errorf("X207 at %+v", f.Place)
	}
	if !res.Provisional {
		t.Error("not provisional")
	}
}
