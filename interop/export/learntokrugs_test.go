package export_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/export"
	"github.com/shailoo/shailoo/seats"
)

// Puerto Rico's governor of 2020 by municipality (testdata/ingest/real),
// counted under the FPTP example with the definition inferred, the okrugs
// learnt from the rows: one okrug of the island, or one per
// municipality. The protocols table gives every candidate's votes in the
// candidate_N columns, in the order of the candidates' IDs, as those of a
// definition's okrugs; before, with no okrug in the definition, all went
// to other_votes, against the table's own description.
func TestProtocolsLearntOkrugCandidates(t *testing.T) {
	const choices = `"layout": "long", "precinct": "municipality", "ballot": "okrug", "rows": {"where": [{"column": "election", "values": ["G"]}]},
 "thousands": ",", "choice_column": "name", "votes_column": "votes",
 "choice_values": {"Alexandra Lúgaro (MVC)": "lugaro", "Carlos (Charlie) Delgado Altieri (PPD)": "delgado", "César Augusto Vázquez Muñiz (PD)": "vazquez",
  "Eliezer Molina Pérez (Ind.)": "molina", "Juan Dalmau Ramírez (PIP)": "dalmau", "Pedro Pierluisi (PNP)": "pierluisi"}`
	for name, mapping := range map[string]string{
		"one okrug":              `{` + choices + `, "okrug_id": "PR"}`,
		"okrug per municipality": `{` + choices + `, "okrug": "municipality"}`,
	} {
		t.Run(name, func(t *testing.T) {
			r, err := shailoo.ReadRules(strings.NewReader(fptp), "rules.json")
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
			b, err := os.ReadFile("../../testdata/ingest/real/pr-2020-general-municipal-cut.csv")
			if err != nil {
				t.Fatal(err)
			}
			kept := export.NewKept(def.Precincts)
			res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "pr.csv", R: bytes.NewReader(b), Mapping: m}}, shailoo.Options{Notes: notes, EachRow: kept.Keep})
			if err != nil {
				t.Fatal(err)
			}
			tbl, err := export.NewProtocols(def, res)
			if err != nil {
				t.Fatal(err)
			}
			dense, err := tbl.Dense(m.Layout(), def.Precincts)
			if err != nil {
				t.Fatal(err)
			}
			var cb, jb bytes.Buffer
			for _, s := range []export.Sink{export.NewCSV(&cb), export.NewJSONL(&jb)} {
				if err := s.Begin(tbl.Columns()); err != nil {
					t.Fatal(err)
				}
				if err := kept.Replay(0, m.Layout(), func(row *ingest.Row) error {
					vals, err := dense(row)
					if err != nil {
						return err
					}
					return s.Row(vals)
				}); err != nil {
					t.Fatal(err)
				}
				if err := s.End(); err != nil {
					t.Fatal(err)
				}
			}
			rows := sameRows(t, cb.Bytes(), jb.Bytes())
			if len(rows) != 7 { // the municipalities Adjuntas to Arecibo
				t.Errorf("%d rows, want the cut's 7 municipalities", len(rows))
			}
			for _, row := range rows {
				if row["other_votes"] != nil {
					t.Errorf("%v: other_votes %v: every candidate has a column", row["precinct"], row["other_votes"])
				}
				for i, id := range []string{"dalmau", "delgado", "lugaro", "molina", "pierluisi", "vazquez"} {
					n := string(rune('1' + i))
					if row["candidate_"+n] != id || row["candidate_votes_"+n] == nil {
						t.Errorf("%v: candidate_%s %v (%v), want %s and its votes", row["precinct"], n, row["candidate_"+n], row["candidate_votes_"+n], id)
					}
				}
				if row["precinct"] == "Adjuntas" && (fmt.Sprint(row["candidate_votes_2"]) != "3120" || fmt.Sprint(row["candidate_votes_5"]) != "3020") {
					t.Errorf("Adjuntas: Delgado %v, Pierluisi %v; want 3120 and 3020 (the file's)", row["candidate_votes_2"], row["candidate_votes_5"])
				}
			}
		})
	}
}

// Okrugs whose candidates share IDs at different places (a party's ID in
// several okrugs, each with its own set) give each candidate a place of
// its own, so that none's votes go to other_votes; okrugs whose places
// agree keep as many places as the largest ballot.
func TestProtocolsCandidatePlacesShared(t *testing.T) {
	okrug := func(id string, votes map[string]int64) shailoo.Okrug {
		return shailoo.Okrug{OkrugResult: seats.OkrugResult{Okrug: id}, CandidateVotes: votes}
	}
	e := &election.Election{ID: "x"}
	for name, c := range map[string]struct {
		okrugs []shailoo.Okrug
		places int
	}{
		"shared at other places": {[]shailoo.Okrug{okrug("K1", map[string]int64{"a": 1, "b": 2}), okrug("K2", map[string]int64{"b": 3, "c": 4})}, 3},
		"apart":                  {[]shailoo.Okrug{okrug("K1", map[string]int64{"a": 1, "b": 2}), okrug("K2", map[string]int64{"c": 3, "d": 4})}, 2},
	} {
		t.Run(name, func(t *testing.T) {
			tbl, err := export.NewProtocols(e, &shailoo.Result{Okrugs: c.okrugs})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, col := range tbl.Columns() {
				if strings.HasPrefix(col.Name, "candidate_votes_") {
					n++
				}
			}
			if n != c.places {
				t.Errorf("%d places, want %d", n, c.places)
			}
			last := c.okrugs[1]
			p := election.Protocol{Precinct: "9", Ballot: election.OkrugBallot, Votes: last.CandidateVotes}
			row, err := tbl.Row(&p, election.Precinct{ID: "9", Okrug: last.Okrug})
			if err != nil {
				t.Fatal(err)
			}
			for i, col := range tbl.Columns() {
				if col.Name == "other_votes" && row[i] != nil {
					t.Errorf("other_votes %v", row[i])
				}
			}
		})
	}
}
