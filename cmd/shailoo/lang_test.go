package main

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/datasets"
)

// english is the vocabulary of the words the reports said in English in
// the middle of a Russian or Kyrgyz report: the findings table's head,
// severities, places, the reasons a check was not evaluated, the figures
// of want and got, the quota's detail, the regional verdict and the
// built-in data's names and provenance. A Russian or Kyrgyz report says
// none of them; IDs (S301, kg2021, against_all, found_stationary) and
// file names are data, and so are the names the data gives in Latin
// letters.
var english = strings.Fields(`
	code want got gap recount pp error errors warning warnings
	file row column region okrug precinct ballot list lists candidate line choice
	manual machine count nation
	not evaluated apply does closed preference votes protocol protocols form lacks gives
	election elections defines has defined summary publishes published percentage percent
	exact quota hare seats seat passed failed
	national totals official preliminary synthetic rules
	the of is are no none for in on by with and an a
	Jogorku Kenesh November law courts applied
`)

// latinWords returns the Latin words of out that are in english, in the
// style of the page's test (e2e/page.test.js, latinWords): a word with a
// digit, a file name or an ID of words joined by "-" or "_" is data, and
// so is every word of names and of what is in ASCII quotes (the JSON a
// note shows).
func latinWords(out string, names map[string]bool) []string {
	var found []string
	out = regexp.MustCompile(`"[ -~]*?"`).ReplaceAllString(out, " ") // JSON a note quotes ("protocol": {...}) is code
	for _, w := range regexp.MustCompile(`[^A-Za-z0-9_.\-]+`).Split(out, -1) {
		w = strings.Trim(w, ".-")
		if !regexp.MustCompile(`[A-Za-z]{2,}|^a$`).MatchString(w) || strings.ContainsAny(w, "0123456789") ||
			regexp.MustCompile(`(?i)\.(json|csv|md|txt)$`).MatchString(w) || regexp.MustCompile(`^[A-Za-z]+([-_][A-Za-z]+)+$`).MatchString(w) {
			continue
		}
		if slices.Contains(english, strings.ToLower(w)) && !names[w] && !slices.Contains(found, w) {
			found = append(found, w)
		}
	}
	return found
}

// dataNames are the words of every name a count's JSON result gives (the
// lists', okrugs', candidates', the election's as a file names it): they
// are data, in the letters the data has.
func dataNames(t *testing.T, args ...string) map[string]bool {
	t.Helper()
	out, _, _ := cli(t, append(args, "--format", "json")...)
	return jsonNames(out)
}

// jsonNames are the words of the names a JSON text gives (keys ending in
// "name", and "party"): a published summary's lists, which a check's
// sentences name them by.
func jsonNames(out string) map[string]bool {
	names := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && (strings.HasSuffix(k, "name") || k == "party" || k == "source") { // a summary's source: its own words, shown as given
					for _, w := range regexp.MustCompile(`[^A-Za-z]+`).Split(s, -1) {
						names[w] = true
					}
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var v any
	if err := json.Unmarshal([]byte(out), &v); err == nil {
		walk(v)
	}
	return names
}

// TestReportsSayNoEnglish: the Russian and Kyrgyz text and Markdown
// reports of counts and checks with findings of every family (P1xx, X2xx,
// L5xx and I603 by count and check, S3xx by verify, C4xx by copy) and of
// the default count say their findings' places, severities and
// not-evaluated reasons, the provenance and the data's names in their
// language: no word of the English vocabulary above is left. Of
// reconcile (R7xx), whose report is in English but for its findings, the
// findings' lines. (I601's sentence ends in the English text of the
// parser's error, as an error's details do.)
func TestReportsSayNoEnglish(t *testing.T) {
	work := t.TempDir()
	attack := func(name string) (dir string, run []string) {
		c, err := readAttack(filepath.Join(repo, "testdata", "attacks", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(work, strings.ReplaceAll(name, "/", "-"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range c.files {
			if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for _, a := range strings.Fields(c.run) {
			if a == "--lang" || a == "ru" || a == "ky" || a == "--format" || a == "json" {
				continue
			}
			run = append(run, strings.ReplaceAll(a, "$WORK", dir))
		}
		return dir, run
	}
	fx := repo + "e2e/fixtures/"
	faulty := []string{"--election", fx + "faulty.json", "--protocols", fx + "faulty.csv", "--mapping", fx + "faulty.mapping.json"}
	_, totals := attack("totals/total-first-ru")
	_, reconcile := attack("reconcile/duplicate-copies-disagree")
	cases := []struct {
		name     string
		args     []string
		codes    []string // the findings the report must have
		findings bool     // only the findings' lines are in the language
	}{
		{"default count", []string{"count"}, nil, false},
		{"count faulty", append([]string{"count"}, faulty...), []string{"P103", "X216", "L502"}, false},
		{"check faulty", append([]string{"check"}, faulty...), []string{"P101", "X201", "L503"}, false},
		{"count total row", totals, []string{"I603"}, false},
		{"verify", []string{"verify", "--published", fx + "summary-140.json"}, []string{"S301", "S303"}, false},
		{"copy", []string{"copy", "--copy", repo + "testdata/copy-1001.json"}, []string{"C401", "C404"}, false},
		{"reconcile", reconcile, []string{"R706"}, true},
	}
	for _, c := range cases {
		names := map[string]bool{}
		if c.args[0] == "count" {
			names = dataNames(t, c.args...)
		}
		if c.args[0] == "verify" {
			b, err := os.ReadFile(c.args[2])
			if err != nil {
				t.Fatal(err)
			}
			names = jsonNames(string(b))
		}
		if i := slices.Index(c.args, "--election"); i >= 0 {
			// the definition's names (a candidate's "List candidate
			// 1-1"), which findings name lists and candidates by
			b, err := os.ReadFile(c.args[i+1])
			if err != nil {
				t.Fatal(err)
			}
			maps.Copy(names, jsonNames(string(b)))
		} else if c.args[0] == "copy" {
			// the built-in kg2021's: its synthetic candidates' names are
			// English alone ("Ata-Jurt Kyrgyzstan candidate 3")
			e, err := datasets.KG2021Shared()
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			maps.Copy(names, jsonNames(string(b)))
		}
		for _, lang := range []string{"ru", "ky"} {
			for _, format := range []string{"text", "md"} {
				out, errs, code := cli(t, append(slices.Clone(c.args), "--lang", lang, "--format", format)...)
				if code == exitUsage {
					t.Fatalf("%s %s %s: exit %d\n%s", c.name, lang, format, code, errs)
				}
				for _, want := range c.codes {
					if !strings.Contains(out, want) {
						t.Errorf("%s %s %s: no %s in\n%s", c.name, lang, format, want, out)
					}
				}
				if c.findings {
					var lines []string
					for _, ln := range strings.Split(out, "\n") {
						if regexp.MustCompile(`^\s*(- )?[A-Z]\d{3} `).MatchString(ln) {
							lines = append(lines, ln)
						}
					}
					out = strings.Join(lines, "\n")
				}
				if w := latinWords(out, names); len(w) > 0 {
					t.Errorf("%s --lang %s --format %s: English words %q in\n%s", c.name, lang, format, w, out)
				}
			}
		}
	}
}
