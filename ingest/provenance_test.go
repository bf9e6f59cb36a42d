package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// A mapping says where its file's figures come from in the words of an
// election definition (official, preliminary, synthetic), with a source in
// the user's words; any other word, and a source without a provenance,
// is an error naming the field.
func TestMappingProvenance(t *testing.T) {
	const base = `{"precinct": "p", "ballot": "list", "votes": {"a": "a"}`
	m, err := ReadMapping(strings.NewReader(base+`, "provenance": "preliminary", "source": "DVK, 10 June 2024 12:00"}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	if m.Provenance != election.Preliminary || m.Source != "DVK, 10 June 2024 12:00" {
		t.Errorf("provenance %q, source %q", m.Provenance, m.Source)
	}
	for _, c := range []struct{ name, json, field string }{
		{"a word not the model's", `, "provenance": "final"}`, "provenance"},
		{"a source alone", `, "source": "the commission's site"}`, "source"},
		{"a source with spaces around it", `, "provenance": "official", "source": " CEC "}`, "source"},
	} {
		_, err := ReadMapping(strings.NewReader(base+c.json), "m.json")
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrMapping) || pe.Field != c.field || pe.File != "m.json" || pe.Line == 0 {
			t.Errorf("%s: %v; want ErrMapping at m.json, field %s", c.name, err, c.field)
		}
	}
	// A mapping made in code is checked as one read.
	bad := Mapping{Precinct: Column{Header: "p"}, Ballot: "list", Votes: map[string]Column{"a": {Header: "a"}}, Provenance: "final"}
	var pe *ParseError
	if err := bad.Validate(); !errors.As(err, &pe) || pe.Field != "provenance" {
		t.Errorf("Validate: %v; want an error naming provenance", err)
	}
}
