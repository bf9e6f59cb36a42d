package reconcile

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/internal/parts"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/validate"
)

// File is one file of a source: a protocols CSV file with its Mapping, an
// election JSON file with protocols, or a citizen's copy of one protocol
// as `shailoo copy` reads it (JSON). A JSON file is a copy when its first
// key is one of a protocol's ("precinct", "ballot", ...), an election
// otherwise.
type File struct {
	Name    string
	Data    []byte
	Mapping *File
}

// Input is one source as given: its name, time, files and what the caller
// noted when it gathered them (files of a folder it did not read).
type Input struct {
	Name  string
	Time  string
	Files []File
	Notes []string
}

// ReadOptions say how to read.
type ReadOptions struct {
	Rules shailoo.Rules
	// Definition is the election JSON file that defines the election
	// (its protocols, if any, are not a source). Without one (Data nil),
	// it is inferred from the mapping of the first CSV file, as `shailoo
	// count` infers it, with the precincts, regions and okrugs the rows
	// name.
	Definition File
	// SkipBadRows makes each unreadable CSV row or copy a finding
	// (validate.UnreadableRow) instead of an error.
	SkipBadRows bool
	// NoImpact says that the seat impact will be left out: okrugs learnt
	// from the rows need not fit Rules (shailoo.CheckLearntOkrugs).
	NoImpact bool
}

// ErrNoDefinition is the error of Read without a definition when no
// source is a CSV file with its mapping to infer one from.
var ErrNoDefinition = errors.New("reconcile: no definition of the election, and no CSV file with a mapping to infer one from: give the election JSON (--election)")

// learnOkrugs adds to the definition l inferred from a mapping of okrug
// ballots the okrugs the rows of the first source's CSV files name, with
// the candidates each gives a figure for, as a count learns them
// (shailoo.MergeCSVFor under rules: from the okrug-ballot rows of
// precincts abroad too when it counts them, okrug.abroad "counted"; a zero
// Rules learns as shailoo.MergeCSV, from none of them); a definition of
// list ballots is left as it is.
func learnOkrugs(l *loader.Loaded, rules shailoo.Rules, in []Input, csvs []struct{ src, file int }) error {
	var files []shailoo.CSVInput
	for k, c := range csvs {
		if c.src != csvs[0].src {
			break
		}
		files = append(files, shailoo.CSVInput{Name: l.Files[k].Name, R: bytes.NewReader(in[c.src].Files[c.file].Data), Mapping: l.Files[k].Mapping})
	}
	merge := shailoo.MergeCSV
	if rules.ID != "" {
		merge = func(def *election.Election, files []shailoo.CSVInput, o shailoo.Options) (*election.Election, shailoo.Options, error) {
			return shailoo.MergeCSVFor(def, rules, files, o)
		}
	}
	e, _, err := merge(l.Election, files, shailoo.Options{SkipBadRows: true})
	if err != nil {
		return err
	}
	if len(e.Okrugs) > 0 {
		l.Election.Okrugs = e.Okrugs
	}
	return nil
}

// ErrNoPrecinct is wrapped by the error for a copy that names no
// precinct.
var ErrNoPrecinct = errors.New("a copy names its precinct")

