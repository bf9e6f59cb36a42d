package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A field other than a figure or a key named by several columns says it
// is one column (a long file's votes column may be a sum:
// TestLongVotesColumnSum; its choice column several:
// TestLongChoiceOfSeveralColumns); join is for a choice column alone.
func TestLongOneColumnFields(t *testing.T) {
	for _, tt := range []struct{ name, json, field, says string }{
		{"region", `{"precinct": "p", "region": {"columns": ["r", "s"]}, "ballot": "list", "votes": {"a": "a"}}`,
			"region", "region is one column"},
		{"join votes", `{"layout": "long", "precinct": "p", "ballot": "okrug", "choice_column": "c", "votes_column": {"columns": ["box", "post"], "join": true}, "choice_values": {"A": "a"}}`,
			"votes_column", "join is for a long file's choice column"},
		{"join precinct", `{"precinct": {"columns": ["p"], "join": true}, "ballot": "list", "votes": {"a": "a"}}`,
			"precinct", "join is for a long file's choice column"},
		{"join one", `{"layout": "long", "precinct": "p", "ballot": "okrug", "choice_column": {"columns": ["c"], "join": true}, "votes_column": "v", "choice_values": {"A": "a"}}`,
			"choice_column", "name two or more"},
	} {
		_, err := ReadMapping(strings.NewReader(tt.json), "m.json")
		var pe *ParseError
		if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != tt.field || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: err = %v, want %s saying %q", tt.name, err, tt.field, tt.says)
		}
	}
}
