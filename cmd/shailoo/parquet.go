package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync"
	"unsafe"

	"github.com/klauspost/compress/s2"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/snappy"

	"github.com/shailoo/shailoo/interop/export"
)

// parquetSink is an export.Sink writing Parquet: every column is optional
// (null where the table has nil), strings as UTF-8 byte arrays and
// booleans as BOOLEAN, compressed with Snappy (the codec DuckDB, pandas and
// R all read), integers as INT64 in the DELTA_BINARY_PACKED encoding,
// not compressed. Parquet orders a group's columns by name. It lives here,
// not in package export, so that the page's WebAssembly build, which may
// import export, brings in no Parquet library.
//
// Rows are kept by column, typed: each cell goes straight into its
// column's slice of int64s or strings, with a byte saying whether it is
// null (Cells takes a row of export.Cells, so that no value is boxed), and
// no parquet.Value is made on the goroutine that reads the rows. Every
// parquetGroup rows make a row group: a goroutine of its own (one per
// core) turns its columns into parquet.Values, parquetPage rows at a time
// (see valueMaker), and encodes and compresses them while the next rows
// are read; the groups are committed to the file in order, and their
// writers and column buffers are used again for the next groups.
type parquetSink struct {
	out   io.Writer
	w     *parquet.Writer
	idx   []int // column of the table → leaf column index
	kinds []export.Kind
	cols  []parquetColumn // by leaf column index
	rows  int             // rows of cols filled
	// ints and strs are the table's columns of each kind, for Cells.
	ints, strs []cellColumn
	// nulls holds a page of null Values per leaf column, for the pages
	// with no value (a list's columns on the okrug ballot's rows, ...);
	// the row groups' goroutines read it, never write it.
	nulls [][]parquet.Value
	// groups holds the row groups being encoded, oldest first; free, the
	// column buffers to reuse.
	groups []*parquetGroupJob
	free   [][]parquetColumn
	// rgs holds the row group writers committed, to reuse: a writer keeps
	// its column buffers, which a new one would allocate again (most of
	// what the export allocates, and so of its garbage collection).
	rgs []*parquet.ConcurrentRowGroupWriter
}

// cellColumn is a column of the table (cell) and its leaf column.
type cellColumn struct{ cell, leaf int }

// parquetColumn is a column of a row group, parquetGroup rows long: def[i]
// is 1 when row i has a value, 0 when it is null; the value is ints[i] (an
// integer, a boolean as 0 or 1) or strs[i], by the column's kind.
type parquetColumn struct {
	def  []byte
	ints []int64
	strs []string
}

// parquetGroupJob is one row group being encoded.
type parquetGroupJob struct {
	rg   *parquet.ConcurrentRowGroupWriter
	cols []parquetColumn
	rows int
	done chan error
}

// parquetGroup is the number of rows of a row group (a test makes it
// smaller, for many groups); parquetPage, the number of a column's
// Values made and handed to parquet-go at a time (which cuts the data
// pages by their size): a buffer of them, 24 bytes each, that stays in
// the core's first-level cache.
var parquetGroup = 1 << 13

const parquetPage = 1 << 10

