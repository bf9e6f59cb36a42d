package main

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestStaticHandler(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", "<!doctype html><title>x</title>")
	write("shailoo.wasm", "\x00asm raw")
	f, _ := os.Create(filepath.Join(dir, "shailoo.wasm.gz"))
	zw := gzip.NewWriter(f)
	io.WriteString(zw, "\x00asm raw")
	zw.Close()
	f.Close()
	srv := httptest.NewServer(staticHandler(dir))
	defer srv.Close()

	tests := []struct {
		name, path, accept, wantType, wantEnc string
	}{
		{"wasm raw", "/shailoo.wasm", "identity", "application/wasm", ""},
		{"wasm gzip", "/shailoo.wasm", "gzip, deflate", "application/wasm", "gzip"},
		{"wasm br missing falls to gzip", "/shailoo.wasm", "br, gzip", "application/wasm", "gzip"},
		{"gzip q=0", "/shailoo.wasm", "gzip;q=0", "application/wasm", ""},
		{"index", "/", "", "text/html; charset=utf-8", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tc.path, nil)
			req.Header.Set("Accept-Encoding", tc.accept)
			tr := &http.Transport{DisableCompression: true}
			resp, err := tr.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tc.wantType {
				t.Errorf("Content-Type %q, want %q", got, tc.wantType)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tc.wantEnc {
				t.Errorf("Content-Encoding %q, want %q", got, tc.wantEnc)
			}
			if tc.wantEnc == "" && tc.path == "/shailoo.wasm" && string(body) != "\x00asm raw" {
				t.Errorf("body %q", body)
			}
		})
	}
}
