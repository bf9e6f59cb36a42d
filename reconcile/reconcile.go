package reconcile

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// Protocol is one protocol of a source and where it came from.
type Protocol struct {
	election.Protocol
	// File is the file it was read from; Line the 1-based line where it
	// starts (a CSV row, a JSON object), 0 when not known.
	File string
	Line int
	// fieldLines gives the line of each figure ("lines.valid") of a JSON
	// copy, and of a long CSV file (its row); columns the column of each
	// field of a CSV file.
	fieldLines map[string]int
	// fieldRows gives the rows of each figure of a long CSV file summed
	// from several rows (a choice's rows under "choice_rows": "sum"):
	// where it differs, it is those rows', not the protocol's first.
	fieldRows map[string][]int
	columns   map[string]int
	// column is, in a transposed file, the precinct's column (Line its
	// header row's), where its figures stand below; 0 otherwise.
	column int
}

// Source is one source of protocols: a published version, a machine
// count, a folder of observers' copies.
type Source struct {
	Name string
	// Time, when not empty, is when the source was taken (RFC 3339): the
	// sources with a time are versions, compared in time order.
	Time  string
	Files []string
	// Provenance says where the source's figures come from: its files'
	// provenance (a CSV file's mapping's, an election file's own), one
	// word when they agree, each file's when not ("a.csv: official;
	// b.json: not_given"), shailoo.ProvenanceNotGiven when none says it
	// (an observer's copy never does).
	Provenance string
	Protocols  []Protocol
	// Notes and Findings are what reading the files said: files not read,
	// rows not read (validate.UnreadableRow, when asked to skip them).
	Notes    []string
	Findings []validate.Finding
	// precincts are the precincts the rows of its CSV files name, with
	// their region and okrug (Read learns a definition's from them when
	// it lists none).
	precincts []election.Precinct
	// parts joins the protocols of its files of parts.
	parts partJoin
}

// Options say how to reconcile.
type Options struct {
	// Base names the source the others are compared with and whose
	// figures they replace in the seat impact; empty is the first.
	Base string
	// Rules and Count are the rule set and the options of the seat
	// impact's counts. A zero Rules (no ID) leaves the impact out.
	// Rules also says whether a precinct abroad issues the okrug ballot
	// (okrug.abroad "counted"); a zero Rules says it does not (as
	// "excluded"), and a source's okrug-ballot protocol of a precinct
	// abroad is then a finding (validate.SourceUnknownBallot).
	Rules shailoo.Rules
	Count shailoo.Options
	// Largest is how many protocols each pair ranks by their gap; 0 is 10.
	Largest int
}

// Errors of Reconcile: test them with errors.Is.
var (
	ErrSources   = errors.New("reconcile: at least two sources are needed")
	ErrName      = errors.New("reconcile: a source needs a name")
	ErrDuplicate = errors.New("reconcile: two sources with the same name")
	ErrBase      = errors.New("reconcile: no source of that name")
	ErrTime      = errors.New("reconcile: a time is RFC 3339, as 2021-11-29T08:00:00+06:00")
	ErrNil       = errors.New("reconcile: nil definition")
)

// Report is what Reconcile found. Its JSON is documented in
// docs/reconcile.md.
type Report struct {
	Base    string       `json:"base"`
	Sources []SourceInfo `json:"sources"`
	// Differences are the figures on which two sources differ, in the
	// order of the definition's precincts, then ballot, count and field.
	Differences []Difference `json:"differences"`
	// Only lists the protocols that one source alone gives.
	Only     []Only          `json:"only"`
	Pairs    []Pair          `json:"pairs"`
	Versions []Version       `json:"versions,omitempty"`
	Impact   []Impact        `json:"impact,omitempty"`
	Findings validate.Report `json:"findings"`
	Notes    []string        `json:"notes,omitempty"`
}

// SourceInfo names a source in the report.
type SourceInfo struct {
	Name       string   `json:"name"`
	Time       string   `json:"time,omitempty"`
	Files      []string `json:"files"`
	Provenance string   `json:"provenance"`
	Protocols  int      `json:"protocols"`
	Base       bool     `json:"base,omitempty"`
}

