//go:build !js

package feed

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

// fakeTally refuses a protocol whose valid line is negative, and a second
// protocol of one key.
type fakeTally struct {
	mu sync.Mutex
	ps map[Key]election.Protocol
}

func rejected(fs ...validate.Finding) error { return &shailoo.RejectedError{Findings: fs} }

func (t *fakeTally) Add(p election.Protocol) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := KeyOf(&p)
	if _, ok := t.ps[k]; ok {
		return fmt.Errorf("%w: precinct %s", shailoo.ErrCounted, p.Precinct)
	}
	if p.Lines[election.Valid] < 0 {
		f, err := validate.NewFinding("P106", validate.Place{Precinct: p.Precinct}, "0 or more", strconv.FormatInt(p.Lines[election.Valid], 10), 0, nil)
		if err != nil {
			return err
		}
		return rejected(f)
	}
	t.ps[k] = p
	return nil
}

func (t *fakeTally) Replace(p election.Protocol) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := KeyOf(&p)
	if _, ok := t.ps[k]; !ok {
		return shailoo.ErrNotCounted
	}
	if p.Lines[election.Valid] < 0 {
		return rejected(validate.Finding{Code: "P101", Severity: validate.Error})
	}
	t.ps[k] = p
	return nil
}

func (t *fakeTally) Withdraw(precinct string, b election.BallotKind, machine bool) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	k := Key{precinct, b, machine}
	if _, ok := t.ps[k]; !ok {
		return shailoo.ErrNotCounted
	}
	delete(t.ps, k)
	return nil
}

func (t *fakeTally) Result() (*shailoo.Result, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var valid int64
	for _, p := range t.ps {
		valid += p.Lines[election.Valid]
	}
	return &shailoo.Result{Library: "fake", Totals: shailoo.Totals{Precincts: len(t.ps), Valid: valid}}, nil
}

func (t *fakeTally) Progress() shailoo.Progress {
	t.mu.Lock()
	defer t.mu.Unlock()
	return shailoo.Progress{Reporting: shailoo.Reporting{Reporting: len(t.ps)}}
}

func newFake() (Tally, error) { return &fakeTally{ps: map[Key]election.Protocol{}}, nil }

// fake returns the tally of f, a fakeTally.
func fake(f *Feed) *fakeTally {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tally.(*fakeTally)
}

const secret = "0123456789abcdef-aigul"