// Read reads the definition and the files of each source. The definition
// and the mappings of the CSV files are read through internal/loader, as
// `shailoo count` reads them (each mapping checked against the definition
// and the rule set's form); the CSV files and the JSON files are read
// strictly by package ingest. Every error names the file, line, column
// and field.
func Read(o ReadOptions, in []Input) (*election.Election, []Source, error) {
	li := loader.Input{Rules: o.Rules, NoMapping: func(csv string) error { return fmt.Errorf("%s: a CSV file needs its mapping (FILE:MAPPING)", csv) }}
	if o.Definition.Data != nil {
		li.Election = &loader.File{Name: o.Definition.Name, Data: o.Definition.Data}
	}
	type at = struct{ src, file int }
	var csvs []at
	for i, s := range in {
		for j, f := range s.Files {
			if f.Mapping == nil && !isJSON(f.Data) {
				return nil, nil, fmt.Errorf("source %q: %s: not JSON, and no mapping given to read it as CSV (FILE:MAPPING)", s.Name, f.Name)
			}
			if f.Mapping == nil {
				continue
			}
			data := f.Data
			li.Protocols = append(li.Protocols, loader.CSV{Name: f.Name, Mapping: &loader.File{Name: f.Mapping.Name, Data: f.Mapping.Data},
				Open: func() (io.Reader, error) { return bytes.NewReader(data), nil }})
			csvs = append(csvs, at{i, j})
		}
	}
	if li.Election == nil && len(li.Protocols) == 0 {
		return nil, nil, ErrNoDefinition
	}
	l, err := loader.Read(li)
	if err != nil {
		return nil, nil, err
	}
	if l.Inferred {
		if err := learnOkrugs(l, o.Rules, in, csvs); err != nil {
			return nil, nil, err
		}
		if len(l.Election.Okrugs) > 0 && !o.NoImpact {
			// The seat impact counts them under o.Rules: a rule set of 36
			// okrug seats cannot count one learnt okrug, and says so here,
			// not as a candidate's registration deep in the count.
			if err := shailoo.CheckLearntOkrugs(l.Election, o.Rules); err != nil {
				return nil, nil, fmt.Errorf("%w; or compare the sources without the seat impact (--no-impact)", err)
			}
		}
	}
	mappings := map[at]ingest.Mapping{}
	for k, f := range l.Files {
		mappings[csvs[k]] = f.Mapping
	}
	out := make([]Source, len(in))
	for i, s := range in {
		src := &out[i]
		src.Name, src.Time, src.Notes = s.Name, s.Time, append([]string(nil), s.Notes...)
		var provs []string // each file's provenance
		for j, f := range s.Files {
			src.Files = append(src.Files, f.Name)
			var err error
			prov := ""
			if m, ok := mappings[at{i, j}]; ok {
				err, prov = src.readCSV(f, m, o.SkipBadRows), string(m.Provenance)
			} else if isCopy(f.Data) {
				err = src.readCopy(f, o.SkipBadRows, o.Rules)
			} else {
				prov, err = src.readElection(f)
			}
			if err != nil {
				return nil, nil, fmt.Errorf("source %q: %w", s.Name, err)
			}
			provs = append(provs, cmp.Or(prov, shailoo.ProvenanceNotGiven))
		}
		src.Provenance = provenanceOf(src.Files, provs)
	}
	// What the loader noted (a mapping's guesses) names its file: it goes
	// with the first source, so that every output says it.
	if len(out) > 0 {
		out[0].Notes = append(out[0].Notes, l.Options.Notes...)
		if len(l.Election.Precincts) == 0 {
			out[0].Notes = append(out[0].Notes, learnPrecincts(l.Election, out)...)
		}
	}
	return l.Election, out, nil
}

// differs says whether two places given (not empty) differ.
func differs(a, b string) bool { return a != "" && b != "" && a != b }

