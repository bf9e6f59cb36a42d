package validate_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

// randomForm returns rules that add a line "extra" and a few random linear
// relations over the lines, the votes and it.
func randomForm(r *rand.Rand) validate.Rules {
	names := []string{"extra", "votes"}
	for _, l := range election.AllLines() {
		names = append(names, string(l))
	}
	terms := func() []string {
		var ts []string
		for range 1 + r.IntN(4) {
			t := names[r.IntN(len(names))]
			switch r.IntN(4) {
			case 0:
				t = "-" + t
			case 1:
				t = fmt.Sprintf("%d*%s", 2+r.IntN(3), t)
			}
			ts = append(ts, t)
		}
		return ts
	}
	rules := validate.Rules{AddLines: []validate.LineDecl{{Name: "extra"}}}
	if r.IntN(3) == 0 {
		// A form without some built-in lines: their terms are left out
		// of every relation, built in or declared.
		rules.Lines = []election.Line{}
		for _, l := range election.AllLines() {
			if r.IntN(4) > 0 {
				rules.Lines = append(rules.Lines, l)
			}
		}
	}
	if r.IntN(5) == 0 {
		// Some relations out of force: P108 is then checked where P104
		// or P105 would have implied it.
		for _, c := range validate.Relations() {
			if r.IntN(3) > 0 {
				rules.Relations = append(rules.Relations, c)
			}
		}
	}
	if r.IntN(2) == 0 {
		no := false
		rules.Ballots = map[election.BallotKind]validate.Ballot{election.ListBallot: {AgainstAll: &no}}
	}
	for i := range 1 + r.IntN(3) {
		rules.AddRelations = append(rules.AddRelations, validate.Relation{
			Code: validate.Code(fmt.Sprintf("F%d", i+1)), Severity: validate.Error,
			Left: terms(), Op: []string{"=", "<=", ">="}[r.IntN(3)], Right: terms(),
			Message: validate.Message{En: "{got} {want}", Ru: "{got} {want}", Ky: "{got} {want}"},
		})
	}
	return rules
}

// mutate plants faults, ±1s, the extra line, and figures at the edge of
// int64 in e.
func mutate(e *election.Election, r *rand.Rand, faultSeed int64) {
	_, _ = faults.Inject(e, faultSeed)
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Lines == nil {
			continue
		}
		if r.IntN(4) > 0 {
			p.Lines["extra"] = r.Int64N(100)
		}
		if r.IntN(8) == 0 {
			ls := election.AllLines()
			p.Lines[ls[r.IntN(len(ls))]] += int64(r.IntN(3) - 1)
		}
		if r.IntN(20) == 0 {
			ls := election.AllLines()
			p.Lines[ls[r.IntN(len(ls))]] = []int64{math.MaxInt64, math.MinInt64, math.MaxInt64 - 1}[r.IntN(3)]
		}
		if r.IntN(4) == 0 {
			// A protocol without some or all of the ballots issued (found
			// <= voters, P108, is then checked), at times with more
			// ballots found than voters.
			for _, l := range []election.Line{election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly} {
				if r.IntN(2) == 0 {
					delete(p.Lines, l)
				}
			}
			if r.IntN(2) == 0 {
				p.Lines[election.FoundStationary] = p.Lines[election.Voters] + int64(r.IntN(3))
			}
		}
		if r.IntN(4) == 0 {
			// A protocol without the valid ballots (votes >= found −
			// invalid, P113, is then checked), at times without the
			// invalid or a found line too.
			delete(p.Lines, election.Valid)
			if r.IntN(4) == 0 {
				delete(p.Lines, []election.Line{election.Invalid, election.FoundMobile, election.FoundStationary}[r.IntN(3)])
			}
		}
	}
}

// relationFindings keeps the findings of the form's linear relations, with
// the fields the reference computes.
func relationFindings(fs []validate.Finding) []validate.Finding {
	var out []validate.Finding
	for _, f := range fs {
		if strings.HasPrefix(string(f.Code), "F") || f.Code >= "P101" && f.Code <= "P105" || f.Code == validate.FoundOverVoters || f.Code == validate.ParticipantsOverVoters || f.Code == validate.VotesUnderFound {
			out = append(out, validate.Finding{Code: f.Code, Place: f.Place, Want: f.Want, Got: f.Got, Gap: f.Gap})
		}
	}
	return out
}

