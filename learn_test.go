package shailoo_test

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// CountCSV of files whose definition lists no precincts learns them from
// the key cells and streams the rows: the Result is, byte for byte, that of
// CountWith on the election MergeCSV builds (rows of one precinct merged,
// an empty region filled in by a later row, a row without a precinct
// named by its line, a second file naming some precincts again), and rows
// that contradict each other are the error ReadCSV gives.
func TestCountCSVLearnsPrecinctsAsMergeCSV(t *testing.T) {
	def := &election.Election{ID: "l", Name: "l", Date: "2021-11-28",
		Parties: []election.Party{{ID: "p", Name: "P", BallotNo: 1, Candidates: []election.Candidate{{ID: "p-1", Name: "P1", Position: 1, Sex: "F"}}},
			{ID: "q", Name: "Q", BallotNo: 2, Candidates: []election.Candidate{{ID: "q-1", Name: "Q1", Position: 1, Sex: "M"}}}}}
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}, election.Voters: {Header: "voters"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const a = "precinct,region,voters,valid,p,q\n" +
		"1,,100,50,30,20\n" +
		"2,south,100,40,\"10\",30\n" +
		"1,north,100,50,30,20\n" + // a duplicate protocol; its region fills in precinct 1's
		",north,80,10,5,5\n" + // named by its line
		"3,\"north\",90,95,90,5\n" // more valid ballots than voters
	const b = "precinct,region,voters,valid,p,q\n2,east,100,40,10,30\n4,south,10,5,5,0\n"
	files := func(csv ...string) []shailoo.CSVInput {
		var fs []shailoo.CSVInput
		for i, c := range csv {
			fs = append(fs, shailoo.CSVInput{Name: string(rune('a'+i)) + ".csv", R: strings.NewReader(c), Mapping: m})
		}
		return fs
	}
	for _, csv := range [][]string{{a}, {a, b}, {b, a}} {
		got, err := shailoo.CountCSV(def, shailoo.KG2021(), files(csv...), shailoo.Options{})
		require.NoError(t, err)
		merged, mo, err := shailoo.MergeCSV(def, files(csv...), shailoo.Options{})
		require.NoError(t, err)
		want, err := shailoo.CountWith(merged, shailoo.KG2021(), mo)
		require.NoError(t, err)
		require.NotEmpty(t, want.Findings.Findings)
		// CountCSV hashes the definition as given; CountWith of the merged
		// election, under the Options MergeCSV returned, places each finding
		// at its row as CountCSV does (b.csv places precinct 2 in "east",
		// I605, at its row too).
		want.Inputs[0] = got.Inputs[0]
		require.Equal(t, jsonOf(t, want), jsonOf(t, got))
		elsewhere := slices.ContainsFunc(got.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.RowElsewhere })
		require.Equal(t, len(csv) == 2, elsewhere, "I605 where a second file places precinct 2 elsewhere")
	}

	const conflict = "precinct,region,voters,valid,p,q\n1,north,100,50,30,20\n2,south,1,1,1,0\n1,south,100,50,30,20\n"
	_, err := shailoo.CountCSV(def, shailoo.KG2021(), files(conflict), shailoo.Options{})
	_, _, want := shailoo.MergeCSV(def, files(conflict), shailoo.Options{})
	require.ErrorIs(t, want, ingest.ErrConflict)
	require.Equal(t, want.Error(), err.Error())
}

// A finding about a protocol that two rows give names the row it is
// about, never the other one: the duplicate's (X207) the last row, a
// protocol's own finding the row that gave that protocol. Row 2's valid 10
// against votes 6 (P103) is row 2, not "row 4"; a cross-check of both
// rows would name none.
func TestCountCSVDuplicateRowsNotMisplaced(t *testing.T) {
	def := pqElection()
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}, election.Invalid: {Header: "invalid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const csv = "precinct,invalid,valid,p,q\n1,0,10,3,3\n2,0,5,2,3\n1,0,6,3,3\n"
	// Streamed, and read whole (SkipBadRows: MergeCSV, then CountWith).
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, o)
		require.NoError(t, err)
		var codes []string
		for _, f := range res.Findings.Findings {
			if f.Place.Precinct != "1" {
				continue
			}
			codes = append(codes, string(f.Code))
			switch f.Code {
			case validate.DuplicateProtocol:
				require.Equal(t, 4, f.Place.Row, "the duplicate: the second row")
			case "P103":
				require.Equal(t, 2, f.Place.Row, "the protocol of row 2 (skip bad rows: %v)", o.SkipBadRows)
			default:
				require.Zero(t, f.Place.Row, "%s names row %d (skip bad rows: %v)", f.Code, f.Place.Row, o.SkipBadRows)
			}
		}
		require.Contains(t, codes, string(validate.DuplicateProtocol))
		require.Contains(t, codes, "P103")
	}
}

// Rows skipped because they cannot be read (SkipBadRows) held protocols
// the count does not know: the seats rest on the rows read, and the
// Result says so (provisional, unreadable_rows), with or without a
// definition of the precincts; without skipped rows it is final.
func TestSkippedRowsMakeTheResultProvisional(t *testing.T) {
	def := pqElection()
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}, election.Invalid: {Header: "invalid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	count := func(csv string) *shailoo.Result {
		t.Helper()
		res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{SkipBadRows: true})
		require.NoError(t, err)
		return res
	}
	res := count("precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n3,0,1.5,900,3\n")
	require.True(t, res.Provisional)
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
		if u.Kind == shailoo.UnevaluatedUnreadable {
			require.Equal(t, 1, u.Count)
			require.Equal(t, []string{"list"}, u.Affects)
		}
	}
	require.Contains(t, kinds, shailoo.UnevaluatedUnreadable)

	res = count("precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n")
	for _, u := range res.ProvisionalReasons {
		require.NotEqual(t, shailoo.UnevaluatedUnreadable, u.Kind)
	}
}

