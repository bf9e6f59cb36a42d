// Package strictjson is the one JSON reader behind every JSON input of
// shailoo: elections, mappings, rule sets, lots, citizen's copies and
// published summaries. Whatever the format, it refuses the same things the
// same way, each with the file, line, column and JSON path of the place:
// syntax errors, keys a struct does not define (matched exactly, never
// case-folded), a key given twice, a value of the wrong type (null
// included, except for a pointer, a list or a map), a fraction or an
// out-of-range number where an integer belongs, a string or map key outside
// its enum, a missing required field (tagged `strict:"required"`), and
// anything after the document (a second document included).
//
// A reader checks the document here, then decodes it with encoding/json,
// which then cannot fail on anything but what the check let through; the
// check never builds a value, so a large document costs no more than
// reading it token by token. Semantic checks that come after decoding (an
// unknown method, a count out of range) name a path too, and Doc.Errorf
// places them at the key of that path.
//
// Errors are *Error values wrapping one of the sentinels below (and the
// reader's own sentinel, Options.Wrap, without printing it); their text
// reads "file:line:column: path: reason" and never names a Go type.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors; test them with errors.Is.
var (
	ErrSyntax       = errors.New("syntax error")
	ErrUnknownField = errors.New("unknown field")
	ErrType         = errors.New("wrong type")
	// ErrBadValue: a value the format does not allow. A duplicate key
	// (ErrDuplicateKey) and a missing required field (ErrMissing) are
	// bad values too.
	ErrBadValue     = errors.New("bad value")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrMissing      = errors.New("missing required field")
	ErrOutOfRange   = errors.New("number out of range")
)

// Error is an error in a JSON input, with its place: the 1-based line and
// character (rune) column of the key or value concerned, and its path
// ("protocols[3].lines.valid", "seats.list"). Zero Line or an empty Path
// mean no single place is concerned.
type Error struct {
	File   string
	Line   int
	Column int
	Path   string
	Err    error
}

// Error returns "file:line:column: path: reason", leaving out what is not
// known.
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		if e.File != "" {
			b.WriteByte(':')
		}
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Column))
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("error")
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// reason is an error's text with the sentinels it wraps, which it does not
// print: "duplicate key "list"" is ErrBadValue and ErrDuplicateKey.
type reason struct {
	text string
	is   []error
}

func (r *reason) Error() string {
	if r == nil {
		return "<nil>"
	}
	return r.text
}

func (r *reason) Unwrap() []error {
	if r == nil {
		return nil
	}
	return r.is
}

// Enum is the set of values a string type (or a map's key type) may take.
type Enum struct {
	Name   string   // what a value is, for messages: "protocol line"
	Values []string // the values allowed
	Empty  bool     // whether "" is allowed as well
}

func (e Enum) allows(s string) bool {
	if s == "" {
		return e.Empty
	}
	for _, v := range e.Values {
		if v == s {
			return true
		}
	}
	return false
}

// Options say what a reader adds to the common rules.
type Options struct {
	// Wrap, when set, is wrapped by every error (shailoo.ErrRules,
	// ingest.ErrMapping); its text is not repeated in the message.
	Wrap error
	// Enums lists the string types whose values, and map keys, are
	// restricted.
	Enums map[reflect.Type]Enum
	// Scalars lists types that JSON may write as a scalar as well as an
	// object (a CSV column: "header", 3 or {"header": ...}). The function
	// is called with a scalar token and says whether it reads it, and if
	// so what is wrong with it (nil for nothing); an object is checked as
	// the struct it is.
	Scalars map[reflect.Type]func(tok json.Token) (read bool, err error)
	// Places keeps the place of every key and list element, for
	// Doc.Errorf; without it only the first error found has a place.
	Places bool
}

// Doc is a document that passed Check.
type Doc struct {
	data   []byte
	file   string
	wrap   error
	places map[string]int64
}

// bom is the UTF-8 byte order mark, which a document may start with.
const bom = "\xef\xbb\xbf"

// TrimBOM returns data without a leading byte order mark.
func TrimBOM(data []byte) []byte { return bytes.TrimPrefix(data, []byte(bom)) }

