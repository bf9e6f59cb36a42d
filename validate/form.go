package validate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/words"
)

// A form is data: the built-in kg2021 form (the lines of election.AllLines
// and the relations P101-P105 below) is the declaration every rule set
// starts from, and a rule set may add lines (AddLines), relations over them
// (AddRelations, codes F1..F9999) and say which ballots carry "against all"
// (Ballots). Every relation, built in or declared, is compiled once into a
// coefficient list over line positions and evaluated by one function
// (Stream.check), so that there is one implementation of each relation.

// Relation is a linear control relation of a protocol form:
//
//	Σ Left  Op  Σ Right
//
// Each term is a line name with an optional sign and integer factor
// ("received", "-unaccounted", "2*x"), or "votes", the sum of the votes
// for the choices on the ballot. A finding gives the left side as got and
// the right side as want, so Left is the side the commission reports and
// Right the side it must match.
type Relation struct {
	// Code is the finding code: F followed by 1 to 4 digits for a
	// relation a rule set declares (the built-in catalog never uses F).
	Code     Code     `json:"code" strict:"required"`
	Severity Severity `json:"severity" strict:"required"`
	Left     []string `json:"left" strict:"required"`
	// Op is "=", "<=" or ">=".
	Op    string   `json:"op" strict:"required"`
	Right []string `json:"right" strict:"required"`
	// Rule is the relation in words, for codes.md-like listings.
	Rule string `json:"rule"`
	// Title is the finding's title; Message its sentence, a template with
	// {got}, {want}, {gap} (equalities) or {got}, {bound}, {excess}
	// (inequalities), in the three languages.
	Title   Message `json:"title" strict:"required"`
	Message Message `json:"message" strict:"required"`
}

// LineDecl is a line a rule set adds to the form, with its name in the
// three languages.
type LineDecl struct {
	Name  election.Line `json:"name" strict:"required"`
	Words Message       `json:"words"`
}

// Ballot says what the choices of a ballot are beyond the parties or
// candidates the election defines.
type Ballot struct {
	// AgainstAll says whether the ballot has an "against all" choice;
	// nil means it has (the kg2021 form).
	AgainstAll *bool `json:"against_all"`
	// VotesPerBallot is how many votes one ballot carries: a Swiss
	// majorz ballot of two lines, the Philippine Senate's twelve, a
	// council's "vote for 3". 0 (left out) or 1 is one vote, and P103
	// says valid ballots = votes. Above 1 a voter may use fewer votes
	// than the ballot carries, so P103 says votes <= N × valid ballots;
	// the lines that count ballots (valid, invalid, found) still count
	// ballots, and so does every relation and base over them (P110).
	VotesPerBallot int `json:"votes_per_ballot,omitempty"`
	// AgainstAllOutsideValid says that the ballot's "against all" is
	// counted outside the valid ballots, as India's "None of the Above":
	// the Election Commission's valid votes are the candidates' alone.
	// P103 is then valid = votes − against all, and the relations over
	// the valid ballots as part of those who took part take against all
	// beside them: P102 found = invalid + valid + against all, P110
	// invalid + valid + against all <= voters. False (left out) is the
	// kg2021 form: against all is a valid ballot's choice.
	AgainstAllOutsideValid bool `json:"against_all_outside_valid,omitempty"`
}

