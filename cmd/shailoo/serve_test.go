package main

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pageFolder writes a page folder with the traps of issue 12's serve
// attacks beside it, and returns the folder. Beside the page, outside it,
// is a secret that no request may reach.
func pageFolder(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "page")
	write := func(name, body string) {
		t.Helper()
		name = filepath.Join(base, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(filepath.FromSlash(target), filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	write("outside/secret.txt", "SECRET outside the folder")
	write("page/index.html", "<!doctype html><title>x</title>")
	write("page/app.js", "console.log(1)")
	write("page/shailoo.wasm", "\x00asm raw")
	write("page/.env", "SECRET dotfile")
	write("page/.git/config", "SECRET git config")
	write("page/sub/.hidden/x", "SECRET in a dot folder")
	write("page/sub/a.txt", "listed?")
	write("page/withindex/index.html", "sub index")
	gz := func(name, body string) {
		t.Helper()
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		zw := gzip.NewWriter(f)
		io.WriteString(zw, body)
		zw.Close()
		f.Close()
	}
	gz("shailoo.wasm.gz", "\x00asm raw")
	// the text files are sent compressed too (issue 16), unless the
	// compressed copy is older than the file: made from an earlier version
	gz("app.js.gz", "console.log(1)")
	gz("index.html.gz", "<!doctype html><title>x</title>")
	write("page/style.css", "body{color:red}")
	gz("style.css.gz", "body{color:blue}")
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "style.css.gz"), old, old); err != nil {
		t.Fatal(err)
	}
	link("../outside/secret.txt", "out.txt")
	link("../outside", "linkdir")
	link(".env", "env.txt")
	link("index.html", "inside.html")
	link(".git", "git")
	link("sub", "subl")
	if err := os.Mkdir(filepath.Join(dir, "linkindex"), 0o755); err != nil {
		t.Fatal(err)
	}
	link("../index.html", "linkindex/index.html")
	link("../outside/secret.txt", "shailoo.wasm.br")
	return dir
}

// serveFolder serves dir with newServer on a listener on 127.0.0.1, with
// its timeouts set by adjust, and returns the listener's address.
func serveFolder(t *testing.T, dir string, adjust func(*http.Server)) string {
	t.Helper()
	files, err := newPageFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(files)
	if adjust != nil {
		adjust(srv)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() {
		srv.Close()
		files.Close()
	})
	return ln.Addr().String()
}

