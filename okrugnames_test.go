package shailoo_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countPartyNames counts the Quebec 2018 cuts of testdata/partynames, a
// riding each, each with its own mapping that gives its riding's
// candidates the party IDs, under examples/fptp's rule set, the definition
// inferred from the first mapping; edit, when not nil, rewrites each
// mapping's text first. whole counts them as MergeCSV reads them.
func countPartyNames(t *testing.T, whole bool, edit func(string) string) *shailoo.Result {
	t.Helper()
	rules := readRulesFile(t, "examples/fptp/rules.json")
	var in []shailoo.CSVInput
	for _, f := range [][2]string{{"qc2018-iles-cut.csv", "iles.map.json"}, {"qc2018-gaspe-cut.csv", "gaspe.map.json"}} {
		text := readFile(t, "testdata/partynames/"+f[1])
		if edit != nil {
			text = edit(text)
		}
		m, err := ingest.ReadMappingFor(strings.NewReader(text), f[1], rules.Protocol.Known)
		if err != nil {
			t.Fatal(err)
		}
		r, err := os.Open("testdata/partynames/" + f[0])
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		in = append(in, shailoo.CSVInput{Name: f[0], R: r, Mapping: m})
	}
	def, notes, err := ingest.Define(in[0].Mapping, "iles.map.json")
	if err != nil {
		t.Fatal(err)
	}
	o := shailoo.Options{Notes: notes}
	if whole {
		e, mo, err := shailoo.MergeCSV(def, in, o)
		if err != nil {
			t.Fatal(err)
		}
		res, err := shailoo.CountWith(e, rules, mo)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	res, err := shailoo.CountCSV(def, rules, in, o)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// readRulesFile reads a rule set file.
func readRulesFile(t *testing.T, name string) shailoo.Rules {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := shailoo.ReadRules(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// codesOf returns the findings of res of code c.
func codesOf(res *shailoo.Result, c validate.Code) []validate.Finding {
	var fs []validate.Finding
	for _, f := range res.Findings.Findings {
		if f.Code == c {
			fs = append(fs, f)
		}
	}
	return fs
}

// Quebec 2018 by polling section: a file per riding, counted together,
// each mapping its own riding's candidate to the party's ID ("pq"), as a
// user who wants seats per party does. Every riding elected the first
// file's person ("Arseneau Joël P.Q." in Gaspé, where Perry Mélançon
// Méganne won), X230 said "two people of one name", and a published
// summary by the candidates' names failed in Gaspé (S308, S315). Each
// okrug's candidates are named by the mapping of its own rows now.
func TestOkrugNamesPerFile(t *testing.T) {
	gaspe := map[string]string{"plq": "Boulay Alexandre P.L.Q./Q.L.P.", "qs": "Dumont-Blanchet Alexis Q.S.",
		"caq": "LeBouthillier Louis C.A.Q.-É.F.L.", "pq": "Perry Mélançon Méganne P.Q."}
	iles := map[string]string{"pq": "Arseneau Joël P.Q.", "qs": "Boudreau-Welsh Robert Q.S.",
		"plq": "Lapierre Maryse P.L.Q./Q.L.P.", "caq": "Renaud Yves C.A.Q.-É.F.L."}
	for _, whole := range []bool{false, true} {
		res := countPartyNames(t, whole, nil)
		if len(res.Okrugs) != 2 {
			t.Fatalf("whole %v: %d okrugs, want 2", whole, len(res.Okrugs))
		}
		for _, c := range []struct {
			okrug, winner, name string
			votes               int64
			names               map[string]string
		}{
			{"Îles-de-la-Madeleine", "plq", "Lapierre Maryse P.L.Q./Q.L.P.", 113, iles},
			{"Gaspé", "pq", "Perry Mélançon Méganne P.Q.", 106, gaspe},
		} {
			o := okrugOf(t, res, c.okrug)
			if o.Winner != c.winner || o.WinnerName != c.name || o.CandidateVotes[c.winner] != c.votes {
				t.Errorf("whole %v: %s elects %s %q with %d, want %s %q with %d", whole, c.okrug, o.Winner, o.WinnerName, o.CandidateVotes[o.Winner], c.winner, c.name, c.votes)
			}
			for id, name := range c.names {
				if o.CandidateNames[id] != name {
					t.Errorf("whole %v: %s: %s named %q, want %q", whole, c.okrug, id, o.CandidateNames[id], name)
				}
			}
		}
		for _, c := range []validate.Code{validate.CandidateInOkrugs, validate.ChoiceTwoNames} {
			if fs := codesOf(res, c); len(fs) != 0 {
				t.Errorf("whole %v: %s: %v", whole, c, fs)
			}
		}
		// A summary by the candidates' names, as the files write them
		// (SYNTHETIC: the cuts' own sums), matches.
		sum := `{"provenance": "synthetic", "okrugs": [
 {"id": "Îles-de-la-Madeleine", "winner": "Lapierre Maryse P.L.Q./Q.L.P.", "outcome": "elected",
  "votes": {"Arseneau Joël P.Q.": 78, "Boudreau-Welsh Robert Q.S.": 52, "Lapierre Maryse P.L.Q./Q.L.P.": 113, "Renaud Yves C.A.Q.-É.F.L.": 18}},
 {"id": "Gaspé", "winner": "Perry Mélançon Méganne P.Q.", "outcome": "elected",
  "votes": {"Boulay Alexandre P.L.Q./Q.L.P.": 34, "Dumont-Blanchet Alexis Q.S.": 64, "LeBouthillier Louis C.A.Q.-É.F.L.": 102, "Perry Mélançon Méganne P.Q.": 106}}]}`
		s, err := validate.ReadSummary(strings.NewReader(sum), "pub.json")
		if err != nil {
			t.Fatal(err)
		}
		rep := shailoo.Verify(res, s)
		if rep.Errors() != 0 {
			t.Errorf("whole %v: the summary by names: %d errors: %v", whole, rep.Errors(), rep.Findings)
		}
	}
}

// The two files put in one okrug (each mapping's okrug_id): each party ID
// is then two people in one okrug, their votes summed. The count names
// neither: the candidate is named by its ID, and X237 names both people
// and their files.
func TestOkrugChoiceTwoNames(t *testing.T) {
	one := func(m string) string {
		return strings.Replace(strings.Replace(m, `"okrug": "Circonscription"`, `"okrug_id": "One"`, 1),
			`"precinct": "S.V."`, `"precinct": {"columns": ["Circonscription", "S.V."]}`, 1)
	}
	for _, whole := range []bool{false, true} {
		res := countPartyNames(t, whole, one)
		if len(res.Okrugs) != 1 {
			t.Fatalf("whole %v: %d okrugs, want 1", whole, len(res.Okrugs))
		}
		o := res.Okrugs[0]
		if o.Winner != "pq" || o.WinnerName != "pq" || len(o.CandidateNames) != 0 || o.CandidateVotes["pq"] != 78+106 {
			t.Errorf("whole %v: elects %s %q with %d (names %v), want pq by its ID with 184", whole, o.Winner, o.WinnerName, o.CandidateVotes["pq"], o.CandidateNames)
		}
		// The seat rests on which mapping is right: pq's 184 may be
		// 78 and 106 of two people. The okrug is provisional, the reason
		// names the four choices, the okrug affected.
		if !res.Provisional || !o.Provisional {
			t.Errorf("whole %v: provisional %v, okrug %v, want both", whole, res.Provisional, o.Provisional)
		}
		u := reasonOf(res, shailoo.UnevaluatedChoiceTwoNames)
		if u == nil {
			t.Fatalf("whole %v: no %s among %v", whole, shailoo.UnevaluatedChoiceTwoNames, reasonKinds(res))
		}
		if u.Count != 4 || strings.Join(u.Scope, ", ") != "One/caq, One/plq, One/pq, One/qs" || strings.Join(u.Affects, ", ") != "okrug/One" {
			t.Errorf("whole %v: %+v", whole, *u)
		}
		fs := codesOf(res, validate.ChoiceTwoNames)
		if len(fs) != 4 {
			t.Fatalf("whole %v: X237 %d times, want 4 (a party each): %v", whole, len(fs), fs)
		}
		for _, f := range fs {
			if f.Place.Candidate == "pq" {
				msg := f.Message().En
				for _, want := range []string{"Arseneau Joël P.Q.", "Perry Mélançon Méganne P.Q.", "qc2018-iles-cut.csv", "qc2018-gaspe-cut.csv"} {
					if !strings.Contains(msg, want) {
						t.Errorf("whole %v: X237 %q lacks %q", whole, msg, want)
					}
				}
				if f.Place.Okrug != "One" || f.Severity != validate.Warning {
					t.Errorf("whole %v: X237 at %+v, %s", whole, f.Place, f.Severity)
				}
			}
		}
	}
}

// The okrug seats by choice ID: the seats of the parties where the IDs
// are parties' (each riding's own person under the party's ID; a column
// per party, examples/fptp), none where no winner's ID stands in two
// okrugs, and none for an ID said to be one name of two people (X230).
func TestOkrugSeatsByChoice(t *testing.T) {
	for _, whole := range []bool{false, true} {
		res := countPartyNames(t, whole, nil)
		got := fmt.Sprint(res.OkrugSeatsByChoice)
		if got != "[{plq  1} {pq  1}]" {
			t.Errorf("whole %v: by choice %s, want plq 1, pq 1, unnamed", whole, got)
		}
	}
	rules := readRulesFile(t, "examples/fptp/rules.json")
	m, err := ingest.ReadMappingFor(strings.NewReader(readFile(t, "examples/fptp/mapping.json")), "mapping.json", rules.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(m, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	uk := readFile(t, "examples/fptp/constituencies.csv")
	res, err := shailoo.CountCSV(def, rules, []shailoo.CSVInput{{Name: "c.csv", R: strings.NewReader(uk), Mapping: m}}, shailoo.Options{LotSeed: "2026"})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(res.OkrugSeatsByChoice); got != "[{labour Labour 3} {conservative Conservative 1} {liberal-democrat Liberal Democrat 1}]" {
		t.Errorf("examples/fptp: by choice %s", got)
	}
	// A candidate of each okrug, an ID of its own (the other's cell
	// empty: not standing there): no party, no count by choice.
	m1, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "okrug", "okrug": "okrug", "ballot": "okrug", "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	def1, _, err := ingest.Define(m1, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	own, err := shailoo.CountCSV(def1, rules, []shailoo.CSVInput{{Name: "own.csv", R: strings.NewReader("okrug,a,b,c\nX,5,,2\nY,,4,3\n"), Mapping: m1}}, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(own.Okrugs) != 2 || own.Okrugs[0].Winner != "a" || own.Okrugs[1].Winner != "b" || own.OkrugSeatsByChoice != nil {
		t.Errorf("each okrug's own IDs: winners %v, by choice %v, want a, b and none", own.Okrugs, own.OkrugSeatsByChoice)
	}
}
