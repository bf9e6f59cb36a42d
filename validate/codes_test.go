package validate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/codes.golden and docs/codes.md")

const goldenHeader = `# The codes of package validate: code, severity, rule, title (en).
# Pinned so that a code is never renumbered or reused: a change here must be
# an addition. Refresh with: go test ./validate -run TestCodesGolden -update
`

func goldenCodes() string {
	var b strings.Builder
	b.WriteString(goldenHeader)
	for _, c := range Codes() {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", c.Code, c.Severity, c.Rule, c.Title.En)
	}
	return b.String()
}

const docsHeader = `# Finding codes

Every check of package ` + "`validate`" + ` has a stable code: never renumbered, never reused.
The letter is the family, the number is unique across families:
P1xx protocol control relations, X2xx cross-checks, S3xx published summary,
C4xx citizen's copy, L5xx list registration, I6xx input,
R7xx many sources of one protocol (` + "`shailoo reconcile`" + `, [reconcile.md](reconcile.md)).
An error-severity finding makes ` + "`shailoo check`" + ` and ` + "`shailoo verify`" + ` exit 1; a warning does not.
Every message also exists in Russian and Kyrgyz.

F is the rule sets' own family: a relation a rule set declares in its protocol section
(` + "`protocol.add_relations`" + `, see [rules.md](rules.md#the-protocol-form)) has a code F1..F9999 that the
rule set gives it, with its severity and its sentence in en, ru and ky. The built-in catalog below
never uses the letter F, so a declared code can never collide with a built-in one; two rule sets
may give the same F code different meanings, so an F code is read with the rule set's ID.

This file is generated from ` + "`validate.Codes()`" + ` and checked by a test
(` + "`go test ./validate -run TestCodesDoc -update`" + ` rewrites it).

| code | severity | rule checked | message (en) |
|---|---|---|---|
`

// docsFooter follows the table: what the exit statuses of the command line
// and a tie report mean.
const docsFooter = `
## Exit statuses

| status | meaning |
|---|---|
| 0 | everything holds, and the votes alone decided every seat |
| 1 | error findings, a tie awaiting lots, published numbers that disagree with the recount, or a result that rests on something not evaluated |
| 2 | bad usage or unreadable input (the message names the file, line, column and field) |
| 3 | everything holds, but a decision other than the votes settled a seat (see the ties) |

When several apply, the worse wins: 2 over 1, 1 over 3, 3 over 0. ` + "`shailoo whatif`" + ` exits with the
worse status of its two counts.

## What a tie report means

A seat the votes alone did not decide is never given silently. Each one is in the result's
` + "`ties`" + ` (JSON), in the "Ties and decisions" section of the text and Markdown reports and on the
page, with:

- ` + "`context`" + `: where, and the key of the lots that settle it: ` + "`list`" + ` (the list seats),
  ` + "`list/<party>`" + ` (inside a list), ` + "`okrug/<okrug>`" + `;
- ` + "`stage`" + `: ` + "`largest_remainder`" + ` or ` + "`highest_quotient`" + ` (equal remainders or quotients at the
  last list seat), ` + "`women_quota`" + ` or ` + "`preference`" + ` (equal preference votes inside a list),
  ` + "`plurality`" + ` (okrug candidates equal for first place), ` + "`district`" + ` (candidates of equal votes
  in a district of several seats, of whom the walk must choose: at the last seat or across the
  sex-balance rule), ` + "`against_all`" + ` ("against all" equal to the leading candidate, or in a
  district to the candidate it is compared with);
- ` + "`tied`" + `, ` + "`seats`" + ` (the seats at stake) and ` + "`value`" + ` (the tied figure, exact; ` + "`not_evaluated`" + ` when
  no protocol gives a list's preference votes: missing data is not zero votes);
- ` + "`names`" + `: the names the definition gives the tied (the lists, or the candidates of the list or
  the okrug of ` + "`context`" + `), by ID, where a name is not the ID; the report and the page write each
  of the tied as ` + "`c1 (Asan)`" + `;
- ` + "`settled_by`" + `: a rule the rule set names (` + "`registration_order`" + `, ` + "`ballot_order`" + `,
  ` + "`list_position`" + `, ` + "`against_all_tie`" + `), ` + "`lots`" + ` (lots given as input), ` + "`lot_seed`" + ` (drawn from the
  public seed, with its ` + "`seed`" + `: ` + "`seats.DrawLots(seed, tied)`" + `), or empty while the tie awaits lots
  (its seats are then not filled, and the exit status is 1);
- ` + "`order`" + ` and ` + "`winners`" + `: the tied set in the order the rule or the lot gave, and who took the seats.

A list at its cap is never in a tied set: it keeps the cap, and the seats are shared again among
the others.

Under closed lists (` + "`list.lists`" + ` = ` + "`closed`" + `, as in kg2010 and kg2015) the seats inside a list go
by list order: that is the rule, not a tie, so no tie is reported for it and, if the votes decided
everything else, the exit status is 0.
`

