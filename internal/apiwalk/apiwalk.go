// Package apiwalk writes the nil/zero API walk of issue 12: for every
// package of the module, a test file (apiwalk_test.go, in the package
// itself) that calls each exported function and each exported method with
// nil and zero arguments and fails on any panic, or on a call that does not
// return.
//
// Each call is made twice. "nil" passes the zero value of every parameter
// (nil pointers, readers, writers, slices, maps and funcs, zero structs,
// numbers and strings) and calls a method on a nil pointer receiver (or a
// zero value receiver). "zero" passes non-nil empty values where a pointer
// or a reader or writer is asked for: new(T), an empty reader, io.Discard,
// empty slices and maps, and calls a method on new(T). Library code answers
// both with an error or a documented harmless zero result, never a panic.
//
// The walk is of the API every native build has (the files are generated
// for linux/amd64, and carry the build constraint !js): the js/wasm-only
// API (wasm/hostsha's host hash, internal/sha's js variant, the wasm
// command) is not walked, and under js the walk files are not built.
//
// The files are generated, and the test in this package fails when one is
// stale or missing, so a new exported function cannot be left out of the
// walk: run `go test ./internal/apiwalk -update` to rewrite them. What is
// left out, and why, is in the tables skipPackages and skipFuncs below.
package apiwalk

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// FileName is the name of the generated test file in each package folder.
const FileName = "apiwalk_test.go"

// skipPackages are the package folders (relative to the module root, with
// "/") that are not walked, with the reason. Beside them, commands
// (package main) are not walked: see skipRule.
var skipPackages = map[string]string{
	"wasm":                      "the page's entry point: package main, built only for js/wasm (syscall/js); what it calls is wasm/api, which is walked",
	"internal/dense":            "the counting core's hot path (an index probe per cell): its values are made only by its own New functions inside the module, and a nil check per probe is not paid for a caller that cannot exist outside it",
	"internal/sha":              "a SHA-256 block function for the page, reached only through hash.Hash values its New makes",
	"internal/apiwalk/walkcall": "the walk's own runner, which every walk calls: a walk inside it would import itself",
}

// skipRule says why the package in folder rel, named name, is not walked,
// or "" when it is.
func skipRule(rel, name string) string {
	if r, ok := skipPackages[rel]; ok {
		return r
	}
	if name == "main" {
		return "a command: nothing in it can be imported, so it has no API to walk; the CLI is attacked through testdata/attacks"
	}
	return ""
}

// skipFuncs are the functions and methods not called, by the name the walk
// gives them ("pkg.F", "(*pkg.T).M", "(pkg.T).M" with pkg the folder
// relative to the module root), with the reason.
var skipFuncs = map[string]string{
	"(*wasm/internal/fixture.Files).Write": "writes files into the folder it is given; the zero folder is the package's own, which a test must not litter",
	"internal/echo.Text":                   "generic over string and []byte; TestEmptyAndNil (echo_test.go) calls it with empty and nil values of both",
	"internal/echo.Pair":                   "generic over string and []byte; TestEmptyAndNil (echo_test.go) calls it with empty and nil values of both",
	"internal/echo.Quote":                  "generic over string and []byte; TestEmptyAndNil (echo_test.go) calls it with empty and nil values of both",
	"internal/order.Stable":                "generic over the element type; TestStableEmpty (order_test.go) calls it with a nil and a one-element slice",
	"internal/zeroed.Make":                 "generic over the element type; TestMake (zeroed_test.go) calls it with 0 and with a struct type",
	"internal/hugepage.Slice":              "generic over the element type; TestSlice (hugepage_test.go) calls it with a nil slice and one of a struct type",
}

// Skipped returns what the walk leaves out and why: package folders, rules
// and functions, sorted, each "name: reason".
func Skipped() []string {
	var out []string
	for k, v := range skipPackages {
		out = append(out, "package "+k+": "+v)
	}
	out = append(out, "package main (commands): "+skipRule("", "main"))
	for k, v := range skipFuncs {
		out = append(out, k+": "+v)
	}
	sort.Strings(out)
	return out
}

// ErrNoPackage is returned by Generate for a folder with no Go package to
// walk under the native build (no files, only tests, or only files for
// another platform such as js/wasm).
var ErrNoPackage = errors.New("apiwalk: no package to walk")

