package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
)

// walker checks a JSON document against a Go type strictly, token by token,
// so that every problem has an exact place: syntax errors, unknown and
// duplicate keys (keys match json tags exactly, never case-insensitively),
// values of the wrong type, integers that do not fit, null where a value is
// required, unknown enum values and line names. Once it passes, plain
// json.Unmarshal reads the same document into the value.
type walker struct {
	data  []byte
	file  string
	dec   *json.Decoder
	wrap  error            // sentinel every error also wraps (ErrMapping), or nil
	pos   map[string]int64 // offset of each key by path, when kept
	types map[reflect.Type]map[string]reflect.Type
}

func newWalker(data []byte, file string, wrap error, keepPos bool) *walker {
	w := &walker{data: data, file: file, wrap: wrap, types: map[reflect.Type]map[string]reflect.Type{}}
	w.dec = json.NewDecoder(bytes.NewReader(data))
	w.dec.UseNumber()
	if keepPos {
		w.pos = map[string]int64{}
	}
	return w
}

var (
	columnType     = reflect.TypeFor[Column]()
	lineType       = reflect.TypeFor[election.Line]()
	ballotKindType = reflect.TypeFor[election.BallotKind]()
	protocolType   = reflect.TypeFor[election.Protocol]()
	sexType        = reflect.TypeFor[election.Sex]()
	provenanceType = reflect.TypeFor[election.Provenance]()
)

// walk checks the whole document as one value of type t.
func (w *walker) walk(t reflect.Type) error {
	off := w.space(0)
	if off >= int64(len(w.data)) {
		return w.errAt(off, "", ErrSyntax, "empty input")
	}
	if err := w.value(t, ""); err != nil {
		return err
	}
	// Only white space may follow the document: not next, which also
	// skips the separators ',' and ':' ("{}, " is not a document).
	off = w.space(w.dec.InputOffset())
	if off < int64(len(w.data)) {
		return w.errAt(off, "", ErrSyntax, "data after the end of the document")
	}
	return nil
}

// space returns the offset of the first byte at or after off that is not
// JSON white space.
func (w *walker) space(off int64) int64 {
	for off < int64(len(w.data)) {
		switch w.data[off] {
		case ' ', '\t', '\r', '\n':
			off++
			continue
		}
		break
	}
	return off
}

// next returns the offset of the next token: it skips white space and the
// separators ':' and ',' that Token consumes silently.
func (w *walker) next() int64 {
	off := w.dec.InputOffset()
	for off < int64(len(w.data)) {
		switch w.data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
			continue
		}
		break
	}
	return off
}

// token reads the next token and its offset.
func (w *walker) token(path string) (json.Token, int64, error) {
	off := w.next()
	tok, err := w.dec.Token()
	if err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se):
			at := se.Offset - 1
			if at < off {
				at = off
			}
			return nil, off, w.errAt(at, path, ErrSyntax, strings.TrimPrefix(se.Error(), "json: "))
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return nil, off, w.errAt(int64(len(w.data)), path, ErrSyntax, "unexpected end of input")
		default:
			return nil, off, w.errAt(off, path, ErrSyntax, err.Error())
		}
	}
	return tok, off, nil
}

func (w *walker) value(t reflect.Type, path string) error {
	tok, off, err := w.token(path)
	if err != nil {
		return err
	}
	return w.valueTok(t, path, tok, off)
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w *walker) valueTok(t reflect.Type, path string, tok json.Token, off int64) error {
	if t == columnType {
		switch v := tok.(type) {
		case string:
			return nil
		case json.Number:
			return w.integer(v, 64, path, off)
		}
	}
	if t.Kind() == reflect.Pointer {
		if tok == nil {
			return nil
		}
		return w.valueTok(t.Elem(), path, tok, off)
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			return w.typeErr(off, path, "an object", tok)
		}
		fields := w.structFields(t)
		seen := map[string]bool{}
		for w.dec.More() {
			key, koff, err := w.key(path)
			if err != nil {
				return err
			}
			kp := join(path, key)
			ft, ok := fields[key]
			if !ok {
				return w.errAt(koff, kp, ErrUnknownField, fmt.Sprintf("unknown field %q", key))
			}
			if seen[key] {
				return w.errAt(koff, kp, ErrBadValue, fmt.Sprintf("duplicate key %q", key))
			}
			seen[key] = true
			if w.pos != nil {
				w.pos[kp] = koff
			}
			if err := w.value(ft, kp); err != nil {
				return err
			}
		}
		if t == protocolType && !seen["ballot"] {
			// A missing ballot would read as "", which is not a ballot kind.
			return w.errAt(off, join(path, "ballot"), ErrBadValue, `missing ballot: want "list" or "okrug"`)
		}
		_, _, err := w.token(path) // '}'
		return err
	case reflect.Map:
		if tok == nil {
			return nil
		}
		if tok != json.Delim('{') {
			return w.typeErr(off, path, "an object", tok)
		}
		seen := map[string]bool{}
		for w.dec.More() {
			key, koff, err := w.key(path)
			if err != nil {
				return err
			}
			kp := join(path, key)
			switch {
			case key == "":
				return w.errAt(koff, kp, ErrBadValue, "empty key")
			case seen[key]:
				return w.errAt(koff, kp, ErrBadValue, fmt.Sprintf("duplicate key %q", key))
			case t.Key() == lineType && !knownLine(election.Line(key)):
				return w.errAt(koff, kp, ErrBadValue, fmt.Sprintf("unknown protocol line %q (known: %s)", key, lineList()))
			}
			seen[key] = true
			if w.pos != nil {
				w.pos[kp] = koff
			}
			if err := w.value(t.Elem(), kp); err != nil {
				return err
			}
		}
		_, _, err := w.token(path)
		return err
	case reflect.Slice:
		if tok == nil {
			return nil
		}
		if tok != json.Delim('[') {
			return w.typeErr(off, path, "an array", tok)
		}
		for i := 0; w.dec.More(); i++ {
			if err := w.value(t.Elem(), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		_, _, err := w.token(path)
		return err
	case reflect.String:
		s, ok := tok.(string)
		if !ok {
			return w.typeErr(off, path, "a string", tok)
		}
		return w.enum(t, s, path, off)
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return w.typeErr(off, path, "true or false", tok)
		}
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			return w.typeErr(off, path, "an integer", tok)
		}
		return w.integer(n, t.Bits(), path, off)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := tok.(json.Number)
		if !ok {
			return w.typeErr(off, path, "an integer", tok)
		}
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
			return w.numErr(err, path, off)
		}
		return nil
	case reflect.Float32, reflect.Float64:
		if _, ok := tok.(json.Number); !ok {
			return w.typeErr(off, path, "a number", tok)
		}
		return nil
	default: // interface and the like: any value
		return w.skip(tok, path)
	}
}

