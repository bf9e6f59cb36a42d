//go:build !js

package api

import (
	"bytes"
	"encoding/binary"
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

// onlyTools are the packages whose code only the tools' module
// (wasm/tools, tools.wasm) runs: the counter's module (wasm, shailoo.wasm)
// imports them through this package, but calls none of their functions,
// so that the linker leaves them out but for their initialisers (a few
// sentinel errors and tables).
var onlyTools = []string{"github.com/shailoo/shailoo/reconcile", "github.com/shailoo/shailoo/forensics",
	"github.com/shailoo/shailoo/forensics/svg", "github.com/shailoo/shailoo/interop/export", "github.com/shailoo/shailoo/interop/nisterr"}

// toolsAPI are the functions of this package that only the tools' module calls.
var toolsAPI = []string{"Export", "Forensics", "Reconcile", "ReconcileWith", "ReconcilePrecinct", "ReadReport"}

// TestCounterCallsNoTool refuses a call of the tools' functions in the
// counter's module (wasm/*.go): the page calls them in tools.wasm.
func TestCounterCallsNoTool(t *testing.T) {
	files, err := filepath.Glob("../../wasm/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no Go files in ../../wasm: %v", err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "api" && slices.Contains(toolsAPI, sel.Sel.Name) {
					t.Errorf("%s: the counter's module calls api.%s, which the page calls in the tools' module (wasm/tools)", fset.Position(sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	}
}

// TestCounterLinksNoTool builds the counter's module for js/wasm and reads
// the names of the functions it links (the module's "name" section): none
// of the packages of onlyTools may be there but for its initialisers.
func TestCounterLinksNoTool(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	out := filepath.Join(t.TempDir(), "shailoo.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	names, err := wasmFuncNames(b)
	if err != nil {
		t.Fatal(err)
	}
	mangled := func(pkg string) string { return strings.ReplaceAll(pkg, "/", "_") } // as Go names a function in the section
	if !slices.ContainsFunc(names, func(n string) bool {
		return strings.HasPrefix(n, mangled("github.com/shailoo/shailoo/wasm/api")+".Count")
	}) {
		t.Fatalf("the module's name section has no api.Count among %d names: names are written otherwise", len(names))
	}
	for _, n := range names {
		for _, pkg := range onlyTools {
			rest, ok := strings.CutPrefix(n, mangled(pkg)+".")
			if ok && rest != "init" && !strings.HasPrefix(rest, "init.") {
				t.Errorf("the counter's module links %s (of %s)", n, pkg)
			}
		}
	}
}

// TestToolsModuleDependencies: the tools' module links what it runs, and
// none of the packages the page refuses (notInPage).
func TestToolsModuleDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "../../wasm/tools")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	for _, pkg := range onlyTools {
		if !slices.Contains(deps, pkg) {
			t.Errorf("the tools' module does not import %s", pkg)
		}
	}
	for _, dep := range deps {
		for _, no := range notInPage {
			if dep == strings.TrimSuffix(no, "/") || strings.HasPrefix(dep, no) || (!strings.HasSuffix(no, "/") && strings.HasPrefix(dep, no+"/")) {
				t.Errorf("the tools' module imports %s (refused: %s)", dep, no)
			}
		}
	}
}

// wasmFuncNames returns the function names of a WebAssembly module's
// "name" section (its subsection 1).
func wasmFuncNames(b []byte) ([]string, error) {
	r := bytes.NewReader(b)
	if _, err := r.Seek(8, 0); err != nil { // magic and version
		return nil, err
	}
	var names []string
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		sec := make([]byte, size)
		if _, err := r.Read(sec); err != nil {
			return nil, err
		}
		if id != 0 {
			continue
		}
		s := bytes.NewReader(sec)
		n, err := binary.ReadUvarint(s)
		if err != nil || n > uint64(s.Len()) {
			continue
		}
		title := make([]byte, n)
		s.Read(title)
		if string(title) != "name" {
			continue
		}
		for s.Len() > 0 {
			sub, _ := s.ReadByte()
			l, err := binary.ReadUvarint(s)
			if err != nil || l > uint64(s.Len()) {
				return nil, err
			}
			body := make([]byte, l)
			s.Read(body)
			if sub != 1 {
				continue
			}
			f := bytes.NewReader(body)
			count, _ := binary.ReadUvarint(f)
			for i := uint64(0); i < count && f.Len() > 0; i++ {
				if _, err := binary.ReadUvarint(f); err != nil { // the function's index
					return nil, err
				}
				nl, err := binary.ReadUvarint(f)
				if err != nil || nl > uint64(f.Len()) {
					return nil, err
				}
				nm := make([]byte, nl)
				f.Read(nm)
				names = append(names, string(nm))
			}
		}
	}
	return names, nil
}
