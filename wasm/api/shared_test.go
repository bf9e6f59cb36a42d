package api_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"runtime"
	"testing"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/wasm/api"
)

// The page's calls on the demo read the dataset the process shares
// (datasets.KG2021Shared): none may change it.
func TestSharedDatasetUnchanged(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("slow under js/wasm; the same code runs natively")
	}
	demo := api.Source{Demo: true}
	calls := map[string]func() ([]byte, error){
		"warm":     api.Warm,
		"count":    func() ([]byte, error) { return api.Count(demo) },
		"annulled": func() ([]byte, error) { return api.Count(api.Source{Demo: true, Annul: "precinct:1001"}) },
		"kg2025":   func() ([]byte, error) { return api.Count(api.Source{Demo: true, Rules: "kg2025"}) },
		"verify": func() ([]byte, error) {
			return api.Verify(demo, summary(t, "summary-140.json"), "summary-140.json", "")
		},
		"precinct": func() ([]byte, error) { return api.PrecinctOf(demo, "1001") },
		"export":   func() ([]byte, error) { return api.Export(demo, "protocols") },
		"forensics": func() ([]byte, error) {
			return api.Forensics(demo, api.ForensicsParams{Draws: 20})
		},
	}
	for _, name := range []string{"warm", "count", "annulled", "kg2025", "verify", "precinct", "export", "forensics", "count"} {
		if _, err := calls[name](); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		d, err := datasets.KG2021Shared()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(d.Election)
		if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != datasets.KG2021ElectionSHA256 {
			t.Fatalf("after %s the shared dataset changed", name)
		}
	}
}
