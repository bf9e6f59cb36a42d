package shailoo

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/internal/inputs"
	"github.com/shailoo/shailoo/internal/parts"
	"github.com/shailoo/shailoo/internal/samerows"
	"github.com/shailoo/shailoo/internal/totalrows"
	"github.com/shailoo/shailoo/internal/zeroed"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// CSVInput is one protocols CSV file to count: its name (in errors and in
// the Result's inputs), its bytes and its column mapping.
type CSVInput struct {
	Name    string
	R       io.Reader
	Mapping ingest.Mapping
}

// checkFiles refuses a file without a reader, which no count can read.
func checkFiles(files []CSVInput) error {
	for i, f := range files {
		if f.R == nil {
			return fmt.Errorf("shailoo: CSV file %d (%q): nil reader", i+1, f.Name)
		}
	}
	return nil
}

// CountCSV counts the election def defines with its own protocols and the
// protocols of the CSV files, read in one pass, and returns the Result
// that CountWith gives for the merged election (what MergeCSV builds: def
// with the files' protocols appended in file order), without ever holding
// those protocols, except that each finding about a protocol read from a
// file names its file and row (Place.File, Place.Row: a protocol's own
// finding the row that gave it, and in a long file the row that gives the
// figure it is about; a cross-check the last row of the protocol's
// precinct, ballot and count; without o.TotalsOnly), and for one input: the Result's "election" input is
// the SHA-256 of def's JSON (as CountWith(def) gives it), and each file is
// named by the SHA-256 of its bytes, which anyone can recompute with
// sha256sum. The rows are not hashed a second time as JSON: at a million
// precincts that JSON would be larger than the files and cost a large
// part of the count.
//
// Each row goes through the same path as a protocol of CountWith: it is
// checked (validate.Stream) and summed (tally.Accumulator) as it is read.
// What a count keeps does not grow with the number of rows; per precinct
// it keeps what the cross-checks need (validate.Stream says what), and per
// precinct of each file the region, okrug and abroad flag its rows gave,
// to find rows that contradict each other (ingest.ErrConflict), as ReadCSV
// does. With o.TotalsOnly it keeps per protocol its precinct's ID alone:
// each protocol is checked on its own, a protocol given twice is found
// (validate.DuplicateProtocol), the other cross-checks are reported not
// evaluated, and rows are not compared with each other.
//
// Each file is added to the Result's inputs with the SHA-256 of the bytes
// read: in place of the first input of o.Inputs that has the file's name
// and no SHA256 (so that the caller chooses the order), or after them.
// With o.SkipBadRows an unreadable row becomes a finding
// (validate.UnreadableRow); otherwise it is the error, an
// *ingest.ParseError with its file, line and column.
//
// The precincts of the election are def's. When def lists none, they are
// learnt from the files (and, by ID alone, from def's own protocols: those
// counted from ballots), which must then be read whole first (MergeCSV),
// unless o.TotalsOnly: then each row's precinct is taken as its region,
// okrug and abroad cells say, Totals.Precincts stays 0, and a note says
// so. A key that rows of different files place in different okrugs (a
// voting place that serves several electorates, each file one's) is
// then a precinct of each okrug, its ID "<okrug> / <key>" (okrugScope),
// with a note; a definition that lists such a place once per okrug, so
// named, has each row that names the key and one of those okrugs counted
// as that okrug's precinct.
//
// When def lists no okrugs and no precincts and a file's mapping is of
// okrug ballots (a definition ingest.Define inferred from such a mapping),
// the okrugs are learnt from the files too, even with o.TotalsOnly: one
// per okrug cell in first-seen order, in the region of its rows, with the
// candidates (ingest.Choices) its rows give a figure for; a note says so.
// A rule set whose okrug seats are not those okrugs' (Rules.Seats: a
// number of okrug seats, or OkrugEach), or that settles an okrug's tie by
// registration order, which no file gives, is then an error wrapping
// ErrOkrugSeats.
//
// Files whose mappings say that each gives a part of a protocol
// (ingest.Mapping.Part) are read whole and counted as MergeCSV merges
// them, their parts joined; o.TotalsOnly is then an error.
func CountCSV(def *election.Election, r Rules, files []CSVInput, o Options) (*Result, error) {
	if def == nil {
		return nil, errors.New("shailoo: nil election")
	}
	if err := checkFiles(files); err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if len(o.Annul) > 0 {
		return nil, fmt.Errorf("shailoo: %w: annulments need the whole election (MergeCSV, then CountWith)", ErrAnnul)
	}
	// A mapping is read before the rule set is known: the lines it maps
	// are checked against the form here.
	for _, f := range files {
		if err := f.Mapping.CheckLines(r.Protocol.Known); err != nil {
			return nil, fmt.Errorf("shailoo: the mapping of %s: %w", f.Name, err)
		}
	}
	o.abroadCounted = r.Okrug.Abroad.Counted()
	if hasParts(files) {
		// The parts of a protocol are joined before it is checked: the
		// files are read whole.
		if o.TotalsOnly {
			return nil, errors.New(`shailoo: files that each give a part of a protocol ("part": true in their mappings) are joined protocol by protocol, which a totals-only count, keeping per protocol its precinct's ID alone, cannot do: count them without it`)
		}
		return countWhole(def, r, files, o)
	}
	o.guesses(files)
	o.listsLoose = !r.List.compensates()
	placed := len(def.Precincts) == 0
	if !placed {
		o.scoped = definedScope(def) // a place listed once per okrug it serves
	}
	okrugs := learnsOkrugs(def, files)
	hashed := def                 // the input "election" is the definition as given
	var learntNotes []string      // how the regions and okrugs were learnt
	var known []*inputs.AsyncHash // the files' SHA-256, when learnPrecincts computes them
	var from []int32              // the file that names each precinct learnt first (learnPrecincts)
	if placed && (!o.TotalsOnly || okrugs) {
		learnt, again, sums, table, notes, found, scoped, learntFrom, ok := learnPrecincts(def, files, o, okrugs)
		from = learntFrom
		files = again
		o.scoped = scoped
		if ok && len(found) > 0 {
			o.Findings = append(slices.Clone(o.Findings), found...)
		}
		switch {
		case ok && o.TotalsOnly:
			// The okrugs alone (an okrug is decided from its learnt
			// candidates): nothing per precinct is kept, and no region
			// is learnt, so none is the okrugs'.
			e := *def
			e.Okrugs = learnt.Okrugs
			for i := range e.Okrugs {
				e.Okrugs[i].Region = ""
			}
			def, known, learntNotes = &e, sums, notes[len(notes)-1:]
			if n := len(notes); n > 1 && words.NoteKey(notes[n-1]) == "note.choice_lists_unmatched" {
				learntNotes = notes[n-2:] // and the okrugs' lists
			}
			o.okrugsLearnt = true
		case ok:
			known, o.table = sums, table
			o.regionsLearnt = len(def.Regions) == 0 && len(learnt.Regions) > 0
			def, learntNotes, placed = learnt, notes, false
			o.okrugsLearnt = okrugs
		}
	}
	if !okrugs {
		learntNotes = append(learntNotes, listColumnsUnread(files)...)
	}
	if placed && (!o.TotalsOnly || okrugs && len(def.Okrugs) == 0) {
		// Read whole: the precincts, or the okrugs a totals-only count
		// needs, are learnt from the tables (SkipBadRows, or a file that
		// learnPrecincts could not read).
		return countWhole(hashed, r, files, o)
	}

	machine := false
	for i := range def.Protocols {
		machine = machine || def.Protocols[i].Machine
	}
	for _, f := range files {
		machine = machine || f.Mapping.Machine || f.Mapping.MachineColumn != nil
	}
	keys := dense.NewKeys()
	p, err := newPipeline(def, r, o, machine, keys)
	if err != nil {
		return nil, err
	}
	if placed {
		p.notes = append(p.notes, words.Say("en", "note.totals_only_placed", nil))
	}
	if o.TotalsOnly {
		p.notes = append(p.notes, words.Say("en", "note.totals_only", nil))
	}

	h, err := inputs.NewElectionHash(hashed, keys, o.newSHA256())
	if err != nil {
		return nil, err
	}
	defer h.Stop()
	var d dense.Protocol
	for i := range def.Protocols {
		q := &def.Protocols[i]
		keys.Load(&d, q)
		if err := p.add(&d, nil, -1); err != nil {
			return nil, err
		}
		if err := h.Marshal(q); err != nil {
			return nil, err
		}
	}

	sums := make([]string, len(files))
	places := placeNamesOf(def)
	var dr *okrugRegions // a totals-only count's: the definition's okrugs, placed by the rows
	if placed && len(def.Okrugs) > 0 && !o.okrugsLearnt {
		dr = newOkrugRegions(def)
	}
	big := bigFigures{}
	regionCells := false
	// rows says where each protocol of a defined precinct was read, for
	// the findings about it (locateRows); 6 bytes per protocol slot.
	var rows *rowIndex
	if !placed && !o.TotalsOnly {
		rows = newRowIndex(len(def.Precincts))
	}
	for i, f := range files {
		var fh *inputs.AsyncHash
		r := f.R
		if known == nil || known[i] == nil {
			fh = inputs.NewAsyncHash(o.newSHA256())
			r = io.TeeReader(f.R, fh)
		}
		lay := inputs.NewFileLayout(keys, f.Mapping)
		if dr != nil {
			dr.reading(f.Name, f.Mapping)
		}
		var longLayout *ingest.Layout // a long file's lines and choices, for rows.note
		if f.Mapping.Shape == "long" {
			l := f.Mapping.Layout()
			longLayout = &l
		}
		var totals totalrows.Finder
		copies := new(samerows.Finder)        // (a long file's rows come a protocol each)
		var namedAt map[int]election.Precinct // a totals-only count's: where each named total row is placed
		var headerLine int                    // a transposed file's header row, where its precincts are named
		var pr election.Precinct
		var stop error
		var nLineIDs, firstLineID int
		var counts ingest.Counts
		indexed := 0 // the precincts p.table.Lookup gives indexes of
		if p.table != nil {
			indexed = p.table.Len()
		}
		skipped, err := ingest.ScanRows(r, f.Name, f.Mapping,
			ingest.Options{Lenient: o.SkipBadRows, CheckConflicts: !o.TotalsOnly, Concurrent: true, Precinct: p.table.Lookup, PrecinctsKnown: indexed, Counts: &counts, Okrugs: def.Okrugs},
			func(row *ingest.Row) error {
				if row.LineID {
					if nLineIDs++; nLineIDs == 1 {
						firstLineID = row.Line
					}
				}
				if o.scoped != nil {
					p.scope(row, placed)
				}
				rows.note(row, i, longLayout)
				d := totals.Next() // the finder keeps the row before without a copy
				lay.Load(d, row)
				// A precinct the definition lists is no total row. A
				// transposed file's precincts are told apart by column.
				pos := row.Line
				if row.Column > 0 {
					pos, headerLine = row.Column, row.Line
				}
				named := addTotal(&totals, copies, pos, d, row.Index, len(hashed.Precincts) == 0 || p.table == nil || row.Index < 0 || row.Index >= p.table.Defined)
				if lay.Big != 0 {
					big.note(keys, d, func(field string) *ingest.ParseError { return row.Error(field, nil) })
					lay.Big = 0
				}
				if !placed && row.Index >= 0 && row.Index < p.table.Defined {
					// (The definition given, or learnt from the files: a
					// later file's row against the first that named it.)
					k := p.table.First[row.Index]
					dp, at := &def.Precincts[k], &row.Precinct
					if at.Region != "" && at.Region != dp.Region || at.Okrug != "" && at.Okrug != dp.Okrug {
						p.o.elsewhere(f.Name, row.Line, at, dp, places, learntFrom(hashed, files, from, k), row.Ballot, row.Machine)
					}
				}
				var at *election.Precinct
				if placed {
					pr = row.Precinct
					dr.row(&pr, row.Line)
					if pr.Region != "" && len(def.Regions) == 0 {
						// No regions defined: a streaming count cannot
						// learn them from the cells before it checks the
						// rows (a count that reads the files whole does).
						pr.Region = ""
						regionCells = true
					}
					at = &pr
					if named {
						// Where the tally sums it: the count compares it
						// with its region's and okrug's rows (namedTotals).
						if namedAt == nil {
							namedAt = map[int]election.Precinct{}
						}
						namedAt[pos] = election.Precinct{Region: pr.Region, Okrug: pr.Okrug}
					}
				}
				if err := p.add(d, at, int32(row.Index)); err != nil {
					// Not a row to skip, even with SkipBadRows: the count
					// cannot go on (errStop is no *ingest.ParseError).
					stop = big.locate(err, keys, d, func(field string) *ingest.ParseError { return row.Error(field, nil) })
					return errStop
				}
				if rows.defined(row) {
					fs := streamOwnFound(p.check)
					for j := range fs {
						placeOwn(&fs[j], f.Name, row, longLayout != nil, f.Mapping.Lines)
					}
				}
				if o.EachRow != nil {
					// The row's index in the caller's definition, not the
					// count's slot (the same when no ID is defined twice).
					slot := row.Index
					row.Index = -1
					if slot >= 0 && slot < p.table.Defined && len(hashed.Precincts) > 0 {
						row.Index = int(p.table.First[slot])
					}
					err := o.EachRow(i, row)
					row.Index = slot
					if err != nil {
						stop = err
						return errStop
					}
				}
				return nil
			})
		var sum string
		if fh != nil {
			sum = fh.Sum()
		} else {
			sum = known[i].Sum()
		}
		if stop != nil {
			return nil, stop
		}
		if err != nil {
			return nil, err
		}
		p.o.unreadable(skipped)
		p.o.totalRows(f.Name, headerLine, &totals, copies, keys, namedAt)
		p.o.lineIDs(f.Name, nLineIDs, firstLineID)
		p.o.rowsLeftOut(f.Name, f.Mapping, counts)
		p.o.blankRows(f.Name, counts)
		p.o.notOnBallot(f.Name, f.Mapping, counts)
		sums[i] = sum
	}
	p.o.Inputs = fileInputs(o.Inputs, files, sums)
	p.o.Findings = append(p.o.Findings, dr.findings()...)
	p.o.Notes = append(p.o.Notes, learntNotes...)
	if regionCells {
		p.notes = append(p.notes, words.Say("en", "note.totals_only_regions", nil))
	}
	res, err := p.finish(h.Sum(hashed.Protocols != nil))
	if err != nil {
		return nil, big.explain(err)
	}
	if rows.locate(res.Findings.Findings, p.table, files) {
		validate.Sort(res.Findings.Findings)
		res.Notes = append(res.Notes, noRowNotes(res.Findings.Findings, longNoEmptyVotes(files))...)
	}
	res.Notes = append(res.Notes, emptyRowNotes(res.Findings.Findings, wideChoices(files))...)
	return res, nil
}