// rawGet sends one request exactly as written (no client cleans its path)
// and returns the response with its body read.
func rawGet(t *testing.T, addr, method, target string, header map[string]string) (*http.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	var req strings.Builder
	req.WriteString(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
	for k, v := range header {
		req.WriteString(k + ": " + v + "\r\n")
	}
	req.WriteString("\r\n")
	if _, err := io.WriteString(conn, req.String()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), &http.Request{Method: method})
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

// TestServe requests the page and, as issue 12's serve attacks, everything
// around it that must not be served: symbolic links out of the folder or to
// a dotfile, dotfiles and dot folders, listings, overlong names, "..",
// encoded slashes, NUL, methods other than GET and HEAD.
func TestServe(t *testing.T) {
	addr := serveFolder(t, pageFolder(t), nil)
	long := strings.Repeat("a", 300)
	tests := []struct {
		name, method, target, accept string
		status                       int
		wantType, wantEnc, wantBody  string // wantBody: a text the body contains; with 301, the Location
	}{
		// The page, as the browser and scripts/e2e get it.
		{"index", "GET", "/", "", 200, "text/html; charset=utf-8", "", "<title>x</title>"},
		{"index by name", "GET", "/index.html", "", 200, "text/html; charset=utf-8", "", "<title>x</title>"},
		{"script", "GET", "/app.js", "", 200, "text/javascript; charset=utf-8", "", "console.log"},
		{"head", "HEAD", "/app.js", "", 200, "text/javascript; charset=utf-8", "", ""},
		{"query ignored", "GET", "/app.js?v=2", "", 200, "text/javascript; charset=utf-8", "", "console.log"},
		{"wasm raw", "GET", "/shailoo.wasm", "identity", 200, "application/wasm", "", "\x00asm raw"},
		{"wasm gzip", "GET", "/shailoo.wasm", "gzip, deflate", 200, "application/wasm", "gzip", ""},
		{"wasm br is a symlink out, falls to gzip", "GET", "/shailoo.wasm", "br, gzip", 200, "application/wasm", "gzip", ""},
		{"wasm br only: the symlink is not sent", "GET", "/shailoo.wasm", "br", 200, "application/wasm", "", "\x00asm raw"},
		{"gzip q=0", "GET", "/shailoo.wasm", "gzip;q=0", 200, "application/wasm", "", "\x00asm raw"},
		{"script gzip", "GET", "/app.js", "gzip, br", 200, "text/javascript; charset=utf-8", "gzip", ""},
		{"index gzip", "GET", "/", "gzip", 200, "text/html; charset=utf-8", "gzip", ""},
		{"index by name gzip", "GET", "/index.html", "gzip", 200, "text/html; charset=utf-8", "gzip", ""},
		{"a stale compressed copy is not sent", "GET", "/style.css", "gzip", 200, "text/css; charset=utf-8", "", "color:red"},
		{"folder with index.html", "GET", "/withindex/", "", 200, "text/html; charset=utf-8", "", "sub index"},
		{"folder without its slash", "GET", "/withindex", "", 301, "", "", "withindex/"},
		{"folder without its slash, a query", "GET", "/withindex?x=1", "", 301, "", "", "withindex/?x=1"},

		// Symbolic links: refused, wherever they lead.
		{"symlink out of the folder", "GET", "/out.txt", "", 404, "", "", ""},
		{"symlinked folder out", "GET", "/linkdir/secret.txt", "", 404, "", "", ""},
		{"symlinked folder listing", "GET", "/linkdir/", "", 404, "", "", ""},
		{"symlink to a dotfile", "GET", "/env.txt", "", 404, "", "", ""},
		{"symlink inside the folder", "GET", "/inside.html", "", 404, "", "", ""},
		{"symlink to a dot folder", "GET", "/git/config", "", 404, "", "", ""},
		{"symlinked folder inside", "GET", "/subl/a.txt", "", 404, "", "", ""},
		{"compressed symlink by name", "GET", "/shailoo.wasm.br", "", 404, "", "", ""},

		// Dot names anywhere in the path.
		{"git config", "GET", "/.git/config", "", 404, "", "", ""},
		{"git folder", "GET", "/.git/", "", 404, "", "", ""},
		{"env", "GET", "/.env", "", 404, "", "", ""},
		{"env head", "HEAD", "/.env", "", 404, "", "", ""},
		{"dot folder deeper", "GET", "/sub/.hidden/x", "", 404, "", "", ""},
		{"encoded dot", "GET", "/%2eenv", "", 404, "", "", ""},

		// No listings.
		{"folder without index.html", "GET", "/sub/", "", 404, "", "", ""},
		{"folder without index.html nor slash", "GET", "/sub", "", 404, "", "", ""},
		{"folder with a symlinked index.html", "GET", "/linkindex/", "", 404, "", "", ""},
		{"folder with a symlinked index.html, no slash", "GET", "/linkindex", "", 404, "", "", ""},
		{"file with a slash", "GET", "/app.js/", "", 404, "", "", ""},
		{"missing", "GET", "/nothing.js", "", 404, "", "", ""},

		// Paths no file name gives.
		{"300-byte segment", "GET", "/" + long, "", 404, "", "", ""},
		{"300-byte folder", "GET", "/" + long + "/x", "", 404, "", "", ""},
		{"dot dot", "GET", "/../outside/secret.txt", "", 400, "", "", ""},
		{"encoded dot dot", "GET", "/%2e%2e/outside/secret.txt", "", 400, "", "", ""},
		{"encoded dot dot inside", "GET", "/sub/%2e%2e/index.html", "", 400, "", "", ""},
		{"encoded slash", "GET", "/..%2foutside%2fsecret.txt", "", 400, "", "", ""},
		{"encoded slash lower", "GET", "/sub%2fa.txt", "", 400, "", "", ""},
		{"encoded backslash", "GET", "/..%5coutside%5csecret.txt", "", 400, "", "", ""},
		{"NUL", "GET", "/index.html%00.js", "", 400, "", "", ""},
		{"control character", "GET", "/a%0d%0ab", "", 400, "", "", ""},
		{"dot segment", "GET", "/./index.html", "", 400, "", "", ""},
		{"empty segment", "GET", "/sub//a.txt", "", 400, "", "", ""},
		{"dot name then dot dot", "GET", "/.git/../index.html", "", 400, "", "", ""},
		{"not a path", "GET", "*", "", 400, "", "", ""},

		// Methods.
		{"POST", "POST", "/index.html", "", 405, "", "", ""},
		{"PUT", "PUT", "/x", "", 405, "", "", ""},
		{"DELETE", "DELETE", "/index.html", "", 405, "", "", ""},
		{"OPTIONS", "OPTIONS", "/", "", 405, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			header := map[string]string{}
			if tc.accept != "" {
				header["Accept-Encoding"] = tc.accept
			}
			resp, body := rawGet(t, addr, tc.method, tc.target, header)
			if resp.StatusCode != tc.status {
				t.Fatalf("%s %s: status %d, want %d; body %q", tc.method, tc.target, resp.StatusCode, tc.status, body)
			}
			if strings.Contains(body, "SECRET") || strings.Contains(body, "listed?") || strings.Contains(body, "<a href") {
				t.Errorf("body gives away the folder: %q", body)
			}
			if got := resp.Header.Get("Content-Security-Policy"); tc.status != 405 && got != contentSecurityPolicy {
				t.Errorf("Content-Security-Policy %q", got)
			}
			switch tc.status {
			case 200:
				if got := resp.Header.Get("Content-Type"); got != tc.wantType {
					t.Errorf("Content-Type %q, want %q", got, tc.wantType)
				}
				if got := resp.Header.Get("Content-Encoding"); got != tc.wantEnc {
					t.Errorf("Content-Encoding %q, want %q", got, tc.wantEnc)
				}
				if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
					t.Errorf("Cache-Control %q", got)
				}
				if !strings.Contains(body, tc.wantBody) {
					t.Errorf("body %q, want it to contain %q", body, tc.wantBody)
				}
				if tc.method == "HEAD" && body != "" {
					t.Errorf("HEAD with a body %q", body)
				}
			case 301:
				if got := resp.Header.Get("Location"); got != tc.wantBody {
					t.Errorf("Location %q, want %q", got, tc.wantBody)
				}
			case 405:
				if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
					t.Errorf("Allow %q", got)
				}
			}
		})
	}
}

