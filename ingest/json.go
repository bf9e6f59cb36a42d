package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// ReadElection reads an election (definition and protocols) from JSON in
// the form of election.Election, strictly: keys must match the field names
// exactly (no case folding), unknown and duplicate keys are errors, and so
// are values of the wrong type (null included, except for a list, a map or
// an optional attribute), fractions or out-of-range numbers where integers
// are expected, unknown protocol line names, and ballot kinds, sexes and
// provenances that are not among the model's constants, a protocol without
// its ballot, and anything after the document. Every error is a
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
	_, err := strictjson.Check(doc, file, reflect.TypeFor[election.Election](), jsonOptions(nil, false))
	e := new(election.Election)
	if err == nil {
		if uerr := json.Unmarshal(doc, e); uerr != nil { // not expected once the check passed
			err = &ParseError{File: file, Err: fmt.Errorf("%w: %w", ErrSyntax, uerr)}
		}
	} else {
		err = parseError(err)
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

// ReadProtocol reads one protocol, such as a citizen's copy typed from a
// paper protocol, from JSON in the form of election.Protocol, as strictly
// as ReadElection reads the protocols of an election: the ballot is
// required, an unknown line name ("vaild") is an error naming the allowed
// ones, and so are unknown or duplicate keys and anything after the
// protocol. Every error is a *ParseError.
func ReadProtocol(r io.Reader, file string) (election.Protocol, error) {
	return ReadProtocolFor(r, file, nil)
}

// ReadProtocolFor is ReadProtocol for a count whose form adds the lines
// added to the built-in ones (the names of a rule set's
// protocol.add_lines, such as the Russian absentee certificates): a
// protocol counted under that rule set may give them, as its mapping may
// (ReadMappingFor), and the error of a line neither knows lists both among
// the allowed. nil adds none.
func ReadProtocolFor(r io.Reader, file string, added []election.Line) (election.Protocol, error) {
	o := jsonOptions(nil, false)
	if len(added) > 0 {
		t := reflect.TypeFor[election.Line]()
		e := o.Enums[t]
		for _, l := range added {
			e.Values = append(e.Values, string(l))
		}
		o.Enums[t] = e
	}
	var p election.Protocol
	if _, err := strictjson.Read(r, file, &p, o); err != nil {
		return election.Protocol{}, parseError(err)
	}
	return p, nil
}