// Difference is one figure of one protocol on which two sources differ.
type Difference struct {
	Precinct string              `json:"precinct"`
	Okrug    string              `json:"okrug,omitempty"`
	Region   string              `json:"region,omitempty"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
	// Field is "lines.<line>", "votes.<choice>" or
	// "preferences.<candidate>".
	Field string `json:"field"`
	// Reference is the source the gaps are from.
	Reference string `json:"reference"`
	// Values has one entry per source that gives the protocol, in source
	// order.
	Values []Value `json:"values"`
}

// Value is one source's figure in a Difference.
type Value struct {
	Source string `json:"source"`
	// Value is nil when the source's protocol does not give the figure.
	Value *int64 `json:"value"`
	// Gap is Value − the reference's value (0 when either is missing),
	// saturated at the int64 range.
	Gap    int64  `json:"gap"`
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
	// Lines are the rows a figure summed from several rows of a long
	// file adds up ("choice_rows": "sum"), in file order, Line the first
	// of them; nil for a figure of one row.
	Lines []int `json:"lines,omitempty"`
}

// Only is a protocol that one source alone gives.
type Only struct {
	Source   string              `json:"source"`
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
	File     string              `json:"file"`
	Line     int                 `json:"line,omitempty"`
}

// Pair sums up what differs between two sources, A and B.
type Pair struct {
	A string `json:"a"`
	B string `json:"b"`
	// Compared is the protocols both give; Differ those of them on which
	// a figure differs. Share is Differ / Compared in percent, rounded
	// half up to one decimal (the exact figures are the two counts).
	Compared int    `json:"compared"`
	Differ   int    `json:"differ"`
	Share    string `json:"share"`
	// OnlyA and OnlyB are the protocols one of the two gives and the
	// other does not.
	OnlyA int `json:"only_a"`
	OnlyB int `json:"only_b"`
	// Figures is how many figures differ; NotCompared how many one gives
	// and the other does not.
	Figures     int `json:"figures"`
	NotCompared int `json:"not_compared"`
	// Okrugs and Regions are those of the precincts whose protocols
	// differ, sorted.
	Okrugs  []string `json:"okrugs"`
	Regions []string `json:"regions"`
	// Moved is the votes moved per choice, B − A, summed over the
	// protocols that differ.
	Moved []Moved `json:"moved"`
	// Largest ranks the protocols that differ by their gap, largest
	// first.
	Largest []Gap `json:"largest"`
}

// Moved is the votes for one choice that differ between two sources.
type Moved struct {
	Ballot election.BallotKind `json:"ballot"`
	Choice string              `json:"choice"`
	// Net is B − A summed; Gross the sum of |B − A|.
	Net   int64 `json:"net"`
	Gross int64 `json:"gross"`
}

// Gap is one protocol's difference between two sources: the sum of |B − A|
// over its figures that differ, and how many they are.
type Gap struct {
	Precinct string              `json:"precinct"`
	Ballot   election.BallotKind `json:"ballot"`
	Machine  bool                `json:"machine,omitempty"`
	Gap      int64               `json:"gap"`
	Figures  int                 `json:"figures"`
}

// Version is what changed from one version of a source (a source with a
// time) to the next.
type Version struct {
	From     string `json:"from"`
	FromTime string `json:"from_time"`
	To       string `json:"to"`
	ToTime   string `json:"to_time"`
	Pair     Pair   `json:"pair"`
}

// Impact is the seat impact of one source: the count of the base with the
// source's figures in place of the base's, against the count of the base.
type Impact struct {
	Source string `json:"source"`
	// Substituted is the base's protocols whose figures the source
	// replaced, Changed how many figures that changed, Added the
	// protocols the base lacks and the source gives, counted as the
	// source gives them; LeftOut the source's protocols not used (of a
	// precinct or ballot the definition lacks, or given twice apart);
	// Kept the base's protocols the source does not give, counted with
	// the base's figures (a station the later source annulled or filtered
	// out is one: the count "with the figures of" the source is not the
	// source's count alone).
	Substituted int `json:"substituted"`
	Changed     int `json:"changed"`
	Added       int `json:"added"`
	LeftOut     int `json:"left_out"`
	Kept        int `json:"kept"`
	// Lists, Okrugs: what moves (shailoo.CompareCounts).
	Lists  []shailoo.ListChange  `json:"lists"`
	Okrugs []shailoo.OkrugChange `json:"okrugs,omitempty"`
	Votes  []ListVotes           `json:"votes"`
	// Base and Alternative are the seat tallies and the state of the two
	// counts.
	Base        CountState `json:"base"`
	Alternative CountState `json:"alternative"`
	// OwnErrors are the error findings of the count with the source's
	// figures that the base's count does not have (same code and place):
	// the source's own, such as a copy whose votes do not sum to its
	// valid ballots. The first MaxOwnErrors are kept; Alternative.Errors
	// counts them all.
	OwnErrors []validate.Finding `json:"own_errors,omitempty"`
	// OwnErrorCount is how many there are in all.
	OwnErrorCount int `json:"own_error_count,omitempty"`
	// OwnWarnings and OwnWarningCount are the same of the warning
	// findings (a copy's P108, a form's F4): a reader of the summary
	// learns of them as of the errors.
	OwnWarnings     []validate.Finding `json:"own_warnings,omitempty"`
	OwnWarningCount int                `json:"own_warning_count,omitempty"`
}

// MaxOwnErrors is the most of a source's own error findings an Impact
// keeps (Impact.OwnErrors).
const MaxOwnErrors = 20

// ListVotes is a list's votes in the two counts of an Impact.
type ListVotes struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Base        int64  `json:"base"`
	Alternative int64  `json:"alternative"`
}

// CountState is what a reader must know of one count of an Impact
// besides the seats that move: its seats, error findings, ties, whether
// lots are awaited and whether it is provisional.
type CountState struct {
	Seats    shailoo.SeatTally `json:"seats"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings,omitempty"`
	// Codes are the codes of the count's error and warning findings, each
	// once, in order: what shailoo count of the same figures lists.
	Codes        []validate.Code `json:"codes,omitempty"`
	Ties         int             `json:"ties"`
	AwaitingLots bool            `json:"awaiting_lots,omitempty"`
	Provisional  bool            `json:"provisional,omitempty"`
	// Why is why the count is provisional: the reasons shailoo count
	// gives (Result.ProvisionalReasons), of the same JSON, so that the
	// page says each in its language as it does a count's.
	Why        []shailoo.Unevaluated `json:"provisional_reasons,omitempty"`
	NotCounted string                `json:"not_counted,omitempty"`
}

