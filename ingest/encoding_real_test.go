package ingest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite testdata/guesses.golden")

// The guess of every real cut of testdata/ingest/real with bytes above
// 0x7F: of its bytes as stored (UTF-8, what a count that names a code
// page for a UTF-8 file guesses its lines are), and of its text in each
// code page that has all its letters. testdata/guesses.golden pins them:
// a code page added to the guess changes none of the others' (its lines
// for Windows-1254, 1256 and 1257 are what it names for text saved so:
// Danish, Norwegian and Lithuanian text in Windows-1257 is named
// Windows-1257, in which its ø, æ and ė read right).
func TestGuessEncodingRealCuts(t *testing.T) {
	files, err := filepath.Glob("../testdata/ingest/real/*")
	if err != nil {
		t.Fatal(err)
	}
	pages := []struct {
		enc string
		cm  *charmap.Charmap
	}{
		{EncodingWindows1250, charmap.Windows1250}, {EncodingWindows1251, charmap.Windows1251}, {EncodingWindows1252, charmap.Windows1252},
		{EncodingWindows1253, charmap.Windows1253}, {EncodingWindows1255, charmap.Windows1255}, {EncodingKOI8R, charmap.KOI8R},
		{EncodingWindows1254, charmap.Windows1254}, {EncodingWindows1256, charmap.Windows1256}, {EncodingWindows1257, charmap.Windows1257},
	}
	var out bytes.Buffer
	out.WriteString("# guessEncoding of each real cut of testdata/ingest/real with bytes above 0x7F:\n" +
		"# file, the bytes it is read as (utf-8: as stored), the code page guessed.\n" +
		"# go test ./ingest -run TestGuessEncodingRealCuts -update rewrites it.\n")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if isASCII(b) || strings.HasSuffix(f, ".md") {
			continue
		}
		name := filepath.Base(f)
		fmt.Fprintf(&out, "%s utf-8 %s\n", name, guessEncoding(b))
		for _, p := range pages {
			raw, err := p.cm.NewEncoder().String(string(b))
			if err != nil {
				continue // a letter the code page lacks
			}
			fmt.Fprintf(&out, "%s %s %s\n", name, p.enc, guessEncoding([]byte(raw)))
		}
	}
	const golden = "testdata/guesses.golden"
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != string(want) {
		g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(g), len(w)); i++ {
			var gl, wl string
			if i < len(g) {
				gl = g[i]
			}
			if i < len(w) {
				wl = w[i]
			}
			if gl != wl {
				t.Errorf("line %d: got %q, want %q", i+1, gl, wl)
			}
		}
	}
}
