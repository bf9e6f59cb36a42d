package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// inputs are the flags every counting command shares.
type inputs struct {
	rules       string
	rulesGiven  bool // --rules was given (rules is "kg2021" when not)
	election    string
	protocols   multi
	mappings    multi
	cvr         multi // --ballots FILE[:MAPPING]
	lots        string
	lotSeed     string
	lenient     bool
	format      string
	lang        string
	transcript  bool
	okrugs      multi // --okrug: okrugs whose every candidate the report lists
	totalsOnly  bool
	allFindings bool
	annul       multi
	annulFile   string
	// errFormat: --format nist-err is allowed (count only).
	errFormat bool
}

type multi []string

// rulesFlag is --rules: it records that the rule set was given, so that
// a count of a user's own files under the default one says so
// (loader.Input.RulesDefault).
type rulesFlag struct{ in *inputs }

func (f rulesFlag) String() string {
	if f.in == nil {
		return ""
	}
	return f.in.rules
}

func (f rulesFlag) Set(s string) error {
	f.in.rules, f.in.rulesGiven = s, true
	return nil
}

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func (in *inputs) register(fs *flag.FlagSet) {
	in.rules = "kg2021"
	fs.Var(rulesFlag{in}, "rules", "rule set: a built-in ID ("+strings.Join(shailoo.Presets(), ", ")+") or a JSON file (default kg2021)")
	fs.StringVar(&in.election, "election", "", "election JSON (definition, with or without protocols); default: the embedded kg2021 dataset")
	fs.Var(&in.protocols, "protocols", "protocols CSV file (repeatable); added to the protocols of --election, or replacing those of the embedded dataset")
	fs.Var(&in.mappings, "mapping", "column mapping JSON for --protocols (one for all files, or one per file)")
	fs.Var(&in.cvr, "ballots", "cast-vote records, CSV or JSON Lines, one ballot a line or a count column (docs/ballots.md), with an optional column mapping: FILE[:MAPPING.json]; repeatable. The ballots are counted into protocols")
	fs.StringVar(&in.lots, "lots", "", `lots: a JSON file, or the JSON itself when it begins with "{": {"<context>": ["drawn first", ...]}, contexts "list", "list@<region>" (a constituency's list seats), "list/<party>", "okrug/<okrug>"`)
	fs.StringVar(&in.lotSeed, "lot-seed", "", "draw the lots of every tie left to lots from this public seed (SHA-256, see seats.DrawLots) unless --lots settles it")
	fs.BoolVar(&in.lenient, "skip-bad-rows", false, "report unreadable CSV rows, and cast-vote record lines that cannot be counted, as findings (code of validate.UnreadableRow) and go on")
	fs.StringVar(&in.format, "format", "text", "output format: text, json or md (count: also nist-err, NIST SP 1500-100 ERR v2 JSON)")
	fs.StringVar(&in.lang, "lang", "en", "language of text and md output: en, ru or ky")
	fs.BoolVar(&in.allFindings, "all-findings", false, fmt.Sprintf("list every finding; without it the first %d findings of each code are kept (the JSON report lists them) and the others counted, and the text and md reports list the first %d of each code and say how many more", validate.MaxListed, report.FindingsPerCode))
	fs.Var(&in.annul, "annul", "annul results: precinct:ID (a polling station's, both ballots), candidate:ID (an okrug candidate's votes), okrug:ID (an okrug's election: its okrug ballot in every precinct; their list votes stand) or region:ID (every polling station of a region); repeatable. The count is made without them; whatif compares that count with the count as the protocols stand (with --set or --alt, both sides are counted without them)")
	fs.StringVar(&in.annulFile, "annul-file", "", `annulments JSON: {"annulments": [{"kind": "precinct", "id": "5249", "reason": "..."}]}`)
	fs.BoolVar(&in.totalsOnly, "totals-only", false, "check each protocol on its own and skip the cross-checks between protocols but the one for a protocol given twice (the others reported not evaluated): a streaming count then keeps per protocol its precinct's ID alone")
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

// loaded is what the inputs describe, ready to count (see loader.Read).
// The protocols CSV files are open, to be read in one pass by
// shailoo.CountCSV (or whole, by whole, for a command that needs the
// election in memory).
type loaded struct {
	rules    shailoo.Rules
	election *election.Election
	opts     shailoo.Options
	files    []shailoo.CSVInput
	closers  []io.Closer
	lots     string // the --lots file (or "--lots"), named in an error of its lots
	// The --rules file and its bytes (nil: a built-in rule set), to name
	// in an error of a field the count finds wrong.
	rulesFile string
	rulesData []byte
	// inferred: the definition was inferred from the mappings, which give
	// no ballot order (its parties are in the order of their IDs).
	inferred bool
}

// ballotOrder is how a report lists the parties of a definition inferred
// from a mapping: in the order of their columns in the first protocols
// file of the list ballot whose mapping names them (read again, its
// header and first row: the count has read it), else by votes. Nothing
// for a definition given, whose order is its own.
func (l *loaded) ballotOrder(files []string) report.Options {
	if !l.inferred {
		return report.Options{}
	}
	o := report.Options{NoBallotOrder: true}
	for i, f := range l.files {
		if f.Mapping.Ballot != string(election.ListBallot) || len(ingest.Choices(f.Mapping)) == 0 || i >= len(files) {
			continue
		}
		if r, err := os.Open(files[i]); err == nil {
			o.BallotOrder = ingest.BallotOrder(r, f.Name, f.Mapping)
			r.Close()
		}
		break
	}
	return o
}

// count counts the inputs: the CSV files streamed, or the election.
func (l *loaded) count() (*shailoo.Result, error) {
	defer l.close()
	var res *shailoo.Result
	var err error
	if len(l.files) == 0 {
		res, err = shailoo.CountWith(l.election, l.rules, l.opts)
	} else {
		res, err = shailoo.CountCSV(l.election, l.rules, l.files, l.opts)
	}
	if l.rulesData != nil {
		err = shailoo.PlaceRulesError(err, l.rulesData, l.rulesFile)
	}
	return res, l.lotsError(err)
}

// lotsError names the --lots file in an error about its lots: those for
// okrugs learnt from the rows are checked once the okrugs are known, and
// a lot that names no one tied (seats.ErrBadLot) once the tie is.
func (l *loaded) lotsError(err error) error {
	if (errors.Is(err, shailoo.ErrLots) || errors.Is(err, seats.ErrBadLot)) && l.lots != "" {
		return fileError{l.lots, err}
	}
	return err
}

// fileError is err said of file: "file: what", err's own "shailoo: "
// prefix dropped (the command prints its own).
type fileError struct {
	file string
	err  error
}

func (e fileError) Error() string {
	return e.file + ": " + strings.TrimPrefix(e.err.Error(), "shailoo: ")
}

func (e fileError) Unwrap() error { return e.err }

// whole reads the CSV files into the election.
func (l *loaded) whole() error {
	defer l.close()
	if len(l.files) == 0 {
		return nil
	}
	e, o, err := shailoo.MergeCSVFor(l.election, l.rules, l.files, l.opts)
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

// file reads the file name for loader.Read, which reports an error
// reading it when it comes to it; "" is no file.
func file(name string) *loader.File {
	if name == "" {
		return nil
	}
	b, err := os.ReadFile(name)
	return &loader.File{Name: name, Data: b, Err: err}
}

// lotsFile reads the --lots argument: the lots JSON itself when it begins
// with "{" (as the README writes it inline), else the name of its file,
// whose error names the flag: a bare "open {...}" would not say where it
// came from.
func lotsFile(arg string) *loader.File {
	if strings.HasPrefix(strings.TrimSpace(arg), "{") {
		return &loader.File{Name: "--lots", Data: []byte(arg)}
	}
	f := file(arg)
	if f != nil && f.Err != nil {
		f.Err = fmt.Errorf("--lots: %w", f.Err)
	}
	return f
}

// loadRules reads a built-in rule set by ID or a rule-set JSON file.
func loadRules(name string) (shailoo.Rules, error) {
	r, _, err := loadRulesData(name)
	return r, err
}

// loadRulesData is loadRules that returns the file's bytes too (nil for a
// built-in rule set), for shailoo.PlaceRulesError to place in the file an
// error of a field the count finds wrong.
func loadRulesData(name string) (shailoo.Rules, []byte, error) {
	if r, err := shailoo.Preset(name); err == nil {
		return r, nil, nil
	}
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		f := rulesFile(name)
		if f == "" {
			return shailoo.Rules{}, nil, fmt.Errorf("--rules %q: a directory without a rules.json: give the rule set's JSON file", name)
		}
		name = f
	}
	b, _, err := readFile(name)
	if err != nil {
		return shailoo.Rules{}, nil, fmt.Errorf("--rules %q: not a built-in rule set (%s) and not a readable file: %v", name, strings.Join(shailoo.Presets(), ", "), err)
	}
	r, err := shailoo.ReadRules(bytes.NewReader(b), name)
	return r, b, err
}

// rulesFile is the rule set's file that --rules names: name itself, or
// the rules.json of the directory name (examples/fptp is read as
// examples/fptp/rules.json); "" for a directory that holds none.
func rulesFile(name string) string {
	fi, err := os.Stat(name)
	if err != nil || !fi.IsDir() {
		return name
	}
	f := filepath.Join(name, "rules.json")
	if fi, err := os.Stat(f); err != nil || fi.IsDir() {
		return ""
	}
	return f
}

// load reads the files the flags name through loader.Read. The files'
// mappings are given one for all or one per file; each file is opened
// once its mapping is read and checked.
func (in *inputs) load() (*loaded, error) {
	if err := in.checkFormat(); err != nil {
		return nil, err
	}
	rules, rulesData, err := loadRulesData(in.rules)
	if err != nil {
		return nil, err
	}
	if len(in.protocols) == 0 && len(in.mappings) > 0 {
		return nil, fmt.Errorf("--mapping given without --protocols")
	}
	if len(in.protocols) > 0 && len(in.mappings) != 1 && len(in.mappings) != len(in.protocols) {
		return nil, fmt.Errorf("give one --mapping for all --protocols files or one per file (%d files, %d mappings)", len(in.protocols), len(in.mappings))
	}
	lots := lotsFile(in.lots)
	l := loaded{rulesFile: in.rules, rulesData: rulesData}
	if rulesData != nil {
		l.rulesFile = rulesFile(in.rules) // a directory's rules.json
	}
	if lots != nil {
		l.lots = lots.Name
	}
	li := loader.Input{
		Rules: rules, Election: file(in.election),
		Annul: in.annul, AnnulFile: file(in.annulFile), Lots: lots, LotSeed: in.lotSeed,
		SkipBadRows: in.lenient, TotalsOnly: in.totalsOnly, AllFindings: in.allFindings,
		RulesDefault: !in.rulesGiven,
		NoDefinition: func(m string, err error) error { return fmt.Errorf("%s: no --election given, and %w", m, err) },
		BadAnnul:     func(err error) error { return fmt.Errorf("--annul: %w", err) },
	}
	var mappings []*loader.File
	for _, m := range in.mappings {
		mappings = append(mappings, file(m))
	}
	for i, name := range in.protocols {
		li.Protocols = append(li.Protocols, loader.CSV{Name: name, Mapping: mappings[min(i, len(mappings)-1)], Open: func() (io.Reader, error) {
			f, err := os.Open(name)
			if err != nil {
				return nil, err
			}
			l.closers = append(l.closers, f)
			// A JSON document is said to be one, not read as a table
			// with a stray quote (the page says so in app.js: the
			// check's JSON decoder would grow its modules).
			return ingest.NotJSON(f, name)
		}})
	}
	for _, c := range in.cvr {
		name, mapping := splitMapping(c)
		li.CVR = append(li.CVR, loader.CVR{File: file(name), Mapping: file(mapping)})
	}
	r, err := loader.Read(li)
	if err != nil {
		l.close()
		return nil, err
	}
	l.rules, l.election, l.opts, l.files, l.inferred = r.Rules, r.Election, r.Options, r.Files, r.Inferred
	return &l, nil
}

// splitMapping splits FILE:MAPPING at its last colon, unless what
// follows it is a path (C:\\cvr.csv) or nothing.
func splitMapping(s string) (name, mapping string) {
	i := strings.LastIndexByte(s, ':')
	if i <= 1 || i == len(s)-1 || strings.ContainsAny(s[i+1:], `/\\`) && !strings.HasSuffix(s, ".json") {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func (in *inputs) writeTranscript(w io.Writer, res *shailoo.Result) error {
	if in.format == "json" {
		return report.TranscriptJSON(w, res)
	}
	return report.TranscriptText(w, res)
}

// write writes res in the format asked; o says the order of its lists
// in text and Markdown (loaded.ballotOrder).
func (in *inputs) write(w io.Writer, res *shailoo.Result, o report.Options) error {
	o.Okrugs, o.AllFindings = in.okrugs, in.allFindings
	switch in.format {
	case "json":
		return report.JSON(w, res)
	case "md":
		return report.MarkdownWith(w, res, report.Lang(in.lang), o)
	}
	return report.TextWith(w, res, report.Lang(in.lang), o)
}