// Check checks that data (without a byte order mark) is one JSON document
// of type t, strictly.
func Check(data []byte, file string, t reflect.Type, o Options) (*Doc, error) {
	w := &walker{data: data, file: file, o: o, types: map[reflect.Type]*structInfo{}}
	w.dec = json.NewDecoder(bytes.NewReader(data))
	w.dec.UseNumber()
	if o.Places {
		w.pos = map[string]int64{}
	}
	if err := w.walk(t); err != nil {
		return nil, err
	}
	return &Doc{data: data, file: file, wrap: o.Wrap, places: w.pos}, nil
}

// Decode reads data, one JSON document (a leading byte order mark is
// ignored), into v, a non-nil pointer, after checking it strictly against
// v's type. The Doc places the errors of later checks.
func Decode(data []byte, file string, v any, o Options) (*Doc, error) {
	data = TrimBOM(data)
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, fmt.Errorf("strictjson: Decode needs a non-nil pointer, not %T", v)
	}
	d, err := Check(data, file, rv.Type().Elem(), o)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, v); err != nil { // not expected once the check passed
		return nil, &Error{File: file, Err: &reason{text: err.Error(), is: d.sentinels(ErrSyntax)}}
	}
	return d, nil
}

// Read reads all of r and decodes it as Decode does; a nil reader or one
// that fails is an error.
func Read(r io.Reader, file string, v any, o Options) (*Doc, error) {
	if r == nil {
		return nil, &Error{File: file, Err: &reason{text: "no input (nil reader)", is: nonNil(ErrSyntax, o.Wrap)}}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{File: file, Err: &reason{text: err.Error(), is: nonNil(err, o.Wrap)}}
	}
	return Decode(data, file, v, o)
}

func nonNil(errs ...error) []error {
	out := errs[:0:0]
	for _, e := range errs {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}

func (d *Doc) sentinels(s ...error) []error { return nonNil(append(s, d.wrap)...) }

// Errorf returns an error at path (placed at its key, or at the nearest
// enclosing one that has a place) wrapping sentinel (and Options.Wrap).
func (d *Doc) Errorf(path string, sentinel error, format string, a ...any) *Error {
	if d == nil {
		d = &Doc{}
	}
	line, col := d.Place(path)
	return &Error{File: d.file, Line: line, Column: col, Path: path,
		Err: &reason{text: fmt.Sprintf(format, a...), is: d.sentinels(sentinel)}}
}

// Place returns the line and column of the key or list element at path,
// or of its nearest parent that has one, or of the document itself (where
// a missing top-level field belongs); 0, 0 if Options.Places was not set.
func (d *Doc) Place(path string) (line, col int) {
	if d == nil {
		return 0, 0
	}
	for {
		if off, ok := d.places[path]; ok {
			return LineCol(d.data, off)
		}
		if path == "" {
			return 0, 0
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			i = 0
		}
		path = path[:i]
	}
}

// LineCol turns a byte offset into a 1-based line and rune column.
func LineCol(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, 1 + utf8.RuneCount(before[start:])
}

// Join returns the path of key inside path.
func Join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// Index returns the path of element i of the list at path.
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// Int checks that n is an integer of the given bits.
func Int(n json.Number, bits int) error {
	if _, err := strconv.ParseInt(string(n), 10, bits); err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return &reason{text: "integer out of range", is: []error{ErrOutOfRange}}
		}
		return &reason{text: "want an integer, got " + string(n), is: []error{ErrType}}
	}
	return nil
}

// isDecimal says whether t is github.com/shopspring/decimal's Decimal,
// told by its name: the package is not linked here, so that a program
// that reads no decimal (the page's mapping draft) carries neither it nor
// math/big.
func isDecimal(t reflect.Type) bool {
	return t.Name() == "Decimal" && t.PkgPath() == "github.com/shopspring/decimal"
}

