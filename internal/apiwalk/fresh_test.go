package apiwalk_test

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/internal/apiwalk"
)

var update = flag.Bool("update", false, "rewrite the walk files")

// TestWalkFilesAreFresh regenerates the nil/zero API walk of every package
// of the module and fails when a package's apiwalk_test.go differs from it,
// is missing, or is left over: a new exported function or method, or a new
// package, cannot be left out of the walk. With -update it writes them.
func TestWalkFilesAreFresh(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	walked := 0
	err = filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		name := d.Name()
		if dir != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "node_modules") {
			return filepath.SkipDir
		}
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		file := filepath.Join(dir, apiwalk.FileName)
		want, err := apiwalk.Generate(dir, filepath.ToSlash(rel))
		if errors.Is(err, apiwalk.ErrNoPackage) {
			want, err = nil, nil
		}
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			return nil
		}
		got, readErr := os.ReadFile(file)
		if readErr != nil && !errors.Is(readErr, fs.ErrNotExist) {
			return readErr
		}
		if want != nil {
			walked++
		}
		switch {
		case want == nil && readErr == nil:
			if *update {
				return os.Remove(file)
			}
			t.Errorf("%s: %s is left over: the package has nothing to walk (go test ./internal/apiwalk -update)", rel, apiwalk.FileName)
		case want != nil && !bytes.Equal(got, want):
			if *update {
				return os.WriteFile(file, want, 0o644)
			}
			t.Errorf("%s: %s is stale or missing (go test ./internal/apiwalk -update)", rel, apiwalk.FileName)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if walked < 10 {
		t.Errorf("only %d packages walked", walked)
	}
	for _, s := range apiwalk.Skipped() {
		t.Log("not walked: " + s)
	}
}

// TestGenericIsAnError: a generic function the walk cannot instantiate is
// an error of the generator, not a function left out in silence.
func TestGenericIsAnError(t *testing.T) {
	_, err := apiwalk.Generate("testdata/generic", "internal/apiwalk/testdata/generic")
	if err == nil || !strings.Contains(err.Error(), "generic.Same is generic") {
		t.Fatalf("Generate = %v, want an error naming generic.Same", err)
	}
}
