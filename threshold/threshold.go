package threshold

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/exact"
)

// Errors of this package; callers branch on them with errors.Is.
var (
	// ErrBadRule is wrapped by a *RuleError.
	ErrBadRule = errors.New("threshold: bad rule")
	// ErrMissingLine: a line the base is made of is not given.
	ErrMissingLine = errors.New("threshold: line not given")
	// ErrNegative: a vote count, a base or a line is negative.
	ErrNegative = errors.New("threshold: negative figure")
	// ErrBadInput: an empty or repeated choice or region ID.
	ErrBadInput = errors.New("threshold: bad input")
)

// Base is what a threshold percentage is a percentage of.
type Base string

// The bases a rule can name.
const (
	// Participants is invalid plus valid ballots: the voters who took part,
	// the base of the 2021 national threshold (CEC).
	Participants Base = "participants"
	// Found is the ballots found in the boxes, mobile and stationary.
	Found Base = "found"
	// Valid is the valid ballots.
	Valid Base = "valid"
	// Voters is the voters on the list, the base the 2010 law used.
	Voters Base = "voters"
	// Votes is the sum of the votes for the choices on the ballot, "against
	// all" included where the ballot has it: what P103 says the valid
	// ballots are on a ballot of one vote (on a ballot of several,
	// protocol.ballots.<ballot>.votes_per_ballot, it counts votes, not
	// ballots). Laws that take a majority of the candidates' votes
	// ("votos válidamente emitidos": Chile, Bolivia) name it, and files of
	// such elections often give no valid line. It is no protocol line
	// (Lines is nil): SumVotes computes it.
	Votes Base = "votes"
)

// Comparison says how the votes are compared with the threshold line.
type Comparison string

// The comparisons a rule can name.
const (
	AtLeast  Comparison = "at_least"  // votes >= line
	MoreThan Comparison = "more_than" // votes > line
)

// Rule is a threshold: Percent (0 to 100) of a Base, reached under a
// Comparison. The zero Rule is rejected by Validate: a threshold must name
// its base and its comparison.
type Rule struct {
	Percent    decimal.Decimal `json:"percent" strict:"required"`
	Base       Base            `json:"base" strict:"required"`
	Comparison Comparison      `json:"comparison" strict:"required"`
	// InAtLeast, for a regional threshold, is the number of regions it
	// must be met in (Kenya's president: 25% in at least 24 of the 47
	// counties; Nigeria's: in two thirds of the states); 0 means every
	// region. A national check ignores it.
	InAtLeast int `json:"in_at_least,omitempty"`
	// Kinds gives the percent of the lists of a kind (election.Party.Kind)
	// that the law holds to another threshold: Poland's Sejm, 5% for a
	// party, 8% for a coalition, none for a national minority's list, is
	// {"coalition": "8", "minority": "0"}. Only the percent differs: the
	// base, the comparison and InAtLeast are the rule's, for every kind.
	// A list of a kind not named here is held to Percent, and a kind
	// named that no list has is no error (a rule set serves many
	// elections). Each percent is validated as Percent is.
	Kinds map[string]decimal.Decimal `json:"kinds,omitempty"`

	kind string // set by For: the kind of Kinds that Percent is
}

// For returns the rule a list of kind is held to: r with the percent
// Kinds gives kind, or r itself when Kinds does not name it. The verdicts
// of the rule returned name the kind and the percent (Verdict.Kind,
// Verdict.Percent), so that no output has to work it out again.
func (r Rule) For(kind string) Rule {
	p, ok := r.Kinds[kind]
	if !ok {
		return r
	}
	r.Percent, r.Kinds, r.kind = p, nil, kind
	return r
}

// Kind is the kind whose percent r is held to (a rule returned by For),
// "" when it is the rule's own Percent.
func (r Rule) Kind() string { return r.kind }

// Zero says that the rule is 0% for every list, whatever its kind:
// Percent and every percent of Kinds is 0. Such a threshold needs no
// base.
func (r Rule) Zero() bool {
	if !r.Percent.IsZero() {
		return false
	}
	for _, p := range r.Kinds {
		if !p.IsZero() {
			return false
		}
	}
	return true
}

// RuleError reports the field of a Rule that is not valid. It unwraps to
// ErrBadRule.
type RuleError struct {
	Field string `json:"field"` // "percent", "base", "comparison", "in_at_least" or "kinds.<kind>"
	Value string `json:"value"`
}

func (e *RuleError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("threshold: bad rule: %s %q", e.Field, e.Value)
}

