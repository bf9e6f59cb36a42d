package validate_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// FuzzReadSummary: ReadSummary never panics; an error is a *SummaryError
// with a line; a summary it accepts writes back to JSON that reads the
// same, and can be checked.
func FuzzReadSummary(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"election": "kg2021", "base": "participants", "participants": 1281622, "voters": 3703420, "turnout": "34.61",
		  "lists": [{"id": "ata-jurt", "name": "Ata-Jurt", "votes": 222005, "percent": 17.32, "seats": 15}],
		  "okrugs": [{"id": "27", "outcome": "repeat_election"}, {"id": "1", "winner": "c1"}]}`,
		`{"lists": [{"id": "a", "percent": "1e40"}]}`,
		`{"lists": [{"id": "a", "percnt": 1}]}`,
		`{"turnout": null, "lists": null}`,
		"\ufeff{}",
		`{"base": "voters", "base": "valid"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := validate.ReadSummary(bytes.NewReader(data), "f.json")
		if err != nil {
			var se *validate.SummaryError
			if !errors.As(err, &se) || !errors.Is(err, validate.ErrSummary) || se.Line < 1 || se.Column < 1 {
				t.Fatalf("error %v (%T) is not a *SummaryError with a position", err, err)
			}
			return
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		s2, err := validate.ReadSummary(bytes.NewReader(b), "again.json")
		if err != nil {
			t.Fatalf("%s does not read back: %v", b, err)
		}
		b2, _ := json.Marshal(s2)
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed %s into %s", b, b2)
		}
		rep := validate.CheckPublished(s, validate.Recount{Participants: 100, Voters: 300, Valid: 90}, validate.PublishedRules{Decimals: 2})
		_ = rep.Err()
	})
}
