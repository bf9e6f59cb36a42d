package api_test

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/wasm/api"
	"github.com/shailoo/shailoo/wasm/internal/fixture"
	"github.com/shailoo/shailoo/words"
)

// faultyFiles are the files of the e2e fixture faulty.*: the sample
// election of package faults with every fault it can plant.
var faultyFiles = sync.OnceValues(func() (*fixture.Files, error) {
	e := faults.Sample(30)
	planted, err := faults.Inject(e, 1)
	if err != nil && !errors.Is(err, faults.ErrNotPlanted) {
		return nil, err
	}
	fixture.Countable(e, planted)
	return fixture.Split(e)
})

func faultySource(t testing.TB) api.Source {
	t.Helper()
	f, err := faultyFiles()
	if err != nil {
		t.Fatal(err)
	}
	return api.Source{
		Election: string(f.Definition), ElectionName: "faulty.json",
		Protocols: []api.CSVFile{{Name: "faulty.csv", Text: string(f.CSV), Mapping: string(f.Mapping), MappingName: "faulty.mapping.json"}},
	}
}

func summary(t testing.TB, name string) string {
	t.Helper()
	sums, err := fixture.Summaries()
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(sums[name])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// differential is every call whose output the js/wasm build must give byte
// for byte as the native one does.
func differential(t *testing.T) []struct {
	name string
	run  func() ([]byte, error)
} {
	faulty := faultySource(t)
	synthetic, _, err := fixture.Faulty(7, 120)
	if err != nil {
		t.Fatal(err)
	}
	synthJSON, err := json.Marshal(synthetic)
	if err != nil {
		t.Fatal(err)
	}
	copyJSON := `{"precinct": "1001", "ballot": "list", "lines": {"voters": 1, "valid": 2}, "votes": {"p1": 3}}`
	return []struct {
		name string
		run  func() ([]byte, error)
	}{
		// (in this order, the calls on one source follow each other, as on
		// the page, and the memo of the last source serves them)
		{"kg2021-demo", func() ([]byte, error) { return api.Count(api.Source{Demo: true}) }},
		{"verify-140", func() ([]byte, error) {
			return api.Verify(api.Source{Demo: true}, summary(t, "summary-140.json"), "summary-140.json", "")
		}},
		{"verify-2021", func() ([]byte, error) {
			return api.Verify(api.Source{Demo: true}, summary(t, "summary-2021.json"), "summary-2021.json", "")
		}},
		{"kg2021-cec-rules", func() ([]byte, error) { return api.Count(api.Source{Demo: true, Rules: "kg2021-cec"}) }},
		// The forensics report and its SVG charts (issue 18): the same
		// bytes from the same seed, natively and in js/wasm.
		{"forensics-demo-ky", func() ([]byte, error) {
			return api.Forensics(api.Source{Demo: true}, api.ForensicsParams{Lang: "ky", Draws: 200})
		}},
		{"synthetic-faulty-election", func() ([]byte, error) {
			return api.Count(api.Source{Election: string(synthJSON), ElectionName: "synthetic.json"})
		}},
		{"faulty-csv", func() ([]byte, error) { return api.Count(faulty) }},
		{"forensics-faulty-ru", func() ([]byte, error) {
			return api.Forensics(faulty, api.ForensicsParams{Seed: "18446744073709551615", Draws: 300, Lang: "ru", Alpha: 0.01})
		}},
		{"forensics-faulty-annulled", func() ([]byte, error) {
			annulled := faulty
			annulled.Annul = "precinct:1001"
			return api.Forensics(annulled, api.ForensicsParams{Draws: 100, Lang: "en"})
		}},
		{"precinct", func() ([]byte, error) { return api.PrecinctOf(faulty, "1001") }},
		{"copy", func() ([]byte, error) { return api.CompareCopy(faulty, copyJSON, "1001") }},
		{"presets", api.Presets},
	}
}

// nativeDir is where the native run writes what it computed, and where
// the js/wasm run (GOOS=js GOARCH=wasm go test -exec=go_js_wasm_exec,
// run after the native tests by scripts/test) reads it back to compare.
const nativeDir = "testdata/native"

// TestWasmMatchesNative is the differential test: run natively it records
// each output; run under js/wasm it requires the same bytes.
func TestWasmMatchesNative(t *testing.T) {
	wasm := runtime.GOOS == "js"
	if !wasm {
		if err := os.MkdirAll(nativeDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range differential(t) {
		t.Run(tc.name, func(t *testing.T) {
			got := api.Guard(tc.run)
			if bytes.HasPrefix(got, []byte(`{"error"`)) {
				t.Fatalf("%s failed: %s", tc.name, got)
			}
			file := filepath.Join(nativeDir, tc.name+".json")
			if !wasm {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if errors.Is(err, os.ErrNotExist) {
				t.Skipf("%s is missing: run the native tests first (go test ./wasm/...)", file)
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("js/wasm output differs from native (%d vs %d bytes): %s", len(got), len(want), firstDiff(got, want))
			}
		})
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ": wasm " + al[i] + " | native " + bl[i]
		}
	}
	return "one is a prefix of the other"
}

func decode(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%v in %.200s", err, b)
	}
}

// TestMemoChangesNothing counts a source, asks other questions about it
// and about another source, and counts it again: the memo of the last
// source must not change a byte.
func TestMemoChangesNothing(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("slow under js/wasm; run natively, and TestWasmMatchesNative covers js/wasm")
	}
	s := faultySource(t)
	first, err := api.Count(s)
	if err != nil {
		t.Fatal(err)
	}
	steps := []func() ([]byte, error){
		func() ([]byte, error) { return api.Count(s) },
		func() ([]byte, error) { return api.PrecinctOf(s, "1001") },
		func() ([]byte, error) {
			return api.CompareCopy(s, `{"ballot": "list", "lines": {"voters": 1}}`, "1001")
		},
		func() ([]byte, error) { return api.Verify(s, `{"lists": [{"id": "p1", "votes": 1}]}`, "s.json", "") },
		func() ([]byte, error) { return api.Count(api.Source{Demo: true, Rules: "kg2015"}) },
		func() ([]byte, error) { return api.Count(s) },
	}
	for i, step := range steps {
		if _, err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	again, err := api.Count(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again) {
		t.Errorf("the Result changed after other calls: %s", firstDiff(again, first))
	}
}

// A caller that changes its list of files in place and asks again is
// answered about what it gives now, not from the memo of the last source.
func TestMemoKeepsItsOwnFiles(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("slow under js/wasm; run natively")
	}
	s := faultySource(t)
	first, err := api.Count(s)
	if err != nil {
		t.Fatal(err)
	}
	s.Protocols[0].Name = "renamed.csv" // in place: the memo's copy must not change with it
	again, err := api.Count(s)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, again) || !bytes.Contains(again, []byte("renamed.csv")) {
		t.Error("a source changed in place was answered from the memo of the one before")
	}
}

