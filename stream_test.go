package shailoo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/validate"
)

// csvOf writes the protocols of e as one CSV per ballot with MappingFor
// (every choice and preference the protocols carry given a column).
func csvOf(t *testing.T, e *election.Election) []shailoo.CSVInput {
	t.Helper()
	var files []shailoo.CSVInput
	for _, f := range ingest.BallotFiles(e) {
		var b bytes.Buffer
		require.NoError(t, ingest.WriteCSV(&b, f.Protocols, f.Precincts, f.Mapping))
		files = append(files, shailoo.CSVInput{Name: string(f.Ballot) + ".csv", R: bytes.NewReader(b.Bytes()), Mapping: f.Mapping})
	}
	return files
}

// reopen gives fresh readers over the same bytes.
func reopen(files []shailoo.CSVInput) []shailoo.CSVInput {
	out := make([]shailoo.CSVInput, len(files))
	for i, f := range files {
		r := f.R.(*bytes.Reader)
		r.Seek(0, 0)
		b := make([]byte, r.Len())
		r.Read(b)
		r.Seek(0, 0)
		out[i] = f
		out[i].R = bytes.NewReader(b)
	}
	return out
}

func jsonOf(t *testing.T, res *shailoo.Result) string {
	t.Helper()
	b, err := json.MarshalIndent(res, "", " ")
	require.NoError(t, err)
	return string(b)
}

// CountCSV gives, byte for byte, the Result of CountWith on the merged
// election (MergeCSV), for clean and faulted elections, with and without
// machine counts and preference votes, and with the definition's own
// protocols, except the "election" input: CountCSV hashes the definition
// (as CountWith of the definition alone does) and names each file by the
// SHA-256 of its bytes.
func TestCountCSVIsCountWith(t *testing.T) {
	for _, tc := range []struct {
		name                    string
		precincts               int
		machine, prefs, faulted bool
		keepOwn                 int // protocols the definition keeps
	}{
		{"clean", 300, false, false, false, 0},
		{"machine and preferences", 200, true, true, false, 0},
		{"faults", 600, true, true, true, 0},
		{"faults, seed 2", 700, true, false, true, 0},
		{"own protocols", 120, true, false, false, 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := synth.DefaultConfig(uint64(tc.precincts), tc.precincts)
			c.MachineProtocols, c.Preferences = tc.machine, tc.prefs
			e, err := synth.Generate(c)
			require.NoError(t, err)
			if tc.faulted {
				var np *faults.NotPlantedError
				if _, err := faults.Inject(e, int64(tc.precincts)); err != nil && !errors.As(err, &np) {
					require.NoError(t, err)
				}
				kept := e.Protocols[:0]
				for _, p := range e.Protocols { // files carry no unknown ballot
					if p.Ballot == election.ListBallot || p.Ballot == election.OkrugBallot {
						kept = append(kept, p)
					}
				}
				e.Protocols = kept
			}
			def := *e
			def.Protocols = e.Protocols[:tc.keepOwn:tc.keepOwn]
			rest := *e
			rest.Protocols = e.Protocols[tc.keepOwn:]
			files := csvOf(t, &rest)
			o := shailoo.Options{Inputs: []shailoo.Input{{Name: "def.json", SHA256: "00"}, {Name: "okrug.csv"}}}

			merged, mo, err := shailoo.MergeCSV(&def, reopen(files), o)
			require.NoError(t, err)
			want, err := shailoo.CountWith(merged, shailoo.KG2021(), mo)
			require.NoError(t, err)
			got, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), o)
			require.NoError(t, err)
			alone, err := shailoo.CountWith(&def, shailoo.KG2021(), shailoo.Options{})
			require.NoError(t, err)
			require.Equal(t, "election", got.Inputs[0].Name)
			require.Equal(t, alone.Inputs[0], got.Inputs[0], "the election input hashes the definition")
			require.NotEqual(t, want.Inputs[0], got.Inputs[0])
			want.Inputs[0] = got.Inputs[0]
			// CountCSV places the findings about a protocol at its row
			// (issue 14), and so does CountWith under the Options MergeCSV
			// returned: the Results are the same.
			located := 0
			for i := range got.Findings.Findings {
				if p := &got.Findings.Findings[i].Place; p.File != "" {
					require.Contains(t, []string{"okrug.csv", "list.csv"}, p.File)
					require.Positive(t, p.Row)
					located++
				}
			}
			if len(got.Findings.Findings) > 0 {
				require.Positive(t, located, "no finding names its file and row")
			}
			// A protocol of a precinct the definition lacks (X208) is
			// placed by both when the count is made, and by the reading
			// whole alone when it is not (a definition that defines a
			// precinct twice): compared unplaced.
			for _, r := range []*shailoo.Result{want, got} {
				for i := range r.Findings.Findings {
					if f := &r.Findings.Findings[i]; f.Code == validate.UnknownPrecinct {
						f.Place.File, f.Place.Row = "", 0
					}
				}
			}
			require.Equal(t, jsonOf(t, want), jsonOf(t, got))
			require.Equal(t, "okrug.csv", got.Inputs[3].Name)
			require.Len(t, got.Inputs[3].SHA256, 64, "the placeholder gets the file's hash")
			require.Equal(t, "list.csv", got.Inputs[4].Name)
		})
	}
}

