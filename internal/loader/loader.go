// Package loader reads the inputs of a count — an election file or a
// definition inferred from a mapping, protocols CSV files with their
// mappings, annulments and lots — into what shailoo counts. The command
// line (cmd/shailoo) and the page (wasm/api) both read through Read, so
// that they read the same inputs in the same order, with the same checks
// and the same inputs in the Result. It knows no paths: the command line
// reads files, the page passes strings.
package loader

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/sha"
	"github.com/shailoo/shailoo/words"
)

// File is one input file: its name (in the Result's inputs and in
// errors) and its bytes, or the error that reading it gave, which Read
// returns when it comes to the file, so that errors come in input order.
type File struct {
	Name string
	Data []byte
	Err  error
}

// input is f as the Result names it, with its SHA-256.
func (f *File) input() shailoo.Input {
	sum := sha.Sum256(f.Data)
	return shailoo.Input{Name: f.Name, SHA256: hex.EncodeToString(sum[:])}
}

// CSV is a protocols CSV file and its column mapping.
type CSV struct {
	Name    string
	Mapping *File
	// Open, when not nil, opens the file once its mapping is read and
	// checked; otherwise the CSVInput's R is left nil for the caller.
	Open func() (io.Reader, error)
}

// Input is what a caller gives Read. Election, Lots and AnnulFile are nil
// when not given.
type Input struct {
	Rules    shailoo.Rules
	Election *File
	// Protocols are added to the protocols of Election, or replace those
	// of the embedded kg2021 dataset when Election is nil.
	Protocols []CSV
	// Annul are annulments as shailoo.ParseAnnulment reads them;
	// AnnulFile an annulments JSON file read after them.
	Annul     []string
	AnnulFile *File
	Lots      *File
	LotSeed   string
	// CVR are cast-vote record files: their ballots are counted into
	// protocols added as Protocols are (see CVR).
	CVR []CVR
	// SkipBadRows applies to the protocols CSV files and the cast-vote
	// records, TotalsOnly to the protocols CSV files.
	SkipBadRows, TotalsOnly bool
	AllFindings             bool
	// RulesDefault says the caller chose Rules, the user gave none: a
	// definition inferred from a mapping (the user's own files) is then
	// counted under a law that may not be its election's, and a note
	// of the Result says so.
	RulesDefault bool
	// The caller's wording of three errors, as it names its inputs: a
	// definition that cannot be inferred from the first mapping, an
	// annulment that does not parse, and a CSV file without a mapping.
	// Nil returns err as it is (and errNoMapping for the last).
	NoDefinition func(mapping string, err error) error
	BadAnnul     func(err error) error
	NoMapping    func(csv string) error
}

// Loaded is what the inputs describe, ready to count.
type Loaded struct {
	Rules shailoo.Rules
	// Election is the definition with the protocols of the election file
	// (none of the embedded dataset's when CSV files are given).
	Election *election.Election
	Options  shailoo.Options
	// Files are the CSV files, their SHA-256 filled in by shailoo.CountCSV
	// as it reads them.
	Files []shailoo.CSVInput
	// Inferred: the definition was inferred from the mappings (each
	// ballot's choices from the first mapping of that ballot).
	Inferred bool
	// inferredFrom names, by ballot, the mapping whose choices the
	// definition has ("" for the first mapping's, when it maps both).
	inferredFrom map[election.BallotKind]string
}

// hasAgainstAll says whether ballot b has "against all": unless the
// definition or the rule set's protocol form says it has not.
func (l *Loaded) hasAgainstAll(b election.BallotKind) bool {
	return l.Election.HasAgainstAll(b) && l.Rules.Protocol.AgainstAllOn(b)
}

var errNoMapping = errors.New("loader: a CSV file without a mapping")

