//go:build !js

package api

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// notInPage are packages the page's module must not link: each costs tens
// of kilobytes that a citizen on a phone downloads (crypto/sha256 brings
// the whole FIPS module: 70 KB with brotli), and none is needed there
// (internal/sha hashes in the page; the feed and Parquet are the CLI's).
var notInPage = []string{"crypto/", "testing", "log", "net/", "text/template", "image", "modernc.org/", "github.com/parquet-go/", "github.com/shailoo/shailoo/feed"}

// TestPageDependencies lists what the js/wasm build of ./wasm imports and
// refuses the packages above.
func TestPageDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, no := range notInPage {
			if dep == strings.TrimSuffix(no, "/") || strings.HasPrefix(dep, no) || (!strings.HasSuffix(no, "/") && strings.HasPrefix(dep, no+"/")) {
				t.Errorf("the page's module imports %s (refused: %s)", dep, no)
			}
		}
	}
}

// notInDraft are packages the mapping draft's module (wasm/draft,
// draft.wasm) must not link beside notInPage: the count's, which the
// counter's module carries and a draft never runs.
var notInDraft = []string{"github.com/shailoo/shailoo", "github.com/shailoo/shailoo/wasm/api", "github.com/shailoo/shailoo/tally",
	"github.com/shailoo/shailoo/validate", "github.com/shailoo/shailoo/seats", "github.com/shailoo/shailoo/threshold",
	"github.com/shailoo/shailoo/datasets", "github.com/shailoo/shailoo/report", "github.com/shailoo/shailoo/internal/synth"}

// TestDraftModuleDependencies lists what the js/wasm build of ./wasm/draft
// imports and refuses the packages of notInPage and notInDraft.
func TestDraftModuleDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "../../wasm/draft")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/shailoo/shailoo/ingest") {
		t.Fatalf("the draft's module does not import ingest: %v", deps)
	}
	for _, dep := range deps {
		for _, no := range notInPage {
			if dep == strings.TrimSuffix(no, "/") || strings.HasPrefix(dep, no) || (!strings.HasSuffix(no, "/") && strings.HasPrefix(dep, no+"/")) {
				t.Errorf("the draft's module imports %s (refused: %s)", dep, no)
			}
		}
		if slices.Contains(notInDraft, dep) {
			t.Errorf("the draft's module imports %s, a package of the count", dep)
		}
	}
}

// TestPageNoRegexpAtInit refuses a package variable of the page's own
// packages that compiles a regular expression: a package's initialisers
// are linked whether or not the page calls what uses them, and with one
// comes package regexp, about 65 KB with brotli, which the page's own
// code does not need. Compile it in the function that uses it.
func TestPageNoRegexpAtInit(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "-f", `{{if and .Module .Module.Main}}{{.Dir}}{{range .GoFiles}} {{.}}{{end}}{{end}}`, "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		for _, name := range f[1:] {
			path := filepath.Join(f[0], name)
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range file.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				ast.Inspect(g, func(n ast.Node) bool {
					if _, ok := n.(*ast.FuncLit); ok {
						return false // compiled when called, not at init
					}
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "regexp" && strings.HasPrefix(sel.Sel.Name, "MustCompile") {
							t.Errorf("%s: a package variable compiles a regular expression at init, which links package regexp into the page's module", fset.Position(sel.Pos()))
						}
					}
					return true
				})
			}
		}
	}
}
