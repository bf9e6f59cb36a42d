package shailoo

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// RulesFormat is the version of the rule-set JSON schema this library reads
// and writes. A rule set with another "format" is refused.
const RulesFormat = 1

// Rules is a named, versioned rule set: everything that decides the result
// and is not a vote. It is plain data; its JSON form (docs/rules.md) is what
// a researcher edits to ask "what if".
type Rules struct {
	Format  int      `json:"format"`
	ID      string   `json:"id"`
	Version string   `json:"version"`
	Name    string   `json:"name"`
	Sources []string `json:"sources,omitempty"`

	Seats SeatCounts `json:"seats"`
	// Threshold is the national threshold of a list.
	Threshold threshold.Rule `json:"threshold"`
	// RegionalThreshold, when set, must be met in every region.
	RegionalThreshold *threshold.Rule `json:"regional_threshold,omitempty"`
	List              ListTier        `json:"list"`
	Okrug             seats.OkrugRule `json:"okrug"`
	// Protocol says which lines the protocol form has and which control
	// relations are in force.
	Protocol validate.Rules `json:"protocol"`
	// Published says how published percentages are rounded.
	Published validate.PublishedRules `json:"published"`
	// Registration holds the list composition rules checked at
	// registration; nil means they are not checked.
	Registration *validate.ListRules `json:"registration,omitempty"`
}

// SeatCounts is the number of seats of each tier.
type SeatCounts struct {
	List  int `json:"list"`
	Okrug int `json:"okrug"`
}

// ListTier is the rule of the party-list tier: how the seats are shared
// among the lists and how each list's seats go to its candidates.
type ListTier struct {
	// Lists says how a list's seats go to its candidates: "open" (by
	// preference votes, the default when omitted) or "closed" (in list
	// order; then PreferenceTie and MissingPreferences do not apply and
	// must be left out).
	Lists  seats.ListKind `json:"lists,omitempty"`
	Method seats.Method   `json:"method"`
	// Cap is the most list seats one party may hold; 0 means no cap.
	Cap int `json:"cap"`
	// Tie settles equal remainders or quotients at the last seat.
	Tie seats.TieRule `json:"tie"`
	// WomenQuota is the percentage of a list's seats reserved for women.
	WomenQuota decimal.Decimal `json:"women_quota"`
	// WomenQuotaRounding turns WomenQuota% of the seats into a number of
	// seats: "half_up" (the courts, 2021) or "up" (the CEC, 2021).
	WomenQuotaRounding seats.Rounding `json:"women_quota_rounding"`
	// PreferenceTie settles equal preference votes inside a list.
	PreferenceTie seats.TieRule `json:"preference_tie,omitempty"`
	// MissingPreferences says who takes a list's seats when no protocol
	// gives the preference votes of one of its candidates: missing data is
	// not zero votes, so the list's preference votes are not evaluated and
	// its candidates are seated by "list_position" (list order) or "lots".
	MissingPreferences seats.TieRule `json:"missing_preferences,omitempty"`
}

func (l ListTier) apportion(n int) seats.Options {
	return seats.Options{Seats: n, Method: l.Method, Cap: l.Cap, Tie: l.Tie}
}

// closed reports whether the lists are closed (seats in list order).
func (l ListTier) closed() bool { return l.Lists == seats.ClosedList }

func (l ListTier) candidates() seats.ListRule {
	return seats.ListRule{Lists: l.Lists, WomenQuota: l.WomenQuota, Rounding: l.WomenQuotaRounding, Tie: l.PreferenceTie, Missing: l.MissingPreferences}
}

// ErrRules is wrapped by every error about a rule set.
var ErrRules = errors.New("invalid rule set")

