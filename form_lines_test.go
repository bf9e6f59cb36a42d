package shailoo_test

import (
	"slices"
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
	// Their sentences name the lines the form has, and none it lacks.
	for _, f := range rep.Findings {
		switch f.Code {
		case validate.FoundBalance:
			require.Equal(t, "Precinct 1, list ballot (manual count): ballots found in stationary boxes 61, but invalid ballots + valid ballots = 60 (gap +1).", f.Sentence("en"))
			require.Equal(t, "Участок 1, бюллетень по партийным спискам (ручной подсчёт): бюллетеней в стационарных ящиках: 61, а недействительных бюллетеней + действительных бюллетеней = 60 (разница +1).", f.Sentence("ru"))
		case validate.FoundOverIssued:
			require.Equal(t, "Precinct 1, list ballot (manual count): ballots found in stationary boxes 61 exceed ballots issued in the polling room (60) by 1.", f.Sentence("en"))
		}
	}
	rep = count(head + "1,100,101,60,40,60,2,58,30,28\n")
	require.Len(t, rep.Findings, 1)
	require.Equal(t, "Precinct 1, list ballot (manual count): ballots received 101, but ballots issued in the polling room + ballots cancelled = 100 (gap +1).", rep.Findings[0].Sentence("en"))
	for _, lang := range []string{"en", "ru", "ky"} {
		require.Equal(t, strings.Count(rep.Findings[0].Sentence(lang), "+"), 2, lang) // two terms and the gap's sign
	}
}

// A totals-only count of files whose definition lists no precinct takes
// none from them: the precincts are not evaluated (named so), never a
// count of 0 beside the protocols counted.
func TestCountCSVTotalsOnlyPrecinctsNotEvaluated(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const csv = "precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n"
	for _, totalsOnly := range []bool{false, true} {
		res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{TotalsOnly: totalsOnly})
		require.NoError(t, err)
		require.Equal(t, 2, res.Totals.Protocols)
		if totalsOnly {
			require.Equal(t, 0, res.Totals.Precincts)
			require.Contains(t, res.Totals.NotEvaluated, "precincts")
		} else {
			require.Equal(t, 2, res.Totals.Precincts)
			require.NotContains(t, res.Totals.NotEvaluated, "precincts")
		}
	}
}

// A row that places its precinct in another region than the election's
// definition does is said (I605, a warning naming both), not left to
// pass; the definition's region is counted.
func TestCountCSVRowPlacedElsewhere(t *testing.T) {
	def := pqElection()
	def.Regions = []election.Region{{ID: "north"}, {ID: "south"}}
	def.Precincts = []election.Precinct{{ID: "1", Region: "north"}, {ID: "2", Region: "south"}}
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Region: &ingest.Column{Header: "region"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	count := func(csv string) []validate.Finding {
		t.Helper()
		res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err)
		var out []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.RowElsewhere {
				out = append(out, f)
			}
		}
		return out
	}
	require.Empty(t, count("precinct,region,invalid,valid,p,q\n1,north,0,6,3,3\n2,south,0,5,2,3\n"))
	// A cell that names the definition's region by its ID or its name, in
	// another case or spacing, places the precinct there.
	def.Regions[1].Name = "Southern  Valley"
	require.Empty(t, count("precinct,region,invalid,valid,p,q\n1,North,0,6,3,3\n2,southern valley,0,5,2,3\n"))
	require.Empty(t, count("precinct,region,invalid,valid,p,q\n1, NORTH ,0,6,3,3\n2,SOUTH,0,5,2,3\n"))
	e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,region,invalid,valid,p,q\n1,North,0,6,3,3\n2,Southern Valley,0,5,2,3\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Empty(t, o.Findings, "MergeCSV")
	require.Len(t, e.Protocols, 2)
	fs := count("precinct,region,invalid,valid,p,q\n1,north,0,6,3,3\n2,north,0,5,2,3\n")
	require.Len(t, fs, 1)
	require.Equal(t, 3, fs[0].Place.Row)
	require.Equal(t, "2", fs[0].Place.Precinct)
	require.Equal(t, "south", fs[0].Want)
	require.Equal(t, "north", fs[0].Got)
	require.Equal(t, validate.Warning, fs[0].Severity)
	// A definition that places the precinct in no region says so, not «».
	def.Precincts[1].Region = ""
	fs = count("precinct,region,invalid,valid,p,q\n1,north,0,6,3,3\n2,north,0,5,2,3\n")
	require.Len(t, fs, 1)
	for _, lang := range []string{"en", "ru", "ky"} {
		require.NotContains(t, fs[0].Sentence(lang), "«»", lang)
	}
	require.Contains(t, fs[0].Sentence("en"), "places precinct «2» in region «north», the election's definition in none")
}

