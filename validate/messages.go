package validate

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// vars are the figures of a message beyond those of the finding itself,
// each in the three languages.
type vars map[string]Message

func same(s string) Message { return words.Same(s) }

// sentence is what a finding's sentence is made of: the template of its
// code (or of the relation a rule set declares) and the figures beyond
// the finding's own. The sentence itself is made when it is shown
// (Finding.Message, Finding.Sentence, the JSON), not when the finding is
// found: most findings of a large file are counted and never read.
type sentence struct {
	body  Message // the template; empty for a code of the table, whose template is the catalog's
	args  vars
	given *Message // a sentence read back from JSON, shown as it is
	// follows are the codes of the findings this one follows from
	// (Finding.Follows): kept here, so that a Finding stays comparable.
	follows []Code
	points  string // Finding.GapPoints
	// names names the lists, candidates and choices the sentence says
	// (Report.Named); nil: their IDs.
	names *Names
	prov  string // Finding.Provenance
}

// Provenance is where the published figure a check of a published summary
// compared comes from, where the part of the summary it is in gives a
// provenance other than the summary's (PublishedOf.Parts): "official",
// "preliminary" or "synthetic"; "" for every other finding. The JSON of
// a finding carries it under "provenance". (Kept with the sentence, so
// that a Finding, which every check copies, stays as small as it was.)
func (f Finding) Provenance() string {
	if f.say == nil {
		return ""
	}
	return f.say.prov
}

// GapPoints is, for a percentage of a published summary, its gap (Got −
// Want) in percentage points, exactly, as a decimal ("-0.05"), where Gap
// counts units of the rule set's last decimal (-5); empty for the other
// findings. The JSON of a finding carries it under "gap_points".
func (f Finding) GapPoints() string {
	if f.say == nil {
		return ""
	}
	return f.say.points
}

// Follows names the findings whose gaps this one follows from, when its
// check can tell: a published share right for the published votes and
// base but not for the recount's (S317) follows from their gaps (S302,
// S305, ...). Nil otherwise. The JSON of a finding carries them under
// "follows".
func (f Finding) Follows() []Code {
	if f.say == nil {
		return nil
	}
	return slices.Clone(f.say.follows)
}

// ErrUnknownCode is returned by NewFinding for a code the catalog does
// not have.
var ErrUnknownCode = errors.New("validate: unknown finding code")

// NewFinding builds a finding of code c, one of the catalog (Codes), for
// packages whose checks have their codes here (package reconcile, R7xx):
// its severity from the catalog and its sentence from the code's
// template (package words), filled with want, got, gap, the place and the
// texts of vars ({source}, {base}, ...), each in en, ru and ky.
func NewFinding(c Code, p Place, want, got string, gap int64, vars map[string]Message) (Finding, error) {
	if _, ok := defOf(c); !ok {
		return Finding{}, fmt.Errorf("%w: %q", ErrUnknownCode, c)
	}
	return newFinding(c, p, want, got, gap, vars), nil
}

// newFinding builds a finding of code c with its severity from the code
// table and its sentence from the code's template. Not inlined: one copy
// in the page's .wasm rather than one per call site.
//
//go:noinline
func newFinding(c Code, p Place, want, got string, gap int64, v vars) Finding {
	d, _ := defOf(c)
	return d.finding(p, want, got, gap, v)
}

// finding is a finding of d's code at p; its sentence is d's template
// filled with the figures of the finding and v.
func (d *codeDef) finding(p Place, want, got string, gap int64, v vars) Finding {
	return Finding{Code: d.Code, Severity: d.Severity, Place: p, Want: want, Got: got, Gap: gap,
		say: &sentence{body: d.body, args: v}}
}

// Message returns the finding's sentence in the three languages, the
// place in front: "Precinct 1001, list ballot (manual count): valid
// ballots 100, but …". It is made from the catalog (package words) on
// each call.
func (f Finding) Message() Message {
	if f.say != nil && f.say.given != nil {
		return *f.say.given
	}
	return Message{En: f.Sentence("en"), Ru: f.Sentence("ru"), Ky: f.Sentence("ky")}
}

// Sentence returns the finding's sentence in the language lang names (see
// Language): Message().In(lang), made for that language alone.
func (f Finding) Sentence(lang string) string {
	if f.say == nil {
		return ""
	}
	lang, _ = words.Language(lang)
	if f.say.given != nil {
		return f.say.given.In(lang)
	}
	p := f.Place.echo()
	if !keepsIDs(f.Code) {
		p = f.say.names.named(lang, p)
	}
	arg := func(k string) (string, bool) {
		if m, ok := f.say.args[k]; ok {
			return m.In(lang), true
		}
		switch k {
		case "want":
			return echo.Text(f.Want), true
		case "got":
			return echo.Text(f.Got), true
		case "gap":
			return signed(f.Gap), true
		case "excess":
			return strconv.FormatInt(absSat(f.Gap), 10), true
		case "precinct":
			return p.Precinct, true
		case "okrug":
			return p.Okrug, true
		case "region":
			return p.Region, true
		case "party":
			return p.Party, true
		case "candidate":
			return p.Candidate, true
		case "choice":
			return choiceName(p.Choice).In(lang), true
		case "what":
			switch {
			case p.Line != "":
				return lineName(p.Line).In(lang), true
			case p.Choice != "":
				return votesFor(p.Choice).In(lang), true
			case p.Candidate != "":
				return preferencesFor(p.Candidate).In(lang), true
			}
		}
		return "", false
	}
	tmpl := f.say.body.In(lang)
	if f.say.body == (Message{}) {
		tmpl = words.Of("finding." + string(f.Code)).In(lang)
	}
	body := words.Fill(tmpl, arg)
	place := placeText(p, lang)
	if m, ok := f.say.args["place"]; ok {
		place = m.In(lang) // the place by a name its check knows
	}
	if place == "" {
		return upperFirst(body) + "."
	}
	return place + ": " + body + "."
}

