package doclinks

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

var (
	linkRe    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	headingRe = regexp.MustCompile("^#{1,6} +(.+?) *#*$")
)

// slug is GitHub's anchor of a heading: lower case, letters, digits,
// hyphens and underscores kept, spaces made hyphens, the rest dropped.
func slug(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// anchors lists a Markdown file's heading anchors, the second of a name
// suffixed -1 as GitHub does; headings inside code fences are not headings.
func anchors(text string) map[string]bool {
	seen := map[string]int{}
	out := map[string]bool{}
	fence := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
			continue
		}
		m := headingRe.FindStringSubmatch(line)
		if fence || m == nil {
			continue
		}
		s := slug(m[1])
		if n := seen[s]; n > 0 {
			out[s+"-"+itoa(n)] = true
		} else {
			out[s] = true
		}
		seen[s]++
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// stripCode drops code spans and fenced blocks, whose brackets are not links.
func stripCode(text string) string {
	var b strings.Builder
	fence := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "```") {
			fence = !fence
			b.WriteString("\n")
			continue
		}
		if fence {
			b.WriteString("\n")
			continue
		}
		parts := strings.Split(line, "`")
		for i := 0; i < len(parts); i += 2 {
			b.WriteString(parts[i])
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestRelativeLinksResolve(t *testing.T) {
	root := filepath.Join("..", "..")
	var files []string
	for _, dir := range []string{".", "docs", "examples", "testdata", "datasets", "presets", "wasm"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "node_modules" || (dir == "." && p != root)) {
				return fs.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".md") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	if len(files) < 5 {
		t.Fatalf("found %d Markdown files: the walk is wrong", len(files))
	}
	cache := map[string]map[string]bool{}
	anchorsOf := func(p string) map[string]bool {
		if a, ok := cache[p]; ok {
			return a
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cache[p] = anchors(string(b))
		return cache[p]
	}
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range linkRe.FindAllStringSubmatch(stripCode(string(b)), -1) {
			target := m[1]
			if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
				continue
			}
			path, anchor, _ := strings.Cut(target, "#")
			full := f
			if path != "" {
				full = filepath.Join(filepath.Dir(f), path)
				if _, err := os.Stat(full); err != nil {
					t.Errorf("%s: link %q: no such file", rel(root, f), target)
					continue
				}
			}
			checked++
			if anchor == "" || !strings.HasSuffix(full, ".md") {
				continue
			}
			if !anchorsOf(full)[anchor] {
				t.Errorf("%s: link %q: %s has no heading of that anchor", rel(root, f), target, rel(root, full))
			}
		}
	}
	if checked < 50 {
		t.Fatalf("checked %d links: the pattern is wrong", checked)
	}
}

func rel(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return p
	}
	return r
}

func TestSlug(t *testing.T) {
	for h, want := range map[string]string{
		"Protocols from CSV: the mapping":                   "protocols-from-csv-the-mapping",
		"Long files: one row per precinct and choice":       "long-files-one-row-per-precinct-and-choice",
		"The page: check published numbers in your browser": "the-page-check-published-numbers-in-your-browser",
		"Many sources of one protocol: `shailoo reconcile`": "many-sources-of-one-protocol-shailoo-reconcile",
	} {
		if got := slug(h); got != want {
			t.Errorf("slug(%q) = %q, want %q", h, got, want)
		}
	}
}

// The messages of the code name docs by anchor too
// ("docs/rules.md#the-protocol-form"): each must reach its heading.
func TestCodeLinksResolve(t *testing.T) {
	root := filepath.Join("..", "..")
	re := regexp.MustCompile(`docs/([a-z0-9-]+\.md)#([a-z0-9_-]+)`)
	seen := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
			return fs.SkipDir
		}
		if d.IsDir() || !(strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".js")) || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			seen++
			doc, err := os.ReadFile(filepath.Join(root, "docs", m[1]))
			if err != nil {
				t.Errorf("%s: %s: no such file", rel(root, p), m[0])
				continue
			}
			if !anchors(string(doc))[m[2]] {
				t.Errorf("%s: %s: no heading of that anchor", rel(root, p), m[0])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen == 0 {
		t.Fatal("no link to docs found in the code: the pattern is wrong")
	}
}