// A totals-only count gives the same totals, verdicts and seats, checks
// each protocol, and says the cross-checks were not evaluated.
func TestTotalsOnly(t *testing.T) {
	c := synth.DefaultConfig(5, 400)
	e, err := synth.Generate(c)
	require.NoError(t, err)
	files := csvOf(t, e)
	def := *e
	def.Protocols = nil
	full, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), shailoo.Options{})
	require.NoError(t, err)
	tot, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), shailoo.Options{TotalsOnly: true})
	require.NoError(t, err)
	// It says the cross-checks were not made, and what the seats rest on.
	require.True(t, slices.ContainsFunc(tot.Notes, func(n string) bool { return strings.HasPrefix(n, "Totals-only count: the cross-checks") }), "%v", tot.Notes)
	require.False(t, slices.ContainsFunc(full.Notes, func(n string) bool { return strings.HasPrefix(n, "Totals-only count: the cross-checks") }))
	require.Equal(t, full.Totals, tot.Totals)
	require.Equal(t, full.Lists, tot.Lists)
	require.Equal(t, full.Okrugs, tot.Okrugs)
	require.Equal(t, full.Seats, tot.Seats)
	var codes []validate.Code
	for _, ne := range tot.Findings.NotEvaluated {
		if strings.Contains(ne.Reason, "totals-only") {
			codes = append(codes, ne.Code)
		}
	}
	require.NotContains(t, codes, validate.DuplicateProtocol) // found without the per-precinct state
	require.Contains(t, codes, validate.MachineLine)

	// Without the precinct list in the definition, each row places itself.
	def.Precincts = nil
	placed, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), shailoo.Options{TotalsOnly: true})
	require.NoError(t, err)
	require.Equal(t, full.Lists, placed.Lists)
	require.Equal(t, full.Okrugs, placed.Okrugs)
	require.Zero(t, placed.Totals.Precincts)
	require.NotEmpty(t, placed.Notes)
}

// North Macedonia's second round of 2019 by polling station, each
// municipality's block of rows given twice (a scraper's artefact): every
// figure is doubled (VMRO-DPMNE 45,210, twice 22,605). A totals-only count
// finds the 125 protocols given twice, as a full count does, and its
// result is provisional: it does not look clean.
func TestTotalsOnlyDuplicates(t *testing.T) {
	data, err := os.ReadFile("testdata/duplicates/mk-pres2019-r2-polling-twice.csv")
	require.NoError(t, err)
	const mapping = `{"precinct": "station_id", "region": "municipality", "ballot": "list", "votes": {"vmro": "VMRO-DPMNE", "sdsm": "SDSM"}}`
	const rules = `{"format": 1, "id": "mk-pres-r2", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt", "tie": "lots"}}`
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	count := func(totalsOnly bool) *shailoo.Result {
		res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "mk.csv", R: bytes.NewReader(data), Mapping: m}}, shailoo.Options{Notes: notes, TotalsOnly: totalsOnly})
		require.NoError(t, err)
		return res
	}
	full, tot := count(false), count(true)
	for _, res := range []*shailoo.Result{full, tot} {
		require.Equal(t, 125, codes(res)[validate.DuplicateProtocol])
		require.True(t, res.Provisional)
		require.NotNil(t, reasonOf(res, shailoo.UnevaluatedDuplicates))
		require.Equal(t, int64(45210), listOf(t, res, "vmro").Votes)
	}
	for _, ne := range tot.Findings.NotEvaluated {
		require.NotEqual(t, validate.DuplicateProtocol, ne.Code, ne.Reason)
	}
	var dup []validate.Finding
	for _, f := range tot.Findings.Findings {
		if f.Code == validate.DuplicateProtocol {
			dup = append(dup, f)
		}
	}
	for _, f := range dup {
		require.Equal(t, "2", f.Got, f.Place.Precinct)
	}
}