// Differs says whether r found a difference: an error finding (a figure
// that differs, a protocol the base lacks, a protocol given twice apart, a
// protocol of a precinct or ballot the definition lacks).
func (r *Report) Differs() bool { return r != nil && r.Findings.Errors() > 0 }

// key is one protocol: precinct, ballot and count.
type key struct {
	precinct string
	ballot   election.BallotKind
	machine  bool
}

func keyOf(p *election.Protocol) key { return key{p.Precinct, p.Ballot, p.Machine} }

// indexed is a source with its protocols by key.
type indexed struct {
	*Source
	at       map[key]int  // the protocol compared
	conflict map[key]bool // given twice apart: not compared
	// none counts, per kind of figure, the protocols that give none of
	// it ("lines", "votes", "preferences").
	none map[string]int
}

// Reconcile compares the sources, whose protocols are of the election def
// defines (its own protocols are not a source: give them as one).
func Reconcile(def *election.Election, sources []Source, o Options) (*Report, error) {
	if def == nil {
		return nil, ErrNil
	}
	if len(sources) < 2 {
		return nil, fmt.Errorf("%w (%d given)", ErrSources, len(sources))
	}
	base := 0
	names := map[string]bool{}
	for i, s := range sources {
		if s.Name == "" {
			return nil, fmt.Errorf("%w (source %d)", ErrName, i+1)
		}
		if names[s.Name] {
			return nil, fmt.Errorf("%w: %q", ErrDuplicate, s.Name)
		}
		names[s.Name] = true
		if s.Time != "" {
			if _, ok := parseRFC3339(s.Time); !ok {
				return nil, fmt.Errorf("%w: source %q: %q", ErrTime, s.Name, s.Time)
			}
		}
	}
	if o.Base != "" {
		base = slices.IndexFunc(sources, func(s Source) bool { return s.Name == o.Base })
		if base < 0 {
			return nil, fmt.Errorf("%w: base %q", ErrBase, o.Base)
		}
	}
	if o.Largest <= 0 {
		o.Largest = 10
	}
	c := &comparer{def: def, base: base, o: o, precincts: map[string]int{}}
	for i, p := range def.Precincts {
		if _, ok := c.precincts[p.ID]; !ok {
			c.precincts[p.ID] = i
		}
	}
	r := &Report{Base: sources[base].Name, Differences: []Difference{}, Only: []Only{}, Pairs: []Pair{}}
	for i := range sources {
		s := &sources[i]
		r.Sources = append(r.Sources, SourceInfo{Name: s.Name, Time: s.Time, Files: nonNil(s.Files), Provenance: cmp.Or(s.Provenance, shailoo.ProvenanceNotGiven), Protocols: len(s.Protocols), Base: i == base})
		r.Notes = append(r.Notes, s.Notes...)
		c.findings = append(c.findings, s.Findings...)
		c.src = append(c.src, c.index(s))
	}
	if len(def.Protocols) > 0 {
		r.Notes = append(r.Notes, fmt.Sprintf("The definition's own %d protocols are not a source and were not compared: give its file as a --source to compare them", len(def.Protocols)))
	}
	c.compare(r)
	for _, s := range c.src {
		for _, kind := range []string{"lines", "votes", "preferences"} {
			if n := s.none[kind]; n > 0 {
				r.Notes = append(r.Notes, fmt.Sprintf("%q gives no %s in %d protocols: those figures were not compared", s.Name, kindWords[kind], n))
			}
		}
	}
	r.Versions = c.versions()
	if o.Rules.ID != "" {
		var err error
		if r.Impact, err = c.impact(); err != nil {
			return nil, err
		}
	}
	// the lists, candidates and choices by the definition's names
	r.Findings = validate.Merge(validate.Report{Findings: c.findings}).Named(validate.NamesOf(def))
	return r, nil
}

