package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// inputs are the flags every counting command shares.
type inputs struct {
	rules       string
	election    string
	protocols   multi
	mappings    multi
	lots        string
	lotSeed     string
	lenient     bool
	format      string
	lang        string
	transcript  bool
	totalsOnly  bool
	allFindings bool
	annul       multi
	annulFile   string
	// errFormat: --format nist-err is allowed (count only).
	errFormat bool
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func (in *inputs) register(fs *flag.FlagSet) {
	fs.StringVar(&in.rules, "rules", "kg2021", "rule set: a built-in ID ("+strings.Join(shailoo.Presets(), ", ")+") or a JSON file")
	fs.StringVar(&in.election, "election", "", "election JSON (definition, with or without protocols); default: the embedded kg2021 dataset")
	fs.Var(&in.protocols, "protocols", "protocols CSV file (repeatable); added to the protocols of --election, or replacing those of the embedded dataset")
	fs.Var(&in.mappings, "mapping", "column mapping JSON for --protocols (one for all files, or one per file)")
	fs.StringVar(&in.lots, "lots", "", `lots JSON: {"<context>": ["drawn first", ...]}, contexts "list", "list/<party>", "okrug/<okrug>"`)
	fs.StringVar(&in.lotSeed, "lot-seed", "", "draw the lots of every tie left to lots from this public seed (SHA-256, see seats.DrawLots) unless --lots settles it")
	fs.BoolVar(&in.lenient, "skip-bad-rows", false, "report unreadable CSV rows as findings (code of validate.UnreadableRow) and go on")
	fs.StringVar(&in.format, "format", "text", "output format: text, json or md (count: also nist-err, NIST SP 1500-100 ERR v2 JSON)")
	fs.StringVar(&in.lang, "lang", "en", "language of text and md output: en, ru or ky")
	fs.BoolVar(&in.allFindings, "all-findings", false, fmt.Sprintf("list every finding; without it the first %d findings of each code are listed and the others counted", validate.MaxListed))
	fs.Var(&in.annul, "annul", "annul results: precinct:ID (a polling station's) or candidate:ID (an okrug candidate's votes); repeatable. The count is made without them and compared with the count as the protocols stand")
	fs.StringVar(&in.annulFile, "annul-file", "", `annulments JSON: {"annulments": [{"kind": "precinct", "id": "5249", "reason": "..."}]}`)
	fs.BoolVar(&in.totalsOnly, "totals-only", false, "check each protocol on its own and skip the cross-checks between protocols (reported not evaluated): a streaming count then keeps nothing per precinct")
}

func (in *inputs) checkFormat() error {
	switch in.format {
	case "text", "json", "md":
	case "nist-err":
		if !in.errFormat {
			return fmt.Errorf("--format %q: want text, json or md (nist-err is a format of count)", in.format)
		}
	default:
		if in.errFormat {
			return fmt.Errorf("--format %q: want text, json, md or nist-err", in.format)
		}
		return fmt.Errorf("--format %q: want text, json or md", in.format)
	}
	lang, ok := report.ParseLang(in.lang)
	if !ok {
		return fmt.Errorf("--lang %q: want en, ru or ky (a tag such as ky-KG is matched by its first part)", in.lang)
	}
	in.lang = string(lang)
	return nil
}

// loaded is what the inputs describe, ready to count. The protocols CSV
// files are open, to be read in one pass by shailoo.CountCSV (or whole, by
// whole, for a command that needs the election in memory).
type loaded struct {
	rules    shailoo.Rules
	election *election.Election
	opts     shailoo.Options
	files    []shailoo.CSVInput
	closers  []io.Closer
	inferred bool // the definition was inferred from the mapping
}

// hasAgainstAll says whether ballot b has "against all": unless the
// definition or the rule set's protocol form says it has not.
func (l *loaded) hasAgainstAll(b election.BallotKind) bool {
	return l.election.HasAgainstAll(b) && l.rules.Protocol.AgainstAllOn(b)
}

// count counts the inputs: the CSV files streamed, or the election.
func (l *loaded) count() (*shailoo.Result, error) {
	defer l.close()
	if len(l.files) == 0 {
		return shailoo.CountWith(l.election, l.rules, l.opts)
	}
	return shailoo.CountCSV(l.election, l.rules, l.files, l.opts)
}

// whole reads the CSV files into the election.
func (l *loaded) whole() error {
	defer l.close()
	if len(l.files) == 0 {
		return nil
	}
	e, o, err := shailoo.MergeCSV(l.election, l.files, l.opts)
	if err != nil {
		return err
	}
	l.election, l.opts, l.files = e, o, nil
	return nil
}

func (l *loaded) close() {
	for _, c := range l.closers {
		c.Close()
	}
	l.closers = nil
}

func readFile(name string) ([]byte, shailoo.Input, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, shailoo.Input{}, err
	}
	sum := sha256.Sum256(b)
	return b, shailoo.Input{Name: name, SHA256: hex.EncodeToString(sum[:])}, nil
}

// loadRules reads a built-in rule set by ID or a rule-set JSON file.
func loadRules(name string) (shailoo.Rules, error) {
	if r, err := shailoo.Preset(name); err == nil {
		return r, nil
	}
	b, _, err := readFile(name)
	if err != nil {
		return shailoo.Rules{}, fmt.Errorf("--rules %q: not a built-in rule set (%s) and not a readable file: %v", name, strings.Join(shailoo.Presets(), ", "), err)
	}
	return shailoo.ReadRules(bytes.NewReader(b), name)
}