// Unreadable rows: an error with its place, or findings with SkipBadRows,
// as CountWith of what MergeCSV reads.
func TestCountCSVBadRows(t *testing.T) {
	e, err := synth.Generate(synth.DefaultConfig(3, 50))
	require.NoError(t, err)
	files := csvOf(t, e)
	b, _ := files[0].R.(*bytes.Reader)
	raw := make([]byte, b.Len())
	b.Read(raw)
	lines := strings.Split(string(raw), "\n")
	lines[3] = strings.Replace(lines[3], ",", ",x", 6) // a bad number
	files[0].R = bytes.NewReader([]byte(strings.Join(lines, "\n")))
	def := *e
	def.Protocols = nil

	_, err = shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), shailoo.Options{})
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, 4, pe.Line)

	o := shailoo.Options{SkipBadRows: true}
	got, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), o)
	require.NoError(t, err)
	merged, mo, err := shailoo.MergeCSV(&def, reopen(files), o)
	require.NoError(t, err)
	want, err := shailoo.CountWith(merged, shailoo.KG2021(), mo)
	require.NoError(t, err)
	want.Inputs[0] = got.Inputs[0] // the definition's hash, not the merged election's
	require.Equal(t, jsonOf(t, want), jsonOf(t, got))
	require.Equal(t, validate.RowUnreadable, got.Findings.Findings[len(got.Findings.Findings)-1].Code)
}

// The memory of a totals-only count grows with the precincts by what the
// check of a protocol given twice keeps alone (each protocol's precinct ID,
// ballot and count: 40 bytes or so): the heap in use after counting 10
// times more precincts stays within a few MB.
func TestTotalsOnlyMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 60,000 precincts")
	}
	heap := func(n int) uint64 {
		ce := writeCSVElection(t, n)
		ce.def.Precincts = nil
		var peak uint64
		var files []shailoo.CSVInput
		for i, name := range ballotFiles {
			f, err := os.Open(filepath.Join(ce.dir, name))
			require.NoError(t, err)
			defer f.Close()
			files = append(files, shailoo.CSVInput{Name: name, R: &sampler{r: f, peak: &peak}, Mapping: ce.mappings[i]})
		}
		runtime.GC()
		_, err := shailoo.CountCSV(ce.def, shailoo.KG2021(), files, shailoo.Options{TotalsOnly: true})
		require.NoError(t, err)
		return peak
	}
	small, big := heap(6000), heap(60000)
	t.Logf("heap in use while counting: %d kB at 6,000 precincts, %d kB at 60,000", small>>10, big>>10)
	require.Less(t, big, small+8<<20)
}

// sampler samples the heap in use every 256 kB read.
type sampler struct {
	r    *os.File
	n    int
	peak *uint64
}

func (s *sampler) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.n += n
	if s.n >= 256<<10 {
		s.n = 0
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		*s.peak = max(*s.peak, ms.HeapInuse)
	}
	return n, err
}