// TestServeTimeouts: issue 12's serve attacks on connections. An idle
// keep-alive connection, and one that never finishes its request headers,
// are closed by the server; request headers over the limit get 431.
func TestServeTimeouts(t *testing.T) {
	addr := serveFolder(t, pageFolder(t), func(s *http.Server) {
		s.ReadHeaderTimeout = 300 * time.Millisecond
		s.ReadTimeout = time.Second
		s.WriteTimeout = time.Second
		s.IdleTimeout = 300 * time.Millisecond
	})

	// closedWithin reads from conn until the server closes it, failing if
	// that takes longer than limit.
	closedWithin := func(t *testing.T, conn net.Conn, r io.Reader, limit time.Duration) {
		t.Helper()
		conn.SetReadDeadline(time.Now().Add(limit))
		_, err := io.Copy(io.Discard, r)
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("connection still open after %v", limit)
		}
	}

	t.Run("idle keep-alive", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		io.WriteString(conn, "GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		br := bufio.NewReader(conn)
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || resp.Close {
			t.Fatalf("status %d, close %v: want a kept-alive 200", resp.StatusCode, resp.Close)
		}
		closedWithin(t, conn, br, 5*time.Second)
	})

	t.Run("headers never finished", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		io.WriteString(conn, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
		closedWithin(t, conn, conn, 5*time.Second)
	})

	t.Run("headers too big", func(t *testing.T) {
		resp, _ := rawGet(t, addr, "GET", "/", map[string]string{"X-Big": strings.Repeat("b", 100<<10)})
		if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
			t.Errorf("status %d, want 431", resp.StatusCode)
		}
	})
}

// TestServeRefusesFolder: the command does not start on a folder whose
// index.html it would not serve.
func TestServeRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(pageFolder(t), "index.html"), filepath.Join(dir, "index.html")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	for _, d := range []string{dir, filepath.Join(dir, "missing")} {
		var stdout, stderr strings.Builder
		if code := runServe([]string{"--addr", "127.0.0.1:0", "--dir", d}, &stdout, &stderr); code != exitUsage {
			t.Errorf("--dir %s: exit %d, want %d; stderr %q", d, code, exitUsage, stderr.String())
		}
	}
}

// A file written again within the same second is a new version: its ETag
// changes, where Last-Modified (to the second) does not; the same version
// asked again with If-None-Match is 304, and a compressed copy has an ETag
// of its own.
func TestServeETag(t *testing.T) {
	dir := pageFolder(t)
	addr := serveFolder(t, dir, nil)
	get := func(target, accept, match string) *http.Response {
		t.Helper()
		req, err := http.NewRequest("GET", "http://"+addr+target, nil)
		if err != nil {
			t.Fatal(err)
		}
		if accept != "" {
			req.Header.Set("Accept-Encoding", accept)
		}
		if match != "" {
			req.Header.Set("If-None-Match", match)
		}
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res
	}
	first := get("/app.js", "identity", "")
	tag := first.Header.Get("ETag")
	if tag == "" {
		t.Fatal("no ETag")
	}
	if res := get("/app.js", "identity", tag); res.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match of the same version: %d, want 304", res.StatusCode)
	}
	if gz := get("/app.js", "gzip", "").Header.Get("ETag"); gz == "" || gz == tag {
		t.Errorf("the gzip copy's ETag %q, the file's %q", gz, tag)
	}
	name := filepath.Join(dir, "app.js")
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte("console.log('v2')"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The same second as before, a nanosecond on.
	if err := os.Chtimes(name, fi.ModTime(), fi.ModTime().Truncate(time.Second).Add(time.Nanosecond)); err != nil {
		t.Fatal(err)
	}
	second := get("/app.js", "identity", tag)
	if second.StatusCode != http.StatusOK || second.Header.Get("ETag") == tag {
		t.Errorf("rewritten within the second: %d, ETag %q (was %q)", second.StatusCode, second.Header.Get("ETag"), tag)
	}
}
