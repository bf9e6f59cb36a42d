package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// runServe serves the verification page (wasm/web) over HTTP until it gets
// SIGINT or SIGTERM. The page needs nothing but static files: any static
// host serves the same folder; this command only makes it one command and
// gets the details right (application/wasm, no caching of a rebuilt .wasm,
// a pre-compressed .wasm.br or .wasm.gz when the folder has one).
//
// With --addr 127.0.0.1:0 the system picks a free port; the URL printed on
// the first line of standard output names it.
func runServe(args []string, stdout, stderr io.Writer) int {
	var addr, dir string
	fs := newFlags("serve", "serve [--addr 127.0.0.1:8080] [--dir wasm/web]", stderr)
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	fs.StringVar(&dir, "dir", "wasm/web", "folder of the page (build it with scripts/web --build-only)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if fi, err := os.Stat(filepath.Join(dir, "index.html")); err != nil || fi.IsDir() {
		return fail(stderr, fmt.Errorf("--dir %q: no index.html there", dir))
	}
	if _, err := os.Stat(filepath.Join(dir, "shailoo.wasm")); err != nil {
		fmt.Fprintf(stderr, "shailoo serve: warning: %s has no shailoo.wasm yet; build it with scripts/web --build-only\n", dir)
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fail(stderr, err)
	}
	srv := &http.Server{
		Handler:           staticHandler(dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "shailoo: serving %s at %s (Ctrl-C to stop)\n", dir, pageURL(ln.Addr()))

	select {
	case err := <-done:
		return fail(stderr, err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return fail(stderr, err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, "shailoo: stopped")
	return exitOK
}

// pageURL is the URL a browser opens for a listener's address.
func pageURL(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return "http://" + a.String() + "/"
	}
	switch host {
	case "", "0.0.0.0", "::":
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// contentSecurityPolicy lets the page load only its own files and run
// WebAssembly; it may not reach any other host. index.html carries the
// same policy in a meta element, for static hosts that send none.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// staticHandler serves the files of dir. A .wasm file goes out as
// application/wasm; when the client accepts it and the folder has one, a
// pre-compressed name.wasm.br or name.wasm.gz is sent in its place.
func staticHandler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("Referrer-Policy", "no-referrer")
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			h.Set("Content-Type", "application/wasm")
			h.Add("Vary", "Accept-Encoding")
			if serveCompressed(w, r, dir) {
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// serveCompressed sends the .br or .gz sibling of the requested .wasm file
// when the client accepts that encoding and the file exists.
func serveCompressed(w http.ResponseWriter, r *http.Request, dir string) bool {
	name := path.Clean("/" + r.URL.Path)
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(name+enc.ext)))
		if err != nil {
			continue
		}
		fi, err := f.Stat()
		if err != nil || fi.IsDir() {
			f.Close()
			continue
		}
		w.Header().Set("Content-Encoding", enc.token)
		http.ServeContent(w, r, path.Base(name), fi.ModTime(), f)
		f.Close()
		return true
	}
	return false
}

// acceptsEncoding reports whether an Accept-Encoding header accepts token
// (with a q-value other than 0).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
