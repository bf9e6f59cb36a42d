package shailoo_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// transpose turns a comma-separated file: its columns become rows.
func transpose(t testing.TB, data []byte) []byte {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	for j := range rows[0] {
		rec := make([]string, len(rows))
		for i, row := range rows {
			rec[i] = row[j]
		}
		w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

// A wide file transposed (its first column, the precinct's, naming the
// rows) counts as the wide file does, to the byte of the Result but for
// the rows the findings name, under the same mapping with "layout":
// "transposed": the turned table is the wide file.
func TestTransposedCountsAsWide(t *testing.T) {
	props := newProps(t, 40)
	same := func(w world) string {
		e, err := w.election()
		if err != nil {
			return err.Error()
		}
		r, err := w.rules()
		if err != nil {
			return err.Error()
		}
		def := *e
		def.Protocols = nil
		var wide, turned []shailoo.CSVInput
		for _, f := range ingest.BallotFiles(e) {
			var b bytes.Buffer
			if err := ingest.WriteCSV(&b, f.Protocols, f.Precincts, f.Mapping); err != nil {
				return err.Error()
			}
			tm := f.Mapping
			tm.Shape = "transposed"
			name := string(f.Ballot) + ".csv"
			wide = append(wide, shailoo.CSVInput{Name: name, R: bytes.NewReader(b.Bytes()), Mapping: f.Mapping})
			turned = append(turned, shailoo.CSVInput{Name: name, R: bytes.NewReader(transpose(t, b.Bytes())), Mapping: tm})
		}
		return countsAlike(t, &def, r, wide, turned, "transposed")
	}
	holdsForWorlds(t, props, "wide and transposed count the same", same)
}

// A finding about a transposed file's precinct names its header cell:
// the header row's line and the precinct's column, where the figures of
// that precinct stand below.
func TestTransposedFindingNamesColumn(t *testing.T) {
	m := ingest.Mapping{Shape: "transposed", Precinct: ingest.Column{Header: "label"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.FoundStationary: {Header: "found"}, election.FoundMobile: {Header: "mobile"},
			election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const csv = "title line\nlabel,u1,u2,u3\nfound,6,5,9\nmobile,0,0,0\ninvalid,0,0,1\nvalid,6,5,7\np,3,2,4\nq,3,3,3\n"
	m.SkipRows = 1
	// SkipBadRows: the files are read whole (their precincts learnt from
	// the tables), the findings placed as the rows' are.
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}} {
		res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "t.csv", R: strings.NewReader(csv), Mapping: m}}, o)
		require.NoError(t, err)
		found := withCode(res.Findings.Findings, validate.FoundBalance)
		require.Len(t, found, 1)
		require.Equal(t, "u3", found[0].Place.Precinct)
		require.Equal(t, "t.csv", found[0].Place.File)
		require.Equal(t, 2, found[0].Place.Row)
		require.Equal(t, 4, found[0].Place.Column, "SkipBadRows %v", o.SkipBadRows)
	}
	// The whole-read paths (whatif, annulments, the page's) count what
	// MergeCSV built under the Options it returned: their findings are
	// placed alike.
	e, o, err := shailoo.MergeCSV(pqElection(), []shailoo.CSVInput{{Name: "t.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	res, err := shailoo.CountWith(e, shailoo.KG2021(), o)
	require.NoError(t, err)
	o.Annul = []shailoo.Annulment{{Kind: shailoo.AnnulPrecinct, ID: "u1"}}
	w, err := shailoo.CompareAnnulled(e, shailoo.KG2021(), o)
	require.NoError(t, err)
	for what, fs := range map[string][]validate.Finding{"CountWith": res.Findings.Findings, "annulled": w.Alternative.Findings.Findings} {
		found := withCode(fs, validate.FoundBalance)
		require.Len(t, found, 1, what)
		require.Equal(t, "t.csv", found[0].Place.File, what)
		require.Equal(t, 2, found[0].Place.Row, what)
		require.Equal(t, 4, found[0].Place.Column, what)
	}
}

// A total column of a transposed file is I603 at its column of the header
// row, in words of columns, in the count and in the reading of files
// whole alike.
func TestTransposedTotalColumn(t *testing.T) {
	m := ingest.Mapping{Shape: "transposed", Precinct: ingest.Column{Header: "label"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const csv = "label,u1,u2,u3,Total\nvalid,6,5,8,19\np,3,2,4,9\nq,3,3,4,10\n"
	check := func(what string, fs []validate.Finding) {
		t.Helper()
		total := withCode(fs, validate.TotalRow)
		require.Len(t, total, 1, what)
		require.Equal(t, 1, total[0].Place.Row, what)
		require.Equal(t, 5, total[0].Place.Column, what)
		require.Equal(t, "Total", total[0].Place.Precinct, what)
		require.Contains(t, total[0].Sentence("en"), "column 5 of the header row (line 1, precinct «Total») is a total, not a precinct: its figures are the sums of those of the other 3 columns 2–4", what)
	}
	res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "t.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	check("CountCSV", res.Findings.Findings)
	_, o, err := shailoo.MergeCSV(pqElection(), []shailoo.CSVInput{{Name: "t.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	check("MergeCSV", o.Findings)
}

// A protocol given by a transposed file and again by a wide file is X207
// at the wide file's row, with no column: the transposed file's column
// is not the wide row's.
func TestTransposedThenWideDuplicate(t *testing.T) {
	lines := map[election.Line]ingest.Column{election.Valid: {Header: "valid"}}
	votes := map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}
	turned := ingest.Mapping{Shape: "transposed", Precinct: ingest.Column{Header: "label"}, Ballot: "list", Lines: lines, Votes: votes}
	wide := ingest.Mapping{Precinct: ingest.Column{Header: "label"}, Ballot: "list", Lines: lines, Votes: votes}
	res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{
		{Name: "t.csv", R: strings.NewReader("label,u1,u2,u3\nvalid,6,5,8\np,3,2,4\nq,3,3,4\n"), Mapping: turned},
		{Name: "w.csv", R: strings.NewReader("label,valid,p,q\nu3,8,4,4\n"), Mapping: wide},
	}, shailoo.Options{})
	require.NoError(t, err)
	dup := withCode(res.Findings.Findings, validate.DuplicateProtocol)
	require.Len(t, dup, 1)
	require.Equal(t, "w.csv", dup[0].Place.File)
	require.Equal(t, 2, dup[0].Place.Row)
	require.Equal(t, 0, dup[0].Place.Column)
}

// withCode returns the findings of fs of code c.
func withCode(fs []validate.Finding, c validate.Code) []validate.Finding {
	var out []validate.Finding
	for _, f := range fs {
		if f.Code == c {
			out = append(out, f)
		}
	}
	return out
}