func (w *walker) key(path string) (string, int64, error) {
	tok, off, err := w.token(path)
	if err != nil {
		return "", off, err
	}
	key, ok := tok.(string)
	if !ok { // Token reports this itself; kept for safety
		return "", off, w.errAt(off, path, ErrSyntax, "object key is not a string")
	}
	return key, off, nil
}

// skip consumes the rest of a value whose first token is tok.
func (w *walker) skip(tok json.Token, path string) error {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, _, err := w.token(path)
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

func (w *walker) integer(n json.Number, bits int, path string, off int64) error {
	if _, err := strconv.ParseInt(string(n), 10, bits); err != nil {
		return w.numErr(err, path, off)
	}
	return nil
}

func (w *walker) numErr(err error, path string, off int64) error {
	if errors.Is(err, strconv.ErrRange) {
		return w.errAt(off, path, ErrOutOfRange, "integer out of range")
	}
	return w.errAt(off, path, ErrType, "want an integer")
}

func (w *walker) enum(t reflect.Type, s, path string, off int64) error {
	var ok bool
	switch t {
	case ballotKindType:
		ok = validBallot(s)
	case sexType:
		ok = s == "" || s == string(election.Female) || s == string(election.Male)
	case provenanceType:
		switch election.Provenance(s) {
		case "", election.Official, election.Preliminary, election.Synthetic:
			ok = true
		}
	default:
		return nil
	}
	if !ok {
		return w.errAt(off, path, ErrBadValue, fmt.Sprintf("%q is not a valid %s", s, t.Name()))
	}
	return nil
}

func (w *walker) typeErr(off int64, path, want string, tok json.Token) error {
	var got string
	switch v := tok.(type) {
	case nil:
		got = "null"
	case json.Delim:
		if v == '{' {
			got = "an object"
		} else {
			got = "an array"
		}
	case string:
		got = "a string"
	case json.Number:
		got = "a number"
	case bool:
		got = "a boolean"
	}
	return w.errAt(off, path, ErrType, "want "+want+", got "+got)
}

// structFields maps the JSON names of t's fields to their types.
func (w *walker) structFields(t reflect.Type) map[string]reflect.Type {
	if fs, ok := w.types[t]; ok {
		return fs
	}
	fs := map[string]reflect.Type{}
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			n, _, _ := strings.Cut(tag, ",")
			if n == "-" {
				continue
			}
			if n != "" {
				name = n
			}
		}
		fs[name] = f.Type
	}
	w.types[t] = fs
	return fs
}

func (w *walker) errAt(off int64, path string, sentinel error, reason string) *ParseError {
	line, col := lineCol(w.data, off)
	var err error
	if w.wrap != nil && w.wrap != sentinel {
		err = fmt.Errorf("%w: %w: %s", w.wrap, sentinel, reason)
	} else {
		err = fmt.Errorf("%w: %s", sentinel, reason)
	}
	return &ParseError{File: w.file, Line: line, Column: col, Field: path, Err: err}
}

// placeOf returns the line and column of the key at path, or of its
// nearest parent that has one; 0, 0 if none.
func (w *walker) placeOf(path string) (line, col int) {
	for path != "" {
		if off, ok := w.pos[path]; ok {
			return lineCol(w.data, off)
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0, 0
}

// lineCol turns a byte offset into a 1-based line and rune column.
func lineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, 1 + utf8.RuneCount(before[start:])
}
