package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// claims are the words no output of shailoo forensics may use (issue 18):
// the analyses measure shapes of the numbers, they prove nothing about
// how an election was run.
var claims = regexp.MustCompile(`(?i)fraud|falsif|фальсиф|мошенн|подтасов|бурмал|алдамч|жасалма`)

// TestForensicsDemo runs shailoo forensics on the embedded 2021 election
// in each language: exit 0, the JSON and six SVG charts in --out, the
// seed in every output, and none of the words of claims anywhere.
// The seven charts include the invalid ballots' (invalid.svg).
func TestForensicsDemo(t *testing.T) {
	for _, lang := range []string{"en", "ru", "ky"} {
		dir := t.TempDir()
		out, errs, code := cli(t, "forensics", "--seed", "5", "--draws", "200", "--lang", lang, "--out", dir)
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", lang, code, errs)
		}
		outputs := map[string]string{"stdout": out}
		for _, f := range []string{"forensics.json", "comet.svg", "integer.svg", "digits.svg", "machine.svg", "regions.svg", "sizes.svg", "invalid.svg"} {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			outputs[f] = string(b)
		}
		for name, s := range outputs {
			if m := claims.FindString(s); m != "" {
				t.Errorf("%s %s says %q", lang, name, m)
			}
			seed := "seed 5,"
			switch {
			case name == "forensics.json":
				seed = `"seed": "5"`
			case lang != "en":
				seed = map[string]string{"ru": "зерно 5,", "ky": "урук 5,"}[lang]
			}
			if !strings.Contains(s, seed) {
				t.Errorf("%s %s does not name the seed (%q)", lang, name, seed)
			}
		}
		var rep struct {
			Draws  int
			Choice string
			Inputs []struct{ Name string }
		}
		if err := json.Unmarshal([]byte(outputs["forensics.json"]), &rep); err != nil {
			t.Fatal(err)
		}
		if rep.Draws != 200 || rep.Choice != "ata-jurt" {
			t.Errorf("draws %d, choice %q; want 200, the leader ata-jurt", rep.Draws, rep.Choice)
		}
	}
}

func TestForensicsUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--invalid-k", "0.9"}, {"--invalid-k", "x"}, {"--invalid-floor", "101"}, {"--invalid-min-ballots", "0"},
		{"--alpha", "1"}, {"--alpha", "0"}, {"--draws", "0"}, {"--choice", "nobody"}, {"--format", "md"}, {"--seed", "-1"}, {"extra"},
	} {
		_, errs, code := cli(t, append([]string{"forensics", "--draws", "10"}, args...)...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errs)
		}
		// the message names the flag given, "--invalid-k", not "invalid k"
		if strings.HasPrefix(args[0], "--") && args[0] != "--choice" && !strings.Contains(errs, args[0]+" ") {
			t.Errorf("%v: %q does not name the flag", args, errs)
		}
	}
	out, _, code := cli(t, "forensics", "--draws", "10", "--format", "json", "--choice", "ishenim", "--alpha", "0.01")
	if code != exitOK || !strings.Contains(out, `"choice": "ishenim"`) || !strings.Contains(out, `"alpha": 0.01`) || !strings.Contains(out, `"choice_by": "given"`) {
		t.Errorf("exit %d: %.300s", code, out)
	}
	out, _, code = cli(t, "forensics", "--draws", "10", "--format", "json", "--invalid-k", "2.5", "--invalid-floor", "4", "--invalid-min-ballots", "50")
	if code != exitOK || !strings.Contains(out, `"k": "2.5"`) || !strings.Contains(out, `"floor_percent": "4"`) || !strings.Contains(out, `"min_ballots": 50`) {
		t.Errorf("exit %d: the rule's parameters not in the JSON: %.300s", code, out)
	}
}

