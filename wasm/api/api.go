package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// Source is what to count. Text fields hold the bytes of a file as read
// (a Go string may hold any bytes); the *Name fields name it in the
// Result's inputs, as a path does on the command line.
//
// Demo counts the embedded kg2021 dataset. Otherwise Election, when given,
// is an election JSON file (a definition, with or without protocols); and
// Protocols, when given, are added to its protocols (or replace those of
// the embedded kg2021 dataset when Election is empty), as
// `shailoo count [--election E] --protocols F --mapping M` does.
type Source struct {
	Demo         bool      `json:"demo,omitempty"`
	Election     string    `json:"election,omitempty"`
	ElectionName string    `json:"election_name,omitempty"`
	Protocols    []CSVFile `json:"protocols,omitempty"`
	// Rules is a built-in rule set ID or a rule-set JSON file; empty is
	// kg2021.
	Rules     string `json:"rules,omitempty"`
	RulesName string `json:"rules_name,omitempty"`
	Lots      string `json:"lots,omitempty"`
	LotsName  string `json:"lots_name,omitempty"`
	// LotSeed draws the lots of every tie left to lots from this public
	// seed unless Lots settles it (`--lot-seed`).
	LotSeed string `json:"lot_seed,omitempty"`
	// SkipBadRows reports unreadable CSV rows, and ballot lines that
	// cannot be counted, as findings and goes on (`--skip-bad-rows`).
	SkipBadRows bool `json:"skip_bad_rows,omitempty"`
	// Annul lists annulments, "precinct:ID", "candidate:ID", "okrug:ID"
	// or "region:ID" (shailoo.ParseAnnulment), separated by commas, spaces
	// or line ends (`--annul`): the count is made without them and
	// compared with the count as the protocols stand (Count's "annulled").
	Annul string `json:"annul,omitempty"`
	// Ballots are cast-vote record files (CSV or JSON Lines, docs/ballots.md),
	// each with its column mapping or "" for the default headers: their
	// ballots are counted into protocols, as `--ballots FILE[:MAPPING]`.
	Ballots []CSVFile `json:"ballots,omitempty"`
}

// CSVFile is one protocols CSV file and its column mapping.
type CSVFile struct {
	Name        string `json:"name,omitempty"`
	Text        string `json:"text"`
	Mapping     string `json:"mapping"`
	MappingName string `json:"mapping_name,omitempty"`
}

// Default names of inputs the caller does not name.
const (
	defaultElection = "election.json"
	defaultCSV      = "protocols.csv"
	defaultMapping  = "mapping.json"
	defaultRules    = "rules.json"
	defaultLots     = "lots.json"
	defaultSummary  = "summary.json"
	// a cast-vote record file and its mapping
	defaultBallots       = "ballots.csv"
	defaultBallotMapping = "ballots.mapping.json"
)

// ErrInput is wrapped by errors about an input that is missing or does not
// fit with the others.
var ErrInput = errors.New("bad input")

// loaded is a Source read and ready to count (see loader.Read).
type loaded struct {
	rules shailoo.Rules
	// election is the definition, with the protocols of the election file
	// (none of the embedded dataset's when CSV files are given).
	election *election.Election
	opts     shailoo.Options
	// files are the CSV files with their mappings, R nil: inputs gives
	// each a reader of its text at each use.
	files []shailoo.CSVInput
	texts []string
	// merged is election with the CSV files' protocols, built on demand,
	// and mergedOpts the options MergeCSV returned with it: its findings
	// (rows unreadable, placed elsewhere...), notes, inputs and guesses,
	// which a count of merged needs as a count of the files does.
	merged     *election.Election
	mergedOpts shailoo.Options
	// annulled is what the annulments change, once counted.
	annulled *Annulled
}

// Annulled is what the annulments of a Source change: the annulments
// (Changes), the okrugs and lists whose deputies change, and the seat
// tally of the count as the protocols stand (Base); Count adds it to the
// Result as "annulled", as `shailoo whatif --annul --format json` gives
// the whole comparison.
type Annulled struct {
	Changes []string              `json:"changes"`
	Okrugs  []shailoo.OkrugChange `json:"okrugs,omitempty"`
	Lists   []shailoo.ListChange  `json:"lists,omitempty"`
	Base    shailoo.SeatTally     `json:"base_seats"`
}