// TestPropertyReference: the compiled form and the reference (maps and
// big.Int) give the same findings, on consistent elections, on every
// planted fault of internal/faults, under random declared relations.
func TestPropertyReference(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1313)
	params.MinSuccessfulTests = 300
	props := gopter.NewProperties(params)
	props.Property("Check = reference", prop.ForAll(func(s shape, seed uint64, faultSeed int64, sample bool) (bool, error) {
		r := rand.New(rand.NewPCG(seed, 3))
		var e *election.Election
		if sample {
			e = faults.Sample(20 + s.Precincts)
		} else {
			e = build(s)
		}
		var rules validate.Rules
		if r.IntN(3) > 0 {
			rules = randomForm(r)
		}
		mutate(e, r, faultSeed)
		rep, err := validate.Check(e, rules)
		if err != nil {
			return false, err
		}
		got, want := relationFindings(rep.Findings), refFindings(e, rules)
		if !reflect.DeepEqual(got, want) {
			i := 0
			for i < len(got) && i < len(want) && reflect.DeepEqual(got[i], want[i]) {
				i++
			}
			var g, w any = "none", "none"
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			return false, fmt.Errorf("%s seed %d, rules %+v: finding %d of %d/%d differs: Check %+v, reference %+v", s, seed, rules, i, len(got), len(want), g, w)
		}
		return true, nil
	}, genShape(), gen.UInt64(), gen.Int64(), gen.Bool()))
	props.TestingRun(t)
}

// TestFormErrors: every wrong declaration is an error naming its field
// below the protocol section.
func TestFormErrors(t *testing.T) {
	msg := validate.Message{En: "{got}", Ru: "{got}", Ky: "{got}"}
	rel := func(f func(*validate.Relation)) validate.Rules {
		r := validate.Relation{Code: "F1", Severity: validate.Error, Left: []string{"x"}, Op: "=", Right: []string{"valid"}, Message: msg}
		f(&r)
		return validate.Rules{AddLines: []validate.LineDecl{{Name: "x"}}, AddRelations: []validate.Relation{r}}
	}
	tests := []struct {
		name  string
		rules validate.Rules
		field string
	}{
		{"built-in code", rel(func(r *validate.Relation) { r.Code = "P101" }), "add_relations[0].code"},
		{"code too long", rel(func(r *validate.Relation) { r.Code = "F10000" }), "add_relations[0].code"},
		{"no severity", rel(func(r *validate.Relation) { r.Severity = "" }), "add_relations[0].severity"},
		{"bad op", rel(func(r *validate.Relation) { r.Op = "<" }), "add_relations[0].op"},
		{"unknown line", rel(func(r *validate.Relation) { r.Right = []string{"valid", "-vaild"} }), "add_relations[0].right[1]"},
		{"bad factor", rel(func(r *validate.Relation) { r.Left = []string{"0*x"} }), "add_relations[0].left[0]"},
		{"no terms", rel(func(r *validate.Relation) { r.Left = nil }), "add_relations[0].left"},
		{"no Kyrgyz", rel(func(r *validate.Relation) { r.Message.Ky = "" }), "add_relations[0].message"},
		{"built-in line added", validate.Rules{AddLines: []validate.LineDecl{{Name: "valid"}}}, "add_lines[0].name"},
		{"line added twice", validate.Rules{AddLines: []validate.LineDecl{{Name: "x"}, {Name: "x"}}}, "add_lines[1].name"},
		{"line named votes", validate.Rules{AddLines: []validate.LineDecl{{Name: "votes"}}}, "add_lines[0].name"},
		{"unknown ballot", validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{"senate": {}}}, "ballots"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.rules.Validate()
			var fe *validate.FormError
			if !errors.As(err, &fe) || !errors.Is(err, validate.ErrRules) {
				t.Fatalf("err = %v, want a *FormError wrapping ErrRules", err)
			}
			if fe.Field != tt.field {
				t.Errorf("field %q, want %q (%v)", fe.Field, tt.field, err)
			}
		})
	}
	if err := rel(func(*validate.Relation) {}).Validate(); err != nil {
		t.Errorf("a valid declaration: %v", err)
	}
}

