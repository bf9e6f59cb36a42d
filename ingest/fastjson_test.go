package ingest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A plain precinct list read apart gives what the walker and
// encoding/json give, errors elsewhere in the file included.
func TestPlainPrecinctsReadAsTheWalkerDoes(t *testing.T) {
	cases := map[string]string{
		"plain":                 `{"id":"e","name":"E","regions":[],"okrugs":[],"parties":[],"precincts":[{"id":"1","region":"r","okrug":"o"},{"id":"2","abroad":true}, {"abroad":false,"id":"3"}],"protocols":[]}`,
		"indented":              "{\n \"id\": \"e\",\n \"precincts\": [\n  {\n   \"id\": \"0001\",\n   \"okrug\": \"Бишкек\"\n  }\n ],\n \"protocols\": null\n}\n",
		"escape":                `{"id":"e","precincts":[{"id":"1\u0031"}]}`,
		"unknown key":           `{"id":"e","precincts":[{"id":"1","zone":"z"}]}`,
		"duplicate key":         `{"id":"e","precincts":[{"id":"1","id":"2"}]}`,
		"no id":                 `{"id":"e","precincts":[{"region":"r"}]}`,
		"null id":               `{"id":"e","precincts":[{"id":null}]}`,
		"number id":             `{"id":"e","precincts":[{"id":1}]}`,
		"error after":           "{\"precincts\": [\n{\"id\": \"1\"}\n],\n \"protocols\": [{\"precinct\": \"1\", \"ballot\": \"list\", \"lines\": {\"voters\": \"x\"}}]}",
		"error before":          "{\"regions\": [{\"id\": 3}],\n\"precincts\": [{\"id\": \"1\"}]}",
		"precincts twice":       `{"precincts":[{"id":"1"}],"precincts":[{"id":"2"}]}`,
		"trailing comma":        `{"precincts":[{"id":"1"},]}`,
		"empty":                 `{"precincts":[]}`,
		"null":                  `{"precincts":null}`,
		"not an object":         `{"precincts":[{"id":"1"}]`,
		"invalid utf-8":         "{\"precincts\":[{\"id\":\"\xff\"}]}",
		"control character":     "{\"precincts\":[{\"id\":\"a\tb\"}]}",
		"abroad not a bool":     `{"precincts":[{"id":"1","abroad":"yes"}]}`,
		"abroad true-ish":       `{"precincts":[{"id":"1","abroad":trueish}]}`,
		"runes before an error": `{"precincts":[{"id":"Бишкек-1"}],"protocols":[{"precinct":"Бишкек-1","ballot":"x"}]}`,
		"nested precincts key":  `{"parties":[{"id":"p","precincts":[1]}],"precincts":[{"id":"1"}]}`,
	}
	for name, doc := range cases {
		t.Run(name, func(t *testing.T) {
			want, wantErr := readElection([]byte(doc), "e.json", false)
			got, gotErr := readElection([]byte(doc), "e.json", true)
			if wantErr != nil {
				require.Error(t, gotErr)
				require.Equal(t, wantErr.Error(), gotErr.Error())
				return
			}
			require.NoError(t, gotErr)
			require.Equal(t, want, got)
		})
	}
}