func (l *loaded) inputs() []shailoo.CSVInput {
	in := slices.Clone(l.files)
	for i := range in {
		in[i].R = strings.NewReader(l.texts[i])
	}
	return in
}

// count counts l as `shailoo count` does: CSV files streamed through
// shailoo.CountCSV, an election alone through shailoo.CountWith; with
// annulments, the whole election through shailoo.CompareAnnulled, and the
// Result is the count without what was annulled (l.annulled says what
// changes).
func (l *loaded) count() (*shailoo.Result, error) {
	if len(l.opts.Annul) > 0 {
		e, err := l.all()
		if err != nil {
			return nil, err
		}
		o := l.opts
		if len(l.files) > 0 {
			o = l.mergedOpts
		}
		w, err := shailoo.CompareAnnulled(e, l.rules, o)
		if err != nil {
			return nil, err
		}
		l.annulled = &Annulled{Changes: w.Changes, Okrugs: w.Okrugs, Lists: w.Lists, Base: w.Base.Seats}
		return w.Alternative, nil
	}
	if len(l.files) == 0 {
		return shailoo.CountWith(l.election, l.rules, l.opts)
	}
	return shailoo.CountCSV(l.election, l.rules, l.inputs(), l.opts)
}

// all returns the election with every protocol, the CSV files'
// merged in as shailoo.MergeCSV merges them.
func (l *loaded) all() (*election.Election, error) {
	if len(l.files) == 0 {
		return l.election, nil
	}
	if l.merged == nil {
		e, o, err := shailoo.MergeCSVFor(l.election, l.rules, l.inputs(), l.opts)
		if err != nil {
			return nil, err
		}
		l.merged, l.mergedOpts = e, o
	}
	return l.merged, nil
}

func or(name, def string) string {
	if name == "" {
		return def
	}
	return name
}

// loadRules reads a built-in rule set by ID or a rule-set JSON file.
func loadRules(text, name string) (shailoo.Rules, error) {
	t := strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
	switch {
	case t == "":
		return shailoo.Preset("kg2021")
	case strings.HasPrefix(t, "{"):
		return shailoo.ReadRules(strings.NewReader(text), or(name, defaultRules))
	}
	return shailoo.Preset(t)
}

// memo keeps the last source read and its Result. The page asks about one
// source again and again (count it, check a summary against it, show a
// precinct, compare a copy), and reading 2,494 precincts again takes
// seconds in a browser. It changes no output: a source is reused only when
// it is equal to the last one field by field, byte for byte, and nothing
// downstream changes what it is given.
type memo struct {
	mu  sync.Mutex
	src Source
	l   *loaded
	res *shailoo.Result
}

var last memo

func (s Source) equal(t Source) bool {
	return s.Demo == t.Demo && s.Election == t.Election && s.ElectionName == t.ElectionName &&
		s.Rules == t.Rules && s.RulesName == t.RulesName && s.Lots == t.Lots && s.LotsName == t.LotsName &&
		s.LotSeed == t.LotSeed && s.SkipBadRows == t.SkipBadRows && slices.Equal(s.Protocols, t.Protocols) && s.Annul == t.Annul &&
		slices.Equal(s.Ballots, t.Ballots)
}

// load returns s read (see read), from the memo when s is the last source.
// The caller holds last.mu and must not change what it gets.
func load(s Source) (*loaded, error) {
	if last.l != nil && last.src.equal(s) {
		return last.l, nil
	}
	l, err := read(s)
	if err != nil {
		return nil, err
	}
	// Its own copy of the files' lists: a caller that changes its slice
	// in place and asks again is not answered from the memo.
	s.Protocols, s.Ballots = slices.Clone(s.Protocols), slices.Clone(s.Ballots)
	last.src, last.l, last.res = s, l, nil
	return l, nil
}

// electionOf returns the election of s with every protocol.
func electionOf(s Source) (*election.Election, error) {
	e, _, err := electionRulesOf(s)
	return e, err
}

// electionRulesOf returns the election of s with every protocol, and its
// rule set.
func electionRulesOf(s Source) (*election.Election, shailoo.Rules, error) {
	last.mu.Lock()
	defer last.mu.Unlock()
	l, err := load(s)
	if err != nil {
		return nil, shailoo.Rules{}, err
	}
	e, err := l.all()
	return e, l.rules, err
}

