//go:build !js

package feed

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

func (f *Feed) routes() {
	m := http.NewServeMux()
	m.HandleFunc("POST /protocols", f.post)
	m.HandleFunc("PUT /protocols", f.put)
	m.HandleFunc("DELETE /protocols", f.delete)
	m.HandleFunc("GET /protocols", f.get)
	m.HandleFunc("GET /results", f.getResults)
	m.HandleFunc("GET /results/events", f.events)
	m.HandleFunc("GET /progress", f.getProgress)
	f.mux = m
}

// ServeHTTP serves the feed:
//
//	POST   /protocols          add a protocol (JSON, or text/csv with a mapping): 201, 409, 422
//	PUT    /protocols          replace the protocol of the same precinct, ballot and count: 200, 404, 409 (the figures counted: a resend), 422
//	DELETE /protocols?precinct=ID&ballot=list|okrug&count=manual|machine   withdraw it: 200, 404
//	GET    /protocols?precinct=ID&ballot=...&count=...   the protocol as recorded, with who and when
//	GET    /results            the running result, as shailoo count --format json writes it (ETag)
//	GET    /results/events     Server-Sent Events: one per change
//	GET    /progress           precincts reporting
//
// Writes need a clerk's bearer token (401 without one, 403 with one that
// is not a clerk's); reads are public. Answers to writes are JSON, their
// sentences in the language of Accept-Language (ky, ru or en).
func (f *Feed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if w == nil || r == nil {
		return
	}
	if !f.open() {
		http.Error(w, errNotOpen.Error(), http.StatusServiceUnavailable)
		return
	}
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		// The results are public: any page may follow them. Writes get
		// no CORS header: a page of another site cannot send a token.
		w.Header().Set("Access-Control-Allow-Origin", "*")
	}
	f.mux.ServeHTTP(w, r)
}

// A finding as an answer shows it: its message in one language.
type answerFinding struct {
	Code     validate.Code     `json:"code"`
	Severity validate.Severity `json:"severity"`
	Place    validate.Place    `json:"place"`
	Want     string            `json:"want,omitempty"`
	Got      string            `json:"got,omitempty"`
	Message  string            `json:"message"`
}

// answer is the JSON body of every answer to a write.
type answer struct {
	Status   string          `json:"status"`
	Message  string          `json:"message"`
	Seq      int64           `json:"seq,omitempty"`
	Protocol *Key            `json:"protocol,omitempty"`
	Clerk    string          `json:"clerk,omitempty"`
	Findings []answerFinding `json:"findings,omitempty"`
	Error    string          `json:"error,omitempty"`
}