func (p *parquetSink) Begin(cols []export.Column) error {
	g := parquet.Group{}
	for _, c := range cols {
		var n parquet.Node
		switch c.Kind {
		case export.Int:
			// Delta encoding packs the integers (votes, lines, finding
			// counts) into a few bits each: Snappy on top of that made the
			// file hardly smaller, for a good part of the encoding's time.
			n = parquet.Compressed(parquet.Encoded(parquet.Int(64), &parquet.DeltaBinaryPacked), &parquet.Uncompressed)
		case export.Bool:
			n = parquet.Leaf(parquet.BooleanType)
		default:
			n = parquet.String()
			if c.Name == "provenance" {
				// One value on every row (the election's): a dictionary
				// of one string, instead of the string on every row (to
				// copy, compare for the page's bounds and compress).
				n = parquet.Encoded(n, &parquet.RLEDictionary)
			}
		}
		if _, dup := g[c.Name]; dup {
			return fmt.Errorf("export: column %q twice", c.Name)
		}
		g[c.Name] = parquet.Optional(n)
	}
	schema := parquet.NewSchema("shailoo", g)
	p.idx = make([]int, len(cols))
	p.kinds = make([]export.Kind, len(cols))
	for i, c := range cols {
		leaf, ok := schema.Lookup(c.Name)
		if !ok {
			return fmt.Errorf("export: column %q not in the Parquet schema", c.Name)
		}
		p.idx[i] = leaf.ColumnIndex
		p.kinds[leaf.ColumnIndex] = c.Kind
		if c.Kind == export.String {
			p.strs = append(p.strs, cellColumn{i, leaf.ColumnIndex})
		} else {
			p.ints = append(p.ints, cellColumn{i, leaf.ColumnIndex})
		}
	}
	p.nulls = make([][]parquet.Value, len(cols))
	for c := range p.nulls {
		p.nulls[c] = make([]parquet.Value, parquetPage)
		for i := range p.nulls[c] {
			p.nulls[c][i] = parquet.NullValue().Level(0, 0, c)
		}
	}
	p.w = parquet.NewWriter(p.out, schema, parquet.Compression(&fastSnappy{}))
	p.cols = p.columns()
	return nil
}

// columns returns empty column buffers, reused when one is free.
func (p *parquetSink) columns() []parquetColumn {
	if n := len(p.free); n > 0 {
		c := p.free[n-1]
		p.free = p.free[:n-1]
		return c
	}
	c := make([]parquetColumn, len(p.idx))
	for i := range c {
		c[i].def = make([]byte, parquetGroup)
		if p.kinds[i] == export.String {
			c[i].strs = make([]string, parquetGroup)
		} else {
			c[i].ints = make([]int64, parquetGroup)
		}
	}
	return c
}

func (p *parquetSink) Row(vals []any) error {
	if p.w == nil || len(vals) != len(p.idx) {
		return errors.New("export: a Parquet row before Begin, or of the wrong width")
	}
	r := p.rows
	for i, v := range vals {
		c := &p.cols[p.idx[i]]
		var ok bool
		switch p.kinds[p.idx[i]] {
		case export.Int:
			c.ints[r], ok = v.(int64)
		case export.Bool:
			var x bool
			x, ok = v.(bool)
			c.ints[r] = int64(b2i(x))
		default:
			c.strs[r], ok = v.(string)
		}
		switch {
		case ok:
			c.def[r] = 1
		case v == nil:
			c.def[r] = 0
		default:
			return fmt.Errorf("export: value of type %T in a column of kind %d", v, p.kinds[p.idx[i]])
		}
	}
	return p.rowDone()
}

// Cells is Row for a row kept by kind (export.CellSink): no value is
// boxed or asserted.
func (p *parquetSink) Cells(c *export.Cells) error {
	if p.w == nil || len(c.Set) != len(p.idx) || len(c.Ints) != len(p.idx) || len(c.Strs) != len(p.idx) {
		return errors.New("export: a Parquet row before Begin, or of the wrong width")
	}
	// Only the cells with a value are written: def is 0 where a row group
	// begins (columns), and a null cell's value is left as it is, as
	// encodeGroup reads no value where def is 0. A column is null on all
	// the rows of a ballot (a list's votes on the okrug ballot's, the
	// candidates' on the list ballot's), so the branch is foreseen, and
	// those columns' memory is not touched.
	r := p.rows
	for _, k := range p.ints {
		if c.Set[k.cell] {
			col := &p.cols[k.leaf]
			col.def[r], col.ints[r] = 1, c.Ints[k.cell]
		}
	}
	for _, k := range p.strs {
		if c.Set[k.cell] {
			col := &p.cols[k.leaf]
			col.def[r], col.strs[r] = 1, c.Strs[k.cell]
		}
	}
	return p.rowDone()
}