func TestDemoIsThe2021Parliament(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("slow under js/wasm; run natively, and TestWasmMatchesNative covers js/wasm")
	}
	b, err := api.Count(api.Source{Demo: true})
	if err != nil {
		t.Fatal(err)
	}
	var res shailoo.Result
	decode(t, b, &res)
	var seats []int
	for _, l := range res.Lists {
		if l.Seats > 0 {
			seats = append(seats, l.Seats)
		}
	}
	if want := []int{15, 12, 9, 7, 6, 5}; !slices.Equal(seats, want) {
		t.Errorf("list seats %v, want %v", seats, want)
	}
	var repeat []string
	for _, o := range res.Okrugs {
		if o.Outcome == "repeat_election" {
			repeat = append(repeat, o.Okrug)
		}
	}
	if want := []string{"27", "29"}; !slices.Equal(repeat, want) {
		t.Errorf("repeat elections in %v, want %v", repeat, want)
	}
	if res.Seats.Total != 88 || res.Seats.Of != 90 {
		t.Errorf("seats %d of %d, want 88 of 90", res.Seats.Total, res.Seats.Of)
	}
}

// TestInputsAreNamedAsOnTheCommandLine checks that the Result names and
// hashes the files as `shailoo count --election F --protocols C --mapping M`
// does, so that the page's export equals the CLI's output.
func TestInputsAreNamedAsOnTheCommandLine(t *testing.T) {
	s := faultySource(t)
	s.Lots = `{}`
	s.LotsName = "lots.json"
	b, err := api.Count(s)
	if err != nil {
		t.Fatal(err)
	}
	var res shailoo.Result
	decode(t, b, &res)
	var names []string
	for _, in := range res.Inputs {
		names = append(names, in.Name)
	}
	want := []string{"election", "rules", "faulty.json", "faulty.csv", "faulty.mapping.json", "lots.json"}
	if !slices.Equal(names, want) {
		t.Fatalf("inputs %v, want %v", names, want)
	}
	sum := sha256.Sum256([]byte(s.Protocols[0].Text))
	if got := res.Inputs[3].SHA256; got != hex.EncodeToString(sum[:]) {
		t.Errorf("csv hash %s, want the SHA-256 of the bytes given", got)
	}
}

