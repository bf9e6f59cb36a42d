package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// NotJSON returns r to be read as the table of protocols file, or, when
// the file is a JSON document (its first byte but spaces and a byte-order
// mark is '{' or '[', and the whole parses), a *ParseError wrapping
// ErrJSON that says so and what is read instead: the CSV reader would say
// only that a quote is stray (a tester's PEI
// 2019 results scraped as JSON). A file that starts so and does not parse
// is returned to be read as a table, its bytes unchanged. An XML document
// is said so too (NotXML).
func NotJSON(r io.Reader, file string) (io.Reader, error) {
	if r == nil {
		return nil, nilError(file, "reader")
	}
	// A file is peeked at where it stands and returned as it is: a count
	// reads an *os.File its own way (its size, in parallel), which a
	// reader around it would hide.
	var head []byte
	rest := r
	if ra, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		if at, err := ra.Seek(0, io.SeekCurrent); err == nil {
			head = make([]byte, 4096)
			n, _ := ra.ReadAt(head, at)
			head = head[:n]
		}
	}
	if head == nil {
		br := bufio.NewReaderSize(r, 4096)
		head, _ = br.Peek(4096)
		rest = br
	}
	if err := NotXML(head, file); err != nil {
		return nil, err
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte(bom)), " \t\r\n")
	if len(head) == 0 || head[0] != '{' && head[0] != '[' {
		return rest, nil
	}
	b, err := io.ReadAll(rest)
	if err != nil {
		return nil, err
	}
	if !json.Valid(bytes.TrimPrefix(b, []byte(bom))) {
		return bytes.NewReader(b), nil
	}
	return nil, &ParseError{File: file, Line: 1, Err: jsonError{jsonWhat(b)}}
}

// xmlWhat says what to do with an XML file given as protocols.
const xmlWhat = "shailoo reads no XML (a Clarity detail.xml, an EML 510 or a NIST ERR XML report): convert its results to CSV, a row per precinct (a column per choice) or per precinct and choice (\"layout\": \"long\"), then draft a mapping for it; a NIST ERR report in its JSON form is read by verify --published"

// NotXML returns a *ParseError wrapping ErrXML, that says what to do,
// when head, the first bytes of a file given as a table of protocols,
// begins an XML document ("<?xml", after a byte-order mark and spaces);
// nil otherwise. Read as a table, its lines are rows of one cell, and the
// reader would send the user to mend a header row or skip rows (a tester's
// Clarity detail.xml of Atkinson County, Georgia).
func NotXML(head []byte, file string) error {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte(bom)), " \t\r\n")
	if len(head) < 5 || !bytes.EqualFold(head[:5], []byte("<?xml")) {
		return nil
	}
	return &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: %s", ErrXML, xmlWhat)}
}

// jsonError is ErrJSON with what is read instead.
type jsonError struct{ what string }

func (e jsonError) Error() string { return ErrJSON.Error() + ": " + e.what }
func (e jsonError) Unwrap() error { return ErrJSON }

// jsonWhat says what shailoo reads instead of the JSON document b: an
// election's definition with its protocols (--election), when b is one;
// else the ways in.
func jsonWhat(b []byte) string {
	// Its keys by a scan of bytes (jsonObject), not encoding/json's
	// decoder: the page's draft module calls NotJSON too.
	var protocols, precincts bool
	jsonObject(bytes.TrimPrefix(b, []byte(bom)), func(k string, _ []byte) bool {
		protocols = protocols || k == "protocols"
		precincts = precincts || k == "precincts"
		return true
	})
	if protocols && precincts {
		return "it looks like an election's definition with its protocols (\"precincts\", \"protocols\"): give it as --election FILE.json, with no mapping"
	}
	if dominionCVR(b) {
		return dominionWhat + " (docs/ballots.md)"
	}
	return "shailoo reads protocols from a CSV or TSV file with a mapping (docs/mapping.md), or from an election's definition in its own JSON (--election FILE.json); a published summary in JSON is verify's --published. Write this file's figures as CSV first, a row per protocol (a column per choice) or per protocol and choice (\"layout\": \"long\"), then draft a mapping for it"
}
