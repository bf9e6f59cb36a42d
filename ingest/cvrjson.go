package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
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

// dominionCVR says whether b is a JSON object whose key "Sessions" holds
// an array, as Dominion's cast-vote record export does ({"Version",
// "ElectionId", "Sessions": [...]}): its keys are read in order, up to
// "Sessions".
func dominionCVR(b []byte) bool {
	found := false
	jsonObject(b, func(k string, v []byte) bool {
		found = k == "Sessions" && len(v) > 0 && v[0] == '['
		return !found && k != "Sessions"
	})
	return found
}

// jsonObject calls f with each key of the JSON object b and the bytes of
// its value (a string's with its quotes), in order, until f returns
// false; it returns false when b is no object or ends before it does. b
// is not checked as JSON: json.Valid does that. A scan of bytes, not
// encoding/json's decoder, which would grow the page's draft module.
func jsonObject(b []byte, f func(key string, value []byte) bool) bool {
	i := jsonSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = jsonSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return true
	}
	for i < len(b) && b[i] == '"' {
		end := jsonValueEnd(b, i)
		if end < 0 {
			return false
		}
		key, ok := jsonString(b[i:end])
		i = jsonSpace(b, end)
		if !ok || i >= len(b) || b[i] != ':' {
			return false
		}
		i = jsonSpace(b, i+1)
		if i >= len(b) {
			return false
		}
		end = jsonValueEnd(b, i)
		if end < 0 {
			return false
		}
		if !f(key, b[i:end]) {
			return true
		}
		i = jsonSpace(b, end)
		if i < len(b) && b[i] == '}' {
			return true
		}
		if i >= len(b) || b[i] != ',' {
			return false
		}
		i = jsonSpace(b, i+1)
	}
	return false
}

// jsonSpace returns the index of the first byte from i on that is no JSON space.
func jsonSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// jsonValueEnd returns the index past the JSON value that starts at b[i],
// -1 when b ends first.
func jsonValueEnd(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch c := b[i]; c {
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
			if i >= len(b) {
				return -1
			}
			if depth == 0 {
				return i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i // the end of the object or list a scalar is in
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',', ' ', '\t', '\r', '\n', ':':
			if depth == 0 {
				return i
			}
		}
	}
	if depth == 0 {
		return i
	}
	return -1
}

// jsonString returns the text of the JSON string s, quotes included:
// Go's unquoting, whose escapes are JSON's but "\/" (a pair of \u
// escapes of one character beyond the BMP is refused).
func jsonString(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' {
		return "", false
	}
	if bytes.IndexByte(s, '\\') < 0 {
		return string(s[1 : len(s)-1]), true
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if i++; s[i] != '/' {
				b = append(b, '\\')
			}
		}
		b = append(b, s[i])
	}
	t, err := strconv.Unquote(string(b))
	return t, err == nil
}
