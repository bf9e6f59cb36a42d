package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/words"
)

// unevaluatedKinds are the values of the constants Unevaluated* of
// ../result.go: every kind of shailoo.Unevaluated a count can give,
// read from the source so that a kind added there is found here.
func unevaluatedKinds(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../result.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, name := range v.Names {
				if !strings.HasPrefix(name.Name, "Unevaluated") || i >= len(v.Values) {
					continue
				}
				lit, ok := v.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("%s is not a string literal", name.Name)
				}
				k, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				kinds = append(kinds, k)
			}
		}
	}
	if len(kinds) < 40 {
		t.Fatalf("found %d kinds in ../result.go: the pattern no longer matches its constants", len(kinds))
	}
	return kinds
}

// TestProvisionalKindsInCatalog: every kind of shailoo.Unevaluated has
// its sentence in the catalog ("provisional.<kind>", said by the text and
// Markdown reports) and on the page ("prov_<kind>", app.js's STRINGS),
// in Kyrgyz, Russian and English. A kind without one is said by its
// English Reason to every reader.
func TestProvisionalKindsInCatalog(t *testing.T) {
	for _, k := range unevaluatedKinds(t) {
		for _, key := range []string{"provisional." + k, "prov_" + k} {
			tx, ok := words.Lookup(key)
			if !ok {
				t.Errorf("kind %s: no %s in the catalog (words/report.go, words/page.go)", k, key)
				continue
			}
			for _, l := range Langs() {
				if strings.TrimSpace(tx.In(string(l))) == "" {
					t.Errorf("%s: no %s text", key, l)
				}
			}
			if tx.In("ru") == tx.In("en") || tx.In("ky") == tx.In("en") {
				t.Errorf("%s: the Russian or Kyrgyz text is the English one", key)
			}
		}
	}
}

// TestProvisionalBannerEveryKind: the report's banner says every kind in
// the report's language from the catalog, never by the Result's English
// Reason, its figures filled in.
func TestProvisionalBannerEveryKind(t *testing.T) {
	const reason = "the English reason of the Result"
	for _, k := range unevaluatedKinds(t) {
		res := &shailoo.Result{Provisional: true, ProvisionalReasons: []shailoo.Unevaluated{
			{Kind: k, Scope: []string{"a.csv:3 (7)"}, Count: 2, Affects: []string{"list"}, Reason: reason}}}
		for _, l := range []Lang{Russian, Kyrgyz} {
			s, _ := provisional(res, l)
			if len(s.lines) != 1 {
				t.Fatalf("%s %s: lines %q", k, l, s.lines)
			}
			got := s.lines[0]
			if strings.Contains(got, reason) || !strings.ContainsFunc(got, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
				t.Errorf("%s %s: %q, want the catalog's sentence", k, l, got)
			}
			for _, p := range []string{"{n}", "{scope}", "{affects}"} {
				if strings.Contains(got, p) {
					t.Errorf("%s %s: %q leaves %s", k, l, got, p)
				}
			}
		}
	}
}