// builtinRelations are the linear relations of the kg2021 form, in the
// shape a rule set declares its own; their words are in the code table.
var builtinRelations = []Relation{
	{Code: ReceivedBalance, Left: []string{"received"}, Op: "=",
		Right: []string{"issued_in_room", "issued_outside", "issued_early", "cancelled", "lost", "-unaccounted"}},
	{Code: FoundBalance, Left: []string{"found_mobile", "found_stationary"}, Op: "=", Right: []string{"invalid", "valid"}},
	{Code: ValidBalance, Left: []string{"valid"}, Op: "=", Right: []string{"votes"}},
	{Code: IssuedOverVoters, Left: []string{"issued_in_room", "issued_outside", "issued_early"}, Op: "<=", Right: []string{"voters"}},
	{Code: FoundOverIssued, Left: []string{"found_mobile", "found_stationary"}, Op: "<=",
		Right: []string{"issued_in_room", "issued_outside", "issued_early"}},
	// Where a protocol gives the ballots issued, P104 and P105 together
	// say this; it is checked on a protocol that does not (impliedBy).
	{Code: FoundOverVoters, Left: []string{"found_mobile", "found_stationary"}, Op: "<=", Right: []string{"voters"}},
	// Where a protocol gives the ballots found, P102 (found = invalid +
	// valid) and P108 say this; it is checked on a protocol that does not.
	{Code: ParticipantsOverVoters, Left: []string{"invalid", "valid"}, Op: "<=", Right: []string{"voters"}},
	// No line of the paper form: where P102 (found = invalid + valid) and
	// P103 (valid = votes, one vote a ballot) are in force, votes = found
	// − invalid on a protocol that gives no valid ballots. P111 checks
	// the <= of it, this the >=: a vote lost. It is checked only there
	// (impliedBy, derived; one vote a ballot: compileRelations).
	{Code: VotesUnderFound, Left: []string{votesTerm}, Op: ">=", Right: []string{"found_mobile", "found_stationary", "-invalid"}},
}

// impliedBy gives the lines on whose presence a built-in relation follows
// from others in force: found <= voters (P108) from issued <= voters
// (P104) and found <= issued (P105), on a protocol that gives every
// issued line of the form. India's, Australia's or Peru's forms give the
// ballots found but none issued: P108 is then their only check of the
// ballots against the list.
//
// A derived relation (P113) is no line of the paper form but a
// consequence of the relations by: it is on only where they all are in
// force (and is not evaluated, saying so, where one is not), and it is
// not evaluated on a protocol that gives its lines, where they say it.
var impliedBy = map[Code]struct {
	lines   []election.Line
	by      []Code
	derived bool
}{
	FoundOverVoters:        {[]election.Line{election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly}, []Code{IssuedOverVoters, FoundOverIssued}, false},
	ParticipantsOverVoters: {[]election.Line{election.FoundMobile, election.FoundStationary}, []Code{FoundBalance, FoundOverVoters}, false},
	VotesUnderFound:        {[]election.Line{election.Valid}, []Code{FoundBalance, ValidBalance}, true},
}

// maxVotesPerBallot bounds Ballot.VotesPerBallot: the factor of P103's
// right side, kept far below where a product could overflow unchecked.
const maxVotesPerBallot = 1 << 16

// votesTerm names the sum of the votes on the ballot in a relation.
const votesTerm = "votes"

// againstTerm names the votes for "against all" on the ballot in a
// relation: a term of the relations of a ballot whose against all is
// counted outside the valid ballots (Ballot.AgainstAllOutsideValid).
const againstTerm = election.AgainstAll

// outsideValid gives, for a built-in relation over the valid ballots,
// its terms on a ballot whose "against all" is counted outside them
// (Ballot.AgainstAllOutsideValid).
var outsideValid = map[Code]Relation{
	FoundBalance:           {Left: []string{"found_mobile", "found_stationary"}, Op: "=", Right: []string{"invalid", "valid", againstTerm}},
	ValidBalance:           {Left: []string{"valid"}, Op: "=", Right: []string{votesTerm, "-" + againstTerm}},
	ParticipantsOverVoters: {Left: []string{"invalid", "valid", againstTerm}, Op: "<=", Right: []string{"voters"}},
}

// declaredCode reports whether c is a declared code: F followed by 1 to 4
// digits, the first not 0 (the regular expression `^F[1-9][0-9]{0,3}$`
// written out, so that the page's WebAssembly carries no regexp package).
func declaredCode(c string) bool {
	if len(c) < 2 || len(c) > 5 || c[0] != 'F' || c[1] < '1' || c[1] > '9' {
		return false
	}
	for i := 2; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return false
		}
	}
	return true
}

// FormError is an invalid declaration of the form, at Field (a JSON path
// below the rule set's protocol section, such as "add_relations[0].left[1]").
type FormError struct {
	Field string
	Err   error
}

func (e *FormError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%v: %s: %v", ErrRules, e.Field, e.Err)
}

// Unwrap returns ErrRules and the cause.
func (e *FormError) Unwrap() []error {
	if e == nil {
		return nil
	}
	return []error{ErrRules, e.Err}
}

