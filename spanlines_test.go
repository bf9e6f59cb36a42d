package shailoo_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
)

// A quoted cell that spans lines (RFC 4180) is one cell in every reading
// of a file: MergeCSV learning the precincts of a definition that lists
// none, and the count; a stray quote costs its own row, at its line.
func TestMergeCSVCellSpansLines(t *testing.T) {
	def := pqElection()
	def.Regions = []election.Region{{ID: "north"}, {ID: "south"}}
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	csv := "precinct,region,note,invalid,valid,p,q\n1,north,,0,6,3,3\n2,south,\"won\n - unopposed\",0,5,2,3\n3,north,,0,4,2,2\n"
	e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Empty(t, o.Findings)
	require.Len(t, e.Protocols, 3)
	require.Len(t, e.Precincts, 3)
	require.Equal(t, "south", e.Precincts[1].Region)
	res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Equal(t, 15, int(res.Totals.Valid))

	stray := "precinct,region,note,invalid,valid,p,q\n1,north,,0,6,3,3\n2,south,\"open,0,5,2,3\n3,north,,0,4,2,2\n"
	e, o, err = shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(stray), Mapping: m}}, shailoo.Options{SkipBadRows: true})
	require.NoError(t, err)
	require.Len(t, e.Protocols, 2)
	require.Len(t, o.Findings, 1)
	require.Equal(t, 3, o.Findings[0].Place.Row)
}
