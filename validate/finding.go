package validate

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/words"
)

// Code is the stable code of a check. A code is never renumbered and
// never reused: a check that is retired keeps its code, unused. The letter
// says the family: P protocol control relations, X cross-checks, S published
// summary, C citizen's copy, L list registration, I input, R many sources
// of one protocol (package reconcile).
type Code string

// Severity says whether a finding breaks a rule (error) or is only
// suspicious (warning).
type Severity string

// The severities of a finding.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// In returns the severity in the language lang names ("severity." keys of
// package words), or as it is when the catalog has no word for it: one
// wording for every report that lists findings.
func (s Severity) In(lang string) string {
	if t, ok := words.Lookup("severity." + string(s)); ok {
		return t.In(lang)
	}
	return string(s)
}

// The levels of a Place.
const (
	LevelPrecinct = "precinct"
	LevelOkrug    = "okrug"
	LevelRegion   = "region"
	LevelNation   = "nation"
	LevelList     = "list"
	LevelFile     = "file"
)

// Place says where a finding is: the level (precinct, okrug, region,
// nation, list or file) and, as far as they apply, the precinct, okrug,
// region, party (list) and candidate concerned; for a protocol, which one
// (ballot and machine or manual count); which line or choice; and for an
// input file the file, row (1-based line of the file) and column.
//
// Line is a protocol line name (see election.AllLines) or, in a published
// summary, the figure concerned ("votes", "percent", "seats", "turnout",
// "participants", "voters", "winner", "outcome", "sum"). Choice is a
// choice ID on a ballot (a party, a candidate or election.AgainstAll).
type Place struct {
	Level     string              `json:"level,omitempty"`
	Precinct  string              `json:"precinct,omitempty"`
	Okrug     string              `json:"okrug,omitempty"`
	Region    string              `json:"region,omitempty"`
	Party     string              `json:"party,omitempty"`
	Candidate string              `json:"candidate,omitempty"`
	Ballot    election.BallotKind `json:"ballot,omitempty"`
	Machine   bool                `json:"machine,omitempty"`
	Line      string              `json:"line,omitempty"`
	Choice    string              `json:"choice,omitempty"`
	File      string              `json:"file,omitempty"`
	Row       int                 `json:"row,omitempty"`
	LastRow   int                 `json:"last_row,omitempty"`
	Column    int                 `json:"column,omitempty"`
	// Also names the rows of a second file that give figures the
	// finding is about: a protocol joined from parts of two files (the
	// lines in one, the votes in another), whose relation over figures
	// of both names both places, File, Row and LastRow the first file's.
	Also Rows `json:"also,omitzero"`
}

// Rows are rows of a file: the row on Row, or the rows Row to LastRow (a
// long file's protocol).
type Rows struct {
	File    string `json:"file"`
	Row     int    `json:"row,omitempty"`
	LastRow int    `json:"last_row,omitempty"`
}

// String writes p in short English, for tables: "precinct 1001, list
// ballot, machine count, line received"; In(lang) in another language.
func (p Place) String() string { return p.In("en") }

// In writes p in short in the language lang names (see Language), for
// tables: the words around the IDs from the catalog (package words,
// "where."), the IDs, file names and line names as the data gives them:
// "участок 1001, бюллетень по партийным спискам, автоматический подсчёт,
// строка протокола received".
func (p Place) In(lang string) string {
	p = p.echo()
	lang, _ = words.Language(lang)
	var parts []string
	add := func(key, name, v string) {
		if v != "" {
			parts = append(parts, words.Say(lang, "where."+key, words.Args{name: v}))
		}
	}
	rows := func(r Rows) {
		add("file", "file", r.File)
		switch {
		case r.Row > 0 && r.LastRow > r.Row:
			// (A long file's protocol, read from several rows.)
			parts = append(parts, words.Say(lang, "where.rows", words.Args{"row": strconv.Itoa(r.Row), "last": strconv.Itoa(r.LastRow)}))
		case r.Row > 0:
			add("row", "row", strconv.Itoa(r.Row))
		}
	}
	rows(Rows{p.File, p.Row, p.LastRow})
	if p.Column > 0 {
		add("column", "column", strconv.Itoa(p.Column))
	}
	rows(p.Also)
	add("region", "region", p.Region)
	add("okrug", "okrug", p.Okrug)
	add("precinct", "precinct", p.Precinct)
	if p.Ballot != "" {
		switch p.Ballot {
		case election.ListBallot, election.OkrugBallot:
			parts = append(parts, ballotName(p.Ballot).In(lang))
		default:
			add("ballot", "ballot", string(p.Ballot))
		}
		c := "count.manual"
		if p.Machine {
			c = "count.machine"
		}
		parts = append(parts, words.Of(c).In(lang))
	}
	add("list", "party", p.Party)
	add("candidate", "candidate", p.Candidate)
	// A published summary's figure is said by its name ("figure." keys),
	// in English by its ID as it always was.
	if f, ok := words.Lookup("figure." + p.Line); ok && lang != "en" && election.LineIndex(election.Line(p.Line)) < 0 {
		parts = append(parts, f.In(lang))
	} else {
		add("line", "line", p.Line)
	}
	add("choice", "choice", p.Choice)
	if len(parts) == 0 {
		if t, ok := words.Lookup("where.level." + p.Level); ok {
			return t.In(lang)
		}
		return p.Level
	}
	return strings.Join(parts, ", ")
}