// A totals-only count of a definition without its precinct list finds,
// from each row's own precinct, what a totals-only count of the merged
// election (precincts learnt from the files) finds.
func TestTotalsOnlyPlacedFindings(t *testing.T) {
	c := synth.DefaultConfig(9, 500)
	c.MachineProtocols = true
	e, err := synth.Generate(c)
	require.NoError(t, err)
	var np *faults.NotPlantedError
	if _, err := faults.Inject(e, 9); err != nil && !errors.As(err, &np) {
		require.NoError(t, err)
	}
	kept := e.Protocols[:0]
	for _, p := range e.Protocols {
		if p.Ballot == election.ListBallot || p.Ballot == election.OkrugBallot {
			kept = append(kept, p)
		}
	}
	e.Protocols = kept
	files := csvOf(t, e)
	def := *e
	def.Protocols, def.Precincts = nil, nil
	o := shailoo.Options{TotalsOnly: true}
	got, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), o)
	require.NoError(t, err)
	merged, mo, err := shailoo.MergeCSV(&def, reopen(files), o)
	require.NoError(t, err)
	want, err := shailoo.CountWith(merged, shailoo.KG2021(), mo)
	require.NoError(t, err)
	require.Equal(t, want.Findings, got.Findings)
	require.Equal(t, want.Lists, got.Lists)
}

// When the definition lists no precincts, CountCSV reads the files whole
// (MergeCSV) and counts in memory; its election input is still the
// definition's hash.
func TestCountCSVMergedHashesTheDefinition(t *testing.T) {
	e, err := synth.Generate(synth.DefaultConfig(7, 60))
	require.NoError(t, err)
	files := csvOf(t, e)
	def := *e
	def.Protocols, def.Precincts = nil, nil
	got, err := shailoo.CountCSV(&def, shailoo.KG2021(), reopen(files), shailoo.Options{})
	require.NoError(t, err)
	alone, err := shailoo.CountWith(&def, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, alone.Inputs[0], got.Inputs[0])
	merged, mo, err := shailoo.MergeCSV(&def, reopen(files), shailoo.Options{})
	require.NoError(t, err)
	want, err := shailoo.CountWith(merged, shailoo.KG2021(), mo)
	require.NoError(t, err)
	want.Inputs[0] = got.Inputs[0]
	require.Equal(t, jsonOf(t, want), jsonOf(t, got))
}

// A sum past int64 in CountCSV is an error at the row where the sum leaves
// the range, naming the row of the largest figure too, whether the rows are
// streamed (the definition lists the precincts) or read whole (it does
// not). Part of issue 12's attack suite (rows lost or misread).
func TestCountCSVOverflowNamesRows(t *testing.T) {
	const def = `{"id": "o", "name": "o", "date": "2021-11-28",
  "regions": [{"id": "north", "name": "North"}],
  "okrugs": [{"id": "1", "name": "Okrug 1", "region": "north", "candidates": [{"id": "o1-a", "name": "A", "position": 1, "sex": "M"}]}],
  "parties": [{"id": "p", "name": "P", "ballot_no": 1, "candidates": [{"id": "p-1", "name": "P1", "position": 1, "sex": "F"}]}],
  "precincts": [{"id": "1001", "region": "north", "okrug": "1"}, {"id": "1002", "region": "north", "okrug": "1"}, {"id": "1003", "region": "north", "okrug": "1"}]}`
	const csv = "precinct,region,okrug,valid,p\n1001,north,1,30,20\n1002,north,1,20,9223372036854775000\n1003,north,1,10,9000\n"
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Okrug: &ingest.Column{Header: "okrug"},
		Ballot: "list", Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}}, Votes: map[string]ingest.Column{"p": {Header: "p"}}}
	for _, listed := range []bool{true, false} {
		e, err := ingest.ReadElection(strings.NewReader(def), "e.json")
		require.NoError(t, err)
		if !listed {
			e.Precincts = nil
		}
		_, err = shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{SkipBadRows: true})
		var pe *ingest.ParseError
		require.ErrorAs(t, err, &pe, "precincts listed: %v", listed)
		require.ErrorIs(t, err, exact.ErrOverflow)
		require.Equal(t, [3]any{"p.csv", 4, 5}, [3]any{pe.File, pe.Line, pe.Column}, "%v", err)
		require.Contains(t, err.Error(), `the largest votes.p is 9,223,372,036,854,775,000 at p.csv:3:5 (precinct "1002")`)
	}
}

