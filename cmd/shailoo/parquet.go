package main

import (
	"errors"
	"fmt"
	"io"
	"unsafe"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/snappy"

	"github.com/shailoo/shailoo/interop/export"
)

// parquetSink is an export.Sink writing Parquet (Snappy, the fastest codec DuckDB, pandas and R all read): every column is
// optional (null where the table has nil), strings as UTF-8 byte arrays,
// integers as INT64, booleans as BOOLEAN. Parquet orders a group's columns
// by name. It lives here, not in package export, so that the page's
// WebAssembly build, which may import export, brings in no Parquet library.
//
// Batches of rows are written by a goroutine of their own while the next
// batch is made (two batches of buffers, used in turn), so that encoding
// and compressing overlap with reading the protocols.
type parquetSink struct {
	out  io.Writer
	w    *parquet.Writer
	idx  []int // column of the table → leaf column index
	rows []parquet.Row
	buf  []parquet.Value // the values of rows, reused batch after batch
	// spare is the other batch's buffers; done carries the result of the
	// batch being written (nil channel: none is).
	spare    []parquet.Row
	spareBuf []parquet.Value
	done     chan error
}

// parquetBatch is how many rows are buffered before they are written.
const parquetBatch = 4096

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
	for i, c := range cols {
		leaf, ok := schema.Lookup(c.Name)
		if !ok {
			return fmt.Errorf("export: column %q not in the Parquet schema", c.Name)
		}
		p.idx[i] = leaf.ColumnIndex
	}
	p.w = parquet.NewWriter(p.out, schema, parquet.Compression(&snappy.Codec{}))
	return nil
}

func (p *parquetSink) Row(vals []any) error {
	if p.w == nil || len(vals) != len(p.idx) {
		return errors.New("export: a Parquet row before Begin, or of the wrong width")
	}
	n := len(p.rows) * len(vals)
	if cap(p.buf) < parquetBatch*len(vals) {
		p.buf = make([]parquet.Value, parquetBatch*len(vals))
	}
	row := parquet.Row(p.buf[n : n+len(vals) : n+len(vals)])
	for i, v := range vals {
		var pv parquet.Value
		def := 1
		switch x := v.(type) {
		case nil:
			pv, def = parquet.NullValue(), 0
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
		row[p.idx[i]] = pv.Level(0, def, p.idx[i])
	}
	p.rows = append(p.rows, row)
	if len(p.rows) >= parquetBatch {
		return p.flush()
	}
	return nil
}

// flush hands the batch to a writing goroutine, once the batch before it
// is written, and goes on with the other buffers.
func (p *parquetSink) flush() error {
	if err := p.wait(); err != nil {
		return err
	}
	rows := p.rows
	p.done = make(chan error, 1)
	go func(done chan<- error) {
		_, err := p.w.WriteRows(rows)
		done <- err
	}(p.done)
	p.rows, p.spare = p.spare[:0], rows
	p.buf, p.spareBuf = p.spareBuf, p.buf
	return nil
}

// wait waits for the batch being written, if any.
func (p *parquetSink) wait() error {
	if p.done == nil {
		return nil
	}
	err := <-p.done
	p.done = nil
	return err
}

func (p *parquetSink) End() error {
	if p.w == nil {
		return errors.New("export: a Parquet sink never begun")
	}
	if err := p.flush(); err != nil {
		return err
	}
	if err := p.wait(); err != nil {
		return err
	}
	return p.w.Close()
}
