package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
)

// fptpRules reads examples/fptp/rules.json: one seat per okrug by
// plurality, ties awaiting lots.
func fptpRules(t *testing.T) shailoo.Rules {
	t.Helper()
	f, err := os.Open("examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := shailoo.ReadRules(f, "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A UK-style file of single-member districts, one row per district, one
// column per party (Green stands in two of the three, its cell empty in
// North), and one of the same districts made long: one row per polling
// station and candidate, a district of two stations, the candidates' names
// as cells (Green named in no row of North).
const (
	okrugWide = "code,Constituency,Region,Valid votes,Con,Lab,Green\n" +
		"E1,South,South East,100,50,40,10\n" +
		"E2,North,North West,90,30,60,\n" +
		"E3,West,Wales,80,35,35,10\n"
	okrugWideMapping = `{"precinct": "code", "region": "Region", "okrug": "Constituency", "ballot": "okrug",
 "lines": {"valid": "Valid votes"}, "votes": {"con": "Con", "lab": "Lab", "green": "Green"}}`
	okrugLong = "station,district,candidate,votes\n" +
		"S1,South,Con,20\nS1,South,Lab,25\nS1,South,Green,5\n" +
		"S2,South,Con,30\nS2,South,Lab,15\nS2,South,Green,5\n" +
		"N1,North,Con,30\nN1,North,Lab,60\n" +
		"W1,West,Con,35\nW1,West,Lab,35\nW1,West,Green,10\n"
	okrugLongMapping = `{"layout": "long", "precinct": "station", "okrug": "district", "ballot": "okrug",
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Con": "con", "Lab": "lab", "Green": "green"}}`
)

func readMapping(t *testing.T, s string) ingest.Mapping {
	t.Helper()
	m, err := ingest.ReadMapping(strings.NewReader(s), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// An okrug-ballot mapping implies a definition without okrugs, to be
// learnt from the rows: no parties, no "against all" when none is mapped
// and the rule set says the ballot has none, and a note saying so; a
// mapping of both ballots implies none.
func TestDefineOkrugBallot(t *testing.T) {
	none := func(election.BallotKind) bool { return false }
	e, notes, err := ingest.DefineOn(readMapping(t, okrugWideMapping), "m.json", none)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Parties) != 0 || len(e.Okrugs) != 0 || e.HasAgainstAll(election.OkrugBallot) {
		t.Errorf("definition %+v: want no parties, no okrugs yet, no against all on the okrug ballot", e)
	}
	if len(notes) != 2 || !strings.Contains(notes[0], "okrugs (districts) decided on the okrug ballot") || !strings.Contains(notes[0], "3 candidates") ||
		!strings.Contains(notes[1], "okrug ballot has no \"against all\": the rule set says so") {
		t.Errorf("notes %q", notes)
	}
	// The rule set silent, the mapping's lack of a column is no word that
	// the ballot has none: the definition leaves it to the rule set's
	// default (it has), and the note says what that means.
	e, notes, err = ingest.Define(readMapping(t, okrugWideMapping), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	if !e.HasAgainstAll(election.OkrugBallot) || len(notes) != 2 || !strings.Contains(notes[1], "does not say that the okrug ballot lacks it") {
		t.Errorf("rule set silent: definition %+v, notes %q", e.Ballots, notes)
	}
	want := []election.Candidate{{ID: "con", Name: "Con"}, {ID: "green", Name: "Green"}, {ID: "lab", Name: "Lab"}}
	if got := ingest.Choices(readMapping(t, okrugWideMapping)); !reflect.DeepEqual(got, want) {
		t.Errorf("choices %+v, want %+v", got, want)
	}
	mixed := `{"precinct": "code", "okrug": "Constituency", "ballot_column": "b", "votes": {"con": "Con"}}`
	if _, _, err := ingest.Define(readMapping(t, mixed), "m.json"); !errors.Is(err, ingest.ErrMapping) {
		t.Errorf("a mapping of both ballots: err %v, want ErrMapping", err)
	}
}

// CountCSV under a definition inferred from an okrug-ballot mapping learns
// the okrugs from the rows, each with the candidates its rows give, and
// decides each by plurality: wide and long, streamed, read whole
// (SkipBadRows) and totals-only alike. A tie for first is reported, never
// decided.
func TestCountCSVLearnsOkrugs(t *testing.T) {
	rules := fptpRules(t)
	for _, tc := range []struct {
		name, csv, mapping string
		o                  shailoo.Options
	}{
		{"wide", okrugWide, okrugWideMapping, shailoo.Options{}},
		{"wide read whole", okrugWide, okrugWideMapping, shailoo.Options{SkipBadRows: true}},
		{"wide totals only", okrugWide, okrugWideMapping, shailoo.Options{TotalsOnly: true}},
		{"long", okrugLong, okrugLongMapping, shailoo.Options{}},
		{"long read whole", okrugLong, okrugLongMapping, shailoo.Options{SkipBadRows: true}},
		{"long totals only", okrugLong, okrugLongMapping, shailoo.Options{TotalsOnly: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := readMapping(t, tc.mapping)
			def, notes, err := ingest.Define(m, "m.json")
			if err != nil {
				t.Fatal(err)
			}
			o := tc.o
			o.Notes = notes
			res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(tc.csv), Mapping: m}}, o)
			if err != nil {
				t.Fatal(err)
			}
			type got struct{ okrug, outcome, winner string }
			var gots []got
			for _, ok := range res.Okrugs {
				gots = append(gots, got{ok.Okrug, string(ok.Outcome), ok.Winner})
			}
			want := []got{{"South", "elected", "con"}, {"North", "elected", "lab"}, {"West", "tie", ""}}
			if !reflect.DeepEqual(gots, want) {
				t.Errorf("okrugs %+v, want %+v", gots, want)
			}
			if len(res.Ties) != 1 || res.Ties[0].Context != "okrug/West" || !reflect.DeepEqual(res.Ties[0].Tied, []string{"con", "lab"}) {
				t.Errorf("ties %+v: want West's con and lab, awaiting lots", res.Ties)
			}
			if res.Seats.Okrug != 2 || res.Seats.OkrugOf != 3 || res.Seats.Of != 3 {
				t.Errorf("seats %+v: want 2 of 3 filled", res.Seats)
			}
			if res.Findings.Errors() != 0 {
				t.Errorf("findings %+v", res.Findings.Findings)
			}
			joined := strings.Join(res.Notes, "\n")
			for _, want := range []string{"the definition is inferred from the mapping m.json", "the okrugs (3) are those the rows' okrug cells name",
				"with 8 candidacies of 3 candidates", "did not stand there"} {
				if !strings.Contains(joined, want) {
					t.Errorf("the notes lack %q:\n%s", want, joined)
				}
			}
		})
	}
}

// The okrugs learnt and their candidates: Green, whose cells are empty in
// every row of North (or named by none of its rows), is no candidate of
// North; the okrugs lie in the regions their rows name.
func TestMergeCSVLearnsOkrugCandidates(t *testing.T) {
	for _, tc := range []struct{ csv, mapping string }{{okrugWide, okrugWideMapping}, {okrugLong, okrugLongMapping}} {
		m := readMapping(t, tc.mapping)
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		e, _, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(tc.csv), Mapping: m}}, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var cands []string
		for _, o := range e.Okrugs {
			var ids []string
			for _, c := range o.Candidates {
				ids = append(ids, c.ID+"="+c.Name)
			}
			cands = append(cands, o.ID+"@"+o.Region+":"+strings.Join(ids, ","))
		}
		want := []string{"South@South East:con=Con,green=Green,lab=Lab", "North@North West:con=Con,lab=Lab", "West@Wales:con=Con,green=Green,lab=Lab"}
		if m.Shape == "long" { // no region column
			want = []string{"South@:con=Con,green=Green,lab=Lab", "North@:con=Con,lab=Lab", "West@:con=Con,green=Green,lab=Lab"}
		}
		if !reflect.DeepEqual(cands, want) {
			t.Errorf("%s: okrugs %q, want %q", m.Shape, cands, want)
		}
		if def.Okrugs != nil {
			t.Error("MergeCSV changed the definition it was given")
		}
	}
}

