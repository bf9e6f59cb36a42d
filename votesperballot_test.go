package shailoo_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// The St. Gallen file (testdata/ingest/real/ch-sg-kreisgericht2022.csv,
// a majorz election of 2 seats) gives each Gemeinde's valid ballots
// (entity_accounted_ballots) and its candidates' votes: each ballot
// carries 2 votes, so the votes exceed the ballots (Andwil: 524 valid
// ballots, 905 votes, 143 lines left blank).
const chMapping = `{"layout": "long", "precinct": "entity_id", "okrug": "entity_district", "ballot": "okrug",
 "choice_column": "candidate_id", "votes_column": "candidate_votes",
 "choice_values": {"1": "bertoldo", "2": "risi", "3": "sonderegger", "999": "vereinzelte"},
 "lines": {"voters": "entity_eligible_voters", "found_stationary": "entity_received_ballots",
  "invalid": "entity_unaccounted_ballots", "valid": "entity_accounted_ballots"}}`

func chRules(ballot string) string {
	return `{"format": 1, "id": "ch-sg-majorz", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", "seats": 2},
 "protocol": {"lines": ["voters", "found_stationary", "invalid", "valid"],
  "ballots": {"okrug": ` + ballot + `}}}`
}

// countBytes counts data (a real cut, maybe edited) as countReal does.
func countBytes(t *testing.T, data []byte, mapping, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "f.csv", R: bytes.NewReader(data), Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A ballot of 2 votes: P103 is votes <= 2 × valid, and the district of 2
// seats is a block vote.
func TestVotesPerBallot(t *testing.T) {
	data, err := os.ReadFile("testdata/ingest/real/ch-sg-kreisgericht2022.csv")
	if err != nil {
		t.Fatal(err)
	}
	one := countBytes(t, data, chMapping, chRules(`{"against_all": false}`))
	if n := codes(one)[validate.ValidBalance]; n != 9 {
		t.Errorf("one vote a ballot: %d P103, want 9 (one per Gemeinde)", n)
	}
	two := chRules(`{"against_all": false, "votes_per_ballot": 2}`)
	res := countBytes(t, data, chMapping, two)
	if n := len(res.Findings.Findings); n != 0 {
		t.Errorf("two votes a ballot: %d findings, want 0: %v", n, res.Findings.Findings)
	}
	if !stepSays(res, "district", "2 seats, block vote") || stepSays(res, "district", "non-transferable") {
		t.Errorf("the district is not named a block vote")
	}
	// Andwil: 524 valid ballots allow 1048 votes; the file gives 905,
	// Risi 305. Risi 448 reaches the bound, 449 passes it by 1.
	for _, c := range []struct {
		risi string
		n    int
	}{{"448", 0}, {"449", 1}} {
		edited := bytes.Replace(data, []byte(",Risi,Simona,2,True,SP,,,305\r\n"), []byte(",Risi,Simona,2,True,SP,,,"+c.risi+"\r\n"), 1)
		if bytes.Equal(edited, data) {
			t.Fatal("the edit did not apply")
		}
		res := countBytes(t, edited, chMapping, two)
		var got []validate.Finding
		for _, f := range res.Findings.Findings {
			if f.Code == validate.ValidBalance {
				got = append(got, f)
			}
		}
		if len(got) != c.n {
			t.Fatalf("Risi %s: %d P103, want %d: %v", c.risi, len(got), c.n, got)
		}
		if c.n == 1 {
			f := got[0]
			if f.Got != "1049" || f.Want != "<= 1048" || f.Place.Line != "valid" {
				t.Errorf("P103: got %q want %q line %q", f.Got, f.Want, f.Place.Line)
			}
			if s := f.Sentence("en"); !strings.Contains(s, "1049, more than the 2 votes of each valid ballot allow: 2 × valid ballots = 1048 (excess 1)") {
				t.Errorf("P103 says %q", s)
			}
		}
	}
}

func TestVotesPerBallotRules(t *testing.T) {
	for _, c := range []struct {
		name, okrug, ballot, field string
	}{
		{"negative", `"seats": 2`, `{"votes_per_ballot": -1}`, "protocol.ballots.okrug.votes_per_ballot"},
		{"more than seats", `"seats": 2`, `{"votes_per_ballot": 3}`, "protocol.ballots.okrug.votes_per_ballot"},
		{"majority of one seat", `"majority": {"percent": "50", "base": "votes", "comparison": "more_than"}`, `{"votes_per_ballot": 2}`, "protocol.ballots.okrug.votes_per_ballot"},
		{"fewer than seats", `"seats": 3`, `{"votes_per_ballot": 2}`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			rules := `{"format": 1, "id": "x", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots", ` + c.okrug + `},
 "protocol": {"ballots": {"okrug": ` + c.ballot + `}}}`
			_, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
			if c.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var re *shailoo.RulesError
			if !errors.As(err, &re) || re.Field != c.field {
				t.Fatalf("error %v, want one at %s", err, c.field)
			}
		})
	}
}