// Validate reports the first thing wrong with r, wrapping ErrRules.
func (r Rules) Validate() error {
	bad := func(field, format string, a ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrRules, field, fmt.Sprintf(format, a...))
	}
	switch {
	case r.Format != RulesFormat:
		return bad("format", "is %d, this library reads format %d", r.Format, RulesFormat)
	case r.ID == "":
		return bad("id", "is empty")
	case r.Version == "":
		return bad("version", "is empty")
	case r.Seats.List < 0 || r.Seats.Okrug < 0:
		return bad("seats", "negative seat count")
	case r.List.Cap < 0:
		return bad("list.cap", "is negative")
	case r.List.WomenQuota.IsNegative() || r.List.WomenQuota.GreaterThan(decimal.NewFromInt(100)):
		return bad("list.women_quota", "%s is not a percentage", r.List.WomenQuota)
	}
	if err := r.Threshold.Validate(); err != nil {
		return bad("threshold", "%v", err)
	}
	if r.RegionalThreshold != nil {
		if err := r.RegionalThreshold.Validate(); err != nil {
			return bad("regional_threshold", "%v", err)
		}
	}
	switch {
	case !oneOf(r.List.Lists, "", seats.OpenList, seats.ClosedList):
		return bad("list.lists", "unknown kind of list %q (known: %s, %s)", r.List.Lists, seats.OpenList, seats.ClosedList)
	case r.List.closed() && r.List.PreferenceTie != "":
		return bad("list.preference_tie", "does not apply to closed lists (their seats go by list position, there are no preference votes): leave it out")
	case r.List.closed() && r.List.MissingPreferences != "":
		return bad("list.missing_preferences", "does not apply to closed lists (their seats go by list position, there are no preference votes): leave it out")
	case r.List.closed() && r.List.WomenQuotaRounding == "" && !r.List.WomenQuota.IsZero():
		return bad("list.women_quota_rounding", "is empty: a women's quota of %s%% needs %q, %q or %q", r.List.WomenQuota, seats.RoundHalfUp, seats.RoundUp, seats.RoundDown)
	case !r.List.closed() && !oneOf(r.List.MissingPreferences, seats.ListPosition, seats.Lots):
		return bad("list.missing_preferences", "is %q: the rule set must name who takes a list's seats when preference votes are missing: %q or %q",
			r.List.MissingPreferences, seats.ListPosition, seats.Lots)
	}
	if !oneOf(r.List.Method, seats.Methods()...) {
		return bad("list.method", "unknown method %q (known: %s)", r.List.Method, join(seats.Methods()))
	}
	checks := []struct {
		field string
		err   error
	}{
		{"list", r.List.apportion(r.Seats.List).Validate()},
		{"list", r.List.candidates().Validate()},
		{"okrug", r.Okrug.Validate()},
		{"protocol", r.Protocol.Validate()},
		{"published", r.Published.Validate()},
	}
	if r.Registration != nil {
		checks = append(checks, struct {
			field string
			err   error
		}{"registration", r.Registration.Validate()})
	}
	for _, c := range checks {
		if c.err != nil {
			return bad(c.field, "%v", c.err)
		}
	}
	return nil
}

func oneOf[T comparable](v T, set ...T) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

// ReadRules decodes a rule set from JSON. Unknown fields, a missing or
// unknown format and an unknown method are errors that name the file and
// field. A nil r is an error.
func ReadRules(r io.Reader, file string) (Rules, error) {
	if r == nil {
		return Rules{}, fmt.Errorf("%s: %w: nil reader", file, ErrRules)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return Rules{}, fmt.Errorf("%s: %w", file, err)
	}
	var rules Rules
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rules); err != nil {
		return Rules{}, fmt.Errorf("%s: %w: %v", file, ErrRules, describeJSONError(data, err))
	}
	if dec.More() {
		return Rules{}, fmt.Errorf("%s: %w: trailing data after the rule set", file, ErrRules)
	}
	if err := rules.Validate(); err != nil {
		return Rules{}, fmt.Errorf("%s: %w", file, err)
	}
	return rules, nil
}

// describeJSONError turns a decoding error into "line L, column C: ..."
// where the decoder gives an offset.
func describeJSONError(data []byte, err error) string {
	var off int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
		return fmt.Sprintf("%s: field %q: cannot use %s as %s", position(data, off), typ.Field, typ.Value, typ.Type)
	}
	if off < 0 {
		return err.Error() // unknown field errors name the field themselves
	}
	return position(data, off) + ": " + err.Error()
}

func position(data []byte, off int64) string {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := int(off) - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d, column %d", line, col)
}

// The built-in rule sets, one embedded string each: an embed.FS would
// pull the time package's formatting into the browser's WASM (38 KB with
// brotli). TestPresetsListEveryFile checks that every file of presets/ is
// here.
var (
	//go:embed presets/kg2010.json
	presetKG2010 string
	//go:embed presets/kg2015.json
	presetKG2015 string
	//go:embed presets/kg2021.json
	presetKG2021 string
	//go:embed presets/kg2021-cec.json
	presetKG2021CEC string
)

// presetJSON returns the JSON of the built-in rule set id.
func presetJSON(id string) (string, bool) {
	switch id {
	case "kg2010":
		return presetKG2010, true
	case "kg2015":
		return presetKG2015, true
	case "kg2021":
		return presetKG2021, true
	case "kg2021-cec":
		return presetKG2021CEC, true
	}
	return "", false
}

// Presets lists the IDs of the built-in rule sets.
func Presets() []string { return []string{"kg2010", "kg2015", "kg2021", "kg2021-cec"} }

// ErrUnknownPreset is returned by Preset for an ID it does not know.
var ErrUnknownPreset = errors.New("unknown rule set")

// Preset returns the built-in rule set with the given ID (see Presets).

func Preset(id string) (Rules, error) {
	b, ok := presetJSON(id)
	if !ok {
		return Rules{}, fmt.Errorf("%w %q (built in: %s)", ErrUnknownPreset, id, strings.Join(Presets(), ", "))
	}
	return ReadRules(strings.NewReader(b), "presets/"+id+".json")
}

// KG2021 is the rule set of the Jogorku Kenesh election of 28 November 2021
// as the courts applied it (women's quota rounded half up).
func KG2021() Rules {
	r, err := Preset("kg2021")
	if err != nil {
		// The preset is embedded and tested; this cannot happen in a
		// released build.
		return Rules{ID: "kg2021-broken", Version: err.Error()}
	}
	return r
}
