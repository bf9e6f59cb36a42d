package report

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/shailoo/shailoo/words"
)

// TestWordsInCatalog checks that every word the reports ask for by a
// literal key (l.w, l.say, l.pw, l.counted in its three forms) is in the
// catalog: words.Of would
// otherwise print the key.
func TestWordsInCatalog(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`\.(w|say|pw)\("([a-z_]+)"`)
	counted := regexp.MustCompile(`\.counted\([^,]+, "([a-z_]+)"\)`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			prefix := "report."
			if m[1] == "pw" {
				prefix = "provisional."
			}
			if _, ok := words.Lookup(prefix + m[2]); !ok {
				t.Errorf("%s: %s(%q): no %s%s in the catalog", f, m[1], m[2], prefix, m[2])
			}
			n++
		}
		for _, m := range counted.FindAllStringSubmatch(string(src), -1) {
			for _, form := range []string{"one", "few", "many"} {
				if _, ok := words.Lookup("report." + m[1] + "_" + form); !ok {
					t.Errorf("%s: counted(%q): no report.%s_%s in the catalog", f, m[1], m[1], form)
				}
			}
			n++
		}
	}
	if n < 50 {
		t.Errorf("found %d keys: the pattern no longer matches the calls", n)
	}
}
