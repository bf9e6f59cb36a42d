package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"github.com/shailoo/shailoo/election"
)

// ReadElection reads an election (definition and protocols) from JSON in
// the form of election.Election, strictly: keys must match the field names
// exactly (no case folding), unknown and duplicate keys are errors, and so
// are values of the wrong type (null included, except for a list, a map or
// an optional attribute), fractions or out-of-range numbers where integers
// are expected, unknown protocol line names, and ballot kinds, sexes and
// provenances that are not among the model's constants. Every error is a
// *ParseError naming file, line, column and the path of the field, such as
// "protocols[3].lines.valid". A leading byte order mark is ignored.
//
// Whether the election is consistent (IDs that exist, protocols that add
// up) is not checked here: that is the validator's job.
func ReadElection(r io.Reader, file string) (*election.Election, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{File: file, Err: err}
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	w := newWalker(data, file, nil, false)
	if err := w.walk(reflect.TypeFor[election.Election]()); err != nil {
		return nil, err
	}
	e := new(election.Election)
	if err := json.Unmarshal(data, e); err != nil { // not expected once the walk passed
		return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
	}
	return e, nil
}