// learntFrom names the file that names precinct k of a definition learnt
// from files first (from, learnPrecincts; nil: the first file), or ""
// when def, the definition given, lists the precincts.
func learntFrom(def *election.Election, files []CSVInput, from []int32, k int32) string {
	switch {
	case len(def.Precincts) > 0:
		return ""
	case int(k) < len(from):
		return files[from[k]].Name
	}
	return files[0].Name
}

// scope gives a row whose precinct's key is one of a place that serves
// several okrugs (Options.scoped) the precinct of its okrug, when the
// definition (given, or learnt) lists it, or when the count keeps no
// precinct (placed: a totals-only count, each row placed by its cells).
func (p *pipeline) scope(row *ingest.Row, placed bool) {
	id, ok := p.o.scoped.id(row.Precinct.ID, row.Precinct.Okrug)
	if !ok {
		return
	}
	if s := p.table.Find(id); s >= 0 && int(s) < p.table.Defined {
		row.Precinct.ID, row.Index = id, int(s)
	} else if placed {
		row.Precinct.ID, row.Index = id, -1
	}
}

// countWhole counts files read whole into the definition def (MergeCSV)
// as CountWith does, its errors placed at their rows: the count of files
// a streaming count cannot read once (protocols given in parts, precincts
// learnt from tables read whole).
func countWhole(def *election.Election, r Rules, files []CSVInput, o Options) (*Result, error) {
	e, o2, origins, err := mergeCSV(def, files, o)
	if err != nil {
		return nil, err
	}
	res, err := countWith(e, r, o2, def)
	if err != nil {
		return nil, locateMerged(err, e, origins)
	}
	return res, nil
}

// rowIndex keeps the file and line of the last row read for each protocol
// slot (precinct, ballot, count) of the defined precincts, and whether
// more than one row gave it (a duplicate: its line negated).
type rowIndex struct {
	n int // the defined precincts
	// line and file are by protocol kind (k%4 of protocolSlot's k) and
	// precinct, each kind's made at its first row (file at its first row
	// of a file but the first, whose index is 0): a file of one ballot and
	// count touches a quarter of what four slices a protocol slot would.
	line [4][]int32
	file [4][]uint16
	// col gives the column of each protocol of a transposed file (its
	// precinct's column; line is its header row's), made at the first.
	col []int32
	// empty gives the line of each row of a long file that names a
	// choice of a protocol with its votes cell empty (few: a figure not
	// given), by protocol slot and choice.
	empty map[slotChoice]int32
	// unknown gives the first row of each protocol of a precinct the
	// definition lacks (X208), the first validate.MaxListed of them.
	unknown map[unknownProtocol]fileLine
	// first gives the first row of each protocol that several rows give
	// (by protocol slot; few: X207's).
	first map[int]fileLine
	// figAt gives, for each protocol slot read from a long file, 1 +
	// the offset in figLines of the lines of the rows that give its
	// lines and its choices' votes (0: none), one per line and choice
	// of the file's mapping (its Layout's Lines, then its Votes), 0 for
	// a figure no row gives alone: a cross-check's finding about a
	// choice's votes (X202) or a line (X201) names its row, not the
	// protocol's first. Made at a long file's first row; a wide file's
	// rows leave them nil.
	figAt    []int32
	figLines []int32
}

type unknownProtocol struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

type fileLine struct {
	file uint16
	line int32
}

// noteUnknown keeps the first row of a protocol of a precinct the
// definition lacks, so that its finding (X208) names it.
func (x *rowIndex) noteUnknown(row *ingest.Row, i int) {
	k := unknownProtocol{row.Precinct.ID, row.Ballot, row.Machine}
	if k.precinct == "" || len(x.unknown) >= validate.MaxListed {
		return
	}
	if _, ok := x.unknown[k]; ok {
		return
	}
	if x.unknown == nil {
		x.unknown = map[unknownProtocol]fileLine{}
	}
	x.unknown[k] = fileLine{uint16(i), int32(row.Line)}
}

type slotChoice struct {
	slot   int
	choice string
}

func newRowIndex(precincts int) *rowIndex { return &rowIndex{n: precincts} }

// at returns the line and file of the last row of protocol slot k.
func (x *rowIndex) at(k int) (line int32, file uint16) {
	if l := x.line[k%4]; l != nil {
		line = l[k/4]
	}
	if f := x.file[k%4]; f != nil {
		file = f[k/4]
	}
	return line, file
}

// set keeps line and file as those of the last row of protocol slot k.
func (x *rowIndex) set(k int, line int32, file uint16) {
	if x.line[k%4] == nil {
		x.line[k%4] = zeroed.Make[int32](x.n)
	}
	x.line[k%4][k/4] = line
	if file != 0 && x.file[k%4] == nil {
		x.file[k%4] = zeroed.Make[uint16](x.n)
	}
	if f := x.file[k%4]; f != nil {
		f[k/4] = file
	}
}

func protocolSlot(precinct int, b election.BallotKind, machine bool) int {
	k := 4 * precinct
	if b == election.OkrugBallot {
		k += 2
	} else if b != election.ListBallot {
		return -1
	}
	if machine {
		k++
	}
	return k
}

// note keeps where row, read from file i, is; lay is the Layout of a
// long file's mapping (nil for a wide file).
func (x *rowIndex) note(row *ingest.Row, i int, lay *ingest.Layout) {
	if x == nil || i > math.MaxUint16 || row.Line > math.MaxInt32 {
		return
	}
	if row.Index < 0 || row.Index >= x.n { // a precinct the definition lacks
		x.noteUnknown(row, i)
		return
	}
	if k := protocolSlot(row.Index, row.Ballot, row.Machine); k >= 0 {
		line := int32(row.Line)
		if was, wasFile := x.at(k); was != 0 {
			if was > 0 {
				if x.first == nil {
					x.first = map[int]fileLine{}
				}
				x.first[k] = fileLine{wasFile, was}
			}
			line = -line // a second row
		}
		x.set(k, line, uint16(i))
		if row.Column > 0 && x.col == nil {
			x.col = make([]int32, 4*x.n)
		}
		if x.col != nil { // 0 for a row of a wide file, which may come second
			x.col[k] = int32(min(row.Column, math.MaxInt32))
		}
		if lay == nil {
			return
		}
		if line > 0 {
			x.noteFigures(row, k, len(lay.Lines)+len(lay.Votes))
		}
		for _, j := range row.NamedVotes {
			if int(j) >= len(lay.Votes) || row.Votes[j].OK {
				continue
			}
			if x.empty == nil {
				x.empty = map[slotChoice]int32{}
			}
			x.empty[slotChoice{k, lay.Votes[j]}] = int32(row.Error("votes."+lay.Votes[j], nil).Line)
		}
	}
}

// noteFigures keeps the lines of the rows of a long file that give the
// lines and votes of row's protocol, slot k, figures of them.
func (x *rowIndex) noteFigures(row *ingest.Row, k, figures int) {
	if x.figAt == nil {
		x.figAt = make([]int32, 4*x.n)
	}
	off := len(x.figLines)
	if off+figures >= math.MaxInt32 {
		return
	}
	x.figLines = slices.Grow(x.figLines, figures)[:off+figures]
	clear(x.figLines[off:])
	row.FigureLines(func(j, line int) {
		if j < figures && line <= math.MaxInt32 {
			x.figLines[off+j] = int32(line)
		}
	})
	x.figAt[k] = int32(off + 1)
}

// figureLine is the line of the row of a long file that gives the line
// (p.Line) or the choice's votes (p.Choice) a finding of protocol slot k
// is about, read from a file of Layout lay, or 0.
func (x *rowIndex) figureLine(k int, p *validate.Place, lay *ingest.Layout) int {
	if x.figAt == nil || x.figAt[k] == 0 {
		return 0
	}
	j := -1
	if p.Choice != "" {
		if j = slices.Index(lay.Votes, p.Choice); j >= 0 {
			j += len(lay.Lines)
		}
	} else if p.Line != "" {
		j = slices.Index(lay.Lines, election.Line(p.Line))
	}
	off := int(x.figAt[k]) - 1
	if j < 0 || off+j >= len(x.figLines) {
		return 0
	}
	return int(x.figLines[off+j])
}

// defined says whether row is of a precinct the definition lists, whose
// findings x places.
func (x *rowIndex) defined(row *ingest.Row) bool {
	return x != nil && row.Index >= 0 && row.Index < x.n
}