var kindWords = map[string]string{"lines": "protocol lines", "votes": "votes", "preferences": "preference votes"}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type comparer struct {
	def       *election.Election
	base      int
	o         Options
	precincts map[string]int
	src       []*indexed
	findings  []validate.Finding
	// keys are the protocols any source gives, in report order.
	keys []key
	// pairs[i][j] (i < j) sums up sources i and j.
	pairs map[[2]int]*pairAcc
}

// finding adds a finding of code c; the codes are the catalog's, so that
// NewFinding does not fail.
func (c *comparer) finding(code validate.Code, p validate.Place, want, got string, gap int64, v map[string]validate.Message) {
	f, err := validate.NewFinding(code, p, want, got, gap, v)
	if err == nil {
		c.findings = append(c.findings, f)
	}
}

func same(s string) validate.Message { return validate.Message{En: s, Ru: s, Ky: s} }

// place is where protocol p of source s is, as a finding names it.
func (c *comparer) place(p *Protocol) validate.Place {
	pl := validate.Place{Level: validate.LevelPrecinct, Precinct: p.Precinct, Ballot: p.Ballot, Machine: p.Machine, File: p.File, Row: p.Line, Column: p.column}
	if i, ok := c.precincts[p.Precinct]; ok {
		pl.Okrug, pl.Region = c.def.Precincts[i].Okrug, c.def.Precincts[i].Region
	}
	return pl
}

// fieldPlace is place with the field f and its line and column.
func (c *comparer) fieldPlace(p *Protocol, f string) validate.Place {
	pl := c.place(p)
	kind, name, _ := strings.Cut(f, ".")
	switch kind {
	case "lines":
		pl.Line = name
	case "votes":
		pl.Choice = name
	case "preferences":
		pl.Candidate = name
	}
	pl.Row, pl.Column = p.where(f)
	return pl
}

