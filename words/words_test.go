package words

import (
	"regexp"
	"slices"
	"testing"
)

// TestCatalog checks every entry of the catalog: a unique key, the text
// in all three languages, and the same {name} figures in each.
func TestCatalog(t *testing.T) {
	figure := regexp.MustCompile(`\{[a-z_]+\}`)
	names := func(s string) []string {
		f := figure.FindAllString(s, -1)
		slices.Sort(f)
		return slices.Compact(f)
	}
	seen := map[string]bool{}
	for _, s := range append(sections, pageSection()...) {
		for _, e := range s {
			if seen[e.Key] {
				t.Errorf("%q: key twice", e.Key)
			}
			seen[e.Key] = true
			if e.En == "" || e.Ru == "" || e.Ky == "" {
				t.Errorf("%q: a language is missing: %+v", e.Key, e.Text)
			}
			en := names(e.En)
			if !slices.Equal(en, names(e.Ru)) || !slices.Equal(en, names(e.Ky)) {
				t.Errorf("%q: the languages name different figures: %v, %v, %v", e.Key, en, names(e.Ru), names(e.Ky))
			}
		}
	}
}

func TestSay(t *testing.T) {
	for _, c := range []struct{ lang, key, want string }{
		{"ky-KG", "report.unfilled_n", "3 мандат бөлүштүрүлгөн жок"},
		{"ru", "report.unfilled_n", "не распределено мандатов: 3"},
		{"de", "report.unfilled_n", "seats not filled: 3"},
		{"en", "no such key {n}", "no such key 3"},
	} {
		if got := Say(c.lang, c.key, Args{"n": "3"}); got != c.want {
			t.Errorf("Say(%q, %q) = %q, want %q", c.lang, c.key, got, c.want)
		}
	}
	if got := Fill("{a} {b} {", func(n string) (string, bool) { return "x", n == "a" }); got != "x {b} {" {
		t.Errorf("Fill = %q", got)
	}
}
