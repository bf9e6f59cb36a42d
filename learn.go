package shailoo

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/internal/hugepage"
	"github.com/shailoo/shailoo/internal/inputs"
	"github.com/shailoo/shailoo/internal/totalrows"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// learnPrecincts lets CountCSV stream files whose definition lists no
// precincts (a commission's file counted with a definition inferred from
// its mapping) instead of reading them whole into maps (mergeCSV): it
// reads each file's bytes once, learns the precincts from their key cells
// alone (precinct, region, okrug, abroad; the figures are not parsed,
// unless okrugs), and returns def with those precincts (and, when def has
// none, the regions the cells name; with okrugs, the okrugs and their
// candidates, okrugLearner), the files to read again from the bytes kept,
// the index of those precincts when learning them built it (or nil),
// the notes mergeCSV would have added about the regions and okrugs, and
// the findings of okrugs whose rows name two regions, or another than the
// definition's (I607, okrugRegions).
//
// The precincts are mergeCSV's: in first-seen order, the first file that
// names a precinct giving its region, okrug and abroad flag, an empty one
// filled in from a later row of the file or of a later file. ok is false, and the files are
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
//
// A precinct whose key rows of two files place in different okrugs (a
// voting place that serves several electorates, each file one
// electorate's) is one precinct per okrug (okrugScope): scoped names
// those keys, which each row of such a key is counted under as
// okrugScope.id says.
//
// from gives, for each precinct learnt, the index of the file that names
// it first (nil: the first file names them all).
func learnPrecincts(def *election.Election, files []CSVInput, o Options, okrugs bool) (learnt *election.Election, again []CSVInput, sums []*inputs.AsyncHash, table *dense.Precincts, notes []string, found []validate.Finding, scoped okrugScope, from []int32, ok bool) {
	again = slices.Clone(files)
	sums = make([]*inputs.AsyncHash, len(files))
	if o.SkipBadRows {
		return nil, again, sums, nil, nil, nil, nil, nil, false
	}
	var ol *okrugLearner
	var dr *okrugRegions // the definition's okrugs, placed by the rows
	var keys *dense.Keys // the figures' positions, for the totals of ol's rows
	if okrugs {
		ol, keys = &okrugLearner{loose: o.listsLoose, abroad: o.abroadCounted}, dense.NewKeys()
	} else if len(def.Okrugs) > 0 {
		dr = newOkrugRegions(def)
	}
	e := *def
	e.Precincts = nil
	var known map[string]int // the IDs of e.Precincts (each its first index), from the second file on
	var scope scoping
	failed := false
	for i, f := range files {
		b, err := inputs.ReadAll(f.R)
		if err != nil {
			failing, w := io.Pipe() // a reader that gives err once b is read
			w.CloseWithError(err)
			again[i].R = io.MultiReader(bytes.NewReader(b), failing)
			failed = true
			continue
		}
		again[i].R = ingest.NewBytesReader(b) // read again without a copy
		sums[i] = inputs.HashOf(b, o.newSHA256())
		if failed {
			continue
		}
		ps := make([]election.Precinct, 0, bytes.Count(b, []byte{'\n'}))
		hugepage.Slice(ps)
		m, opt := f.Mapping, ingest.Options{Concurrent: true, PrecinctsOnly: true}
		var slots []int
		var totals *totalrows.Finder // ol's: the rows that total others define no okrug
		var lay *inputs.FileLayout
		switch {
		case ol != nil: // the okrugs' candidates are in the figures
			slots, opt.PrecinctsOnly = ol.file(f.Name, m), false
			totals, lay = new(totalrows.Finder), inputs.NewFileLayout(keys, m)
			// An empty cell is a candidate who did not stand there, not
			// a 0 (empty_votes): which cells are empty is what is learnt.
			m.EmptyVotes = ""
		case m.Shape == "long":
			m, opt.PrecinctsOnly = keyColumns(m), false
		}
		if dr != nil {
			dr.reading(f.Name, f.Mapping)
		}
		_, err = ingest.ScanRows(ingest.NewBytesReader(b), f.Name, m, opt,
			func(row *ingest.Row) error {
				ps = append(ps, row.Precinct)
				if ol != nil {
					if err := ol.row(row, slots); err != nil {
						return err
					}
					d := totals.Next()
					lay.Load(d, row)
					addTotal(totals, nil, row.Line, d, -1, true)
				}
				dr.row(&row.Precinct, row.Line)
				return nil
			})
		if err != nil {
			failed = true
			continue
		}
		if ol != nil {
			ol.totalRows(totals.Totals())
		}
		ps, t := mergeRows(ps)
		if len(e.Precincts) == 0 { // the first file: its IDs are unique
			e.Precincts, table = ps, t
			continue
		}
		if known == nil {
			known = make(map[string]int, len(e.Precincts))
			for j, p := range e.Precincts {
				if _, dup := known[p.ID]; !dup {
					known[p.ID] = j
				}
			}
		}
		for _, p := range ps {
			j, seen := known[p.ID]
			okrug := ""
			if seen {
				okrug = e.Precincts[j].Okrug
			}
			switch {
			case !seen:
				known[p.ID] = len(e.Precincts)
			case okrug != "" && p.Okrug != "" && p.Okrug != okrug && scope.add(p.ID, okrug, p.Okrug):
				// Another okrug's protocols of the place: a precinct
				// of their own, its ID scoped below.
			default:
				// An earlier file's precinct that names no region or
				// okrug has them from this file, as from a later row
				// of its own (a mixed election's list file that names
				// no okrug, and its okrug file).
				fillPlace(&e.Precincts[j], &p)
				continue
			}
			if from == nil {
				from = make([]int32, len(e.Precincts), len(e.Precincts)+len(ps))
			}
			e.Precincts = append(e.Precincts, p)
			from = append(from, int32(i))
		}
	}
	if failed {
		return nil, again, sums, nil, nil, nil, nil, nil, false
	}
	if scoped = scope.apply(e.Precincts); scoped != nil {
		notes = append(notes, scope.note())
		table = nil
	}
	n := len(e.Precincts)
	e.Precincts = withProtocolPrecincts(e.Precincts, def.Protocols)
	if table == nil || table.Defined != len(e.Precincts) || len(e.Precincts) != n {
		table = nil // the first file's table indexes other precincts
	}
	if len(e.Regions) == 0 {
		e.Regions = regionsOf(e.Precincts)
		e.Precincts = abroadInNoRegion(e.Precincts, e.Regions)
		if len(e.Regions) > 0 {
			notes = append(notes, regionsLearnt(len(e.Regions)))
		}
	}
	if ol != nil {
		var note string
		e.Okrugs, note, found = ol.learnt()
		lists, err := ol.candidateLists(e.Parties, o.listsLoose)
		if err != nil { // mergeCSV reports it
			return nil, again, sums, nil, nil, nil, nil, nil, false
		}
		notes = append(notes, note)
		if lists != "" {
			notes = append(notes, lists)
		}
	}
	found = append(found, dr.findings()...)
	return &e, again, sums, table, notes, found, scoped, from, true
}

