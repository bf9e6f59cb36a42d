package ingest_test

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/ingest"
)

// A JSON document given as a table of protocols is said to be JSON (the
// CSV reader said only "extraneous or missing \" in quoted-field" of a
// tester's PEI 2019 results scraped as JSON); a table that begins with
// '[' or '{' and is no JSON is read as it is, its bytes unchanged.
func TestNotJSON(t *testing.T) {
	for name, c := range map[string]struct {
		text, says string
	}{
		"object":   {`{"1":{"A":{"Liberal":"467","PC":"684"}}}`, "a row per protocol"},
		"array":    {"\uFEFF \n[{\"poll\": 1, \"PC\": 684}]\n", "a row per protocol"},
		"election": {`{"id": "e", "precincts": [], "protocols": []}`, "--election FILE.json, with no mapping"},
	} {
		_, err := ingest.NotJSON(strings.NewReader(c.text), "p.csv")
		var pe *ingest.ParseError
		if !errors.Is(err, ingest.ErrJSON) || !errors.As(err, &pe) || pe.File != "p.csv" || pe.Line != 1 || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, text := range []string{"poll,PC\n1,684\n", "[poll],PC\n1,684\n", "{a},b\n1,2\n", ""} {
		r, err := ingest.NotJSON(strings.NewReader(text), "p.csv")
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if b, _ := io.ReadAll(r); string(b) != text {
			t.Errorf("%q read back as %q", text, b)
		}
	}
}

// A file that is no JSON is returned as it is, not behind a reader: a
// count reads an *os.File its own way (its size, in parallel).
func TestNotJSONKeepsTheFile(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-protocols.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := ingest.NotJSON(f, "small-protocols.csv")
	if err != nil || r != io.Reader(f) {
		t.Errorf("NotJSON(*os.File) = %T, %v; want the file itself", r, err)
	}
	sr := strings.NewReader("{}poll,PC\n1,684\n")
	sr.Seek(2, io.SeekStart) // peeked where it stands: "poll,PC", no JSON
	if r, err := ingest.NotJSON(sr, "p.csv"); err != nil || r != io.Reader(sr) {
		t.Errorf("NotJSON(*strings.Reader at 1) = %T, %v", r, err)
	}
}
