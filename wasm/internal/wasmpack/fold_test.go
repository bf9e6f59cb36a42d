package wasmpack_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/internal/wasmpack"
)

// TestFoldRuns builds testdata/stripprog for js/wasm, folds it (alone, and
// after Strip) and runs it under Node: stack growth, garbage collection,
// recover and runtime.FuncForPC, which all read the findfunctab, work the
// same as in the program as built (and as stripped).
func TestFoldRuns(t *testing.T) {
	if testing.Short() || runtime.GOOS == "js" {
		t.Skip("builds a js/wasm program with the go command")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node to run js/wasm")
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	execNode := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec_node.js")
	if _, err := os.Stat(execNode); err != nil {
		t.Skip("no wasm_exec_node.js in GOROOT/lib/wasm")
	}
	dir := t.TempDir()
	built := filepath.Join(dir, "prog.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", built, "./testdata/stripprog")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod, err := os.ReadFile(built)
	if err != nil {
		t.Fatal(err)
	}
	stripped, _, err := wasmpack.Strip(mod, wasmpack.MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	run := func(mod []byte, args ...string) (string, error) {
		name := filepath.Join(dir, "run.wasm")
		if err := os.WriteFile(name, mod, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(node, append([]string{execNode, name}, args...)...).CombinedOutput()
		return string(out), err
	}
	for name, before := range map[string][]byte{"built": mod, "stripped": stripped} {
		folded, st, err := wasmpack.Fold(before, wasmpack.MaxGap)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if st.Records < 16*1000 {
			t.Errorf("%s: Stats %+v: expected sixteen records for each of the runtime's thousand functions", name, st)
		}
		if len(folded) >= len(before) {
			t.Errorf("%s: folded %d bytes, not fewer than %d", name, len(folded), len(before))
		}
		want, err := run(before)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, want)
		}
		got, err := run(folded)
		if err != nil || got != want {
			t.Errorf("%s, folded: %v: got\n%s\nwant\n%s", name, err, got, want)
		}
		// A panic's trace reads the table too.
		out, err := run(folded, "panic")
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(out, "panic: an unrecovered panic") || strings.Contains(out, "main.main") != (name == "built") {
			t.Errorf("%s: a panic in the folded program: %v\n%s", name, err, out)
		}
		// Packed after, as scripts/web does: the same memory.
		packed, _, err := wasmpack.Pack(folded, wasmpack.MaxGap)
		if err != nil || wasmpack.Same(folded, packed) != nil {
			t.Errorf("%s: Pack after Fold: %v", name, err)
		}
		// Folded once, there is a start section: a second Fold refuses.
		if _, _, err := wasmpack.Fold(folded, wasmpack.MaxGap); !errors.Is(err, wasmpack.ErrUnsupported) {
			t.Errorf("%s: a second Fold: got %v, want ErrUnsupported", name, err)
		}
	}
}

// TestFoldRefuses: a module without a Go pclntab or findfunctab is
// ErrUnsupported.
func TestFoldRefuses(t *testing.T) {
	for name, mod := range map[string][]byte{
		"no data":        module(custom),
		"no pclntab":     module(data(seg(100, "abc"), seg(1000, "def"))),
		"no findfunctab": module(data(seg(100, "\xf1\xff\xff\xff\x00\x00\x01\x08"))),
	} {
		if _, _, err := wasmpack.Fold(mod, wasmpack.MaxGap); !errors.Is(err, wasmpack.ErrUnsupported) {
			t.Errorf("%s: got %v, want ErrUnsupported", name, err)
		}
	}
	if _, _, err := wasmpack.Fold([]byte("not a module"), 0); !errors.Is(err, wasmpack.ErrNotModule) {
		t.Errorf("not a module: got %v", err)
	}
}