// read reads s through loader.Read, as `shailoo count` reads its flags,
// so that the inputs of the Result come out the same.
func read(s Source) (*loaded, error) {
	rules, err := loadRules(s.Rules, s.RulesName)
	if err != nil {
		return nil, err
	}
	if s.Demo && (s.Election != "" || len(s.Protocols) > 0 || len(s.Ballots) > 0) {
		return nil, reason("err.demo_with_input", nil, fmt.Errorf("%w: the demo counts the embedded dataset; give no election or protocols with it", ErrInput))
	}
	in := loader.Input{
		Rules: rules, Election: file(s.Election, s.ElectionName, defaultElection),
		Annul:   strings.FieldsFunc(s.Annul, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }),
		Lots:    file(s.Lots, s.LotsName, defaultLots),
		LotSeed: s.LotSeed, SkipBadRows: s.SkipBadRows, RulesDefault: s.Rules == "",
		NoDefinition: func(_ string, err error) error {
			return reason("err.no_definition", nil, fmt.Errorf("%w: no election file given, and %w", ErrInput, err))
		},
		BadAnnul: func(err error) error { return fmt.Errorf("%w: %w", ErrInput, err) },
		NoMapping: func(csv string) error {
			return reason("err.no_mapping", words.Args{"file": csv}, fmt.Errorf("%w: %s has no column mapping", ErrInput, csv))
		},
	}
	var texts []string
	for _, f := range s.Protocols {
		in.Protocols = append(in.Protocols, loader.CSV{Name: or(f.Name, defaultCSV), Mapping: file(f.Mapping, f.MappingName, defaultMapping)})
		texts = append(texts, f.Text)
	}
	for _, b := range s.Ballots {
		in.CVR = append(in.CVR, loader.CVR{File: &loader.File{Name: or(b.Name, defaultBallots), Data: []byte(b.Text)},
			Mapping: file(b.Mapping, b.MappingName, defaultBallotMapping)})
	}
	r, err := loader.Read(in)
	if err != nil {
		return nil, err
	}
	return &loaded{rules: r.Rules, election: r.Election, opts: r.Options, files: r.Files, texts: texts}, nil
}

// file is an input text for loader.Read, named name or def; "" is none.
func file(text, name, def string) *loader.File {
	if text == "" {
		return nil
	}
	return &loader.File{Name: or(name, def), Data: []byte(text)}
}

// count counts s, or returns the memo's Result when s is the last source
// counted. The Result is shared: callers must not change it.
func count(s Source) (*shailoo.Result, error) {
	last.mu.Lock()
	defer last.mu.Unlock()
	l, err := load(s)
	if err != nil {
		return nil, err
	}
	if last.res != nil {
		return last.res, nil
	}
	res, err := l.count()
	if err != nil {
		return nil, err
	}
	last.res = res
	return res, nil
}

