//go:build !js

package feed

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// dumaFeed is a feed of the 2011 State Duma under examples/duma2011,
// whose form adds the absentee certificates' lines
// (absentee_cancelled...): its definition learnt from the first rows of
// the real file (testdata/ingest/duma2011-head.csv), its protocols none.
type dumaFeed struct {
	cfg    Config
	header string
	rows   []string
	ps     []election.Protocol // the rows' protocols, as the mapping reads them
}

func newDumaFeed(t *testing.T) dumaFeed {
	t.Helper()
	read := func(name string) []byte {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	rules, err := shailoo.ReadRules(bytes.NewReader(read("../examples/duma2011/rules.json")), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(bytes.NewReader(read("../examples/duma2011/mapping.json")), "mapping.json", rules.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	csv := read("../testdata/ingest/duma2011-head.csv")
	def, _, err = shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "duma2011-head.csv", R: bytes.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := dumaFeed{}
	if _, err := ingest.Scan(bytes.NewReader(csv), "duma2011-head.csv", m, ingest.Options{}, func(_ int, p *election.Protocol, _ election.Precinct) error {
		d.ps = append(d.ps, *p)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	def.Protocols = nil
	id, err := Identify(def, rules)
	if err != nil {
		t.Fatal(err)
	}
	var added []election.Line
	for _, l := range rules.Protocol.AddLines {
		added = append(added, l.Name)
	}
	lines := strings.Split(strings.TrimRight(string(csv), "\n"), "\n")
	d.header, d.rows = lines[0], lines[1:]
	if len(d.rows) != 4 || len(d.ps) != 4 || d.ps[0].Lines["absentee_cancelled"] == 0 {
		t.Fatalf("the file's rows: %d, protocols: %d, the first's lines: %v", len(d.rows), len(d.ps), d.ps[0].Lines)
	}
	d.cfg = Config{
		NewTally: func() (Tally, error) { return shailoo.NewTally(def, rules, shailoo.Options{}) },
		Journal:  filepath.Join(t.TempDir(), "journal.sqlite"),
		Identity: id,
		Tokens:   []Token{{"aigul", secret}},
		Mappings: []Mapping{{Name: "ru", Mapping: m}},
		Lines:    added,
	}
	return d
}

// TestRuleSetLines posts protocols of the 2011 Duma with the lines its rule
// set adds, as CSV and as JSON, and reopens the feed on its journal: the
// journal replays (it was refused as "unknown protocol line
// absentee_cancelled") into the same result.
func TestRuleSetLines(t *testing.T) {
	d := newDumaFeed(t)
	f, err := Open(context.Background(), d.cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range d.rows[:2] {
		if w := do(t, f, "POST", "/protocols", d.header+"\n"+row+"\n", "Content-Type", "text/csv"); w.Code != 201 {
			t.Fatalf("CSV row %d: %d\n%s", i+1, w.Code, w.Body)
		}
	}
	for _, p := range d.ps[2:] {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(`"absentee_cancelled":`)) {
			t.Fatalf("the JSON gives no added line: %s", b)
		}
		if w := do(t, f, "POST", "/protocols", string(b)); w.Code != 201 {
			t.Fatalf("JSON of %s: %d\n%s", p.Precinct, w.Code, w.Body)
		}
	}
	// A correction as JSON, with added lines changed (the certificates
	// received still those issued, cancelled and lost: relation F1).
	p := d.ps[3]
	p.Lines = clone(p.Lines)
	p.Lines["absentee_cancelled"]++
	p.Lines["absentee_received"]++
	b, _ := json.Marshal(p)
	if w := do(t, f, "PUT", "/protocols", string(b)); w.Code != 200 {
		t.Fatalf("PUT: %d\n%s", w.Code, w.Body)
	}
	if w := do(t, f, "GET", "/protocols?precinct="+url.QueryEscape(p.Precinct)+"&ballot=list", ""); w.Code != 200 || !strings.Contains(w.Body.String(), `"absentee_cancelled"`) {
		t.Fatalf("GET the correction: %d\n%s", w.Code, w.Body)
	}
	// A line neither built in nor the rule set's is still refused.
	bad := strings.Replace(string(b), `"absentee_cancelled"`, `"absentee_canceled"`, 1)
	if w := do(t, f, "POST", "/protocols", bad); w.Code != 400 || !strings.Contains(w.Body.String(), "absentee_canceled") || !strings.Contains(w.Body.String(), "absentee_cancelled, absentee_issued_tik, absentee_lost)") {
		t.Fatalf("an unknown line: %d\n%s", w.Code, w.Body)
	}
	before := do(t, f, "GET", "/results", "").Body.String()
	if !strings.Contains(before, `"precincts": 4`) {
		t.Fatalf("before the restart, not 4 precincts:\n%.2000s", before)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	g, err := Open(context.Background(), d.cfg)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer g.Close()
	if g.Replayed() != 5 {
		t.Errorf("replayed %d entries, want 5", g.Replayed())
	}
	if after := do(t, g, "GET", "/results", "").Body.String(); after != before {
		t.Fatalf("after the restart:\n%s\nbefore:\n%s", after, before)
	}
}

// TestRuleSetLinesUnset: a feed told none of the rule set's lines refuses
// them as JSON, and refuses at Open a mapping that reads them, whose
// protocols it would journal and could not replay.
func TestRuleSetLinesUnset(t *testing.T) {
	d := newDumaFeed(t)
	c := d.cfg
	c.Lines = nil
	if _, err := Open(context.Background(), c); !errors.Is(err, ingest.ErrMapping) || !strings.Contains(err.Error(), `mapping "ru"`) || !strings.Contains(err.Error(), "Config.Lines") {
		t.Fatalf("a mapping of lines the feed does not know: %v", err)
	}
	c.Mappings = nil
	f, err := Open(context.Background(), c)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, _ := json.Marshal(d.ps[0])
	if w := do(t, f, "POST", "/protocols", string(b)); w.Code != 400 || !strings.Contains(w.Body.String(), "absentee_") {
		t.Fatalf("an added line the feed was not told: %d\n%s", w.Code, w.Body)
	}
}

// TestCorrectionIsNoDuplicate: the answer to a correction (PUT) lists no
// second protocol of its slot (X207), which the correction leaves none
// of; a POST of other figures for a slot counted is one, and says so; a
// resend is 409 with no finding.
func TestCorrectionIsNoDuplicate(t *testing.T) {
	d := newDumaFeed(t)
	f, err := Open(context.Background(), d.cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, _ := json.Marshal(d.ps[0])
	if w := do(t, f, "POST", "/protocols", string(b)); w.Code != 201 {
		t.Fatalf("POST: %d\n%s", w.Code, w.Body)
	}
	if w := do(t, f, "POST", "/protocols", string(b)); w.Code != 409 || strings.Contains(w.Body.String(), "X207") {
		t.Fatalf("resend: %d\n%s", w.Code, w.Body)
	}
	p := d.ps[0]
	p.Lines = clone(p.Lines)
	p.Lines["absentee_cancelled"]++
	p.Lines["absentee_received"]++
	c, _ := json.Marshal(p)
	if w := do(t, f, "PUT", "/protocols", string(c)); w.Code != 200 || strings.Contains(w.Body.String(), "X207") {
		t.Fatalf("PUT: %d\n%s", w.Code, w.Body)
	}
	if w := do(t, f, "POST", "/protocols", string(b)); w.Code != 201 || !strings.Contains(w.Body.String(), "X207") {
		t.Fatalf("a second protocol of the slot: %d\n%s", w.Code, w.Body)
	}
}
