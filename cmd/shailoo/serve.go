package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
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
// a pre-compressed .br or .gz of the .wasm, HTML, JavaScript and CSS when
// the folder has one) and
// serves nothing else of the folder (see pageFiles).
//
// With --addr 127.0.0.1:0 the system picks a free port; the URL printed on
// the first line of standard output names it.
func runServe(args []string, stdout, stderr io.Writer) int {
	var addr, dir string
	fs := newFlags("serve", "serve [--addr 127.0.0.1:8080] [--dir wasm/web]", stderr)
	fs.Usage = func() {
		s := newServer(nil)
		fmt.Fprintf(fs.Output(), serveUsage, s.IdleTimeout, s.ReadHeaderTimeout)
		fs.PrintDefaults()
	}
	fs.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	fs.StringVar(&dir, "dir", "wasm/web", "folder of the page (build it with scripts/web --build-only)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	files, err := newPageFiles(dir)
	if err != nil {
		return fail(stderr, fmt.Errorf("--dir %q: %v", dir, err))
	}
	defer files.Close()
	index, _, err := files.open("index.html")
	if err != nil {
		return fail(stderr, fmt.Errorf("--dir %q: no index.html there (a regular file, not a symbolic link)", dir))
	}
	index.Close()
	if wasm, _, err := files.open("shailoo.wasm"); err != nil {
		fmt.Fprintf(stderr, "shailoo serve: warning: %s has no shailoo.wasm yet (a regular file, not a symbolic link); build it with scripts/web --build-only\n", dir)
	} else {
		wasm.Close()
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fail(stderr, err)
	}
	srv := newServer(files)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	err = serveUntil(ctx, srv, ln, func() {
		fmt.Fprintf(stdout, "shailoo: serving %s at %s (Ctrl-C to stop)\n", dir, pageURL(ln.Addr()))
	})
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, "shailoo: stopped")
	return exitOK
}

// serveUntil serves srv on ln until ctx is done (Ctrl-C, SIGTERM), then
// shuts it down, giving open requests 5 s; announce runs once the server
// is started. It returns the server's error, nil after a clean shutdown.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, announce func()) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	announce()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// serveUsage is the head of `shailoo serve --help`: what is served and
// what is refused; its verbs take newServer's idle and header timeouts.
const serveUsage = `Usage: shailoo serve [--addr 127.0.0.1:8080] [--dir wasm/web]

Serves the verification page: the regular files inside --dir, to GET and
HEAD only (405 otherwise). A request for a folder gets its index.html;
no folder is ever listed. Refused with 404: a name starting with a dot
anywhere in the path (.git, .env), a symbolic link anywhere in the path,
anything that is not a regular file, a name over 255 bytes. Refused with
400: "." or ".." or empty segments, control characters, backslashes,
encoded slashes. A connection idle for %v, or whose request headers take
over %v, is closed.

Flags:
`

// newServer is the http.Server for handler, with timeouts so that slow or
// idle clients cannot hold connections open, and a header limit far above
// what a browser sends (cookies of other servers on the same host
// included). The write timeout leaves a slow link minutes for the page's
// .wasm, a few megabytes.
func newServer(handler http.Handler) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       30 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
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

// pageFiles serves the files of one folder, and only those a page is made
// of: regular files inside the folder, reached without a symbolic link.
// It refuses with 404 every name that starts with a dot anywhere in the
// path (.git/config, .env, sub/.hidden/x), every symbolic link (a page
// needs none: scripts/web copies its files in; refusing them all is
// simpler to check than resolving each and asking where it leads), and
// everything that is not a regular file. A folder is never listed: a
// request for one gets its index.html, or 404.
//
// Files are opened through an os.Root, which cannot leave the folder even
// if a name is swapped for a symbolic link after it was checked; the file
// opened must be the one checked (os.SameFile).
//
// A .wasm file goes out as application/wasm; when the client accepts it
// and the folder has one, a pre-compressed name.br or name.gz of a .wasm,
// .html, .js or .css file is sent in its place (see serveCompressed).
type pageFiles struct {
	root *os.Root
}

// errNotServed is returned by pageFiles.open for a name that exists but is
// not served: a symbolic link or not a regular file.
var errNotServed = errors.New("not a regular file")

func newPageFiles(dir string) (*pageFiles, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &pageFiles{root: root}, nil
}

// Close releases the folder.
func (p *pageFiles) Close() error { return p.root.Close() }

// contentSecurityPolicy lets the page load only its own files and run
// WebAssembly; it may not reach any other host. index.html carries the
// same policy in a meta element, for static hosts that send none.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (p *pageFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
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

	name, folder, status := pagePath(r.URL)
	if status != 0 {
		http.Error(w, http.StatusText(status), status)
		return
	}
	if fi, err := p.lstat(name); err == nil && fi.IsDir() {
		index := path.Join(name, "index.html")
		if fi, err := p.lstat(index); err != nil || !fi.Mode().IsRegular() {
			http.NotFound(w, r) // a folder without its page is not listed, nor told apart
			return
		}
		if !folder {
			// As http.FileServer does: the page's relative links need the slash.
			target := url.PathEscape(path.Base(name)) + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			h.Set("Location", target)
			w.WriteHeader(http.StatusMovedPermanently)
			return
		}
		name = index
	} else if folder {
		http.NotFound(w, r)
		return
	}

	if compressible(name) {
		h.Add("Vary", "Accept-Encoding")
		if p.serveCompressed(w, r, name) {
			return
		}
	}
	f, fi, err := p.open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	if strings.HasSuffix(name, ".wasm") {
		h.Set("Content-Type", "application/wasm")
	}
	h.Set("ETag", etag(fi, ""))
	http.ServeContent(w, r, path.Base(name), fi.ModTime(), f)
}

