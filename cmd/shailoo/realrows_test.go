package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// deMapping maps the Bundeswahlleiter's kerg.csv by column number: the
// Wahlkreis number, the Zweitstimmen (Endgültig) of the lines and of the
// first 43 parties.
func deMapping(t *testing.T, extra string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"delimiter": ";", "skip_rows": 2, "precinct": 1, "ballot": "list",` + extra + `
  "lines": {"voters": 6, "invalid": 14, "valid": 18}, "votes": {`)
	for i := range 43 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`"p` + strconv.Itoa(i+1) + `": ` + strconv.Itoa(22+4*i))
	}
	b.WriteString("}}\n")
	return writeTemp(t, "de.json", b.String())
}

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const deRules = `{
  "format": 1, "id": "de-approx", "version": "0",
  "name": "598 seats by Sainte-Lague over the Zweitstimmen, 5% of valid votes (an approximation for testing)",
  "seats": {"list": 598},
  "threshold": {"percent": "5", "base": "valid", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "sainte_lague"},
  "protocol": {"ballots": {"list": {"against_all": false}}}
}
`

// The Bundeswahlleiter's file ends the block of a Land with a row of ";"
// alone: a count reads past it, without --skip-bad-rows, and says so in
// every format (on stderr beside JSON findings).
func TestCountBlankRowsBundeswahlleiter(t *testing.T) {
	file := repo + "testdata/ingest/real/de-btw17-kerg.csv"
	m, rules := deMapping(t, ""), writeTemp(t, "rules.json", deRules)
	const note = "de-btw17-kerg.csv: 1 rows of empty cells skipped (lines 16): rows of delimiters alone, neither protocols nor errors."
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m)
	if code == exitUsage || strings.Contains(out+errs, "too short") || strings.Contains(out, "I601") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, note) {
		t.Errorf("the count does not say the blank row\n%s", out)
	}
	out, _, _ = cli(t, "count", "--rules", rules, "--protocols", file, "--mapping", m, "--lang", "ky")
	if !strings.Contains(out, "бош уячалардан гана турган саптар өткөрүлүп жиберилди: 1 (саптар 16)") {
		t.Errorf("the Kyrgyz count does not say the blank row\n%s", out)
	}
	// Findings in JSON: the notes of the rows go to stderr.
	out, errs, _ = cli(t, "check", "--rules", rules, "--protocols", file, "--mapping", m, "--format", "json")
	if strings.Contains(out+errs, "too short") || !strings.Contains(errs, note) {
		t.Errorf("check does not read past the blank row, or does not say so\n%s\n%s", out, errs)
	}
}