// A count of a mapping that still holds the guesses of a draft rests on
// them: provisional (unconfirmed_mapping), naming the file; confirmed
// (the guesses deleted), the same count is final.
func TestCountCSVUnconfirmedDraft(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	const csv = "precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n"
	kinds := func(m ingest.Mapping) []string {
		res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err)
		var out []string
		for _, u := range res.ProvisionalReasons {
			out = append(out, u.Kind)
			if u.Kind == shailoo.UnevaluatedGuesses {
				require.Equal(t, []string{"d.csv"}, u.Scope)
			}
		}
		return out
	}
	require.NotContains(t, kinds(m), shailoo.UnevaluatedGuesses)
	m.Guesses = []string{"precinct: column 1 \"precinct\""}
	require.Contains(t, kinds(m), shailoo.UnevaluatedGuesses)

	// The files read whole (MergeCSV, then CountWith: what-if, annulments,
	// the NIST report) rest on the guesses as the streamed count does.
	e, o, err := shailoo.MergeCSV(pqElection(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	res, err := shailoo.CountWith(e, shailoo.KG2021(), o)
	require.NoError(t, err)
	require.True(t, slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedGuesses }),
		"MergeCSV then CountWith: %+v", res.ProvisionalReasons)
}

// A precinct's row given twice is counted twice (which copy is right is
// not known): X207, and the seats rest on it: provisional
// (duplicate_protocols), as a tester's Ugandan file with a row repeated
// was shown final.
func TestCountCSVDuplicateProvisional(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	for csv, want := range map[string]bool{
		"precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n":            false,
		"precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n2,0,5,2,3\n": true,
	} {
		res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err)
		got := slices.ContainsFunc(res.ProvisionalReasons, func(u shailoo.Unevaluated) bool { return u.Kind == shailoo.UnevaluatedDuplicates })
		require.Equal(t, want, got, csv)
	}
}

// A list whose votes no counted protocol gives (every cell empty, X229)
// says so (VotesNotGiven), its 0 no count; a list given 0 is a count.
func TestListVotesNotGiven(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,invalid,valid,p,q\n1,0,6,6,\n2,0,5,5,\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, res.Provisional)
	for _, l := range res.Lists {
		require.Equal(t, l.ID == "q", l.VotesNotGiven, l.ID)
	}
	res, err = shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,invalid,valid,p,q\n1,0,6,6,0\n2,0,5,5,0\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	for _, l := range res.Lists {
		require.False(t, l.VotesNotGiven, l.ID)
	}
}

// A protocol of a precinct the definition lacks (X208) is placed at its
// row, as every other finding about a protocol is.
func TestCountCSVUnknownPrecinctPlaced(t *testing.T) {
	def := pqElection()
	def.Precincts = []election.Precinct{{ID: "1"}}
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	res, err := shailoo.CountCSV(def, shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,invalid,valid,p,q\n1,0,6,3,3\n9,0,5,2,3\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	fs := withCode(res.Findings.Findings, validate.UnknownPrecinct)
	require.Len(t, fs, 1)
	require.Equal(t, "d.csv", fs[0].Place.File)
	require.Equal(t, 3, fs[0].Place.Row)
}

// A list seated though the regional threshold could not be evaluated
// says why in words: the election defines no regions (never "no figures
// for []").
func TestRegionalOpenNote(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	res, err := shailoo.CountCSV(pqElection(), shailoo.KG2021(), []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,invalid,valid,p,q\n1,0,6,3,3\n2,0,5,2,3\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Contains(t, res.Notes, "P: the regional threshold was not evaluated (the election defines no regions); the list is seated on its national result.")
	for _, n := range res.Notes {
		require.NotContains(t, n, "[]", n)
	}
}

// Lists with votes of which none passes the threshold leave the seats
// unfilled "no list passed the threshold", not "no list with votes". (P
// and Q have 5 votes each of 12 valid ballots: at 5 of 10, exactly half,
// they would tie for the majority, said as a tie: TestReferendumTieAtHalf.)
func TestSeatsUnfilledNoListPassed(t *testing.T) {
	m := ingest.Mapping{Precinct: ingest.Column{Header: "precinct"}, Ballot: "list",
		Lines: map[election.Line]ingest.Column{election.Invalid: {Header: "invalid"}, election.Valid: {Header: "valid"}},
		Votes: map[string]ingest.Column{"p": {Header: "p"}, "q": {Header: "q"}}}
	r, err := shailoo.KG2021().SetAll("threshold.percent=50", "threshold.comparison=more_than")
	require.NoError(t, err)
	res, err := shailoo.CountCSV(pqElection(), r, []shailoo.CSVInput{{Name: "d.csv", R: strings.NewReader("precinct,invalid,valid,p,q\n1,0,8,3,3\n2,0,4,2,2\n"), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, "no list passed the threshold") }), "%q", res.Notes)
	// The note says the number once ("54 list seats are not filled: 54
	// seat(s) unfilled: ..." said it twice, in a plural that did not agree).
	require.Contains(t, res.Notes, "List seats not filled: 54: no list passed the threshold", "%q", res.Notes)
}
