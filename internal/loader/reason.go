package loader

import (
	"errors"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// reasons are the kinds of input error the catalog of words has a
// sentence for, the most specific first: an unknown field of a mapping is
// ErrUnknownField before it is ErrMapping.
var reasons = []struct {
	err error
	key string
}{
	{ingest.ErrEncoding, "err.encoding"},
	{ingest.ErrNotNumber, "err.not_number"},
	{ingest.ErrOutOfRange, "err.out_of_range"},
	{ingest.ErrShortRow, "err.short_row"},
	{ingest.ErrLongRow, "err.long_row"},
	{ingest.ErrNoRows, "err.no_rows"},
	{ingest.ErrMissingHeader, "err.missing_header"},
	{ingest.ErrConflict, "err.conflict"},
	{ingest.ErrChoices, "err.choices"},
	{ingest.ErrUnknownField, "err.unknown_field"},
	{ingest.ErrDuplicateKey, "err.duplicate_key"},
	{ingest.ErrMissing, "err.missing"},
	{ingest.ErrType, "err.type"},
	{ingest.ErrSyntax, "err.syntax"},
	{ingest.ErrMapping, "err.mapping"},
	{ingest.ErrBadValue, "err.bad_value"},
	{shailoo.ErrUnknownPreset, "err.unknown_preset"},
	{shailoo.ErrRules, "err.rules"},
	{shailoo.ErrLots, "err.lots"},
	{shailoo.ErrAnnul, "err.annul"},
	{validate.ErrSummary, "err.summary"},
}

// Reason returns what err says is wrong with an input as a key of the
// catalog of words ("err.not_number", "err.unknown_field", …) with its
// figures, so that a caller shows it in the user's language; "err.other"
// when the catalog has no sentence for it. Where it is (file, line,
// column, field) is in the *ingest.ParseError or *validate.SummaryError
// that err wraps, and the detail in err's own text, in English.
func Reason(err error) (key string, args words.Args) {
	var re *ReasonError
	if errors.As(err, &re) {
		return re.Key, re.Args
	}
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.key, nil
		}
	}
	return "err.other", nil
}

// ReasonError is an error whose sentence is in the catalog of words under
// Key, with its figures Args; Err is the error itself, in English.
type ReasonError struct {
	Key  string
	Args words.Args
	Err  error
}

func (e *ReasonError) Error() string {
	if e == nil || e.Err == nil {
		return "<nil>"
	}
	return e.Err.Error()
}

// Unwrap returns Err.
func (e *ReasonError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}