// Generate returns the walk file for the package in folder dir, rel being
// that folder relative to the module root ("." for the root), or nil when
// the package has nothing exported to call or is skipped. The build
// constraints of the host platform apply: files for js/wasm are not read.
func Generate(dir, rel string) ([]byte, error) {
	rel = path.Clean(strings.ReplaceAll(rel, "\\", "/"))
	// One platform for every host, so that the files do not depend on
	// where they were generated; the walk runs natively, never under js
	// (see the package documentation).
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "linux", "amd64"
	bp, err := ctx.ImportDir(dir, 0)
	if err != nil {
		var nogo *build.NoGoError
		if errors.As(err, &nogo) {
			return nil, ErrNoPackage
		}
		return nil, err
	}
	if len(bp.GoFiles) == 0 {
		return nil, ErrNoPackage
	}
	if skipRule(rel, bp.Name) != "" {
		return nil, nil
	}
	fset := token.NewFileSet()
	g := &gen{pkg: bp.Name, rel: rel, imports: map[string]string{}}
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, dir+"/"+name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		if err := g.file(f); err != nil {
			return nil, err
		}
	}
	if len(g.calls) == 0 {
		return nil, nil
	}
	return g.write()
}

type call struct {
	name string // "F", "(*T).M"
	nil_ string // the call with nil arguments
	zero string // the call with non-nil empty arguments
}

type gen struct {
	pkg     string
	rel     string
	imports map[string]string // local name -> path, of the files read
	used    map[string]bool   // local names the calls need
	calls   []call
}

func (g *gen) file(f *ast.File) error {
	local := map[string]string{}
	for _, s := range f.Imports {
		p, _ := strconv.Unquote(s.Path.Value)
		name := importName(p)
		if s.Name != nil {
			name = s.Name.Name
		}
		if name == "_" || name == "." {
			continue
		}
		local[name] = p
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !fd.Name.IsExported() {
			continue
		}
		if fd.Recv == nil && (fd.Name.Name == "main" || fd.Name.Name == "init") {
			continue
		}
		if err := g.funcDecl(fd, local); err != nil {
			return err
		}
	}
	return nil
}

// funcDecl adds the calls of fd. A generic function or a method of a
// generic type is an error unless skipFuncs names it: the walk cannot
// instantiate it, and must not leave it out in silence.
func (g *gen) funcDecl(fd *ast.FuncDecl, local map[string]string) error {
	generic := fd.Type.TypeParams != nil
	if fd.Recv != nil {
		switch rt := fd.Recv.List[0].Type.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			generic = true
		case *ast.StarExpr:
			switch rt.X.(type) {
			case *ast.IndexExpr, *ast.IndexListExpr:
				generic = true
			}
		}
	}
	if generic {
		name := fd.Name.Name
		if fd.Recv != nil {
			name = "(" + expr(fd.Recv.List[0].Type) + ")." + name
		}
		if _, ok := skipFuncs[g.qualified(name)]; ok {
			return nil
		}
		return fmt.Errorf("apiwalk: %s is generic: the walk cannot call it; name it in skipFuncs with the reason, or teach the generator", g.qualified(name))
	}
	need := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if s, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := s.X.(*ast.Ident); ok {
					if p, ok := local[id.Name]; ok {
						if g.used == nil {
							g.used = map[string]bool{}
						}
						g.used[id.Name] = true
						g.imports[id.Name] = p
					}
				}
			}
			return true
		})
	}
	var nilArgs, zeroArgs []string
	for _, f := range fd.Type.Params.List {
		n := max(len(f.Names), 1)
		t := f.Type
		if _, ok := t.(*ast.Ellipsis); ok {
			continue // a variadic parameter gets no arguments
		}
		need(t)
		for range n {
			if id, ok := t.(*ast.Ident); ok && id.Name == "string" {
				// A constant, so that vet accepts it as a format string.
				nilArgs, zeroArgs = append(nilArgs, `""`), append(zeroArgs, `""`)
				continue
			}
			nilArgs = append(nilArgs, "*new("+expr(t)+")")
			zeroArgs = append(zeroArgs, g.nonNil(t))
		}
	}
	results := 0
	if fd.Type.Results != nil {
		for _, f := range fd.Type.Results.List {
			results += max(len(f.Names), 1)
		}
	}
	assign := ""
	if results > 0 {
		assign = strings.Repeat("_, ", results-1) + "_ = "
	}
	args := func(a []string) string { return "(" + strings.Join(a, ", ") + ")" }
	var c call
	if fd.Recv == nil {
		c = call{name: fd.Name.Name,
			nil_: assign + fd.Name.Name + args(nilArgs),
			zero: assign + fd.Name.Name + args(zeroArgs)}
	} else {
		rt := fd.Recv.List[0].Type
		if st, ok := rt.(*ast.StarExpr); ok {
			base := expr(st.X)
			c = call{name: "(*" + base + ")." + fd.Name.Name,
				nil_: assign + "(*" + base + ")(nil)." + fd.Name.Name + args(nilArgs),
				zero: assign + "new(" + base + ")." + fd.Name.Name + args(zeroArgs)}
		} else {
			base := expr(rt)
			c = call{name: "(" + base + ")." + fd.Name.Name,
				nil_: assign + "(*new(" + base + "))." + fd.Name.Name + args(nilArgs),
				zero: assign + "(*new(" + base + "))." + fd.Name.Name + args(zeroArgs)}
		}
	}
	if _, ok := skipFuncs[g.qualified(c.name)]; ok {
		return nil
	}
	g.calls = append(g.calls, c)
	return nil
}

