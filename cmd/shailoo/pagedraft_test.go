package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pageDraftFiles reads wasm/draft/testdata/files.txt: the files whose
// drafts the page's draft module must give as this command does.
func pageDraftFiles(t *testing.T, root string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(root, "wasm/draft/testdata/files.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var files []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			files = append(files, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return files
}

// TestPageDraftGoldens checks wasm/draft/testdata/cli/: for each file of
// files.txt, NAME.out is what `shailoo mapping draft NAME` prints on
// standard output, run in the file's folder (the page names a file by
// its bare name), and NAME.err what it prints on standard error when it
// fails. wasm/draft's js/wasm test compares the page's draft module with
// them; together, the two say that the page drafts as the command does,
// byte for byte. -update rewrites them.
func TestPageDraftGoldens(t *testing.T) {
	root, err := filepath.Abs(repo)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(root, "wasm/draft/testdata/cli")
	want := map[string]bool{}
	for _, file := range pageDraftFiles(t, root) {
		dir, name := filepath.Split(filepath.Join(root, file))
		t.Run(name, func(t *testing.T) {
			t.Chdir(dir)
			out, errs, code := cli(t, "mapping", "draft", name)
			keep, drop := name+".out", name+".err"
			got := out
			if code != exitOK {
				if out != "" {
					t.Fatalf("mapping draft failed (exit %d) and printed a draft:\n%s", code, out)
				}
				keep, drop, got = drop, keep, errs
			}
			want[keep] = true
			path := filepath.Join(golden, keep)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				os.Remove(filepath.Join(golden, drop))
				return
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./cmd/shailoo -run TestPageDraftGoldens -update writes it)", err)
			}
			if string(b) != got {
				t.Errorf("%s is not what mapping draft prints now (-update rewrites it):\n%s", keep, got)
			}
		})
	}
	// a golden of a file no longer listed is stale
	entries, err := os.ReadDir(golden)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !want[e.Name()] && !t.Failed() {
			t.Errorf("%s: no file of files.txt gives it (delete it)", filepath.Join("wasm/draft/testdata/cli", e.Name()))
		}
	}
}