// Read reads in: the definition (the election file; inferred from the
// first mapping when protocols come without one (of a protocol given in
// parts, the first part's that gives votes), never the embedded
// dataset; or the embedded kg2021 dataset), the mappings of the CSV files
// checked against the definition and the rule set's form, annulments and
// lots. On an error, files already opened are the caller's to close.
func Read(in Input) (*Loaded, error) {
	l := &Loaded{Rules: in.Rules}
	switch {
	case in.Election == nil && len(in.Protocols) > 0 && in.Protocols[0].Mapping != nil:
		// Files without a definition: it is inferred from the mapping,
		// never taken from the embedded dataset.
		mf := in.Protocols[0].Mapping
		if mf.Err != nil {
			return nil, mf.Err
		}
		m, err := ReadMapping(mf.Data, mf.Name, l.Rules)
		if err != nil {
			return nil, err
		}
		if m.Part && len(ingest.Choices(m)) == 0 {
			// A file of a part of the protocols that gives no votes
			// (their lines): the choices are those of the first part
			// that gives them.
			for _, p := range in.Protocols[1:] {
				if p.Mapping == nil || p.Mapping.Err != nil {
					continue
				}
				if pm, err := ReadMapping(p.Mapping.Data, p.Mapping.Name, l.Rules); err == nil && pm.Part && len(ingest.Choices(pm)) > 0 {
					m, mf = pm, p.Mapping
					break
				}
			}
		}
		var notes []string
		if l.Election, notes, err = ingest.DefineOn(m, mf.Name, l.Rules.Protocol.AgainstAllOn); err != nil {
			if in.NoDefinition != nil {
				err = in.NoDefinition(mf.Name, err)
			}
			return nil, err
		}
		l.Inferred = true
		l.inferredFrom = map[election.BallotKind]string{election.BallotKind(m.Ballot): mf.Name}
		l.Options.Notes = append(l.Options.Notes, notes...)
		if err := l.defineOtherBallot(in); err != nil {
			return nil, err
		}
		if in.RulesDefault {
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.rules_default",
				words.Args{"id": l.Rules.ID, "version": l.Rules.Version, "name": l.Rules.Name}))
		}
	case in.Election == nil:
		// The dataset itself, not a copy: the loader never changes the
		// election it holds (it copies it to add protocols), and neither do
		// the counts and checks it is handed to (TestSharedDatasetUnchanged).
		d, err := datasets.KG2021Shared()
		if err != nil {
			return nil, err
		}
		l.Election = d.Election
		if len(in.Protocols) == 0 {
			// counted as it is: its hash is known (datasets checks it)
			l.Options.ElectionSHA256 = datasets.KG2021ElectionSHA256
		}
	default:
		if in.Election.Err != nil {
			return nil, in.Election.Err
		}
		var err error
		if l.Election, err = ingest.ReadElection(bytes.NewReader(in.Election.Data), in.Election.Name); err != nil {
			return nil, err
		}
		l.Options.Inputs = append(l.Options.Inputs, in.Election.input())
	}
	if len(in.Protocols) > 0 {
		if err := l.readProtocols(in); err != nil {
			return nil, err
		}
	}
	if len(in.CVR) > 0 {
		if err := l.readBallots(in); err != nil {
			return nil, err
		}
	}
	for _, a := range in.Annul {
		an, err := shailoo.ParseAnnulment(a)
		if err != nil {
			if in.BadAnnul != nil {
				err = in.BadAnnul(err)
			}
			return nil, err
		}
		l.Options.Annul = append(l.Options.Annul, an)
	}
	if f := in.AnnulFile; f != nil {
		if f.Err != nil {
			return nil, f.Err
		}
		as, err := shailoo.ReadAnnulments(bytes.NewReader(f.Data), f.Name, l.Election)
		if err != nil {
			return nil, err
		}
		l.Options.Annul = append(l.Options.Annul, as...)
		l.Options.Inputs = append(l.Options.Inputs, f.input())
	}
	l.Options.LotSeed = in.LotSeed
	l.Options.AllFindings = in.AllFindings
	if f := in.Lots; f != nil {
		if f.Err != nil {
			return nil, f.Err
		}
		var err error
		if l.Options.Lots, err = shailoo.ReadLots(bytes.NewReader(f.Data), f.Name, l.Election); err != nil {
			return nil, err
		}
		l.Options.Inputs = append(l.Options.Inputs, f.input())
	}
	return l, nil
}

// defineOtherBallot adds to a definition inferred from the first mapping
// the choices of the other ballot, from the first mapping of that ballot
// (a mixed election's two files, one per ballot, counted without a
// definition: the list ballot's parties from the list file's mapping,
// the okrug ballot's form from the okrug file's, its okrugs learnt from
// the rows). A mapping of both ballots (a ballot column), or of a part
// of the protocols, adds nothing: its choices are checked against the
// definition (readProtocols), and the error says what to give.
func (l *Loaded) defineOtherBallot(in Input) error {
	for _, p := range in.Protocols[1:] {
		if p.Mapping == nil || p.Mapping.Err != nil {
			continue // (readProtocols reports it)
		}
		m, err := ReadMapping(p.Mapping.Data, p.Mapping.Name, l.Rules)
		if err != nil {
			return err
		}
		b := election.BallotKind(m.Ballot)
		if m.Part || (b != election.ListBallot && b != election.OkrugBallot) || l.inferredFrom[b] != "" {
			continue
		}
		d, notes, err := ingest.DefineOn(m, p.Mapping.Name, l.Rules.Protocol.AgainstAllOn)
		if err != nil {
			if in.NoDefinition != nil {
				err = in.NoDefinition(p.Mapping.Name, err)
			}
			return err
		}
		e := *l.Election
		if b == election.ListBallot {
			e.Parties, e.Ballots.List = d.Parties, d.Ballots.List
		} else {
			e.Ballots.Okrug = d.Ballots.Okrug
		}
		e.Name += ", " + p.Mapping.Name
		l.Election = &e
		l.inferredFrom[b] = p.Mapping.Name
		l.Options.Notes = append(l.Options.Notes, notes...)
	}
	return nil
}