// qualified is a call's name with the package folder: "(*report.T).M".
func (g *gen) qualified(name string) string {
	p := g.rel
	if p == "." {
		p = g.pkg
	}
	if strings.HasPrefix(name, "(*") {
		return "(*" + p + "." + name[2:]
	}
	if strings.HasPrefix(name, "(") {
		return "(" + p + "." + name[1:]
	}
	return p + "." + name
}

// nonNil is a non-nil empty value of type t where one is easy to name, the
// zero value otherwise.
func (g *gen) nonNil(t ast.Expr) string {
	switch t := t.(type) {
	case *ast.StarExpr:
		if v, ok := g.usable(t.X); ok {
			return v
		}
		return "new(" + expr(t.X) + ")"
	case *ast.ArrayType:
		if t.Len == nil {
			return expr(t) + "{}"
		}
	case *ast.MapType:
		return expr(t) + "{}"
	case *ast.SelectorExpr:
		switch expr(t) {
		case "io.Reader", "io.ReadSeeker", "io.ReaderAt":
			g.need("apiwalkStrings", "strings")
			return "apiwalkStrings.NewReader(\"\")"
		case "io.Writer":
			g.need("apiwalkIO", "io")
			return "apiwalkIO.Discard"
		}
	}
	return "*new(" + expr(t) + ")"
}

// usable is a non-nil *T for a type T of the standard library whose zero
// value cannot be used (a math/rand Rand without a source): the zero
// variant would test math/rand, not the function.
func (g *gen) usable(t ast.Expr) (string, bool) {
	s, ok := t.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	id, ok := s.X.(*ast.Ident)
	if !ok {
		return "", false
	}
	switch g.imports[id.Name] + "." + s.Sel.Name {
	case "math/rand/v2.Rand":
		return id.Name + ".New(" + id.Name + ".NewPCG(1, 2))", true
	case "math/rand.Rand":
		return id.Name + ".New(" + id.Name + ".NewSource(1))", true
	}
	return "", false
}

func (g *gen) need(name, p string) {
	if g.used == nil {
		g.used = map[string]bool{}
	}
	g.used[name] = true
	g.imports[name] = p
}

func (g *gen) write() ([]byte, error) {
	slices.SortFunc(g.calls, func(a, b call) int { return strings.Compare(a.name, b.name) })
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/apiwalk (go test ./internal/apiwalk -update); DO NOT EDIT.\n\n//go:build !js\n\n")
	fmt.Fprintf(&b, "package %s\n\n", g.pkg)
	b.WriteString("import (\n")
	names := []string{"apiwalkTesting", "apiwalk"}
	g.imports["apiwalkTesting"], g.imports["apiwalk"] = "testing", "github.com/shailoo/shailoo/internal/apiwalk/walkcall"
	for n := range g.used {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return g.imports[names[i]] < g.imports[names[j]] })
	for _, n := range names {
		fmt.Fprintf(&b, "\t%s %q\n", n, g.imports[n])
	}
	b.WriteString(")\n\n")
	fmt.Fprintf(&b, `// TestAPIWalk is part of issue 12's attack suite (panics and shared state):
// every exported function and method of the package, called with nil and
// with zero arguments, returns without a panic.
func TestAPIWalk(t *apiwalkTesting.T) {
`)
	for _, c := range g.calls {
		fmt.Fprintf(&b, "\tapiwalk.Call(t, %q, func() { %s })\n", g.qualified(c.name)+" nil", c.nil_)
		if c.zero != c.nil_ {
			fmt.Fprintf(&b, "\tapiwalk.Call(t, %q, func() { %s })\n", g.qualified(c.name)+" zero", c.zero)
		}
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// expr prints a parsed expression. Printing one cannot fail; if it did,
// the file written would not compile, which the walk's test reports.
func expr(e ast.Expr) string {
	var b bytes.Buffer
	_ = format.Node(&b, token.NewFileSet(), e)
	return b.String()
}

// importName is the name a package is known by when imported without one:
// the last element of its path, less a version suffix.
func importName(p string) string {
	parts := strings.Split(p, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	if i := strings.Index(name, ".v"); i > 0 {
		name = name[:i]
	}
	name = strings.TrimPrefix(name, "go-")
	return strings.ReplaceAll(name, "-", "_")
}
