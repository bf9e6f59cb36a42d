package scratch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/election"
)

// HashElection returns the SHA-256 of json.Marshal(e) without building the
// JSON of the protocols through reflection: they are written by hand, map
// keys sorted, byte for byte what encoding/json writes.
func HashElection(e *election.Election) (string, error) {
	h := sha256.New()
	head := *e
	head.Protocols = nil
	b, err := json.Marshal(&head)
	if err != nil {
		return "", err
	}
	const tail = `"protocols":null}`
	if e.Protocols == nil || !bytes.HasSuffix(b, []byte(tail)) {
		if e.Protocols != nil {
			b, err = json.Marshal(e)
			if err != nil {
				return "", err
			}
		}
		h.Write(b)
		return hex.EncodeToString(h.Sum(nil)), nil
	}
	h.Write(b[:len(b)-len(tail)])
	w := &writer{h: h, buf: make([]byte, 0, 64<<10)}
	w.str(`"protocols":[`)
	for i := range e.Protocols {
		if i > 0 {
			w.byte(',')
		}
		if err := w.protocol(&e.Protocols[i]); err != nil {
			return "", err
		}
	}
	w.str(`]}`)
	w.flush()
	return hex.EncodeToString(h.Sum(nil)), nil
}

type writer struct {
	h    hash.Hash
	buf  []byte
	keys []string
}

func (w *writer) flush() {
	w.h.Write(w.buf)
	w.buf = w.buf[:0]
}

func (w *writer) byte(c byte) { w.buf = append(w.buf, c) }
func (w *writer) str(s string) {
	w.buf = append(w.buf, s...)
	if len(w.buf) > 60<<10 {
		w.flush()
	}
}

// quote writes s as encoding/json does; plain ASCII takes a fast path.
func (w *writer) quote(s string) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			b, err := json.Marshal(s)
			if err != nil {
				return err
			}
			w.str(string(b))
			return nil
		}
	}
	w.byte('"')
	w.str(s)
	w.byte('"')
	return nil
}

func (w *writer) intMap(m map[string]int64) error {
	if m == nil {
		w.str("null")
		return nil
	}
	w.keys = w.keys[:0]
	for k := range m {
		w.keys = append(w.keys, k)
	}
	slices.Sort(w.keys)
	w.byte('{')
	for i, k := range w.keys {
		if i > 0 {
			w.byte(',')
		}
		if err := w.quote(k); err != nil {
			return err
		}
		w.byte(':')
		w.buf = strconv.AppendInt(w.buf, m[k], 10)
	}
	w.byte('}')
	return nil
}

func (w *writer) protocol(p *election.Protocol) error {
	w.str(`{"precinct":`)
	if err := w.quote(p.Precinct); err != nil {
		return err
	}
	w.str(`,"ballot":`)
	if err := w.quote(string(p.Ballot)); err != nil {
		return err
	}
	if p.Machine {
		w.str(`,"machine":true`)
	}
	w.str(`,"lines":`)
	var lines map[string]int64
	if p.Lines != nil {
		lines = make(map[string]int64, len(p.Lines))
		for k, v := range p.Lines {
			lines[string(k)] = v
		}
	}
	if err := w.intMap(lines); err != nil {
		return err
	}
	w.str(`,"votes":`)
	if err := w.intMap(p.Votes); err != nil {
		return err
	}
	if len(p.Preferences) > 0 {
		w.str(`,"preferences":`)
		if err := w.intMap(p.Preferences); err != nil {
			return err
		}
	}
	w.byte('}')
	return nil
}
