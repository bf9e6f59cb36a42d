package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExportKeptMatchesSecondReading: the protocols table written from
// the rows kept during the count (export.Kept, shailoo.Options.EachRow)
// is the table of a second reading of the CSV files, byte for byte (CSV;
// JSON Lines and Parquet too for the synthetic election), with the same
// exit status:
// for a synthetic election with a fault of every kind planted and machine
// counts; for several files with unreadable rows skipped, a duplicate, a
// row of an unknown precinct, a row that contradicts an earlier one of
// its precinct and machine counts (a file of them, and a machine column),
// and with a precinct defined twice; for an election whose precincts are
// learnt from the files; for the head of the real 2011 Duma file (a long
// file). With --totals-only no row is kept (the count keeps nothing per
// precinct, its memory flat: the files are read again), nor where the
// count reads the files whole (no precincts defined and --skip-bad-rows).
func TestExportKeptMatchesSecondReading(t *testing.T) {
	dir := t.TempDir()
	syn := filepath.Join(dir, "synth")
	_, serr, code := cli(t, "synth", "--precincts", "400", "--faults", "--machine", "--out", syn)
	require.Equal(t, exitOK, code, serr)
	synth := []string{"--election", filepath.Join(syn, "election.json"),
		"--protocols", filepath.Join(syn, "list.csv"), "--mapping", filepath.Join(syn, "list-mapping.json"),
		"--protocols", filepath.Join(syn, "okrug.csv"), "--mapping", filepath.Join(syn, "okrug-mapping.json")}

	small := filepath.Join("..", "..", "testdata", "ingest")
	csvText, err := os.ReadFile(filepath.Join(small, "small-protocols.csv"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(csvText)), "\n")
	header := lines[0]
	write := func(name string, rows ...string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(header+"\n"+strings.Join(rows, "\n")+"\n"), 0o644))
		return p
	}
	// A row with a cell that is not a number; 1001's list protocol again
	// (a duplicate); a precinct the election does not define; 1002 in
	// another region (contradicting its rows of this file).
	notNumber := strings.Replace(lines[3], ",1153,", ",many,", 1)
	unknown := strings.Replace(lines[5], "1003,", "9001,", 1)
	conflict := strings.Replace(lines[4], "1002,north,", "1002,south,", 1)
	good := write("good.csv", lines[1:7]...)
	bad := write("bad.csv", append([]string{notNumber, lines[1], unknown, lines[3], conflict}, lines[7:]...)...)
	machine := write("machine.csv", lines[1:5]...)
	mapping := filepath.Join(small, "small-mapping.json")
	var m map[string]any
	b, err := os.ReadFile(mapping)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &m))
	m["machine"] = true
	machineMapping := filepath.Join(dir, "machine-mapping.json")
	writeTestJSON(t, machineMapping, m)
	// The machine count of a row as a column.
	delete(m, "machine")
	m["machine_column"] = "Machine"
	columnMapping := filepath.Join(dir, "column-mapping.json")
	writeTestJSON(t, columnMapping, m)
	col := []string{header + ",Machine"}
	for i, l := range lines[1:] {
		col = append(col, l+","+[]string{"0", "1"}[i%3/2])
	}
	column := filepath.Join(dir, "column.csv")
	require.NoError(t, os.WriteFile(column, []byte(strings.Join(col, "\n")+"\n"), 0o644))

	var e map[string]any
	b, err = os.ReadFile(filepath.Join(small, "small-election.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &e))
	// Precinct 2001 defined twice, first elsewhere.
	e["precincts"] = append([]any{map[string]any{"id": "2001", "region": "north", "okrug": "1"}}, e["precincts"].([]any)...)
	twice := filepath.Join(dir, "twice.json")
	writeTestJSON(t, twice, e)
	delete(e, "precincts")
	delete(e, "protocols")
	noPrecincts := filepath.Join(dir, "no-precincts.json")
	writeTestJSON(t, noPrecincts, e)

	election := filepath.Join(small, "small-election.json")
	files := []string{"--protocols", good, "--mapping", mapping, "--protocols", bad, "--mapping", mapping,
		"--protocols", machine, "--mapping", machineMapping, "--protocols", column, "--mapping", columnMapping}
	for _, c := range []struct {
		name string
		args []string
		kept bool // the rows were kept (else the files were read again: --totals-only, or the count read them whole)
	}{
		{"synth", synth, true},
		{"files", append([]string{"--election", election, "--skip-bad-rows"}, files...), true},
		{"files/totals-only", append([]string{"--election", election, "--skip-bad-rows", "--totals-only"}, files...), false},
		{"files/defined-twice", append([]string{"--election", twice, "--skip-bad-rows"}, files...), true},
		{"files/strict", append([]string{"--election", election}, files[:4]...), true},
		{"learnt", append([]string{"--election", noPrecincts}, files[:4]...), true},
		{"learnt/totals-only", append([]string{"--election", noPrecincts, "--totals-only", "--skip-bad-rows"}, files...), false},
		{"whole", append([]string{"--election", noPrecincts, "--skip-bad-rows"}, files...), false},
		{"duma", []string{"--rules", "../../examples/duma2011/rules.json", "--protocols", "../../testdata/ingest/duma2011-head.csv",
			"--mapping", "../../examples/duma2011/mapping.json"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			formats := []string{"csv"}
			if c.name == "synth" {
				formats = append(formats, "jsonl", "parquet")
			}
			for _, format := range formats {
				export := func(second bool) ([]byte, int, int) {
					defer func(s bool) { secondReading = s }(secondReading)
					secondReading = second
					kept := -1
					defer func(f func(int)) { keptReplayed = f }(keptReplayed)
					keptReplayed = func(n int) { kept = n }
					out := filepath.Join(dir, c.name[:strings.IndexByte(c.name+"/", '/')]+"."+format)
					_, serr, code := cli(t, append([]string{"export", "--table", "protocols", "--format", format, "--out", out}, c.args...)...)
					require.NotEqual(t, exitUsage, code, serr)
					b, err := os.ReadFile(out)
					require.NoError(t, err)
					return b, code, kept
				}
				want, wantCode, n := export(true)
				require.Equal(t, -1, n, "rows replayed on a second reading")
				got, gotCode, n := export(false)
				require.Equal(t, wantCode, gotCode)
				if c.kept {
					require.Greater(t, n, 0, "rows kept")
				} else {
					require.Equal(t, -1, n, "rows replayed when the count read the files whole")
				}
				if !bytes.Equal(want, got) {
					if format == "csv" {
						require.Equal(t, string(want), string(got), "the table of the kept rows and of a second reading")
					}
					t.Fatalf("%s: the table of the kept rows and of a second reading differ", format)
				}
				if format == "csv" {
					require.Greater(t, bytes.Count(got, []byte{'\n'}), 3, "rows")
				}
			}
		})
	}
}

func writeTestJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(name, b, 0o644))
}