func formErr(field, format string, a ...any) error {
	return &FormError{Field: field, Err: fmt.Errorf(format, a...)}
}

// term is a parsed term of a relation.
type term struct {
	line    election.Line // "" for the votes
	coef    int64
	votes   bool
	against bool // the votes for against all (againstTerm)
}

func parseTerm(s string) (term, error) {
	t := term{coef: 1}
	if strings.HasPrefix(s, "-") {
		t.coef, s = -1, s[1:]
	}
	if i := strings.IndexByte(s, '*'); i >= 0 {
		k, err := strconv.ParseInt(s[:i], 10, 32)
		if err != nil || k <= 0 {
			return t, fmt.Errorf("factor %q is not a positive integer", s[:i])
		}
		t.coef, s = t.coef*k, s[i+1:]
	}
	if s == votesTerm {
		t.votes = true
		return t, nil
	}
	if s == againstTerm {
		t.against = true
		return t, nil
	}
	if s == "" {
		return t, fmt.Errorf("empty term")
	}
	t.line = election.Line(s)
	return t, nil
}

// Terms returns the figures that a protocol's own finding of code c is
// about under r: the lines of a control relation's terms, and whether the
// sum of the votes is one of them (P101-P105, P108, P110 and a relation r
// declares; P111 over the votes, the ballots found and the invalid ones;
// P112 over the votes, the voters and the invalid ballots). ok is false
// for any other code: its finding names the figure itself (Place.Line,
// Choice, Candidate) or the whole protocol. The count places a finding on
// a protocol joined from parts at the rows of the parts that give these
// figures.
func (r Rules) Terms(c Code) (lines []election.Line, votes bool, ok bool) {
	switch c {
	case VotesOverFound:
		return []election.Line{election.FoundMobile, election.FoundStationary, election.Invalid}, true, true
	case VotesOverVoters:
		return []election.Line{election.Voters, election.Invalid}, true, true
	}
	var rel *Relation
	if i := slices.IndexFunc(builtinRelations, func(x Relation) bool { return x.Code == c }); i >= 0 {
		rel = &builtinRelations[i]
	} else if i := slices.IndexFunc(r.AddRelations, func(x Relation) bool { return x.Code == c }); i >= 0 {
		rel = &r.AddRelations[i]
	} else {
		return nil, false, false
	}
	for _, s := range slices.Concat(rel.Left, rel.Right) {
		t, err := parseTerm(s)
		switch {
		case err != nil:
		case t.votes:
			votes = true
		case t.against:
		case !slices.Contains(lines, t.line):
			lines = append(lines, t.line)
		}
	}
	if _, ok := outsideValid[c]; ok && (r.Ballots[election.ListBallot].AgainstAllOutsideValid || r.Ballots[election.OkrugBallot].AgainstAllOutsideValid) {
		votes = true // the votes for against all are a term there
	}
	return lines, votes, true
}

// known says whether l is a line of the form's catalog: a built-in line or
// one r adds.
func (r Rules) known(l election.Line) bool {
	if election.LineIndex(l) >= 0 {
		return true
	}
	return slices.ContainsFunc(r.AddLines, func(d LineDecl) bool { return d.Name == l })
}

// Known says whether l is a line of the form's catalog under r: one of
// election.AllLines or a line r adds. A mapping's lines are checked
// against it.
func (r Rules) Known(l election.Line) bool { return r.known(l) }

// AgainstAllOn says whether ballot b has an "against all" choice under r.
func (r Rules) AgainstAllOn(b election.BallotKind) bool {
	if x, ok := r.Ballots[b]; ok && x.AgainstAll != nil {
		return *x.AgainstAll
	}
	return true
}

// VotesPerBallot returns how many votes a ballot of kind b carries
// under r: 1 unless the form says more (Ballot.VotesPerBallot).
func (r Rules) VotesPerBallot(b election.BallotKind) int {
	return max(r.Ballots[b].VotesPerBallot, 1)
}

