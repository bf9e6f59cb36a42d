//go:build !js

package feed

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestNotInPage checks that the page (the js/wasm build of ./wasm) imports
// neither this package nor the SQLite driver: a page that must be small
// and make no network request has no use for either.
func TestNotInPage(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "github.com/shailoo/shailoo/feed" || strings.HasPrefix(dep, "modernc.org/") {
			t.Errorf("the page imports %s", dep)
		}
	}
}