func (in *inputs) load() (*loaded, error) {
	if err := in.checkFormat(); err != nil {
		return nil, err
	}
	var l loaded
	var err error
	if l.rules, err = loadRules(in.rules); err != nil {
		return nil, err
	}

	if in.election == "" && len(in.protocols) > 0 && len(in.mappings) > 0 {
		// Files without a definition: it is inferred from the mapping,
		// never taken from the embedded dataset.
		mb, _, err := readFile(in.mappings[0])
		if err != nil {
			return nil, err
		}
		m, err := ingest.ReadMappingFor(bytes.NewReader(mb), in.mappings[0], l.rules.Protocol.Known)
		if err != nil {
			return nil, err
		}
		var note string
		if l.election, note, err = ingest.Define(m, in.mappings[0]); err != nil {
			return nil, fmt.Errorf("%s: no --election given, and %w", in.mappings[0], err)
		}
		l.inferred = true
		l.opts.Notes = append(l.opts.Notes, note)
	} else if in.election == "" {
		d, err := datasets.KG2021()
		if err != nil {
			return nil, err
		}
		l.election = d.Election
	} else {
		b, input, err := readFile(in.election)
		if err != nil {
			return nil, err
		}
		if l.election, err = ingest.ReadElection(bytes.NewBuffer(b), in.election); err != nil {
			return nil, err
		}
		l.opts.Inputs = append(l.opts.Inputs, input)
	}

	if len(in.protocols) > 0 {
		if err := in.readProtocols(&l); err != nil {
			return nil, err
		}
	} else if len(in.mappings) > 0 {
		return nil, fmt.Errorf("--mapping given without --protocols")
	}

	for _, a := range in.annul {
		an, err := shailoo.ParseAnnulment(a)
		if err != nil {
			l.close()
			return nil, fmt.Errorf("--annul: %w", err)
		}
		l.opts.Annul = append(l.opts.Annul, an)
	}
	if in.annulFile != "" {
		b, input, err := readFile(in.annulFile)
		if err != nil {
			l.close()
			return nil, err
		}
		as, err := shailoo.ReadAnnulments(bytes.NewReader(b), in.annulFile, l.election)
		if err != nil {
			l.close()
			return nil, err
		}
		l.opts.Annul = append(l.opts.Annul, as...)
		l.opts.Inputs = append(l.opts.Inputs, input)
	}
	l.opts.LotSeed = in.lotSeed
	l.opts.AllFindings = in.allFindings
	if in.lots != "" {
		b, input, err := readFile(in.lots)
		if err != nil {
			l.close()
			return nil, err
		}
		if l.opts.Lots, err = shailoo.ReadLots(bytes.NewReader(b), in.lots, l.election); err != nil {
			l.close()
			return nil, err
		}
		l.opts.Inputs = append(l.opts.Inputs, input)
	}
	return &l, nil
}

// readProtocols opens the CSV files and reads their mappings: their
// protocols are added to those of the election file (the embedded
// dataset's own protocols are replaced) when they are counted. When the
// definition has no precincts, they are taken from the files; otherwise a
// precinct the files name that the definition lacks stays unknown, and the
// validator reports it.
func (in *inputs) readProtocols(l *loaded) error {
	if len(in.mappings) != 1 && len(in.mappings) != len(in.protocols) {
		return fmt.Errorf("give one --mapping for all --protocols files or one per file (%d files, %d mappings)", len(in.protocols), len(in.mappings))
	}
	e := *l.election
	if in.election == "" && !l.inferred {
		e.Protocols = nil
	}
	l.election = &e
	l.opts.SkipBadRows = in.lenient
	l.opts.TotalsOnly = in.totalsOnly
	for i, file := range in.protocols {
		mfile := in.mappings[0]
		if len(in.mappings) > 1 {
			mfile = in.mappings[i]
		}
		mb, minput, err := readFile(mfile)
		if err != nil {
			l.close()
			return err
		}
		// The lines of a mapping are those of the rule set's form.
		m, err := ingest.ReadMappingFor(bytes.NewReader(mb), mfile, l.rules.Protocol.Known)
		if err != nil {
			l.close()
			return err
		}
		if err := ingest.CheckChoicesOn(m, l.election, mfile, l.hasAgainstAll); err != nil {
			l.close()
			return err
		}
		if n := ingest.GuessesNote(m, mfile); n != "" {
			l.opts.Notes = append(l.opts.Notes, n)
		}
		f, err := os.Open(file)
		if err != nil {
			l.close()
			return err
		}
		l.closers = append(l.closers, f)
		l.files = append(l.files, shailoo.CSVInput{Name: file, R: f, Mapping: m})
		// The file's SHA-256 is filled in as it is read.
		l.opts.Inputs = append(l.opts.Inputs, shailoo.Input{Name: file}, minput)
	}
	return nil
}

func (in *inputs) writeTranscript(w io.Writer, res *shailoo.Result) error {
	if in.format == "json" {
		return report.TranscriptJSON(w, res)
	}
	return report.TranscriptText(w, res)
}

func (in *inputs) write(w io.Writer, res *shailoo.Result) error {
	switch in.format {
	case "json":
		return report.JSON(w, res)
	case "md":
		return report.Markdown(w, res, report.Lang(in.lang))
	}
	return report.Text(w, res, report.Lang(in.lang))
}
