package strictjson

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// The cases below are part of issue 12's attack suite (readers that accept
// what they should refuse): what every JSON reader of shailoo refuses, and
// where it says the problem is.

type colour string

type inner struct {
	N int `json:"n" strict:"required"`
}

type doc struct {
	Name    string            `json:"name" strict:"required"`
	Colour  colour            `json:"colour,omitempty"`
	Inner   *inner            `json:"inner,omitempty"`
	List    []inner           `json:"list,omitempty"`
	Counts  map[colour]int64  `json:"counts,omitempty"`
	Percent *decimal.Decimal  `json:"percent,omitempty"`
	Any     any               `json:"any,omitempty"`
	Tags    map[string]string `json:"tags,omitempty"`
	Skipped int               `json:"-"`
}

var opts = Options{
	Places: true,
	Enums:  map[reflect.Type]Enum{reflect.TypeFor[colour](): {Name: "colour", Values: []string{"red", "green"}}},
}

func TestDecodeRefuses(t *testing.T) {
	cases := []struct {
		name, json string
		is         error
		line, col  int
		path       string
		text       string
	}{
		{"duplicate key", "{\"name\": \"a\",\n \"name\": \"b\"}", ErrDuplicateKey, 2, 2, "name", `duplicate key "name"`},
		{"duplicate map key", `{"name": "a", "tags": {"x": "1", "x": "2"}}`, ErrDuplicateKey, 1, 34, "tags.x", `duplicate key "x"`},
		{"unknown field", `{"name": "a", "nmae": "b"}`, ErrUnknownField, 1, 15, "nmae", `unknown field "nmae" (allowed: any, colour,`},
		{"case-folded field", `{"Name": "a"}`, ErrUnknownField, 1, 2, "Name", `unknown field "Name"`},
		{"ignored field", `{"name": "a", "Skipped": 1}`, ErrUnknownField, 1, 15, "Skipped", "unknown field"},
		{"missing field", `{"colour": "red"}`, ErrMissing, 1, 1, "name", "missing required field"},
		{"missing nested field", `{"name": "a", "list": [{"n": 1}, {}]}`, ErrMissing, 1, 34, "list[1].n", "missing required field"},
		{"second document", "{\"name\": \"a\"}\n{\"name\": \"b\"}", ErrSyntax, 2, 1, "", "data after the end of the document"},
		{"separator after the document", `{"name": "a"},`, ErrSyntax, 1, 14, "", "data after the end"},
		{"unknown enum value", `{"name": "a", "colour": "blue"}`, ErrBadValue, 1, 25, "colour", `unknown colour "blue" (allowed: red, green)`},
		{"empty enum value", `{"name": "a", "colour": ""}`, ErrBadValue, 1, 25, "colour", `empty colour (allowed: red, green)`},
		{"unknown enum key", `{"name": "a", "counts": {"red": 1, "vaild": 2}}`, ErrBadValue, 1, 36, "counts.vaild", `unknown colour "vaild" (allowed: red, green)`},
		{"wrong type", `{"name": ["a"]}`, ErrType, 1, 10, "name", "want a string, got a list"},
		{"null for a string", `{"name": null}`, ErrType, 1, 10, "name", "want a string, got null"},
		{"fraction for an int", `{"name": "a", "inner": {"n": 1.5}}`, ErrType, 1, 30, "inner.n", "want an integer, got 1.5"},
		{"int out of range", `{"name": "a", "inner": {"n": 9223372036854775808}}`, ErrOutOfRange, 1, 30, "inner.n", "integer out of range"},
		{"decimal not a number", `{"name": "a", "percent": "5,5"}`, ErrType, 1, 26, "percent", `"5,5" is not a decimal number`},
		{"decimal too long", `{"name": "a", "percent": "1e100"}`, ErrOutOfRange, 1, 26, "percent", "out of range"},
		{"not UTF-8", "{\"name\": \"caf\xe9\"}", ErrSyntax, 1, 14, "", "not UTF-8 text"},
		{"UTF-16", "\xff\xfe{\x00}\x00", ErrSyntax, 1, 1, "", "UTF-16 text"},
		{"null document", `null`, ErrType, 1, 1, "", "want an object, got null"},
		{"empty", " \n", ErrSyntax, 2, 1, "", "empty input"},
		{"syntax", `{"name": "a",}`, ErrSyntax, 1, 14, "", "invalid character"},
		{"truncated", `{"name": "a", "list": [`, ErrSyntax, 1, 24, "list", "unexpected end of input"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var v doc
			_, err := Decode([]byte(c.json), "f.json", &v, opts)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v (%T), want an *Error", err, err)
			}
			if !errors.Is(err, c.is) {
				t.Errorf("%v does not wrap %v", err, c.is)
			}
			if e.File != "f.json" || e.Line != c.line || e.Column != c.col || e.Path != c.path {
				t.Errorf("%v: at %s:%d:%d %q, want %d:%d %q", err, e.File, e.Line, e.Column, e.Path, c.line, c.col, c.path)
			}
			if !strings.Contains(err.Error(), c.text) {
				t.Errorf("%q lacks %q", err, c.text)
			}
			for _, goWord := range []string{"Go value", "unmarshal", "int64", "strictjson."} {
				if strings.Contains(err.Error(), goWord) {
					t.Errorf("%q names Go's types (%q)", err, goWord)
				}
			}
		})
	}
}