// rowDone counts a row, and flushes a full row group.
func (p *parquetSink) rowDone() error {
	if p.rows++; p.rows == parquetGroup {
		return p.flush()
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
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
	var rg *parquet.ConcurrentRowGroupWriter
	if n := len(p.rgs); n > 0 {
		rg, p.rgs = p.rgs[n-1], p.rgs[:n-1]
	} else {
		rg = p.w.BeginRowGroup()
	}
	j := &parquetGroupJob{rg: rg, cols: p.cols, rows: p.rows, done: make(chan error, 1)}
	go func() {
		j.done <- encodeGroup(j.rg, j.cols, j.rows, p.kinds, p.nulls)
	}()
	p.groups = append(p.groups, j)
	p.cols, p.rows = p.columns(), 0
	return nil
}

// encodeGroup writes the columns of a row group, a page of rows at a time,
// as parquet.Values made in a buffer that is reused, or nulls[c] for a page
// of column c with no value.
func encodeGroup(rg *parquet.ConcurrentRowGroupWriter, cols []parquetColumn, rows int, kinds []export.Kind, nulls [][]parquet.Value) error {
	ws := rg.ColumnWriters()
	buf := make([]parquet.Value, parquetPage)
	defer clear(buf) // no byte slices kept alive
	for c := range cols {
		col := &cols[c]
		m := newValueMaker(kinds[c], c)
		for start := 0; start < rows; start += parquetPage {
			end := min(rows, start+parquetPage)
			vs := buf[:end-start]
			switch {
			case bytes.IndexByte(col.def[start:end], 1) < 0:
				vs = nulls[c][:end-start]
			case kinds[c] == export.String:
				m.strings(vs, col.def[start:end], col.strs[start:end])
			default:
				m.ints(vs, col.def[start:end], col.ints[start:end])
			}
			if _, err := ws[c].WriteRowValues(vs); err != nil {
				return err
			}
		}
	}
	return rg.Flush()
}

// valueMaker makes the parquet.Values of one optional column. A Value is
// made with parquet-go's constructors and Value.Level, which the compiler
// does not inline: a call per cell, for about a hundred million cells. So
// when valueWords found where a Value keeps its 8-byte words, and the
// column's template Values check out against the constructors (make),
// a cell's Value is its column's template with its integer, or its
// string's pointer and length, put in place.
type valueMaker struct {
	kind        export.Kind
	column      int
	null, value parquet.Value // value: the template of a non-null cell
	yes, no     parquet.Value // a Bool column's two values
	fast        bool
}

func newValueMaker(kind export.Kind, column int) *valueMaker {
	m := &valueMaker{kind: kind, column: column, null: parquet.NullValue().Level(0, 0, column)}
	switch kind {
	case export.Bool:
		m.yes, m.no = m.make(1, ""), m.make(0, "")
		return m
	case export.Int:
		m.value = m.make(0, "")
	default:
		m.value = m.make(0, "")
	}
	w := valueWords()
	m.fast = w.ok && parquetTemplates
	for _, x := range []int64{1, -1, 1 << 40, -7 << 50} {
		s := "?" + strconv.FormatInt(x, 10)
		m.fast = m.fast && m.fastValue(x, s) == m.make(x, s)
	}
	return m
}

// make is a cell's Value by the constructors: x for an Int or Bool
// column, s for a String one.
func (m *valueMaker) make(x int64, s string) parquet.Value {
	switch m.kind {
	case export.Int:
		return parquet.Int64Value(x).Level(0, 1, m.column)
	case export.Bool:
		return parquet.BooleanValue(x != 0).Level(0, 1, m.column)
	}
	// The writer copies the bytes into its column buffer: the string's
	// own bytes, never written to, need no copy.
	return parquet.ByteArrayValue(unsafe.Slice(unsafe.StringData(s), len(s))).Level(0, 1, m.column)
}

// fastValue is a cell's Value by the template.
func (m *valueMaker) fastValue(x int64, s string) parquet.Value {
	v := m.value
	w := valueWords()
	if m.kind == export.String {
		*(**byte)(unsafe.Add(unsafe.Pointer(&v), w.ptr)) = unsafe.StringData(s)
		x = int64(len(s))
	}
	*(*int64)(unsafe.Add(unsafe.Pointer(&v), w.u64)) = x
	return v
}

// ints makes the Values of an Int or Bool column's cells.
func (m *valueMaker) ints(vs []parquet.Value, def []byte, xs []int64) {
	xs = xs[:len(def)]
	vs = vs[:len(def)]
	switch {
	case m.kind == export.Bool:
		for i, d := range def {
			switch {
			case d == 0:
				vs[i] = m.null
			case xs[i] != 0:
				vs[i] = m.yes
			default:
				vs[i] = m.no
			}
		}
	case m.fast:
		off := valueWords().u64
		for i, d := range def {
			if d == 0 {
				vs[i] = m.null
				continue
			}
			vs[i] = m.value
			*(*int64)(unsafe.Add(unsafe.Pointer(&vs[i]), off)) = xs[i]
		}
	default:
		for i, d := range def {
			if d == 0 {
				vs[i] = m.null
				continue
			}
			vs[i] = m.make(xs[i], "")
		}
	}
}

// strings makes the Values of a String column's cells.
func (m *valueMaker) strings(vs []parquet.Value, def []byte, ss []string) {
	ss = ss[:len(def)]
	vs = vs[:len(def)]
	w := valueWords()
	for i, d := range def {
		switch {
		case d == 0:
			vs[i] = m.null
		case m.fast:
			vs[i] = m.value
			p := unsafe.Pointer(&vs[i])
			*(**byte)(unsafe.Add(p, w.ptr)) = unsafe.StringData(ss[i])
			*(*int)(unsafe.Add(p, w.u64)) = len(ss[i])
		default:
			vs[i] = m.make(0, ss[i])
		}
	}
}

// parquetTemplates lets a test make the Values by the constructors only.
var parquetTemplates = true

// valueOffsets is where a parquet.Value keeps an int64 (or a byte array's
// length), u64, and a byte array's pointer, ptr: byte offsets, found by
// making Values and looking for what was put in; ok is false when they
// were not found (another parquet-go might keep them otherwise), and
// the Values are then made by the constructors.
type valueOffsets struct {
	u64, ptr uintptr
	ok       bool
}

var valueWords = sync.OnceValue(func() valueOffsets {
	const mark = 0x0123456789abcdef
	b := []byte("mark")
	iv := parquet.Int64Value(mark).Level(0, 1, 3)
	bv := parquet.ByteArrayValue(b).Level(0, 1, 3)
	size := unsafe.Sizeof(iv)
	var w valueOffsets
	found := 0
	for off := uintptr(0); off+8 <= size; off += 8 {
		if *(*uint64)(unsafe.Add(unsafe.Pointer(&iv), off)) == mark {
			w.u64 = off
			found++
		}
		if *(**byte)(unsafe.Add(unsafe.Pointer(&bv), off)) == &b[0] {
			w.ptr = off
			found++
		}
	}
	// The length of a byte array must be where an int64 is.
	w.ok = found == 2 && *(*uint64)(unsafe.Add(unsafe.Pointer(&bv), w.u64)) == uint64(len(b))
	return w
})

// commit waits for the oldest row group and writes it to the file.
func (p *parquetSink) commit() error {
	j := p.groups[0]
	p.groups = p.groups[1:]
	err := <-j.done
	if err == nil {
		// A committed row group writer is empty, and may be used again.
		if _, err = j.rg.Commit(); err == nil {
			p.rgs = append(p.rgs, j.rg)
		}
	}
	// Every cell null, for Cells. The strings are left: they are
	// written over as the buffers are used again, and they are the
	// election's IDs and a few rows' JSON objects, which keeping a
	// while longer costs less than clearing them.
	for i := range j.cols {
		clear(j.cols[i].def)
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

// fastSnappy is parquet-go's Snappy codec compressing with S2's fast
// Snappy encoder (its own takes the slower "better" one): the same
// format, which every reader reads.
type fastSnappy struct{ snappy.Codec }

func (*fastSnappy) Encode(dst, src []byte) ([]byte, error) { return s2.EncodeSnappy(dst[:0], src), nil }
