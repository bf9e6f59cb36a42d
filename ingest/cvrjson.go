package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// cvrDocument returns the error of a cast-vote record given as one JSON
// document (pretty-printed over lines, an array, Dominion's export), where
// --ballots reads JSON Lines, one ballot object a line; nil for JSON Lines
// and for a file that is not JSON at all (the CSV reader's to say). The
// line is that of the document's first byte. Without it the reader would
// say that the first line ends early ("unexpected end of input") or that
// the document has no key "precinct".
func cvrDocument(file string, data []byte) error {
	t := bytes.TrimLeft(data, " \t\r\n")
	if len(t) == 0 || t[0] != '{' && t[0] != '[' {
		return nil
	}
	line := 1 + bytes.Count(data[:len(data)-len(t)], []byte{'\n'})
	first, _, _ := bytes.Cut(t, []byte{'\n'})
	var what string
	switch {
	case dominionCVR(first) || !json.Valid(first) && dominionCVR(t):
		what = dominionWhat
	case t[0] == '{' && json.Valid(first), !json.Valid(t):
		return nil // JSON Lines, or a file of broken JSON that the reader says is
	default:
		what = `the file is one JSON document (an array, or an object over several lines), not JSON Lines, one ballot object a line ({"precinct": "...", "choice": "..."}); write one object a line first (jq -c '.[]' FILE > ballots.jsonl, for an array of ballot objects)`
	}
	return &ParseError{File: file, Line: line, Err: fmt.Errorf("%w: %s (docs/ballots.md)", ErrSyntax, what)}
}

// dominionWhat says what Dominion's cast-vote record export is and how a
// contest of it becomes a file --ballots reads.
const dominionWhat = `the file is Dominion's cast-vote record export, one JSON document ("Sessions", each ballot's "Contests" and their "Marks"), not JSON Lines: --ballots reads CSV, or JSON Lines, one ballot object a line ({"precinct": "...", "choice": "..."}); write a contest's ballots so first, contest C's first choices with jq: ` +
	`jq -c '.Sessions[] | (.Modified // .Original) as $b | $b.Cards[].Contests[] | select(.Id == C) | {precinct: ($b.PrecinctPortionId|tostring), choice: ([.Marks[] | select(.Rank == 1 and .IsVote) | .CandidateId | tostring] | join("|"))}' FILE > ballots.jsonl` +
	` (a ballot without the contest is left out; the export's CandidateManifest.json and PrecinctPortionManifest.json name the IDs, as the election definition must)`

// dominionCVR says whether b (the whole, or its start) is a JSON object
// whose key "Sessions" holds an array, as Dominion's cast-vote record
// export does ({"Version", "ElectionId", "Sessions": [...]}): its keys
// are read in order, up to "Sessions", whose value need not be whole.
func dominionCVR(b []byte) bool {
	d := json.NewDecoder(bytes.NewReader(b))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for d.More() {
		k, err := d.Token()
		if err != nil {
			return false
		}
		if k == "Sessions" {
			t, err := d.Token()
			return err == nil && t == json.Delim('[')
		}
		var skip json.RawMessage
		if d.Decode(&skip) != nil {
			return false
		}
	}
	return false
}