func openFake(t *testing.T, db string) (*Feed, *fakeTally) {
	t.Helper()
	f, err := Open(context.Background(), Config{
		NewTally: newFake, Journal: db, Identity: Identity{"d", "r"},
		Tokens: []Token{{"aigul", secret}, {"bakyt", "fedcba9876543210-bakyt"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return f, fake(f)
}

func do(t *testing.T, h http.Handler, method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer "+secret)
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			r.Header.Del(hdr[i])
		} else {
			r.Header.Set(hdr[i], hdr[i+1])
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

const good = `{"precinct": "1", "ballot": "list", "lines": {"valid": 10}, "votes": {"a": 10}}`

func TestWrites(t *testing.T) {
	f, _ := openFake(t, filepath.Join(t.TempDir(), "j.sqlite"))
	defer f.Close()
	for _, c := range []struct {
		name, method, target, body string
		hdr                        []string
		status                     int
		has                        string
	}{
		{"no token", "POST", "/protocols", good, []string{"Authorization", ""}, 401, "Bearer"},
		{"not a bearer", "POST", "/protocols", good, []string{"Authorization", "Basic " + secret}, 401, ""},
		{"wrong token", "POST", "/protocols", good, []string{"Authorization", "Bearer 0123456789abcdef-aiguL"}, 403, ""},
		{"wrong token ru", "POST", "/protocols", good, []string{"Authorization", "Bearer x", "Accept-Language", "ru-RU,ru;q=0.9"}, 403, "оператору"},
		{"add", "POST", "/protocols", good, nil, 201, `"clerk": "aigul"`},
		{"duplicate", "POST", "/protocols", good, nil, 409, "counted already"},
		{"duplicate ky", "POST", "/protocols", good, []string{"Accept-Language", "en;q=0.5, ky"}, 409, "протоколу бар"},
		{"bad", "POST", "/protocols", `{"precinct": "2", "ballot": "list", "lines": {"valid": -1}, "votes": {}}`, []string{"Accept-Language", "ru"}, 422, "отрицательное"},
		{"unknown line", "POST", "/protocols", `{"precinct": "2", "ballot": "list", "lines": {"vaild": 1}, "votes": {}}`, nil, 400, "vaild"},
		{"trailing", "POST", "/protocols", good + "{}", nil, 400, ""},
		{"no ballot", "POST", "/protocols", `{"precinct": "2", "lines": {}, "votes": {}}`, nil, 400, "ballot"},
		{"media type", "POST", "/protocols", good, []string{"Content-Type", "text/plain"}, 415, ""},
		{"csv without mapping", "POST", "/protocols", "a,b\n1,2\n", []string{"Content-Type", "text/csv"}, 415, "--mapping"},
		{"too large", "POST", "/protocols", strings.Repeat(" ", MaxBody+1), nil, 413, ""},
		{"replace", "PUT", "/protocols", strings.Replace(good, "10}", "11}", 1), nil, 200, "replaced"},
		{"replace other key", "PUT", "/protocols?precinct=1&ballot=okrug", good, nil, 400, ""},
		{"replace missing", "PUT", "/protocols", strings.Replace(good, `"1"`, `"9"`, 1), nil, 404, "nothing to correct"},
		{"replace bad", "PUT", "/protocols", strings.Replace(good, "10}", "-10}", 1), nil, 422, "P101"},
		{"withdraw bad query", "DELETE", "/protocols?precinct=1&ballot=both", "", nil, 400, "ballot"},
		{"withdraw missing", "DELETE", "/protocols?precinct=1&ballot=list&count=machine", "", nil, 404, ""},
		{"method", "PATCH", "/protocols", "", nil, 405, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := do(t, f, c.method, c.target, c.body, c.hdr...)
			if w.Code != c.status || !strings.Contains(w.Body.String(), c.has) {
				t.Fatalf("%s %s: %d, want %d with %q:\n%s", c.method, c.target, w.Code, c.status, c.has, w.Body)
			}
		})
	}
	w := do(t, f, "GET", "/protocols?precinct=1&ballot=list", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"valid": 11`) || !strings.Contains(w.Body.String(), `"op": "replace"`) {
		t.Fatalf("GET /protocols: %d\n%s", w.Code, w.Body)
	}
	if w := do(t, f, "DELETE", "/protocols?precinct=1&ballot=list&count=manual", ""); w.Code != 200 {
		t.Fatalf("withdraw: %d\n%s", w.Code, w.Body)
	}
	if w := do(t, f, "GET", "/protocols?precinct=1&ballot=list", ""); w.Code != 404 {
		t.Fatalf("GET a withdrawn protocol: %d\n%s", w.Code, w.Body)
	}
}

func TestResultsETag(t *testing.T) {
	f, _ := openFake(t, filepath.Join(t.TempDir(), "j.sqlite"))
	defer f.Close()
	w := do(t, f, "GET", "/results", "")
	tag := w.Header().Get("ETag")
	if w.Code != 200 || tag == "" || w.Header().Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("GET /results: %d %q\n%s", w.Code, tag, w.Body)
	}
	if w := do(t, f, "GET", "/results", "", "If-None-Match", tag); w.Code != 304 {
		t.Fatalf("If-None-Match: %d", w.Code)
	}
	do(t, f, "POST", "/protocols", good)
	w = do(t, f, "GET", "/results", "", "If-None-Match", tag)
	if w.Code != 200 || w.Header().Get("ETag") == tag || !strings.Contains(w.Body.String(), `"valid": 10`) {
		t.Fatalf("after a change: %d %q\n%s", w.Code, w.Header().Get("ETag"), w.Body)
	}
	if w := do(t, f, "GET", "/progress", ""); w.Code != 200 || !strings.Contains(w.Body.String(), `"reporting":1,`) {
		t.Fatalf("GET /progress: %d\n%s", w.Code, w.Body)
	}
}

func TestReplay(t *testing.T) {
	db := filepath.Join(t.TempDir(), "j.sqlite")
	f, _ := openFake(t, db)
	do(t, f, "POST", "/protocols", good)
	do(t, f, "POST", "/protocols", strings.Replace(good, `"1"`, `"2"`, 1))
	do(t, f, "PUT", "/protocols", strings.Replace(good, "10}", "12}", 1))
	do(t, f, "DELETE", "/protocols?precinct=2&ballot=list", "")
	before := do(t, f, "GET", "/results", "").Body.String()

	// A second feed cannot open the journal while the first has it.
	if _, err := Open(context.Background(), Config{NewTally: newFake, Journal: db, Identity: Identity{"d", "r"}, Tokens: []Token{{"x", secret}}}); !errors.Is(err, errJournalLocked) {
		t.Fatalf("second feed on one journal: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if w := do(t, f, "POST", "/protocols", good); w.Code != 503 {
		t.Fatalf("POST to a closed feed: %d", w.Code)
	}
	g, ft := openFake(t, db)
	defer g.Close()
	if g.Replayed() != 4 || len(ft.ps) != 1 || ft.ps[Key{"1", "list", false}].Lines[election.Valid] != 12 {
		t.Fatalf("replayed %d entries into %v", g.Replayed(), ft.ps)
	}
	if after := do(t, g, "GET", "/results", "").Body.String(); after != before {
		t.Fatalf("after replay:\n%s\nbefore:\n%s", after, before)
	}
	if _, err := Open(context.Background(), Config{NewTally: newFake, Journal: filepath.Join(t.TempDir(), "x.sqlite"), Identity: Identity{"d", "r"}}); !errors.Is(err, ErrTokens) {
		t.Fatalf("no tokens: %v", err)
	}
	g.Close()
	if _, err := Open(context.Background(), Config{NewTally: newFake, Journal: db, Identity: Identity{"other", "r"}, Tokens: []Token{{"x", secret}}}); err == nil || !strings.Contains(err.Error(), "another definition") {
		t.Fatalf("journal of another election: %v", err)
	}
}

func TestEvents(t *testing.T) {
	f, _ := openFake(t, filepath.Join(t.TempDir(), "j.sqlite"))
	srv := httptest.NewServer(f)
	defer srv.Close()
	defer f.Close()
	resp, err := http.Get(srv.URL + "/results/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("content type %q", ct)
	}
	events := make(chan string)
	go func() {
		s := bufio.NewScanner(resp.Body)
		for s.Scan() {
			if d, ok := strings.CutPrefix(s.Text(), "data: "); ok {
				events <- d
			}
		}
		close(events)
	}()
	next := func() map[string]any {
		select {
		case d := <-events:
			var v map[string]any
			if err := json.Unmarshal([]byte(d), &v); err != nil {
				t.Fatalf("event %q: %v", d, err)
			}
			return v
		case <-time.After(10 * time.Second):
			t.Fatal("no event")
		}
		return nil
	}
	if v := next(); v["version"] != 0.0 {
		t.Fatalf("first event: %v", v)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/protocols", strings.NewReader(good))
	req.Header.Set("Authorization", "Bearer "+secret)
	r, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, r.Body)
	r.Body.Close()
	if v := next(); v["version"] != 1.0 {
		t.Fatalf("event after a change: %v", v)
	}
	f.EndFollowers()
	for range events {
	}
}

func TestReadTokens(t *testing.T) {
	for _, c := range []struct{ name, in, err string }{
		{"ok", "# clerks\naigul 0123456789abcdef\n\n  bakyt\tfedcba9876543210  \nАйгүл 0123456789abcdeg\n", ""},
		{"empty", "# nobody\n", "no tokens"},
		{"short", "aigul 0123\n", "fewer than 16"},
		{"three fields", "aigul 0123456789abcdef x\n", ":1: want two fields"},
		{"same name", "a 0123456789abcdef\na 0123456789abcdeX\n", ":2: name a given already on line 1"},
		{"same token", "a 0123456789abcdef\nb 0123456789abcdef\n", "one token per clerk"},
		{"bad name", "a;b 0123456789abcdef\n", "name"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ts, err := ReadTokens(strings.NewReader(c.in), "tokens.txt")
			if c.err == "" {
				if err != nil || len(ts) != 3 || ts[1] != (Token{"bakyt", "fedcba9876543210"}) {
					t.Fatalf("%v %v", ts, err)
				}
				return
			}
			if !errors.Is(err, ErrTokens) || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "tokens.txt") {
				t.Fatalf("error %v, want %q", err, c.err)
			}
		})
	}
	k := newKeyring([]Token{{"a", "0123456789abcdef"}, {"b", "fedcba9876543210"}})
	if k.clerk("fedcba9876543210") != "b" || k.clerk("0123456789abcdef") != "a" || k.clerk("0123456789abcde") != "" || k.clerk("") != "" {
		t.Fatal("keyring")
	}
}

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"": "en", "ky": "ky", "ru-RU,ru;q=0.9,en-US;q=0.8": "ru", "en;q=0.5, ky-KG": "ky",
		"de, ru;q=0.1": "ru", "fr": "en", "ru;q=0, en;q=0.1": "en", "ky;q=0.3,ru;q=0.300": "ky", "ru;q=1.5": "en",
	} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCommitFails: when the journal cannot commit, the changes of the
// batch are undone in the tally, every request gets 503, and nothing of
// them is published.
func TestCommitFails(t *testing.T) {
	f, ft := openFake(t, filepath.Join(t.TempDir(), "j.sqlite"))
	defer f.Close()
	do(t, f, "POST", "/protocols", good)
	before := do(t, f, "GET", "/results", "").Body.String()
	f.mu.Lock()
	f.commitFault = func() error { return errors.New("disk full") }
	f.mu.Unlock()
	for _, c := range []struct{ method, target, body string }{
		{"POST", "/protocols", strings.Replace(good, `"1"`, `"2"`, 1)},
		{"PUT", "/protocols", strings.Replace(good, "10}", "13}", 1)},
		{"DELETE", "/protocols?precinct=1&ballot=list", ""},
	} {
		if w := do(t, f, c.method, c.target, c.body, "Accept-Language", "ky"); w.Code != 503 || !strings.Contains(w.Body.String(), "disk full") || !strings.Contains(w.Body.String(), "Журнал") {
			t.Fatalf("%s with a failing commit: %d\n%s", c.method, w.Code, w.Body)
		}
	}
	if ft2 := fake(f); ft2 == ft {
		t.Fatal("the tally was not made again from the journal")
	} else if after := do(t, f, "GET", "/results", "").Body.String(); after != before || len(ft2.ps) != 1 || ft2.ps[Key{"1", "list", false}].Lines[election.Valid] != 10 {
		t.Fatalf("changes not undone: %v\n%s", ft2.ps, after)
	}
	f.mu.Lock()
	f.commitFault = nil
	f.mu.Unlock()
	if w := do(t, f, "PUT", "/protocols", strings.Replace(good, "10}", "13}", 1)); w.Code != 200 {
		t.Fatalf("after the fault: %d\n%s", w.Code, w.Body)
	}
}