// checkDecimal accepts a decimal number (as a JSON string or number) with
// at most 41 digits before the point and 40 after it: enough for any
// percentage, and no way to make a reader build a number of a billion
// digits. It accepts what decimal.NewFromString accepts, and nothing
// else (TestCheckDecimalAsNewFromString), so that decoding cannot fail
// on what it let through.
func checkDecimal(s string) error {
	exp, digits, ok := decimalParts(s)
	if !ok {
		return &reason{text: fmt.Sprintf("%q is not a decimal number", s), is: []error{ErrType}}
	}
	if exp < -40 || int64(digits)+exp > 41 {
		return &reason{text: fmt.Sprintf("%q is out of range", s), is: []error{ErrOutOfRange}}
	}
	return nil
}

// maxDecodeExponent is decimal.MaxDecodeExponent, the largest exponent's
// magnitude decimal.NewFromString reads.
const maxDecodeExponent = 10000

// decimalParts reads s as decimal.NewFromString does: an optional sign
// ("-", "+" or the minus sign U+2212), digits with at most one point
// among them (none right before a sign), and an optional exponent, "e"
// or "E" and an integer of 32 bits. It returns the number's exponent
// (the exponent less the digits after the point) and how many digits its
// coefficient has without leading zeros (1 for zero), or ok false.
func decimalParts(s string) (exp int64, digits int, ok bool) {
	s = strings.ReplaceAll(s, "\u2212", "-")
	if strings.Count(s, ".") > 1 {
		return 0, 0, false
	}
	m := s // the coefficient, its point left out below
	if e := strings.IndexAny(s, "eE"); e >= 0 {
		if strings.ContainsAny(s[e+1:], "eE") {
			return 0, 0, false
		}
		x, err := strconv.ParseInt(s[e+1:], 10, 32)
		if err != nil {
			return 0, 0, false
		}
		exp, m = x, s[:e]
	}
	if p := strings.IndexByte(m, '.'); p >= 0 {
		frac := m[p+1:]
		if frac != "" && (frac[0] == '-' || frac[0] == '+') {
			return 0, 0, false
		}
		exp -= int64(len(frac))
		m = m[:p] + frac
	}
	if m != "" && (m[0] == '-' || m[0] == '+') {
		m = m[1:]
	}
	if m == "" {
		return 0, 0, false
	}
	for i := 0; i < len(m); i++ {
		if m[i] < '0' || m[i] > '9' {
			return 0, 0, false
		}
	}
	if exp < -maxDecodeExponent || exp > maxDecodeExponent {
		return 0, 0, false
	}
	return exp, max(len(strings.TrimLeft(m, "0")), 1), true
}

// structInfo is what the walker needs of a struct type.
type structInfo struct {
	fields   map[string]reflect.Type
	required []string // JSON names, in field order
}

type walker struct {
	data  []byte
	file  string
	o     Options
	dec   *json.Decoder
	pos   map[string]int64 // offset of each key and element by path, when kept
	types map[reflect.Type]*structInfo
	// missing is the first missing required field, reported after the
	// walk: a syntax error (data after the document) comes first.
	missing *Error
}

// walk checks the whole document as one value of type t.
func (w *walker) walk(t reflect.Type) error {
	off := w.space(0)
	if off >= int64(len(w.data)) {
		return w.errAt(off, "", "empty input", ErrSyntax)
	}
	if bytes.HasPrefix(w.data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(w.data, []byte{0xFE, 0xFF}) {
		return w.errAt(0, "", "UTF-16 text (a UTF-16 byte order mark): save the file as UTF-8", ErrSyntax)
	}
	if !utf8.Valid(w.data) {
		// encoding/json would turn the bytes into U+FFFD silently: an ID
		// would no longer match the one the file meant.
		return w.errAt(invalidUTF8(w.data), "", "not UTF-8 text (an encoding other than UTF-8, or a damaged file)", ErrSyntax)
	}
	tok, off, err := w.token("")
	if err != nil {
		return err
	}
	if w.pos != nil {
		w.pos[""] = off
	}
	if tok == nil { // a document of null says nothing, whatever its type
		want := "an object"
		if k := t.Kind(); k == reflect.Slice || k == reflect.Array {
			want = "a list"
		}
		return w.typeErr(off, "", want, tok)
	}
	if err := w.valueTok(t, "", tok, off); err != nil {
		return err
	}
	// Only white space may follow the document: not next, which also
	// skips the separators ',' and ':' ("{}, " is not a document).
	off = w.space(w.dec.InputOffset())
	if off < int64(len(w.data)) {
		return w.errAt(off, "", "data after the end of the document", ErrSyntax)
	}
	if w.missing != nil {
		return w.missing
	}
	return nil
}

// invalidUTF8 returns the offset of the first byte of data that is not
// part of valid UTF-8.
func invalidUTF8(data []byte) int64 {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return int64(i)
		}
		i += n
	}
	return int64(len(data))
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
			return nil, off, w.errAt(at, path, strings.TrimPrefix(se.Error(), "json: "), ErrSyntax)
		case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
			return nil, off, w.errAt(int64(len(w.data)), path, "unexpected end of input", ErrSyntax)
		default:
			return nil, off, w.errAt(off, path, err.Error(), ErrSyntax)
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

