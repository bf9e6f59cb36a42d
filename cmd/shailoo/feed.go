//go:build !js

package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/feed"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/loader"
)

// feedFlags are the flags of shailoo feed.
type feedFlags struct {
	election, rules, db, addr, tokens, web, lots, lotSeed string
	mappings                                              multi
}

// runFeed serves a results feed (package feed) until SIGINT or SIGTERM:
// clerks post protocols, everyone reads the running result. The first line
// of standard output names the URL (with --addr 127.0.0.1:0 the system
// picks the port).
func runFeed(args []string, stdout, stderr io.Writer) int {
	var c feedFlags
	fs := newFlags("feed", "feed --db FILE --tokens FILE [--election DEF.json] [--rules ID|FILE] [--addr 127.0.0.1:8090] [--mapping MAP.json ...] [--web wasm/web]", stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), feedUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&c.election, "election", "", "election definition JSON, without protocols (they are posted); default: the embedded kg2021 definition")
	fs.StringVar(&c.rules, "rules", "kg2021", "rule set: a built-in ID ("+strings.Join(shailoo.Presets(), ", ")+") or a JSON file")
	fs.StringVar(&c.db, "db", "", "the journal, a SQLite file: created when missing, replayed when not (required)")
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8090", "address to listen on (port 0: any free port)")
	fs.StringVar(&c.tokens, "tokens", "", `clerks' tokens, one "name token" per line (required)`)
	fs.Var(&c.mappings, "mapping", "column mapping JSON for protocols posted as text/csv (repeatable; a request names one by its file name without .json: ?mapping=list-mapping)")
	fs.StringVar(&c.web, "web", "", "also serve the page from this folder (built by scripts/web --build-only): open /?feed=/ to follow the feed")
	fs.StringVar(&c.lots, "lots", "", "lots: a JSON file or the JSON itself, as for count")
	fs.StringVar(&c.lotSeed, "lot-seed", "", "draw the lots of every tie left to lots from this public seed, as for count")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	for _, req := range []struct{ name, v string }{{"db", c.db}, {"tokens", c.tokens}} {
		if req.v == "" {
			fmt.Fprintf(stderr, "shailoo feed: --%s is required\n", req.name)
			fs.Usage()
			return exitUsage
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	f, err := openFeed(ctx, c)
	if err != nil {
		return fail(stderr, err)
	}
	defer f.Close()
	handler := http.Handler(f)
	if c.web != "" {
		files, err := newPageFiles(c.web)
		if err != nil {
			return fail(stderr, fmt.Errorf("--web %q: %v", c.web, err))
		}
		defer files.Close()
		mux := http.NewServeMux()
		mux.Handle("/", files)
		for _, p := range []string{"/protocols", "/results", "/results/events", "/progress"} {
			mux.Handle(p, f)
		}
		handler = mux
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fail(stderr, err)
	}
	srv := newServer(handler)
	srv.RegisterOnShutdown(f.EndFollowers)
	err = serveUntil(ctx, srv, ln, func() {
		fmt.Fprintf(stdout, "shailoo: feed at %s (journal %s, %d entries replayed; Ctrl-C to stop)\n", pageURL(ln.Addr()), c.db, f.Replayed())
	})
	if err != nil {
		return fail(stderr, err)
	}
	if err := f.Close(); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, "shailoo: stopped")
	return exitOK
}

const feedUsage = `Usage: shailoo feed --db FILE --tokens FILE [flags]

Serves live results: data-entry clerks post precinct protocols as they are
entered, and anyone reads the running result.

  POST   /protocols   add one protocol: JSON (as election.Protocol), or
                      Content-Type: text/csv, a header row and one row read
                      with --mapping; its lines those of the --rules form
                      (protocol.add_lines too): 201, 409 counted already
                      with the same figures (a resend), 422 refused with its
                      findings (in the Accept-Language: ky, ru, en)
  PUT    /protocols   replace it (a correction): 200, 404, 409 the same
                      figures (a resend), 422
  DELETE /protocols?precinct=ID&ballot=list|okrug&count=manual|machine
                      withdraw it: 200, 404
  GET    /protocols?precinct=ID&ballot=...&count=...  the protocol recorded
  GET    /results     the running result, as count --format json writes it,
                      with an ETag (If-None-Match: 304)
  GET    /results/events  Server-Sent Events, one per change
  GET    /progress    precincts reporting, per region and okrug

Writes need "Authorization: Bearer TOKEN" with a token of --tokens (401
without one, 403 with another); each change is recorded with the clerk's
name. Every accepted change is in the journal (--db, SQLite, WAL,
synchronous=FULL) before it is answered; restarting on the same --db
replays it.

Flags:
`

// openFeed reads the definition, rule set, tokens and mappings the flags
// name, and opens the feed on the journal.
func openFeed(ctx context.Context, c feedFlags) (*feed.Feed, error) {
	rules, err := loadRules(c.rules)
	if err != nil {
		return nil, err
	}
	l, err := loader.Read(loader.Input{Rules: rules, Election: file(c.election), Lots: lotsFile(c.lots), LotSeed: c.lotSeed})
	if err != nil {
		return nil, err
	}
	def := l.Election
	if c.election == "" {
		d := *def
		d.Protocols = nil
		def = &d
	} else if len(def.Protocols) > 0 {
		return nil, fmt.Errorf("--election %q has %d protocols: a feed starts from the definition alone, and its protocols are posted", c.election, len(def.Protocols))
	}
	tf, err := os.Open(c.tokens)
	if err != nil {
		return nil, fmt.Errorf("--tokens: %w", err)
	}
	tokens, err := feed.ReadTokens(tf, c.tokens)
	tf.Close()
	if err != nil {
		return nil, err
	}
	var mappings []feed.Mapping
	for _, name := range c.mappings {
		b, _, err := readFile(name)
		if err != nil {
			return nil, fmt.Errorf("--mapping: %w", err)
		}
		m, err := loader.ReadMapping(b, name, rules)
		if err != nil {
			return nil, err
		}
		if m.Part {
			// A request is one protocol, counted as it comes: a part of it
			// would be counted as a whole protocol, and the rest as its
			// duplicate.
			return nil, fmt.Errorf(`--mapping %s: "part": true, a file that gives a part of each protocol, which the feed cannot join: it takes each protocol whole, one per request; give a mapping of the whole protocol`, name)
		}
		if err := ingest.CheckChoices(m, def, name); err != nil {
			return nil, err
		}
		mappings = append(mappings, feed.Mapping{Name: strings.TrimSuffix(filepath.Base(name), ".json"), Mapping: m})
	}
	if err := checkDB(c.db); err != nil {
		return nil, err
	}
	id, err := feed.Identify(def, rules)
	if err != nil {
		return nil, err
	}
	return feed.Open(ctx, feed.Config{
		NewTally: func() (feed.Tally, error) { return shailoo.NewTally(def, rules, l.Options) },
		Journal:  c.db, Identity: id, Tokens: tokens, Mappings: mappings,
		Lines: loader.AddedLines(rules),
	})
}

// checkDB refuses a --db that is a folder or in a folder that does not
// exist, with the flag's name, before SQLite says it less clearly.
func checkDB(name string) error {
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return fmt.Errorf("--db %q is a folder: name a file", name)
	}
	if fi, err := os.Stat(filepath.Dir(name)); err != nil || !fi.IsDir() {
		return fmt.Errorf("--db %q: no folder %s", name, filepath.Dir(name))
	}
	return nil
}