func TestDecodeReads(t *testing.T) {
	in := "\ufeff" + `{"name": "a", "colour": "red", "inner": null, "list": [{"n": 1}], "counts": {"green": 2},
	 "percent": 5.25, "any": {"x": [1, {"y": null}]}, "tags": null}`
	var v doc
	d, err := Decode([]byte(in), "f.json", &v, opts)
	if err != nil {
		t.Fatal(err)
	}
	if v.Name != "a" || v.Colour != "red" || v.Inner != nil || v.List[0].N != 1 || v.Counts["green"] != 2 || v.Percent.String() != "5.25" {
		t.Errorf("read %+v", v)
	}
	// A later check places its error at the key, or at the nearest parent.
	if e := d.Errorf("list[0].n", ErrBadValue, "too small"); e.Line != 1 || e.Column != 57 || e.Error() != "f.json:1:57: list[0].n: too small" {
		t.Errorf("Errorf: %v (%d:%d)", e, e.Line, e.Column)
	}
	if line, col := d.Place("counts.green.deeper"); line != 1 || col != 78 {
		t.Errorf("Place of a path below a key: %d:%d", line, col)
	}
	if !errors.Is(d.Errorf("name", ErrBadValue, "x"), ErrBadValue) {
		t.Error("Errorf does not wrap its sentinel")
	}
}

func TestWrapAndScalars(t *testing.T) {
	errMine := errors.New("mine")
	type column struct {
		Header string `json:"header"`
	}
	type cols struct {
		C column `json:"c"`
	}
	o := Options{Wrap: errMine, Scalars: map[reflect.Type]func(json.Token) (bool, error){
		reflect.TypeFor[column](): func(tok json.Token) (bool, error) {
			if _, ok := tok.(string); ok {
				return true, nil
			}
			return false, nil
		},
	}}
	var v cols
	if _, err := Check([]byte(`{"c": "a header"}`), "m.json", reflect.TypeFor[cols](), o); err != nil {
		t.Errorf("scalar form: %v", err)
	}
	if _, err := Decode([]byte(`{"c": {"header": "h"}}`), "m.json", &v, o); err != nil || v.C.Header != "h" {
		t.Errorf("object form: %v %+v", err, v)
	}
	_, err := Decode([]byte(`{"c": {"heder": "h"}}`), "m.json", &v, o)
	if !errors.Is(err, errMine) || !errors.Is(err, ErrUnknownField) || strings.Contains(err.Error(), "mine") {
		t.Errorf("err = %v: want ErrUnknownField and the reader's own sentinel, unprinted", err)
	}
	_, err = Read(nil, "nil.json", &v, o)
	if !errors.Is(err, errMine) {
		t.Errorf("nil reader: %v", err)
	}
}
