//go:build !js

package words

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the STRINGS table of wasm/web/app.js")

const appJS = "../wasm/web/app.js"

// pageStrings writes the catalog's page words and error words as the
// STRINGS table of app.js: one object per language, keys in catalog order.
func pageStrings() string {
	ident := regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
	quote := func(s string) string {
		r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
		return "'" + r.Replace(s) + "'"
	}
	var b strings.Builder
	b.WriteString("const STRINGS = {\n")
	for _, lang := range []string{"en", "ru", "ky"} {
		b.WriteString("  " + lang + ": {\n")
		for _, s := range [][]Entry{page, errs} {
			for _, e := range s {
				k := e.Key
				if !ident.MatchString(k) {
					k = quote(k)
				}
				b.WriteString("    " + k + ": " + quote(e.In(lang)) + ",\n")
			}
		}
		b.WriteString("  },\n")
	}
	b.WriteString("};\n")
	return b.String()
}

// TestPageStrings checks that the STRINGS table of wasm/web/app.js is the
// one the catalog makes; -update rewrites it in place.
func TestPageStrings(t *testing.T) {
	src, err := os.ReadFile(appJS)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "const STRINGS = {\n", "\n};\n"
	i := bytes.Index(src, []byte(begin))
	if i < 0 {
		t.Fatalf("%s: no %q", appJS, strings.TrimSpace(begin))
	}
	j := bytes.Index(src[i:], []byte(end))
	if j < 0 {
		t.Fatalf("%s: the STRINGS table does not end", appJS)
	}
	have, want := string(src[i:i+j+len(end)]), pageStrings()
	if have == want {
		return
	}
	if !*update {
		t.Fatalf("%s: the STRINGS table is not the catalog's: run go test ./words -update", appJS)
	}
	out := append(append(append([]byte{}, src[:i]...), want...), src[i+j+len(end):]...)
	if err := os.WriteFile(appJS, out, 0o644); err != nil {
		t.Fatal(err)
	}
}