// Unwrap returns ErrBadRule.
func (e *RuleError) Unwrap() error { return ErrBadRule }

// Validate reports a percent outside 0..100 (of Kinds too, or a kind
// ""), or a base or comparison this
// package does not know (the empty one included), as a *RuleError.
func (r Rule) Validate() error {
	if r.Percent.IsNegative() || r.Percent.GreaterThan(decimal.NewFromInt(100)) {
		return &RuleError{Field: "percent", Value: r.Percent.String()}
	}
	bad, found := "", false // the first bad kind in sort order: always the same
	for k, p := range r.Kinds {
		if (k == "" || p.IsNegative() || p.GreaterThan(decimal.NewFromInt(100))) && (!found || k < bad) {
			bad, found = k, true
		}
	}
	if found {
		return &RuleError{Field: "kinds." + bad, Value: r.Kinds[bad].String()}
	}
	if r.InAtLeast < 0 {
		return &RuleError{Field: "in_at_least", Value: fmt.Sprint(r.InAtLeast)}
	}
	switch r.Base {
	case Participants, Found, Valid, Voters, Votes:
	default:
		return &RuleError{Field: "base", Value: string(r.Base)}
	}
	switch r.Comparison {
	case AtLeast, MoreThan:
	default:
		return &RuleError{Field: "comparison", Value: string(r.Comparison)}
	}
	return nil
}

// Lines returns the protocol lines base b is the sum of (see BaseOf), in
// protocol order; nil for Votes, the sum of the votes and of no line, and
// for a base this package does not know. Every protocol counted must give
// each of them: a protocol without one would make the base too small.
func (b Base) Lines() []election.Line {
	switch b {
	case Participants:
		return []election.Line{election.Invalid, election.Valid}
	case Found:
		return []election.Line{election.FoundMobile, election.FoundStationary}
	case Valid:
		return []election.Line{election.Valid}
	case Voters:
		return []election.Line{election.Voters}
	}
	return nil
}

// BaseError reports a base that cannot be computed from a protocol's (or a
// sum's) lines. It unwraps to ErrMissingLine, ErrNegative, ErrBadRule or
// exact.ErrOverflow.
type BaseError struct {
	Base Base          `json:"base"`
	Line election.Line `json:"line,omitempty"`
	Err  error         `json:"-"`
}

func (e *BaseError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	if e.Line == "" {
		return fmt.Sprintf("threshold: base %q: %v", e.Base, e.Err)
	}
	return fmt.Sprintf("threshold: base %q, line %q: %v", e.Base, e.Line, e.Err)
}

