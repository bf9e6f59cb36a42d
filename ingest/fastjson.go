package ingest

import (
	"bytes"
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
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
//
// A long list is read by two goroutines, one from its start and one from
// an object boundary near its middle. The boundary is found by looking
// for "}, {" and is only a guess (those bytes may be inside an ID): it is
// taken only when the first reader, reading the list from its start,
// arrives at exactly that comma as the separator between two objects. From
// there on the second reader read what the first would have read, so the
// result is the same as one reader's, in order and content. Otherwise the
// first reader reads on to the end, and the second one's work is dropped.
//
// No precinct costs an allocation: the list goes to one slice counted
// beforehand, IDs are copied into shared 64 KB chunks, and equal region
// and okrug names are one string (for each reader, of its first maxNames
// distinct names; later ones go to the chunks like IDs).

// splitAt is the length of precinct list from which two goroutines read
// it (about 16,000 precincts as shailoo synth writes them).
const splitAt = 1 << 20

// plainPrecincts finds the top-level "precincts" list of an election file
// and reads it; ok is false when the list is absent, empty or not plain.
func plainPrecincts(data []byte) (start, end int, ps []election.Precinct, ok bool) {
	split := splitAt
	if runtime.GOMAXPROCS(0) < 2 { // one reader at a time: no use splitting
		split = math.MaxInt
	}
	return plainPrecinctsSplit(data, split)
}

// plainPrecinctsSplit is plainPrecincts reading a list of at least split
// bytes on two goroutines (as a guess: the list's end is not known before
// it is read).
func plainPrecinctsSplit(data []byte, split int) (start, end int, ps []election.Precinct, ok bool) {
	b := data
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return 0, 0, nil, false
	}
	found := false
	for i++; ; {
		i = skipWS(b, i)
		if i >= len(b) || b[i] != '"' {
			return 0, 0, nil, false // a '}' included: then there is no list
		}
		ke, ok := skipString(b, i)
		if !ok {
			return 0, 0, nil, false
		}
		k := b[i+1 : ke-1]
		if bytes.IndexByte(k, '\\') >= 0 {
			return 0, 0, nil, false
		}
		i = skipWS(b, ke)
		if i >= len(b) || b[i] != ':' {
			return 0, 0, nil, false
		}
		vs := skipWS(b, i+1)
		var ve int
		if string(k) == "precincts" {
			if found {
				return 0, 0, nil, false
			}
			ve, ps, ok = readPlainList(b, vs, split)
			if !ok {
				return 0, 0, nil, false
			}
			found, start, end = true, vs, ve
		} else if ve, ok = skipValue(b, vs); !ok {
			return 0, 0, nil, false
		}
		i = skipWS(b, ve)
		switch {
		case i < len(b) && b[i] == ',':
			i++
		case i < len(b) && b[i] == '}':
			return start, end, ps, found
		default:
			return 0, 0, nil, false
		}
	}
}

