package main

import (
	"strconv"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/shailoo/shailoo/interop/export"
)

// BenchmarkParquetValues: a page of Values of an integer column, by the
// column's template and by parquet-go's constructors (what the template
// trick saves a cell).
func BenchmarkParquetValues(b *testing.B) {
	def := make([]byte, parquetPage)
	xs := make([]int64, parquetPage)
	ss := make([]string, parquetPage)
	for i := range def {
		def[i] = byte(i % 3 & 1)
		xs[i] = int64(i * 7)
		ss[i] = strconv.Itoa(i)
	}
	vs := make([]parquet.Value, parquetPage)
	for _, fast := range []bool{true, false} {
		name := "constructors"
		if fast {
			name = "template"
		}
		b.Run("int/"+name, func(b *testing.B) {
			m := newValueMaker(export.Int, 1)
			m.fast = m.fast && fast
			for b.Loop() {
				m.ints(vs, def, xs)
			}
		})
		b.Run("string/"+name, func(b *testing.B) {
			m := newValueMaker(export.String, 1)
			m.fast = m.fast && fast
			for b.Loop() {
				m.strings(vs, def, ss)
			}
		})
	}
}
