package ingest

import (
	"bytes"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
)

// The precinct list of an election file is the bulk of it (a million
// precincts are 64 MB of JSON), and the strict walker reads JSON token by
// token. So ReadElection reads a precinct list written plainly here, in
// one pass: objects with the keys id, region, okrug and abroad at most once
// each (id required), strings without escapes or control characters, in
// UTF-8, abroad true or false. The walker and json.Unmarshal then read the
// rest of the file, with an empty list; should they find an error, the
// file is read again as written, so that the error has its place in it. A
// list written any other way, or with anything the walker would refuse, is
// left to the walker.

// plainPrecincts finds the top-level "precincts" list of an election file
// and reads it; ok is false when the list is absent, empty or not plain.
func plainPrecincts(data []byte) (start, end int, ps []election.Precinct, ok bool) {
	start, end, ok = topLevelValue(data, "precincts")
	if !ok {
		return 0, 0, nil, false
	}
	r := plainReader{b: data[start:end], names: map[string]string{}}
	ps, ok = r.precincts()
	return start, end, ps, ok && len(ps) > 0
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the string starting at b[i] == '"'.
func skipString(b []byte, i int) (int, bool) {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1, true
		}
	}
	return 0, false
}

// skipValue returns the index after the value starting at b[i], without
// checking it (the walker does).
func skipValue(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return 0, false
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				j, ok := skipString(b, i)
				if !ok {
					return 0, false
				}
				i = j - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1, true
				}
			}
		}
		return 0, false
	}
	for ; i < len(b); i++ {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i, true
		}
	}
	return i, true
}

// topLevelValue returns the span of the value of key in the top-level
// object of b, when the key occurs there exactly once written without
// escapes (and no key is written with escapes).
func topLevelValue(b []byte, key string) (start, end int, ok bool) {
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return 0, 0, false
	}
	found := false
	for i++; ; {
		i = skipWS(b, i)
		if i < len(b) && b[i] == '}' && !found {
			return 0, 0, false
		}
		if i >= len(b) || b[i] != '"' {
			return 0, 0, false
		}
		ke, ok := skipString(b, i)
		if !ok {
			return 0, 0, false
		}
		k := b[i+1 : ke-1]
		if bytes.IndexByte(k, '\\') >= 0 {
			return 0, 0, false
		}
		i = skipWS(b, ke)
		if i >= len(b) || b[i] != ':' {
			return 0, 0, false
		}
		vs := skipWS(b, i+1)
		ve, ok := skipValue(b, vs)
		if !ok {
			return 0, 0, false
		}
		if string(k) == key {
			if found {
				return 0, 0, false
			}
			found, start, end = true, vs, ve
		}
		i = skipWS(b, ve)
		switch {
		case i < len(b) && b[i] == ',':
			i++
		case i < len(b) && b[i] == '}':
			return start, end, found
		default:
			return 0, 0, false
		}
	}
}

// plainReader reads a plain precinct list.
type plainReader struct {
	b     []byte
	i     int
	names map[string]string // region and okrug IDs, shared
}

func (r *plainReader) ws() { r.i = skipWS(r.b, r.i) }

func (r *plainReader) is(c byte) bool {
	r.ws()
	if r.i < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

// str reads a plain string: no escape, no control character, UTF-8.
func (r *plainReader) str() ([]byte, bool) {
	if !r.is('"') {
		return nil, false
	}
	s := r.i
	for ; r.i < len(r.b); r.i++ {
		c := r.b[r.i]
		if c == '"' {
			v := r.b[s:r.i]
			r.i++
			return v, utf8.Valid(v)
		}
		if c == '\\' || c < 0x20 {
			return nil, false
		}
	}
	return nil, false
}

func (r *plainReader) name(b []byte) string {
	if v, ok := r.names[string(b)]; ok {
		return v
	}
	v := string(b)
	r.names[v] = v
	return v
}

func (r *plainReader) precincts() ([]election.Precinct, bool) {
	if !r.is('[') {
		return nil, false
	}
	ps := make([]election.Precinct, 0, bytes.Count(r.b, []byte(`"id"`)))
	if r.is(']') {
		return nil, false
	}
	for {
		p, ok := r.precinct()
		if !ok {
			return nil, false
		}
		ps = append(ps, p)
		if r.is(',') {
			continue
		}
		if r.is(']') {
			r.ws()
			return ps, r.i == len(r.b)
		}
		return nil, false
	}
}

func (r *plainReader) precinct() (election.Precinct, bool) {
	var p election.Precinct
	if !r.is('{') {
		return p, false
	}
	var seen [4]bool
	for {
		k, ok := r.str()
		if !ok || !r.is(':') {
			return p, false
		}
		var f int
		switch string(k) {
		case "id":
			f = 0
		case "region":
			f = 1
		case "okrug":
			f = 2
		case "abroad":
			f = 3
		default:
			return p, false
		}
		if seen[f] {
			return p, false
		}
		seen[f] = true
		if f == 3 {
			r.ws()
			switch {
			case bytes.HasPrefix(r.b[r.i:], []byte("true")):
				p.Abroad, r.i = true, r.i+4
			case bytes.HasPrefix(r.b[r.i:], []byte("false")):
				r.i += 5
			default:
				return p, false
			}
		} else {
			v, ok := r.str()
			if !ok {
				return p, false
			}
			switch f {
			case 0:
				p.ID = string(v)
			case 1:
				p.Region = r.name(v)
			case 2:
				p.Okrug = r.name(v)
			}
		}
		if r.is(',') {
			continue
		}
		if r.is('}') {
			return p, seen[0]
		}
		return p, false
	}
}
