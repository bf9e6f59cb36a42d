package validate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/shopspring/decimal"
)

// ErrSummary is wrapped by every error ReadSummary returns.
var ErrSummary = errors.New("invalid published summary")

// Conditions a *SummaryError can carry, for errors.Is.
var (
	ErrUnknownField   = errors.New("unknown field")
	ErrDuplicateField = errors.New("duplicate field")
)

// SummaryError is an error in a published summary file: where it is (file,
// 1-based line and column, and the field as a path such as
// "lists[2].percent") and what is wrong. It wraps ErrSummary and Err.
type SummaryError struct {
	File   string
	Line   int
	Column int
	Field  string
	Err    error
}

func (e *SummaryError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	where := fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)
	if e.Field != "" {
		return fmt.Sprintf("%s: %v: field %s: %v", where, ErrSummary, e.Field, e.Err)
	}
	return fmt.Sprintf("%s: %v: %v", where, ErrSummary, e.Err)
}

// Unwrap returns ErrSummary and the cause.
func (e *SummaryError) Unwrap() []error {
	if e == nil {
		return nil
	}
	return []error{ErrSummary, e.Err}
}

// schema is the shape of the summary JSON: the fields of an object, the
// element of an array, or the kind of a scalar ("string", "int", "int64",
// "decimal").
type schema struct {
	fields map[string]*schema
	elem   *schema
	kind   string
}

var (
	str  = &schema{kind: "string"}
	i64  = &schema{kind: "int64"}
	num  = &schema{kind: "decimal"}
	smal = &schema{kind: "int"}
)

var summarySchema = &schema{fields: map[string]*schema{
	"election": str, "source": str, "base": str, "participants": i64, "voters": i64, "turnout": num,
	"lists": {elem: &schema{fields: map[string]*schema{
		"id": str, "name": str, "votes": i64, "percent": num, "seats": smal}}},
	"okrugs": {elem: &schema{fields: map[string]*schema{
		"id": str, "winner": str, "outcome": str}}},
}}

// ReadSummary reads a published summary from r, strictly: an unknown or
// repeated field, a value of the wrong type, an unknown base, a list or
// okrug without an ID, or anything after the summary is a *SummaryError
// naming file, line, column and field.
func ReadSummary(r io.Reader, file string) (Summary, error) {
	if r == nil {
		return Summary{}, &SummaryError{File: file, Line: 1, Column: 1, Err: errors.New("nil reader")}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return Summary{}, &SummaryError{File: file, Line: 1, Column: 1, Err: err}
	}
	at := func(off int64, field string, err error) error {
		// An offset taken before a token lies before the separators
		// and spaces that precede it.
		for off >= 0 && off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,:"), data[off]) >= 0 {
			off++
		}
		line, col := position(data, off)
		return &SummaryError{File: file, Line: line, Column: col, Field: field, Err: err}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	offsets := map[string]int64{}
	if err := walk(dec, summarySchema, "", offsets, at); err != nil {
		return Summary{}, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return Summary{}, at(dec.InputOffset(), "", errors.New("data after the summary"))
	}

	var s Summary
	dec = json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Summary{}, at(te.Offset, te.Field, fmt.Errorf("%s is not a %s", te.Value, te.Type))
		}
		return Summary{}, at(dec.InputOffset(), "", err)
	}
	switch s.Base {
	case "", BaseParticipants, BaseVoters, BaseValid:
	default:
		return Summary{}, at(offsets["base"], "base", fmt.Errorf("unknown base %q (known: %s, %s, %s)", s.Base, BaseParticipants, BaseVoters, BaseValid))
	}
	for i, l := range s.Lists {
		if l.ID == "" {
			f := "lists[" + strconv.Itoa(i) + "]"
			off, ok := offsets[f+".id"]
			if !ok {
				off = offsets[f]
			}
			return Summary{}, at(off, f+".id", errors.New("missing or empty"))
		}
	}
	for i, o := range s.Okrugs {
		if o.ID == "" {
			f := "okrugs[" + strconv.Itoa(i) + "]"
			off, ok := offsets[f+".id"]
			if !ok {
				off = offsets[f]
			}
			return Summary{}, at(off, f+".id", errors.New("missing or empty"))
		}
	}
	return s, nil
}