// TestCodesNoF: the letter F is the rule sets' own (Relation.Code).
func TestCodesNoF(t *testing.T) {
	for _, c := range Codes() {
		if strings.HasPrefix(string(c.Code), "F") {
			t.Errorf("built-in code %s uses F, the family of the codes a rule set declares", c.Code)
		}
	}
}

func docsCodes() string {
	var b strings.Builder
	b.WriteString(docsHeader)
	esc := strings.NewReplacer("|", `\|`)
	for _, c := range Codes() {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", c.Code, c.Severity, esc.Replace(c.Rule), esc.Replace(c.Title.En))
	}
	b.WriteString(docsFooter)
	return b.String()
}

func checkFile(t *testing.T, path, want string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != want {
		t.Errorf("%s is out of date with Codes(); run go test ./validate -run 'TestCodes' -update and review the diff", path)
	}
}

func TestCodesGolden(t *testing.T) {
	checkFile(t, filepath.Join("testdata", "codes.golden"), goldenCodes())
}

func TestCodesDoc(t *testing.T) {
	checkFile(t, filepath.Join("..", "docs", "codes.md"), docsCodes())
}

func TestCodeTable(t *testing.T) {
	shape := regexp.MustCompile(`^[PXSCLIR][1-7][0-9]{2}$`)
	family := map[byte]byte{'P': '1', 'X': '2', 'S': '3', 'C': '4', 'L': '5', 'I': '6', 'R': '7'}
	seen := map[Code]bool{}
	seenNum := map[int]bool{}
	hasCyrillic := func(s string) bool {
		for _, r := range s {
			if unicode.Is(unicode.Cyrillic, r) {
				return true
			}
		}
		return false
	}
	for i, d := range codeTable {
		c := d.Code
		if !shape.MatchString(string(c)) || family[c[0]] != c[1] {
			t.Errorf("%s: not a code of the form letter + family digit + two digits", c)
		}
		if seen[c] || seenNum[codeNumber(c)] {
			t.Errorf("%s: number used twice", c)
		}
		seen[c], seenNum[codeNumber(c)] = true, true
		if i > 0 && compareCodes(codeTable[i-1].Code, c) >= 0 {
			t.Errorf("%s: table not in code order", c)
		}
		if d.Severity != Error && d.Severity != Warning {
			t.Errorf("%s: severity %q", c, d.Severity)
		}
		w := codeDef{CodeInfo: d}.worded()
		for _, m := range []Message{w.Title, w.body} {
			if m.En == "" || !hasCyrillic(m.Ru) || !hasCyrillic(m.Ky) {
				t.Errorf("%s: message %+v lacks a language", c, m)
			}
		}
		if d.Rule == "" {
			t.Errorf("%s: no rule", c)
		}
		if _, ok := Info(c); !ok {
			t.Errorf("%s: Info does not find it", c)
		}
	}
	if _, ok := Info("P999"); ok {
		t.Error("Info found P999")
	}
	for _, c := range Relations() {
		if c[0] != 'P' {
			t.Errorf("relation %s is not a P code", c)
		}
	}
}
