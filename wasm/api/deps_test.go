//go:build !js

package api

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// notInPage are packages the page's module must not link: each costs tens
// of kilobytes that a citizen on a phone downloads (crypto/sha256 brings
// the whole FIPS module: 70 KB with brotli), and none is needed there
// (internal/sha hashes in the page; the feed and Parquet are the CLI's).
var notInPage = []string{"crypto/", "testing", "log", "net/", "text/template", "image", "modernc.org/", "github.com/parquet-go/", "github.com/shailoo/shailoo/feed"}

// TestPageDependencies lists what the js/wasm build of ./wasm imports and
// refuses the packages above.
func TestPageDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	cmd := exec.Command("go", "list", "-deps", "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, no := range notInPage {
			if dep == strings.TrimSuffix(no, "/") || strings.HasPrefix(dep, no) || (!strings.HasSuffix(no, "/") && strings.HasPrefix(dep, no+"/")) {
				t.Errorf("the page's module imports %s (refused: %s)", dep, no)
			}
		}
	}
}
