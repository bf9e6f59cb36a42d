package loader

import (
	"errors"
	"strconv"
	"strings"

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
	{ingest.ErrEmpty, "err.empty"},
	{ingest.ErrNotTable, "err.not_table"},
	{ingest.ErrJSON, "err.json"},
	{ingest.ErrXML, "err.xml"},
	{ingest.ErrNoFigures, "err.no_figures"},
	{ingest.ErrDuplicateRow, "err.duplicate_row"},
	{ingest.ErrNotNumber, "err.not_number"},
	{ingest.ErrOutOfRange, "err.out_of_range"},
	{ingest.ErrShortRow, "err.short_row"},
	{ingest.ErrLongRow, "err.long_row"},
	{ingest.ErrNoRows, "err.no_rows"},
	{ingest.ErrOtherFile, "err.other_file"},
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
	{shailoo.ErrOkrugSeats, "err.okrug_seats"},
	{shailoo.ErrListSeats, "err.list_seats"},
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

// Place returns where err says the input is wrong: the file, line, column
// and field of the *ingest.ParseError or *validate.SummaryError it wraps,
// or zero values.
func Place(err error) (file string, line, column int, field string) {
	var pe *ingest.ParseError
	var se *validate.SummaryError
	switch {
	case errors.As(err, &pe):
		return pe.File, pe.Line, pe.Column, pe.Field
	case errors.As(err, &se):
		return se.File, se.Line, se.Column, se.Field
	}
	return "", 0, 0, ""
}

// Sentence returns err in the language lang names: where (file, line,
// column, field), what is wrong (its Reason in the catalog of words),
// and err's own text as the detail, which exists in English only. For
// English it is err's text alone. A cell that is not a number, in ru:
//
//	list.csv, строка 3, столбец 5, поле votes: не целое число
//	Подробности (на английском): list.csv:3:5: votes: "12,5" is not a whole number
func Sentence(lang string, err error) string {
	if err == nil {
		return ""
	}
	if lang == "" || lang == "en" {
		return err.Error()
	}
	var where []string
	file, line, column, field := Place(err)
	switch {
	case file != "" && line > 0:
		where = append(where, words.Say(lang, "error_at", words.Args{"file": file, "line": strconv.Itoa(line), "column": strconv.Itoa(max(column, 1))}))
	case file != "":
		where = append(where, file)
	}
	if field != "" {
		where = append(where, words.Say(lang, "error_field", words.Args{"field": field}))
	}
	key, args := Reason(err)
	what := words.Say(lang, key, args)
	if len(where) > 0 {
		what = strings.Join(where, ", ") + ": " + what
	}
	return what + "\n" + words.Say(lang, "err.detail", nil) + ": " + err.Error()
}