// etag names a version of a file as it is served (encoding: "", "br" or
// "gzip"): its size and its time of change to the nanosecond, so that a
// file written again within the same second (Last-Modified's resolution)
// is a new version for the page's service worker and for the browser.
func etag(fi fs.FileInfo, encoding string) string {
	t := fmt.Sprintf(`"%x-%x`, fi.Size(), fi.ModTime().UnixNano())
	if encoding != "" {
		t += "-" + encoding
	}
	return t + `"`
}

// maxNameBytes is the longest file name served: no common file system
// allows a longer one.
const maxNameBytes = 255

// pagePath checks the path of a request and returns the name inside the
// folder it asks for ("" for the folder itself, "sub/app.js"), whether it
// ended in a slash (asks for a folder), and 0; or the status that refuses
// it: 400 for a path no file name gives (".", ".." or empty segments,
// control characters, a backslash, an encoded slash or backslash), 404 for
// a name that is never served (a dot name, a name over 255 bytes).
func pagePath(u *url.URL) (name string, folder bool, status int) {
	escaped := strings.ToLower(u.EscapedPath())
	if strings.Contains(escaped, "%2f") || strings.Contains(escaped, "%5c") {
		return "", false, http.StatusBadRequest
	}
	rest, ok := strings.CutPrefix(u.Path, "/")
	if !ok {
		return "", false, http.StatusBadRequest
	}
	if rest == "" {
		return "", true, 0
	}
	rest, folder = strings.CutSuffix(rest, "/")
	for seg := range strings.SplitSeq(rest, "/") {
		switch {
		case seg == "" || seg == "." || seg == "..",
			strings.ContainsFunc(seg, func(c rune) bool { return c < 0x20 || c == 0x7f || c == '\\' }):
			return "", false, http.StatusBadRequest
		case strings.HasPrefix(seg, "."), len(seg) > maxNameBytes:
			status = http.StatusNotFound // unless a later segment is a 400
		}
	}
	if status != 0 {
		return "", false, status
	}
	return rest, folder, 0
}

// lstat describes name, a checked path from pagePath, refusing with
// errNotServed when any of its components is a symbolic link.
func (p *pageFiles) lstat(name string) (fs.FileInfo, error) {
	if name == "" {
		return p.root.Lstat(".")
	}
	var fi fs.FileInfo
	prefix := ""
	for seg := range strings.SplitSeq(name, "/") {
		prefix = path.Join(prefix, seg)
		var err error
		if fi, err = p.root.Lstat(filepath.FromSlash(prefix)); err != nil {
			return nil, err
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			return nil, errNotServed
		}
	}
	return fi, nil
}

// open opens name, a checked path from pagePath, when it is a regular file
// reached without a symbolic link.
func (p *pageFiles) open(name string) (*os.File, fs.FileInfo, error) {
	checked, err := p.lstat(name)
	if err != nil {
		return nil, nil, err
	}
	if !checked.Mode().IsRegular() {
		return nil, nil, errNotServed // checked before opening: a FIFO would block
	}
	f, err := p.root.Open(filepath.FromSlash(name))
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil || !os.SameFile(checked, fi) {
		f.Close()
		return nil, nil, errNotServed
	}
	return f, fi, nil
}

// compressible reports whether name is one of the page's file kinds that
// scripts/web writes pre-compressed siblings for: the .wasm and the text
// files (HTML, JavaScript, CSS), a third of their size or less once
// compressed.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".wasm", ".html", ".js", ".css":
		return true
	}
	return false
}

// serveCompressed sends the .br or .gz sibling of the file name (see
// compressible) when the client accepts that encoding and the folder has
// it, under name's Content-Type. A sibling older than the file itself is
// left alone: it was made from an earlier version (the file was edited
// after scripts/web ran), and the file is sent as it is.
func (p *pageFiles) serveCompressed(w http.ResponseWriter, r *http.Request, name string) bool {
	orig, err := p.lstat(name)
	if err != nil || !orig.Mode().IsRegular() {
		return false
	}
	ctype := "application/wasm"
	if path.Ext(name) != ".wasm" {
		ctype = mime.TypeByExtension(path.Ext(name))
	}
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		f, fi, err := p.open(name + enc.ext)
		if err != nil {
			continue
		}
		if fi.ModTime().Before(orig.ModTime()) {
			f.Close()
			continue
		}
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		w.Header().Set("Content-Encoding", enc.token)
		w.Header().Set("ETag", etag(fi, enc.token))
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
