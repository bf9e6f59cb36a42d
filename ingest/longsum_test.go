package ingest

import (
	"errors"
	"strings"
	"testing"
)

// A long file's votes column is one column: the error names votes_column,
// says it is never a sum and what to do instead; another field named by
// several columns says it is one column (a long file's choice column may
// be several: TestLongChoiceOfSeveralColumns).
func TestLongVotesColumnNotASum(t *testing.T) {
	for _, tt := range []struct{ name, json, field, says string }{
		{"votes_column", `{"layout": "long", "precinct": "p", "ballot": "okrug", "choice_column": "c", "votes_column": {"columns": ["box", "post"]}, "choice_values": {"A": "a"}}`,
			"votes_column", "a long file's votes column is one column, never a sum: map a column of each row's total"},
		{"region", `{"precinct": "p", "region": {"columns": ["r", "s"]}, "ballot": "list", "votes": {"a": "a"}}`,
			"region", "region is one column"},
	} {
		_, err := ReadMapping(strings.NewReader(tt.json), "m.json")
		var pe *ParseError
		if !errors.Is(err, ErrMapping) || !errors.As(err, &pe) || pe.Field != tt.field || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: err = %v, want %s saying %q", tt.name, err, tt.field, tt.says)
		}
		if strings.Contains(err.Error(), "(their sum) may be named") && tt.field == "votes_column" {
			t.Errorf("%s: reads as if a sum were allowed: %v", tt.name, err)
		}
	}
}
