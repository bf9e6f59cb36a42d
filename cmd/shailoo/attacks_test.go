package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// TestAttacks runs the standing attack suite: every file under
// testdata/attacks/<class>/ is one hostile input given to the command line,
// with the outcome it must get. A case is a small archive:
//
//	# what the attack is and what must happen (free text)
//	run: count --election $WORK/election.json --rules kg2021
//	exit: 1
//	stdout: a text the output must contain
//	!stdout: a text it must not contain
//	stderr: a text the error output must contain
//	!stderr: a text it must not contain
//	-- election.json --
//	{ ... }
//
// $WORK is the folder the case's files are written to, $REPO the
// repository's root. A file's name may end in a transformation: "[cr]"
// turns its line ends into a lone CR, "[utf16]" writes it as UTF-16LE with
// a byte-order mark, "[cp1251]" as Windows-1251, "[base64]" decodes it. Texts are matched literally;
// "\n" and "\t" in them stand for a line end and a tab.
func TestAttacks(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(repo, "testdata", "attacks", "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no attack cases under testdata/attacks")
	}
	root, err := filepath.Abs(repo)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range cases {
		name := filepath.Base(filepath.Dir(path)) + "/" + strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			c, err := readAttack(path)
			if err != nil {
				t.Fatal(err)
			}
			work := t.TempDir()
			for _, f := range c.files {
				if err := os.WriteFile(filepath.Join(work, f.name), f.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			var args []string
			for _, a := range strings.Fields(c.run) {
				a = strings.ReplaceAll(a, "$WORK", work)
				a = strings.ReplaceAll(a, "$REPO", root)
				args = append(args, a)
			}
			stdout, stderr, code := cli(t, args...)
			show := func() string {
				return fmt.Sprintf("%s\nshailoo %s\nexit %d\n--- stdout\n%s\n--- stderr\n%s", path, c.run, code, clip(stdout), clip(stderr))
			}
			if c.exit >= 0 && code != c.exit {
				t.Errorf("exit %d, want %d\n%s", code, c.exit, show())
			}
			for _, m := range c.match {
				got := stdout
				if m.stream == "stderr" {
					got = stderr
				}
				if strings.Contains(got, m.text) == m.negate {
					verb := "lacks"
					if m.negate {
						verb = "has"
					}
					t.Errorf("%s %s %q\n%s", m.stream, verb, m.text, show())
				}
			}
		})
	}
}

func clip(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "\n... (clipped)"
	}
	return s
}

type attack struct {
	run   string
	exit  int
	match []attackMatch
	files []attackFile
}

type attackMatch struct {
	stream string
	negate bool
	text   string
}

type attackFile struct {
	name string
	data []byte
}

// readAttack parses one case file (see TestAttacks).
func readAttack(path string) (*attack, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c := &attack{exit: -1}
	lines := strings.SplitAfter(string(raw), "\n")
	var cur *attackFile
	for i, line := range lines {
		trimmed := strings.TrimRight(line, "\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			c.files = append(c.files, attackFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = &c.files[len(c.files)-1]
			continue
		}
		if cur != nil {
			cur.data = append(cur.data, line...)
			continue
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, val, ok := strings.Cut(trimmed, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want \"key: value\", got %q", path, i+1, trimmed)
		}
		val = strings.TrimSpace(val)
		val = strings.NewReplacer(`\n`, "\n", `\t`, "\t").Replace(val)
		switch key {
		case "run":
			c.run = val
		case "exit":
			n, err := strconv.Atoi(val)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: exit: %v", path, i+1, err)
			}
			c.exit = n
		case "stdout", "stderr", "!stdout", "!stderr":
			c.match = append(c.match, attackMatch{stream: strings.TrimPrefix(key, "!"), negate: key[0] == '!', text: val})
		default:
			return nil, fmt.Errorf("%s:%d: unknown key %q", path, i+1, key)
		}
	}
	if c.run == "" && !strings.Contains(string(raw), "\nrun:") {
		return nil, fmt.Errorf("%s: no run: line", path)
	}
	for i := range c.files {
		f := &c.files[i]
		base, transform, _ := strings.Cut(f.name, " [")
		f.name = strings.TrimSpace(base)
		switch strings.TrimSuffix(transform, "]") {
		case "":
		case "cr":
			f.data = bytes.ReplaceAll(f.data, []byte("\n"), []byte("\r"))
		case "utf16":
			u := utf16.Encode([]rune(string(f.data)))
			b := []byte{0xFF, 0xFE}
			for _, r := range u {
				b = binary.LittleEndian.AppendUint16(b, r)
			}
			f.data = b
		case "cp1251":
			d, err := charmap.Windows1251.NewEncoder().Bytes(f.data)
			if err != nil {
				return nil, fmt.Errorf("%s: file %s: %v", path, f.name, err)
			}
			f.data = d
		case "base64":
			d, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(f.data)), ""))
			if err != nil {
				return nil, fmt.Errorf("%s: file %s: %v", path, f.name, err)
			}
			f.data = d
		default:
			return nil, fmt.Errorf("%s: file %s: unknown transformation [%s", path, f.name, transform)
		}
	}
	return c, nil
}