func writeJSON(w http.ResponseWriter, lang string, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Language", lang)
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// fail answers with status, a sentence and, when err is not nil, its text
// (in English: the reader's and the library's errors are).
func (f *Feed) fail(w http.ResponseWriter, lang string, status int, m validate.Message, err error) {
	a := answer{Status: "error", Message: m.In(lang)}
	if err != nil {
		a.Error = err.Error()
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="shailoo feed"`)
	}
	writeJSON(w, lang, status, a)
}

// clerk returns the name of the clerk whose token the request bears, or
// answers 401 or 403 and returns "".
func (f *Feed) clerk(w http.ResponseWriter, r *http.Request, lang string) string {
	auth := r.Header.Get("Authorization")
	scheme, secret, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		f.fail(w, lang, http.StatusUnauthorized, msgNoToken, nil)
		return ""
	}
	name := f.keys.clerk(strings.TrimSpace(secret))
	if name == "" {
		f.fail(w, lang, http.StatusForbidden, msgBadToken, nil)
	}
	return name
}

// readProtocol reads the protocol of a POST or PUT: JSON (the strict
// reader of ingest.ReadProtocolFor, with the lines the rule set adds) or,
// as text/csv, a header row and one row read with the feed's mapping.
func (f *Feed) readProtocol(w http.ResponseWriter, r *http.Request, lang string) (*election.Protocol, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			f.fail(w, lang, http.StatusRequestEntityTooLarge, msgTooLarge, nil)
		} else {
			f.fail(w, lang, http.StatusBadRequest, msgUnreadable, err)
		}
		return nil, false
	}
	ct := r.Header.Get("Content-Type")
	media := "application/json"
	if ct != "" {
		if media, _, err = mime.ParseMediaType(ct); err != nil {
			f.fail(w, lang, http.StatusUnsupportedMediaType, msgMediaType, err)
			return nil, false
		}
	}
	switch media {
	case "application/json":
		p, err := ingest.ReadProtocolFor(bytes.NewReader(body), "request", f.j.lines)
		if err != nil {
			f.fail(w, lang, http.StatusBadRequest, msgUnreadable, err)
			return nil, false
		}
		return &p, true
	case "text/csv":
		return f.readCSV(w, r, lang, body)
	}
	f.fail(w, lang, http.StatusUnsupportedMediaType, msgMediaType, fmt.Errorf("content type %q", media))
	return nil, false
}

func (f *Feed) readCSV(w http.ResponseWriter, r *http.Request, lang string, body []byte) (*election.Protocol, bool) {
	var m *Mapping
	name := r.URL.Query().Get("mapping")
	switch {
	case len(f.mappings) == 0:
		f.fail(w, lang, http.StatusUnsupportedMediaType, msgNoMapping, nil)
		return nil, false
	case name == "" && len(f.mappings) == 1:
		m = &f.mappings[0]
	case name == "":
		f.fail(w, lang, http.StatusBadRequest, msgMappingUnset, fmt.Errorf("mappings: %s", f.mappingNames()))
		return nil, false
	default:
		for i := range f.mappings {
			if f.mappings[i].Name == name {
				m = &f.mappings[i]
			}
		}
		if m == nil {
			f.fail(w, lang, http.StatusBadRequest, msgMappingUnset, fmt.Errorf("no mapping %q; mappings: %s", name, f.mappingNames()))
			return nil, false
		}
	}
	var p *election.Protocol
	rows := 0
	_, err := ingest.Scan(bytes.NewReader(body), "request", m.Mapping, ingest.Options{}, func(line int, q *election.Protocol, _ election.Precinct) error {
		rows++
		if rows > 1 {
			return fmt.Errorf("request:%d: a second protocol row", line)
		}
		c := *q
		c.Lines, c.Votes, c.Preferences = clone(q.Lines), clone(q.Votes), clone(q.Preferences)
		p = &c
		return nil
	})
	switch {
	case err != nil && rows > 1:
		f.fail(w, lang, http.StatusBadRequest, msgCSVOneRow, err)
		return nil, false
	case err != nil:
		f.fail(w, lang, http.StatusBadRequest, msgUnreadable, err)
		return nil, false
	}
	return p, true
}

func clone[K comparable](m map[K]int64) map[K]int64 {
	if m == nil {
		return nil
	}
	c := make(map[K]int64, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func (f *Feed) mappingNames() string {
	var names []string
	for _, m := range f.mappings {
		names = append(names, m.Name)
	}
	return strings.Join(names, ", ")
}

// queryKey reads ?precinct=ID&ballot=list|okrug&count=manual|machine.
func queryKey(r *http.Request) (Key, error) {
	q := r.URL.Query()
	k := Key{Precinct: q.Get("precinct"), Ballot: election.BallotKind(q.Get("ballot"))}
	if k.Precinct == "" {
		return k, errors.New("no precinct")
	}
	switch k.Ballot {
	case election.ListBallot, election.OkrugBallot:
	default:
		return k, fmt.Errorf("ballot %q: want list or okrug", k.Ballot)
	}
	switch c := q.Get("count"); c {
	case "", "manual":
	case "machine":
		k.Machine = true
	default:
		return k, fmt.Errorf("count %q: want manual or machine", c)
	}
	return k, nil
}

func (f *Feed) post(w http.ResponseWriter, r *http.Request) {
	f.change(w, r, opAdd)
}

func (f *Feed) put(w http.ResponseWriter, r *http.Request) {
	f.change(w, r, opReplace)
}

func (f *Feed) delete(w http.ResponseWriter, r *http.Request) {
	f.change(w, r, opWithdraw)
}

// change serves the three writes.
func (f *Feed) change(w http.ResponseWriter, r *http.Request, kind string) {
	lang := language(r.Header.Get("Accept-Language"))
	clerk := f.clerk(w, r, lang)
	if clerk == "" {
		return
	}
	o := &op{kind: kind, clerk: clerk}
	if kind == opWithdraw {
		k, err := queryKey(r)
		if err != nil {
			f.fail(w, lang, http.StatusBadRequest, msgBadQuery, err)
			return
		}
		o.key = k
	} else {
		p, ok := f.readProtocol(w, r, lang)
		if !ok {
			return
		}
		o.p, o.key = p, KeyOf(p)
		if r.URL.Query().Has("precinct") {
			// A correction may name what it corrects: it must be the same.
			if k, err := queryKey(r); err != nil || k != o.key {
				f.fail(w, lang, http.StatusBadRequest, msgKeyMismatch, err)
				return
			}
		}
	}
	var warn []answerFinding
	if o.p != nil {
		warn = f.warnings(*o.p, kind == opReplace, lang)
	}
	res := f.submit(context.WithoutCancel(r.Context()), o)
	f.answer(w, lang, o, res, warn)
}

// checker is a Tally that can say what it finds about a protocol without
// counting it, and what its Add would return, as shailoo.Tally does.
type checker interface {
	Check(p election.Protocol) (validate.Report, error)
}

// warnings returns the findings that the tally has about p in the context
// of what it counted, checked before p goes in line: an accepted
// protocol's answer carries them, so that its clerk sees at once what the
// published result will say about it, errors included (a disagreement with
// its machine count, a second protocol of its precinct: the tally counts
// p and the result reports them). None when the tally cannot check. A
// correction (replace) takes back every protocol of its slot: it leaves
// no second one there, which Check, asked as of an Add, would find.
func (f *Feed) warnings(p election.Protocol, replace bool, lang string) []answerFinding {
	f.mu.Lock()
	t, ok := f.tally.(checker)
	f.mu.Unlock()
	if !ok {
		return nil
	}
	var out []answerFinding
	rep, _ := t.Check(p) // the error is the write's own answer
	for _, x := range rep.Findings {
		if replace && x.Code == validate.DuplicateProtocol && x.Place.Precinct == p.Precinct && x.Place.Ballot == p.Ballot && x.Place.Machine == p.Machine {
			continue
		}
		out = append(out, answerFinding{Code: x.Code, Severity: x.Severity, Place: x.Place, Want: x.Want, Got: x.Got, Message: x.Sentence(lang)})
	}
	return out
}

// answer answers a write with its result.
func (f *Feed) answer(w http.ResponseWriter, lang string, o *op, res result, warn []answerFinding) {
	err := res.err
	if err == nil {
		status, m := http.StatusCreated, msgAccepted
		switch o.kind {
		case opReplace:
			status, m = http.StatusOK, msgReplaced
		case opWithdraw:
			status, m = http.StatusOK, msgWithdrawn
		}
		writeJSON(w, lang, status, answer{Status: "accepted", Message: m.In(lang), Seq: res.seq, Protocol: &o.key, Clerk: o.clerk, Findings: warn})
		return
	}
	if fs, ok := rejection(err); ok || errors.Is(err, shailoo.ErrCounted) {
		status, m := http.StatusUnprocessableEntity, msgRejected
		if errors.Is(err, shailoo.ErrCounted) { // a resend of the figures counted
			status, m = http.StatusConflict, msgDuplicate
		}
		a := answer{Status: "rejected", Message: m.In(lang), Protocol: &o.key, Error: err.Error()}
		for _, x := range fs {
			a.Findings = append(a.Findings, answerFinding{Code: x.Code, Severity: x.Severity, Place: x.Place, Want: x.Want, Got: x.Got, Message: x.Sentence(lang)})
		}
		writeJSON(w, lang, status, a)
		return
	}
	switch {
	case errors.Is(err, shailoo.ErrNotCounted):
		f.fail(w, lang, http.StatusNotFound, msgNotFound, nil)
	case errors.Is(err, ErrClosed):
		f.fail(w, lang, http.StatusServiceUnavailable, msgClosed, nil)
	case errors.Is(err, errJournal):
		f.fail(w, lang, http.StatusServiceUnavailable, msgUnavailable, err)
	default:
		// The tally could not take it for a reason other than findings
		// (a protocol of no precinct of the election, say).
		f.fail(w, lang, http.StatusUnprocessableEntity, msgInternal, err)
	}
}

func (f *Feed) get(w http.ResponseWriter, r *http.Request) {
	lang := language(r.Header.Get("Accept-Language"))
	k, err := queryKey(r)
	if err != nil {
		f.fail(w, lang, http.StatusBadRequest, msgBadQuery, err)
		return
	}
	e, err := f.lookup(r.Context(), k)
	switch {
	case errors.Is(err, ErrClosed):
		f.fail(w, lang, http.StatusServiceUnavailable, msgClosed, nil)
		return
	case err != nil:
		f.fail(w, lang, http.StatusServiceUnavailable, msgUnavailable, err)
		return
	case e == nil:
		f.fail(w, lang, http.StatusNotFound, msgNotFound, nil)
		return
	}
	writeJSON(w, lang, http.StatusOK, struct {
		Seq      int64              `json:"seq"`
		Op       string             `json:"op"`
		Clerk    string             `json:"clerk"`
		At       string             `json:"at"`
		Protocol *election.Protocol `json:"protocol"`
	}{e.Seq, e.Op, e.Clerk, e.At, e.Protocol})
}

// serveSnapshot writes s with its ETag, or 304 when If-None-Match has it.
func serveSnapshot(w http.ResponseWriter, r *http.Request, s *snapshot) {
	h := w.Header()
	h.Set("ETag", s.etag)
	h.Set("Cache-Control", "no-cache")
	if match(r.Header.Get("If-None-Match"), s.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.Write(s.body)
}

// match says whether an If-None-Match header names etag (weakly, as
// RFC 9110 compares for GET), or is "*".
func match(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

func (f *Feed) getResults(w http.ResponseWriter, r *http.Request) {
	s, err := f.results()
	if err != nil {
		f.fail(w, language(r.Header.Get("Accept-Language")), http.StatusInternalServerError, msgInternal, err)
		return
	}
	serveSnapshot(w, r, s)
}

func (f *Feed) getProgress(w http.ResponseWriter, r *http.Request) {
	s, err := f.progressJSON()
	if err != nil {
		f.fail(w, language(r.Header.Get("Accept-Language")), http.StatusInternalServerError, msgInternal, err)
		return
	}
	serveSnapshot(w, r, s)
}
