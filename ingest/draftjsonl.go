package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// jsonLine says whether the first line of head (a file's start) is a JSON
// object: the file is then JSON Lines, read by --ballots as a cast-vote
// record, and drafted so (draftJSONLines). A whole JSON document is
// named by the command before the draft (NotJSON).
func jsonLine(head []byte) bool {
	first, _, _ := bytes.Cut(head[jsonSpace(head, 0):], []byte{'\n'})
	first = bytes.TrimSpace(first)
	return len(first) > 0 && first[0] == '{' && json.Valid(first)
}

// draftJSONLines drafts the ballot mapping of a cast-vote record in JSON
// Lines (br), as ReadBallotRecords reads it: each line an object whose
// keys are the columns (a key first met on a later line after the
// others), its values the cells (a number or true/false as written). JSON
// Lines that are no cast-vote record the draft knows are an error. One
// loop, no decoder: the page's draft module has little room.
func draftJSONLines(file string, br *bufio.Reader) (*Draft, error) {
	var header []string
	at := map[string]int{}
	n := 0 // the lines read
	next := func() ([]string, error) {
		for {
			line, err := br.ReadSlice('\n')
			if err == io.EOF && len(line) == 0 {
				return nil, err
			}
			n++
			if err != nil && err != io.EOF {
				return nil, &ParseError{File: file, Line: n, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
			}
			if line = bytes.TrimSpace(line); len(line) == 0 {
				continue
			}
			rec := make([]string, len(header))
			ok := json.Valid(line) && line[0] == '{'
			for i := jsonSpace(line, 1); ok && line[i] != '}'; {
				// a key, ':', a value that is no list or object, then ',' or '}'
				end := jsonValueEnd(line, i)
				k, isKey := jsonString(line[i:end])
				i = jsonSpace(line, jsonSpace(line, end)+1)
				vend := jsonValueEnd(line, i)
				c, seen := at[k]
				if !seen {
					c = len(header)
					at[k] = c
					header = append(header, k)
					rec = append(rec, "")
				}
				switch v := line[i:vend]; {
				case v[0] == '"':
					rec[c], _ = jsonString(v)
				case v[0] == '{' || v[0] == '[':
					ok = false
				case string(v) != "null":
					rec[c] = string(v) // a number, true or false, as written
				}
				ok = ok && isKey
				if i = jsonSpace(line, vend); line[i] == ',' {
					i = jsonSpace(line, i+1)
				}
			}
			if !ok {
				return nil, &ParseError{File: file, Line: n, Err: fmt.Errorf("%w: not a JSON object of strings, numbers and true or false", ErrSyntax)}
			}
			return rec, nil
		}
	}
	var rows [][]string
	var lines []int
	for len(rows) < 10 {
		rec, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		rows, lines = append(rows, rec), append(lines, n)
	}
	d, err := draftCVR(file, slices.Clone(header), rows, lines, next, func() int { return n }, ',')
	if err == nil && d == nil {
		err = &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: JSON Lines are read as a cast-vote record (--ballots, docs/ballots.md), and no key among %s names a ballot ID or a first choice: write the mapping by hand", ErrMapping, quoteAll(header))}
	}
	if err != nil {
		return nil, err
	}
	d.Ballots.Guesses = append([]string{"the file is JSON Lines: its keys are read as columns, as --ballots reads them"}, d.Ballots.Guesses...)
	return d, nil
}