// where is the line and column of field f of p.
func (p *Protocol) where(f string) (line, col int) {
	line = p.Line
	if l, ok := p.fieldLines[f]; ok {
		line = l
	}
	if ls := p.fieldRows[f]; len(ls) > 0 {
		line = ls[0]
	}
	if c, ok := p.columns[f]; ok {
		return line, c
	}
	return line, p.column
}

// at names where a protocol is, for a message: "file:line".
func at(p *Protocol) string {
	if p.Line > 0 {
		return p.File + ":" + strconv.Itoa(p.Line)
	}
	return p.File
}

// index indexes s by key, reporting what a source gives twice and what
// the definition lacks.
func (c *comparer) index(s *Source) *indexed {
	x := &indexed{Source: s, at: make(map[key]int, len(s.Protocols)), conflict: map[key]bool{}, none: map[string]int{}}
	src := map[string]validate.Message{"source": same(s.Name)}
	for i := range s.Protocols {
		p := &s.Protocols[i]
		k := keyOf(&p.Protocol)
		if j, ok := x.at[k]; ok {
			first := &s.Protocols[j]
			v := map[string]validate.Message{"source": same(s.Name), "first": same(at(first))}
			diff := false
			for _, f := range differing(&first.Protocol, &p.Protocol) {
				diff = true
				av, aok := figure(&first.Protocol, f)
				bv, bok := figure(&p.Protocol, f)
				c.finding(validate.SourceDuplicate, c.fieldPlace(p, f), show(av, aok), show(bv, bok), gapOf(bv, bok, av, aok), v)
			}
			if diff {
				x.conflict[k] = true
			} else {
				c.finding(validate.SourceDuplicateSame, c.place(p), "", "", 0, v)
			}
			continue
		}
		x.at[k] = i
		if len(p.Lines) == 0 {
			x.none["lines"]++
		}
		if len(p.Votes) == 0 {
			x.none["votes"]++
		}
		if len(p.Preferences) == 0 && p.Ballot == election.ListBallot {
			x.none["preferences"]++
		}
		pi, known := c.precincts[p.Precinct]
		switch {
		case !known:
			c.finding(validate.SourceUnknownPrecinct, c.place(p), "", p.Precinct, 0, src)
		case !c.issues(c.def.Precincts[pi], p.Ballot):
			v := maps.Clone(src)
			v["ballot"] = ballotName(p.Ballot)
			c.finding(validate.SourceUnknownBallot, c.place(p), "", string(p.Ballot), 0, v)
		}
	}
	for k := range x.conflict {
		delete(x.at, k)
	}
	if x.none["preferences"] > 0 && !c.hasPreferences() {
		delete(x.none, "preferences")
	}
	return x
}

// hasPreferences says whether the list ballot of def has preference votes:
// a party with candidates.
func (c *comparer) hasPreferences() bool {
	for _, p := range c.def.Parties {
		if len(p.Candidates) > 0 {
			return true
		}
	}
	return false
}

// issues says whether precinct pr issues ballot b: the list ballot
// everywhere, the okrug ballot in an okrug, in the country or, under a
// rule set that counts the votes cast abroad (okrug.abroad "counted";
// Options.Rules), abroad too.
func (c *comparer) issues(pr election.Precinct, b election.BallotKind) bool {
	switch b {
	case election.ListBallot:
		return true
	case election.OkrugBallot:
		return (!pr.Abroad || c.o.Rules.Okrug.Abroad.Counted()) && pr.Okrug != ""
	}
	return false
}

func ballotName(b election.BallotKind) validate.Message {
	switch b {
	case election.ListBallot:
		return validate.Message{En: "list ballot", Ru: "бюллетень по партийным спискам", Ky: "партиялык тизмелер боюнча бюллетень"}
	case election.OkrugBallot:
		return validate.Message{En: "okrug ballot", Ru: "бюллетень по одномандатному округу", Ky: "бир мандаттуу округ боюнча бюллетень"}
	}
	return same(string(b))
}