// A sum of two lines past int64 (the threshold base), not a protocol's own
// sum: the error is at the largest figure and names every figure of 2^31
// or more. Part of issue 12's attack suite.
func TestCountCSVOverflowOfDerivedSum(t *testing.T) {
	e := &election.Election{ID: "o", Name: "o", Date: "2021-11-28",
		Parties:   []election.Party{{ID: "p", Name: "P", BallotNo: 1, Candidates: []election.Candidate{{ID: "p-1", Name: "P1", Position: 1, Sex: "F"}}}},
		Precincts: []election.Precinct{{ID: "1"}, {ID: "2"}}}
	const csv = "precinct,invalid,valid,p\n1,9223372036854775000,1,1\n2,1,9223372036854775001,1\n"
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}, election.Invalid: {Header: "invalid"}}, Votes: map[string]ingest.Column{"p": {Header: "p"}}}
	_, err := shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	require.ErrorIs(t, err, exact.ErrOverflow)
	require.Equal(t, [3]any{"p.csv", 3, 3}, [3]any{pe.File, pe.Line, pe.Column}, "%v", err)
	require.Contains(t, err.Error(), `lines.valid 9,223,372,036,854,775,001 at p.csv:3:3 (precinct "2"), lines.invalid 9,223,372,036,854,775,000 at p.csv:2:2 (precinct "1")`)
}

// With SkipBadRows too, the first sum past int64 ends the count: it is no
// row to skip. Part of issue 12's attack suite.
func TestCountCSVOverflowNotSkipped(t *testing.T) {
	e := &election.Election{ID: "o", Name: "o", Date: "2021-11-28",
		Parties:   []election.Party{{ID: "p", Name: "P", BallotNo: 1, Candidates: []election.Candidate{{ID: "p-1", Name: "P1", Position: 1, Sex: "F"}}}},
		Precincts: []election.Precinct{{ID: "1"}, {ID: "2"}, {ID: "3"}, {ID: "4"}}}
	const csv = "precinct,valid,p\n1,1,9223372036854775000\n2,1,9000\n3,1,9000\n4,1,9000\n"
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}}, Votes: map[string]ingest.Column{"p": {Header: "p"}}}
	_, err := shailoo.CountCSV(e, shailoo.KG2021(), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{SkipBadRows: true})
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, 3, pe.Line, "%v", err)
}

// A file with its total as the last row: each way CountCSV reads it (the
// definition's precincts, the precincts learnt from the file, the files
// read whole with SkipBadRows) finds the row (I603) at its line, once; a
// row of a precinct the definition lists is never one.
func TestCountCSVTotalRow(t *testing.T) {
	c := synth.DefaultConfig(7, 150)
	c.MachineProtocols, c.Preferences = false, false
	e, err := synth.Generate(c)
	require.NoError(t, err)
	total := election.Protocol{Precinct: "Итого", Ballot: election.ListBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
	list := 0
	for _, p := range e.Protocols {
		if p.Ballot != election.ListBallot {
			continue
		}
		list++
		for l, v := range p.Lines {
			total.Lines[l] += v
		}
		for id, v := range p.Votes {
			total.Votes[id] += v
		}
	}
	e.Protocols = append(e.Protocols, total)
	e.Precincts = append(e.Precincts, election.Precinct{ID: "Итого", Region: e.Precincts[0].Region, Okrug: e.Precincts[0].Okrug})
	files := csvOf(t, e)
	def := *e
	def.Protocols = nil
	def.Precincts = e.Precincts[:len(e.Precincts)-1] // "Итого" is no precinct of the definition
	noPrecincts := def
	noPrecincts.Precincts = nil
	for _, tc := range []struct {
		name string
		def  *election.Election
		o    shailoo.Options
	}{
		{"defined precincts", &def, shailoo.Options{}},
		{"precincts from the file", &noPrecincts, shailoo.Options{}},
		{"files read whole", &noPrecincts, shailoo.Options{SkipBadRows: true}},
	} {
		res, err := shailoo.CountCSV(tc.def, shailoo.KG2021(), reopen(files), tc.o)
		require.NoError(t, err, tc.name)
		var found []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.TotalRow {
				found = append(found, f)
			}
		}
		require.Len(t, found, 1, tc.name)
		require.Equal(t, "list.csv", found[0].Place.File, tc.name)
		require.Equal(t, list+2, found[0].Place.Row, tc.name) // after the header and every list row
		require.Equal(t, "Итого", found[0].Place.Precinct, tc.name)
		require.Contains(t, found[0].Sentence("en"), "its figures are the sums of those of the other "+strconv.Itoa(list)+" rows of lines 2–"+strconv.Itoa(list+1), tc.name)
	}
}
