package validate

import (
	"errors"
	"io"
	"maps"
	"slices"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// ErrSummary is wrapped by every error ReadSummary returns.
var ErrSummary = errors.New("invalid published summary")

// Conditions a *SummaryError can carry, for errors.Is: those of the
// strict reader every JSON input goes through (internal/strictjson).
var (
	ErrUnknownField   = strictjson.ErrUnknownField
	ErrDuplicateField = strictjson.ErrDuplicateKey
)

// SummaryError is an error in a published summary file: where it is (file,
// 1-based line and column, and the field as a path such as
// "lists[2].percent") and what is wrong. It wraps ErrSummary and Err.
type SummaryError struct {
	File   string
	Line   int
	Column int
	Field  string
	Err    error
}

// Error returns "file:line:column: field: reason".
func (e *SummaryError) Error() string {
	if e == nil {
		return "<nil>"
	}
	se := strictjson.Error{File: e.File, Line: e.Line, Column: e.Column, Path: e.Field, Err: e.Err}
	return se.Error()
}

// Unwrap returns ErrSummary and the cause.
func (e *SummaryError) Unwrap() []error {
	if e == nil {
		return nil
	}
	return []error{ErrSummary, e.Err}
}

// ReadSummary reads a published summary from r through the strict reader
// every JSON input goes through: an unknown or repeated field, a value of
// the wrong type, an unknown base, a list or okrug without an ID, or
// anything after the summary (a second document) is a *SummaryError naming
// file, line, column and field. A leading byte order mark is ignored.
func ReadSummary(r io.Reader, file string) (Summary, error) {
	var s Summary
	doc, err := strictjson.Read(r, file, &s, strictjson.Options{Places: true})
	if err != nil {
		return Summary{}, summaryError(err)
	}
	// The summary's provenance, and a list's or an okrug's own, each by
	// its field.
	badProvenance := func(field string, p election.Provenance) error {
		switch p {
		case "", election.Official, election.Preliminary, election.Synthetic:
			return nil
		}
		return summaryError(doc.Errorf(field, strictjson.ErrBadValue, "unknown provenance %q (allowed: %s, %s, %s)", p, election.Official, election.Preliminary, election.Synthetic))
	}
	if err := badProvenance("provenance", s.Provenance); err != nil {
		return Summary{}, err
	}
	switch s.Base {
	case "", BaseParticipants, BaseVoters, BaseValid, BaseVotes:
	default:
		return Summary{}, summaryError(doc.Errorf("base", strictjson.ErrBadValue, "unknown base %q (allowed: %s, %s, %s, %s)", s.Base, BaseParticipants, BaseVoters, BaseValid, BaseVotes))
	}
	for i, l := range s.Lists {
		if l.ID == "" {
			return Summary{}, summaryError(doc.Errorf(strictjson.Index("lists", i)+".id", strictjson.ErrBadValue, "empty ID"))
		}
		if err := badProvenance(strictjson.Index("lists", i)+".provenance", l.Provenance); err != nil {
			return Summary{}, err
		}
		if l.VotesMissing < 0 {
			return Summary{}, summaryError(doc.Errorf(strictjson.Index("lists", i)+".votes_missing", strictjson.ErrBadValue, "%d protocols: want 0 or more", l.VotesMissing))
		}
	}
	for i, o := range s.Okrugs {
		if o.ID == "" {
			return Summary{}, summaryError(doc.Errorf(strictjson.Index("okrugs", i)+".id", strictjson.ErrBadValue, "empty ID"))
		}
		if err := badProvenance(strictjson.Index("okrugs", i)+".provenance", o.Provenance); err != nil {
			return Summary{}, err
		}
		for _, id := range slices.Sorted(maps.Keys(o.VotesMissing)) {
			if n := o.VotesMissing[id]; n < 0 {
				return Summary{}, summaryError(doc.Errorf(strictjson.Join(strictjson.Join(strictjson.Index("okrugs", i), "votes_missing"), id), strictjson.ErrBadValue, "%d protocols: want 0 or more", n))
			}
		}
	}
	return s, nil
}

func summaryError(err error) error {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return &SummaryError{Line: 1, Column: 1, Err: err}
	}
	e := &SummaryError{File: se.File, Line: se.Line, Column: se.Column, Field: se.Path, Err: se.Err}
	if e.Line == 0 { // a reader that failed: no place in the file
		e.Line, e.Column = 1, 1
	}
	return e
}
