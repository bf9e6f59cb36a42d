package shailoo_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// A form without mobile boxes, early voting, voting outside the room,
// lost or unaccounted ballots (Serbia's, Georgia's): the rule set's
// protocol.lines leaves those lines out, and the balances are checked
// over the lines the form has (found_stationary = invalid + valid), not
// left not evaluated for want of a line no such form gives. A ballot
// planted in the box is caught.
func TestCountCSVFormWithoutLines(t *testing.T) {
	r := shailoo.KG2021()
	r.Protocol.Lines = []election.Line{election.Voters, election.Received, election.IssuedInRoom, election.Cancelled,
		election.FoundStationary, election.Invalid, election.Valid}
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Voters: {Header: "voters"}, election.Received: {Header: "received"},
			election.IssuedInRoom: {Header: "voted"}, election.Cancelled: {Header: "unused"}, election.FoundStationary: {Header: "box"},
			election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	count := func(csv string) validate.Report {
		t.Helper()
		res, err := shailoo.CountCSV(pqElection(), r, []shailoo.CSVInput{{Name: "rs.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err)
		return res.Findings
	}
	const head = "precinct,voters,received,voted,unused,box,invalid,valid,p,q\n"
	rep := count(head + "1,100,100,60,40,60,2,58,30,28\n2,90,90,50,40,50,1,49,20,29\n")
	require.Empty(t, rep.Findings)
	for _, ne := range rep.NotEvaluated {
		switch ne.Code {
		case validate.ReceivedBalance, validate.FoundBalance, validate.IssuedOverVoters, validate.FoundOverIssued:
			t.Errorf("%s not evaluated: %s", ne.Code, ne.Reason)
		}
	}
	rep = count(head + "1,100,100,60,40,61,2,58,30,28\n2,90,90,50,40,50,1,49,20,29\n")
	var codes []validate.Code
	for _, f := range rep.Findings {
		codes = append(codes, f.Code)
	}
	require.Contains(t, codes, validate.FoundBalance)
	require.Contains(t, codes, validate.FoundOverIssued)
}