// TestForensicsDuma2011 runs the README's command on the real 2011 file
// (skipped when the shared data is not beside the repository): the
// integer-percentage test finds more precincts at integer percentages
// than chance gives, in turnout and in United Russia's share, and the run
// takes less than 5 s.
func TestForensicsDuma2011(t *testing.T) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		t.Skipf("the shared data is not beside the repository (%v)", err)
	}
	if testing.Short() {
		t.Skip("-short")
	}
	csvFile := unzipOne(t, zipped, t.TempDir())
	readme, err := os.ReadFile(repo + "README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "shailoo forensics --rules examples/duma2011/rules.json --protocols /tmp/2011.csv --mapping examples/duma2011/mapping.json --seed 2011 --out /tmp/duma2011-forensics"
	if !strings.Contains(string(readme), cmd) {
		t.Fatalf("the README no longer gives the command %q", cmd)
	}
	dir := t.TempDir()
	start := time.Now()
	_, errs, code := cli(t, "forensics", "--rules", repo+"examples/duma2011/rules.json", "--protocols", csvFile,
		"--mapping", repo+"examples/duma2011/mapping.json", "--seed", "2011", "--out", dir)
	took := time.Since(start)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	t.Logf("took %v", took)
	b, err := os.ReadFile(filepath.Join(dir, "forensics.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Precincts int
		Choice    string
		Integer   struct {
			Turnout, Share struct {
				Observed  int
				Excess, P float64
			}
		}
		Invalid struct {
			Precincts int
			Invalid   int64
			Rule      struct {
				By    string
				Exact string `json:"threshold_exact"`
			}
			Listed []struct {
				Precinct         string
				Invalid, Ballots int64
			}
		}
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Precincts != 95_225 || rep.Choice != "er" {
		t.Errorf("%d precincts, choice %q; want 95,225 and er", rep.Precincts, rep.Choice)
	}
	// Invalid ballots: 1,033,438 in 95,224 precincts (one has no
	// ballots), the fence Q3 + 3·IQR sets the threshold (6.48%), 1,107
	// precincts over it, the first Dagestan's 1658: 192 of 192.
	v := rep.Invalid
	if v.Precincts != 95_224 || v.Invalid != 1_033_438 || v.Rule.By != "fence" || len(v.Listed) != 1107 ||
		v.Listed[0].Precinct != "Республика Дагестан / 1658" || v.Listed[0].Invalid != 192 || v.Listed[0].Ballots != 192 {
		t.Errorf("invalid: %d precincts, %d invalid, by %s, %d listed (first %+v)", v.Precincts, v.Invalid, v.Rule.By, len(v.Listed), v.Listed[:min(1, len(v.Listed))])
	}
	// The charts in docs/ are this run's.
	for _, f := range []string{"comet", "integer"} {
		got, err := os.ReadFile(filepath.Join(dir, f+".svg"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(repo + "docs/forensics-duma2011-" + f + ".svg")
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("docs/forensics-duma2011-%s.svg is not what the README's command draws: copy %s/%s.svg there", f, dir, f)
		}
	}
	for name, x := range map[string]struct {
		Observed  int
		Excess, P float64
	}{"turnout": rep.Integer.Turnout, "share": rep.Integer.Share} {
		if x.Excess <= 0 || x.P >= 0.01 {
			t.Errorf("%s: excess %.1f, p %v; want an excess with p < 0.01", name, x.Excess, x.P)
		}
	}
}

// BenchmarkForensicsDuma2011 is the whole command on the real 2011 file:
// reading 95,225 protocols, the five analyses with 1,000 draws, the JSON
// and the six charts written.
//
//	go test ./cmd/shailoo -run '^$' -bench ForensicsDuma2011 -benchtime 3x
func BenchmarkForensicsDuma2011(b *testing.B) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		b.Skipf("the shared data is not beside the repository (%v)", err)
	}
	dir := b.TempDir()
	csvFile := unzipOne(b, zipped, dir)
	for b.Loop() {
		var out, errs strings.Builder
		if code := run([]string{"forensics", "--rules", repo + "examples/duma2011/rules.json", "--protocols", csvFile,
			"--mapping", repo + "examples/duma2011/mapping.json", "--seed", "2011", "--out", filepath.Join(dir, "out")}, &out, &errs); code != exitOK {
			b.Fatalf("exit %d: %s", code, errs.String())
		}
	}
}