func TestFaultyFindingsAreReported(t *testing.T) {
	b, err := api.Count(faultySource(t))
	if err != nil {
		t.Fatal(err)
	}
	var res shailoo.Result
	decode(t, b, &res)
	got := map[validate.Code]bool{}
	for _, f := range res.Findings.Findings {
		got[f.Code] = true
	}
	for _, code := range []validate.Code{validate.ReceivedBalance, validate.FoundBalance, validate.ValidBalance,
		validate.MachineLine, validate.MachineVotes, validate.DuplicateProtocol, validate.UnknownParty} {
		if !got[code] {
			t.Errorf("no %s finding", code)
		}
	}
}

func TestVerify(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("slow under js/wasm; run natively, and TestWasmMatchesNative covers js/wasm")
	}
	tests := []struct {
		name       string
		summary    string
		wantErrors bool
		wantCode   validate.Code
	}{
		{"as published", "summary-2021.json", false, ""},
		{"election night, 140%", "summary-140.json", true, validate.SharesOver100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := api.Verify(api.Source{Demo: true}, summary(t, tc.summary), tc.summary, "")
			if err != nil {
				t.Fatal(err)
			}
			var rep validate.Report
			decode(t, b, &rep)
			if (rep.Errors() > 0) != tc.wantErrors {
				t.Fatalf("%d errors, want errors: %v", rep.Errors(), tc.wantErrors)
			}
			if tc.wantCode != "" && !slices.ContainsFunc(rep.Findings, func(f validate.Finding) bool { return f.Code == tc.wantCode }) {
				t.Errorf("no %s finding", tc.wantCode)
			}
			// The page says whose figures the summary's are, as the
			// command line does: its provenance and source.
			var sum validate.Summary
			decode(t, []byte(summary(t, tc.summary)), &sum)
			want := cmp.Or(string(sum.Provenance), "not_given")
			if p := rep.Published; p == nil || p.Provenance != want || p.Source == "" || p.Source != sum.Source {
				t.Errorf("published %+v, want the summary's source %q, provenance %s", p, sum.Source, want)
			}
			// and where each part's come from, when they differ (the
			// fifteen lists' shares and the okrugs preliminary)
			differs := slices.ContainsFunc(sum.Okrugs, func(o validate.PublishedOkrug) bool { return o.Provenance != "" && o.Provenance != sum.Provenance })
			if (len(rep.Published.Parts) > 0) != differs {
				t.Errorf("parts %+v, want them: %v", rep.Published.Parts, differs)
			}
		})
	}
}

