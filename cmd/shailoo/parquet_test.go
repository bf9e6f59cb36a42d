package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/interop/export"
)

// TestParquetMatchesCSV: the Parquet export of a table has the CSV
// export's columns and, cell by cell, its values (null where the CSV cell
// is empty), for the embedded kg2021 election (protocols in memory) and a
// synthetic one read from CSV files with a fault of every kind planted and
// machine counts (the protocols streamed a second time: finding columns,
// preferences, nulls).
//
// Row groups of 1,000 rows make the synthetic table several groups, so
// that the row group writers and the column buffers are used again.
func TestParquetMatchesCSV(t *testing.T) {
	defer func(n int) { parquetGroup = n }(parquetGroup)
	parquetGroup = 1000
	dir := t.TempDir()
	syn := filepath.Join(dir, "synth")
	_, serr, code := cli(t, "synth", "--precincts", "1500", "--faults", "--machine", "--out", syn)
	require.Equal(t, exitOK, code, serr)
	synth := []string{"--election", filepath.Join(syn, "election.json"),
		"--protocols", filepath.Join(syn, "list.csv"), "--mapping", filepath.Join(syn, "list-mapping.json"),
		"--protocols", filepath.Join(syn, "okrug.csv"), "--mapping", filepath.Join(syn, "okrug-mapping.json")}
	for _, c := range []struct {
		name  string
		table string
		args  []string
	}{
		{"kg2021", "protocols", nil},
		{"kg2021", "totals", nil},
		{"kg2021", "findings", nil},
		{"synth", "protocols", synth},
		{"synth", "findings", synth},
	} {
		t.Run(c.name+"/"+c.table, func(t *testing.T) {
			pq := filepath.Join(dir, c.name+"-"+c.table+".parquet")
			cs := filepath.Join(dir, c.name+"-"+c.table+".csv")
			_, e1, code1 := cli(t, append([]string{"export", "--table", c.table, "--format", "parquet", "--out", pq}, c.args...)...)
			_, e2, code2 := cli(t, append([]string{"export", "--table", c.table, "--format", "csv", "--out", cs}, c.args...)...)
			require.Equal(t, code2, code1, e1+e2)
			require.NotEqual(t, exitUsage, code1, e1)
			want := readCSV(t, cs)
			got := readParquet(t, pq, want[0])
			require.Equal(t, len(want), len(got)+1, "rows")
			for i, row := range got {
				for j, cell := range row {
					if cell != want[i+1][j] {
						t.Fatalf("row %d, column %s: Parquet %q, CSV %q", i+1, want[0][j], cell, want[i+1][j])
					}
				}
			}
			if c.name == "synth" && c.table == "protocols" {
				// The Values made by the constructors make the same file.
				parquetTemplates = false
				defer func() { parquetTemplates = true }()
				slow := filepath.Join(dir, "constructors.parquet")
				_, e, code := cli(t, append([]string{"export", "--table", c.table, "--format", "parquet", "--out", slow}, c.args...)...)
				require.Equal(t, code1, code, e)
				a, err := os.ReadFile(pq)
				require.NoError(t, err)
				b, err := os.ReadFile(slow)
				require.NoError(t, err)
				require.True(t, bytes.Equal(a, b), "the Parquet of the templates and of the constructors differ")

				require.Contains(t, want[0], "preferences")
				require.Greater(t, len(want), 3000)
				n := 0
				for _, h := range want[0] {
					if strings.HasPrefix(h, "finding_") {
						n++
					}
				}
				require.Greater(t, n, 10, "finding columns")
			}
		})
	}
}

func readCSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	return recs
}

// readParquet reads the rows of a Parquet file with parquet-go's reader,
// each cell as the CSV export writes it ("" for null), its columns in the
// order of header.
func readParquet(t *testing.T, name string, header []string) [][]string {
	t.Helper()
	f, err := os.Open(name)
	require.NoError(t, err)
	defer f.Close()
	st, err := f.Stat()
	require.NoError(t, err)
	pf, err := parquet.OpenFile(f, st.Size())
	require.NoError(t, err)
	cols := pf.Schema().Columns()
	require.Len(t, cols, len(header), "columns")
	at := map[string]int{}
	for i, h := range header {
		at[h] = i
	}
	place := make([]int, len(cols))
	for i, c := range cols {
		j, ok := at[c[0]]
		require.True(t, ok, "column %s not in the CSV", c[0])
		place[i] = j
	}
	r := parquet.NewReader(pf)
	defer r.Close()
	var out [][]string
	buf := make([]parquet.Row, 100)
	for {
		n, err := r.ReadRows(buf)
		for _, row := range buf[:n] {
			rec := make([]string, len(header))
			for _, v := range row {
				var s string
				switch {
				case v.IsNull():
				case v.Kind() == parquet.Int64:
					s = strconv.FormatInt(v.Int64(), 10)
				case v.Kind() == parquet.Boolean:
					s = strconv.FormatBool(v.Boolean())
				default:
					s = string(v.ByteArray())
				}
				rec[place[v.Column()]] = s
			}
			out = append(out, rec)
		}
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
	}
}

// TestParquetValuesByTemplate: with the parquet-go of go.mod, the
// Parquet writer makes its Values from templates (valueMaker.fast), and
// each is the Value parquet-go's constructors and Value.Level make, for
// integers at both ends of int64, empty and long strings and nulls. A
// parquet-go that keeps a Value otherwise fails here (the writer would
// then fall back to the constructors, slower).
func TestParquetValuesByTemplate(t *testing.T) {
	require.True(t, valueWords().ok, "where a parquet.Value keeps its words")
	long := strings.Repeat("ы", 5000)
	for _, k := range []export.Kind{export.Int, export.String, export.Bool} {
		for _, column := range []int{0, 1, 57, 4000} {
			m := newValueMaker(k, column)
			require.True(t, m.fast || k == export.Bool, "kind %d, column %d", k, column)
			xs := []int64{0, 1, -1, 255, 256, math.MaxInt64, math.MinInt64, 1}
			ss := []string{"", "a", "000001", long, "провенанс", "", "x", "y"}
			def := []byte{1, 1, 1, 0, 1, 1, 1, 0}
			vs := make([]parquet.Value, len(def))
			if k == export.String {
				m.strings(vs, def, ss)
			} else {
				m.ints(vs, def, xs)
			}
			for i, v := range vs {
				want := parquet.NullValue().Level(0, 0, column)
				if def[i] == 1 {
					want = m.make(xs[i], ss[i])
					if k == export.Bool {
						want = m.make(int64(b2i(xs[i] != 0)), "")
					}
				}
				require.True(t, v == want, "kind %d, column %d, cell %d: %#v, want %#v", k, column, i, v, want)
				require.Equal(t, def[i] == 0, v.IsNull())
			}
		}
	}
}
