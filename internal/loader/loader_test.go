package loader

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

func testFile(t *testing.T, path string) *File {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return &File{Name: path, Data: b}
}

// An error reading a file is reported when Read comes to it, so that the
// first bad input in reading order is the one named.
func TestErrorsInInputOrder(t *testing.T) {
	rules, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	first, second := errors.New("election unreadable"), errors.New("lots unreadable")
	_, err = Read(Input{Rules: rules, Election: &File{Name: "e.json", Err: first}, Lots: &File{Name: "l.json", Err: second}})
	if err != first {
		t.Errorf("got %v, want %v", err, first)
	}
	_, err = Read(Input{Rules: rules, Election: testFile(t, "../../testdata/ingest/small-election.json"),
		Protocols: []CSV{{Name: "p.csv"}}, NoMapping: func(csv string) error { return errors.New(csv + " has none") }})
	if err == nil || err.Error() != "p.csv has none" {
		t.Errorf("a CSV file without a mapping: got %v", err)
	}
}

// The inputs of the Result come in reading order: the election, then each
// CSV file (its SHA-256 left to the count) and its mapping.
func TestInputs(t *testing.T) {
	rules, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	l, err := Read(Input{Rules: rules, Election: testFile(t, "../../testdata/ingest/small-election.json"),
		Protocols: []CSV{{Name: "p.csv", Mapping: testFile(t, "../../testdata/ingest/small-mapping.json")}}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range l.Options.Inputs {
		names = append(names, in.Name)
		if (in.SHA256 == "") != (in.Name == "p.csv") {
			t.Errorf("%s: SHA-256 %q", in.Name, in.SHA256)
		}
	}
	want := []string{"../../testdata/ingest/small-election.json", "p.csv", "../../testdata/ingest/small-mapping.json"}
	if !slices.Equal(names, want) {
		t.Errorf("inputs %q, want %q", names, want)
	}
	if len(l.Files) != 1 || l.Files[0].R != nil || l.Inferred {
		t.Errorf("files %+v, inferred %v", l.Files, l.Inferred)
	}
}

// Two files of one election without its definition, the first giving the
// protocols' lines and the second their votes, without "part": the second
// mapping's choices are not the definition's, and the error says whose
// choices those are and what joins parts of protocols (a tester's Turkish
// files listed 25 choices "not in the definition" and nothing else).
func TestChoicesOfAnotherMappingSaid(t *testing.T) {
	rules, err := shailoo.Preset("kg2021")
	if err != nil {
		t.Fatal(err)
	}
	lines := &File{Name: "lines.json", Data: []byte(`{"precinct": "id", "ballot": "list", "lines": {"valid": "valid"}}`)}
	votes := &File{Name: "votes.json", Data: []byte(`{"precinct": "id", "ballot": "list", "votes": {"a": "A", "b": "B"}}`)}
	_, err = Read(Input{Rules: rules, Protocols: []CSV{{Name: "l.csv", Mapping: lines}, {Name: "v.csv", Mapping: votes}}})
	var ce *ingest.ChoicesError
	if !errors.As(err, &ce) || ce.File != "votes.json" {
		t.Fatalf("got %v", err)
	}
	if last := ce.Problems[len(ce.Problems)-1]; !strings.Contains(last, "taken from the mapping lines.json") || !strings.Contains(last, `"part": true`) {
		t.Errorf("the last problem: %s", last)
	}
}