// Message is a text in English, Russian and Kyrgyz: a text of the one
// catalog of words (package words), which holds every sentence a finding
// is made of.
type Message = words.Text

// Language reduces a language tag to the language a Message has: "en",
// "ru" or "ky"; see words.Language, which every part of shailoo that
// takes a language goes through.
func Language(tag string) (lang string, ok bool) { return words.Language(tag) }

// Finding is one broken rule or suspicious figure.
//
// Want is what the rule requires and Got what the data holds, both exact
// and as text: a number ("1000"), a bound ("<= 1000"), an ID, or a
// percentage with its exact value ("17.32 (exact 100 × 222005 / 1281622 =
// 17.322110…)"). Gap is Got − Want when both are numbers (the excess over
// the bound for an inequality; for a percentage, in units of its last
// published decimal), saturated at the int64 range; 0 otherwise.
// GapPoints gives a published percentage's gap in percentage points.
type Finding struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Place    Place    `json:"place"`
	Want     string   `json:"want,omitempty"`
	Got      string   `json:"got,omitempty"`
	Gap      int64    `json:"gap,omitempty"`
	// say makes the sentence (Message, Sentence) when it is shown; the
	// JSON of a finding carries it under "message" (MarshalJSON).
	say *sentence
}

// NotEvaluated says that a check was not evaluated, and why: a relation
// not in force, a line the form or a protocol does not have, a figure not
// published. Count is how many places (protocols, lists, okrugs) it
// applies to, 0 when it concerns the whole check; First is the first such
// place in sort order.
type NotEvaluated struct {
	Code   Code   `json:"code"`
	Reason string `json:"reason"`
	Count  int    `json:"count,omitempty"`
	First  *Place `json:"first,omitempty"`
}

// PrecinctGap is the total absolute difference between the machine and the
// manual count of one precinct, over every line, choice and preference
// vote present in both protocols of both ballots; Items is how many of
// them differ.
type PrecinctGap struct {
	Precinct string `json:"precinct"`
	Gap      int64  `json:"gap"`
	Items    int    `json:"items"`
}

// Report is the result of a check: findings sorted by code then place,
// what was not evaluated (sorted by code then reason), the precincts
// ranked by their machine-versus-manual gap, largest first, and the
// findings counted but not listed, by code.
type Report struct {
	Findings     []Finding      `json:"findings"`
	NotEvaluated []NotEvaluated `json:"not_evaluated,omitempty"`
	MachineGaps  []PrecinctGap  `json:"machine_gaps,omitempty"`
	Unlisted     []Unlisted     `json:"unlisted,omitempty"`
	// Compared counts the published figures compared with the recount,
	// by check, in a check of a published summary (CheckPublished); nil
	// in the other reports.
	Compared *Compared `json:"compared,omitempty"`
	// Recount says what a published summary was compared with
	// (shailoo.Verify sets it); nil in the other reports.
	Recount *RecountOf `json:"recount,omitempty"`
	// Published says what was checked against the recount: the
	// summary's election, provenance and source (shailoo.Verify sets
	// it); nil in the other reports.
	Published *PublishedOf `json:"published,omitempty"`
	// names names the lists, candidates and choices of the places
	// (Named); nil: by their IDs.
	names *Names
}

// PublishedOf names the published summary a check compared with a
// recount: its election as it names it, where its figures come from (its
// provenance, "not_given" when it does not say) and its source, as the
// summary gives them, so that a reader of the findings knows whose
// figures disagree: a publisher's, or a summary made by hand.
type PublishedOf struct {
	Election   string `json:"election,omitempty"`
	Provenance string `json:"provenance"`
	Source     string `json:"source,omitempty"`
	// ElectionDiffers says that Election is neither the ID nor the name
	// of the recount's election. Not an error (a summary made by hand
	// may name the election its own way), but said, so that a reader
	// checks that both are the same election.
	ElectionDiffers bool `json:"election_differs,omitempty"`
	// Parts, when the summary's parts do not all come from where
	// Provenance says (a list's or an okrug's own provenance), says where
	// each part's come from: the totals (the summary's), then the lists'
	// and the okrugs' of each provenance, in the order of their first
	// entry ("not_given" where neither the entry nor the summary says);
	// nil when they do. CheckPublished sets them (its Report.Published
	// carries nothing else), shailoo.Verify the rest.
	Parts []PublishedPart `json:"parts,omitempty"`
	// Format, Status and Notes are the summary's (Summary.Format,
	// Status, Notes): the format of a publication read from another
	// format ("nist-err"), its own status, and what its reader says of
	// how it read it, which every output shows after the summary's line.
	Format string   `json:"format,omitempty"`
	Status string   `json:"status,omitempty"`
	Notes  []string `json:"notes,omitempty"`
}