// A candidate whose cell is empty in one row of an okrug and given in
// another is one of its candidates: the empty cell is a missing figure
// (X229), not 0, and the result rests on it.
func TestLearntOkrugEmptyCellIsMissing(t *testing.T) {
	csv := "station,district,Valid votes,Con,Lab\nS1,South,50,20,30\nS2,South,40,40,\n"
	m := readMapping(t, `{"precinct": "station", "okrug": "district", "ballot": "okrug", "lines": {"valid": "Valid votes"}, "votes": {"con": "Con", "lab": "Lab"}}`)
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Provisional || res.Findings.Errors() != 1 || res.Findings.Findings[0].Code != "X229" {
		t.Errorf("provisional %v, findings %+v: want X229 for Lab's empty cell at S2", res.Provisional, res.Findings.Findings)
	}
}

// What did not come is never "nobody stood": an okrug whose rows give no
// figure keeps every choice as a candidate, each figure not given; a long
// file's row that names a candidate with an empty cell makes the
// candidate one of the okrug's, the figure not given; and under
// "empty_votes": "not_on_ballot" an empty cell is still a candidate who
// did not stand there, not a candidate with 0 votes. Each missing figure
// is X229 and the result provisional.
func TestLearntOkrugMissingFigures(t *testing.T) {
	count := func(csv, mapping string) *shailoo.Result {
		t.Helper()
		m := readMapping(t, mapping)
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountCSV(def, fptpRules(t), []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	candidates := func(res *shailoo.Result, okrug string) []string { // in the order of the steps
		var ids []string
		for _, o := range res.Okrugs {
			for _, s := range o.Steps {
				if o.Okrug == okrug && s.Kind == "candidate" {
					ids = append(ids, s.Subject)
				}
			}
		}
		slices.Sort(ids)
		return ids
	}
	x229 := func(res *shailoo.Result) int {
		n := 0
		for _, f := range res.Findings.Findings {
			if f.Code == "X229" {
				n++
			}
		}
		return n
	}

	res := count(okrugWide+"E4,East,East,,,,\n", okrugWideMapping)
	if got := candidates(res, "East"); !reflect.DeepEqual(got, []string{"con", "green", "lab"}) || !res.Provisional || x229(res) != 3 {
		t.Errorf("a district without figures: candidates %v, provisional %v, %d X229", got, res.Provisional, x229(res))
	}
	res = count(okrugLong+"N2,North,Green,\n", okrugLongMapping)
	if got := candidates(res, "North"); !reflect.DeepEqual(got, []string{"con", "green", "lab"}) || !res.Provisional || x229(res) == 0 {
		t.Errorf("a long row naming Green without a figure: candidates %v, provisional %v, %d X229", got, res.Provisional, x229(res))
	}
	res = count(okrugWide, strings.Replace(okrugWideMapping, `"ballot": "okrug",`, `"ballot": "okrug", "empty_votes": "not_on_ballot",`, 1))
	if got := candidates(res, "North"); !reflect.DeepEqual(got, []string{"con", "lab"}) {
		t.Errorf("not_on_ballot: North's candidates %v, want con, lab", got)
	}
}

// A rule set that cannot decide the okrugs learnt is an error, never a
// parliament of the wrong size: kg2021's 36 okrug seats for 3 okrugs (and
// its ties by registration order, which the file does not give). The same
// number of okrug seats as okrugs learnt counts.
func TestLearntOkrugsNeedFittingRules(t *testing.T) {
	m := readMapping(t, okrugWideMapping)
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	count := func(r shailoo.Rules, o shailoo.Options) error {
		_, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "p.csv", R: strings.NewReader(okrugWide), Mapping: m}}, o)
		return err
	}
	for _, o := range []shailoo.Options{{}, {SkipBadRows: true}, {TotalsOnly: true}} {
		err := count(shailoo.KG2021(), o)
		if !errors.Is(err, shailoo.ErrOkrugSeats) || !strings.Contains(err.Error(), "36 okrug seats") || !strings.Contains(err.Error(), "3 okrugs") {
			t.Errorf("%+v: kg2021: err %v, want ErrOkrugSeats naming 36 seats and 3 okrugs", o, err)
		}
	}
	// A rule set of list seats alone: the mapping's "ballot" is named,
	// as the likelier mistake (a file of list ballots whose district was
	// mapped as an okrug), before a rule set of single-member districts.
	list, err := shailoo.Preset("kg2015")
	if err != nil {
		t.Fatal(err)
	}
	if err := count(list, shailoo.Options{}); !errors.Is(err, shailoo.ErrOkrugSeats) || !strings.Contains(err.Error(), `the mapping's "ballot" is "list"`) || !strings.Contains(err.Error(), "3 okrugs") {
		t.Errorf("kg2015, list seats alone: err %v, want ErrOkrugSeats naming the mapping's ballot", err)
	}
	r := fptpRules(t)
	r.Seats.OkrugEach, r.Seats.Okrug = false, 3
	if err := count(r, shailoo.Options{}); err != nil {
		t.Errorf("3 okrug seats for 3 okrugs: %v", err)
	}
	r.Seats.Okrug = 4
	if err := count(r, shailoo.Options{}); !errors.Is(err, shailoo.ErrOkrugSeats) {
		t.Errorf("4 okrug seats for 3 okrugs: err %v, want ErrOkrugSeats", err)
	}
	r.Seats.Okrug = 3
	r.Okrug.Tie = "registration_order"
	if err := count(r, shailoo.Options{}); !errors.Is(err, shailoo.ErrOkrugSeats) || !strings.Contains(err.Error(), "registration order") {
		t.Errorf("ties by registration order: err %v, want ErrOkrugSeats", err)
	}
}