// readProtocols reads the mappings of the CSV files and opens them: their
// protocols are added to those of the election file (the embedded
// dataset's own protocols are replaced) when they are counted. When the
// definition has no precincts, they are taken from the files; otherwise a
// precinct the files name that the definition lacks stays unknown, and
// the validator reports it.
func (l *Loaded) readProtocols(in Input) error {
	if in.Election == nil && !l.Inferred {
		e := *l.Election
		e.Protocols = nil
		l.Election = &e
	}
	l.Options.SkipBadRows = in.SkipBadRows
	l.Options.TotalsOnly = in.TotalsOnly
	for _, c := range in.Protocols {
		mf := c.Mapping
		if mf == nil {
			if in.NoMapping != nil {
				return in.NoMapping(c.Name)
			}
			return errNoMapping
		}
		if mf.Err != nil {
			return mf.Err
		}
		// The lines of a mapping are those of the rule set's form.
		m, err := ReadMapping(mf.Data, mf.Name, l.Rules)
		if err != nil {
			return err
		}
		if err := ingest.CheckChoicesOn(m, l.Election, mf.Name, l.hasAgainstAll); err != nil {
			var ce *ingest.ChoicesError
			if from := l.choicesFrom(m); errors.As(err, &ce) && l.Inferred && from != "" && mf.Name != from {
				// The choices the mapping is held to are another
				// mapping's: say whose, and what joins two files that
				// each give a part of the protocols.
				ce.Problems = append(ce.Problems, fmt.Sprintf("(the election's choices were taken from the mapping %s, there being no election file: files that each give a part of every protocol, its lines in one and its votes in another, say \"part\": true in each mapping; files with other choices need the election's definition, --election)", from))
			}
			return err
		}
		if n := ingest.GuessesNote(m, mf.Name); n != "" {
			l.Options.Notes = append(l.Options.Notes, n)
		}
		f := shailoo.CSVInput{Name: c.Name, Mapping: m}
		if c.Open != nil {
			if f.R, err = c.Open(); err != nil {
				return err
			}
		}
		l.Files = append(l.Files, f)
		// The file's SHA-256 is filled in as it is read.
		l.Options.Inputs = append(l.Options.Inputs, shailoo.Input{Name: c.Name}, mf.input())
	}
	return nil
}

// choicesFrom names the mapping whose choices of m's ballot an inferred
// definition has (the first mapping's, for a mapping of both ballots).
func (l *Loaded) choicesFrom(m ingest.Mapping) string {
	if from := l.inferredFrom[election.BallotKind(m.Ballot)]; from != "" {
		return from
	}
	for _, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		if from := l.inferredFrom[b]; from != "" {
			return from
		}
	}
	return ""
}

// ReadMapping reads a mapping for a count under rules: its lines are
// those of the rule set's form, and a line the form lacks is an error
// that names the rule set (*ingest.UnknownLineError).
func ReadMapping(data []byte, name string, rules shailoo.Rules) (ingest.Mapping, error) {
	m, err := ingest.ReadMappingFor(bytes.NewReader(data), name, rules.Protocol.Known)
	if ul := (*ingest.UnknownLineError)(nil); errors.As(err, &ul) {
		ul.Rules = strconv.Quote(rules.ID) + " " + rules.Version
	}
	return m, err
}

// AddedLines returns the lines the form of rules adds to the built-in ones
// (protocol.add_lines), in its order: a protocol read as JSON for a count
// under rules (ingest.ReadProtocolFor) may give them, as its mapping may.
func AddedLines(rules shailoo.Rules) []election.Line {
	var lines []election.Line
	for _, d := range rules.Protocol.AddLines {
		lines = append(lines, d.Name)
	}
	return lines
}

// ReadProtocol reads one protocol as JSON for a count under rules
// (ingest.ReadProtocolFor with the lines the rule set adds).
func ReadProtocol(data []byte, name string, rules shailoo.Rules) (election.Protocol, error) {
	return ingest.ReadProtocolFor(bytes.NewReader(data), name, AddedLines(rules))
}
