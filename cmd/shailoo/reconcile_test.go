package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/internal/copies"
)

// TestSynthCopiesReconcile: synth --copies writes copies whose planted
// differences reconcile finds, one CSV row per planted figure (copies
// against the final version) and per version change (early against
// final); the same in every format, and exit 1.
func TestSynthCopiesReconcile(t *testing.T) {
	dir := t.TempDir()
	if out, errs, code := cli(t, "synth", "--out", dir, "--copies", "40", "--copy-faults", "0.5", "--seed", "3"); code != exitOK {
		t.Fatalf("synth: exit %d\n%s%s", code, out, errs)
	}
	b, err := os.ReadFile(filepath.Join(dir, "copies-manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m copies.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Copies != 40 || m.Faulty != 20 || len(m.CopyFaults) != 20 {
		t.Fatalf("manifest: %d copies, %d faulty, %d planted", m.Copies, m.Faulty, len(m.CopyFaults))
	}
	f := func(name string) string { return filepath.Join(dir, name) }
	args := []string{"reconcile", "--election", f("election.json"),
		"--source", "final=" + f("list.csv") + ":" + f("list-mapping.json") + "," + f("okrug.csv") + ":" + f("okrug-mapping.json"),
		"--source", "early=" + f("list-early.csv") + ":" + f("list-mapping.json") + "," + f("okrug-early.csv") + ":" + f("okrug-mapping.json"),
		"--source", "copies=" + f("copies"), "--no-impact"}
	out, errs, code := cli(t, append(args, "--format", "csv")...)
	if code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for src, ps := range map[string][]copies.Planted{"copies": m.CopyFaults, "early": m.VersionChanges} {
		for _, p := range ps {
			for _, c := range p.Changes {
				want[strings.Join([]string{p.Precinct, string(p.Ballot), c.Field, "final", itoa(c.Base), src, itoa(c.Other)}, "|")] = true
			}
		}
	}
	got := map[string]bool{}
	for _, r := range rows[1:] {
		if r[6] == "final" {
			got[strings.Join([]string{r[0], r[3], r[5], r[6], r[7], r[8], r[9]}, "|")] = true
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("planted, not in the CSV: %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("in the CSV, not planted: %s", k)
		}
	}
	for _, format := range []string{"text", "md", "json"} {
		if _, errs, code := cli(t, append(args, "--format", format)...); code != exitFindings {
			t.Errorf("--format %s: exit %d\n%s", format, code, errs)
		}
	}
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
