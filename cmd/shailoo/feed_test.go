//go:build !js

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/feed"
	"github.com/shailoo/shailoo/internal/feedload"
)

const feedToken = "load-test-token-0123456789"

// writeTokens writes a tokens file with the clerk "loader" in dir.
func writeTokens(t testing.TB, dir string) string {
	t.Helper()
	name := filepath.Join(dir, "tokens.txt")
	if err := os.WriteFile(name, []byte("# the load test's clerk\nloader "+feedToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return name
}

// withoutInputs cuts the "inputs" member out of a Result's JSON as
// report.JSON writes it: a Tally's inputs name the definition and a
// digest of the protocols it took, a count's the files it read (see
// shailoo.Tally); the rest must be byte-identical.
func withoutInputs(t testing.TB, b []byte) []byte {
	t.Helper()
	start := bytes.Index(b, []byte("\n  \"inputs\": ["))
	if start < 0 {
		t.Fatalf("no inputs in the result:\n%.400s", b)
	}
	end := bytes.Index(b[start:], []byte("\n  ],"))
	if end < 0 {
		t.Fatalf("inputs not closed:\n%.400s", b[start:])
	}
	return append(append([]byte(nil), b[:start]...), b[start+end+len("\n  ],"):]...)
}

// sameAsCount checks that the feed's /results equals the output of
// shailoo count --format json with args, but for their inputs.
func sameAsCount(t testing.TB, feedURL string, args ...string) {
	t.Helper()
	resp, err := http.Get(feedURL + "results")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /results: %d %v", resp.StatusCode, err)
	}
	var out, errOut bytes.Buffer
	if st := run(append([]string{"count", "--format", "json"}, args...), &out, &errOut); st == exitUsage {
		t.Fatalf("count: %s", errOut.String())
	}
	if g, w := withoutInputs(t, got), withoutInputs(t, out.Bytes()); !bytes.Equal(g, w) {
		os.WriteFile(filepath.Join(os.TempDir(), "feed-results.json"), got, 0o644)
		os.WriteFile(filepath.Join(os.TempDir(), "count-results.json"), out.Bytes(), 0o644)
		t.Fatalf("/results (%d bytes) differs from shailoo count (%d bytes), but for inputs: see %s/feed-results.json and count-results.json", len(got), out.Len(), os.TempDir())
	}
}

// loadPlan is every protocol of the embedded 2021 election, once; every
// tenth of them a second time (a duplicate); and bad ones made from
// good ones: a precinct the election does not define, and a machine-count
// protocol whose votes exceed its valid ballots. Good protocols whose precinct is a
// bad one's are not spoiled by it: a refused protocol counts nothing.
//
// With $SHAILOO_FEED_LOAD=N only the first N protocols are sent; the
// count to compare with is then of an election file of those, written in
// dir and named in countArgs.
func loadPlan(t testing.TB, dir string) (posts []feedload.Post, good []election.Protocol, countArgs []string) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	good = d.Election.Protocols
	if n, _ := strconv.Atoi(os.Getenv("SHAILOO_FEED_LOAD")); n > 0 && n < len(good) {
		good = good[:n]
		e := *d.Election
		e.Protocols = good
		name := filepath.Join(dir, "election.json")
		b, err := json.Marshal(&e)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		countArgs = []string{"--election", name}
	}
	for i, p := range good {
		posts = append(posts, feedload.Post{Protocol: p})
		if i%10 == 0 {
			posts = append(posts, feedload.Post{Protocol: p})
		}
		if i%50 == 1 {
			b := cloneProtocol(p)
			b.Precinct = "no-such-precinct-" + p.Precinct
			posts = append(posts, feedload.Post{Protocol: b, Bad: true})
		}
		if i%50 == 2 {
			// The machine count of the precinct (the 2021 data has none):
			// a slot of its own, or the refusal would be ErrCounted's.
			b := cloneProtocol(p)
			b.Machine = true
			for k := range b.Votes {
				b.Votes[k] += b.Lines[election.Valid] + 1
				break
			}
			posts = append(posts, feedload.Post{Protocol: b, Bad: true})
		}
	}
	return posts, good, countArgs
}