// seats.okrug_each is one district per okrug of the election; with a
// number of okrug seats it is a rule set error.
func TestOkrugEachRules(t *testing.T) {
	r := fptpRules(t)
	if !r.Seats.OkrugEach || r.Seats.Okrug != 0 {
		t.Fatalf("examples/fptp: seats %+v", r.Seats)
	}
	r.Seats.Okrug = 650
	if err := r.Validate(); !errors.Is(err, shailoo.ErrRules) {
		t.Errorf("okrug_each with 650 okrug seats: err %v, want ErrRules", err)
	}
	r.Seats.Okrug = 0
	r.Okrug = shailoo.Rules{}.Okrug
	if err := r.Validate(); !errors.Is(err, shailoo.ErrRules) || !strings.Contains(err.Error(), "okrug_each") {
		t.Errorf("okrug_each without the okrug rule: err %v, want ErrRules naming okrug_each", err)
	}
}

// An okrug whose candidates' votes no protocol gives (Virginia's mayor of
// Accomac: one write-in row, its votes cell empty) is not decided for want
// of them, never "no votes" as if each had 0: the result rests on X229.
func TestOkrugVotesNotGiven(t *testing.T) {
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "okrug": "district", "ballot": "okrug",
		"choice_column": "candidate", "votes_column": "votes", "choice_values": {"WRITE IN VOTES": "write-in"}}`), "va.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "va.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(mustOpen(t, "examples/fptp/rules.json"), "rules.json")
	require.NoError(t, err)
	const csv = "county,precinct,office,district,party,candidate,votes\nACCOMACK COUNTY,601 - ACCOMAC,Mayor,Town of Accomac,,WRITE IN VOTES,\n"
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "va.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.Len(t, res.Okrugs, 1)
	require.Equal(t, seats.OutcomeNoCandidates, res.Okrugs[0].Outcome)
	require.True(t, res.Provisional)
}

// An okrug decided though a protocol does not give a candidate's votes
// (X229: not taken as 0) is marked provisional on its own row, not
// "elected" alone: the votes not given might have elected another
// (Malaysia's Kedah with the leader's cell "NA").
func TestOkrugProvisionalOnMissingVotes(t *testing.T) {
	m, err := ingest.ReadMapping(strings.NewReader(`{"layout": "long", "precinct": "precinct", "okrug": "seat", "ballot": "okrug",
		"choice_column": "candidate", "votes_column": "votes", "not_given": ["NA"], "choice_values": {"x": "x", "y": "y"}}`), "k.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "k.json")
	require.NoError(t, err)
	rules, err := shailoo.ReadRules(mustOpen(t, "examples/fptp/rules.json"), "rules.json")
	require.NoError(t, err)
	const csv = "seat,precinct,candidate,votes\nA,1,x,NA\nA,1,y,6877\nB,2,x,10\nB,2,y,20\n"
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "k.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, res.Provisional)
	got := map[string]bool{}
	for _, o := range res.Okrugs {
		got[o.Okrug] = o.Provisional
	}
	require.Equal(t, map[string]bool{"A": true, "B": false}, got)
	var out strings.Builder
	require.NoError(t, report.Text(&out, res, report.English))
	// No line bounds x's missing votes: they could overturn it.
	require.Contains(t, out.String(), "elected (provisional: rests on data not evaluated; the votes not given could change it)")
}

// The Philippine Senate's file drafted as list ballots ("ballot": "list",
// each candidate a party) under a rule set of okrug seats alone counted
// nothing, 0 of 0 seats, and exited 0: it is an error naming the mapping's
// ballot and the rule set's list seats, as the opposite case is
// (ErrOkrugSeats). A rule set with list seats counts the same file.
func TestListBallotsNeedListSeats(t *testing.T) {
	data, err := os.ReadFile("testdata/ingest/real/ph-senate2022-mun.csv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.DraftMapping(bytes.NewReader(data), "ph.csv")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if m.Ballot != "list" {
		t.Fatalf("the draft's ballot %q, want list", m.Ballot)
	}
	m.Guesses = nil
	def, _, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	senate, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "ph-senate", "version": "0.1", "name": "12 seats at large",
 "seats": {"list": 0, "okrug_each": true}, "okrug": {"against_all": "ignored", "tie": "lots", "seats": 12},
 "protocol": {"ballots": {"okrug": {"against_all": false}}}}`), "R.json")
	if err != nil {
		t.Fatal(err)
	}
	count := func(r shailoo.Rules, o shailoo.Options) error {
		_, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "ph.csv", R: bytes.NewReader(data), Mapping: m}}, o)
		return err
	}
	for _, o := range []shailoo.Options{{}, {TotalsOnly: true}} {
		if err := count(senate, o); !errors.Is(err, shailoo.ErrListSeats) || !strings.Contains(err.Error(), `the mapping's "ballot" is "okrug"`) || !strings.Contains(err.Error(), "no list seats") {
			t.Errorf("%+v: err %v, want ErrListSeats naming the mapping's ballot and the list seats", o, err)
		}
	}
	if err := count(fptpRules(t), shailoo.Options{}); !errors.Is(err, shailoo.ErrListSeats) {
		t.Errorf("fptp: err %v, want ErrListSeats", err)
	}
	list, err := shailoo.Preset("kg2015")
	if err != nil {
		t.Fatal(err)
	}
	if err := count(list, shailoo.Options{}); err != nil {
		t.Errorf("kg2015, list seats: %v", err)
	}
}
