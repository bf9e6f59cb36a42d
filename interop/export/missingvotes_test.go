package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/interop/export"
)

// The U.S. House rows of Jones County, South Dakota, 2016, with Noem's 159
// in precinct 1 emptied (testdata/missingvotes): her 301 is a partial sum.
const (
	noemEmpty = "EDITED-us-sd-2016-jones-noem-empty.csv"
	houseRows = `"rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["U.S House"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Kristi Noem": "noem", "Paula Hawks": "hawks"}}`
	houseList  = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list", ` + houseRows
	houseOkrug = `{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "district", "ballot": "okrug", ` + houseRows
	oneSeat    = `{"format": 1, "id": "one-seat", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "participants", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`
	fptp = `{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
)

// countMissing counts testdata/missingvotes/<file> under mapping and
// rules, keeping its rows for the protocols table as the command does.
func countMissing(t *testing.T, file, mapping, rules string) (*shailoo.Result, *election.Election, ingest.Mapping, *export.Kept) {
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
	f, err := os.Open("../../testdata/missingvotes/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kept := export.NewKept(def.Precincts)
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes, EachRow: kept.Keep})
	if err != nil {
		t.Fatal(err)
	}
	return res, def, m, kept
}

// totalsRows writes the totals table of res as CSV and as JSON Lines and
// returns the JSON objects, each checked to be its CSV row.
func totalsRows(t *testing.T, res *shailoo.Result) []map[string]any {
	t.Helper()
	var c, j bytes.Buffer
	if err := export.WriteTotals(export.NewCSV(&c), res); err != nil {
		t.Fatal(err)
	}
	if err := export.WriteTotals(export.NewJSONL(&j), res); err != nil {
		t.Fatal(err)
	}
	return sameRows(t, c.Bytes(), j.Bytes())
}

// sameRows reads a table written as CSV and as JSON Lines, checks that
// they hold the same values (null an empty field) and returns the rows.
func sameRows(t *testing.T, c, j []byte) []map[string]any {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(c)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSpace(string(j)), "\n") {
		var obj map[string]any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&obj); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for k, name := range recs[0] {
			want := ""
			switch v := obj[name].(type) {
			case nil:
			case json.Number:
				want = v.String()
			case bool:
				want = map[bool]string{true: "true", false: "false"}[v]
			case string:
				want = v
			}
			if recs[i+1][k] != want {
				t.Errorf("row %d, %s: CSV %q, JSONL %v", i+1, name, recs[i+1][k], obj[name])
			}
		}
		out = append(out, obj)
	}
	if len(out) != len(recs)-1 {
		t.Fatalf("%d JSON lines, %d CSV rows", len(out), len(recs)-1)
	}
	return out
}

func rowOf(t *testing.T, rows []map[string]any, level, item string) map[string]any {
	t.Helper()
	for _, r := range rows {
		if r["level"] == level && r["kind"] == "votes" && r["item"] == item {
			return r
		}
	}
	t.Fatalf("no %s row of %s", level, item)
	return nil
}

// A list's partial sum is written with the number of protocols without
// it and no percentage, in CSV and JSON Lines alike; a whole sum has 0
// missing and its percentage.
func TestTotalsMarkPartialListVotes(t *testing.T) {
	res, _, _, _ := countMissing(t, noemEmpty, houseList, oneSeat)
	rows := totalsRows(t, res)
	noem := rowOf(t, rows, "nation", "noem")
	if noem["value"] != json.Number("301") || noem["votes_missing"] != json.Number("1") || noem["percent"] != nil {
		t.Errorf("noem's partial 301: got %v, want votes_missing 1 and percent null", noem)
	}
	// (No list has a percentage here: the file gives no participants, the
	// base.)
	if hawks := rowOf(t, rows, "nation", "hawks"); hawks["value"] != json.Number("101") || hawks["votes_missing"] != json.Number("0") {
		t.Errorf("hawks's whole figure: got %v, want 101, votes_missing 0", hawks)
	}
	// The figures of the Totals have no votes_missing; the form's other
	// lines (Totals.Lines) have the protocols that lack them.
	figures := map[any]bool{"voters": true, "participants": true, "valid": true, "invalid": true, "threshold_base": true}
	for _, r := range rows {
		if r["kind"] == "line" && figures[r["item"]] && r["votes_missing"] != nil {
			t.Errorf("%v: a line row of the Totals' figures has no votes_missing", r)
		}
		if r["kind"] == "line" && !figures[r["item"]] && r["votes_missing"] != json.Number("3") {
			t.Errorf("%v: a line of the form that none of the 3 protocols gives, want votes_missing 3", r)
		}
	}
}

// An okrug candidate's partial sum is marked the same.
func TestTotalsMarkPartialOkrugVotes(t *testing.T) {
	res, _, _, _ := countMissing(t, noemEmpty, houseOkrug, fptp)
	rows := totalsRows(t, res)
	noem := rowOf(t, rows, "okrug", "noem")
	if noem["value"] != json.Number("301") || noem["votes_missing"] != json.Number("1") {
		t.Errorf("noem's partial 301: got %v, want votes_missing 1", noem)
	}
	if hawks := rowOf(t, rows, "okrug", "hawks"); hawks["votes_missing"] != json.Number("0") {
		t.Errorf("hawks's whole figure: got %v, want votes_missing 0", hawks)
	}
}

// In the protocols table a vote the protocol does not give is null, never
// 0, on either ballot, in CSV and JSON Lines alike: precinct 1's row has
// no figure of noem's. (The okrug ballot's candidates, learnt from the
// rows, are not in the definition: they have their places, in the order
// of their IDs, as a definition's candidates, never other_votes.)
func TestProtocolsMissingVoteIsNull(t *testing.T) {
	for name, c := range map[string]struct{ mapping, rules string }{
		"list":  {houseList, oneSeat},
		"okrug": {houseOkrug, fptp},
	} {
		t.Run(name, func(t *testing.T) {
			res, def, m, kept := countMissing(t, noemEmpty, c.mapping, c.rules)
			var cb, jb bytes.Buffer
			for _, s := range []export.Sink{export.NewCSV(&cb), export.NewJSONL(&jb)} {
				tbl, err := export.NewProtocols(def, res)
				if err != nil {
					t.Fatal(err)
				}
				dense, err := tbl.Dense(m.Layout(), def.Precincts)
				if err != nil {
					t.Fatal(err)
				}
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
			if len(rows) != 3 {
				t.Fatalf("%d rows, want the 3 precincts", len(rows))
			}
			for _, r := range rows {
				if r["other_votes"] != nil {
					t.Errorf("precinct %v: other_votes %v: every vote has its column", r["precinct"], r["other_votes"])
				}
				given := r["votes_noem"] != nil || r["candidate_2"] == "noem" && r["candidate_votes_2"] != nil
				if given != (r["precinct"] != "1") {
					t.Errorf("precinct %v: noem's votes given %v: %v", r["precinct"], given, r)
				}
			}
		})
	}
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
