package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/shailoo/shailoo/datasets"
)

// Every command that reads the embedded dataset reads the one the process
// shares (datasets.KG2021Shared, without a copy), so none may change it:
// after each command, on its own and with protocols, ballots and
// annulments added, the dataset's election still has its known hash.
func TestSharedDatasetUnchanged(t *testing.T) {
	dir := t.TempDir()
	csvDir := filepath.Join(dir, "synth")
	if _, errs, code := cli(t, "synth", "--precincts", "40", "--out", csvDir); code != exitOK {
		t.Fatalf("synth: exit %d: %s", code, errs)
	}
	runs := [][]string{
		{"count"},
		{"count", "--format", "json"},
		{"count", "--annul", "precinct:1001"},
		{"count", "--rules", "kg2025"},
		{"check"},
		{"whatif", "--set", "list.women_quota_rounding=up"},
		{"verify", "--published", repo + "testdata/published/kg2021-portal-140.json"},
		{"export", "--table", "protocols", "--out", filepath.Join(dir, "p.csv")},
		{"export", "--table", "totals", "--format", "jsonl", "--out", filepath.Join(dir, "t.jsonl")},
		{"forensics", "--draws", "20", "--out", filepath.Join(dir, "f")},
		{"count", "--protocols", filepath.Join(csvDir, "list.csv"), "--mapping", filepath.Join(csvDir, "list-mapping.json")},
		{"synth", "--precincts", "10", "--copies", "3", "--out", filepath.Join(dir, "s2")},
	}
	for _, args := range runs {
		_, _, code := cli(t, args...)
		if code == exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
		d, err := datasets.KG2021Shared()
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(d.Election)
		if err != nil {
			t.Fatal(err)
		}
		if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != datasets.KG2021ElectionSHA256 {
			t.Fatalf("after %v the shared dataset changed", args)
		}
	}
}