func (e *BaseError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// BaseOf computes base b from protocol lines (of one protocol or of a
// tally.Totals):
//
//	participants = invalid + valid
//	found        = found_mobile + found_stationary
//	valid        = valid
//	voters       = voters
//
// Every line named must be given: a missing line would make the base too
// small and pass a list on missing data, so it is an error (ErrMissingLine)
// and the caller reports the threshold as not evaluated. A negative line is
// ErrNegative; a sum that overflows is exact.ErrOverflow.
func BaseOf(b Base, lines map[election.Line]int64) (int64, error) {
	return SumLines(b, b.Lines(), lines)
}

// SumLines is BaseOf over parts, the lines of b that a protocol form has:
// a form without mobile boxes has found = found_stationary, as its
// relations are summed over the lines it has. No part is ErrBadRule.
func SumLines(b Base, parts []election.Line, lines map[election.Line]int64) (int64, error) {
	if len(parts) == 0 {
		return 0, &BaseError{Base: b, Err: ErrBadRule}
	}
	var sum int64
	for _, l := range parts {
		v, ok := lines[l]
		if !ok {
			return 0, &BaseError{Base: b, Line: l, Err: ErrMissingLine}
		}
		if v < 0 {
			return 0, &BaseError{Base: b, Line: l, Err: ErrNegative}
		}
		var err error
		if sum, err = exact.Add(sum, v); err != nil {
			return 0, &BaseError{Base: b, Line: l, Err: err}
		}
	}
	return sum, nil
}

// SumVotes computes base Votes: the sum of votes over choices, the
// choices on the ballot ("against all" among them where the ballot has
// it). A choice without an entry is left out: its votes are not given,
// which the caller reports (finding X229), never 0 in silence. A negative
// figure is ErrNegative; a sum that overflows is exact.ErrOverflow.
func SumVotes(votes map[string]int64, choices []string) (int64, error) {
	var sum int64
	for _, id := range choices {
		v, ok := votes[id]
		if !ok {
			continue
		}
		if v < 0 {
			return 0, &BaseError{Base: Votes, Err: fmt.Errorf("%w: %d votes for %q", ErrNegative, v, id)}
		}
		var err error
		if sum, err = exact.Add(sum, v); err != nil {
			return 0, &BaseError{Base: Votes, Err: err}
		}
	}
	return sum, nil
}

// Status is the outcome of a threshold check.
type Status string

// The outcomes of a check. NotEvaluated is never a pass: it says the data
// to decide is missing.
const (
	Passed       Status = "passed"
	Failed       Status = "failed"
	NotEvaluated Status = "not_evaluated"
)

// Verdict is the check of one choice in one scope.
//
// Line is the threshold line base*percent/100, exact ("640811/10"), and
// LineDecimal the same rounded to 2 decimals for people ("64081.10").
// Needed is the smallest whole number of votes that passes, and Margin is
// Votes - Needed: a list passes when Margin >= 0 and missed by -Margin
// votes when Margin < 0. When Status is NotEvaluated, Line, LineDecimal,
// Needed and Margin are empty and Reason says why.
type Verdict struct {
	Choice      string `json:"choice"`
	Scope       string `json:"scope"` // "nation" or a region ID
	Votes       int64  `json:"votes"`
	Base        int64  `json:"base"`
	Line        string `json:"line"`
	LineDecimal string `json:"line_decimal"`
	Needed      int64  `json:"needed"`
	Margin      int64  `json:"margin"`
	Status      Status `json:"status"`
	Reason      string `json:"reason"`
	// Kind and Percent, for a list the law holds to another threshold
	// (Rule.Kinds), are its kind and the percent it was held to; both
	// empty for a list held to the rule's own percent.
	Kind    string `json:"kind,omitempty"`
	Percent string `json:"percent,omitempty"`
	// VotesMissing is the number of counted protocols that do not give
	// the choice's votes (CheckLower): Votes is a partial sum of the
	// others, a lower bound of its votes, not its votes.
	VotesMissing int `json:"votes_missing,omitempty"`
	// BaseNotGiven says that the base is not known (a line it is made of
	// is not given, a region has not reported): Base is then 0, and null
	// in the JSON. VotesNotGiven says the same of Votes (no counted
	// protocol gives the choice's votes). Needed and Margin of a verdict
	// NotEvaluated without a line are null in the JSON too: never a 0
	// that reads as a figure.
	BaseNotGiven  bool `json:"-"`
	VotesNotGiven bool `json:"-"`
}

// verdictJSON is Verdict without its methods.
type verdictJSON Verdict

// MarshalJSON writes the verdict as its fields are tagged, with null for
// a figure not known (BaseNotGiven, VotesNotGiven; Needed and Margin of
// a verdict NotEvaluated without a line) and for one that a verdict of no
// status, no threshold checked (the blank votes), does not have: its
// Base, Needed and Margin.
func (v Verdict) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the encoder that calls MarshalJSON escapes, or not, as it was told
	if err := enc.Encode(verdictJSON(v)); err != nil {
		return nil, err
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	// (Each key is written once, its value whole, a field always after
	// it: a string's quotes are escaped, so no text matches.)
	if v.VotesNotGiven {
		out = bytes.Replace(out, []byte(`"votes":0,`), []byte(`"votes":null,`), 1)
	}
	if v.BaseNotGiven || v.Status == "" {
		out = bytes.Replace(out, []byte(`"base":0,`), []byte(`"base":null,`), 1)
	}
	if v.Status == NotEvaluated && v.Line == "" || v.Status == "" {
		out = bytes.Replace(out, []byte(`"needed":0,"margin":0,`), []byte(`"needed":null,"margin":null,`), 1)
	}
	return out, nil
}

// UnmarshalJSON reads what MarshalJSON writes: a null base or votes sets
// BaseNotGiven or VotesNotGiven.
func (v *Verdict) UnmarshalJSON(b []byte) error {
	var nulls struct {
		Base  json.RawMessage `json:"base"`
		Votes json.RawMessage `json:"votes"`
	}
	if err := json.Unmarshal(b, (*verdictJSON)(v)); err != nil {
		return err
	}
	if err := json.Unmarshal(b, &nulls); err != nil {
		return err
	}
	v.BaseNotGiven = string(nulls.Base) == "null" && v.Status != "" // (a verdict of no threshold has no base at all)
	v.VotesNotGiven = string(nulls.Votes) == "null"
	return nil
}

// Check checks votes against the rule on base. A base of 0 gives a verdict
// NotEvaluated (never Passed), unless Percent is 0, which needs no base;
// an invalid rule, negative votes or a negative
// base is an error. The comparison is exact: Needed is ceil(base*p/100)
// under at_least and floor(base*p/100)+1 under more_than, computed from the
// exact rational value of Percent. Votes above the base are not an error
// here (the validate package reports them).
func (r Rule) Check(choice, scope string, votes, base int64) (Verdict, error) {
	if err := r.Validate(); err != nil {
		return Verdict{}, err
	}
	if votes < 0 || base < 0 {
		return Verdict{}, fmt.Errorf("%w: %d votes for %q in %q, base %d", ErrNegative, votes, choice, scope, base)
	}
	v := Verdict{Choice: choice, Scope: scope, Votes: votes, Base: base}
	if r.kind != "" {
		v.Kind, v.Percent = r.kind, r.Percent.String()
	}
	// 0% of any base is 0: a threshold of 0% needs no base, and a count
	// whose protocols lack its lines gives it as 0.
	if base == 0 && !r.Percent.IsZero() {
		v.Status = NotEvaluated
		v.Reason = fmt.Sprintf("the base (%s) is 0: nothing to take %s%% of", r.Base, r.Percent)
		return v, nil
	}
	line := r.line(base)
	needed := r.needed(line)
	if !needed.IsInt64() {
		return Verdict{}, fmt.Errorf("threshold: %d votes needed for %q in %q: %w", needed, choice, scope, exact.ErrOverflow)
	}
	v.Line = exact.Format(line)
	v.LineDecimal = exact.Decimal(line, 2)
	v.Needed = needed.Int64()
	v.Margin = votes - v.Needed // both >= 0: no overflow
	v.Status = Failed
	if v.Margin >= 0 {
		v.Status = Passed
	}
	v.Reason = r.reason(v)
	return v, nil
}

// CheckLower is Check of votes that are a partial sum: missing counted
// protocols do not give the choice's figure, and what they would add can
// only raise it. A pass stands whatever the missing figures are (more
// votes pass a line they pass already); short of the line the verdict is
// NotEvaluated, never Failed, since the missing figures may reach it. The
// base must be whole: a base that rests on missing figures is not
// evaluated, and no verdict is made on it. missing 0 is Check; a negative
// missing is ErrBadInput.
func (r Rule) CheckLower(choice, scope string, votes, base int64, missing int) (Verdict, error) {
	if missing < 0 {
		return Verdict{}, fmt.Errorf("%w: %d protocols missing for %q in %q", ErrBadInput, missing, choice, scope)
	}
	v, err := r.Check(choice, scope, votes, base)
	if err != nil || missing == 0 {
		return v, err
	}
	v.VotesMissing = missing
	switch v.Status {
	case Passed:
		v.Reason += fmt.Sprintf(", without the votes of %d counted protocols that do not give them: the pass holds whatever they are", missing)
	case Failed:
		v = Verdict{Choice: choice, Scope: scope, Votes: votes, Base: base, Status: NotEvaluated, VotesMissing: missing, Kind: v.Kind, Percent: v.Percent,
			Reason: fmt.Sprintf("%d counted protocols do not give the votes: %d got without them, %d needed; the missing votes may reach the line", missing, votes, v.Needed)}
	}
	return v, nil
}

// line returns base*percent/100 exactly.
func (r Rule) line(base int64) *big.Rat {
	line := new(big.Rat).Mul(r.Percent.Rat(), new(big.Rat).SetInt64(base))
	return line.Quo(line, big.NewRat(100, 1))
}

// needed returns the smallest whole number of votes that passes line.
func (r Rule) needed(line *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(line.Num(), line.Denom(), new(big.Int)) // line >= 0: q = floor
	if r.Comparison == MoreThan || m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func (r Rule) reason(v Verdict) string {
	cmp := "at least"
	if r.Comparison == MoreThan {
		cmp = "more than"
	}
	outcome := fmt.Sprintf("passed by %d", v.Margin)
	if v.Margin == 0 {
		outcome = "passed exactly"
	} else if v.Margin < 0 {
		outcome = fmt.Sprintf("missed by %d", -v.Margin)
	}
	held := ""
	if r.kind != "" {
		held = fmt.Sprintf(" (the threshold of %s lists)", r.kind)
	}
	return fmt.Sprintf("%s %s%% of %d %s%s = %s: %d votes needed, %d got, %s",
		cmp, r.Percent, v.Base, r.Base, held, v.Line, v.Needed, v.Votes, outcome)
}