// locate gives each finding about a protocol of a defined precinct the
// file and line of its row, and says whether it placed any. Of a protocol
// that several rows give, the duplicate's finding (X207) gets the last
// row, and the other cross-checks (X227 of a line not given) the first,
// where the protocol begins: between them a reader finds the rows, where
// a finding of the precinct alone named no file (which of the rows a
// cross-check is about is not known here). (A protocol's own findings,
// P109 of a protocol of zeros among them, were placed at its row as it
// was read: placeOwn.)
func (x *rowIndex) locate(fs []validate.Finding, t *dense.Precincts, files []CSVInput) bool {
	if x == nil || t == nil {
		return false
	}
	placed := false
	var lays map[uint16]*ingest.Layout // the Layout of each long file, as needed
	for i := range fs {
		p := &fs[i].Place
		if p.File != "" || p.Precinct == "" || p.Ballot == "" {
			continue
		}
		s := t.Find(p.Precinct)
		if s < 0 || int(s) >= x.n { // a precinct the definition lacks
			if at, ok := x.unknown[unknownProtocol{p.Precinct, p.Ballot, p.Machine}]; ok && fs[i].Code == validate.UnknownPrecinct {
				p.File, p.Row = files[at.file].Name, int(at.line)
				placed = true
			}
			continue
		}
		k := protocolSlot(int(s), p.Ballot, p.Machine)
		if k < 0 {
			continue
		}
		line, file := x.at(k)
		if line == 0 {
			continue
		}
		last := file
		// A duplicate's first row, for X207.
		var first fileLine
		if line < 0 { // a duplicate
			line = -line
			at, ok := x.first[k]
			if fs[i].Code != validate.DuplicateProtocol {
				if !ok {
					continue
				}
				file, line = at.file, at.line
			} else if ok {
				first = at
			}
		}
		p.File, p.Row = files[file].Name, int(line)
		if first.line > 0 && x.col == nil { // a transposed file's rows are columns: not said so
			name := ""
			if first.file != file {
				name = files[first.file].Name
			}
			fs[i].DuplicateRows(name, int(first.line), precinctColumns(files[last].Mapping))
		}
		if x.col != nil {
			p.Column = int(x.col[k]) // a transposed file's precinct: its header cell
		}
		if files[last].Mapping.Shape == "long" && fs[i].Code == validate.MissingVotes && p.Choice != "" {
			// A long protocol's rows are each about one figure: a
			// choice's votes not given are about the row that names the
			// choice with an empty cell, or about none of them.
			p.Row = int(x.empty[slotChoice{k, p.Choice}])
		} else if (p.Choice != "" || p.Line != "") && fs[i].Code != validate.DuplicateProtocol && files[file].Mapping.Shape == "long" {
			// A finding about one choice's votes, or about a line: the
			// row that gives them (of the protocol's first reading,
			// where it is placed: noteFigures keeps a slot's first).
			if lays == nil {
				lays = make(map[uint16]*ingest.Layout)
			}
			lay, ok := lays[file]
			if !ok {
				l := files[file].Mapping.Layout()
				lay = &l
				lays[file] = lay
			}
			if at := x.figureLine(k, p, lay); at > 0 {
				p.Row = at
			}
		}
		placed = true
	}
	return placed
}

// precinctColumns are the columns m names the precinct by, as it writes them
// (a header, or a column's number): none for a precinct of one column.
func precinctColumns(m ingest.Mapping) []string {
	var out []string
	for _, c := range m.Precinct.Columns {
		out = append(out, cmp.Or(c.Header, strconv.Itoa(c.Index)))
	}
	return out
}

// unreadable adds a finding (validate.UnreadableRow) for each row ingest
// could not read: the first validate.MaxListed listed, the others counted
// in the report's Unlisted, unless o.AllFindings. A file of millions of
// bad rows would otherwise keep a rendered finding per row.
func (o *Options) unreadable(skipped []*ingest.ParseError) {
	for _, pe := range skipped {
		if !o.AllFindings && o.unreadableListed >= validate.MaxListed {
			o.unreadableUnlisted++
			continue
		}
		o.unreadableListed++
		o.Findings = append(o.Findings, validate.UnreadableRow(pe.File, pe.Line, pe.Column, unreadableReason(pe)))
	}
}

// unreadableReason is what was wrong with the row pe names, without the
// file, line and column, which the finding gives once.
func unreadableReason(pe *ingest.ParseError) string {
	r := *pe
	r.File, r.Line, r.Column = "", 0, 0
	return r.Error()
}

// guesses records the files whose mapping still holds the guesses of a
// draft, which the seats rest on (unconfirmed_mapping), and the choices of
// long files named by a total row's words (total_choice), in CountCSV and
// in MergeCSV alike: a count of the files read whole rests on them too.
//
// It also notes the choices that are a column of wide files
// (Options.columnChoices).
func (o *Options) guesses(files []CSVInput) {
	o.guessed = nil
	o.totalChoices = nil
	o.columnChoices = columnChoices(files)
	for _, f := range files {
		if len(f.Mapping.Guesses) > 0 {
			o.guessed = append(o.guessed, f.Name)
		}
		if f.Mapping.Shape != "long" {
			continue
		}
		for _, cell := range slices.Sorted(maps.Keys(f.Mapping.ChoiceValues)) {
			if ingest.TotalName(cell) {
				o.totalChoices = append(o.totalChoices, totalChoice{file: f.Name, cell: cell, id: f.Mapping.ChoiceValues[cell]})
			}
		}
	}
}

// columnChoices returns the choice IDs that every mapping of files that
// names them maps to one and the same column of a wide file ("Conservative"
// in a file of constituencies), or to the cells of a long file's
// choice_column that names parties ("party": ingest.PartyHeader): the
// okrugs whose rows give it are one column's, a party's candidate in
// each, not one name that rows give in two okrugs (a long file's cell of
// candidates, "Smith", or two files' columns that share an ID).
func columnChoices(files []CSVInput) map[string]bool {
	col := map[string]string{} // "" once a long file's cell or another column names it
	for _, f := range files {
		for id, c := range f.Mapping.Votes {
			if at, seen := col[id]; !seen || at != c.String() {
				col[id] = cmp.Or(c.String(), "?")
				if seen {
					col[id] = ""
				}
			}
		}
		// A long file's choice_column that names parties ("party") is
		// one party's per row, as a wide file's column is: its choices
		// are parties, not people (the long and the wide layouts of one
		// file agree).
		party := ""
		if c := f.Mapping.ChoiceColumn; c != nil && len(c.Columns) == 0 && ingest.PartyHeader(c.Header) {
			party = "choice_column " + c.String()
		}
		for _, id := range f.Mapping.ChoiceValues {
			if at, seen := col[id]; party != "" && (!seen || at == party) {
				col[id] = party
				continue
			}
			col[id] = ""
		}
	}
	out := map[string]bool{}
	for id, c := range col {
		out[id] = c != ""
	}
	return out
}

// totalChoice is a choice of a long file's mapping whose cell text says
// what a total row says ("Total", "Итого"): a long file's row of each
// contest's total, taken for a candidate's (totalChoicesProvisional).
type totalChoice struct {
	file, cell, id string
}

// elsewhere adds a finding (validate.RowPlacedElsewhere) when the row on
// line of file places its precinct (at) in another region or okrug than
// def, the definition's precinct: the definition's place is counted, and
// the row that disagrees is said, never left to pass. A cell that names
// the definition's place by its ID or a name, in another case or spacing
// ("North" for the region north named "North"), places it there.
//
// first names the file that named the precinct first when the precincts
// are learnt from the files ("" when the definition lists them): its
// place is counted, and the finding says so. A row of the okrug ballot
// (manual count) placed in another okrug is kept (Options.moved): the
// okrug it was counted in and the okrug it names rest on it.
func (o *Options) elsewhere(file string, line int, at, def *election.Precinct, names placeNames, first string, ballot election.BallotKind, machine bool) {
	for _, x := range [2]struct{ field, got, want string }{
		{"region", at.Region, def.Region}, {"okrug", at.Okrug, def.Okrug}} {
		if x.got == "" || x.got == x.want || names.same(x.field, x.got, x.want) {
			continue
		}
		if x.field == "okrug" && ballot == election.OkrugBallot && !machine {
			o.moved.add(file, line, def.ID, x.got, x.want)
		}
		if !o.AllFindings && o.elsewhereListed >= validate.MaxListed {
			o.elsewhereUnlisted++
			continue
		}
		o.elsewhereListed++
		if first != "" {
			o.Findings = append(o.Findings, validate.RowPlacedElsewhereThanFile(file, line, def.ID, x.field, x.got, x.want, first))
			continue
		}
		o.Findings = append(o.Findings, validate.RowPlacedElsewhere(file, line, def.ID, x.field, x.got, x.want))
	}
}

// movedRows are the rows of the okrug ballot (manual count) whose okrug
// cell, or the mapping's okrug_id, names another okrug than their
// precinct's (finding validate.RowElsewhere): each is counted in its
// precinct's okrug, and which is right is not known, so both okrugs'
// outcomes rest on it (counter.movedProvisional).
type movedRows struct {
	n      int
	scope  []string // the first maxTotalRowsNamed rows, "file:line (precinct)"
	okrugs []string // the okrugs counted in and named, each once
}

// add records the row on line of file, of precinct, that names okrug got,
// counted in want.
func (m *movedRows) add(file string, line int, precinct, got, want string) {
	m.n++
	if len(m.scope) < maxTotalRowsNamed {
		m.scope = append(slices.Clip(m.scope), file+":"+strconv.Itoa(line)+" ("+precinct+")")
	}
	for _, id := range [2]string{want, got} {
		if id != "" && !slices.Contains(m.okrugs, id) {
			m.okrugs = append(slices.Clip(m.okrugs), id)
		}
	}
}

// placeNames holds, for each region and okrug of a definition (by field
// and ID), its ID and names folded (foldPlace).
type placeNames map[[2]string][]string

func placeNamesOf(e *election.Election) placeNames {
	n := make(placeNames, len(e.Regions)+len(e.Okrugs))
	for _, r := range e.Regions {
		k := [2]string{"region", r.ID}
		n[k] = append(n[k], foldPlace(r.ID), foldPlace(r.Name), foldPlace(r.NameKy), foldPlace(r.NameRu))
	}
	for _, o := range e.Okrugs {
		k := [2]string{"okrug", o.ID}
		n[k] = append(n[k], foldPlace(o.ID), foldPlace(o.Name))
	}
	return n
}

// same says whether got, a row's region or okrug cell (field), names the
// place want by its ID or one of its names, in any case and spacing.
func (n placeNames) same(field, got, want string) bool {
	if want == "" {
		return false
	}
	names, ok := n[[2]string{field, want}]
	if !ok {
		names = []string{foldPlace(want)}
	}
	g := foldPlace(got)
	return g != "" && slices.Contains(names, g)
}

