package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"unsafe"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/snappy"

	"github.com/shailoo/shailoo/interop/export"
)

// parquetSink is an export.Sink writing Parquet (Snappy, the codec DuckDB,
// pandas and R all read): every column is optional (null where the table
// has nil), strings as UTF-8 byte arrays, integers as INT64, booleans as
// BOOLEAN. Parquet orders a group's columns by name. It lives here, not in
// package export, so that the page's WebAssembly build, which may import
// export, brings in no Parquet library.
//
// Rows are kept by column: each value goes straight into its column's
// slice, as the file stores it, with no row to take apart again. Every
// parquetGroup rows make a row group, encoded and compressed on a
// goroutine of its own (one per core) while the next rows are read; the
// groups are committed to the file in order.
type parquetSink struct {
	out   io.Writer
	w     *parquet.Writer
	idx   []int           // column of the table → leaf column index
	nulls []parquet.Value // column of the table → its null value
	cols  [][]parquet.Value
	rows  int
	// groups holds the row groups being encoded, oldest first; free, the
	// column buffers to reuse.
	groups []*parquetGroupJob
	free   [][][]parquet.Value
}

// parquetGroupJob is one row group being encoded.
type parquetGroupJob struct {
	rg   *parquet.ConcurrentRowGroupWriter
	cols [][]parquet.Value
	done chan error
}

// parquetGroup is the number of rows of a row group; parquetPage, of a
// data page within it.
const (
	parquetGroup = 1 << 13
	parquetPage  = 1 << 12
)

func (p *parquetSink) Begin(cols []export.Column) error {
	g := parquet.Group{}
	for _, c := range cols {
		var n parquet.Node
		switch c.Kind {
		case export.Int:
			n = parquet.Int(64)
		case export.Bool:
			n = parquet.Leaf(parquet.BooleanType)
		default:
			n = parquet.String()
		}
		if _, dup := g[c.Name]; dup {
			return fmt.Errorf("export: column %q twice", c.Name)
		}
		g[c.Name] = parquet.Optional(n)
	}
	schema := parquet.NewSchema("shailoo", g)
	p.idx = make([]int, len(cols))
	p.nulls = make([]parquet.Value, len(cols))
	for i, c := range cols {
		leaf, ok := schema.Lookup(c.Name)
		if !ok {
			return fmt.Errorf("export: column %q not in the Parquet schema", c.Name)
		}
		p.idx[i] = leaf.ColumnIndex
		p.nulls[i] = parquet.NullValue().Level(0, 0, leaf.ColumnIndex)
	}
	p.w = parquet.NewWriter(p.out, schema, parquet.Compression(&snappy.Codec{}))
	p.cols = p.columns()
	return nil
}

// columns returns empty column buffers, reused when one is free.
func (p *parquetSink) columns() [][]parquet.Value {
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		return c
	}
	c := make([][]parquet.Value, len(p.idx))
	for i := range c {
		c[i] = make([]parquet.Value, 0, parquetGroup)
	}
	return c
}

func (p *parquetSink) Row(vals []any) error {
	if p.w == nil || len(vals) != len(p.idx) {
		return errors.New("export: a Parquet row before Begin, or of the wrong width")
	}
	for i, v := range vals {
		c := p.idx[i]
		var pv parquet.Value
		switch x := v.(type) {
		case nil:
			p.cols[c] = append(p.cols[c], p.nulls[i])
			continue
		case string:
			// The writer copies the bytes into its column buffer: the
			// string's own bytes, never written to, need no copy here.
			pv = parquet.ByteArrayValue(unsafe.Slice(unsafe.StringData(x), len(x)))
		case int64:
			pv = parquet.Int64Value(x)
		case bool:
			pv = parquet.BooleanValue(x)
		default:
			return fmt.Errorf("export: value of type %T", v)
		}
		p.cols[c] = append(p.cols[c], pv.Level(0, 1, c))
	}
	if p.rows++; p.rows == parquetGroup {
		return p.flush()
	}
	return nil
}

// flush hands the rows to a goroutine that encodes them as a row group,
// after committing the oldest group when as many are in flight as there
// are cores.
func (p *parquetSink) flush() error {
	if p.rows == 0 {
		return nil
	}
	for len(p.groups) >= runtime.GOMAXPROCS(0) {
		if err := p.commit(); err != nil {
			return err
		}
	}
	j := &parquetGroupJob{rg: p.w.BeginRowGroup(), cols: p.cols, done: make(chan error, 1)}
	go func() {
		j.done <- encodeGroup(j.rg, j.cols)
	}()
	p.groups = append(p.groups, j)
	p.cols, p.rows = p.columns(), 0
	return nil
}

// encodeGroup writes the columns of a row group, a page of rows at a time.
func encodeGroup(rg *parquet.ConcurrentRowGroupWriter, cols [][]parquet.Value) error {
	ws := rg.ColumnWriters()
	for c, vs := range cols {
		for len(vs) > 0 {
			n := min(len(vs), parquetPage)
			if _, err := ws[c].WriteRowValues(vs[:n]); err != nil {
				return err
			}
			vs = vs[n:]
		}
	}
	return rg.Flush()
}

// commit waits for the oldest row group and writes it to the file.
func (p *parquetSink) commit() error {
	j := p.groups[0]
	p.groups = p.groups[1:]
	err := <-j.done
	if err == nil {
		_, err = j.rg.Commit()
	}
	for i := range j.cols {
		clear(j.cols[i]) // no byte slices kept alive
		j.cols[i] = j.cols[i][:0]
	}
	p.free = append(p.free, j.cols)
	return err
}

func (p *parquetSink) End() error {
	if p.w == nil {
		return errors.New("export: a Parquet sink never begun")
	}
	err := p.flush()
	for len(p.groups) > 0 {
		if e := p.commit(); err == nil {
			err = e
		}
	}
	if err != nil {
		return err
	}
	return p.w.Close()
}