// Count counts s and returns the Result as `shailoo count --format json`
// prints it.
func Count(s Source) ([]byte, error) {
	res, err := count(s)
	if err != nil {
		return nil, err
	}
	if a := annulledOf(s); a != nil {
		return indent(struct {
			*shailoo.Result
			Annulled *Annulled `json:"annulled"`
		}{res, a})
	}
	var b bytes.Buffer
	if err := report.JSON(&b, res); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// annulledOf is what the annulments of s change, when s was the last
// source counted with annulments.
func annulledOf(s Source) *Annulled {
	last.mu.Lock()
	defer last.mu.Unlock()
	if last.l == nil || !last.src.equal(s) {
		return nil
	}
	return last.l.annulled
}

// Verify counts s and checks the published summary, shailoo's own,
// against the recount; it returns the report as `shailoo verify --format
// json` prints it. A NIST ERR v2 report is read by ReadReport first (the
// tools' module): its summary is given here, and readAs, the JSON of its
// ReadAs ("" for shailoo's own summary), says how it was read, as the
// command line's report says it.
func Verify(s Source, summary, summaryName, readAs string) ([]byte, error) {
	sum, err := validate.ReadSummary(strings.NewReader(summary), or(summaryName, defaultSummary))
	if err != nil {
		return nil, err
	}
	if readAs != "" {
		var as ReadAs
		if err := json.Unmarshal([]byte(readAs), &as); err != nil {
			return nil, fmt.Errorf("%w: how the summary was read: %v", ErrInput, err)
		}
		sum.Format, sum.Status, sum.Notes = as.Format, as.Status, as.Notes
	}
	return verifySummary(s, sum)
}

// ReadAs is what the reader of a report says beside its summary
// (validate.Summary's Format, Status and Notes), which a summary's JSON
// does not carry.
type ReadAs struct {
	Format string   `json:"format,omitempty"`
	Status string   `json:"status,omitempty"`
	Notes  []string `json:"notes,omitempty"`
}

// ReadReport reads a NIST ERR v2 report as shailoo verify reads it
// (nisterr.ReadPublished; contest, when not "", is the candidate contest
// to compare, verify --contest) and returns {"summary": ..., "read_as":
// ...}: the summary to give Verify, and how it was read. The tools' module
// (tools.wasm) calls it: the counter's module links no reader of ERR, and
// the tools' no check of a summary.
func ReadReport(report, reportName, contest string) ([]byte, error) {
	sum, err := nisterr.ReadPublished([]byte(report), or(reportName, defaultSummary), nisterr.ReadOptions{Contest: contest})
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Summary validate.Summary `json:"summary"`
		ReadAs  ReadAs           `json:"read_as"`
	}{sum, ReadAs{Format: sum.Format, Status: sum.Status, Notes: sum.Notes}})
}

// verifySummary counts s and checks sum against the recount.
func verifySummary(s Source, sum validate.Summary) ([]byte, error) {
	// The command line adds the summary's file to the Result's inputs; the
	// report does not show them, and the recount the summary is checked
	// against does not depend on them, so the Result of the source serves.
	res, err := count(s)
	if err != nil {
		return nil, err
	}
	return indent(shailoo.Verify(res, sum))
}

// Precinct is one precinct of a source: its definition, its protocols (in
// the order of the source) and the choices of each ballot, so that a page
// can show them and offer a form to type a copy.
type Precinct struct {
	Precinct election.Precinct `json:"precinct"`
	// Region is the precinct's region as the definition gives it, for
	// its name: nil when the definition has no region of that ID.
	Region    *election.Region    `json:"region,omitempty"`
	Protocols []election.Protocol `json:"protocols"`
	// Lines are the protocol lines in protocol order.
	Lines []election.Line `json:"lines"`
	// Choices are the choices of each ballot ("list", "okrug") in ballot
	// or registration order, against all last.
	Choices map[election.BallotKind][]Choice `json:"choices"`
}

// Choice is one choice on a ballot.
type Choice struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameKy string `json:"name_ky,omitempty"`
	NameRu string `json:"name_ru,omitempty"`
	// Blank says that the choice is the blank votes (election.Party.Blank):
	// valid votes, no list.
	Blank bool `json:"blank,omitempty"`
}

// ErrNoPrecinct is returned for a precinct ID the source does not have.
var ErrNoPrecinct = errors.New("no such precinct")

// PrecinctOf returns the precinct id of s with its protocols, and the
// choices of each ballot it issues: the list ballot everywhere, the okrug
// ballot in its okrug, abroad too under a rule set that counts the votes
// cast abroad (okrug.abroad "counted").
func PrecinctOf(s Source, id string) ([]byte, error) {
	e, rules, err := electionRulesOf(s)
	if err != nil {
		return nil, err
	}
	p, err := precinct(e, id, rules.Okrug.Abroad.Counted())
	if err != nil {
		return nil, err
	}
	return indent(p)
}

// precinctsLikeShown is how many of the precincts an ID typed may mean
// an error about it names.
const precinctsLikeShown = 8