// okrugScope holds the precinct keys that rows of different files place
// in different okrugs: a voting place that serves several electorates,
// whose results each electorate's file gives (New Zealand's advance
// voting places, "Westfield Newmarket, Shop S212", in the files of
// Auckland Central and of Panmure-Ōtāhuhu). Such a place is one protocol
// per okrug: a precinct of each okrug, its ID the okrug's, " / ", then
// the key (id), never one okrug's precinct that another file's row is
// moved into. Nil when no key is so placed.
type okrugScope map[string]bool

// id is the ID of the precinct of key in okrug: scoped when s holds the
// key and the row names an okrug, key otherwise.
func (s okrugScope) id(key, okrug string) (string, bool) {
	if okrug == "" || !s[key] {
		return key, false
	}
	return okrug + " / " + key, true
}

// note says how many keys s holds, naming the first few found.
func (s *scoping) note() string {
	shown := ""
	for i, k := range s.order[:min(len(s.order), 3)] {
		if i > 0 {
			shown += ", "
		}
		shown += strconv.Quote(k)
	}
	if len(s.order) > 3 {
		shown += ", …"
	}
	return words.Say("en", "note.precincts_scoped", words.Args{"n": strconv.Itoa(len(s.order)), "keys": shown})
}

// scoping gathers, as the files are read, the keys an okrugScope holds and
// each okrug that a file places them in after the first.
type scoping struct {
	keys  okrugScope
	order []string        // the keys, as found
	pairs map[string]bool // okrug, a newline, then key: once each
}