// learnPrecincts defines in e, which lists no precincts, those the rows of
// the sources' CSV files name, first named first, as a count learns them
// from its files; and, when e lists no regions, one region per region ID
// they name. Without them every protocol would be of a precinct the
// definition lacks (R708), and the seat impact would count none.
func learnPrecincts(e *election.Election, srcs []Source) []string {
	at := map[string]int{} // precinct ID → its index in e.Precincts
	var conflicts []string
	for _, s := range srcs {
		for _, p := range s.precincts {
			i, seen := at[p.ID]
			if !seen {
				at[p.ID] = len(e.Precincts)
				e.Precincts = append(e.Precincts, p)
				continue
			}
			// A row that gives no region or okrug (a file whose mapping
			// has no such column: a part of a protocol) says nothing of
			// them, and an earlier row's empty ones take a later row's, as
			// a count's rows fill in an empty cell.
			q := &e.Precincts[i]
			q.Region, q.Okrug = cmp.Or(q.Region, p.Region), cmp.Or(q.Okrug, p.Okrug)
			if differs(q.Region, p.Region) || differs(q.Okrug, p.Okrug) || q.Abroad != p.Abroad {
				conflicts = append(conflicts, fmt.Sprintf("precinct %s: %q places it in region %q, okrug %q; an earlier row in region %q, okrug %q, which is kept",
					p.ID, s.Name, p.Region, p.Okrug, q.Region, q.Okrug))
			}
		}
	}
	if len(e.Precincts) == 0 {
		return nil
	}
	notes := []string{fmt.Sprintf("The definition lists no precincts: its %d precincts are those the rows of the sources' files name (the first source's first)", len(e.Precincts))}
	if len(conflicts) > 10 {
		conflicts = append(conflicts[:10], fmt.Sprintf("and %d more precincts placed otherwise by a later source", len(conflicts)-10))
	}
	notes = append(notes, conflicts...)
	if len(e.Regions) == 0 {
		named := map[string]bool{}
		for _, p := range e.Precincts {
			if p.Region != "" && !named[p.Region] {
				named[p.Region] = true
				e.Regions = append(e.Regions, election.Region{ID: p.Region, Name: p.Region})
			}
		}
		if len(e.Regions) > 0 {
			notes = append(notes, fmt.Sprintf("The definition lists no regions: its %d regions are those the precincts name, each named by its ID", len(e.Regions)))
		}
	}
	return notes
}