func (w *walker) valueTok(t reflect.Type, path string, tok json.Token, off int64) error {
	switch t.Kind() {
	case reflect.Pointer:
		if tok == nil {
			return nil
		}
		return w.valueTok(t.Elem(), path, tok, off)
	case reflect.Struct:
		if isDecimal(t) {
			return w.decimal(path, tok, off)
		}
		if f, ok := w.o.Scalars[t]; ok { // looked up for structs only: it is per value
			if _, delim := tok.(json.Delim); !delim {
				if read, err := f(tok); read {
					if err != nil {
						return w.wrapAt(off, path, err)
					}
					return nil
				}
			}
		}
		if tok != json.Delim('{') {
			return w.typeErr(off, path, "an object", tok)
		}
		return w.object(t, path, off)
	case reflect.Map:
		if tok == nil {
			return nil
		}
		if tok != json.Delim('{') {
			return w.typeErr(off, path, "an object", tok)
		}
		return w.mapping(t, path)
	case reflect.Slice, reflect.Array:
		if tok == nil && t.Kind() == reflect.Slice {
			return nil
		}
		if tok != json.Delim('[') {
			return w.typeErr(off, path, "a list", tok)
		}
		n := 0
		for ; w.dec.More(); n++ {
			el := Index(path, n)
			if w.pos != nil {
				w.pos[el] = w.next()
			}
			if err := w.value(t.Elem(), el); err != nil {
				return err
			}
		}
		if t.Kind() == reflect.Array && n != t.Len() {
			return w.errAt(off, path, fmt.Sprintf("want a list of %d, got %d", t.Len(), n), ErrBadValue)
		}
		_, _, err := w.token(path) // ']'
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
		if err := Int(n, t.Bits()); err != nil {
			return w.wrapAt(off, path, err)
		}
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := tok.(json.Number)
		if !ok {
			return w.typeErr(off, path, "an integer", tok)
		}
		if _, err := strconv.ParseUint(string(n), 10, t.Bits()); err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return w.errAt(off, path, "integer out of range", ErrOutOfRange)
			}
			return w.errAt(off, path, "want a whole number, got "+string(n), ErrType)
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

// decimal checks a decimal.Decimal, written as a JSON string or number.
func (w *walker) decimal(path string, tok json.Token, off int64) error {
	var s string
	switch v := tok.(type) {
	case string:
		s = v
	case json.Number:
		s = string(v)
	default:
		return w.typeErr(off, path, "a decimal number", tok)
	}
	if err := checkDecimal(s); err != nil {
		return w.wrapAt(off, path, err)
	}
	return nil
}

// object checks the rest of an object of struct type t, whose '{' is at
// off.
func (w *walker) object(t reflect.Type, path string, off int64) error {
	info := w.structInfo(t)
	seen := make(map[string]bool, len(info.fields))
	for w.dec.More() {
		key, koff, err := w.key(path)
		if err != nil {
			return err
		}
		kp := Join(path, key)
		ft, ok := info.fields[key]
		if !ok {
			return w.errAt(koff, kp, fmt.Sprintf("unknown field %q (allowed: %s)", key, fieldList(info)), ErrUnknownField)
		}
		if seen[key] {
			return w.errAt(koff, kp, fmt.Sprintf("duplicate key %q", key), ErrBadValue, ErrDuplicateKey)
		}
		seen[key] = true
		if w.pos != nil {
			w.pos[kp] = koff
		}
		if err := w.value(ft, kp); err != nil {
			return err
		}
	}
	for _, k := range info.required {
		if !seen[k] {
			msg := "missing required field"
			if e, ok := w.o.Enums[info.fields[k]]; ok {
				msg += " (allowed: " + strings.Join(e.Values, ", ") + ")"
			}
			if w.missing == nil { // reported once the document is known to be one
				w.missing = w.errAt(off, Join(path, k), msg, ErrBadValue, ErrMissing)
			}
			break
		}
	}
	_, _, err := w.token(path) // '}'
	return err
}

// mapping checks the rest of an object read into a map of type t.
func (w *walker) mapping(t reflect.Type, path string) error {
	seen := map[string]bool{}
	enum, isEnum := w.o.Enums[t.Key()]
	for w.dec.More() {
		key, koff, err := w.key(path)
		if err != nil {
			return err
		}
		kp := Join(path, key)
		switch {
		case key == "":
			return w.errAt(koff, kp, "empty key", ErrBadValue)
		case seen[key]:
			return w.errAt(koff, kp, fmt.Sprintf("duplicate key %q", key), ErrBadValue, ErrDuplicateKey)
		case isEnum && !enum.allows(key):
			return w.errAt(koff, kp, fmt.Sprintf("unknown %s %q (allowed: %s)", enum.Name, key, strings.Join(enum.Values, ", ")), ErrBadValue)
		}
		seen[key] = true
		if w.pos != nil {
			w.pos[kp] = koff
		}
		if err := w.value(t.Elem(), kp); err != nil {
			return err
		}
	}
	_, _, err := w.token(path) // '}'
	return err
}

func (w *walker) key(path string) (string, int64, error) {
	tok, off, err := w.token(path)
	if err != nil {
		return "", off, err
	}
	key, ok := tok.(string)
	if !ok { // Token reports this itself; kept for safety
		return "", off, w.errAt(off, path, "object key is not a string", ErrSyntax)
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

func (w *walker) enum(t reflect.Type, s, path string, off int64) error {
	e, ok := w.o.Enums[t]
	if !ok || e.allows(s) {
		return nil
	}
	what := fmt.Sprintf("unknown %s %q", e.Name, s)
	if s == "" {
		what = "empty " + e.Name
	}
	return w.errAt(off, path, what+" (allowed: "+strings.Join(e.Values, ", ")+")", ErrBadValue)
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
			got = "a list"
		}
	case string:
		got = "a string"
	case json.Number:
		got = "a number"
	case bool:
		got = "true or false"
	}
	return w.errAt(off, path, "want "+want+", got "+got, ErrType)
}

// structInfo returns the JSON names of t's fields, their types and the
// required ones.
func (w *walker) structInfo(t reflect.Type) *structInfo {
	if s, ok := w.types[t]; ok {
		return s
	}
	s := &structInfo{fields: map[string]reflect.Type{}}
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
		s.fields[name] = f.Type
		if f.Tag.Get("strict") == "required" {
			s.required = append(s.required, name)
		}
	}
	w.types[t] = s
	return s
}

// fieldList lists the JSON names of a struct's fields, sorted.
func fieldList(s *structInfo) string {
	names := make([]string, 0, len(s.fields))
	for n := range s.fields {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// errAt returns an error at offset off with the given reason, wrapping the
// sentinels and Options.Wrap.
func (w *walker) errAt(off int64, path, text string, sentinels ...error) *Error {
	line, col := LineCol(w.data, off)
	return &Error{File: w.file, Line: line, Column: col, Path: path,
		Err: &reason{text: text, is: nonNil(append(sentinels, w.o.Wrap)...)}}
}

// wrapAt places err (from Int, checkDecimal or a Scalars function).
func (w *walker) wrapAt(off int64, path string, err error) *Error {
	line, col := LineCol(w.data, off)
	if w.o.Wrap != nil {
		err = &reason{text: err.Error(), is: []error{err, w.o.Wrap}}
	}
	return &Error{File: w.file, Line: line, Column: col, Path: path, Err: err}
}