func TestCompareCopy(t *testing.T) {
	s := faultySource(t)
	b, err := api.PrecinctOf(s, "1002")
	if err != nil {
		t.Fatal(err)
	}
	var p api.Precinct
	decode(t, b, &p)
	i := slices.IndexFunc(p.Protocols, func(x election.Protocol) bool { return x.Ballot == "okrug" && !x.Machine })
	if i < 0 {
		t.Fatal("precinct 1002 has no manual okrug protocol")
	}
	cp := p.Protocols[i]
	cp.Votes = map[string]int64{}
	for k, v := range p.Protocols[i].Votes {
		cp.Votes[k] = v
	}
	var first string
	for k := range cp.Votes {
		if first == "" || k < first {
			first = k
		}
	}
	cp.Votes[first] += 5
	copyJSON, err := json.Marshal(cp)
	if err != nil {
		t.Fatal(err)
	}
	b, err = api.CompareCopy(s, string(copyJSON), "1002")
	if err != nil {
		t.Fatal(err)
	}
	var rep validate.Report
	decode(t, b, &rep)
	if len(rep.Findings) != 1 || rep.Findings[0].Code != validate.CopyVotes || rep.Findings[0].Gap != 5 {
		t.Errorf("findings %+v, want one %s with gap +5", rep.Findings, validate.CopyVotes)
	}
}

func TestErrors(t *testing.T) {
	faulty := faultySource(t)
	noMapping := faulty
	noMapping.Protocols = []api.CSVFile{{Name: "x.csv", Text: "precinct\n1\n"}}
	tests := []struct {
		name string
		run  func() ([]byte, error)
		is   error
	}{
		{"demo with files", func() ([]byte, error) { return api.Count(api.Source{Demo: true, Election: "{}"}) }, api.ErrInput},
		{"csv without mapping", func() ([]byte, error) { return api.Count(noMapping) }, api.ErrInput},
		{"unknown rule set", func() ([]byte, error) { return api.Count(api.Source{Demo: true, Rules: "kg1917"}) }, shailoo.ErrUnknownPreset},
		{"rule set JSON that is wrong", func() ([]byte, error) {
			return api.Count(api.Source{Demo: true, Rules: `{"format": 1, "id": "x"}`})
		}, shailoo.ErrRules},
		{"unknown precinct", func() ([]byte, error) { return api.PrecinctOf(faulty, "no-such") }, api.ErrNoPrecinct},
		{"copy of a protocol not published", func() ([]byte, error) {
			return api.CompareCopy(faulty, `{"ballot": "okrug", "machine": true}`, "1007")
		}, api.ErrNoProtocol},
		{"copy that is not JSON", func() ([]byte, error) { return api.CompareCopy(faulty, `{`, "1001") }, api.ErrInput},
		{"copy of another precinct than asked", func() ([]byte, error) {
			return api.CompareCopy(faulty, `{"precinct": "1002", "ballot": "list", "lines": {"valid": 1}}`, "1001")
		}, api.ErrInput},
		{"summary with an unknown field", func() ([]byte, error) {
			return api.Verify(api.Source{Demo: true}, `{"lists": [], "colour": 1}`, "s.json", "")
		}, validate.ErrSummary},
		// Issue 12's readers class, through the page: the same strict reader.
		{"rule set with a duplicate key", func() ([]byte, error) {
			return api.Count(api.Source{Demo: true, Rules: `{"format": 1, "format": 1}`})
		}, ingest.ErrDuplicateKey},
		{"lots with an unknown context", func() ([]byte, error) {
			return api.Count(api.Source{Demo: true, Lots: `{"lsit": ["ata-jurt"]}`})
		}, shailoo.ErrLots},
		{"lots and a second document", func() ([]byte, error) {
			return api.Count(api.Source{Demo: true, Lots: `{"list": ["ata-jurt"]} {}`})
		}, ingest.ErrSyntax},
		{"copy with a misspelt line", func() ([]byte, error) {
			return api.CompareCopy(faulty, `{"ballot": "list", "lines": {"vaild": 1}}`, "1001")
		}, ingest.ErrBadValue},
		{"summary with an unknown base", func() ([]byte, error) {
			return api.Verify(api.Source{Demo: true}, `{"base": "ballots"}`, "s.json", "")
		}, validate.ErrSummary},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.run()
			if !errors.Is(err, tc.is) {
				t.Fatalf("error %v, want %v", err, tc.is)
			}
			var f api.Failure
			decode(t, api.Guard(tc.run), &f)
			if f.Error == "" || f.Panic {
				t.Errorf("Guard gave %+v", f)
			}
			// what is wrong, in the catalog's words for the page
			if _, ok := words.Lookup(f.Key); !ok || f.Key == "err.other" {
				t.Errorf("key %q: no sentence for %v", f.Key, err)
			}
		})
	}
}