// A data row read as the header (a mapping by column numbers, skip_rows
// one too many) is not counted, and the count says so: finding I604 at
// the header's line, an error.
func TestCountCSVDataRowAsHeader(t *testing.T) {
	def := pqElection()
	m := ingest.Mapping{Precinct: ingest.Column{Index: 1}, Ballot: "list", SkipRows: 1,
		Lines: map[election.Line]ingest.Column{election.Valid: {Index: 3}, election.Invalid: {Index: 2}},
		Votes: map[string]ingest.Column{"p": {Index: 4}, "q": {Index: 5}}}
	const csv = "precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n"
	res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, 1, res.Totals.Protocols)
	var found bool
	for _, f := range res.Findings.Findings {
		if f.Code == validate.DataHeader {
			found = true
			require.Equal(t, 2, f.Place.Row)
			require.Equal(t, "d.csv", f.Place.File)
		}
	}
	require.True(t, found, "no I604 in %v", res.Findings.Findings)
	// The seats rest on the header being one: the result is provisional.
	require.True(t, res.Provisional)
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
	}
	require.Contains(t, kinds, shailoo.UnevaluatedDataHeader)

	// Figures written "195.0", which the reader reads as whole numbers,
	// are a data row's too (Indonesia's KPU file: a station's votes lost).
	const dotZero = "precinct,invalid,valid,p,q\n1,0.0,6.0,3.0,3.0\n2,0.0,5.0,2.0,3.0\n"
	res, err = shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(dotZero), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	i := slices.IndexFunc(res.Findings.Findings, func(f validate.Finding) bool { return f.Code == validate.DataHeader })
	require.GreaterOrEqual(t, i, 0, "no I604 over figures written with .0")
	require.Contains(t, res.Findings.Findings[i].Sentence("en"), `"no_header": true`)
}

// A long file without a header row (the UK's candidates of 2010), mapped
// by column numbers: its first row, read as the header, is I604 and the
// result provisional, in the count that infers the definition (which reads
// the file whole to learn its okrugs) and in MergeCSV; its 80 votes are
// not counted, said, never silently.
func TestCountCSVLongDataRowAsHeader(t *testing.T) {
	const name = "uk-ge2010-candidates-noheader.csv"
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	require.NoError(t, err)
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"column": 5}, "okrug": {"column": 5}, "ballot": "okrug",
		"choice_column": {"column": 2}, "votes_column": {"column": 4},
		"choice_values": {"David Cox": "cox", "Andrew Green": "green", "Charles Vickers": "vickers", "Marion Mason": "mason",
			"Julia Davies": "davies", "Sharon Taylor": "taylor", "Stephen McPartland": "mcpartland"}}`), "uk.json")
	require.NoError(t, err)
	in := []shailoo.CSVInput{{Name: name, R: bytes.NewReader(b), Mapping: m}}
	def, _, err := ingest.Define(m, "uk.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(mustOpen(t, "examples/fptp/rules.json"), "rules.json")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(def, rules, in, shailoo.Options{})
	require.NoError(t, err)
	dataHeader := func(fs []validate.Finding) bool {
		return slices.ContainsFunc(fs, func(f validate.Finding) bool { return f.Code == validate.DataHeader && f.Place.Row == 1 })
	}
	require.True(t, dataHeader(res.Findings.Findings), "CountCSV: %v", res.Findings.Findings)
	require.True(t, res.Provisional)
	in[0].R = bytes.NewReader(b)
	_, o, err := shailoo.MergeCSV(def, in, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, dataHeader(o.Findings), "MergeCSV: %v", o.Findings)
}

// pqElection is an election of two parties, p and q, without "against
// all", whose precincts come from the files.
func pqElection() *election.Election {
	def := &election.Election{ID: "d", Name: "d", Parties: []election.Party{{ID: "p", Name: "P"}, {ID: "q", Name: "Q"}}}
	no := false
	def.Ballots.List.AgainstAll = &no
	return def
}

// A file without a header row counts from its first row, in the count of
// a definition that lists no precincts (which reads the file twice: its
// precincts first) and in MergeCSV alike.
func TestCountCSVNoHeader(t *testing.T) {
	m := ingest.Mapping{NoHeader: true, Precinct: ingest.Column{Index: 1}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Index: 2}, election.Valid: {Index: 3}},
		Votes: map[string]ingest.Column{"p": {Index: 4}, "q": {Index: 5}}}
	const csv = "1,0,6,3,3\n2,0,5,2,3\n3,1,4,4,0\n"
	res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "h.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, 3, res.Totals.Protocols)
	require.Equal(t, 3, res.Totals.Precincts)
	require.EqualValues(t, 15, res.Totals.Valid)
	e, _, err := shailoo.MergeCSV(pqElection(), []shailoo.CSVInput{{Name: "h.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Len(t, e.Protocols, 3)
	require.Equal(t, "1", e.Protocols[0].Precinct)
}
