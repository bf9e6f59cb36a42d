package shailoo

import (
	"bytes"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/inputs"
	"github.com/shailoo/shailoo/words"
)

// learnPrecincts lets CountCSV stream files whose definition lists no
// precincts (a commission's file counted with a definition inferred from
// its mapping) instead of reading them whole into maps (mergeCSV): it
// reads each file's bytes once, learns the precincts from their key cells
// alone (precinct, region, okrug, abroad; the figures are not parsed),
// and returns def with those precincts (and, when def has none, the
// regions the cells name), the files to read again from the bytes kept,
// the index of those precincts when learning them built it (or nil),
// and the note mergeCSV would have added about the regions (or "").
//
// The precincts are mergeCSV's: in first-seen order, the first file that
// names a precinct giving its region, okrug and abroad flag, an empty one
// filled in from a later row of the file. ok is false, and the files are
// to be read by mergeCSV, when the result could differ from its: with
// SkipBadRows (a row skipped there names no precinct), or when this
// reading fails (a read error, a row that is not CSV: mergeCSV reports it
// as it always has). Rows that contradict each other (ingest.ErrConflict)
// are not looked for here: the count's own reading reports them, at the
// same row, as ReadCSV would.
//
// Each file's SHA-256 is computed from the bytes kept, beside the reading
// (sums[i] gives it once done; nil when the file could not be read), so
// that the count's reading of those bytes does not hash them again.
func learnPrecincts(def *election.Election, files []CSVInput, o Options) (learnt *election.Election, again []CSVInput, sums []*inputs.AsyncHash, table *dense.Precincts, note string, ok bool) {
	again = slices.Clone(files)
	sums = make([]*inputs.AsyncHash, len(files))
	if o.SkipBadRows {
		return nil, again, sums, nil, "", false
	}
	e := *def
	e.Precincts = nil
	var known map[string]bool // the IDs of e.Precincts, from the second file on
	failed := false
	for i, f := range files {
		sum := inputs.HashPieces(o.newSHA256())
		b, err := readAll(f.R, sum)
		if err != nil {
			sum.Sum() // ends its goroutine

			failing, w := io.Pipe() // a reader that gives err once b is read
			w.CloseWithError(err)
			again[i].R = io.MultiReader(bytes.NewReader(b), failing)
			failed = true
			continue
		}
		again[i].R = ingest.NewBytesReader(b) // read again without a copy
		sums[i] = sum
		if failed {
			continue
		}
		ps := make([]election.Precinct, 0, bytes.Count(b, []byte{'\n'}))
		m, opt := f.Mapping, ingest.Options{Concurrent: true, PrecinctsOnly: true}
		if m.Shape == "long" {
			m, opt.PrecinctsOnly = keyColumns(m), false
		}
		_, err = ingest.ScanRows(ingest.NewBytesReader(b), f.Name, m, opt,
			func(row *ingest.Row) error {
				ps = append(ps, row.Precinct)
				return nil
			})
		if err != nil {
			failed = true
			continue
		}
		ps, t := mergeRows(ps)
		if len(e.Precincts) == 0 { // the first file: its IDs are unique
			e.Precincts, table = ps, t
			continue
		}
		if known == nil {
			known = make(map[string]bool, len(e.Precincts))
			for _, p := range e.Precincts {
				known[p.ID] = true
			}
		}
		for _, p := range ps {
			if !known[p.ID] {
				known[p.ID] = true
				e.Precincts = append(e.Precincts, p)
			}
		}
	}
	if failed {
		return nil, again, sums, nil, "", false
	}
	n := len(e.Precincts)
	e.Precincts = withProtocolPrecincts(e.Precincts, def.Protocols)
	if table == nil || table.Defined != len(e.Precincts) || len(e.Precincts) != n {
		table = nil // the first file's table indexes other precincts
	}
	if len(e.Regions) == 0 {
		e.Regions = regionsOf(e.Precincts)
		if len(e.Regions) > 0 {
			note = regionsLearnt(len(e.Regions))
		}
	}
	return &e, again, sums, table, note, true
}

// withProtocolPrecincts returns ps with, after them, a precinct (its ID
// alone) for each precinct that protocols of the definition name and ps
// lack: the precincts of ballots counted from cast-vote records
// (internal/loader), learnt from the ballots as those of the files are
// from the files.
func withProtocolPrecincts(ps []election.Precinct, protocols []election.Protocol) []election.Precinct {
	if len(protocols) == 0 {
		return ps
	}
	known := make(map[string]bool, len(ps))
	for _, p := range ps {
		known[p.ID] = true
	}
	for i := range protocols {
		if id := protocols[i].Precinct; !known[id] {
			known[id] = true
			ps = append(ps, election.Precinct{ID: id})
		}
	}
	return ps
}

// mergeRows returns the precincts of a file's rows (one per row, in file
// order) as ReadCSV keeps them: one per ID, in first-seen order, an empty
// region or okrug filled in from a later row. The IDs are told apart by a
// dense.Precincts table, not a map: the rows of a commission's file name
// each precinct once, and then the rows are the precincts.
//
// When each row names a precinct of its own, the table is returned too (a
// count of those precincts need not build it again); otherwise nil.
func mergeRows(rows []election.Precinct) ([]election.Precinct, *dense.Precincts) {
	t := dense.NewPrecincts(rows)
	if t.Defined == len(rows) {
		return rows, t
	}
	out := make([]election.Precinct, t.Defined)
	for s := range out {
		out[s] = rows[t.First[s]]
	}
	for _, r := range rows {
		p := &out[t.Find(r.ID)]
		if p.Region == "" {
			p.Region = r.Region
		}
		if p.Okrug == "" {
			p.Okrug = r.Okrug
		}
	}
	return out, nil
}

// keyColumns is m with one figure column (a mapping must map one) and the
// columns that place a row: reading a long file with it reads what
// learnPrecincts needs (a wide file is read with ingest's PrecinctsOnly).
func keyColumns(m ingest.Mapping) ingest.Mapping {
	k := m
	k.Lines, k.Votes, k.Preferences = nil, nil, nil
	for _, l := range slices.Sorted(maps.Keys(m.Lines)) {
		k.Lines = map[election.Line]ingest.Column{l: m.Lines[l]}
		return k
	}
	for _, id := range slices.Sorted(maps.Keys(m.Votes)) {
		k.Votes = map[string]ingest.Column{id: m.Votes[id]}
		return k
	}
	return m
}

// readAll is io.ReadAll, reading a file of known size into one buffer,
// and handing each piece read to sum (which may be nil), so that the file
// is hashed while the rest of it is read.
func readAll(r io.Reader, sum *inputs.AsyncHash) ([]byte, error) {
	const piece = 1 << 20
	size := 512
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() > 0 && st.Size() < 1<<40 {
			size = int(st.Size()) + 1 // + 1: the end seen without growing
		}
	}
	b := make([]byte, 0, size)
	for {
		if len(b) == cap(b) {
			// A new array: the pieces handed to sum stay as they are.
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):min(cap(b), len(b)+piece)])
		sum.Add(b[len(b) : len(b)+n])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// regionsLearnt is the note of a count whose n regions are learnt from
// the files' region cells.
func regionsLearnt(n int) string {
	return words.Say("en", "note.regions_learnt", words.Args{"n": strconv.Itoa(n)})
}