func TestFailureNamesThePlace(t *testing.T) {
	out := api.Guard(func() ([]byte, error) {
		return api.Count(api.Source{Election: "{\n  \"parties\": [{\"id\": 7}]\n}", ElectionName: "e.json"})
	})
	var f api.Failure
	decode(t, out, &f)
	if f.File != "e.json" || f.Line != 2 || f.Key != "err.type" {
		t.Errorf("failure %+v, want file e.json, line 2, key err.type", f)
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	out := api.Guard(func() ([]byte, error) { panic("boom") })
	var f api.Failure
	decode(t, out, &f)
	if !f.Panic || !strings.Contains(f.Error, "boom") {
		t.Errorf("Guard gave %s", out)
	}
}

func TestPresetsAndVersion(t *testing.T) {
	b, err := api.Presets()
	if err != nil {
		t.Fatal(err)
	}
	var ps []api.Preset
	decode(t, b, &ps)
	if !slices.ContainsFunc(ps, func(p api.Preset) bool { return p.ID == "kg2021" }) {
		t.Errorf("presets %v lack kg2021", ps)
	}
	b, err = api.Version()
	if err != nil {
		t.Fatal(err)
	}
	var v struct{ Library, Platform string }
	decode(t, b, &v)
	if v.Library != "shailoo "+shailoo.Version || v.Platform != runtime.GOOS+"/"+runtime.GOARCH {
		t.Errorf("version %+v", v)
	}
}

// Annulments from the page: the Result is the count without them, and
// "annulled" says who loses and who gains a seat (the district-8 kind,
// planted in testdata/kg2025-district8.json).
func TestCountAnnulled(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "kg2025-district8.json"))
	if err != nil {
		t.Fatal(err)
	}
	src := api.Source{Election: string(b), ElectionName: "kg2025-district8.json", Rules: "kg2025", Annul: "precinct:5249, precinct:5514"}
	out, err := api.Count(src)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Seats    shailoo.SeatTally `json:"seats"`
		Annulled *api.Annulled     `json:"annulled"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got.Annulled == nil || len(got.Annulled.Okrugs) != 1 || !slices.Equal(got.Annulled.Okrugs[0].Lose, []string{"w1"}) || !slices.Equal(got.Annulled.Okrugs[0].Gain, []string{"w2"}) {
		t.Fatalf("annulled = %+v", got.Annulled)
	}
	if got.Seats.Total != 3 {
		t.Errorf("seats = %+v", got.Seats)
	}
	src.Annul = "station:1"
	if _, err := api.Count(src); !errors.Is(err, api.ErrInput) {
		t.Errorf("a bad annulment: %v, want api.ErrInput", err)
	}
}

// TestExport: the page's downloads are the command line's ERR report and
// CSV tables; an unknown table is an input error.
func TestExport(t *testing.T) {
	for table, want := range map[string]string{
		api.ExportERR:       `"@type": "ElectionResults.ElectionReport"`,
		api.ExportTotals:    "nation,,list,votes,ata-jurt,222005,15,17.32,passed,official",
		api.ExportProtocols: "precinct,region,okrug,abroad,ballot,machine,provenance,line_voters,",
		api.ExportFindings:  "code,severity,level,",
	} {
		b, err := api.Export(api.Source{Demo: true}, table)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		var out api.Exported
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if out.Table != table || !strings.Contains(out.Text, want) {
			t.Errorf("%s: lacks %q", table, want)
		}
	}
	if _, err := api.Export(api.Source{Demo: true}, "parquet"); !errors.Is(err, api.ErrInput) {
		t.Errorf("an unknown table: %v, want api.ErrInput", err)
	}
}

// TestForensicsAnnulled: the page's forensics honours annulments as the
// command's does: the annulled precinct is left out, and the report and
// every chart's foot say so.
func TestForensicsAnnulled(t *testing.T) {
	s := faultySource(t)
	type out struct {
		Report struct {
			Precincts int `json:"precincts"`
			Annulled  int `json:"annulled_precincts"`
			Skipped   []struct {
				Reason string `json:"reason"`
				Count  int    `json:"count"`
			} `json:"skipped"`
		} `json:"report"`
		Charts []struct {
			SVG string `json:"svg"`
		} `json:"charts"`
	}
	var base, annulled out
	b, err := api.Forensics(s, api.ForensicsParams{Draws: 20})
	if err != nil {
		t.Fatal(err)
	}
	decode(t, b, &base)
	s.Annul = "precinct:1001"
	if b, err = api.Forensics(s, api.ForensicsParams{Draws: 20}); err != nil {
		t.Fatal(err)
	}
	decode(t, b, &annulled)
	r := annulled.Report
	if r.Annulled != 1 || r.Precincts != base.Report.Precincts-1 {
		t.Errorf("annulled %d precincts, %d analysed (%d without annulments): want 1 and one fewer", r.Annulled, r.Precincts, base.Report.Precincts)
	}
	if !slices.ContainsFunc(r.Skipped, func(k struct {
		Reason string `json:"reason"`
		Count  int    `json:"count"`
	}) bool {
		return k.Reason == "annulled_precinct" && k.Count > 0
	}) {
		t.Errorf("skipped %+v: want annulled_precinct", r.Skipped)
	}
	for i, c := range annulled.Charts {
		if !strings.Contains(c.SVG, "1 precincts annulled") {
			t.Errorf("chart %d does not say the precinct annulled", i)
		}
	}
	s.Annul = "precinct:nowhere"
	if _, err := api.Forensics(s, api.ForensicsParams{Draws: 20}); err == nil || !strings.Contains(err.Error(), "nowhere") {
		t.Errorf("an annulment of an unknown precinct: %v, want an error naming it", err)
	}
}

// An annulled count of CSV files keeps what reading them found, as the
// count without annulments does: a row placing its precinct elsewhere
// (I605), the inputs' SHA-256, and the guesses of a draft the seats
// rest on (unconfirmed_mapping).
func TestCountAnnulledKeepsFileFindings(t *testing.T) {
	def, err := os.ReadFile(filepath.Join("..", "..", "examples", "long", "election.json"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "ingest", "small-protocols.csv"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := os.ReadFile(filepath.Join("..", "..", "testdata", "ingest", "small-mapping.json"))
	if err != nil {
		t.Fatal(err)
	}
	// 1002 placed in the south; the mapping still holds a draft's guess.
	moved := strings.Replace(string(text), "1002,north,", "1002,south,", 2)
	guessed := strings.Replace(string(m), "{", `{"_guesses": ["precinct: column 1"],`, 1)
	src := api.Source{Election: string(def), ElectionName: "election.json",
		Protocols: []api.CSVFile{{Name: "p.csv", Text: moved, Mapping: guessed, MappingName: "m.json"}}}
	type result struct {
		Findings struct {
			Findings []struct {
				Code string `json:"code"`
			} `json:"findings"`
		} `json:"findings"`
		Provisional []struct {
			Kind string `json:"kind"`
		} `json:"provisional_reasons"`
		Inputs []struct {
			Name   string `json:"name"`
			SHA256 string `json:"sha256"`
		} `json:"inputs"`
	}
	for _, annul := range []string{"", "precinct:2003"} {
		src.Annul = annul
		out, err := api.Count(src)
		if err != nil {
			t.Fatal(err)
		}
		var got result
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range got.Findings.Findings {
			if f.Code == "I605" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("annul %q: %d findings I605, want 2", annul, n)
		}
		if !slices.ContainsFunc(got.Provisional, func(u struct {
			Kind string `json:"kind"`
		}) bool {
			return u.Kind == shailoo.UnevaluatedGuesses
		}) {
			t.Errorf("annul %q: provisional %v, want %s", annul, got.Provisional, shailoo.UnevaluatedGuesses)
		}
		if !slices.ContainsFunc(got.Inputs, func(in struct {
			Name   string `json:"name"`
			SHA256 string `json:"sha256"`
		}) bool {
			return in.Name == "p.csv" && in.SHA256 != ""
		}) {
			t.Errorf("annul %q: inputs %v lack p.csv's SHA-256", annul, got.Inputs)
		}
	}
}

// The page's annulments on the demo: those docs/page/README.md gives for its
// "Annul" field count (a tester's precinct:5514, of another file, did
// not), okrug:ID annuls the okrug's election alone, and only the okrugs
// an annulment touches count it (okrugs[].annulled), as the page labels
// their figures recomputed.
func TestCountAnnulledDemo(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "docs", "page", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("\"Annul\" field \\(on the demo `([^`]+)`").FindSubmatch(readme)
	if m == nil {
		t.Fatal("docs/page/README.md no longer gives the page's annulments on the demo")
	}
	type okrug struct {
		Okrug    string `json:"okrug"`
		Outcome  string `json:"outcome"`
		Annulled int    `json:"annulled"`
	}
	var got struct {
		Okrugs   []okrug       `json:"okrugs"`
		Annulled *api.Annulled `json:"annulled"`
	}
	count := func(annul string) {
		t.Helper()
		got.Okrugs, got.Annulled = nil, nil
		out, err := api.Count(api.Source{Demo: true, Annul: annul})
		if err != nil {
			t.Fatalf("%s: %v", annul, err)
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}
	}
	count(string(m[1]))
	if got.Annulled == nil || len(got.Annulled.Changes) != len(strings.Split(string(m[1]), ",")) {
		t.Errorf("the README's %q: annulled %+v", m[1], got.Annulled)
	}

	count("okrug:1")
	for _, o := range got.Okrugs {
		if (o.Okrug == "1") != (o.Outcome == "annulled") || (o.Okrug == "1") != (o.Annulled == 1) {
			t.Errorf("okrug:1: okrug %+v", o)
		}
	}
	if got.Annulled == nil || len(got.Annulled.Okrugs) != 1 || got.Annulled.Okrugs[0].ID != "1" {
		t.Fatalf("okrug:1 changes okrug 1 alone: %+v", got.Annulled)
	}
	for _, l := range got.Annulled.Lists {
		if l.Moved != 0 || len(l.Lose)+len(l.Gain) > 0 {
			t.Errorf("okrug:1 leaves the list votes as they stand: %+v", l)
		}
	}
	for _, bad := range []string{"okrug:99", "region:nowhere"} {
		if _, err := api.Count(api.Source{Demo: true, Annul: bad}); !errors.Is(err, shailoo.ErrAnnul) {
			t.Errorf("%s: %v, want shailoo.ErrAnnul", bad, err)
		}
	}
}