// precinctsLike are the IDs of the precincts (in the order of the
// election, then of its protocols) that end with id after a character
// that is no letter or digit: "1" finds "Республика Адыгея (Адыгея) / 1"
// and "01-1", not "11". A typed ID of a region-qualified election.
func precinctsLike(e *election.Election, id string) []string {
	id = strings.TrimSpace(id)
	if id == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(x string) {
		if len(x) == len(id) || !strings.HasSuffix(x, id) || seen[x] {
			return
		}
		r, _ := utf8.DecodeLastRuneInString(x[:len(x)-len(id)])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return
		}
		seen[x] = true
		out = append(out, x)
	}
	for _, p := range e.Precincts {
		add(p.ID)
	}
	for _, p := range e.Protocols {
		add(p.Precinct)
	}
	return out
}

// precinct is the precinct id of e for PrecinctOf; abroadOkrug says that
// a precinct abroad issues the okrug ballot too (okrug.abroad "counted").
func precinct(e *election.Election, id string, abroadOkrug bool) (*Precinct, error) {
	out := &Precinct{Lines: election.AllLines(), Protocols: []election.Protocol{}, Choices: map[election.BallotKind][]Choice{}}
	found := false
	for _, p := range e.Precincts {
		if p.ID == id {
			out.Precinct, found = p, true
			break
		}
	}
	for _, p := range e.Protocols {
		if p.Precinct == id {
			out.Protocols = append(out.Protocols, p)
			found = true
		}
	}
	if !found {
		like := precinctsLike(e, id)
		if len(like) == 0 {
			return nil, reason("err.no_precinct", words.Args{"precinct": id}, fmt.Errorf("%w: %q", ErrNoPrecinct, id))
		}
		some := like[:min(len(like), precinctsLikeShown)]
		quoted := make([]string, len(some))
		for i, x := range some {
			quoted[i] = strconv.Quote(x)
		}
		more := ""
		if len(like) > len(some) {
			more = ", …"
		}
		return nil, reason("err.no_precinct_like", words.Args{"precinct": id, "n": strconv.Itoa(len(like)), "ids": strings.Join(some, "\n")},
			fmt.Errorf("%w: %q; %d precincts have an ID that ends with it: %s%s", ErrNoPrecinct, id, len(like), strings.Join(quoted, ", "), more))
	}
	if out.Precinct.ID == "" {
		out.Precinct.ID = id
	}
	for i := range e.Regions {
		if out.Precinct.Region != "" && e.Regions[i].ID == out.Precinct.Region {
			out.Region = &e.Regions[i]
			break
		}
	}
	against := Choice{ID: election.AgainstAll, Name: "Against all", NameKy: "Бардык каршы", NameRu: "Против всех"}
	list := make([]Choice, 0, len(e.Parties)+1)
	for _, p := range e.Parties {
		if p.ID == election.AgainstAll {
			continue // a party may not use this ID (validate reports it); the choice is below
		}
		list = append(list, Choice{ID: p.ID, Name: p.Name, NameKy: p.NameKy, NameRu: p.NameRu, Blank: p.Blank})
	}
	// "against all" only on a ballot that has it (the definition, given or
	// inferred from a mapping), or where a protocol counted votes for it.
	hasAgainst := func(b election.BallotKind) bool {
		for _, p := range out.Protocols {
			if p.Ballot == b && p.Votes[election.AgainstAll] != 0 {
				return true
			}
		}
		return e.HasAgainstAll(b)
	}
	if hasAgainst(election.ListBallot) {
		list = append(list, against)
	}
	out.Choices[election.ListBallot] = list
	if ok, has := e.Okrug(out.Precinct.Okrug); has && (!out.Precinct.Abroad || abroadOkrug) {
		cands := make([]Choice, 0, len(ok.Candidates)+1)
		for _, c := range ok.Candidates {
			if c.ID != election.AgainstAll {
				cands = append(cands, Choice{ID: c.ID, Name: c.Name})
			}
		}
		if hasAgainst(election.OkrugBallot) {
			cands = append(cands, against)
		}
		out.Choices[election.OkrugBallot] = cands
	}
	return out, nil
}

// reason is err with its sentence in the catalog of words under key.
func reason(key string, args words.Args, err error) error {
	return &loader.ReasonError{Key: key, Args: args, Err: err}
}

// ErrNoProtocol is returned by CompareCopy when the source publishes no
// protocol of the copy's precinct, ballot and count.
var ErrNoProtocol = errors.New("no published protocol")

