package api_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/wasm/api"
)

var update = flag.Bool("update", false, "rewrite the examples block of wasm/web/app.js")

// pageExamples are the files the page carries in app.js (EXAMPLES): the
// example rule sets its picker offers beside the built-in ones, and the
// published summaries its form "Check the figures you saw" can be filled
// from, each with the path it came from.
var pageExamples = []struct{ key, path string }{
	{"fptp", "examples/fptp/rules.json"},
	{"one-seat", "examples/openelections/rules.json"},
	{"official", "testdata/published/kg2021-official.json"},
	{"portal", "testdata/published/kg2021-portal-140.json"},
}

const (
	examplesBegin = "// BEGIN EXAMPLES: written by go test ./wasm/api -run TestPageExamples -update\n"
	examplesEnd   = "// END EXAMPLES\n"
)

// TestPageExamples keeps the page's copies of the example files byte for
// byte those of the repository, and checks that each rule set reads and
// each summary checks against the demo, as the page sends them.
func TestPageExamples(t *testing.T) {
	var b strings.Builder
	b.WriteString(examplesBegin)
	b.WriteString("const EXAMPLES = {\n")
	for _, x := range pageExamples {
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(x.path)))
		if err != nil {
			t.Fatal(err)
		}
		var text bytes.Buffer
		enc := json.NewEncoder(&text)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(string(data)); err != nil {
			t.Fatal(err)
		}
		b.WriteString("  '" + x.key + "': { path: '" + x.path + "', text: " + strings.TrimSuffix(text.String(), "\n") + " },\n")
		if strings.HasPrefix(x.path, "examples/") {
			if _, err := shailoo.ReadRules(bytes.NewReader(data), x.path); err != nil {
				t.Errorf("%s: %v", x.path, err)
			}
		} else if _, err := api.Verify(api.Source{Demo: true}, string(data), x.path, ""); err != nil {
			t.Errorf("%s: %v", x.path, err)
		}
	}
	b.WriteString("};\n")
	b.WriteString(examplesEnd)
	app := filepath.Join("..", "web", "app.js")
	js, err := os.ReadFile(app)
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(js, []byte(examplesBegin)), bytes.Index(js, []byte(examplesEnd))
	if i < 0 || j < i {
		t.Fatalf("%s has no block %q ... %q", app, examplesBegin, examplesEnd)
	}
	got := string(js[i : j+len(examplesEnd)])
	if got == b.String() {
		return
	}
	if !*update {
		t.Fatalf("%s: the examples block is not that of the files: go test ./wasm/api -run TestPageExamples -update", app)
	}
	out := append(append(append([]byte{}, js[:i]...), b.String()...), js[j+len(examplesEnd):]...)
	if err := os.WriteFile(app, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
