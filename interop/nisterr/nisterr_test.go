package nisterr_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/validate"
)

// schemaFile is NIST's ERR v2 JSON schema (draft-04), kept with its notice
// in the shared data beside the repository (../shared/data/nist-err-v2,
// from usnistgov/ElectionResultsReporting, branch version2, commit 1b62868).
var schemaFile = filepath.Join("..", "..", "..", "shared", "data", "nist-err-v2", "NIST_V2_election_results_reporting.json")

func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the ERR schema must be there in CI: %v", err)
		}
		t.Skipf("NIST's ERR v2 schema is not beside the repository (%v): run from a clone beside ../shared", err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("file:///nist-err-v2.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("file:///nist-err-v2.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func readElection(t *testing.T, name string) *election.Election {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	e, err := ingest.ReadElection(bytes.NewReader(b), name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func count(t *testing.T, e *election.Election, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.Preset(rules)
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(e, r, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func kg2021(t *testing.T) (*election.Election, *shailoo.Result) {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	return d.Election, count(t, d.Election, "kg2021")
}

func write(t *testing.T, res *shailoo.Result, o nisterr.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := nisterr.Write(&b, res, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSchema validates the reports of kg2021 (precinct-level and summary),
// kg2015 and kg2010 (list-only elections, precinct-level) and a synthetic
// election with machine counts against NIST's schema.
func TestSchema(t *testing.T) {
	s := schema(t)
	e21, r21 := kg2021(t)
	e15 := readElection(t, "kg2015-style.json")
	e10 := readElection(t, "kg2010-official.json")
	machine := withMachine(e10)
	cases := []struct {
		name   string
		res    *shailoo.Result
		o      nisterr.Options
		format string
	}{
		{"kg2021 precinct-level", r21, nisterr.Options{Election: e21}, "precinct-level"},
		{"kg2021 summary", r21, nisterr.Options{}, "summary-contest"},
		{"kg2015 list-only", count(t, e15, "kg2015"), nisterr.Options{Election: e15}, "precinct-level"},
		{"kg2010 list-only", count(t, e10, "kg2010"), nisterr.Options{Election: e10}, "precinct-level"},
		{"machine and manual counts", count(t, machine, "kg2010"), nisterr.Options{Election: machine}, "precinct-level"},
	}
	// The validator does check: a Format outside ERR's enumeration fails.
	bad, err := jsonschema.UnmarshalJSON(bytes.NewReader(bytes.Replace(write(t, r21, nisterr.Options{}), []byte(`"summary-contest"`), []byte(`"summary"`), 1)))
	if err != nil {
		t.Fatal(err)
	}
	if s.Validate(bad) == nil {
		t.Fatal("the schema passes a report with Format \"summary\"")
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := write(t, c.res, c.o)
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(doc); err != nil {
				t.Fatalf("the report does not satisfy NIST's schema: %v", err)
			}
			var rep nisterr.Report
			if err := json.Unmarshal(b, &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Format != c.format {
				t.Errorf("Format %q, want %q", rep.Format, c.format)
			}
			if !bytes.Equal(b, write(t, c.res, c.o)) {
				t.Error("two reports of one result differ")
			}
		})
	}
}

// withMachine is e with a machine count beside each list protocol, one
// vote off the manual count.
func withMachine(e *election.Election) *election.Election {
	m := *e
	m.Protocols = append([]election.Protocol(nil), e.Protocols...)
	for _, p := range e.Protocols {
		if p.Ballot != election.ListBallot {
			continue
		}
		q := p
		q.Machine = true
		q.Votes = map[string]int64{}
		for k, v := range p.Votes {
			q.Votes[k] = v
		}
		for k := range q.Votes {
			q.Votes[k]++
			break
		}
		m.Protocols = append(m.Protocols, q)
	}
	return &m
}

// TestProvenanceAndDevices checks that provenance, the findings and the
// two counts of a precinct are in the report where docs/interop.md says.
func TestProvenanceAndDevices(t *testing.T) {
	e := withMachine(readElection(t, "kg2010-official.json"))
	res := count(t, e, "kg2010")
	b := write(t, res, nisterr.Options{Election: e})
	for _, want := range []string{`"OtherType": "shailoo-provenance"`, `"OtherType": "shailoo-findings"`, `"Type": "opscan-precinct"`, `"Type": "manual-count"`, `"OtherType": "shailoo-against-all"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the report lacks %s", want)
		}
	}
}

// TestVerifyOwnReport: the summary read from the report of kg2021 agrees
// with the recount; one changed vote count is named.
func TestVerifyOwnReport(t *testing.T) {
	_, res := kg2021(t)
	b := write(t, res, nisterr.Options{})
	if !nisterr.IsReport(b) {
		t.Fatal("IsReport: false for a report")
	}
	s, err := nisterr.ReadSummary(bytes.NewReader(b), "kg2021.err.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Lists) != len(res.Lists)+1 || len(s.Okrugs) != len(res.Okrugs) {
		t.Fatalf("read %d lists and %d okrugs, want %d and %d", len(s.Lists), len(s.Okrugs), len(res.Lists)+1, len(res.Okrugs))
	}
	if rep := shailoo.Verify(res, s); rep.Err() != nil {
		t.Fatalf("the report of the recount disagrees with it: %v", rep.Err())
	}

	var rep nisterr.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	rep.Election[0].Contest[0].ContestSelection[0].VoteCounts[0].Count++
	changed, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	s, err = nisterr.ReadSummary(bytes.NewReader(changed), "changed.json")
	if err != nil {
		t.Fatal(err)
	}
	got := shailoo.Verify(res, s)
	if got.Errors() != 1 || got.Findings[0].Code != validate.PublishedVotes || got.Findings[0].Place.Party != res.Lists[0].ID {
		t.Fatalf("want one %s of %s, got %+v", validate.PublishedVotes, res.Lists[0].ID, got.Findings)
	}
}

// TestReadStrict: what the schema allows and the reader does not use is
// accepted; what it does not allow, or what cannot be read without a
// guess, is an error with its place.
func TestReadStrict(t *testing.T) {
	_, res := kg2021(t)
	base := string(write(t, res, nisterr.Options{}))
	cases := []struct {
		name, old, new string
		err            error // nil: accepted
		where          string
	}{
		{"schema field not used", `"Issuer": "shailoo",`, `"Issuer": "shailoo", "IsTest": true, "Header": [],`, nil, ""},
		{"unknown field", `"Issuer": "shailoo",`, `"Issuer": "shailoo", "Isuer": "x",`, strictjson.ErrUnknownField, "Isuer"},
		{"fractional count", `"Count": 222005,`, `"Count": 222005.5,`, strictjson.ErrType, "Count"},
		{"wrong type", `"@type": "ElectionResults.ElectionReport"`, `"@type": "ElectionResults.Election"`, strictjson.ErrBadValue, "@type"},
		{"unknown party", `"@id": "party-ata-jurt"`, `"@id": "party-other"`, strictjson.ErrBadValue, "PartyIds"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := strings.Replace(base, c.old, c.new, 1)
			if doc == base {
				t.Fatalf("%q not found in the report", c.old)
			}
			_, err := nisterr.ReadSummary(strings.NewReader(doc), "x.json")
			if c.err == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if !errors.Is(err, c.err) || !errors.Is(err, nisterr.ErrReport) {
				t.Fatalf("got %v, want %v", err, c.err)
			}
			var se *strictjson.Error
			if !errors.As(err, &se) || se.Line == 0 || !strings.Contains(se.Path, c.where) {
				t.Fatalf("error without its place (line, path containing %q): %v", c.where, err)
			}
		})
	}
}

// TestWithoutAgainstAll: the report of a count whose list ballot has no
// "against all" (the definition says so) has no such selection, and
// the summary read from it agrees with the recount.
func TestWithoutAgainstAll(t *testing.T) {
	e := readElection(t, "ingest/small-election.json")
	no := false
	e.Ballots.List.AgainstAll = &no
	for i := range e.Protocols {
		if p := &e.Protocols[i]; p.Ballot == election.ListBallot {
			p.Votes[e.Parties[0].ID] += p.Votes[election.AgainstAll]
			delete(p.Votes, election.AgainstAll)
		}
	}
	r, err := shailoo.KG2021().Set("seats.list", "9")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountWith(e, r, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := write(t, res, nisterr.Options{})
	s, err := nisterr.ReadSummary(bytes.NewReader(b), "small.err.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range s.Lists {
		if l.ID == election.AgainstAll {
			t.Errorf("the report has a list ballot's %s: %+v", election.AgainstAll, l)
		}
	}
	if rep := shailoo.Verify(res, s); rep.Err() != nil || rep.Warnings() != 0 {
		t.Errorf("the report of the recount disagrees with it: %v, %d warnings: %+v", rep.Err(), rep.Warnings(), rep.Findings)
	}
}

// A list whose votes no protocol gives (List.VotesNotGiven) has no total
// count in the report, not a 0 that reads as one, and says so; read back,
// its votes are not published.
func TestVotesNotGiven(t *testing.T) {
	res := count(t, readElection(t, "ingest/small-election.json"), "kg2021")
	l := &res.Lists[len(res.Lists)-1]
	l.Votes, l.VotesNotGiven = 0, true
	b := write(t, res, nisterr.Options{})
	var rep nisterr.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Election[0].Contest {
		for _, sel := range c.ContestSelection {
			if sel.AtID != "sel-list-"+l.ID {
				continue
			}
			for _, v := range sel.VoteCounts {
				if v.Type == "total" {
					t.Errorf("list %s, whose votes no protocol gives, has a total count %d", l.ID, v.Count)
				}
			}
		}
		if c.AtID == nisterr.ListContestID && !strings.Contains(string(mustJSON(t, c.ExternalIdentifier)), `"`+nisterr.VotesNotGivenKey+`"`) {
			t.Errorf("the party contest does not say %s", nisterr.VotesNotGivenKey)
		}
	}
	s, err := nisterr.ReadSummary(bytes.NewReader(b), "small.err.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.Lists {
		if p.ID == l.ID && p.Votes != nil {
			t.Errorf("list %s read back with votes %d", l.ID, *p.Votes)
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// An okrug whose protocols give no candidate's votes (every cell empty:
// X229) is not decided, its candidates' votes not given: the report gives
// them no total count, not a 0, and says so; before, the export failed.
func TestOkrugVotesNotGiven(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	e := d.Election
	okrug := e.Okrugs[0].ID
	in := map[string]bool{}
	for _, p := range e.Precincts {
		if p.Okrug == okrug {
			in[p.ID] = true
		}
	}
	for i := range e.Protocols {
		if p := &e.Protocols[i]; p.Ballot == election.OkrugBallot && in[p.Precinct] {
			p.Votes = map[string]int64{election.AgainstAll: p.Votes[election.AgainstAll]}
		}
	}
	res := count(t, e, "kg2021")
	b := write(t, res, nisterr.Options{})
	var rep nisterr.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range rep.Election[0].Contest {
		if c.AtID != "contest-okrug-"+okrug {
			continue
		}
		found = true
		if !strings.Contains(string(mustJSON(t, c.ExternalIdentifier)), `"`+nisterr.VotesNotGivenKey+`"`) {
			t.Errorf("okrug %s does not say %s", okrug, nisterr.VotesNotGivenKey)
		}
		for _, sel := range c.ContestSelection {
			if len(sel.CandidateIds) == 0 {
				continue // against all, given
			}
			for _, v := range sel.VoteCounts {
				if v.Type == "total" && v.GpUnitId == "gpu-okrug-"+okrug {
					t.Errorf("%s, whose votes no protocol gives, has a total count %d", sel.AtID, v.Count)
				}
			}
		}
	}
	if !found {
		t.Fatalf("no contest of okrug %s", okrug)
	}
	if _, err := nisterr.ReadSummary(bytes.NewReader(b), "r.json"); err != nil {
		t.Fatal(err)
	}
}

// A district of several seats (kg2025) elects them all: its contest's
// NumberElected is its seats and each deputy has a seat and is a winner;
// before, the report elected one and wrote every deputy "defeated".
// Read back, it verifies against its own count.
func TestDistrictSeats(t *testing.T) {
	e, err := datasets.KG2025(datasets.KG2025DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	res := count(t, e, "kg2025")
	b := write(t, res, nisterr.Options{})
	var rep nisterr.Report
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, c := range rep.Election[0].Candidate {
		status[strings.TrimPrefix(c.AtID, "cand-")] = c.PostElectionStatus
	}
	contests := map[string]nisterr.Contest{}
	for _, c := range rep.Election[0].Contest {
		contests[c.AtID] = c
	}
	for _, o := range res.Okrugs {
		c := contests["contest-okrug-"+o.Okrug]
		if c.NumberElected == nil || *c.NumberElected != o.Seats {
			t.Fatalf("district %s: NumberElected %v, want %d", o.Okrug, c.NumberElected, o.Seats)
		}
		won := map[string]bool{}
		for _, sel := range c.ContestSelection {
			for _, v := range sel.VoteCounts {
				if v.Type == "seats" && v.Count > 0 {
					won[strings.TrimPrefix(sel.CandidateIds[0], "cand-")] = true
				}
			}
		}
		if len(won) != len(o.Elected) {
			t.Errorf("district %s: %d seats won in the report, %d deputies elected", o.Okrug, len(won), len(o.Elected))
		}
		for _, dep := range o.Elected {
			if !won[dep.ID] || status[dep.ID] != "winner" {
				t.Errorf("district %s: deputy %s won %v, status %q", o.Okrug, dep.ID, won[dep.ID], status[dep.ID])
			}
		}
	}
	s, err := nisterr.ReadSummary(bytes.NewReader(b), "kg2025.err.json")
	if err != nil {
		t.Fatal(err)
	}
	if rep := shailoo.Verify(res, s); rep.Errors() != 0 {
		t.Errorf("the report read back: %+v", rep.Findings)
	}
}
