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

// TestStripRuns builds testdata/stripprog for js/wasm, strips it and runs
// both under Node: stack growth, garbage collection and recover work the
// same, and only the function's name and line are gone.
func TestStripRuns(t *testing.T) {
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
	stripped, st, err := wasmpack.Strip(mod, wasmpack.MaxGap)
	if err != nil {
		t.Fatal(err)
	}
	if st.Functions < 1000 || st.Zeroed < 50000 {
		t.Errorf("Stats %+v: expected the runtime's thousand functions and their tables", st)
	}
	strippedName := filepath.Join(dir, "stripped.wasm")
	if err := os.WriteFile(strippedName, stripped, 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(name string, args ...string) (string, error) {
		out, err := exec.Command(node, append([]string{execNode, name}, args...)...).CombinedOutput()
		return string(out), err
	}
	before, err := run(built)
	if err != nil {
		t.Fatalf("the built program: %v\n%s", err, before)
	}
	after, err := run(strippedName)
	if err != nil {
		t.Fatalf("the stripped program: %v\n%s", err, after)
	}
	common := "deep 5001\n" +
		"sums [19999900000 19999900001 19999900002 19999900003 19999900004 19999900005 19999900006 19999900007]\n" +
		"recovered: assignment to entry in nil map\n" +
		"recovered: runtime error: index out of range [8] with length 3\n"
	if want := common + "name \"main.main\" line>0 true\n"; before != want {
		t.Errorf("built: got\n%s\nwant\n%s", before, want)
	}
	if want := common + "name \"\" line>0 false\n"; after != want {
		t.Errorf("stripped: got\n%s\nwant\n%s", after, want)
	}
	// An unrecovered panic still prints its value and a trace, without
	// places, and exits 2.
	out, err := run(strippedName, "panic")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(out, "panic: an unrecovered panic") || !strings.Contains(out, "?:0") {
		t.Errorf("a panic in the stripped program: %v\n%s", err, out)
	}
	// Stripping again finds nothing more to zero and changes nothing.
	again, st2, err := wasmpack.Strip(stripped, wasmpack.MaxGap)
	if err != nil || st2.Zeroed != 0 || string(again) != string(stripped) {
		t.Errorf("a second Strip: %v, %+v, same %v", err, st2, string(again) == string(stripped))
	}
}

// TestStripRefuses: a module without a Go pclntab, or with its tables cut
// short, is ErrUnsupported.
func TestStripRefuses(t *testing.T) {
	for name, mod := range map[string][]byte{
		"no data":       module(custom),
		"no pclntab":    module(data(seg(100, "abc"), seg(1000, "def"))),
		"header cut":    module(data(seg(100, "\xf1\xff\xff\xff\x00\x00\x01\x08\x05"))),
		"two headers":   module(data(seg(100, "\xf1\xff\xff\xff\x00\x00\x01\x08"), seg(1000, "\xf1\xff\xff\xff\x00\x00\x01\x08"))),
		"offsets wrong": module(data(seg(100, "\xf1\xff\xff\xff\x00\x00\x01\x08"+strings.Repeat("\x01", 64)))),
	} {
		if _, _, err := wasmpack.Strip(mod, wasmpack.MaxGap); !errors.Is(err, wasmpack.ErrUnsupported) {
			t.Errorf("%s: got %v, want ErrUnsupported", name, err)
		}
	}
	if _, _, err := wasmpack.Strip([]byte("not a module"), 0); !errors.Is(err, wasmpack.ErrNotModule) {
		t.Errorf("not a module: got %v", err)
	}
}