// foldPlace is s in lower case, its runs of spaces one space.
func foldPlace(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// lineIDs notes the n rows of file that name no precinct (their precinct
// cell, or a cell of their key columns, is empty), the first at line
// first: each is identified by its line (ingest.Row.LineID).
// totalRows adds a finding (validate.TotalOfRows) for each row of file
// that is the total of other rows, and keeps each row whose name says
// total that totals no block of rows (Options.named): the count compares
// it with the sums of its region and okrug (namedTotals). keys names the
// positions of the rows' figures; at places the named rows of a count
// that places each row by its cells (nil: by the definition).
//
// The totals are kept (Options.totals) for the Result's provisional
// reasons: the seats decided on their ballot's sums rest on them.
func (o *Options) totalRows(file string, headerLine int, f *totalrows.Finder, copies *samerows.Finder, keys *dense.Keys, at map[int]election.Precinct) {
	counted := f.Counted()
	if len(counted) > 0 {
		o.named = slices.Clip(o.named) // a copy of Options shares none of its own
	}
	for _, t := range counted {
		n := namedTotal{countedTotal: countedTotal{file: file, line: t.Line, precinct: t.Precinct, ballot: t.Ballot, machine: t.Machine},
			pos: t.Line, lines: map[election.Line]int64{}, votes: map[string]int64{}}
		if headerLine > 0 {
			n.line, n.column = headerLine, t.Line
		}
		if pr, ok := at[t.Line]; ok {
			n.place = &pr
		}
		for _, e := range t.Row.Lines {
			n.lines[election.Line(keys.Lines.Key(e.Pos))] = e.V
		}
		for _, e := range t.Row.Votes {
			n.votes[keys.Votes.Key(e.Pos)] = e.V
		}
		o.named = append(o.named, n)
	}
	totals := o.sameFigures(file, headerLine, copies, f.Totals())
	if len(totals) > 0 {
		o.totals = slices.Clip(o.totals) // a copy of Options shares none of its own
	}
	for _, t := range totals {
		ct := countedTotal{file: file, line: t.Line, precinct: t.Precinct, ballot: t.Ballot, machine: t.Machine}
		if headerLine > 0 { // a transposed file's: t.Line is a column
			o.Findings = append(o.Findings, validate.TotalOfColumns(file, headerLine, t.Line, t.Precinct, t.First, t.Last, t.Rows, t.Times))
			ct.line, ct.column = headerLine, t.Line
			o.totals = append(o.totals, ct)
			continue
		}
		o.Findings = append(o.Findings, validate.TotalOfRows(file, t.Line, t.Precinct, t.First, t.Last, t.Rows, t.Times))
		o.totals = append(o.totals, ct)
	}
}

// countedTotal is a row (or a transposed file's column) found a total of
// other rows and counted as a precinct of its ballot and count.
type countedTotal struct {
	file         string
	line, column int
	precinct     string
	ballot       election.BallotKind
	machine      bool
}

// namedTotal is a row named a total that totals no block of rows
// (totalrows.Finder.Counted), with its figures; pos is where the finder
// saw it (a transposed file's column), place where a count that places
// rows by their cells placed it (nil: the definition's precinct).
type namedTotal struct {
	countedTotal
	pos   int
	place *election.Precinct
	lines map[election.Line]int64
	votes map[string]int64
}

// at names the row as file:line (file:line:column for a column) and its
// precinct.
func (t countedTotal) at() string {
	pos := t.file + ":" + strconv.Itoa(t.line)
	if t.column > 0 {
		pos += ":" + strconv.Itoa(t.column)
	}
	return pos + " (" + t.precinct + ")"
}

// addTotal gives f the row d, at pos: a row whose precinct's name says
// total (ingest.TotalName) as one (Finder.AddNamed, and true), unless
// mayBeTotal is false (a precinct the definition lists); and gives copies
// every row, key its precinct's place in the count's table (-1: none).
func addTotal(f *totalrows.Finder, copies *samerows.Finder, pos int, d *dense.Protocol, key int, mayBeTotal bool) bool {
	copies.Add(pos, d, key)
	if mayBeTotal && ingest.TotalName(d.Precinct) {
		f.AddNamed(pos, d)
		return true
	}
	f.Add(pos, d, mayBeTotal)
	return false
}

// tableTotals returns the finder of the rows of a file read whole that
// are totals of other rows, as the count's reading of the file finds
// them; a row of a precinct the definition lists (defined) is none.
func tableTotals(t ingest.Table, keys *dense.Keys, defined func(id string) bool) (headerLine int, f *totalrows.Finder, copies *samerows.Finder) {
	f, copies = new(totalrows.Finder), new(samerows.Finder)
	for i := range t.Protocols {
		d := f.Next()
		keys.Load(d, &t.Protocols[i])
		at := t.Lines[i]
		if i < len(t.PrecinctColumns) { // a transposed file: by column
			at, headerLine = t.PrecinctColumns[i], t.Lines[i]
		}
		addTotal(f, copies, at, d, -1, !defined(t.Protocols[i].Precinct))
	}
	return headerLine, f, copies
}

func (o *Options) lineIDs(file string, n, first int) {
	if n == 0 {
		return
	}
	o.Notes = append(o.Notes, words.Say("en", "note.line_ids", words.Args{"file": file, "n": strconv.Itoa(n), "line": strconv.Itoa(first)}))
}

// rowsLeftOut notes the rows of file that the mapping's row filter left
// out, when the mapping has one (ingest.LeftOutNote: the reports say it
// in their language).
func (o *Options) rowsLeftOut(file string, m ingest.Mapping, c ingest.Counts) {
	if n := ingest.LeftOutNote(file, m, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
}

// blankRows notes the lines skip_rows skipped (words
// "note.skipped_lines") and the rows of file whose cells are all empty
// (words "note.blank_rows"): neither protocols nor errors, but said; a text read
// in a code page that garbles it ("note.garbled_text"); and a header
// whose last row looks like a data row (finding I604).
func (o *Options) blankRows(file string, c ingest.Counts) {
	if n := ingest.SkippedNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.FooterNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.BlankNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.EmptyNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.BareQuoteNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.FillDownNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.UnreadNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if n := ingest.AgainstAllUnreadNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	o.Notes = append(o.Notes, ingest.VotesEmptyNotes(file, c)...)
	if n := ingest.EncodingNote(c.Garbled); n != "" {
		o.Notes = append(o.Notes, n)
	}
	if c.DataHeader > 0 {
		o.Findings = append(o.Findings, validate.DataHeaderRow(file, c.DataHeader))
	}
	if c.SkippedData > 0 {
		o.Findings = append(o.Findings, validate.SkippedDataLine(file, c.SkippedData))
	}
	if c.SummedAlikeN > 0 {
		o.Findings = append(o.Findings, validate.SummedRowsAlike(file, c.SummedAlike[0], c.SummedAlike[1], c.SummedAlikeN))
	}
	o.summedRepeat(file, c.SummedRepeat)
	if v := c.SameVotes; v != nil {
		o.Findings = append(o.Findings, validate.SameVotesEverywhere(file, v.Line, v.Precinct, v.Column, v.Figure, v.Protocols, v.Of))
	}
	o.summedPeoples(file, c.SummedPeople)
	o.summedNumbers(file, c)
	o.samePart(file, c.SameParts)
	for _, t := range c.TotalsOff {
		col := strconv.Itoa(t.Index) + " " + echo.Quote(t.Header)
		o.Findings = append(o.Findings, validate.TotalOfParts(file, t.Line, t.Precinct, t.Figure, col, t.Sum, t.Total))
	}
	if len(c.SummedOver) > 0 {
		o.summedOvers = append(slices.Clip(o.summedOvers), summedOverFile{file: file, protocols: c.SummedOver})
	}
}

// summedOverFile is a file's protocols whose votes, some summed from rows,
// are more than their voters on the list (ingest.Counts.SummedOver).
type summedOverFile struct {
	file      string
	protocols []ingest.SummedOver
}

// summedOverVoters returns the findings (validate.SummedOverVoters, one a
// file) and the protocols of files whose votes, some summed from rows
// under "choice_rows": "sum", are more than their voters on the list
// times the votes a ballot of theirs carries (r's votes_per_ballot): rows
// of two ballots or contests summed as parts of one figure.
func summedOverVoters(r Rules, files []summedOverFile) ([]validate.Finding, []countedTotal) {
	var fs []validate.Finding
	var rows []countedTotal
	for _, f := range files {
		var first *ingest.SummedOver
		n := 0
		for i := range f.protocols {
			p := &f.protocols[i]
			per := int64(r.Protocol.VotesPerBallot(p.Ballot))
			if p.Votes/per <= p.Voters && (p.Votes%per == 0 || p.Votes/per < p.Voters) {
				continue // (votes <= per × voters, without the product's overflow)
			}
			if first == nil {
				first = p
			}
			n++
			rows = append(rows, countedTotal{file: f.file, line: p.Line, precinct: p.Precinct, ballot: p.Ballot, machine: p.Machine})
		}
		if first != nil {
			fs = append(fs, validate.SummedOverVoters(f.file, first.Line, first.Precinct, first.Votes, first.Voters, n, strings.Join(first.Columns, ", ")))
		}
	}
	return fs, rows
}

// summedRepeat makes the finding of a long file whose rows summed each
// repeat their group's figure (validate.SummedRepeat), and keeps its
// protocols for the Result's provisional reasons (summedRepeatProvisional):
// the sums may count a total once per row.
func (o *Options) summedRepeat(file string, rs []ingest.SummedRepeat) {
	if len(rs) == 0 {
		return
	}
	r := rs[0]
	o.Findings = append(o.Findings, validate.SummedRowsRepeat(file, r.Lines[0], r.Lines[1], r.Precinct, r.Choice, r.Figure, len(rs), strings.Join(r.Columns, ", ")))
	o.summedRepeats = slices.Clip(o.summedRepeats) // a copy of Options shares none of its own
	for _, r := range rs {
		o.summedRepeats = append(o.summedRepeats, countedTotal{file: file, line: r.Lines[0], precinct: r.Precinct, ballot: r.Ballot, machine: r.Machine})
	}
}

// samePart makes the findings of the parts of a long file's votes_column
// sum that give every choice of nearly every protocol one figure
// (validate.PartAllSame), one a part, and keeps their protocols for the
// Result's provisional reasons (samePartsProvisional): the sum adds a
// protocol's line to every choice's votes.
func (o *Options) samePart(file string, ps []ingest.SamePart) {
	if len(ps) == 0 {
		return
	}
	o.sameParts = slices.Clip(o.sameParts) // a copy of Options shares none of its own
	seen := map[int]bool{}
	for _, p := range ps {
		col := strconv.Itoa(p.Index) + " " + echo.Quote(p.Header)
		o.Findings = append(o.Findings, validate.SamePartEverywhere(file, p.Line, p.Precinct, col, p.Figure, p.Protocols, p.Of))
		for _, a := range p.At {
			if !seen[a.Line] {
				seen[a.Line] = true
				o.sameParts = append(o.sameParts, countedTotal{file: file, line: a.Line, precinct: a.Precinct, ballot: a.Ballot, machine: a.Machine})
			}
		}
	}
}

// summedPeoples makes the finding of a long file whose rows summed for a
// candidate name two people (validate.SummedPeople), and keeps its
// protocols for the Result's provisional reasons (summedPeopleProvisional):
// the sums make two candidates one.
func (o *Options) summedPeoples(file string, ps []ingest.SummedPeople) {
	if len(ps) == 0 {
		return
	}
	p := ps[0]
	o.Findings = append(o.Findings, validate.SummedRowsPeople(file, p.Lines[0], p.Lines[1], p.Precinct, p.Choice, len(ps), strings.Join(p.Columns, ", ")))
	o.summedPeople = slices.Clip(o.summedPeople) // a copy of Options shares none of its own
	for _, p := range ps {
		o.summedPeople = append(o.summedPeople, countedTotal{file: file, line: p.Lines[0], precinct: p.Precinct, ballot: p.Ballot, machine: p.Machine})
	}
}

// summedNumbers notes how many choice figures of file "choice_rows":
// "sum" summed from several rows, and makes the finding of its rows summed
// that differ in numeric cells alone (validate.SummedAlike), keeping those
// of the okrug ballot for the Result's provisional reasons
// (summedNumbersProvisional).
func (o *Options) summedNumbers(file string, c ingest.Counts) {
	if n := ingest.SummedNote(file, c); n != "" {
		o.Notes = append(o.Notes, n)
	}
	ns := c.SummedNumbers
	if len(ns) == 0 {
		return
	}
	p := ns[0]
	o.Findings = append(o.Findings, validate.SummedRowsNumbers(file, p.Lines[0], p.Lines[1], p.Precinct, p.Choice, len(ns), strings.Join(p.Columns, ", ")))
	o.summedNums = slices.Clip(o.summedNums) // a copy of Options shares none of its own
	for _, p := range ns {
		if p.Ballot == election.OkrugBallot && !p.Machine && p.ChoiceID != "" {
			o.summedNums = append(o.summedNums, summedChoice{countedTotal: countedTotal{file: file, line: p.Lines[0], precinct: p.Precinct, ballot: p.Ballot}, choice: p.ChoiceID})
		}
	}
}

// summedChoice is a protocol's choice summed from rows that differ in
// numeric cells alone.
type summedChoice struct {
	countedTotal
	choice string
}

// notOnBallot notes that the mapping of file declares its empty votes
// cells choices not on the row's ballot, read as 0 votes, or every empty
// figure cell 0 (ingest.EmptyNotes): a count's findings lack their X229
// then.
func (o *Options) notOnBallot(file string, m ingest.Mapping, c ingest.Counts) {
	o.Notes = append(o.Notes, ingest.EmptyNotes(file, m, c)...)
}

// MergeCSV reads the CSV files whole and returns the election CountCSV
// counts: def with the files' protocols appended in file order and, when
// def lists no precincts, the precincts the files name (in first-seen
// order, the first file that names a precinct giving its region, okrug and
// abroad flag; a place of several okrugs one precinct per okrug, as
// CountCSV learns it), with o's inputs completed as CountCSV completes them and
// each unreadable row a finding when o.SkipBadRows. A precinct the files
// name that def lacks stays unknown, and the validator reports it. The
// okrugs are learnt as CountCSV learns them. A count of the election under
// the Options returned (CountWith, Compare, CompareAnnulled) places each
// finding about a protocol at its file and row, as CountCSV does.
//
// MergeCSV has no rule set: where it learns the okrugs from the files, an
// okrug-ballot row of a precinct abroad teaches no okrug its candidates
// (a rule set's okrug.abroad "excluded", kg2021's law), and a candidate's
// list cell that matches no party is an error (as under a rule set whose
// list seats compensate). A count of the election under a rule set that
// counts the votes cast abroad (okrug.abroad "counted") is then an error
// (ErrMergedRules) when such rows were read: MergeCSVFor merges the files
// under the rule set the count will use.
func MergeCSV(def *election.Election, files []CSVInput, o Options) (*election.Election, Options, error) {
	o.abroadCounted, o.listsLoose = false, false
	e, o, _, err := mergeCSV(def, files, o)
	return e, o, err
}

// MergeCSVFor is MergeCSV for a count under r: the okrugs learnt from the
// files learn their candidates as CountCSV learns them under r (from the
// okrug-ballot rows abroad too under okrug.abroad "counted"; a candidate's
// list cell that matches no party a note, not an error, under a rule set
// whose list seats do not compensate), so that a count of the election
// under r (CountWith, CompareAnnulled) agrees with CountCSV's. An invalid
// rule set is an error.
func MergeCSVFor(def *election.Election, r Rules, files []CSVInput, o Options) (*election.Election, Options, error) {
	if err := r.Validate(); err != nil {
		return nil, o, err
	}
	o.abroadCounted, o.listsLoose = r.Okrug.Abroad.Counted(), !r.List.compensates()
	e, o, _, err := mergeCSV(def, files, o)
	return e, o, err
}

// ErrMergedRules is returned by a count of an election MergeCSV (or
// MergeCSVFor under another rule set) built when the okrugs it learnt from
// the files are learnt otherwise under the count's rule set: from the
// okrug-ballot rows of precincts abroad, which okrug.abroad "counted"
// learns from and "excluded" does not. Merge with MergeCSVFor and the
// count's rule set.
var ErrMergedRules = errors.New("the files were merged under another rule set")

// mergedRulesError says why a count of the election merged under o cannot
// be made under r (ErrMergedRules).
func mergedRulesError(o Options, r Rules) error {
	merged, count := `no rule set that counts them (MergeCSV)`, `okrug.abroad "counted"`
	if o.mergedCounted {
		merged, count = `okrug.abroad "counted"`, `okrug.abroad "excluded"`
	}
	return fmt.Errorf("shailoo: %w: the okrugs were learnt from the files under %s, and %d okrug-ballot rows of precincts abroad name an okrug, which a count under %s learns otherwise: merge the files with MergeCSVFor and this rule set",
		ErrMergedRules, merged, o.mergedAbroad, count)
}

// mergeCSV is MergeCSV, saying where the protocols of the files came from
// (origins, and o.places, which a count of e under o gives its findings).
func mergeCSV(def *election.Election, files []CSVInput, o Options) (*election.Election, Options, []rowOrigin, error) {
	if def == nil {
		return nil, o, nil, errors.New("shailoo: nil election")
	}
	if err := checkFiles(files); err != nil {
		return nil, o, nil, err
	}
	e := *def
	fromFiles := len(e.Precincts) == 0
	known := make(map[string]int, len(e.Precincts)) // ID → index in e.Precincts
	for i, p := range e.Precincts {
		if _, dup := known[p.ID]; !dup {
			known[p.ID] = i
		}
	}
	e.Precincts = append([]election.Precinct(nil), e.Precincts...)
	var fileOf []int // when fromFiles, the file that names each precinct first
	var ol *okrugLearner
	var dr *okrugRegions // the definition's okrugs, placed by the rows
	if learnsOkrugs(def, files) {
		ol = &okrugLearner{loose: o.listsLoose, abroad: o.abroadCounted}
	} else if fromFiles && len(def.Okrugs) > 0 {
		dr = newOkrugRegions(def)
	}
	o.Findings = slices.Clone(o.Findings)
	o.Notes = slices.Clone(o.Notes)
	if ol == nil {
		o.Notes = append(o.Notes, listColumnsUnread(files)...)
	}
	o.guesses(files)
	var places placeNames // the definition's regions and okrugs, once a row is checked
	sums := make([]string, len(files))
	var origins []rowOrigin
	var joins *partJoin
	if hasParts(files) {
		joins = &partJoin{at: map[placeKey]int{}, joined: map[[2]int]bool{}}
	}
	var later []okrugZeros // wide files' empty votes cells, read once the okrugs are learnt
	tables := make([]ingest.Table, len(files))
	for i, f := range files {
		fh := inputs.NewAsyncHash(o.newSHA256())
		m := f.Mapping
		if ol != nil && m.Shape != "long" && m.EmptyVotes == ingest.EmptyVotesNotOnBallot {
			// An empty cell is a candidate who did not stand there, not
			// a 0: which cells are empty is what is learnt (as
			// learnPrecincts reads them).
			m.EmptyVotes = ""
		}
		t, err := ingest.ReadCSV(io.TeeReader(f.R, fh), f.Name, m, ingest.Options{Lenient: o.SkipBadRows})
		sums[i] = fh.Sum()
		if err != nil {
			return nil, o, nil, err
		}
		tables[i] = t
	}
	if fromFiles {
		// Before a row is placed: a place that serves several okrugs is
		// a precinct of each (okrugScope), as CountCSV learns it.
		var note string
		if o.scoped, note = scopeTables(tables); o.scoped != nil {
			o.Notes = append(o.Notes, note)
		}
	} else if o.scoped = definedScope(def); o.scoped != nil {
		o.scoped.tables(tables, func(id string) bool { _, ok := known[id]; return ok })
	}
	for i, f := range files {
		t := tables[i]
		tables[i] = ingest.Table{} // e keeps what it needs of it
		zeros := ol != nil && f.Mapping.Shape != "long" && f.Mapping.EmptyVotes == ingest.EmptyVotesNotOnBallot
		if ol != nil {
			if err := ol.table(f.Name, f.Mapping, &t); err != nil {
				return nil, o, nil, err
			}
		}
		if dr != nil {
			dr.table(f.Name, f.Mapping, &t)
		}
		o.unreadable(t.Skipped)
		keys := dense.NewKeys()
		headerLine, totals, copies := tableTotals(t, keys, func(id string) bool { _, ok := known[id]; return !fromFiles && ok })
		o.totalRows(f.Name, headerLine, totals, copies, keys, nil)
		if len(t.LineIDs) > 0 {
			o.lineIDs(f.Name, len(t.LineIDs), t.LineIDs[0])
		}
		counts := t.Counts
		o.rowsLeftOut(f.Name, f.Mapping, counts)
		o.blankRows(f.Name, counts)
		if !zeros {
			o.notOnBallot(f.Name, f.Mapping, counts)
		}
		if len(known) > 0 {
			// Rows that place a precinct known (defined, or from an
			// earlier file) elsewhere, each protocol's row, as CountCSV
			// says them.
			if places == nil {
				places = placeNamesOf(&e)
			}
			place := make(map[string]*election.Precinct, len(t.Precincts))
			for k := range t.Precincts {
				place[t.Precincts[k].ID] = &t.Precincts[k]
			}
			for k := range t.Protocols {
				if j, ok := known[t.Protocols[k].Precinct]; ok && place[t.Protocols[k].Precinct] != nil {
					if fromFiles {
						// A part of a protocol whose earlier part gave
						// no region or okrug gives them, as a later row
						// of a file fills in an empty cell; so does a
						// later file (a mixed election's list file that
						// names no okrug, and its okrug file).
						fillPlace(&e.Precincts[j], place[t.Protocols[k].Precinct])
					}
					first := ""
					if fromFiles {
						first = files[fileOf[j]].Name
					}
					o.elsewhere(f.Name, t.Lines[k], place[t.Protocols[k].Precinct], &e.Precincts[j], places, first, t.Protocols[k].Ballot, t.Protocols[k].Machine)
				}
			}
		}
		var extra []placeChoiceLine
		if joins != nil && f.Mapping.Part {
			// Before anything reads t.Lines: the protocols joined to an
			// earlier file's part leave the table.
			extra = joins.join(&e, &t, i, f.Name, origins, &o)
		}
		figures := t.FigureRows // of the protocols a join leaves in t
		origins = append(origins, rowOrigin{file: f.Name, first: len(e.Protocols), lines: t.Lines, last: t.LastLines, precinctColumns: t.PrecinctColumns, columns: t.Columns, sums: t.Sums, long: f.Mapping.Shape == "long", empty: t.EmptyChoices, figures: figures, repeated: f.Mapping.Lines, extra: extra})
		if zeros {
			later = append(later, okrugZeros{file: f.Name, m: f.Mapping, counts: counts, first: len(e.Protocols), n: len(t.Protocols)})
		}
		e.Protocols = append(e.Protocols[:len(e.Protocols):len(e.Protocols)], t.Protocols...) // never into def's array
		for _, p := range t.Precincts {
			if _, ok := known[p.ID]; fromFiles && !ok {
				known[p.ID] = len(e.Precincts)
				e.Precincts = append(e.Precincts, p)
				fileOf = append(fileOf, i)
			}
		}
	}
	o.Inputs = fileInputs(o.Inputs, files, sums)
	if fromFiles {
		e.Precincts = withProtocolPrecincts(e.Precincts, def.Protocols)
	}
	if fromFiles && len(e.Regions) == 0 {
		e.Regions = regionsOf(e.Precincts)
		e.Precincts = abroadInNoRegion(e.Precincts, e.Regions)
		if len(e.Regions) > 0 {
			o.Notes = append(o.Notes, regionsLearnt(len(e.Regions)))
			o.regionsLearnt = true
		}
	}
	o.Findings = append(o.Findings, dr.findings()...)
	if ol != nil {
		var note string
		var found []validate.Finding
		e.Okrugs, note, found = ol.learnt()
		o.mergedAbroad, o.mergedCounted = ol.abroadRows, o.abroadCounted
		lists, err := ol.candidateLists(e.Parties, o.listsLoose)
		if err != nil {
			return nil, o, nil, err
		}
		if lists != "" {
			o.Notes = append(o.Notes, lists)
		}
		for _, z := range later {
			z.counts.NotOnBallot = z.fill(&e)
			o.notOnBallot(z.file, z.m, z.counts)
		}
		o.Notes = append(o.Notes, note)
		o.Findings = append(o.Findings, found...)
		o.okrugsLearnt = true
	}
	if !o.TotalsOnly { // nothing per precinct: CountCSV's totals-only count places none
		o.places = placesOf(&e, origins, joins)
		if o.places != nil {
			o.places.long = longNoEmptyVotes(files)
			o.places.wide = wideChoices(files)
		}
	}
	return &e, o, origins, nil
}

// scopeTables returns the keys of the precincts that the tables, each a
// file read whole, place in different okrugs (okrugScope; nil for none)
// and the note that says so, and gives those precincts, and their
// protocols, their okrug's ID.
func scopeTables(tables []ingest.Table) (okrugScope, string) {
	var scope scoping
	first := map[string]string{} // key → the okrug of its first file
	for i := range tables {
		for _, p := range tables[i].Precincts {
			okrug, seen := first[p.ID]
			switch {
			case !seen:
				first[p.ID] = p.Okrug
			case okrug != "" && p.Okrug != "" && p.Okrug != okrug:
				scope.add(p.ID, okrug, p.Okrug)
			}
		}
	}
	if scope.keys == nil {
		return nil, ""
	}
	scope.keys.tables(tables, nil)
	return scope.keys, scope.note()
}

// tables gives the precincts of the tables whose key s holds, and their
// protocols, their okrug's ID, each that defined says is one (nil: each).
func (s okrugScope) tables(tables []ingest.Table, defined func(id string) bool) {
	for i := range tables {
		t := &tables[i]
		okrugOf := map[string]string{}
		for k := range t.Precincts {
			p := &t.Precincts[k]
			if id, ok := s.id(p.ID, p.Okrug); ok && (defined == nil || defined(id)) {
				okrugOf[p.ID], p.ID = p.Okrug, id
			}
		}
		if len(okrugOf) == 0 {
			continue
		}
		for k := range t.Protocols {
			q := &t.Protocols[k]
			if okrug, ok := okrugOf[q.Precinct]; ok {
				q.Precinct, _ = s.id(q.Precinct, okrug)
			}
		}
	}
}

// definedScope returns the keys of the precincts that def lists as
// scoped by their okrug ("Auckland Central / Westfield Newmarket", in
// okrug "Auckland Central"): a place that serves several okrugs, listed
// once for each. A row that names such a key and one of those okrugs is
// that okrug's precinct (okrugScope). Nil when def lists none.
func definedScope(def *election.Election) okrugScope {
	var s okrugScope
	for _, p := range def.Precincts {
		if key, ok := strings.CutPrefix(p.ID, p.Okrug+" / "); ok && p.Okrug != "" && key != "" {
			if s == nil {
				s = okrugScope{}
			}
			s[key] = true
		}
	}
	return s
}

// okrugZeros is a wide file of the okrug ballot under "empty_votes":
// "not_on_ballot" read whole before its okrugs are learnt: its protocols
// (n of them from e.Protocols[first]) are read with their empty votes
// cells not given, and fill reads them as CountCSV does (ingest.Options.Okrugs).
type okrugZeros struct {
	file   string
	m      ingest.Mapping
	counts ingest.Counts
	first  int
	n      int
}

// fill reads, in each protocol of z that gives a choice's votes and is
// in no okrug e knows (a list ballot's, or of the okrug ballot unplaced),
// the votes not given of a mapped choice as 0 votes, and returns how many
// it so read. A protocol of an okrug e learnt is left as read: a
// candidate of the okrug whose cell is empty there is a figure not given
// (X229), one of another okrug stays absent.
func (z okrugZeros) fill(e *election.Election) int {
	mapped := map[string]bool{}
	for _, id := range z.m.Layout().Votes {
		mapped[id] = true
	}
	at := make(map[string]*election.Okrug, len(e.Okrugs))
	for i := range e.Okrugs {
		at[e.Okrugs[i].ID] = &e.Okrugs[i]
	}
	pr := make(map[string]string, len(e.Precincts)) // precinct → okrug
	for _, p := range e.Precincts {
		pr[p.ID] = p.Okrug
	}
	n := 0
	for i := z.first; i < z.first+z.n && i < len(e.Protocols); i++ {
		q := &e.Protocols[i]
		if len(q.Votes) == 0 {
			continue // a row of no choice's votes: its figures did not come
		}
		if ok := at[pr[q.Precinct]]; q.Ballot == election.OkrugBallot && ok != nil {
			// A choice on its okrug's ballot (one the okrug's other rows
			// give a figure for) is on this protocol's too: its empty
			// cell is a figure not given (X229), never 0; one not on it
			// is no candidate there (ingest's notOnBallot).
			continue
		}
		ids := z.m.Layout().Votes
		for _, id := range ids {
			if _, given := q.Votes[id]; !given && mapped[id] {
				q.Votes[id] = 0
				n++
			}
		}
	}
	return n
}

// hasParts says whether a file's mapping says that it gives a part of
// each protocol (ingest.Mapping.Part).
func hasParts(files []CSVInput) bool {
	return slices.ContainsFunc(files, func(f CSVInput) bool { return f.Mapping.Part })
}

// partJoin joins the protocols of files that each give a part of them
// (ingest.Mapping.Part): the protocol of a precinct, ballot and count
// that an earlier such file gave takes the figures of a later file's.
type partJoin struct {
	// at gives the index in the merged election of the first protocol
	// of each precinct, ballot and count that a file of parts gave.
	at map[placeKey]int
	// joined says which protocols (index) a file (its number) has
	// joined already: a file's second protocol of the same precinct,
	// ballot and count is a duplicate of its first (X207), not a part.
	joined map[[2]int]bool
	// figs are the figures joined, and those two parts gave differently.
	figs parts.Figures
	// from gives, per protocol joined (its index in the merged
	// election), the rows of each part that gave it, in file order, and
	// the figures each gave: a finding names the rows of the parts that
	// give the figures it is about (rowPlaces.placeParts).
	from map[int][]partRows
}

// partRows are the rows of one file that gave a part of a protocol: the
// row on line, or in a long file the rows line to last; the figures the
// part gave (their values are not read); and in a long file the row of
// each figure one row gives ("votes.ID", as ingest.FigureRow.Field).
type partRows struct {
	file       string
	line, last int
	col        int // a transposed file's precinct column; 0: none
	lines      map[election.Line]int64
	votes      map[string]int64
	prefs      map[string]int64
	figures    map[string]int
}

// gives says whether the part gave a figure the finding f is about: of
// a control relation (relation), its lines and the votes (votes).
func (s *partRows) gives(f *validate.Finding, lines []election.Line, votes, relation bool) bool {
	p := &f.Place
	switch {
	case relation:
		if votes && len(s.votes) > 0 {
			return true
		}
		return slices.ContainsFunc(lines, func(l election.Line) bool { _, ok := s.lines[l]; return ok })
	case f.Code == validate.PreferencesOverVotes:
		_, ok := s.votes[p.Party]
		return ok || len(s.prefs) > 0
	case p.Choice != "":
		_, ok := s.votes[p.Choice]
		return ok
	case p.Candidate != "":
		_, ok := s.prefs[p.Candidate]
		return ok
	case p.Line != "":
		_, ok := s.lines[election.Line(p.Line)]
		return ok
	}
	return len(s.lines)+len(s.votes)+len(s.prefs) > 0 // the whole protocol
}

// rows says which rows of the part give the figures of f (of a control
// relation: relation): in a long file the row that gives a choice's
// votes, a candidate's preference votes or a line alone, or the
// protocol's rows (a finding of the protocol's own, ownCode); else the
// part's row.
func (s *partRows) rows(f *validate.Finding, relation bool) validate.Rows {
	p := &f.Place
	r := validate.Rows{File: s.file, Row: s.line}
	field := ""
	switch {
	case relation || f.Code == validate.PreferencesOverVotes:
	case p.Choice != "":
		field = "votes." + p.Choice
	case p.Candidate != "":
		field = "preferences." + p.Candidate
	case p.Line != "":
		field = "lines." + p.Line
	}
	if line, ok := s.figures[field]; ok && field != "" {
		r.Row = line
	} else if field == "" && s.last > s.line && ownCode(f.Code) {
		r.LastRow = s.last
	}
	return r
}

// placeChoiceLine is the row of a long file that names a choice of a
// protocol with its votes cell empty, for a protocol joined to another
// file's part.
type placeChoiceLine struct {
	placeChoice
	file string
	line int
}

// join puts each protocol of t (from file number i, named file) that an
// earlier file of parts gave into that protocol, and leaves it out of t
// (its Lines, PrecinctColumns and EmptyChoices too). A figure both give
// alike is one figure; given differently, it is a finding
// (validate.PartsDisagree, at the later row, naming the earlier) and is
// left not given: which is right is not known. It returns the rows of
// the joined protocols that name a choice with its votes cell empty.
func (j *partJoin) join(e *election.Election, t *ingest.Table, i int, file string, origins []rowOrigin, o *Options) []placeChoiceLine {
	// to gives each protocol of t its index once the joined ones leave,
	// or, joined, -1 - the index of the protocol it joined.
	to := make([]int, len(t.Protocols))
	var figureRows map[int]map[string]int // a long file's rows of each figure, by protocol
	for _, f := range t.FigureRows {
		if figureRows == nil {
			figureRows = map[int]map[string]int{}
		}
		if figureRows[f.Protocol] == nil {
			figureRows[f.Protocol] = map[string]int{}
		}
		figureRows[f.Protocol][f.Field] = f.Line
	}
	n := 0
	for k := range t.Protocols {
		q := &t.Protocols[k]
		key := placeKey{q.Precinct, q.Ballot, q.Machine}
		at, ok := j.at[key]
		if ok && !j.joined[[2]int{at, i}] {
			to[k] = -1 - at
			j.joined[[2]int{at, i}] = true
			rows := partRows{file: file, line: t.Lines[k], lines: q.Lines, votes: q.Votes, prefs: q.Preferences, figures: figureRows[k]}
			if k < len(t.LastLines) {
				rows.last = t.LastLines[k]
			}
			if k < len(t.PrecinctColumns) {
				rows.col = t.PrecinctColumns[k]
			}
			j.figures(e, at, q, rows, origins, o)
			continue
		}
		if !ok {
			j.at[key] = len(e.Protocols) + n
		}
		j.joined[[2]int{len(e.Protocols) + n, i}] = true
		to[k] = n
		t.Protocols[n], t.Lines[n] = *q, t.Lines[k]
		if len(t.PrecinctColumns) > 0 {
			t.PrecinctColumns[n] = t.PrecinctColumns[k]
		}
		if k < len(t.LastLines) {
			t.LastLines[n] = t.LastLines[k]
		}
		n++
	}
	// The rows of the figures of the protocols that stay, renumbered.
	figs := t.FigureRows[:0]
	for _, f := range t.FigureRows {
		if to[f.Protocol] >= 0 {
			f.Protocol = to[f.Protocol]
			figs = append(figs, f)
		}
	}
	t.FigureRows = figs
	var extra []placeChoiceLine
	empty := t.EmptyChoices[:0]
	for _, c := range t.EmptyChoices {
		if to[c.Protocol] >= 0 {
			c.Protocol = to[c.Protocol]
			empty = append(empty, c)
			continue
		}
		q := &e.Protocols[-1-to[c.Protocol]]
		extra = append(extra, placeChoiceLine{placeChoice{placeKey{q.Precinct, q.Ballot, q.Machine}, c.Choice}, file, c.Line})
	}
	t.EmptyChoices = empty
	t.Protocols, t.Lines = t.Protocols[:n], t.Lines[:n]
	if len(t.PrecinctColumns) > 0 {
		t.PrecinctColumns = t.PrecinctColumns[:n]
	}
	if len(t.LastLines) > n {
		t.LastLines = t.LastLines[:n]
	}
	return extra
}

// figures puts the figures of q, read from rows (the part's rows of
// a file), into protocol at of e, a part an earlier file gave.
func (j *partJoin) figures(e *election.Election, at int, q *election.Protocol, rows partRows, origins []rowOrigin, o *Options) {
	p := &e.Protocols[at]
	file, line := rows.file, rows.line
	origin := func() partRows {
		var r partRows
		for _, g := range origins {
			if at >= g.first && at < g.first+len(g.lines) {
				r = partRows{file: g.file, line: g.lines[at-g.first]}
				if at-g.first < len(g.last) {
					r.last = g.last[at-g.first]
				}
				if at-g.first < len(g.precinctColumns) {
					r.col = g.precinctColumns[at-g.first]
				}
			}
		}
		return r
	}
	first := func() parts.Row {
		r := origin()
		return parts.Row{File: r.file, Line: r.line}
	}
	if j.from == nil {
		j.from = map[int][]partRows{}
	}
	if _, ok := j.from[at]; !ok {
		// The first part's figures, before a later one's join them.
		r := origin()
		r.lines, r.votes, r.prefs = maps.Clone(p.Lines), maps.Clone(p.Votes), maps.Clone(p.Preferences)
		j.from[at] = []partRows{r}
	}
	j.from[at] = append(j.from[at], rows)
	j.figs.Join(p, q, at, parts.Row{File: file, Line: line}, first, func(name string, got, had int64, earlier parts.Row) {
		o.Findings = append(o.Findings, validate.PartsDisagree(file, line, p.Precinct, p.Ballot, p.Machine, name, got, earlier.File, earlier.Line, had))
	})
}

// regionsOf returns the regions the precincts ps name, each once, in
// first-seen order, named by its ID. A precinct abroad is in no region,
// and names none here: a region that only precincts abroad name (Kenya's
// "Diaspora", its row marked abroad in a column of its own) is no region
// of the election.
func regionsOf(ps []election.Precinct) []election.Region {
	var rs []election.Region
	seen := map[string]bool{}
	last := ""
	for _, p := range ps {
		if p.Region == last || p.Abroad { // the precincts of a region come together
			continue
		}
		last = p.Region
		if p.Region != "" && !seen[p.Region] {
			seen[p.Region] = true
			rs = append(rs, election.Region{ID: p.Region, Name: p.Region})
		}
	}
	return rs
}

// abroadInNoRegion returns ps with the region of each precinct abroad
// that names none of rs, the regions learnt from ps (regionsOf), left
// empty: it is in no region, as the learning made it, and names none
// that the definition lacks (X213 checks the region a precinct abroad
// names, where a definition gives regions). ps itself is not changed: a
// copy is made where one is.
func abroadInNoRegion(ps []election.Precinct, rs []election.Region) []election.Precinct {
	copied := false
	for i := range ps {
		if !ps[i].Abroad || ps[i].Region == "" || slices.ContainsFunc(rs, func(r election.Region) bool { return r.ID == ps[i].Region }) {
			continue
		}
		if !copied {
			ps, copied = slices.Clone(ps), true
		}
		ps[i].Region = ""
	}
	return ps
}

// fileInputs puts the SHA-256 of each file, with the provenance its
// mapping gives (else ProvenanceNotGiven), in the first input named as
// the file that has none, or appends it.
func fileInputs(inputs []Input, files []CSVInput, sums []string) []Input {
	out := slices.Clone(inputs)
	for i, f := range files {
		j := slices.IndexFunc(out, func(in Input) bool { return in.Name == f.Name && in.SHA256 == "" })
		prov := cmp.Or(string(f.Mapping.Provenance), ProvenanceNotGiven)
		if j < 0 {
			out = append(out, Input{Name: f.Name, SHA256: sums[i], Provenance: prov, Source: f.Mapping.Source})
			continue
		}
		out[j].SHA256, out[j].Provenance, out[j].Source = sums[i], prov, f.Mapping.Source
	}
	return out
}

// errStop ends a scan whose caller keeps the error itself.
var errStop = errors.New("shailoo: stopped")

// bigFigure is the size from which a figure is remembered (bigFigures):
// inputs.BigFigure.
const bigFigure = inputs.BigFigure

// bigFigures remembers, for each figure of the protocols ("votes.ak-jol"),
// the largest in size of 2^31 or more and the row it is in: when a sum
// leaves int64, the row at which it does is seldom the one to blame, and
// the error names both. It holds a few entries at most (none in a real
// election), so a count's memory does not grow with its rows.
type bigFigures map[string]bigAt

type bigAt struct {
	v        int64
	at       *ingest.ParseError
	precinct string
}

// note remembers the big figures of d, whose row place gives.
func (b bigFigures) note(k *dense.Keys, d *dense.Protocol, place func(field string) *ingest.ParseError) {
	for sec := range dense.Sections {
		for _, e := range d.Section(sec) {
			if e.V > -bigFigure && e.V < bigFigure {
				continue
			}
			b.noteFigure(figureName(k, sec, e.Pos), e.V, d.Precinct, place)
		}
	}
}

// noteFigure remembers figure v of field name of precinct's protocol, if
// big and the largest yet; place gives its row (nil: not from a file).
func (b bigFigures) noteFigure(name string, v int64, precinct string, place func(field string) *ingest.ParseError) {
	if v > -bigFigure && v < bigFigure {
		return
	}
	if old, ok := b[name]; ok && magnitude(old.v) >= magnitude(v) {
		return
	}
	if at := place(name); at != nil {
		b[name] = bigAt{v: v, at: at, precinct: precinct}
	}
}

// locate turns a sum past int64 found when adding d (err, from the tally)
// into an *ingest.ParseError at d's row (place gives it) that says the
// sum, and where the largest figure of that field is; other errors are
// returned as they are.
func (b bigFigures) locate(err error, k *dense.Keys, d *dense.Protocol, place func(field string) *ingest.ParseError) error {
	var pe *tally.ProtocolError
	var oe *tally.OverflowError
	if !errors.As(err, &pe) || !errors.As(err, &oe) || oe.Key == "" {
		return err
	}
	name := oe.Field + "." + oe.Key
	var v int64
	for sec := range dense.Sections {
		for _, e := range d.Section(sec) {
			if figureName(k, sec, e.Pos) == name {
				v = e.V
			}
		}
	}
	var top *bigAt
	if t, ok := b[name]; ok {
		top = &t
	}
	at := place(name)
	at.Err = &sumError{msg: sumMessage(pe, name, d.Precinct, d.Ballot, v, top), err: err}
	return at
}

// sumMessage says that the sum of field name over pe's scope leaves int64
// when protocol (precinct, ballot) adds its figure v, and where the
// largest figure of the field is (top, when known).
func sumMessage(pe *tally.ProtocolError, name, precinct string, ballot election.BallotKind, v int64, top *bigAt) string {
	scope := pe.Scope
	switch {
	case scope == tally.ScopeNation:
		scope = "the nation"
	case scope == tally.ScopeAbroad:
		scope = "the precincts abroad"
	case scope == tally.ScopeUnplaced:
		scope = "the precincts in no region or okrug"
	case strings.HasPrefix(scope, "region:"), strings.HasPrefix(scope, "okrug:"):
		kind, id, _ := strings.Cut(scope, ":")
		scope = kind + " " + echo.Text(id)
	}
	msg := fmt.Sprintf("precinct %s (%s ballot): the sum of %s over %s leaves the int64 range when this row's %s is added",
		echo.Quote(precinct), echo.Text(ballot), name, scope, echo.Group(v))
	if top != nil {
		msg += fmt.Sprintf("; the largest %s is %s", name, top)
	}
	return msg
}

// rowOrigin says where the protocols read from one CSV file (MergeCSV)
// came from: protocols first to first+len(lines)-1 of the merged
// election, from lines of file whose mapped fields are at columns.
type rowOrigin struct {
	file  string
	first int
	lines []int
	// last gives, in a long file, the line of each protocol's last row
	// (ingest.Table.LastLines).
	last []int
	// precinctColumns gives, in a transposed file, each protocol's
	// column (ingest.Table.PrecinctColumns); nil for another file.
	precinctColumns []int
	columns         map[string]int
	sums            map[string][]int // the columns of the figures mapped to several
	// A long file's protocols are made of several rows: a choice's
	// votes not given are named by the row that names the choice with
	// an empty cell (empty), or by none of them.
	long  bool
	empty []ingest.ChoiceRow
	// figures gives the row of each figure one row of a long file gives
	// (ingest.Table.FigureRows); nil for a file of parts. repeated are
	// the long file's lines given in columns repeated on every row.
	figures  []ingest.FigureRow
	repeated map[election.Line]ingest.Column
	// extra gives those rows of the protocols joined to another file's
	// part (ingest.Mapping.Part), which are not in lines.
	extra []placeChoiceLine
}

// rowPlaces says where each protocol read from a file is, by precinct,
// ballot and count: what a count of the election MergeCSV built (its
// protocols, or some of them: annulments leave some out) needs to give
// each finding its file, line and column.
type rowPlaces struct {
	rows    map[placeKey]rowAt
	choices map[placeChoice]int
	// votes gives the row of a long file that gives a choice's votes of
	// a protocol alone, for the findings about them; lines the row that
	// gives a line (its name in choice).
	votes map[placeChoice]int
	lines map[placeChoice]lineRow
	// dups gives the row of each protocol (by its index in the election)
	// that another row of its precinct, ballot and count repeats, for
	// its own findings (placeOwn): locate places none of them.
	dups map[int]rowAt
	// firsts gives the first row of each protocol that several rows give,
	// where locate places its findings but the duplicate's.
	firsts map[placeKey]rowAt
	// long names the long files whose mapping leaves empty_votes unset
	// (noRowNotes).
	long map[string]bool
	// parts gives the rows of the parts of each protocol joined from
	// files of parts (partJoin.from), and choiceFiles the file of a row
	// of choices that names a choice with its votes cell empty in a part
	// joined (its line in choices).
	parts       map[placeKey][]partRows
	choiceFiles map[placeChoice]string
	// wide gives the choices each wide file's mapping reads
	// (emptyRowNotes).
	wide map[string]int
}

type placeKey struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

type rowAt struct {
	file string
	line int
	col  int  // a transposed file's precinct column; 0: none
	dup  bool // several rows give the protocol (rowIndex.locate says why)
	long bool
	last int // a long file's protocol: the line of its last row; 0: one row
}

type placeChoice struct {
	placeKey
	choice string
}

// lineRow is the row that gives a line of a long file's protocol, and
// whether the line is a column repeated on every row of it.
type lineRow struct {
	line     int
	repeated bool
}

// placesOf returns where the protocols of e, read from the files origins
// name, are; nil when none was read from a file.
func placesOf(e *election.Election, origins []rowOrigin, joins *partJoin) *rowPlaces {
	if len(origins) == 0 {
		return nil
	}
	x := &rowPlaces{rows: map[placeKey]rowAt{}, choices: map[placeChoice]int{}}
	var from map[int][]partRows
	if joins != nil && len(joins.from) > 0 {
		from = joins.from
		x.parts = make(map[placeKey][]partRows, len(from))
		for at, rows := range from {
			q := &e.Protocols[at]
			x.parts[placeKey{q.Precinct, q.Ballot, q.Machine}] = rows
		}
	}
	first := map[placeKey]int{} // the index of each key's first protocol
	for _, o := range origins {
		for j, line := range o.lines {
			q := &e.Protocols[o.first+j]
			k := placeKey{q.Precinct, q.Ballot, q.Machine}
			before, dup := x.rows[k]
			col := 0
			if j < len(o.precinctColumns) {
				col = o.precinctColumns[j]
			}
			last := 0
			if j < len(o.last) {
				last = o.last[j]
			}
			x.rows[k] = rowAt{o.file, line, col, dup, o.long, last}
			if dup && !before.dup {
				if x.firsts == nil {
					x.firsts = map[placeKey]rowAt{}
				}
				x.firsts[k] = before
			}
			if !dup {
				first[k] = o.first + j
			} else if !o.long {
				if x.dups == nil {
					x.dups = map[int]rowAt{}
				}
				if _, ok := x.dups[first[k]]; !ok && !before.long {
					x.dups[first[k]] = before
				}
				x.dups[o.first+j] = x.rows[k]
			}
		}
		for _, c := range o.empty {
			q := &e.Protocols[o.first+c.Protocol]
			x.choices[placeChoice{placeKey{q.Precinct, q.Ballot, q.Machine}, c.Choice}] = c.Line
		}
		for _, c := range o.figures {
			q := &e.Protocols[o.first+c.Protocol]
			k := placeKey{q.Precinct, q.Ballot, q.Machine}
			if id, ok := strings.CutPrefix(c.Field, "votes."); ok {
				if x.votes == nil {
					x.votes = map[placeChoice]int{}
				}
				x.votes[placeChoice{k, id}] = c.Line
			} else if id, ok := strings.CutPrefix(c.Field, "lines."); ok {
				if x.lines == nil {
					x.lines = map[placeChoice]lineRow{}
				}
				_, repeated := o.repeated[election.Line(id)]
				x.lines[placeChoice{k, id}] = lineRow{c.Line, repeated}
			}
		}
		for _, c := range o.figures {
			// The rows of the figures of a first part that a later
			// part joined.
			if rows, ok := from[o.first+c.Protocol]; ok {
				if rows[0].figures == nil {
					rows[0].figures = map[string]int{}
				}
				rows[0].figures[c.Field] = c.Line
			}
		}
		for _, c := range o.extra {
			x.choices[c.placeChoice] = c.line
			if x.choiceFiles == nil {
				x.choiceFiles = map[placeChoice]string{}
			}
			x.choiceFiles[c.placeChoice] = c.file
		}
	}
	return x
}

// locate gives each finding about one protocol read from a file the file
// and line of its row (Place.File, Place.Row), and a transposed file's
// column: the protocol of the finding's precinct, ballot and count, the
// last such row when there are several for the duplicate (X207), the
// first for its other cross-checks, as rowIndex.locate places them (the
// own findings of such protocols are placed as they are checked,
// placeOwn); in a long file, a finding about a choice's votes at the row
// that gives them.
func (x *rowPlaces) locate(fs []validate.Finding, r validate.Rules) {
	if x == nil {
		return
	}
	for i := range fs {
		p := &fs[i].Place
		if p.File != "" || p.Precinct == "" || p.Ballot == "" {
			continue
		}
		k := placeKey{p.Precinct, p.Ballot, p.Machine}
		a, ok := x.rows[k]
		if rows, joined := x.parts[k]; joined && ok && !a.dup {
			x.placeParts(&fs[i], k, rows, r)
			continue
		}
		if ok && a.dup && fs[i].Code != validate.DuplicateProtocol {
			a, ok = x.firsts[k]
		}
		if ok && a.dup && fs[i].Code == validate.DuplicateProtocol {
			if at, found := x.firsts[k]; found && at.col == 0 {
				name := ""
				if at.file != a.file {
					name = at.file
				}
				p.File, p.Row = a.file, a.line
				fs[i].DuplicateRows(name, at.line, nil)
			}
		}
		if ok {
			p.File, p.Row, p.Column = a.file, a.line, a.col
			if a.long && fs[i].Code == validate.MissingVotes && p.Choice != "" {
				p.Row = x.choices[placeChoice{k, p.Choice}] // 0: no row of its own
			} else if line, ok := x.votes[placeChoice{k, p.Choice}]; a.long && ok && p.Choice != "" {
				p.Row = line // the row that gives the votes
			} else if l, ok := x.lines[placeChoice{k, p.Line}]; a.long && ok && p.Choice == "" && p.Line != "" {
				p.Row = l.line // the row whose figure of the line is read
				if l.repeated && !a.dup && a.last > l.line && ownCode(fs[i].Code) {
					p.LastRow = a.last // to the protocol's last, as placeOwn gives them
				}
			} else if a.long && !a.dup && p.Choice == "" && a.last > a.line && ownCode(fs[i].Code) {
				p.LastRow = a.last // the protocol's rows, as placeOwn gives them
			}
		}
	}
}

// placeParts places f, a finding about protocol k joined from the parts
// rows give (the first part's first), at the rows of the parts that give
// the figures it is about (a control relation's terms under r: its lines
// and the votes): one part's rows, or two parts' (Place.Also the
// second's). A figure not given (X229) is at the row of a part that names
// its choice with an empty cell, if any.
func (x *rowPlaces) placeParts(f *validate.Finding, k placeKey, rows []partRows, r validate.Rules) {
	p := &f.Place
	if f.Code == validate.MissingVotes && p.Choice != "" {
		c := placeChoice{k, p.Choice}
		p.File, p.Row, p.Column = rows[0].file, x.choices[c], rows[0].col // 0: no row of its own
		if file, ok := x.choiceFiles[c]; ok {
			p.File, p.Column = file, 0
		}
		return
	}
	lines, votes, relation := r.Terms(f.Code)
	var at []int
	for j := range rows {
		if rows[j].gives(f, lines, votes, relation) {
			at = append(at, j)
		}
	}
	if len(at) == 0 {
		at = []int{0} // no part gives them: the protocol's first row
	}
	first := rows[at[0]].rows(f, relation)
	p.File, p.Row, p.LastRow, p.Column = first.File, first.Row, first.LastRow, rows[at[0]].col
	if len(at) > 1 {
		// (A third part's rows, were there one, are left unsaid: a
		// place names two files; the precinct names the protocol.)
		p.Also = rows[at[1]].rows(f, relation)
	}
}

// placeOwn places the own findings of protocol i of the election, just
// checked by s, at its row when another row repeats its precinct, ballot
// and count (locate places the findings of the others).
func (x *rowPlaces) placeOwn(s *validate.Stream, i int) {
	if x == nil {
		return
	}
	if a, ok := x.dups[i]; ok {
		fs := streamOwnFound(s)
		for j := range fs {
			if q := &fs[j].Place; q.File == "" && q.Precinct != "" && q.Ballot != "" {
				q.File, q.Row, q.Column = a.file, a.line, a.col
			}
		}
	}
}

// ownCode says whether code is of a protocol's own findings, checked on
// the protocol alone (its control relations, P1xx, and a rule set's,
// F...): placeOwn places them as a file is streamed.
func ownCode(code validate.Code) bool {
	return strings.HasPrefix(string(code), "P") || strings.HasPrefix(string(code), "F")
}

// placeOwn places f, a finding of the protocol row gives on its own, at
// the row, read from file: a long file's finding about a choice's votes
// or a line at the row that gives that figure alone (a line of the
// columns repeated, each on every row of the protocol, at the rows from
// the first that gives it), or at the protocol's rows; but a long file's
// figure not given (X229), which rowIndex.locate places at the row that
// names it with an empty cell.
func placeOwn(f *validate.Finding, file string, row *ingest.Row, long bool, repeated map[election.Line]ingest.Column) {
	q := &f.Place
	if q.File != "" || q.Precinct == "" || q.Ballot == "" || long && f.Code == validate.MissingVotes {
		return
	}
	q.File, q.Row, q.Column = file, row.Line, row.Column
	if !long {
		return
	}
	field := ""
	switch {
	case q.Choice != "":
		field = "votes." + q.Choice
	case q.Line != "":
		// A line's finding (P103: valid ballots against the votes of
		// all the choices) is at the row whose figure of that line is
		// read: its row of line_values, or the first row that gives a
		// column repeated on every row, to the protocol's last.
		field = "lines." + q.Line
	}
	if line := row.FigureLine(field); field != "" && line > 0 {
		q.Row = line
		if _, ok := repeated[election.Line(q.Line)]; ok && q.Choice == "" && row.LastLine > line {
			q.LastRow = row.LastLine
		}
		return
	}
	if q.Choice == "" && row.LastLine > row.Line {
		// A finding of the protocol, not of one row's figure (P102 of
		// lines summed from several rows): its rows.
		q.LastRow = row.LastLine
	}
}

// locateMerged is bigFigures.locate and explain for the count of the
// election MergeCSV built: protocol i of e came from the row origins say.
// An error about a protocol not from a file is returned as it is.
func locateMerged(err error, e *election.Election, origins []rowOrigin) error {
	if !errors.Is(err, exact.ErrOverflow) {
		return err
	}
	place := func(i int, name string) *ingest.ParseError {
		for _, o := range origins {
			if i >= o.first && i < o.first+len(o.lines) {
				return &ingest.ParseError{File: o.file, Line: o.lines[i-o.first], Column: o.columns[name], Field: name, Sum: o.sums[name]}
			}
		}
		return nil
	}
	b := bigFigures{}
	for i := range e.Protocols {
		q := &e.Protocols[i]
		for _, x := range []struct {
			sec string
			m   map[string]int64
		}{{"votes.", q.Votes}, {"preferences.", q.Preferences}} {
			for k, v := range x.m {
				b.noteFigure(x.sec+k, v, q.Precinct, func(name string) *ingest.ParseError { return place(i, name) })
			}
		}
		for k, v := range q.Lines {
			b.noteFigure("lines."+string(k), v, q.Precinct, func(name string) *ingest.ParseError { return place(i, name) })
		}
	}
	var pe *tally.ProtocolError
	var oe *tally.OverflowError
	if !errors.As(err, &pe) || !errors.As(err, &oe) || oe.Key == "" || pe.Index < 0 || pe.Index >= len(e.Protocols) {
		return b.explain(err)
	}
	name := oe.Field + "." + oe.Key
	at := place(pe.Index, name)
	if at == nil {
		return b.explain(err)
	}
	q := &e.Protocols[pe.Index]
	var v int64
	switch oe.Field {
	case "lines":
		v = q.Lines[election.Line(oe.Key)]
	case "votes":
		v = q.Votes[oe.Key]
	default:
		v = q.Preferences[oe.Key]
	}
	var top *bigAt
	if t, ok := b[name]; ok {
		top = &t
	}
	at.Err = &sumError{msg: sumMessage(pe, name, q.Precinct, q.Ballot, v, top), err: err}
	return at
}

// explain adds to a sum past int64 that is not a protocol's (a threshold
// base, the votes of all lists: err) where the figures of 2^31 or more
// are, largest first, as an *ingest.ParseError at the largest; other
// errors, and errors when no such figure was read, are returned as they
// are.
func (b bigFigures) explain(err error) error {
	var pe *ingest.ParseError
	if len(b) == 0 || !errors.Is(err, exact.ErrOverflow) || errors.As(err, &pe) {
		return err
	}
	names := make([]string, 0, len(b))
	for name := range b {
		names = append(names, name)
	}
	slices.SortFunc(names, func(x, y string) int {
		if c := cmp.Compare(magnitude(b[y].v), magnitude(b[x].v)); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	var list []string
	for _, name := range names {
		list = append(list, name+" "+b[name].String())
	}
	top := b[names[0]]
	at := *top.at
	at.Err = &sumError{msg: strings.TrimPrefix(err.Error(), "shailoo: ") + "; the figures of 2^31 or more, largest first: " + strings.Join(list, ", "), err: err}
	return &at
}

// String says a figure and its place: "9,223,372,036,854,775,000 at
// p.csv:3:4 (precinct "1002")".
func (t bigAt) String() string {
	if t.at == nil {
		return echo.Group(t.v) + " (precinct " + echo.Quote(t.precinct) + ")"
	}
	where := t.at.File + ":" + strconv.Itoa(t.at.Line)
	if t.at.Column > 0 {
		where += ":" + strconv.Itoa(t.at.Column)
	}
	return echo.Group(t.v) + " at " + where + " (precinct " + echo.Quote(t.precinct) + ")"
}

// sumError is a sum past int64, said in the user's words; it unwraps to
// the tally's error (and so to exact.ErrOverflow).
type sumError struct {
	msg string
	err error
}

func (e *sumError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return e.msg
}

func (e *sumError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.err
}

func magnitude(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

// figureName names the figure at position pos of a section as a mapping
// field does: "lines.voters", "votes.ak-jol", "preferences.ak-jol-1".
func figureName(k *dense.Keys, sec int, pos int32) string {
	return [dense.Sections]string{"lines.", "votes.", "preferences."}[sec] + k.Section(sec).Key(pos)
}
