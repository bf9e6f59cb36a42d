package totalrows

import (
	"archive/zip"
	"encoding/csv"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo/internal/dense"
)

// BenchmarkFinder feeds the finder precinct rows shaped as the 2011 Duma
// file's (18 lines and 7 votes, no total), the cost a count pays per row.
func BenchmarkFinder(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	rows := make([]*dense.Protocol, 4096)
	for i := range rows {
		voters := int64(200 + r.IntN(2800))
		figs := make([]int64, 25)
		for j := range 18 {
			figs[j] = int64(r.IntN(int(voters)))
		}
		for j := 18; j < 25; j++ {
			figs[j] = int64(r.IntN(int(voters) / 3))
		}
		figs[0] = voters
		rows[i] = rowOf("p", 18, figs...)
	}
	b.ReportAllocs()
	for b.Loop() {
		var f Finder
		for i, d := range rows {
			f.Add(i+2, d, true)
		}
		if f.Totals() != nil {
			b.Fatal("a total in rows without one")
		}
	}
}

// duma2011 is the 2011 Duma file's rows (figures: columns 4-21 lines,
// 22-28 votes), from ../shared/data beside the repository, or nil.
func duma2011(tb testing.TB) []*dense.Protocol {
	tb.Helper()
	var zr *zip.ReadCloser
	for _, dir := range []string{"../../../shared/data", "../../shared/data"} {
		var err error
		if zr, err = zip.OpenReader(filepath.Join(dir, "ru-duma-2011.csv.zip")); err == nil {
			break
		}
	}
	if zr == nil {
		tb.Skip("ru-duma-2011.csv.zip not found in ../shared/data")
	}
	defer zr.Close()
	for _, f := range zr.File {
		if filepath.Ext(f.Name) != ".csv" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		defer r.Close()
		recs, err := csv.NewReader(r).ReadAll()
		if err != nil {
			tb.Fatal(err)
		}
		var rows []*dense.Protocol
		for _, rec := range recs[1:] {
			figs := make([]int64, 25)
			for j := range figs {
				if figs[j], err = strconv.ParseInt(rec[3+j], 10, 64); err != nil {
					tb.Fatal(err)
				}
			}
			rows = append(rows, rowOf(rec[0]+"/"+rec[2], 18, figs...))
		}
		return rows
	}
	tb.Fatal("no CSV file in ru-duma-2011.csv.zip")
	return nil
}

// BenchmarkFinder2011 feeds the finder the 2011 Duma file's 95,225 rows,
// in which it finds no total.
func BenchmarkFinder2011(b *testing.B) {
	rows := duma2011(b)
	b.ResetTimer()
	for b.Loop() {
		var f Finder
		for i, d := range rows {
			f.Add(i+2, d, true)
		}
		if got := f.Totals(); got != nil {
			b.Fatalf("%d totals in the 2011 file: %+v", len(got), got[0])
		}
	}
}