// validateForm checks the declarations of r, naming the field.
func (r Rules) validateForm() error {
	for i, d := range r.AddLines {
		f := fmt.Sprintf("add_lines[%d].name", i)
		switch {
		case d.Name == "" || d.Name == votesTerm || d.Name == againstTerm || strings.ContainsAny(string(d.Name), "-*"):
			return formErr(f, "%q cannot name a line", d.Name)
		case election.LineIndex(d.Name) >= 0:
			return formErr(f, "%q is a built-in line already", d.Name)
		case slices.ContainsFunc(r.AddLines[:i], func(x LineDecl) bool { return x.Name == d.Name }):
			return formErr(f, "line %q added twice", d.Name)
		}
	}
	for b := range r.Ballots {
		if b != election.ListBallot && b != election.OkrugBallot {
			return formErr("ballots", "unknown ballot %q (allowed: list, okrug)", b)
		}
		if n := r.Ballots[b].VotesPerBallot; n < 0 || n > maxVotesPerBallot {
			return formErr("ballots."+string(b)+".votes_per_ballot", "%d: a ballot carries 1 to %d votes (0 or left out: 1)", n, maxVotesPerBallot)
		}
		if x := r.Ballots[b]; x.AgainstAllOutsideValid {
			switch {
			case !r.AgainstAllOn(b):
				return formErr("ballots."+string(b)+".against_all_outside_valid", "the ballot has no \"against all\" (against_all false)")
			case x.VotesPerBallot > 1:
				return formErr("ballots."+string(b)+".against_all_outside_valid", "not with votes_per_ballot %d: a ballot of several votes whose against all is counted outside the valid ballots has no relation here", x.VotesPerBallot)
			}
		}
	}
	for i, rel := range r.AddRelations {
		f := fmt.Sprintf("add_relations[%d]", i)
		if !declaredCode(string(rel.Code)) {
			return formErr(f+".code", "%q is not a declared code: F followed by 1 to 4 digits (F1..F9999), a namespace the built-in catalog never uses", rel.Code)
		}
		if slices.ContainsFunc(r.AddRelations[:i], func(x Relation) bool { return x.Code == rel.Code }) {
			return formErr(f+".code", "code %q declared twice", rel.Code)
		}
		if rel.Severity != Error && rel.Severity != Warning {
			return formErr(f+".severity", "unknown severity %q (allowed: error, warning)", rel.Severity)
		}
		if rel.Op != "=" && rel.Op != "<=" && rel.Op != ">=" {
			return formErr(f+".op", "unknown comparison %q (allowed: =, <=, >=)", rel.Op)
		}
		for _, side := range []struct {
			name  string
			terms []string
		}{{"left", rel.Left}, {"right", rel.Right}} {
			if len(side.terms) == 0 {
				return formErr(f+"."+side.name, "no terms")
			}
			for j, s := range side.terms {
				t, err := parseTerm(s)
				if err == nil && t.against {
					err = fmt.Errorf("%q is a term of the built-in relations of a ballot whose against all is counted outside the valid ballots (against_all_outside_valid), not of a declared relation", s)
				}
				if err == nil && !t.votes && !t.against && !r.known(t.line) {
					err = fmt.Errorf("unknown protocol line %q (neither built in nor in add_lines)", t.line)
				}
				if err != nil {
					return &FormError{Field: fmt.Sprintf("%s.%s[%d]", f, side.name, j), Err: err}
				}
			}
		}
		if rel.Message.En == "" || rel.Message.Ru == "" || rel.Message.Ky == "" {
			return formErr(f+".message", "the sentence is needed in en, ru and ky")
		}
	}
	return nil
}