func cloneProtocol(p election.Protocol) election.Protocol {
	q := p
	q.Lines, q.Votes, q.Preferences = map[election.Line]int64{}, map[string]int64{}, nil
	for k, v := range p.Lines {
		q.Lines[k] = v
	}
	for k, v := range p.Votes {
		q.Votes[k] = v
	}
	if p.Preferences != nil {
		q.Preferences = map[string]int64{}
		for k, v := range p.Preferences {
			q.Preferences[k] = v
		}
	}
	return q
}

// checkOutcomes checks that every good protocol was accepted exactly once
// (201 once, 409 for a second post, or, with lost set, an answer lost:
// those are returned) and every bad one refused with its findings (422).
func checkOutcomes(t testing.TB, posts []feedload.Post, rep *feedload.Report, lossy bool) (acked map[feed.Key]int, unanswered []int) {
	t.Helper()
	acked = map[feed.Key]int{}
	for _, o := range rep.Outcomes {
		p := posts[o.Post]
		k := feed.KeyOf(&p.Protocol)
		switch {
		case o.Status == 0 && lossy:
			unanswered = append(unanswered, o.Post)
		case p.Bad:
			var a struct {
				Findings []struct{ Code, Severity, Message string }
			}
			if o.Status != http.StatusUnprocessableEntity || json.Unmarshal(o.Body, &a) != nil || len(a.Findings) == 0 || a.Findings[0].Message == "" {
				t.Errorf("bad protocol of %s: %d %v, want 422 with findings:\n%s", k, o.Status, o.Err, o.Body)
			}
		case o.Status == http.StatusCreated:
			acked[k]++
		case o.Status == http.StatusConflict:
		default:
			t.Errorf("protocol of %s: %d %v:\n%s", k, o.Status, o.Err, o.Body)
		}
	}
	for k, n := range acked {
		if n != 1 {
			t.Errorf("%s accepted %d times", k, n)
		}
	}
	return acked, unanswered
}

// TestFeedLoad is the load test, shortened: the 4,929 protocols of the
// embedded 2021 election, a tenth of them twice, and a hundred bad ones,
// from 50 concurrent clients on 127.0.0.1, to a feed with its journal.
// The full run (100,000 precincts) is scripts/bench-feed.
func TestFeedLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	f, err := openFeed(context.Background(), feedFlags{rules: "kg2021", db: filepath.Join(dir, "results.sqlite"), tokens: writeTokens(t, dir)})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(f)
	defer srv.Close()
	defer f.Close()
	posts, good, countArgs := loadPlan(t, dir)
	rep, err := feedload.Run(context.Background(), feedload.Plan{URL: srv.URL + "/", Token: feedToken, Posts: posts, Clients: 50, Seed: 15})
	if err != nil {
		t.Fatal(err)
	}
	acked, _ := checkOutcomes(t, posts, rep, false)
	if len(acked) != len(good) {
		t.Errorf("%d protocols accepted, want %d", len(acked), len(good))
	}
	t.Logf("feed load (%d posts, 50 clients): %s", len(posts), rep.Summary())
	sameAsCount(t, srv.URL+"/", countArgs...)

	// The journal replays into the same result.
	f.Close()
	g, err := openFeed(context.Background(), feedFlags{rules: "kg2021", db: filepath.Join(dir, "results.sqlite"), tokens: filepath.Join(dir, "tokens.txt")})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if g.Replayed() != int64(len(good)) {
		t.Errorf("replayed %d entries, want %d", g.Replayed(), len(good))
	}
	srv2 := httptest.NewServer(g)
	defer srv2.Close()
	sameAsCount(t, srv2.URL+"/", countArgs...)
}