func skipWS(b []byte, i int) int {
	for i < len(b) && b[i] <= ' ' && isWS(b[i]) {
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

// readPlainList reads the plain precinct list starting at b[i] and returns
// the index after it. It is not plain if it is empty.
func readPlainList(b []byte, i, split int) (end int, ps []election.Precinct, ok bool) {
	r := plainReader{b: b, i: i}
	if !r.is('[') || r.is(']') {
		return 0, nil, false
	}
	first := r.i
	// The list ends at or after the first ']' (sooner, when an ID has one:
	// then the split is only less even).
	guess := max(bytes.IndexByte(b[first:], ']'), 0)
	comma := -1
	if guess >= split {
		comma = objectBoundary(b, first+guess/2, first+guess)
	}
	if comma < 0 { // one reader
		ps = make([]election.Precinct, 0, bytes.Count(b[first:first+guess], []byte{'{'}))
		ps, _, ok = r.list(ps, -1, nil)
		return r.i, ps, ok && len(ps) > 0
	}

	// The second reader counts its objects while the first counts its own;
	// one slice takes both, the second half at the first half's count.
	var (
		wg     sync.WaitGroup
		stop   atomic.Bool
		n2     = make(chan int, 1)
		shared = make(chan []election.Precinct, 1)
		r2     = plainReader{b: b, i: comma + 1}
		ps2    []election.Precinct
		ok2    bool
	)
	wg.Go(func() {
		n2 <- bytes.Count(b[comma:first+guess], []byte{'{'})
		ps2, _, ok2 = r2.list(<-shared, -1, &stop)
	})
	n1 := bytes.Count(b[first:comma], []byte{'{'})
	all := make([]election.Precinct, n1+<-n2)
	shared <- all[n1:n1:len(all)]
	ps, atComma, ok := r.list(all[:0:n1], comma, nil)
	if !atComma { // the first reader read it all, or found it not plain
		stop.Store(true)
		wg.Wait()
		return r.i, ps, ok && len(ps) > 0
	}
	wg.Wait()
	if !ok2 {
		return 0, nil, false
	}
	r.i = r2.i
	if len(ps) == n1 && n1 < len(all) && len(ps2) > 0 && &ps2[0] == &all[n1] {
		return r.i, all[:n1+len(ps2)], true
	}
	return r.i, append(ps, ps2...), true
}

// objectBoundary returns the index of a comma between "}" and "{" (with
// white space around it) in b[from:to], or -1.
func objectBoundary(b []byte, from, to int) int {
	for tries := 0; tries < 64 && from < to; tries++ {
		j := bytes.IndexByte(b[from:to], '{')
		if j < 0 {
			return -1
		}
		j += from
		from = j + 1
		k := j - 1
		for k > 0 && isWS(b[k]) {
			k--
		}
		if b[k] != ',' {
			continue
		}
		c := k
		for k--; k > 0 && isWS(b[k]); k-- {
		}
		if b[k] == '}' {
			return c
		}
	}
	return -1
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// plainReader reads a plain precinct list.
type plainReader struct {
	b     []byte
	i     int
	ids   strings.Builder   // the IDs read lately, one after the other
	names map[string]string // region and okrug IDs, shared
	cache [256]string       // names of 8 bytes or more by a hash of their first bytes
	short [256]shortName    // shorter names by a hash of their bytes
}

// shortName is a name of up to 7 bytes, and as a key its length and bytes
// (0 for none).
type shortName struct {
	key  uint64
	name string
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

// strByte marks the bytes that end or interrupt a plain string's run of
// ASCII: 1 for '"', 2 for what a plain string cannot hold (a control
// character or '\\'), 3 for the start of a multi-byte UTF-8 sequence.
var strByte = func() (t [256]uint8) {
	for c := range 0x20 {
		t[c] = 2
	}
	t['"'], t['\\'] = 1, 2
	for c := 0x80; c < 0x100; c++ {
		t[c] = 3
	}
	return t
}()

// plainString reads the rest of a plain string whose '"' is before b[i]:
// no escape, no control character, UTF-8. It returns the string and the
// index after its closing '"'.
func plainString(b []byte, i int) ([]byte, int, bool) {
	s := i
	ascii := true
	for ; i < len(b); i++ {
		switch strByte[b[i]] {
		case 0:
			continue
		case 1:
			v := b[s:i]
			return v, i + 1, ascii || utf8.Valid(v)
		case 2:
			return nil, 0, false
		}
		ascii = false
	}
	return nil, 0, false
}

// id returns b as a string that shares its memory with other IDs.
func (r *plainReader) id(b []byte) string {
	const chunk = 1 << 16
	if r.ids.Cap()-r.ids.Len() < len(b) {
		if len(b) > chunk/16 {
			return string(b)
		}
		r.ids = strings.Builder{} // the strings given out keep the old memory
		r.ids.Grow(chunk)
	}
	n := r.ids.Len()
	r.ids.Write(b)
	return r.ids.String()[n:]
}

// name returns b as a string, one per distinct name. Names of up to 7
// bytes (region and okrug IDs usually are) are found by their bytes as a
// number, others by a hash of their first bytes; a map keeps them all.
func (r *plainReader) name(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	var h uint
	if len(b) <= 7 {
		key := uint64(len(b))
		for _, c := range b {
			key = key<<8 | uint64(c)
		}
		h = uint((key * 0x9e3779b97f4a7c15) >> 56) // 0..255
		if e := &r.short[h]; e.key == key {
			return e.name
		}
		v := r.longName(b)
		r.short[h] = shortName{key, v}
		return v
	}
	h = uint(len(b))
	for _, c := range b[:8] {
		h = h*31 + uint(c)
	}
	h %= uint(len(r.cache))
	if v := r.cache[h]; v == string(b) {
		return v
	}
	v := r.longName(b)
	r.cache[h] = v
	return v
}

// maxNames is how many distinct region and okrug names one reader keeps in
// its map. An election has tens of them; a hostile file may give every
// precinct its own, and then a map entry per name would cost several times
// the name: past maxNames, new names are copied into the shared chunks
// like IDs.
const maxNames = 1 << 12

// longName returns b as a string from the map of names.
func (r *plainReader) longName(b []byte) string {
	if r.names == nil {
		r.names = map[string]string{}
	}
	v, ok := r.names[string(b)]
	if !ok {
		if len(r.names) >= maxNames {
			return r.id(b)
		}
		v = string(b)
		r.names[v] = v
	}
	return v
}

// list reads precincts, each followed by ',' or by the ']' that ends the
// list, appending them to ps. At the comma at index stop, if any, it
// stops there and says so. It gives up once off is set.
func (r *plainReader) list(ps []election.Precinct, stop int, off *atomic.Bool) (_ []election.Precinct, stopped, ok bool) {
	b := r.b
	for n := 0; ; n++ {
		if off != nil && n&1023 == 0 && off.Load() {
			return nil, false, false
		}
		ps = append(ps, election.Precinct{})
		i, ok := r.precinct(&ps[len(ps)-1], r.i)
		if !ok {
			return nil, false, false
		}
		i = skipWS(b, i)
		switch {
		case i >= len(b):
			return nil, false, false
		case b[i] == ',':
			if i == stop {
				r.i = i
				return ps, true, true
			}
			r.i = i + 1
		case b[i] == ']':
			r.i = i + 1
			return ps, false, true
		default:
			return nil, false, false
		}
	}
}

// The keys of a precinct, as bits of a set.
const (
	keyID = 1 << iota
	keyRegion
	keyOkrug
	keyAbroad
)

// precinct reads the precinct at b[i] into p (a zero one) and returns the
// index after it.
func (r *plainReader) precinct(p *election.Precinct, i int) (int, bool) {
	b := r.b
	i = skipWS(b, i)
	if i >= len(b) || b[i] != '{' {
		return 0, false
	}
	var seen uint
	for {
		i = skipWS(b, i+1) // after '{' or ','
		var k uint
		switch rest := b[i:]; {
		case len(rest) >= 4 && string(rest[:4]) == `"id"`:
			k, i = keyID, i+4
		case len(rest) >= 8 && string(rest[:8]) == `"region"`:
			k, i = keyRegion, i+8
		case len(rest) >= 7 && string(rest[:7]) == `"okrug"`:
			k, i = keyOkrug, i+7
		case len(rest) >= 8 && string(rest[:8]) == `"abroad"`:
			k, i = keyAbroad, i+8
		default: // another key, or one written with escapes
			return 0, false
		}
		if seen&k != 0 {
			return 0, false
		}
		seen |= k
		if i = skipWS(b, i); i >= len(b) || b[i] != ':' {
			return 0, false
		}
		if i = skipWS(b, i+1); i >= len(b) {
			return 0, false
		}
		if k == keyAbroad {
			switch rest := b[i:]; {
			case len(rest) >= 4 && string(rest[:4]) == "true":
				p.Abroad, i = true, i+4
			case len(rest) >= 5 && string(rest[:5]) == "false":
				i += 5
			default:
				return 0, false
			}
		} else {
			if b[i] != '"' {
				return 0, false
			}
			v, e, ok := plainString(b, i+1)
			if !ok {
				return 0, false
			}
			switch k {
			case keyID:
				p.ID = r.id(v)
			case keyRegion:
				p.Region = r.name(v)
			default:
				p.Okrug = r.name(v)
			}
			i = e
		}
		if i = skipWS(b, i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			continue
		case '}':
			return i + 1, seen&keyID != 0
		}
		return 0, false
	}
}