// RecountOf names the recount a published summary was compared with: its
// election (ID and name), where its figures come from (its provenance, as
// the count's Result says it: "not_given" when nothing says it), the
// protocols files it counted (none: the definition's own protocols), and
// whether those protocols are synthetic stand-ins made to reproduce
// published figures: agreement with the figures they were made from is by
// construction and proves nothing about the real protocols, and a gap is
// a difference from those figures, not an error of a count.
type RecountOf struct {
	Election           string   `json:"election"`
	Name               string   `json:"name,omitempty"`
	Provenance         string   `json:"provenance"`
	Files              []string `json:"files,omitempty"`
	SyntheticProtocols bool     `json:"synthetic_protocols,omitempty"`
}

// MaxListed is how many findings of one code a check lists, unless told
// to list them all (StreamOptions.ListAll): the first MaxListed found, in
// the order of the input. The others are counted in Report.Unlisted. A
// hostile file of millions of precincts naming an undefined region would
// otherwise keep a finding of some 500 bytes, in three languages, per
// precinct: gigabytes for a file of a few hundred megabytes.
const MaxListed = 1000

// Unlisted is how many findings of one code a check found beyond
// MaxListed and did not list. They count in Errors and Warnings like
// those listed.
type Unlisted struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Count    int      `json:"count"`
}

// ErrFindings is wrapped by the error Report.Err returns.
var ErrFindings = errors.New("validate: error findings")

// FindingsError is the error Report.Err returns: how many error findings
// there are and the first of them.
type FindingsError struct {
	Errors int
	First  Finding
}

func (e *FindingsError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("validate: %d error finding(s), first %s at %s: %s",
		e.Errors, e.First.Code, e.First.Place, e.First.Sentence("en"))
}

// Unwrap returns ErrFindings.
func (e *FindingsError) Unwrap() error { return ErrFindings }

// Err returns a *FindingsError (wrapping ErrFindings) when r holds a
// finding of severity error, and nil otherwise: warnings alone are not an
// error.
func (r Report) Err() error {
	n := r.Errors()
	if n == 0 {
		return nil
	}
	for _, f := range r.Findings {
		if f.Severity == Error {
			return &FindingsError{Errors: n, First: f}
		}
	}
	return nil
}

// Errors is the number of findings of severity error.
func (r Report) Errors() int { return r.count(Error) }

// Warnings is the number of findings of severity warning.
func (r Report) Warnings() int { return r.count(Warning) }

func (r Report) count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	for _, u := range r.Unlisted {
		if u.Severity == s {
			n += u.Count
		}
	}
	return n
}

// Merge returns the findings and not-evaluated entries of all reports in
// one report, sorted; the machine gaps are merged and ranked again.
func Merge(reports ...Report) Report {
	var out Report
	for _, r := range reports {
		out.Findings = append(out.Findings, r.Findings...)
		out.NotEvaluated = append(out.NotEvaluated, r.NotEvaluated...)
		out.MachineGaps = append(out.MachineGaps, r.MachineGaps...)
		out.Unlisted = append(out.Unlisted, r.Unlisted...)
	}
	out.sort()
	return out
}

func (r *Report) sort() {
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	Sort(r.Findings)
	r.Findings = slices.CompactFunc(r.Findings, func(a, b Finding) bool { return compareFindings(a, b) == 0 })
	sortNotEvaluated(r.NotEvaluated)
	r.Unlisted = mergeUnlisted(r.Unlisted)
	g := r.MachineGaps
	sort.Slice(g, func(i, j int) bool {
		if g[i].Gap != g[j].Gap {
			return g[i].Gap > g[j].Gap
		}
		return naturalCompare(g[i].Precinct, g[j].Precinct) < 0
	})
}

// mergeUnlisted adds up the counts of each code and sorts by code.
func mergeUnlisted(us []Unlisted) []Unlisted {
	if len(us) == 0 {
		return us
	}
	order.Stable(us, func(a, b Unlisted) int { return compareCodes(a.Code, b.Code) })
	out := us[:1]
	for _, u := range us[1:] {
		if last := &out[len(out)-1]; last.Code == u.Code {
			last.Count += u.Count
			continue
		}
		out = append(out, u)
	}
	return out
}

