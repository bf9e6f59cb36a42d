package words

import (
	"regexp"
	"slices"
	"strings"
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
			for _, lang := range []string{"en", "ru", "ky"} {
				checkPlurals(t, e, lang)
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

// TestPlural: a noun after a number takes the number's form, by the
// Russian rule among three forms and the English one among two.
func TestPlural(t *testing.T) {
	ru := "{n} {n|мандат|мандата|мандатов}"
	for _, c := range []struct{ tmpl, n, want string }{
		{ru, "0", "0 мандатов"},
		{ru, "1", "1 мандат"},
		{ru, "2", "2 мандата"},
		{ru, "4", "4 мандата"},
		{ru, "5", "5 мандатов"},
		{ru, "11", "11 мандатов"},
		{ru, "12", "12 мандатов"},
		{ru, "14", "14 мандатов"},
		{ru, "21", "21 мандат"},
		{ru, "22", "22 мандата"},
		{ru, "111", "111 мандатов"},
		{ru, "1 281 621", "1 281 621 мандат"},
		{"из {n} {n|кандидата|кандидатов|кандидатов}", "1", "из 1 кандидата"},
		{"из {n} {n|кандидата|кандидатов|кандидатов}", "3", "из 3 кандидатов"},
		{"{n} {n|seat|seats}", "1", "1 seat"},
		{"{n} {n|seat|seats}", "0", "0 seats"},
		{"{n} {n|seat|seats}", "21", "21 seats"},
		{"{n} {n|seat|seats}", "1001", "1001 seats"},
		{"{m} {m|мандат|мандата|мандатов}", "2", "{m} {m|мандат|мандата|мандатов}"}, // not given: as written
		// a value of several numbers: the last decides ("1 → 2", "1–2")
		{ru, "1 → 2", "1 → 2 мандата"},
		{ru, "1–2", "1–2 мандата"},
		{ru, "2 → 6", "2 → 6 мандатов"},
		{"{n} {n|seat|seats}", "2 → 1", "2 → 1 seat"},
		{"{n} {n|seat|seats}", "1,001", "1,001 seats"},
	} {
		if got := Fill(c.tmpl, func(name string) (string, bool) { return c.n, name == "n" }); got != c.want {
			t.Errorf("Fill(%q, n=%s) = %q, want %q", c.tmpl, c.n, got, c.want)
		}
	}
}

// checkPlurals checks the {name|forms} of e's text in lang: two or three
// forms (a figure a sentence's caller gives may not be one the English
// names: "{of}" of report.filled).
func checkPlurals(t *testing.T, e Entry, lang string) {
	t.Helper()
	for _, m := range regexp.MustCompile(`\{([a-z_]+)((?:\|[^|{}]*)+)\}`).FindAllStringSubmatch(e.In(lang), -1) {
		forms := strings.Count(m[2], "|")
		if forms != 2 && forms != 3 {
			t.Errorf("%q (%s): %s: a plural in 2 or 3 forms", e.Key, lang, m[0])
		}
	}
}

// TestPagePlurals: the words the page fills itself (its STRINGS: the page's
// and the errors' words) choose no plural forms in braces, which app.js's
// t() does not fill; the page chooses a form by key (tCount).
func TestPagePlurals(t *testing.T) {
	marker := regexp.MustCompile(`\{[a-z_]+\|`)
	for _, s := range append(pageSection(), errs, findings) {
		for _, e := range s {
			if s[0].Key == findings[0].Key && !strings.HasSuffix(e.Key, ".title") {
				continue // a finding's sentence is made by Go; only its title is the page's
			}
			for _, lang := range []string{"en", "ru", "ky"} {
				if marker.MatchString(e.In(lang)) {
					t.Errorf("%q (%s): a plural form {name|...} in a word the page fills", e.Key, lang)
				}
			}
		}
	}
}
