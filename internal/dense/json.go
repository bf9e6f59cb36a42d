package dense

import (
	"encoding/json"
	"strconv"

	"github.com/shailoo/shailoo/election"
)

// JSON writes protocols exactly as encoding/json marshals the
// election.Protocol they stand for, without reflection: the root package
// hashes the JSON of an election whose protocols it never holds.
type JSON struct {
	keys   *Keys
	names  [Sections][]string // when set (Use), the keys by position
	quoted [Sections][][]byte // `"key":` by position
}

// Use makes j name positions by names instead of by its Keys, so that
// another goroutine may go on inserting keys: names[sec][pos] is the key
// of pos (Index.Keys, taken on the inserting goroutine).
func (j *JSON) Use(names [Sections][]string) { j.names = names }

// NewJSON returns a writer for protocols whose positions are in k.
func NewJSON(k *Keys) *JSON { return &JSON{keys: k} }

// Append appends the JSON of p to dst. The entries of each section must be
// sorted by key (SortByKey), as encoding/json sorts map keys.
func (j *JSON) Append(dst []byte, p *Protocol) []byte {
	dst = append(dst, `{"precinct":`...)
	dst = appendString(dst, p.Precinct)
	dst = append(dst, `,"ballot":`...)
	dst = appendString(dst, string(p.Ballot))
	if p.Machine {
		dst = append(dst, `,"machine":true`...)
	}
	dst = append(dst, `,"lines":`...)
	dst = j.appendMap(dst, SecLines, p.Lines, p.NilLines)
	dst = append(dst, `,"votes":`...)
	dst = j.appendMap(dst, SecVotes, p.Votes, p.NilVotes)
	if len(p.Prefs) > 0 {
		dst = append(dst, `,"preferences":`...)
		dst = j.appendMap(dst, SecPrefs, p.Prefs, false)
	}
	return append(dst, '}')
}

func (j *JSON) appendMap(dst []byte, sec int, es []Entry, isNil bool) []byte {
	if isNil {
		return append(dst, "null"...)
	}
	dst = append(dst, '{')
	q := j.quoted[sec]
	for i, e := range es {
		if i > 0 {
			dst = append(dst, ',')
		}
		if int(e.Pos) >= len(q) {
			q = j.grow(sec)
		}
		dst = append(dst, q[e.Pos]...)
		dst = strconv.AppendInt(dst, e.V, 10)
	}
	return append(dst, '}')
}

func (j *JSON) grow(sec int) [][]byte {
	names := j.names[sec]
	if names == nil {
		names = j.keys.Section(sec).keys
	}
	q := j.quoted[sec]
	for p := len(q); p < len(names); p++ {
		b := appendString(nil, names[p])
		q = append(q, append(b, ':'))
	}
	j.quoted[sec] = q
	return q
}

// AppendPrecinct appends the JSON of p, as encoding/json writes it.
func AppendPrecinct(dst []byte, p *election.Precinct) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendString(dst, p.ID)
	if p.Region != "" {
		dst = append(dst, `,"region":`...)
		dst = appendString(dst, p.Region)
	}
	if p.Okrug != "" {
		dst = append(dst, `,"okrug":`...)
		dst = appendString(dst, p.Okrug)
	}
	if p.Abroad {
		dst = append(dst, `,"abroad":true`...)
	}
	return append(dst, '}')
}

// SortByKey sorts each section of p by key, the order of encoding/json.
// Few entries are sorted in place; many by placing each at its key's rank
// in a scratch slice (not safe for concurrent use of k).
func SortByKey(p *Protocol, k *Keys) {
	for sec := range Sections {
		es := p.Section(sec)
		r := k.Section(sec).Ranks()
		if len(es) < 32 {
			// by insertion, as a sort does so few: one loop in the page's
			// .wasm rather than a sort of Entry's own
			for i := 1; i < len(es); i++ {
				for j := i; j > 0 && r[es[j].Pos] < r[es[j-1].Pos]; j-- {
					es[j], es[j-1] = es[j-1], es[j]
				}
			}
			continue
		}
		sc := &k.scratch[sec]
		if len(sc.at) < len(r) {
			sc.at = make([]Entry, len(r))
			sc.set = make([]bool, len(r))
		}
		for _, e := range es {
			sc.at[r[e.Pos]] = e
			sc.set[r[e.Pos]] = true
		}
		n := 0
		for i := range len(r) {
			if sc.set[i] {
				es[n] = sc.at[i]
				sc.set[i] = false
				n++
			}
		}
	}
}

// appendString appends s as a JSON string, as encoding/json writes it
// (HTML characters escaped, invalid UTF-8 replaced).
func appendString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, _ := json.Marshal(s) // a string always marshals
			return append(dst, b...)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}