func (s *Source) readCSV(f File, m ingest.Mapping, lenient bool) error {
	t, err := ingest.ReadCSV(bytes.NewReader(f.Data), f.Name, m, ingest.Options{Lenient: lenient})
	if err != nil {
		return err
	}
	if len(t.LineIDs) > 0 {
		s.Notes = append(s.Notes, fmt.Sprintf("%s: %d rows name no precinct; each is a precinct of its own, named by its line (the first on line %d)", f.Name, len(t.LineIDs), t.LineIDs[0]))
	}
	if n := ingest.LeftOutNote(f.Name, m, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.SkippedNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.FooterNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.BlankNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.EmptyNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.BareQuoteNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.EncodingNote(t.Garbled); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if t.DataHeader > 0 {
		// A data row taken for the header is a protocol not compared.
		s.Findings = append(s.Findings, validate.DataHeaderRow(f.Name, t.DataHeader))
	}
	if t.SkippedData > 0 {
		// A data row skipped is a protocol not compared.
		s.Findings = append(s.Findings, validate.SkippedDataLine(f.Name, t.SkippedData))
	}
	if t.SummedAlikeN > 0 {
		// A total summed into a precinct is a figure compared too large.
		s.Findings = append(s.Findings, validate.SummedRowsAlike(f.Name, t.SummedAlike[0], t.SummedAlike[1], t.SummedAlikeN))
	}
	if rs := t.SummedRepeat; len(rs) > 0 {
		// A total summed once per row is a figure compared too large.
		r := rs[0]
		s.Findings = append(s.Findings, validate.SummedRowsRepeat(f.Name, r.Lines[0], r.Lines[1], r.Precinct, r.Choice, r.Figure, len(rs), strings.Join(r.Columns, ", ")))
	}
	if ps := t.SummedPeople; len(ps) > 0 {
		// Two candidates summed as one is a figure compared too large.
		p := ps[0]
		s.Findings = append(s.Findings, validate.SummedRowsPeople(f.Name, p.Lines[0], p.Lines[1], p.Precinct, p.Choice, len(ps), strings.Join(p.Columns, ", ")))
	}
	if n := ingest.UnreadNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	if n := ingest.FillDownNote(f.Name, t.Counts); n != "" {
		s.Notes = append(s.Notes, n)
	}
	s.Notes = append(s.Notes, ingest.VotesEmptyNotes(f.Name, t.Counts)...)
	s.Notes = append(s.Notes, ingest.EmptyNotes(f.Name, m, t.Counts)...)
	for _, pe := range t.Skipped {
		s.Findings = append(s.Findings, unreadable(pe))
	}
	s.precincts = append(s.precincts, t.Precincts...)
	file := len(s.Files)   // the file's number in the source
	rows := t.FigureRows   // a long file's: in protocol order
	summed := t.SummedRows // so are those of its summed figures
	for i, p := range t.Protocols {
		var lines map[string]int
		for ; len(rows) > 0 && rows[0].Protocol == i; rows = rows[1:] {
			if lines == nil {
				lines = map[string]int{}
			}
			lines[rows[0].Field] = rows[0].Line
		}
		var sums map[string][]int
		for ; len(summed) > 0 && summed[0].Protocol == i; summed = summed[1:] {
			if sums == nil {
				sums = map[string][]int{}
			}
			sums[summed[0].Field] = summed[0].Rows
		}
		if m.Part && s.parts.join(s, p, file, f.Name, t.Lines[i]) {
			continue
		}
		q := Protocol{Protocol: p, File: f.Name, Line: t.Lines[i], columns: t.Columns, fieldLines: lines, fieldRows: sums}
		if i < len(t.PrecinctColumns) {
			q.column = t.PrecinctColumns[i]
		}
		s.Protocols = append(s.Protocols, q)
	}
	return nil
}

// partJoin joins the protocols of a source's files that each give a part
// of them (ingest.Mapping.Part), as a count joins them (shailoo.MergeCSV):
// the protocol of a precinct, ballot and count that an earlier such file
// of the source gave takes the figures of a later file's; a figure two
// parts give differently is finding I606 and is left not given.
type partJoin struct {
	at     map[key]int     // the first part's protocol, its index in the source's
	joined map[partOf]bool // the protocols a file (its number) has joined
	figs   parts.Figures   // the figures joined, and those given differently
}

type partOf struct {
	protocol, file int
}

// join puts p, read from the row on line of the source's file number
// file (named name), into the protocol an earlier file of parts gave, and
// says whether it did; a protocol it does not join is recorded as one
// that later parts may join, and is for the caller to add.
func (j *partJoin) join(s *Source, p election.Protocol, file int, name string, line int) bool {
	if j.at == nil {
		j.at, j.joined = map[key]int{}, map[partOf]bool{}
	}
	k := keyOf(&p)
	at, ok := j.at[k]
	if !ok || j.joined[partOf{at, file}] {
		// The first part, or the file's own second protocol of the
		// precinct: a duplicate, as reconcile says it.
		if !ok {
			j.at[k] = len(s.Protocols)
		}
		j.joined[partOf{len(s.Protocols), file}] = true
		return false
	}
	j.joined[partOf{at, file}] = true
	q := &s.Protocols[at]
	first := func() parts.Row { return parts.Row{File: q.File, Line: q.Line} }
	j.figs.Join(&q.Protocol, &p, at, parts.Row{File: name, Line: line}, first, func(figure string, got, had int64, earlier parts.Row) {
		s.Findings = append(s.Findings, validate.PartsDisagree(name, line, q.Precinct, q.Ballot, q.Machine, figure, got, earlier.File, earlier.Line, had))
	})
	return true
}

func unreadable(pe *ingest.ParseError) validate.Finding {
	reason := pe.Err.Error()
	if pe.Field != "" {
		reason = pe.Field + ": " + reason
	}
	return validate.UnreadableRow(pe.File, pe.Line, pe.Column, reason)
}

// protocolKeys are the keys of a protocol in JSON: a JSON file whose
// first key is one of them is a copy.
var protocolKeys = map[string]bool{"precinct": true, "ballot": true, "machine": true, "lines": true, "votes": true, "preferences": true}

func firstKey(data []byte) (string, bool) {
	d := json.NewDecoder(bytes.NewReader(strictjson.TrimBOM(data)))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	t, err := d.Token()
	k, ok := t.(string)
	return k, err == nil && ok
}

func isCopy(data []byte) bool {
	k, ok := firstKey(data)
	return ok && protocolKeys[k]
}

// isJSON says whether data looks like JSON: its first character after
// spaces (and a byte order mark) is '{' or '['.
func isJSON(data []byte) bool {
	b := bytes.TrimLeft(strictjson.TrimBOM(data), " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

// readCopy reads a protocol copy of f, which may give the lines rules
// adds to the form.
func (s *Source) readCopy(f File, lenient bool, rules shailoo.Rules) error {
	p, err := loader.ReadProtocol(f.Data, f.Name, rules)
	if err == nil && p.Precinct == "" {
		err = &ingest.ParseError{File: f.Name, Line: 1, Column: 1, Field: "precinct", Err: ErrNoPrecinct}
	}
	if err != nil {
		var pe *ingest.ParseError
		if lenient && errors.As(err, &pe) {
			s.Findings = append(s.Findings, unreadable(pe))
			return nil
		}
		return err
	}
	// The line of each figure, for the findings: the copy passed the
	// strict check, so this one only records places.
	lines := map[string]int{}
	data := strictjson.TrimBOM(f.Data)
	if doc, err := strictjson.Check(data, f.Name, reflect.TypeFor[election.Protocol](), strictjson.Options{Places: true}); err == nil {
		for l := range p.Lines {
			lines["lines."+string(l)], _ = doc.Place("lines." + string(l))
		}
		for c := range p.Votes {
			lines["votes."+c], _ = doc.Place("votes." + c)
		}
		for c := range p.Preferences {
			lines["preferences."+c], _ = doc.Place("preferences." + c)
		}
	}
	s.Protocols = append(s.Protocols, Protocol{Protocol: p, File: f.Name, Line: 1, fieldLines: lines})
	return nil
}

// provenanceOf is the provenance of a source whose files are files, of
// provenances provs: one word when they agree, else each file's.
func provenanceOf(files, provs []string) string {
	if len(provs) == 0 {
		return shailoo.ProvenanceNotGiven
	}
	if !slices.ContainsFunc(provs, func(p string) bool { return p != provs[0] }) {
		return provs[0]
	}
	each := make([]string, len(provs))
	for i, p := range provs {
		each[i] = files[i] + ": " + p
	}
	return strings.Join(each, "; ")
}

// readElection reads the protocols of an election file and returns its
// provenance.
func (s *Source) readElection(f File) (string, error) {
	e, err := ingest.ReadElection(bytes.NewReader(f.Data), f.Name)
	if err != nil {
		return "", err
	}
	if len(e.Parties) > 0 || len(e.Precincts) > 0 || len(e.Okrugs) > 0 {
		s.Notes = append(s.Notes, fmt.Sprintf("%s: source %q takes its protocols; its definition is not used (the definition is the --election file's)", f.Name, s.Name))
	}
	lines := protocolLines(strictjson.TrimBOM(f.Data), len(e.Protocols))
	for i, p := range e.Protocols {
		s.Protocols = append(s.Protocols, Protocol{Protocol: p, File: f.Name, Line: lines[i]})
	}
	return e.Provenance, nil
}

// protocolLines returns the line where each element of the top-level
// "protocols" list of an election JSON file starts (0 where not found).
// The file has passed the strict reader: it is one valid JSON object.
func protocolLines(data []byte, n int) []int {
	out := make([]int, n)
	depth, line := 0, 1
	inProtocols := false
	var lastKey []byte
	k := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			line++
		case '"':
			j := i + 1
			for j < len(data) && data[j] != '"' {
				if data[j] == '\\' {
					j++
				}
				j++
			}
			if depth == 1 {
				lastKey = data[i+1 : min(j, len(data))]
			}
			i = j
		case '{', '[':
			if depth == 1 && c == '[' && string(lastKey) == "protocols" {
				inProtocols = true
			} else if depth == 2 && inProtocols && c == '{' && k < n {
				out[k] = line
				k++
			}
			depth++
		case '}', ']':
			depth--
			if depth == 1 {
				inProtocols = false
			}
		}
	}
	return out
}