// CompareCopy compares a citizen's copy of one protocol (a JSON
// election.Protocol, read strictly by ingest.ReadProtocolFor: its ballot
// is required, its lines are those of the rule set's form; lines and
// votes it does not give are left out) with
// the published protocol of the same precinct, ballot and count in s, as
// validate.CompareCopy does; it returns the report as JSON, as
// `shailoo copy --copy F --format json` prints it.
//
// The published protocol is chosen as shailoo copy chooses it
// (validate.CompareCopyIn). precinct, when
// given, fills in the copy's precinct when the copy has none; a copy that
// names another precinct is an ErrInput error.
func CompareCopy(s Source, copyJSON, precinct string) ([]byte, error) {
	e, rules, err := electionRulesOf(s)
	if err != nil {
		return nil, err
	}
	cp, err := loader.ReadProtocol([]byte(copyJSON), "copy of the protocol", rules)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	switch {
	case cp.Precinct == "":
		cp.Precinct = precinct
	case precinct != "" && precinct != cp.Precinct:
		return nil, reason("err.bad_value", nil, fmt.Errorf("%w: the copy of the protocol names precinct %q, and the precinct asked for is %q", ErrInput, cp.Precinct, precinct))
	}
	rep, err := validate.CompareCopyIn(e, cp)
	if err != nil {
		return nil, reason("err.no_protocol", nil, fmt.Errorf("%w: %v", ErrNoProtocol, err))
	}
	return indent(rep)
}

// Warm builds the embedded kg2021 dataset ahead of time (it is built once
// per process: datasets.PrepareKG2021), so that a page can do it while its
// reader is still reading and the demo answers sooner. It changes no
// result.
//
// The collector waits while the dataset is built: all it allocates stays
// (2,494 preference maps, 835,000 entries), so each collection on the way
// would mark the growing dataset again, on the page's one thread. One
// collection afterwards sets the next one's goal from the whole dataset,
// so that the demo's count does not start with one.
func Warm() ([]byte, error) {
	old := debug.SetGCPercent(-1)
	err := datasets.PrepareKG2021()
	debug.SetGCPercent(old)
	if err != nil {
		return nil, err
	}
	runtime.GC()
	return []byte(`{"ok":true}`), nil
}

// Preset is a built-in rule set as a page lists it.
type Preset struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Name    string `json:"name"`
}

// Notes says the notes of a Result (notesJSON, a JSON array of strings,
// in English as a Result carries them: what the page got from Count, not
// a reader's file, so encoding/json reads it; strictjson's checks would
// add 6 KB to the page's module for nothing) in Russian and Kyrgyz: {"ru":
// [...], "ky": [...]}, each note in the order given. A note of the
// catalog (words.Note) is said with its figures; any other note comes
// back in English. NotesNamed names the lists too.
func Notes(notesJSON string) ([]byte, error) { return NotesNamed(notesJSON, "") }

// NotesNamed is Notes with the list a note names (by its name or ID as
// the count wrote it) said by its name in each language (words.NoteNamed)
// where namesJSON gives one: {"ru": {"Ata-Jurt Kyrgyzstan": "Ата-Журт
// Кыргызстан", "ata-jurt": ...}, "ky": {...}}, which the page makes from
// the Result's lists; an empty namesJSON names none.
func NotesNamed(notesJSON, namesJSON string) ([]byte, error) {
	var notes []string
	if err := json.Unmarshal([]byte(notesJSON), &notes); err != nil {
		return nil, fmt.Errorf("%w: notes: %v", ErrInput, err)
	}
	var names map[string]map[string]string
	if namesJSON != "" {
		if err := json.Unmarshal([]byte(namesJSON), &names); err != nil {
			return nil, fmt.Errorf("%w: names: %v", ErrInput, err)
		}
	}
	out := map[string][]string{}
	for _, lang := range []string{"ru", "ky"} {
		by := names[lang]
		said := make([]string, len(notes))
		for i, n := range notes {
			said[i] = words.NoteNamed(lang, n, func(s string) (string, bool) {
				n := by[s]
				return n, n != ""
			})
		}
		out[lang] = said
	}
	return json.Marshal(out)
}

// Presets lists the built-in rule sets.
func Presets() ([]byte, error) {
	out := []Preset{}
	for _, id := range shailoo.Presets() {
		r, err := shailoo.Preset(id)
		if err != nil {
			return nil, err
		}
		out = append(out, Preset{ID: r.ID, Version: r.Version, Name: r.Name})
	}
	return indent(out)
}

