//go:build !js

package words

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the STRINGS table of wasm/web/app.js")

const appJS = "../wasm/web/app.js"

// pageStrings writes the catalog's page words, error words and the titles
// of the finding codes (the page names a check not evaluated by its title)
// as the STRINGS table of app.js: one object per language, keys in catalog
// order.
func pageStrings() string {
	var titles []Entry
	for _, e := range findings {
		if strings.HasSuffix(e.Key, ".title") {
			titles = append(titles, e)
		}
	}
	ident := regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
	quote := func(s string) string {
		r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
		return "'" + r.Replace(s) + "'"
	}
	var b strings.Builder
	b.WriteString("const STRINGS = {\n")
	for _, lang := range []string{"en", "ru", "ky"} {
		b.WriteString("  " + lang + ": {\n")
		for _, s := range [][]Entry{page, pageView, errs, titles} {
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

// Under a majority rule the page's okrug table gives the leader's share
// of the rule's base, and its header names that base, as the report's
// does ("% (valid ballots)"): each base an okrug's majority rule may
// name has its page word in every language, and app.js names it.
func TestPageNamesMajorityBase(t *testing.T) {
	src, err := os.ReadFile(appJS)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte("t('col_leader_votes_of', { base: t('pbase_' + majority.base) })")) {
		t.Errorf("%s: the okrug table's header does not name the majority rule's base", appJS)
	}
	keys := map[string]Entry{}
	for _, e := range page {
		keys[e.Key] = e
	}
	for _, b := range []string{"participants", "valid", "votes", "voters"} {
		e, ok := keys["pbase_"+b]
		if !ok {
			t.Errorf("no page word pbase_%s", b)
			continue
		}
		for _, lang := range []string{"en", "ru", "ky"} {
			if e.In(lang) == "" {
				t.Errorf("pbase_%s: no %s", b, lang)
			}
		}
	}
	if e, ok := keys["col_leader_votes_of"]; !ok || !strings.Contains(e.In("ru"), "{base}") {
		t.Errorf("col_leader_votes_of: %+v", e)
	}
}

// TestPageReportWords checks that the page words taken from the text
// report's (reportWord) name keys the report has.
func TestPageReportWords(t *testing.T) {
	for _, e := range page {
		if strings.HasPrefix(e.En, "report.") || strings.HasPrefix(e.En, "severity.") {
			t.Errorf("%s: the report has no word %s", e.Key, e.En)
		}
	}
	if got := page[slices.IndexFunc(page, func(e Entry) bool { return e.Key == "col_candidate" })].Ky; got != "Талапкер" {
		t.Errorf("col_candidate in Kyrgyz = %q, want Талапкер", got)
	}
}