// TestFeedCSV posts a protocol as a CSV row read with the feed's mapping,
// and corrects it.
func TestFeedCSV(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if st := run([]string{"synth", "--out", dir, "--precincts", "20", "--lists", "3"}, &out, &errOut); st != exitOK {
		t.Fatalf("synth: %s", errOut.String())
	}
	f, err := openFeed(context.Background(), feedFlags{rules: "kg2021", election: filepath.Join(dir, "election.json"), db: filepath.Join(dir, "r.sqlite"),
		tokens: writeTokens(t, dir), mappings: multi{filepath.Join(dir, "list-mapping.json"), filepath.Join(dir, "okrug-mapping.json")}})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	csv, err := os.ReadFile(filepath.Join(dir, "list.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(csv), "\n")
	post := func(method, target, body string) (int, string) {
		r := httptest.NewRequest(method, target, strings.NewReader(body))
		r.Header.Set("Authorization", "Bearer "+feedToken)
		r.Header.Set("Content-Type", "text/csv")
		w := httptest.NewRecorder()
		f.ServeHTTP(w, r)
		return w.Code, w.Body.String()
	}
	if st, body := post("POST", "/protocols", lines[0]+lines[1]); st != 400 || !strings.Contains(body, "?mapping=NAME") {
		t.Fatalf("CSV without ?mapping= of two: %d\n%s", st, body)
	}
	if st, body := post("POST", "/protocols?mapping=list-mapping", lines[0]+lines[1]+lines[2]); st != 400 || !strings.Contains(body, "exactly one") {
		t.Fatalf("two CSV rows: %d\n%s", st, body)
	}
	if st, body := post("POST", "/protocols?mapping=list-mapping", lines[0]+lines[1]); st != 201 {
		t.Fatalf("CSV row: %d\n%s", st, body)
	}
	if st, body := post("PUT", "/protocols?mapping=list-mapping", lines[0]+lines[1]); st != 409 {
		t.Fatalf("CSV resend as a correction: %d\n%s", st, body)
	}
	// One ballot moved from issued to cancelled: the books still balance,
	// but more ballots are found than issued, a warning the clerk is told
	// in the answer that accepts the protocol.
	moved := func(line string) string {
		cells := strings.Split(strings.TrimSpace(line), ",")
		for i, d := range map[int]int{6: -1, 9: +1} { // issued_in_room, cancelled
			n, err := strconv.Atoi(cells[i])
			if err != nil {
				t.Fatal(err)
			}
			cells[i] = strconv.Itoa(n + d)
		}
		return strings.Join(cells, ",") + "\n"
	}
	if st, body := post("PUT", "/protocols?mapping=list-mapping", lines[0]+moved(lines[1])); st != 200 {
		t.Fatalf("CSV correction: %d\n%s", st, body)
	}
	var a struct{ Protocol feed.Key }
	st, body := post("POST", "/protocols?mapping=list-mapping", lines[0]+moved(lines[1]))
	if st != 409 {
		t.Fatalf("CSV resend: %d\n%s", st, body)
	}
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		t.Fatal(err)
	}
	q := url.Values{"precinct": {a.Protocol.Precinct}, "ballot": {"list"}}
	if st, body := post("DELETE", "/protocols?"+q.Encode(), ""); st != 200 {
		t.Fatalf("withdraw: %d\n%s", st, body)
	}
	if st, body := post("POST", "/protocols?mapping=list-mapping", lines[0]+moved(lines[3])); st != 201 || !strings.Contains(body, `"code": "P105"`) || !strings.Contains(body, `"severity": "warning"`) {
		t.Fatalf("a protocol with a warning: %d\n%s", st, body)
	}
	r := httptest.NewRequest("GET", "/results", nil)
	w := httptest.NewRecorder()
	f.ServeHTTP(w, r)
	if !strings.Contains(w.Body.String(), `"corrections"`) || !strings.Contains(w.Body.String(), `"reporting"`) {
		t.Fatalf("a partial result with corrections:\n%.2000s", w.Body.String())
	}
}

// A mapping of a part of each protocol ("part": true) is refused: the
// feed counts each request's protocol as it comes, and cannot join the
// parts (the first would count as a whole protocol, lacking the rest, the
// second be refused as its duplicate).
func TestFeedRefusesParts(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if st := run([]string{"synth", "--out", dir, "--precincts", "2", "--lists", "3"}, &out, &errOut); st != exitOK {
		t.Fatalf("synth: %s", errOut.String())
	}
	name := filepath.Join(dir, "list-mapping.json")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	part := filepath.Join(dir, "part-mapping.json")
	if err := os.WriteFile(part, bytes.Replace(b, []byte("{"), []byte(`{"part": true, `), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := openFeed(context.Background(), feedFlags{rules: "kg2021", election: filepath.Join(dir, "election.json"), db: filepath.Join(dir, "r.sqlite"),
		tokens: writeTokens(t, dir), mappings: multi{part}})
	if err == nil {
		f.Close()
		t.Fatal("a mapping of parts is accepted")
	}
	if !strings.Contains(err.Error(), part) || !strings.Contains(err.Error(), `"part": true`) {
		t.Errorf("%v; want the mapping named, and why", err)
	}
}
