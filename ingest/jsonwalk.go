package ingest

import (
	"encoding/json"
	"errors"
	"reflect"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// The JSON readers of this package (ReadElection, ReadMapping,
// ReadProtocol) check their input with internal/strictjson, the one strict
// reader every JSON input of shailoo goes through; jsonOptions adds what
// the model's types restrict: protocol lines, ballot kinds, sexes and
// provenances, and a CSV column written as a header or a number.
func jsonOptions(wrap error, places bool) strictjson.Options {
	return strictjson.Options{
		Wrap:   wrap,
		Places: places,
		Enums: map[reflect.Type]strictjson.Enum{
			reflect.TypeFor[election.Line]():       {Name: "protocol line", Values: lineNames()},
			reflect.TypeFor[election.BallotKind](): {Name: "ballot", Values: []string{string(election.ListBallot), string(election.OkrugBallot)}},
			reflect.TypeFor[election.Sex]():        {Name: "sex", Values: []string{string(election.Female), string(election.Male)}, Empty: true},
			reflect.TypeFor[election.Provenance](): {Name: "provenance", Values: []string{string(election.Official), string(election.Preliminary), string(election.Synthetic)}, Empty: true},
		},
		Scalars: map[reflect.Type]func(json.Token) (bool, error){
			reflect.TypeFor[Column](): func(tok json.Token) (bool, error) {
				switch v := tok.(type) {
				case string:
					return true, nil
				case json.Number:
					return true, strictjson.Int(v, 64)
				}
				return false, nil
			},
		},
	}
}

func lineNames() []string {
	s := make([]string, len(election.AllLines()))
	for i, l := range election.AllLines() {
		s[i] = string(l)
	}
	return s
}

// parseError turns a *strictjson.Error into this package's *ParseError.
func parseError(err error) error {
	var se *strictjson.Error
	if errors.As(err, &se) {
		return &ParseError{File: se.File, Line: se.Line, Column: se.Column, Field: se.Path, Err: se.Err}
	}
	return err
}