// TestBallotWithoutAgainstAll: on a ballot without "against all", P103
// sums the parties alone and a figure for against all is no choice.
func TestBallotWithoutAgainstAll(t *testing.T) {
	no := false
	rules := validate.Rules{Ballots: map[election.BallotKind]validate.Ballot{election.ListBallot: {AgainstAll: &no}}}
	e := &election.Election{Parties: []election.Party{{ID: "a"}, {ID: "b"}}, Precincts: []election.Precinct{{ID: "1", Abroad: true}},
		Protocols: []election.Protocol{{Precinct: "1", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Valid: 10}, Votes: map[string]int64{"a": 6, "b": 4}}}}
	rep, err := validate.Check(e, rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Errorf("findings %+v, want none", rep.Findings)
	}
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.ValidBalance {
			t.Errorf("P103 not evaluated: %s", n.Reason)
		}
	}
	e.Protocols[0].Votes["against_all"] = 1
	rep, _ = validate.Check(e, rules)
	var codes []validate.Code
	for _, f := range rep.Findings {
		codes = append(codes, f.Code)
	}
	if !reflect.DeepEqual(codes, []validate.Code{validate.ValidBalance, validate.UnknownParty}) {
		t.Errorf("codes %v, want P103 and X209", codes)
	}
	// The same protocol under the kg2021 form lacks against all.
	delete(e.Protocols[0].Votes, "against_all")
	rep, _ = validate.Check(e, validate.Rules{})
	codes = codes[:0]
	for _, f := range rep.Findings {
		codes = append(codes, f.Code)
	}
	if !reflect.DeepEqual(codes, []validate.Code{validate.MissingVotes}) {
		t.Errorf("codes %v under kg2021, want X229", codes)
	}
}

// TestAddedLineWords: a finding on a line the rule set adds names it in
// the rule set's words.
func TestAddedLineWords(t *testing.T) {
	rules := validate.Rules{AddLines: []validate.LineDecl{{Name: "absentee_lost",
		Words: validate.Message{En: "absentee certificates lost", Ru: "утраченные открепительные удостоверения", Ky: "жоголгон ачык күбөлүктөр"}}}}
	e := &election.Election{Parties: []election.Party{{ID: "a"}}, Precincts: []election.Precinct{{ID: "1", Abroad: true}},
		Protocols: []election.Protocol{{Precinct: "1", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{"absentee_lost": -2}, Votes: map[string]int64{"a": 1, election.AgainstAll: 0}}}}
	rep, err := validate.Check(e, rules)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Code != validate.Negative {
		t.Fatalf("findings %+v, want one P106", rep.Findings)
	}
	if m := rep.Findings[0].Message(); !strings.Contains(m.En, "absentee certificates lost") || !strings.Contains(m.Ru, "утраченные") {
		t.Errorf("message %+v does not name the line in the rule set's words", m)
	}
}

// TestLacksLinesCounted: protocols that lack lines of a relation are
// counted under one entry per set of lines they lack, each with its first
// precinct, whatever the order they come in (the entry of the last set is
// kept from one protocol to the next).
func TestLacksLinesCounted(t *testing.T) {
	e := &election.Election{Parties: []election.Party{{ID: "a"}}}
	lines := []map[election.Line]int64{
		{election.Valid: 5, election.Invalid: 0, election.FoundMobile: 0},                              // lacks found_stationary
		{election.Valid: 5, election.Invalid: 0, election.FoundMobile: 0},                              // the same
		{election.Valid: 5, election.Invalid: 0},                                                       // lacks both
		{election.Valid: 5, election.Invalid: 0, election.FoundMobile: 0},                              // the first set again
		{election.Valid: 5, election.Invalid: 0, election.FoundStationary: 5},                          // lacks found_mobile
		{election.Valid: 5, election.Invalid: 0},                                                       // both again
		{election.Valid: 5, election.Invalid: 0, election.FoundMobile: 0, election.FoundStationary: 5}, // none
	}
	for i, l := range lines {
		id := strconv.Itoa(9 - i) // the first place is not the first protocol
		e.Precincts = append(e.Precincts, election.Precinct{ID: id, Abroad: true})
		e.Protocols = append(e.Protocols, election.Protocol{Precinct: id, Ballot: election.ListBallot, Lines: l, Votes: map[string]int64{"a": 5, election.AgainstAll: 0}})
	}
	rep, err := validate.Check(e, validate.Rules{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.FoundBalance {
			first := ""
			if n.First != nil {
				first = n.First.Precinct
			}
			got[n.Reason] = strconv.Itoa(n.Count) + " from " + first
		}
	}
	want := map[string]string{
		"the protocol lacks line(s) found_stationary":               "3 from 6",
		"the protocol lacks line(s) found_mobile, found_stationary": "2 from 4",
		"the protocol lacks line(s) found_mobile":                   "1 from 5",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("P102 not evaluated %v, want %v", got, want)
	}
}
