package shailoo

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// The tests of this file are part of issue 12's attack suite (readers that
// accept what they should refuse): every JSON reader refuses duplicate
// keys, unknown fields or contexts, trailing data and missing required
// fields with an error naming file:line:column and the JSON path, and
// never a Go type name.

// noGoTypes fails when an error message names a Go type or encoding/json's
// words for it.
func noGoTypes(t *testing.T, err error) {
	t.Helper()
	for _, s := range []string{"Go value", "Go struct", "unmarshal", "[]string", "int64", "map["} {
		require.NotContains(t, err.Error(), s)
	}
}

func TestReadRulesAttacks(t *testing.T) {
	kg := presetKG2021
	cases := []struct {
		name, json   string
		line, column int
		field        string
		text         string // the message must contain it
		is           error
	}{
		{"duplicate seat count", strings.Replace(kg, `"list": 54,`, `"list": 54, "list": 10,`, 1), 11, 25, "seats.list", `duplicate key "list"`, ingest.ErrDuplicateKey},
		{"no seats", strings.Replace(kg, `"seats": {"list": 54, "okrug": 36},`, ``, 1), 1, 1, "seats", "missing required field", ingest.ErrMissing},
		{"no list seats", strings.Replace(kg, `"list": 54, `, ``, 1), 11, 12, "seats.list", "missing required field", ingest.ErrMissing},
		{"no method", strings.Replace(kg, `"method": "hare",`, ``, 1), 14, 11, "list.method", "missing required field", ingest.ErrMissing},
		{"unknown protocol line", strings.Replace(kg, `"protocol": {}`, `"protocol": {"lines": ["spoiled"]}`, 1), 24, 26, "protocol.lines[0]", `unknown protocol line "spoiled" (allowed: voters,`, nil},
		{"unknown method", strings.Replace(kg, `"hare"`, `"dhont"`, 1), 15, 5, "list.method", `unknown method "dhont" (allowed: hare,`, nil},
		{"unknown okrug tie rule", strings.Replace(kg, `"registration_order"}`, `"ballot_order"}`, 1), 23, 79, "okrug.tie", `unknown tie rule "ballot_order" (allowed: registration_order, lots)`, nil},
		{"wrong type", strings.Replace(kg, `"cap": 27`, `"cap": "many"`, 1), 16, 12, "list.cap", "want an integer, got a string", ingest.ErrType},
		{"list for a string", strings.Replace(kg, `"id": "kg2021"`, `"id": ["kg2021"]`, 1), 3, 9, "id", "want a string, got a list", ingest.ErrType},
		{"second document", kg + "\n{}", 35, 1, "", "data after the end of the document", ingest.ErrSyntax},
		{"case-folded key", strings.Replace(kg, `"format": 1`, `"Format": 1`, 1), 2, 3, "Format", `unknown field "Format"`, ingest.ErrUnknownField},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadRules(strings.NewReader(c.json), "rules.json")
			require.Error(t, err)
			require.ErrorIs(t, err, ErrRules)
			var pe *ingest.ParseError
			require.True(t, errors.As(err, &pe), "%T %v", err, err)
			require.Equal(t, "rules.json", pe.File)
			require.Equal(t, c.field, pe.Field, "%v", err)
			require.Equal(t, []int{c.line, c.column}, []int{pe.Line, pe.Column}, "%v", err)
			require.Contains(t, err.Error(), c.text)
			if c.is != nil {
				require.ErrorIs(t, err, c.is)
			}
			noGoTypes(t, err)
		})
	}
	_, err := ReadRules(nil, "none.json")
	require.ErrorIs(t, err, ErrRules)
}

func TestReadLotsAttacks(t *testing.T) {
	e := &election.Election{
		Parties: []election.Party{{ID: "a", Candidates: []election.Candidate{{ID: "a-1"}}}, {ID: "b"}},
		Okrugs:  []election.Okrug{{ID: "1", Candidates: []election.Candidate{{ID: "c"}}}},
	}
	lots, err := ReadLots(strings.NewReader(`{"list": ["a", "b"], "list/a": ["a-1"], "okrug/1": ["c"]}`), "lots.json", e)
	require.NoError(t, err)
	require.Equal(t, map[string][]string{"list": {"a", "b"}, "list/a": {"a-1"}, "okrug/1": {"c"}}, lots)

	cases := []struct {
		name, json string
		line, col  int
		field      string
		text       string
	}{
		{"misspelt context", `{"lsit": ["a"]}`, 1, 2, "lsit", `unknown context "lsit"`},
		{"second document", "{\"list\": [\"a\"]}\n{\"list\": [\"b\"]}", 2, 1, "", "data after the end of the document"},
		{"unknown party", `{"list/c": ["x"]}`, 1, 2, "list/c", `unknown party "c"`},
		{"unknown okrug", `{"okrug/2": ["x"]}`, 1, 2, "okrug/2", `unknown okrug "2"`},
		{"duplicate context", `{"list": ["a"], "list": ["b"]}`, 1, 17, "list", `duplicate key "list"`},
		{"empty draw", `{"list": []}`, 1, 2, "list", "an empty draw settles nothing"},
		{"name twice", `{"list": ["a", "a"]}`, 1, 16, "list[1]", `"a" is drawn twice`},
		{"not a list", `{"list": "a"}`, 1, 10, "list", "want a list, got a string"},
		{"null", `null`, 1, 1, "", "got null"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadLots(strings.NewReader(c.json), "lots.json", e)
			require.Error(t, err)
			require.ErrorIs(t, err, ErrLots)
			var pe *ingest.ParseError
			require.True(t, errors.As(err, &pe), "%T %v", err, err)
			require.Equal(t, c.field, pe.Field, "%v", err)
			require.Equal(t, []int{c.line, c.col}, []int{pe.Line, pe.Column}, "%v", err)
			require.Contains(t, err.Error(), c.text)
			noGoTypes(t, err)
		})
	}

	// Through the library: a count refuses lots that settle nothing.
	_, err = CountWith(e, KG2021(), Options{Lots: map[string][]string{"lsit": {"a"}}})
	require.ErrorIs(t, err, ErrLots)
}

func TestPercentRefusesInvalidRules(t *testing.T) {
	s, err := Percent(222005, 1281622, validate.PublishedRules{Decimals: 2})
	require.NoError(t, err)
	require.Equal(t, "17.32", s)
	for _, p := range []validate.PublishedRules{{Decimals: -1}, {Decimals: 19}, {Decimals: 2, Rounding: "sideways"}} {
		s, err := Percent(222005, 1281622, p)
		require.ErrorIs(t, err, validate.ErrPublishedRules, "%+v gave %q", p, s)
		require.Empty(t, s)
	}
	s, err = Percent(1, 0, validate.PublishedRules{})
	require.NoError(t, err)
	require.Empty(t, s, "no base: no number")
}
