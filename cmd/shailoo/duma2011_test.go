package main

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
	"golang.org/x/text/encoding/charmap"
)

// The README of examples/duma2011 runs on the raw 2011 Duma file (issue
// 14): the official seats, exit 0, no preprocessing.
func TestDuma2011Example(t *testing.T) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		t.Skipf("the shared data is not beside the repository (%v)", err)
	}
	dir := t.TempDir()
	csvFile := unzipOne(t, zipped, dir)

	readme, err := os.ReadFile(repo + "examples/duma2011/README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "shailoo count --rules examples/duma2011/rules.json --protocols /tmp/2011.csv --mapping examples/duma2011/mapping.json"
	if !strings.Contains(string(readme), cmd) {
		t.Fatalf("the README no longer gives the command %q", cmd)
	}
	out, errs, code := cli(t, "count", "--rules", repo+"examples/duma2011/rules.json", "--protocols", csvFile,
		"--mapping", repo+"examples/duma2011/mapping.json", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, want %d\n%s", code, exitOK, errs)
	}
	var res struct {
		Lists []struct {
			ID    string
			Seats int
		}
		Seats  struct{ Filled, Of int }
		Totals struct{ Participants int64 }
		Notes  []string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	seats := map[string]int{}
	for _, l := range res.Lists {
		seats[l.ID] = l.Seats
	}
	for id, want := range map[string]int{"er": 238, "kprf": 92, "sr": 64, "ldpr": 56, "yabloko": 0, "patriots": 0, "pd": 0} {
		if seats[id] != want {
			t.Errorf("%s: %d seats, want %d", id, seats[id], want)
		}
	}
	if res.Totals.Participants != 65_648_690 {
		t.Errorf("ballots found (invalid + valid) %d, want 65,648,690", res.Totals.Participants)
	}
	if !strings.Contains(strings.Join(res.Notes, "\n"), "the definition is inferred from the mapping") {
		t.Errorf("no note that the definition was inferred: %q", res.Notes)
	}
}

// unzipOne writes the one file of the zip archive into dir and returns
// its path.
func unzipOne(t testing.TB, name, dir string) string {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, filepath.Base(f.Name))
		w, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	t.Fatal("empty zip archive")
	return ""
}

// BenchmarkDuma2011 is the count of scripts/bench on the real file, in
// process, for a profile: every relation of the 2011 form and every
// cross-check, the text report.
//
//	go test -run XXX -bench Duma2011 -cpuprofile cpu.out ./cmd/shailoo
func BenchmarkDuma2011(b *testing.B) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		b.Skipf("the shared data is not beside the repository (%v)", err)
	}
	csvFile := unzipOne(b, zipped, b.TempDir())
	args := []string{"count", "--rules", repo + "examples/duma2011/rules.json", "--protocols", csvFile,
		"--mapping", repo + "examples/duma2011/mapping.json"}
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// The page counts the real 2011 file as the command line does: the same
// JSON, byte for byte, from wasm/api (what the page's worker calls) as
// from `shailoo count --format json`, and the same reports of the page's
// other calls on it (verify of its own export, a precinct, the protocols
// table).
func TestDuma2011PageMatchesCLI(t *testing.T) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		t.Skipf("the shared data is not beside the repository (%v)", err)
	}
	csvFile := unzipOne(t, zipped, t.TempDir())
	rulesFile, mappingFile := repo+"examples/duma2011/rules.json", repo+"examples/duma2011/mapping.json"
	cliOut, errs, code := cli(t, "count", "--rules", rulesFile, "--protocols", csvFile, "--mapping", mappingFile, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	read := func(name string) string {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	src := api.Source{Rules: read(rulesFile), RulesName: rulesFile,
		Protocols: []api.CSVFile{{Name: csvFile, Text: read(csvFile), Mapping: read(mappingFile), MappingName: mappingFile}}}
	pageOut, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	if string(pageOut) != cliOut {
		t.Fatalf("the page's count differs from the command line's (%d against %d bytes)", len(pageOut), len(cliOut))
	}
	b, err := api.PrecinctOf(src, "Республика Адыгея (Адыгея) / 1")
	if err != nil || !strings.Contains(string(b), `"ballot": "list"`) {
		t.Errorf("a precinct of the file: %v\n%.300s", err, b)
	}
	if _, err := api.Export(src, "protocols"); err != nil {
		t.Errorf("the protocols table: %v", err)
	}
}

// The real 2011 file saved in Windows-1251, as Russian commissions' files
// often are, is counted with "encoding": "windows-1251" in its mapping as
// the UTF-8 file is, with no conversion first: the same Result but for the
// inputs' SHA-256. Drafting a mapping of it names the
// encoding.
func TestDuma2011Windows1251(t *testing.T) {
	zipped := repo + "../shared/data/ru-duma-2011.csv.zip"
	if _, err := os.Stat(zipped); err != nil {
		t.Skipf("the shared data is not beside the repository (%v)", err)
	}
	// Each file and its mapping in a folder of their own, under the same
	// names: the title and notes name the mapping.
	utf8Dir, cpDir := t.TempDir(), t.TempDir()
	text, err := os.ReadFile(unzipOne(t, zipped, utf8Dir))
	if err != nil {
		t.Fatal(err)
	}
	mapping, err := os.ReadFile(repo + "examples/duma2011/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	cp, err := charmap.Windows1251.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	withEncoding := strings.Replace(string(mapping), "{", `{"encoding": "windows-1251",`, 1)
	for name, b := range map[string][]byte{
		filepath.Join(utf8Dir, "2011.csv"): text, filepath.Join(utf8Dir, "mapping.json"): mapping,
		filepath.Join(cpDir, "2011.csv"): cp, filepath.Join(cpDir, "mapping.json"): []byte(withEncoding),
	} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(dir string) map[string]any {
		out, errs, code := cli(t, "count", "--rules", repo+"examples/duma2011/rules.json", "--protocols", filepath.Join(dir, "2011.csv"),
			"--mapping", filepath.Join(dir, "mapping.json"), "--format", "json")
		if code != exitOK {
			t.Fatalf("%s: exit %d\n%s", dir, code, errs)
		}
		var res map[string]any
		if err := json.Unmarshal([]byte(strings.ReplaceAll(out, dir, "DIR")), &res); err != nil {
			t.Fatal(err)
		}
		inputs := res["inputs"].([]any)
		if len(inputs) != 4 {
			t.Fatalf("%s: inputs %v", dir, inputs)
		}
		delete(res, "inputs") // the files' SHA-256, and the inferred election's, which names its folder
		return res
	}
	wb, _ := json.MarshalIndent(count(utf8Dir), "", " ")
	gb, _ := json.MarshalIndent(count(cpDir), "", " ")
	if string(wb) != string(gb) {
		a, b := strings.Split(string(wb), "\n"), strings.Split(string(gb), "\n")
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				t.Fatalf("the Windows-1251 file's Result differs from the UTF-8 file's, first at line %d:\n%s\n%s", i+1, a[i], b[i])
			}
		}
		t.Fatalf("the Windows-1251 file's Result differs from the UTF-8 file's in length")
	}
	out, errs, code := cli(t, "mapping", "draft", filepath.Join(cpDir, "2011.csv"))
	if code != exitOK || !strings.Contains(out, `"encoding": "windows-1251"`) || !strings.Contains(out, "Число избирателей, внесенных в список избирателей") {
		t.Errorf("draft of the Windows-1251 file: exit %d, %s\n%.600s", code, errs, out)
	}
}