// figure returns field f of p ("lines.valid") and whether p gives it.
func figure(p *election.Protocol, f string) (int64, bool) {
	kind, name, _ := strings.Cut(f, ".")
	var v int64
	var ok bool
	switch kind {
	case "lines":
		v, ok = p.Lines[election.Line(name)]
	case "votes":
		v, ok = p.Votes[name]
	case "preferences":
		v, ok = p.Preferences[name]
	}
	return v, ok
}

func show(v int64, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.FormatInt(v, 10)
}

// gapOf is b − a when both are given, saturated; 0 otherwise.
func gapOf(b int64, bok bool, a int64, aok bool) int64 {
	if !aok || !bok {
		return 0
	}
	return subSat(b, a)
}

func subSat(b, a int64) int64 {
	d := b - a
	// overflow when the operands' signs differ and the result's sign is
	// not b's
	if (b >= 0) != (a >= 0) && (d >= 0) != (b >= 0) {
		if b >= 0 {
			return 1<<63 - 1
		}
		return -1 << 63
	}
	return d
}

func addSat(a, b int64) int64 {
	s := a + b
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		if a >= 0 {
			return 1<<63 - 1
		}
		return -1 << 63
	}
	return s
}

func absSat(x int64) int64 {
	if x < 0 {
		if x == -1<<63 {
			return 1<<63 - 1
		}
		return -x
	}
	return x
}

// differing lists the fields on which a and b differ (both given,
// different values, or given by one only), in field order.
func differing(a, b *election.Protocol) []string { return fieldsApart(a, b, true) }

// fieldsApart lists, in field order, the fields of a and b that one gives
// and the other does not; with values, also those both give with
// different values. Without values a kind (lines, votes, preferences) that
// one of them gives none of is left out.
func fieldsApart(a, b *election.Protocol, values bool) []string {
	var out []string
	add := func(kind string, x, y map[string]int64) {
		if !values && (len(x) == 0 || len(y) == 0) {
			return
		}
		for k, v := range x {
			if w, ok := y[k]; !ok || (values && w != v) {
				out = append(out, kind+"."+k)
			}
		}
		for k := range y {
			if _, ok := x[k]; !ok {
				out = append(out, kind+"."+k)
			}
		}
	}
	add("lines", lineMap(a.Lines), lineMap(b.Lines))
	add("votes", a.Votes, b.Votes)
	add("preferences", a.Preferences, b.Preferences)
	slices.SortFunc(out, compareFields)
	return out
}

func lineMap(m map[election.Line]int64) map[string]int64 {
	out := make(map[string]int64, len(m))
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}

// lineOrder is the place of each protocol line on the form.
var lineOrder = func() map[string]int {
	m := map[string]int{}
	for i, l := range election.AllLines() {
		m[string(l)] = i
	}
	return m
}()

var kindOrder = map[string]int{"lines": 0, "votes": 1, "preferences": 2}

// compareFields orders fields: lines in form order, then votes, then
// preference votes, each by ID.
func compareFields(a, b string) int {
	ka, na, _ := strings.Cut(a, ".")
	kb, nb, _ := strings.Cut(b, ".")
	if c := cmp.Compare(kindOrder[ka], kindOrder[kb]); c != 0 {
		return c
	}
	if ka == "lines" {
		ia, oka := lineOrder[na]
		ib, okb := lineOrder[nb]
		if oka && okb {
			return cmp.Compare(ia, ib)
		}
		if oka != okb {
			if oka {
				return -1
			}
			return 1
		}
	}
	return strings.Compare(na, nb)
}

// compareKeys orders protocols by the definition's precincts (those it
// lacks after, by ID), then list before okrug ballot, manual before
// machine count.
func (c *comparer) compareKeys(a, b key) int {
	ia, oka := c.precincts[a.precinct]
	ib, okb := c.precincts[b.precinct]
	switch {
	case oka && okb:
		if x := cmp.Compare(ia, ib); x != 0 {
			return x
		}
	case oka != okb:
		if oka {
			return -1
		}
		return 1
	default:
		if x := strings.Compare(a.precinct, b.precinct); x != 0 {
			return x
		}
	}
	if x := strings.Compare(string(a.ballot), string(b.ballot)); x != 0 {
		return x
	}
	if a.machine != b.machine {
		if !a.machine {
			return -1
		}
		return 1
	}
	return 0
}