// walk reads one value from dec and checks it against sc: the keys of
// objects, the kinds of scalars. It records the offset of each field.
func walk(dec *json.Decoder, sc *schema, path string, offsets map[string]int64, at func(int64, string, error) error) error {
	start := dec.InputOffset()
	tok, err := dec.Token()
	if err != nil {
		return at(dec.InputOffset(), path, syntaxCause(err))
	}
	d, isDelim := tok.(json.Delim)
	switch {
	case !isDelim:
		return scalar(tok, sc, func(err error) error { return at(start, path, err) })
	case d == '{' && (sc.fields == nil):
		return at(start, path, fmt.Errorf("an object where %s belongs", sc.what()))
	case d == '[' && sc.elem == nil:
		return at(start, path, fmt.Errorf("a list where %s belongs", sc.what()))
	}
	switch d {
	case '{':
		seen := map[string]bool{}
		for dec.More() {
			kstart := dec.InputOffset()
			kt, err := dec.Token()
			if err != nil {
				return at(dec.InputOffset(), path, syntaxCause(err))
			}
			key, _ := kt.(string)
			field := key
			if path != "" {
				field = path + "." + key
			}
			sub, known := sc.fields[key]
			if !known {
				return at(kstart, field, ErrUnknownField)
			}
			if seen[key] {
				return at(kstart, field, ErrDuplicateField)
			}
			seen[key] = true
			offsets[field] = kstart
			if err := walk(dec, sub, field, offsets, at); err != nil {
				return err
			}
		}
	case '[':
		for i := 0; dec.More(); i++ {
			el := path + "[" + strconv.Itoa(i) + "]"
			offsets[el] = dec.InputOffset()
			if err := walk(dec, sc.elem, el, offsets, at); err != nil {
				return err
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing delimiter
		return at(dec.InputOffset(), path, syntaxCause(err))
	}
	return nil
}

func (sc *schema) what() string {
	switch {
	case sc.fields != nil:
		return "an object"
	case sc.elem != nil:
		return "a list"
	case sc.kind == "string":
		return "a string"
	case sc.kind == "decimal":
		return "a number"
	}
	return "a whole number"
}

// scalar checks one scalar token against sc; null is "not published".
func scalar(tok json.Token, sc *schema, bad func(error) error) error {
	if tok == nil {
		return nil
	}
	if sc.kind == "" {
		return bad(fmt.Errorf("%v where %s belongs", tok, sc.what()))
	}
	switch v := tok.(type) {
	case string:
		switch sc.kind {
		case "string":
			return nil
		case "decimal":
			return checkDecimal(v, bad)
		}
		return bad(fmt.Errorf("%q where %s belongs", v, sc.what()))
	case json.Number:
		switch sc.kind {
		case "int64":
			if _, err := strconv.ParseInt(string(v), 10, 64); err != nil {
				return bad(fmt.Errorf("%s is not a whole number in the int64 range", v))
			}
			return nil
		case "int":
			if _, err := strconv.ParseInt(string(v), 10, 32); err != nil {
				return bad(fmt.Errorf("%s is not a whole number of seats", v))
			}
			return nil
		case "decimal":
			return checkDecimal(string(v), bad)
		}
		return bad(fmt.Errorf("%s where %s belongs", v, sc.what()))
	}
	return bad(fmt.Errorf("%v where %s belongs", tok, sc.what()))
}

// checkDecimal accepts a decimal number with at most 41 digits before the
// point and 40 after it: enough for any percentage, and no way to make the
// checker write a number of a billion digits.
func checkDecimal(s string, bad func(error) error) error {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return bad(fmt.Errorf("%q is not a number", s))
	}
	if e := d.Exponent(); e < -40 || int64(d.NumDigits())+int64(e) > 41 {
		return bad(fmt.Errorf("%q is out of range", s))
	}
	return nil
}

func syntaxCause(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// position turns a byte offset into a 1-based line and column (in bytes).
func position(data []byte, off int64) (line, col int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
