package fuzz_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/fuzz"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// Size bounds: an input past them is skipped, so that no single input runs
// for long. maxSeats bounds the list seats of a fuzzed rule set: the
// divisor methods share seats one at a time, and a house of millions takes
// a minute (see docs/invariants.md).
const (
	maxCSV      = 64 << 10
	maxMapping  = 16 << 10
	maxElection = 128 << 10
	maxRules    = 16 << 10
	maxSummary  = 64 << 10
	maxCountIn  = 4 << 10
	maxSeats    = 1000
)

var (
	smallOnce sync.Once
	smallDef  *election.Election
	smallErr  error

	kgOnce sync.Once
	kgRes  *shailoo.Result
	kgErr  error
)

// small is testdata/ingest/small-election.json: 3 parties, 2 regions,
// 2 okrugs, 6 precincts and their protocols. Callers must not change it.
func small(t testing.TB) *election.Election {
	smallOnce.Do(func() {
		f, err := os.Open(filepath.Join(repo, "testdata", "ingest", "small-election.json"))
		if err != nil {
			smallErr = err
			return
		}
		defer f.Close()
		smallDef, smallErr = ingest.ReadElection(f, "small-election.json")
	})
	if smallErr != nil {
		t.Fatal(smallErr)
	}
	return smallDef
}

// kg2021 is the Result of the embedded kg2021 dataset under kg2021 rules.
func kg2021(t testing.TB) *shailoo.Result {
	kgOnce.Do(func() {
		d, err := datasets.KG2021()
		if err != nil {
			kgErr = err
			return
		}
		kgRes, kgErr = shailoo.Count(d.Election, shailoo.KG2021())
	})
	if kgErr != nil {
		t.Fatal(kgErr)
	}
	return kgRes
}

// lawful fails the test when err is a broken law; any other error is a
// clean refusal of the input.
func lawful(t *testing.T, err error) {
	t.Helper()
	var v *fuzz.Violation
	if errors.As(err, &v) {
		t.Fatal(v)
	}
}

// render writes res in every report format; none may fail on a sound
// Result.
func render(t *testing.T, res *shailoo.Result) {
	t.Helper()
	if err := report.JSON(io.Discard, res); err != nil {
		t.Fatalf("report.JSON: %v", err)
	}
	if err := report.Text(io.Discard, res, report.English); err != nil {
		t.Fatalf("report.Text: %v", err)
	}
	if err := report.Markdown(io.Discard, res, report.Russian); err != nil {
		t.Fatalf("report.Markdown: %v", err)
	}
	if err := report.TranscriptJSON(io.Discard, res); err != nil {
		t.Fatalf("report.TranscriptJSON: %v", err)
	}
}

// withProtocols is def with the protocols of a CSV table, and the precincts
// the table names that def lacks, as `shailoo count --protocols` builds it.
func withProtocols(def *election.Election, tab ingest.Table) *election.Election {
	e := *def
	e.Protocols = tab.Protocols
	e.Precincts = append([]election.Precinct(nil), def.Precincts...)
	known := map[string]bool{}
	for _, p := range e.Precincts {
		known[p.ID] = true
	}
	for _, p := range tab.Precincts {
		if !known[p.ID] {
			known[p.ID] = true
			e.Precincts = append(e.Precincts, p)
		}
	}
	return &e
}

// FuzzIngestCSV: protocols CSV bytes and mapping JSON bytes, through
// ingest.ReadMapping and ingest.ReadCSV, into the small election's
// definition, counted under kg2021. Reading fails only with a
// *ingest.ParseError; every row skipped in lenient mode is an I601 finding
// of the Result; the count obeys every law of fuzz.Run.
func FuzzIngestCSV(f *testing.F) {
	f.Fuzz(func(t *testing.T, csv, mapping []byte, lenient bool) {
		if len(csv) > maxCSV || len(mapping) > maxMapping {
			t.Skip("input too large")
		}
		var pe *ingest.ParseError
		m, err := ingest.ReadMapping(bytes.NewReader(mapping), "m.json")
		if err != nil {
			if !errors.As(err, &pe) {
				t.Fatalf("ReadMapping: %v (%T) is not a *ParseError", err, err)
			}
			return
		}
		tab, err := ingest.ReadCSV(bytes.NewReader(csv), "p.csv", m, ingest.Options{Lenient: lenient})
		if err != nil {
			if !errors.As(err, &pe) {
				t.Fatalf("ReadCSV: %v (%T) is not a *ParseError", err, err)
			}
			return
		}
		def := small(t)
		e := withProtocols(def, tab)
		var o shailoo.Options
		for _, s := range tab.Skipped {
			o.Findings = append(o.Findings, validate.UnreadableRow(s.File, s.Line, s.Column, s.Error()))
		}
		res, _, err := fuzz.Run(e, shailoo.KG2021(), o)
		lawful(t, err)
		if err != nil {
			return
		}
		unreadable := 0
		for _, fd := range res.Findings.Findings {
			if fd.Code == validate.RowUnreadable {
				unreadable++
			}
		}
		if unreadable != len(tab.Skipped) {
			t.Fatalf("%d rows skipped, %d I601 findings", len(tab.Skipped), unreadable)
		}
		render(t, res)
	})
}

