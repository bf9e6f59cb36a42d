package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/interop/export"
)

// runExport writes a table of the count: the protocols (one row each), the
// totals per level, or the findings, as CSV, JSON Lines or Parquet. Its
// exit status is the count's (countStatus), so that a table of a count
// with error findings or a provisional result is never taken for a clean
// one.
func runExport(args []string, stdout, stderr io.Writer) int {
	var in inputs
	var table, out string
	fs := newFlags("export", "export --table protocols|totals|findings [--format csv|jsonl|parquet] [--out FILE] [count flags]", stderr)
	in.register(fs)
	f := fs.Lookup("format")
	f.Usage = "table format: csv, jsonl or parquet"
	f.DefValue = "csv"
	_ = f.Value.Set("csv")
	fs.StringVar(&table, "table", "", "the table: protocols (one row per protocol: lines, votes, provenance, a column per finding code), totals (per level) or findings (required)")
	fs.StringVar(&out, "out", "", "write the table to FILE (default: standard output)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	format := in.format
	in.format = "text"
	switch table {
	case export.TableProtocols, export.TableTotals, export.TableFindings:
	default:
		fmt.Fprintf(stderr, "shailoo export: --table %q: want protocols, totals or findings\n", table)
		return exitUsage
	}
	switch format {
	case "csv", "jsonl", "parquet":
	default:
		fmt.Fprintf(stderr, "shailoo export: --format %q: want csv, jsonl or parquet\n", format)
		return exitUsage
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	// Every finding is counted in its protocol's row, not the first
	// validate.MaxListed of a code.
	l.opts.AllFindings = l.opts.AllFindings || table == export.TableProtocols
	files := append([]shailoo.CSVInput(nil), l.files...)
	// The protocols table keeps the rows of the files as the count reads
	// them, to write them once its findings are final (writeProtocols);
	// but not with --totals-only, whose count keeps per protocol its
	// precinct's ID alone so that its memory stays small: the files are
	// read again.
	var kept *export.Kept
	if table == export.TableProtocols && len(files) > 0 && !l.opts.TotalsOnly && !secondReading {
		kept = export.NewKept(l.election.Precincts)
		l.opts.EachRow = kept.Keep
	}
	res, err := l.count()
	if err != nil {
		return fail(stderr, err)
	}

	w := stdout
	if out != "" {
		file, err := os.Create(out)
		if err != nil {
			return fail(stderr, err)
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var sink export.Sink
	switch format {
	case "csv":
		sink = export.NewCSV(bw)
	case "jsonl":
		sink = export.NewJSONL(bw)
	default:
		sink = &parquetSink{out: bw}
	}
	switch table {
	case export.TableTotals:
		err = export.WriteTotals(sink, res)
	case export.TableFindings:
		err = export.WriteFindings(sink, res.Findings)
	default:
		err = writeProtocols(sink, l, files, res, kept)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fail(stderr, err)
	}
	writeRowNotes(stderr, stderr, in.lang, "table", res.Notes)
	return countStatus(res)
}

// secondReading makes the export read the CSV files a second time
// instead of keeping their rows during the count (tests compare the two).
var secondReading bool

// keptReplayed, when set (by tests), is told how many kept rows the
// protocols table was written from.
var keptReplayed func(rows int)

// writeProtocols writes the protocols of the election file, then those of
// the CSV files: from the rows kept during the count (kept), or, when the
// count gave it none (it read the files whole: shailoo.Options.EachRow),
// from the files read a second time. The table is the same either way.
func writeProtocols(sink export.Sink, l *loaded, files []shailoo.CSVInput, res *shailoo.Result, kept *export.Kept) error {
	if len(files) == 0 {
		return export.WriteProtocols(sink, l.election, res)
	}
	t, err := export.NewProtocols(l.election, res)
	if err != nil {
		return err
	}
	if err := sink.Begin(t.Columns()); err != nil {
		return err
	}
	defined := l.election.Precincts
	// The index of the definition's precincts, for its own protocols and
	// a second reading only.
	var table *dense.Precincts
	if len(l.election.Protocols) > 0 || kept.Total() == 0 {
		table = dense.NewPrecincts(defined)
	}
	// The definition of a precinct's ID (the first, should it define one
	// twice: the validator reports that), or -1.
	def := func(slot int32) int {
		if slot < 0 || int(slot) >= table.Defined {
			return -1
		}
		return int(table.First[slot])
	}
	for i := range l.election.Protocols {
		p := &l.election.Protocols[i]
		var pr election.Precinct
		if j := def(table.Find(p.Precinct)); j >= 0 {
			pr = defined[j]
		}
		row, err := t.Row(p, pr)
		if err != nil {
			return err
		}
		if err := sink.Row(row); err != nil {
			return err
		}
	}
	lookup := func(cell []byte) (string, int) {
		id, slot := table.Lookup(cell)
		return id, def(int32(slot))
	}
	cs, typed := sink.(export.CellSink)
	for i, f := range files {
		var write func(row *ingest.Row) error
		if typed {
			cells, err := t.DenseCells(f.Mapping.Layout(), l.election.Precincts)
			if err != nil {
				return err
			}
			write = func(row *ingest.Row) error {
				c, err := cells(row)
				if err != nil {
					return err
				}
				return cs.Cells(c)
			}
		} else {
			dense, err := t.Dense(f.Mapping.Layout(), l.election.Precincts)
			if err != nil {
				return err
			}
			write = func(row *ingest.Row) error {
				vals, err := dense(row)
				if err != nil {
					return err
				}
				return sink.Row(vals)
			}
		}
		if kept.Total() > 0 {
			if keptReplayed != nil && i == 0 {
				keptReplayed(kept.Total())
			}
			if err := kept.Replay(i, f.Mapping.Layout(), write); err != nil {
				return err
			}
			continue
		}
		r, err := os.Open(f.Name)
		if err != nil {
			return err
		}
		// The file itself, with no buffer of ours: ScanRows reads it
		// in chunks larger than its own buffer, which go straight in.
		// The rows are those the count counted: the same options.
		_, err = ingest.ScanRows(r, f.Name, f.Mapping, ingest.Options{Lenient: l.opts.SkipBadRows, CheckConflicts: !l.opts.TotalsOnly, Concurrent: true, Precinct: lookup},
			write)
		r.Close()
		if err != nil {
			return err
		}
	}
	return sink.End()
}
