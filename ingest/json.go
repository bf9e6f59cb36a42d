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
// up) is not checked here: that is the validator's job. A *bytes.Buffer is
// read in place, without a copy, and drained as any reader would be.
func ReadElection(r io.Reader, file string) (*election.Election, error) {
	if r == nil {
		return nil, nilError(file, "reader")
	}
	if b, ok := r.(*bytes.Buffer); ok {
		// The bytes are read in place, not copied (64 MB for a million
		// precincts); the election keeps no reference to them.
		return readElection(b.Next(b.Len()), file, true)
	}
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok { // a bytes.Reader, say
		buf.Grow(l.Len() + bytes.MinRead) // ReadFrom wants MinRead bytes free to see EOF
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, &ParseError{File: file, Err: err}
	}
	data := buf.Bytes()
	return readElection(data, file, true)
}

// readElection reads an election file's bytes; fast says whether a plain
// precinct list may be read apart (plainPrecincts).
func readElection(data []byte, file string, fast bool) (*election.Election, error) {
	data = bytes.TrimPrefix(data, []byte(bom))
	start, end, precincts, plain := plainPrecincts(data)
	plain = plain && fast
	doc := data
	if plain { // the rest of the file, with an empty precinct list
		doc = make([]byte, 0, len(data)-(end-start)+2)
		doc = append(append(doc, data[:start+1]...), data[end-1:]...)
	}
	w := newWalker(doc, file, nil, false)
	err := w.walk(reflect.TypeFor[election.Election]())
	e := new(election.Election)
	if err == nil {
		if uerr := json.Unmarshal(doc, e); uerr != nil { // not expected once the walk passed
			err = &ParseError{File: file, Err: fmt.Errorf("%w: %w", ErrSyntax, uerr)}
		}
	}
	if err != nil {
		if plain { // an error's place is in the file as written
			return readElection(data, file, false)
		}
		return nil, err
	}
	if plain {
		e.Precincts = precincts
	}
	return e, nil
}