// FuzzElectionJSON: an election in JSON, through ingest.ReadElection,
// counted under a preset (chosen by the input's length). Reading fails only
// with a *ingest.ParseError; the count obeys every law of fuzz.Run.
func FuzzElectionJSON(f *testing.F) {
	presets := shailoo.Presets()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxElection {
			t.Skip("input too large")
		}
		e, err := ingest.ReadElection(bytes.NewReader(data), "e.json")
		if err != nil {
			var pe *ingest.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ReadElection: %v (%T) is not a *ParseError", err, err)
			}
			return
		}
		r, err := shailoo.Preset(presets[len(data)%len(presets)])
		if err != nil {
			t.Fatal(err)
		}
		res, _, err := fuzz.Run(e, r, shailoo.Options{})
		lawful(t, err)
		if err == nil {
			render(t, res)
		}
	})
}

// FuzzRulesJSON: a rule set in JSON, through shailoo.ReadRules, counting
// the small election. Reading fails only with an error wrapping
// shailoo.ErrRules; a rule set read writes back to JSON that reads into
// the same JSON; the count obeys every law of fuzz.Run.
func FuzzRulesJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxRules {
			t.Skip("input too large")
		}
		r, err := shailoo.ReadRules(bytes.NewReader(data), "r.json")
		if err != nil {
			if !errors.Is(err, shailoo.ErrRules) {
				t.Fatalf("ReadRules: %v does not wrap ErrRules", err)
			}
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := shailoo.ReadRules(bytes.NewReader(b), "again.json")
		if err != nil {
			t.Fatalf("%s does not read back: %v", b, err)
		}
		b2, err := json.Marshal(back)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("rules round trip: %s became %s (%v)", b, b2, err)
		}
		if r.Seats.List > maxSeats {
			t.Skip("house too large")
		}
		res, _, err := fuzz.Run(small(t), r, shailoo.Options{})
		lawful(t, err)
		if err == nil {
			render(t, res)
		}
	})
}

// FuzzSummaryJSON: a published summary in JSON, through
// validate.ReadSummary, verified against the count of the kg2021 dataset.
// Verify gives the same report twice, with sorted findings of the S family
// only, each with a known code and its severity.
func FuzzSummaryJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxSummary {
			t.Skip("input too large")
		}
		s, err := validate.ReadSummary(bytes.NewReader(data), "s.json")
		if err != nil {
			if !errors.Is(err, validate.ErrSummary) {
				t.Fatalf("ReadSummary: %v does not wrap ErrSummary", err)
			}
			return
		}
		res := kg2021(t)
		rep := shailoo.Verify(res, s)
		lawful(t, fuzz.CheckReport(rep))
		for _, fd := range rep.Findings {
			if fd.Code[0] != 'S' {
				t.Fatalf("Verify gave finding %s, not of the published-summary family", fd.Code)
			}
		}
		b1, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		b2, err := json.Marshal(shailoo.Verify(res, s))
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("Verify twice gives different reports (%v)", err)
		}
	})
}

// FuzzLotsJSON: lots in JSON, through shailoo.ReadLots against the small
// election (issue 12's readers class). Reading fails only with an
// *ingest.ParseError that wraps shailoo.ErrLots and has a line; lots read
// pass shailoo.CheckLots and write back to JSON that reads the same.
func FuzzLotsJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"list": ["a", "b"]}`, `{"lsit": ["a"]}`, `{"list": ["a"]} {}`,
		`{"okrug/1": ["c"], "okrug/1": ["d"]}`, `{"list/ak-jol": []}`, `null`, "\xff\xfe{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := small(t)
		lots, err := shailoo.ReadLots(bytes.NewReader(data), "l.json", e)
		if err != nil {
			var pe *ingest.ParseError
			if !errors.Is(err, shailoo.ErrLots) || !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("ReadLots: %v (%T) is not a placed error wrapping ErrLots", err, err)
			}
			return
		}
		if err := shailoo.CheckLots(e, lots); err != nil {
			t.Fatalf("ReadLots accepted lots CheckLots refuses: %v", err)
		}
		b, err := json.Marshal(lots)
		if err != nil {
			t.Fatal(err)
		}
		back, err := shailoo.ReadLots(bytes.NewReader(b), "again.json", e)
		if err != nil {
			t.Fatalf("%s does not read back: %v", b, err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("lots round trip: %s became %s", b, b2)
		}
	})
}

// FuzzCount: an election, a rule set and lots drawn from bytes by
// fuzz.Election (negative and huge figures, duplicate IDs, unknown choices,
// invalid rule fields), counted: a clean error or a Result that obeys every
// law of fuzz.Run.
func FuzzCount(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxCountIn {
			t.Skip("input too large")
		}
		e, r, o := fuzz.Election(data)
		res, _, err := fuzz.Run(e, r, o)
		lawful(t, err)
		if err == nil {
			render(t, res)
		}
	})
}