// add notes that a file places key in okrug, where an earlier file placed
// it in first, and says whether the pair is new.
func (s *scoping) add(key, first, okrug string) bool {
	if s.keys == nil {
		s.keys, s.pairs = okrugScope{}, map[string]bool{}
	}
	if !s.keys[key] {
		s.keys[key] = true
		s.order = append(s.order, key)
	}
	s.pairs[first+"\n"+key] = true
	if s.pairs[okrug+"\n"+key] {
		return false
	}
	s.pairs[okrug+"\n"+key] = true
	return true
}

// apply gives each precinct of ps whose key s holds its scoped ID, and
// returns the keys (nil for none).
func (s *scoping) apply(ps []election.Precinct) okrugScope {
	if s.keys == nil {
		return nil
	}
	for i := range ps {
		ps[i].ID, _ = s.keys.id(ps[i].ID, ps[i].Okrug)
	}
	return s.keys
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

// fillPlace gives p the region and the okrug that it lacks and at, a row
// of the same precinct read later, names (mergeRows, across files).
func fillPlace(p, at *election.Precinct) {
	if p.Region == "" {
		p.Region = at.Region
	}
	if p.Okrug == "" {
		p.Okrug = at.Okrug
	}
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

// regionsLearnt is the note of a count whose n regions are learnt from
// the files' region cells.
func regionsLearnt(n int) string {
	return words.Say("en", "note.regions_learnt", words.Args{"n": strconv.Itoa(n)})
}

// learnsOkrugs says whether a count of files under def learns the okrugs
// from them: def lists no okrugs and no precincts (a definition inferred
// from a mapping of okrug ballots, ingest.Define) and a file's mapping
// says every row is of the okrug ballot.
func learnsOkrugs(def *election.Election, files []CSVInput) bool {
	if len(def.Okrugs) > 0 || len(def.Precincts) > 0 {
		return false
	}
	for _, f := range files {
		if f.Mapping.Ballot == string(election.OkrugBallot) {
			return true
		}
	}
	return false
}

// okrugLearner learns the okrugs of a definition that lists none from the
// rows of the okrug ballot, as precincts are learnt: one okrug per okrug
// cell, in first-seen order, in the region of the first of its rows that
// names one (and in none when its rows name two: finding I607, never a
// silent merge of two okrugs of one name); its candidates are the choices (ingest.Choices of the
// file's mapping) for which one of its rows gives a figure. A choice
// whose cell is empty in every row of an okrug (in a long file: that no
// row of the okrug names) did not stand there: were it a candidate, each
// of its empty cells would be a missing figure (finding X229), not 0.
type okrugLearner struct {
	okrugs []election.Okrug
	stood  [][]bool       // by okrug, by choice: its rows give a figure
	at     map[string]int // okrug ID -> index in okrugs
	choice map[string]int // choice ID -> index in choices
	// choices are the choices of the mappings, in the order of the
	// mappings, each in the order of its IDs.
	choices []election.Candidate
	// regions holds the regions each okrug's rows name.
	regions okrugRegions
	// abroad: the rows abroad are of their okrugs too (the rule set's
	// okrug.abroad "counted").
	abroad bool
	// rows holds, by okrug, the lines of its rows (file, line) while they
	// are at most maxTotalOkrugRows (nil past that); totals the rows found
	// totals of other rows (totalrows): an okrug whose every row is one
	// is no okrug (learnt).
	rows   [][][2]int
	totals map[[2]int]bool
	nfile  int // the file read, from 1
	// first holds, by okrug, the row that named it first (file, line;
	// line 0 for a mapping's okrug_id), and files the names of the
	// files read: finding X233 names them (twoWays); nrow holds, by
	// okrug, how many protocols (rows of a wide file) name it (X234).
	first [][2]int
	files []string
	nrow  []int
	// lists holds the list cell of each candidate of an okrug (a long
	// file's choice_list_column), listValues each file's list_values
	// (choicelists.go).
	lists      map[listKey]listAt
	listValues []map[string]string
	loose      bool // Options.listsLoose
	// abroadRows counts the okrug-ballot rows of precincts abroad that
	// name an okrug: learnt from under abroad, left out otherwise.
	abroadRows int
	// named holds, by file read, the name its mapping gives each choice
	// (by index in choices, "" for one it does not map), and gave, by
	// okrug, the files (from 1) whose rows name it: an okrug's candidate
	// is named as the mappings of its own rows name it (okrugnames.go).
	named [][]string
	gave  [][]int32
}

// maxTotalOkrugRows is the most rows of an okrug learnt whose lines
// okrugLearner keeps: an okrug of more rows, all totals, is not looked
// for (a file's total row names one "okrug", "Total", once or twice).
const maxTotalOkrugRows = 4

// file adds the choices of m, the mapping of the file name, and returns,
// for each vote of its rows (ingest.Layout), the index of its choice, or
// -1 for "against all".
func (l *okrugLearner) file(name string, m ingest.Mapping) []int {
	if l.at == nil {
		l.at, l.choice = map[string]int{}, map[string]int{}
	}
	l.nfile++
	l.files = append(l.files, name)
	l.listValues = append(l.listValues, m.ListValues)
	l.regions.reading(name, m)
	cs := ingest.Choices(m)
	for _, c := range cs {
		if _, ok := l.choice[c.ID]; !ok {
			l.choice[c.ID] = len(l.choices)
			l.choices = append(l.choices, c)
		}
	}
	l.nameChoices(cs)
	if m.OkrugID != "" && m.Ballot == string(election.OkrugBallot) {
		// The mapping names the okrug of every row: it is the
		// election's even when no row of it could be read, so that it
		// is reported not decided, never dropped.
		pr := election.Precinct{Okrug: m.OkrugID, Region: m.RegionID}
		l.okrug(&pr, election.OkrugBallot, 0)
	}
	votes := m.Layout().Votes
	slots := make([]int, len(votes))
	for j, id := range votes {
		slots[j] = -1
		if k, ok := l.choice[id]; ok {
			slots[j] = k
		}
	}
	return slots
}

// okrug returns, for a row of ballot b placed at pr, on line of the file
// read, what its okrug's rows give (by choice, as many as l has),
// learning the okrug when it is new; nil when the row is of no okrug.
func (l *okrugLearner) okrug(pr *election.Precinct, b election.BallotKind, line int) []bool {
	if b != election.OkrugBallot || pr.Okrug == "" {
		return nil
	}
	if pr.Abroad && line > 0 {
		l.abroadRows++
	}
	if pr.Abroad && !l.abroad {
		return nil
	}
	i, ok := l.at[pr.Okrug]
	if !ok {
		i = len(l.okrugs)
		l.at[pr.Okrug] = i
		l.okrugs = append(l.okrugs, election.Okrug{ID: pr.Okrug, Name: pr.Okrug})
		l.stood = append(l.stood, nil)
		l.rows = append(l.rows, make([][2]int, 0, 1))
		l.first = append(l.first, [2]int{l.nfile, line})
		l.nrow = append(l.nrow, 0)
		l.gave = append(l.gave, nil)
	}
	if g := l.gave[i]; len(g) == 0 || g[len(g)-1] != int32(l.nfile) {
		l.gave[i] = append(g, int32(l.nfile))
	}
	if line > 0 {
		l.nrow[i]++
	}
	if line > 0 && l.rows[i] != nil {
		if len(l.rows[i]) < maxTotalOkrugRows {
			l.rows[i] = append(l.rows[i], [2]int{l.nfile, line})
		} else {
			l.rows[i] = nil
		}
	}
	if l.okrugs[i].Region == "" {
		l.okrugs[i].Region = pr.Region
	}
	l.regions.row(pr, line)
	if n := len(l.choices) - len(l.stood[i]); n > 0 {
		l.stood[i] = append(l.stood[i], make([]bool, n)...)
	}
	return l.stood[i]
}

// row learns from a row whose votes' choices are slots (file): a choice
// whose figure it gives, or that it names with an empty cell (a long
// file's row: the choice stood, its figure is not given), stood.
func (l *okrugLearner) row(row *ingest.Row, slots []int) error {
	stood := l.okrug(&row.Precinct, row.Ballot, row.Line)
	if stood == nil {
		return nil
	}
	for j, v := range row.Votes {
		if v.OK && slots[j] >= 0 {
			stood[slots[j]] = true
		}
	}
	for _, j := range row.NamedVotes {
		if slots[j] >= 0 {
			stood[slots[j]] = true
		}
	}
	if row.ChoiceLists != nil {
		return l.listRow(&row.Precinct, row.ChoiceLists, slots, -1)
	}
	return nil
}

// table learns from the protocols of the file name, read whole
// (ingest.ReadCSV) with mapping m, each placed in the precinct of its ID.
func (l *okrugLearner) table(name string, m ingest.Mapping, t *ingest.Table) error {
	slots := l.file(name, m)
	cs := t.ChoiceLists // in protocol order
	at := make(map[string]int, len(t.Precincts))
	for i := range t.Precincts {
		at[t.Precincts[i].ID] = i
	}
	for i := range t.Protocols {
		q := &t.Protocols[i]
		line := 0
		if i < len(t.Lines) {
			line = t.Lines[i]
		}
		stood := l.okrug(&t.Precincts[at[q.Precinct]], q.Ballot, line)
		for id := range q.Votes {
			if k, ok := l.choice[id]; ok && stood != nil {
				stood[k] = true
			}
		}
		n := 0
		for n < len(cs) && cs[n].Protocol == i {
			n++
		}
		if stood != nil && n > 0 {
			if err := l.listRow(&t.Precincts[at[q.Precinct]], cs[:n], slots, i); err != nil {
				return err
			}
		}
		cs = cs[n:]
	}
	return nil
}

// totalRows notes the rows of the file read that are totals of other rows
// (totalrows.Finder.Totals).
func (l *okrugLearner) totalRows(ts []totalrows.Total) {
	for _, t := range ts {
		if l.totals == nil {
			l.totals = map[[2]int]bool{}
		}
		l.totals[[2]int{l.nfile, t.Line}] = true
	}
}

// dropTotals leaves out the okrugs whose every row is a total of other
// rows (the House of Commons Library's 2024 file with a row "Total" under
// the constituencies, finding I603): a total row defines no okrug, whose
// seat would be "not decided: no protocols".
func (l *okrugLearner) dropTotals() {
	if len(l.totals) == 0 {
		return
	}
	keep := 0
	for i := range l.okrugs {
		if rs := l.rows[i]; len(rs) > 0 && !slices.ContainsFunc(rs, func(r [2]int) bool { return !l.totals[r] }) {
			delete(l.at, l.okrugs[i].ID)
			continue
		}
		l.okrugs[keep], l.stood[keep], l.rows[keep], l.first[keep], l.nrow[keep], l.gave[keep] = l.okrugs[i], l.stood[i], l.rows[i], l.first[i], l.nrow[i], l.gave[i]
		l.at[l.okrugs[keep].ID] = keep
		keep++
	}
	l.okrugs, l.stood, l.rows, l.first, l.nrow, l.gave = l.okrugs[:keep], l.stood[:keep], l.rows[:keep], l.first[:keep], l.nrow[:keep], l.gave[:keep]
}

// learnt returns the okrugs learnt, each with its candidates in the order
// of l.choices (Position 0: the files do not say the registration
// order), the note that says how they were learnt, a finding (I607)
// for each region an okrug's rows name after its first (such an okrug is
// in no region), one (X233) for each okrug written another way than an
// earlier one, and one (X234) for each okrug named by the leading parts
// of another's name.
func (l *okrugLearner) learnt() ([]election.Okrug, string, []validate.Finding) {
	l.dropTotals()
	n, distinct, chose := 0, 0, make([]bool, len(l.choices))
	var named []validate.Finding // X237
	for i := range l.okrugs {
		if l.regions.split(l.okrugs[i].ID) {
			l.okrugs[i].Region = ""
		}
		// An okrug whose rows give no choice's figure is not one where
		// nobody stood: its figures did not come. Every choice is its
		// candidate, each figure not given (X229, provisional).
		none := !slices.Contains(l.stood[i], true)
		for k, c := range l.choices {
			if none || k < len(l.stood[i]) && l.stood[i][k] {
				var two *validate.Finding
				if c.Name, two = l.nameIn(i, k); two != nil {
					named = append(named, *two)
				}
				l.okrugs[i].Candidates = append(l.okrugs[i].Candidates, c)
				if n++; !chose[k] {
					chose[k] = true
					distinct++
				}
			}
		}
	}
	note := words.Say("en", "note.okrugs_learnt", words.Args{"okrugs": strconv.Itoa(len(l.okrugs)),
		"candidates": strconv.Itoa(n), "choices": strconv.Itoa(distinct)})
	return l.okrugs, note, append(l.twoWays(l.regions.findings()), named...)
}

// ErrOkrugSeats is wrapped by the error of a count whose okrugs are learnt
// from its files (a definition inferred from a mapping of okrug ballots)
// under a rule set that cannot decide them: its number of okrug seats is
// not that of the okrugs learnt (a parliament of 650 okrugs under a rule
// set of 36 would be neither), or it settles a tie by registration order,
// which the files do not give.
var ErrOkrugSeats = errors.New("the rule set does not fit the okrugs learnt from the files")

// ErrListSeats is wrapped by the error of a count whose election gives
// list ballots alone (parties, no okrug) under a rule set with no list
// seats: nothing would be counted, and the parliament would be 0 seats.
// It is the other side of ErrOkrugSeats's rule set of list seats alone.
var ErrListSeats = errors.New("the rule set has no list seats for the list ballots of the files")

// checkListSeats returns an error wrapping ErrListSeats when e defines
// parties and no okrug, so that its protocols are list ballots alone, and
// r has no list seats: a mapping's "ballot": "list" for rows of okrug
// ballots (each district's candidates) is the likelier mistake.
func checkListSeats(e *election.Election, r Rules) error {
	if r.Seats.List > 0 || len(e.Okrugs) > 0 || len(e.Parties) == 0 {
		return nil
	}
	return fmt.Errorf("shailoo: %w: the files give list-ballot protocols of %d parties and the election defines no okrugs, but the rule set %q %s has no list seats (seats.list): nothing would be counted. If the rows are okrug ballots (candidates of districts that each elect their own members), the mapping's \"ballot\" is \"okrug\" and it maps the okrug (\"okrug\", or \"okrug_id\" for a file of one district); if they are party-list ballots, count them under a rule set with list seats (\"seats\": {\"list\": N}), or give the election's definition",
		ErrListSeats, len(e.Parties), r.ID, r.Version)
}

// CheckLearntOkrugs returns an error wrapping ErrOkrugSeats when r cannot
// decide the okrugs of e, learnt from the files (a definition inferred from
// a mapping of okrug ballots): CountCSV checks it before it counts, and a
// caller that counts such a definition itself (reconcile's seat impact)
// checks it first.
func CheckLearntOkrugs(e *election.Election, r Rules) error {
	if e == nil {
		return errors.New("shailoo: nil election")
	}
	seats := districtSeats(e, r.Okrug)
	why := ""
	switch {
	case !r.Seats.OkrugEach && r.Seats.Okrug == 0 && r.Seats.List > 0:
		// A rule set of list seats alone: the mapping's ballot is the
		// likelier mistake (a district where precincts lie drafted as
		// an okrug), not the rule set.
		why = "no okrug seats (seats.okrug), its " + strconv.Itoa(r.Seats.List) + " seats are list seats, and the mapping says the rows are okrug ballots of " + strconv.Itoa(len(e.Okrugs)) +
			" okrugs learnt from them: if the rows are party-list ballots, the mapping's \"ballot\" is \"list\" and it maps no \"okrug\" (a district where the precincts lie is no okrug); if each okrug elects its own member, count them under a rule set whose okrugs are those of the election (\"seats\": {\"okrug_each\": true}, as examples/fptp/rules.json), or give the election's definition"
	case !r.Seats.OkrugEach && seats != r.Seats.Okrug:
		why = strconv.Itoa(r.Seats.Okrug) + " okrug seats (seats.okrug), the files name " + strconv.Itoa(len(e.Okrugs)) + " okrugs (" + strconv.Itoa(seats) +
			" seats): count them under a rule set whose okrugs are those of the election (\"seats\": {\"okrug_each\": true}, as examples/fptp/rules.json: one seat per okrug by plurality)" +
			" or that has " + strconv.Itoa(seats) + " okrug seats, or give the election's definition"
	case r.Okrug.Tie == "registration_order" && len(e.Okrugs) > 0:
		why = "a tie for an okrug's seat settled by registration order (okrug.tie), which the files do not give: count them under a rule set whose okrug.tie is \"lots\" (a tie is then reported, awaiting lots), or give the election's definition with the candidates' registration order"
	default:
		return nil
	}
	return fmt.Errorf("shailoo: %w: the rule set %q %s has %s", ErrOkrugSeats, r.ID, r.Version, why)
}
