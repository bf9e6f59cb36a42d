package ingest

import (
	"bytes"
	"os"
	"testing"
)

// BenchmarkDraftWide drafts a mapping of Hamburg's 2025 file of 512
// columns (23 rows, synthetic-edited): every sum of two columns the
// draft looks for was tried against every column, on every choice, and
// the draft took 13 s of CPU (the page's would hang).
func BenchmarkDraftWide(b *testing.B) {
	data, err := os.ReadFile("../testdata/ingest/real/SYNTHETIC-EDITED-de-hh-bue2025-23rows.csv")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := DraftMapping(bytes.NewReader(data), "hh.csv"); err != nil {
			b.Fatal(err)
		}
	}
}