// findingJSON is a Finding as JSON: its figures and its sentence.
type findingJSON struct {
	Code      Code     `json:"code"`
	Severity  Severity `json:"severity"`
	Place     Place    `json:"place"`
	Want      string   `json:"want,omitempty"`
	Got       string   `json:"got,omitempty"`
	Gap       int64    `json:"gap,omitempty"`
	GapPoints string   `json:"gap_points,omitempty"`
	Follows   []Code   `json:"follows,omitempty"`
	// Provenance: Finding.Provenance.
	Provenance string  `json:"provenance,omitempty"`
	Message    Message `json:"message"`
}

// MarshalJSON writes the finding with its sentence in the three
// languages, made now, under "message".
func (f Finding) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the encoder that calls MarshalJSON escapes, or not, as it was told
	if err := enc.Encode(findingJSON{f.Code, f.Severity, f.Place, f.Want, f.Got, f.Gap, f.GapPoints(), f.Follows(), f.Provenance(), f.Message()}); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// UnmarshalJSON reads a finding that MarshalJSON wrote; its sentence is
// the one read.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j findingJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Finding{Code: j.Code, Severity: j.Severity, Place: j.Place, Want: j.Want, Got: j.Got, Gap: j.Gap,
		say: &sentence{given: &j.Message, follows: j.Follows, points: j.GapPoints, prov: j.Provenance}}
	return nil
}

func signed(n int64) string {
	if n > 0 {
		return "+" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// echo returns p with its texts as a message may repeat them: control
// characters escaped, long values cut (internal/echo). The IDs come from
// input files, where they may be anything.
func (p Place) echo() Place {
	for _, s := range []*string{&p.Region, &p.Okrug, &p.Precinct, &p.Party, &p.Candidate, &p.Line, &p.Choice, &p.File, &p.Also.File} {
		*s = echo.Text(*s)
	}
	p.Ballot = election.BallotKind(echo.Text(p.Ballot))
	return p
}

// placeText writes a place as the start of a sentence in lang.
func placeText(p Place, lang string) string {
	switch p.Level {
	case LevelPrecinct:
		s := words.Say(lang, "place.precinct", words.Args{"precinct": p.Precinct})
		if p.Ballot != "" {
			c := "count.manual"
			if p.Machine {
				c = "count.machine"
			}
			s += ", " + ballotName(p.Ballot).In(lang) + " (" + words.Of(c).In(lang) + ")"
		}
		return s
	case LevelOkrug:
		return words.Say(lang, "place.okrug", words.Args{"okrug": p.Okrug})
	case LevelRegion:
		return words.Say(lang, "place.region", words.Args{"region": p.Region})
	case LevelList:
		if p.Party != "" {
			return words.Say(lang, "place.list", words.Args{"party": p.Party})
		}
		return words.Of("place.lists").In(lang)
	case LevelNation:
		return words.Of("place.nation").In(lang)
	case LevelFile:
		return words.Say(lang, "place.file", words.Args{"file": p.File})
	}
	return ""
}

// say is the catalog's text under key with its figures filled, in each
// language.
func say(key string, args words.Args) Message {
	return words.Of(key).Map(func(lang, s string) string {
		return words.Fill(s, func(k string) (string, bool) {
			v, ok := args[k]
			return v, ok
		})
	})
}

func ballotName(b election.BallotKind) Message {
	switch b {
	case election.ListBallot:
		return words.Of("ballot.list")
	case election.OkrugBallot:
		return words.Of("ballot.okrug")
	}
	return say("ballot.other", words.Args{"ballot": string(b)})
}

// lineName is a protocol line in the words of the paper form, or a figure
// of a published summary.
func lineName(l string) Message {
	if election.LineIndex(election.Line(l)) >= 0 {
		return words.Of("line." + l)
	}
	if m, ok := words.Lookup("figure." + l); ok {
		return m
	}
	return say("line.other", words.Args{"line": l})
}

func choiceName(c string) Message {
	if c == election.AgainstAll {
		return words.Of("choice.against_all")
	}
	return same(c)
}

func votesFor(c string) Message {
	if c == election.AgainstAll {
		return words.Of("votes.against_all")
	}
	return say("votes.for", words.Args{"choice": c})
}

func preferencesFor(c string) Message {
	return say("preferences.for", words.Args{"candidate": c})
}