// relation is a relation compiled to line positions.
type relation struct {
	def   codeDef
	eq    bool  // an equality; else got <= want (ge false) or got >= want (ge true)
	ge    bool  // the comparison is >=
	left  []pos // got
	right []pos // want
	need  []int32
	mask  uint64 // need as bits, when every position of need is below 64; else 0
	// weight is the sum of the factors' magnitudes (capped): a side cannot
	// overflow int64 when every figure is below 2^40 and weight below 2^20.
	weight int64
	names  []string // the names of need, for "lacks line(s)"
	votes  bool     // a term is the votes
	// against is whether a term is the votes for against all
	// (againstTerm): on a ballot whose against all is counted outside
	// the valid ballots.
	against bool
	line    string // the line a finding names: the left side when it is one line of an equality
	on      bool   // in force, and each side has a term on the form
	// off are the lines of its terms that are not on the form: none of
	// that quantity exists there, so the terms are left out (a form
	// without mobile boxes: found_stationary = invalid + valid). A side
	// left without a term is no relation: off is then its reason.
	off []string
	// offAt are the positions of off: a protocol that gives a figure but
	// 0 for one contradicts the form, and the relation is not evaluated
	// for it.
	offAt []int32
	// sides names the terms left on the form ({left}, {right}) for the
	// sentence of a built-in relation with off lines (formSentence).
	sides vars
	// implied are the positions of the lines (impliedBy) on whose
	// presence, all of them, the relation follows from others and is not
	// evaluated; none when it always is.
	implied     []int32
	impliedMask uint64 // implied as bits, when every position is below 64; else 0
	// impliedOff are the positions of the lines of impliedBy that are not
	// on the form: a protocol that gives one of them but 0 has the
	// relations that imply this one not evaluated (their off lines), so
	// this one is.
	impliedOff []int32
	// noAgainst is the sentence on a ballot without "against all" of a
	// built-in relation whose catalog sentence names it (P103); empty when
	// the sentence is the same.
	noAgainst Message
	// perBallot is P103 on a ballot of several votes (list, okrug; nil
	// for one vote): votes <= N × valid, which the count evaluates on
	// that ballot's protocols in place of valid = votes; and P113 there,
	// which is off (a voter may use fewer votes than a ballot carries).
	perBallot [2]*relation
	// unfollowed is why a derived relation is off: a relation it
	// follows from is not in force; "" otherwise.
	unfollowed string
}

type pos struct {
	at      int32 // a line position; -1 for the votes and against all
	coef    int64
	votes   bool
	against bool // the votes for against all
}

// compile compiles the built-in and declared relations of r against keys'
// line positions, giving each added line a position.
func compileRelations(r Rules, lineAt func(election.Line) int32) []relation {
	var out []relation
	decl := append(slices.Clip(builtinRelations), r.AddRelations...)
	for i, rel := range decl {
		c := compileRelation(r, lineAt, rel, i < len(builtinRelations))
		if rel.Code == VotesUnderFound && i < len(builtinRelations) {
			for bi, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
				if r.VotesPerBallot(b) > 1 {
					c.perBallot[bi] = &relation{def: c.def} // off on that ballot
				}
			}
		}
		if rel.Code == ValidBalance && i < len(builtinRelations) {
			for bi, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
				n := r.VotesPerBallot(b)
				if n == 1 {
					continue
				}
				v := compileRelation(r, lineAt, Relation{Code: ValidBalance, Left: []string{votesTerm}, Op: "<=",
					Right: []string{strconv.Itoa(n) + "*" + string(election.Valid)}}, true)
				v.def.body = words.Of("finding.P103.votes_per_ballot")
				v.noAgainst = Message{}
				v.line = string(election.Valid)
				v.sides = vars{"n": same(strconv.Itoa(n))}
				c.perBallot[bi] = &v
			}
		}
		if o, ok := outsideValid[rel.Code]; ok && i < len(builtinRelations) {
			for bi, b := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
				if !r.Ballots[b].AgainstAllOutsideValid {
					continue
				}
				o.Code = rel.Code
				v := compileRelation(r, lineAt, o, true)
				v.def.body, v.sides = formSentence(o, r, v.eq, v.ge)
				v.noAgainst = Message{}
				c.perBallot[bi] = &v
			}
		}
		out = append(out, c)
	}
	return out
}