// sortNotEvaluated sorts by code, then reason. (sort.Slice, as for
// MachineGaps, not slices.SortFunc: one sort in the page's .wasm rather
// than one per element type; issue 7.)
func sortNotEvaluated(ne []NotEvaluated) {
	sort.Slice(ne, func(i, j int) bool {
		if c := compareCodes(ne[i].Code, ne[j].Code); c != 0 {
			return c < 0
		}
		return ne[i].Reason < ne[j].Reason
	})
}

// Sort sorts findings by code (in number order: P101 < X201 < S301 < C401
// < L501 < I601), then place, then want, got and gap: the
// order every function of this package returns them in. (Stably, with
// slices.SortStableFunc rather than order.Stable: the count sorts all its
// findings here, and on 200,000 findings the merge sort is some 10%
// quicker than order's sort of indices; with brotli, the page's .wasm is
// the same size either way.)
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, compareFindings)
}

func compareFindings(a, b Finding) int {
	if c := compareCodes(a.Code, b.Code); c != 0 {
		return c
	}
	if c := comparePlaces(a.Place, b.Place); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Want, b.Want); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Got, b.Got); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Gap, b.Gap); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Severity, b.Severity); c != 0 {
		return c
	}
	// Findings that differ in nothing else (rare: a duplicate) are told
	// apart by their sentences, made only now.
	ma, mb := a.Message(), b.Message()
	if c := cmp.Compare(ma.En, mb.En); c != 0 {
		return c
	}
	if c := cmp.Compare(ma.Ru, mb.Ru); c != 0 {
		return c
	}
	return cmp.Compare(ma.Ky, mb.Ky)
}

func comparePlaces(a, b Place) int {
	for _, c := range []int{
		cmp.Compare(a.Level, b.Level),
		naturalCompare(a.File, b.File),
		cmp.Compare(a.Row, b.Row),
		cmp.Compare(a.Column, b.Column),
		naturalCompare(a.Region, b.Region),
		naturalCompare(a.Okrug, b.Okrug),
		naturalCompare(a.Precinct, b.Precinct),
		naturalCompare(a.Party, b.Party),
		naturalCompare(a.Candidate, b.Candidate),
		cmp.Compare(a.Ballot, b.Ballot),
		boolCompare(a.Machine, b.Machine),
		compareLines(a.Line, b.Line),
		naturalCompare(a.Choice, b.Choice),
		naturalCompare(a.Also.File, b.Also.File),
		cmp.Compare(a.Also.Row, b.Also.Row),
	} {
		if c != 0 {
			return c
		}
	}
	return 0
}

func boolCompare(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// compareLines orders protocol lines in protocol order (election.AllLines)
// before any other name, which sort naturally.
func compareLines(a, b string) int {
	ia, ib := lineIndex(a), lineIndex(b)
	if c := cmp.Compare(ia, ib); c != 0 {
		return c
	}
	return naturalCompare(a, b)
}

func lineIndex(s string) int {
	if i := election.LineIndex(election.Line(s)); i >= 0 {
		return i
	}
	return math.MaxInt
}

// naturalCompare compares strings with runs of ASCII digits compared as
// numbers, so that precinct "2" sorts before "10". Strings that compare
// equal that way (say "01" and "1") fall back to byte order.
func naturalCompare(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if isDigit(ca) && isDigit(cb) {
			si := i
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			sj := j
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			da := strings.TrimLeft(a[si:i], "0")
			db := strings.TrimLeft(b[sj:j], "0")
			if c := cmp.Compare(len(da), len(db)); c != 0 {
				return c
			}
			if c := cmp.Compare(da, db); c != 0 {
				return c
			}
			continue
		}
		if c := cmp.Compare(ca, cb); c != 0 {
			return c
		}
		i++
		j++
	}
	if c := cmp.Compare(len(a)-i, len(b)-j); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// gapOf returns got − want saturated at the int64 range.
func gapOf(got, want *big.Int) int64 {
	d := new(big.Int).Sub(got, want)
	return saturate(d)
}

func saturate(d *big.Int) int64 {
	switch {
	case d.IsInt64():
		return d.Int64()
	case d.Sign() > 0:
		return math.MaxInt64
	}
	return math.MinInt64
}

// addSat adds b to a, saturating at the int64 range.
func addSat(a, b int64) int64 {
	return saturate(new(big.Int).Add(big.NewInt(a), big.NewInt(b)))
}

// absSat returns |x|, saturated (|MinInt64| is MaxInt64).
func absSat(x int64) int64 {
	if x == math.MinInt64 {
		return math.MaxInt64
	}
	if x < 0 {
		return -x
	}
	return x
}