// Version says which library, rule-set format and Go toolchain built this.
func Version() ([]byte, error) {
	return indent(struct {
		Library     string `json:"library"`
		RulesFormat int    `json:"rules_format"`
		Go          string `json:"go"`
		Platform    string `json:"platform"`
	}{"shailoo " + shailoo.Version, shailoo.RulesFormat, runtime.Version(), runtime.GOOS + "/" + runtime.GOARCH})
}

// indent writes v as the command line writes JSON: indented by two
// spaces, with a final newline.
func indent(v any) ([]byte, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Failure is what Guard returns in place of a result: the message, and
// where the input is wrong when the error says.
type Failure struct {
	Error  string `json:"error"`
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	Field  string `json:"field,omitempty"`
	// Key is what is wrong as a key of the catalog of words (package
	// words; the page has its sentences in app.js), such as
	// "err.not_number", with its figures Args (see loader.Reason): the
	// page shows it in the user's language, and Error as the detail.
	Key  string     `json:"key,omitempty"`
	Args words.Args `json:"args,omitempty"`
	// Panic is set when the error is a panic that was recovered: a bug.
	Panic bool `json:"panic,omitempty"`
}

// Guard runs f and returns its JSON; when f returns an error or panics it
// returns a Failure as JSON instead. It never panics.
func Guard(f func() ([]byte, error)) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			out = failure(Failure{Error: fmt.Sprintf("internal error: %v", r), Key: "err.internal", Panic: true})
		}
	}()
	b, err := f()
	if err != nil {
		return Fail(err)
	}
	return b
}

// Fail returns err as a Failure in JSON; a nil err, which no caller
// should give, is reported as an internal error rather than as success.
func Fail(err error) []byte {
	if err == nil {
		return failure(Failure{Error: "internal error: a failure without an error", Key: "err.internal"})
	}
	f := Failure{Error: err.Error()}
	f.Key, f.Args = loader.Reason(err)
	f.File, f.Line, f.Column, f.Field = loader.Place(err)
	return failure(f)
}

func failure(f Failure) []byte {
	b, err := json.Marshal(f)
	if err != nil {
		return []byte(`{"error":"internal error"}`)
	}
	return b
}

// The tables Export makes.
const (
	ExportERR       = "nist-err"  // the NIST SP 1500-100 ERR v2 report (JSON)
	ExportProtocols = "protocols" // the protocols table (CSV)
	ExportTotals    = "totals"    // the totals table (CSV)
	ExportFindings  = "findings"  // the findings table (CSV)
)

// Exported is what Export returns: the file's text, as `shailoo count
// --format nist-err` or `shailoo export --table T --format csv` writes it.
type Exported struct {
	Table string `json:"table"`
	Text  string `json:"text"`
}

// Export counts s (or takes the memo's count) and returns one of its
// exports: the ERR v2 report (precinct-level when s has protocols) or a
// table as CSV. There is no Parquet here: the page's WebAssembly stays
// without a Parquet library (the command line writes it). The protocols
// table's finding columns count the findings listed (validate.MaxListed a
// code); the command line lists them all.
func Export(s Source, table string) ([]byte, error) {
	switch table {
	case ExportERR, ExportProtocols, ExportTotals, ExportFindings:
	default:
		return nil, fmt.Errorf("%w: export %q: want %s, %s, %s or %s", ErrInput, table, ExportERR, ExportProtocols, ExportTotals, ExportFindings)
	}
	res, err := count(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	switch table {
	case ExportTotals:
		err = export.WriteTotals(export.NewCSV(&b), res)
	case ExportFindings:
		err = export.WriteFindings(export.NewCSV(&b), res.Findings)
	default:
		e, eerr := electionOf(s)
		if eerr != nil {
			return nil, eerr
		}
		if table == ExportERR {
			err = nisterr.Write(&b, res, nisterr.Options{Election: e})
		} else {
			err = export.WriteProtocols(export.NewCSV(&b), e, res)
		}
	}
	if err != nil {
		return nil, err
	}
	return indent(Exported{Table: table, Text: b.String()})
}