// compileRelation compiles rel, a built-in relation (builtin) or one r
// declares.
func compileRelation(r Rules, lineAt func(election.Line) int32, rel Relation, builtin bool) relation {
	var d codeDef
	if builtin {
		d, _ = defOf(rel.Code)
	} else {
		d = codeDef{CodeInfo{Code: rel.Code, Severity: rel.Severity, Rule: rel.Rule, Title: rel.Title}, rel.Message}
	}
	c := relation{def: d, eq: rel.Op == "=", ge: rel.Op == ">="}
	kept := [2]int{} // the terms of each side on the form
	for side, terms := range [][]string{rel.Left, rel.Right} {
		for _, s := range terms {
			t, _ := parseTerm(s)
			if !t.votes && !t.against && !r.OnForm(t.line) {
				if at := lineAt(t.line); !slices.Contains(c.offAt, at) {
					c.off = append(c.off, string(t.line))
					c.offAt = append(c.offAt, at)
				}
				continue
			}
			kept[side]++
			p := pos{at: -1, coef: t.coef, votes: t.votes, against: t.against}
			switch {
			case t.votes:
				c.votes = true
			case t.against:
				c.against = true
			default:
				p.at = lineAt(t.line)
				if !slices.Contains(c.need, p.at) {
					c.need = append(c.need, p.at)
					c.names = append(c.names, string(t.line))
				}
			}
			c.weight = min(c.weight+max(p.coef, -p.coef), 1<<20)
			if side == 0 {
				c.left = append(c.left, p)
			} else {
				c.right = append(c.right, p)
			}
		}
	}
	if c.eq && len(rel.Left) == 1 && len(c.left) == 1 && !c.left[0].votes && c.left[0].coef == 1 {
		c.line = rel.Left[0]
	}
	for _, at := range c.need {
		if at >= 64 {
			c.mask = 0
			break
		}
		c.mask |= 1 << at
	}
	c.on = r.InForce(rel.Code) && kept[0] > 0 && kept[1] > 0
	if imp, ok := impliedBy[rel.Code]; ok && builtin && imp.derived && c.on {
		var out []string
		for _, b := range imp.by {
			if !r.InForce(b) {
				out = append(out, string(b))
			}
		}
		if out != nil {
			c.on = false
			c.unfollowed = "it follows from " + joinCodes(imp.by) + "; not in force in the rule set: " + strings.Join(out, ", ")
		}
	}
	if imp, ok := impliedBy[rel.Code]; ok && builtin && !slices.ContainsFunc(imp.by, func(b Code) bool { return !r.InForce(b) }) {
		for _, l := range imp.lines {
			if r.OnForm(l) {
				c.implied = append(c.implied, lineAt(l))
			} else {
				c.impliedOff = append(c.impliedOff, lineAt(l))
			}
		}
		for _, at := range c.implied {
			if at >= 64 {
				c.impliedMask = 0
				break
			}
			c.impliedMask |= 1 << at
		}
	}
	if builtin && len(c.off) > 0 && c.on && rel.Code != VotesUnderFound { // P113's sentence names no found line
		c.def.body, c.sides = formSentence(rel, r, c.eq, c.ge)
	}
	if rel.Code == ValidBalance && c.def.body.En == "" {
		c.noAgainst = words.Of("finding." + string(rel.Code) + ".no_against_all")
	}
	return c
}

// formSentence is the sentence of a built-in relation on a form that
// lacks some of its lines: the catalog's sentence would name them (P101's
// "issued + cancelled + lost − not accounted for" on a form with no lost
// ballots), so the sentence names the terms on the form instead:
//
//	ballots found in stationary boxes 480, but invalid ballots + valid ballots = 479 (gap +1)
func formSentence(rel Relation, r Rules, eq, ge bool) (Message, vars) {
	side := func(terms []string) Message {
		var m Message
		for _, s := range terms {
			t, _ := parseTerm(s)
			if !t.votes && !t.against && !r.OnForm(t.line) {
				continue
			}
			name := words.Of("figure.votes")
			switch {
			case t.against:
				name = words.Of("votes.against_all")
			case !t.votes:
				name = lineName(string(t.line))
			}
			for _, x := range []struct {
				to   *string
				name string
			}{{&m.En, name.En}, {&m.Ru, name.Ru}, {&m.Ky, name.Ky}} {
				switch {
				case *x.to == "" && t.coef < 0:
					*x.to = "−" + x.name
				case *x.to == "":
					*x.to = x.name
				case t.coef < 0:
					*x.to += " − " + x.name
				default:
					*x.to += " + " + x.name
				}
			}
		}
		return m
	}
	key := "finding.form.le"
	switch {
	case eq:
		key = "finding.form.eq"
	case ge:
		key = "finding.form.ge"
	}
	return words.Of(key), vars{"left": side(rel.Left), "right": side(rel.Right)}
}
