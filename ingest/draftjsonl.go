package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// draftJSONLines drafts the ballot mapping of a cast-vote record in JSON
// Lines (data, a file whose first byte but spaces is '{'), as
// ReadBallotRecords reads it: each line an object whose keys are the
// columns, its values the cells (a number or true/false as written). A
// whole JSON document is an error (cvrDocument); it returns nil for a
// file whose first line is no JSON object, to be drafted as a table, and
// an error for JSON Lines that are no cast-vote record the draft knows.
func draftJSONLines(file string, data []byte) (*Draft, error) {
	if err := cvrDocument(file, data); err != nil {
		return nil, err
	}
	lines := bytes.Split(data, []byte{'\n'})
	var header []string
	at := map[string]int{}
	n := 0 // the lines read
	next := func() ([]string, error) {
		for n < len(lines) {
			line := bytes.TrimSpace(lines[n])
			n++
			if len(line) == 0 {
				continue
			}
			if len(header) == 0 {
				header = jsonKeys(line)
				for i, k := range header {
					at[k] = i
				}
			}
			var obj map[string]any
			d := json.NewDecoder(bytes.NewReader(line))
			d.UseNumber()
			if err := d.Decode(&obj); err != nil {
				return nil, &ParseError{File: file, Line: n, Err: fmt.Errorf("%w: not a JSON object: %v", ErrSyntax, err)}
			}
			var fresh []string
			for k := range obj {
				if _, ok := at[k]; !ok {
					fresh = append(fresh, k)
				}
			}
			slices.Sort(fresh) // a later line's new keys: in an order that does not vary
			for _, k := range fresh {
				at[k] = len(header)
				header = append(header, k)
			}
			rec := make([]string, len(header))
			for k, v := range obj {
				switch v := v.(type) {
				case string:
					rec[at[k]] = v
				case json.Number, bool:
					rec[at[k]] = fmt.Sprint(v)
				}
			}
			return rec, nil
		}
		return nil, io.EOF
	}
	first, err := next()
	if err == io.EOF {
		return nil, &ParseError{File: file, Err: ErrEmpty}
	}
	if err != nil {
		return nil, nil // no JSON object: a table
	}
	rows := [][]string{first}
	for len(rows) < 9 {
		rec, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		rows = append(rows, rec)
	}
	d, err := draftCVR(file, slices.Clone(header), rows, next, ',')
	if err != nil || d == nil {
		if err == nil {
			err = &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: the file is JSON Lines, which shailoo reads only as a cast-vote record (--ballots, docs/ballots.md), and no key of a ballot ID or a first choice was recognised among %s: write the ballot mapping by hand", ErrMapping, quoteAll(header))}
		}
		return nil, err
	}
	d.Ballots.Guesses = slices.Insert(d.Ballots.Guesses, 0, "the file is JSON Lines, one object a line: its keys are read as the columns of a table, as --ballots reads them")
	return d, nil
}

// jsonKeys returns the keys of the JSON object line in the order written
// (a decoded map does not keep it); nil when line is no object.
func jsonKeys(line []byte) []string {
	d := json.NewDecoder(bytes.NewReader(line))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var keys []string
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return keys
		}
		var skip json.RawMessage
		if d.Decode(&skip) != nil {
			return keys
		}
		if s, _ := k.(string); !slices.Contains(keys, s) {
			keys = append(keys, s)
		}
	}
	return keys
}

// draftJSONHead says whether a file whose start is head may be JSON Lines
// (its first byte but spaces is '{'), which draftJSONLines drafts.
func draftJSONHead(head []byte) bool {
	t := bytes.TrimLeft(head, " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}
